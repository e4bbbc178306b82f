// `ssc-catalogue edit ID --set FIELD=VALUE --add FIELD=VALUE --remove FIELD=VALUE`:
// changes fields of one initiative, checked like an import, recorded in the
// history.
#include "Command.h"
#include "CommandLine.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/catalogue/FieldEdit.h"

#include <QCoreApplication>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void addEditOptions(QCommandLineParser &parser)
{
    const QString fields = FieldEdit::fieldNames().join(QStringLiteral(", "));
    parser.addOptions(
        {{QStringLiteral("set"),
          Tr::tr("Give FIELD this value (repeatable; an empty value clears it). Fields: %1.")
              .arg(fields),
          Tr::tr("FIELD=VALUE")},
         {QStringLiteral("add"),
          Tr::tr("Add a value to a list field: country=ET:recipient, partner=ORG:implementer, "
                 "area=nutrition, sdg=3, modality=..., source=... (repeatable)."),
          Tr::tr("FIELD=VALUE")},
         {QStringLiteral("remove"), Tr::tr("Remove a value from a list field (repeatable)."),
          Tr::tr("FIELD=VALUE")}});
    addAuthorOption(parser);
}

int runEdit(CommandContext &c)
{
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 2)
        return c.fail(CommandLine::InputError,
                      Tr::tr("edit: give one initiative ID and --set, --add or --remove"));
    // Every edit is read before anything opens: a typo writes nothing.
    std::vector<FieldEdit> edits;
    for (const auto &[option, op] :
         {std::pair{"set", FieldEdit::Op::Set}, std::pair{"add", FieldEdit::Op::Add},
          std::pair{"remove", FieldEdit::Op::Remove}}) {
        for (const QString &argument : c.parser.values(QString::fromLatin1(option))) {
            auto edit = FieldEdit::parse(op, argument);
            if (!edit.ok())
                return c.fail(CommandLine::InputError,
                              Tr::tr("edit: %1").arg(edit.error().message));
            edits.push_back(*edit);
        }
    }
    if (edits.empty())
        return c.fail(CommandLine::InputError,
                      Tr::tr("edit: nothing to change; give --set, --add or --remove"));
    if (Status s = c.open(CommandContext::Open::ToWrite); !s)
        return c.fail(s.error());
    auto in = c.store->findInitiative(args[1]);
    if (!in.ok())
        return c.fail(in.error().kind == Error::Kind::NotFound
                          ? CommandLine::InputError
                          : CommandLine::exitCodeFor(in.error()),
                      Tr::tr("edit: %1").arg(in.error().message));
    Initiative after = *in;
    for (const FieldEdit &e : edits) {
        if (Status s = e.applyTo(after); !s)
            return c.fail(CommandLine::InputError,
                          Tr::tr("edit %1: %2").arg(args[1], s.error().message));
    }
    const auto changed = CatalogueEditor::diff(*in, after);
    if (Status s = CatalogueEditor(*c.store, authorOf(c.parser)).edit(after); !s)
        return c.fail(s.error());
    QStringList names;
    for (const FieldChange &f : changed)
        names << f.field;
    if (names.isEmpty())
        c.out << Tr::tr("%1: nothing changed").arg(args[1]) << '\n';
    else
        c.out << Tr::tr("%1: changed %2").arg(args[1], names.join(QStringLiteral(", "))) << '\n';
    return CommandLine::Success;
}

} // namespace

const Command kEditCommand = {
    "edit",
    QT_TRANSLATE_NOOP("CommandLine",
                      "edit ID        change fields: --set FIELD=VALUE, --add, --remove"),
    false,
    "ID",
    addEditOptions,
    runEdit};

} // namespace ssc
