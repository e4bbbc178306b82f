// `ssc-catalogue delete ID...`: removes initiatives, all or none, each
// recorded in the history with its last state; and its undoing,
// `ssc-catalogue restore ID`, which writes that state back.
#include "Command.h"
#include "CommandLine.h"

#include "core/catalogue/CatalogueEditor.h"

#include <QCoreApplication>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int runDelete(CommandContext &c)
{
    const QStringList ids = c.parser.positionalArguments().mid(1);
    if (ids.isEmpty())
        return c.fail(CommandLine::InputError, Tr::tr("delete: give the IDs of the initiatives"));
    if (Status s = c.open(CommandContext::Open::ToWrite); !s)
        return c.fail(s.error());
    for (const QString &id : ids) {
        if (!c.store->hasInitiative(id))
            return c.fail(CommandLine::InputError,
                          Tr::tr("delete: no initiative \"%1\" in %2; nothing was deleted")
                              .arg(id, c.store->path()));
    }
    if (Status s = CatalogueEditor(*c.store, authorOf(c.parser)).remove(ids); !s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("CommandLine", "Deleted %n initiative(s)", nullptr,
                                         int(ids.size()))
          << '\n';
    return CommandLine::Success;
}

int runRestore(CommandContext &c)
{
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 2)
        return c.fail(CommandLine::InputError,
                      Tr::tr("restore: give the ID of a deleted initiative"));
    if (Status s = c.open(CommandContext::Open::ToWrite); !s)
        return c.fail(s.error());
    if (Status s = CatalogueEditor(*c.store, authorOf(c.parser)).restore(args[1]); !s)
        return c.fail(s.error().kind == Error::Kind::NotFound ? CommandLine::InputError
                                                              : CommandLine::exitCodeFor(s.error()),
                      Tr::tr("restore: %1").arg(s.error().message));
    c.out << Tr::tr("Restored %1").arg(args[1]) << '\n';
    return CommandLine::Success;
}

} // namespace

const Command kDeleteCommand = {
    "delete",
    QT_TRANSLATE_NOOP("CommandLine", "delete ID...   delete initiatives (all or none)"),
    false,
    "ID...",
    addAuthorOption,
    runDelete};

const Command kRestoreCommand = {
    "restore",
    QT_TRANSLATE_NOOP("CommandLine", "restore ID     bring back a deleted initiative as it was"),
    false,
    "ID",
    addAuthorOption,
    runRestore};

} // namespace ssc
