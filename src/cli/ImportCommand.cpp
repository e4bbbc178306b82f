// `ssc-catalogue import FILE [--format iati|csv|json] [--dry-run] [--take-theirs]
// [--report FILE]`: checks the whole file, then writes it in one transaction,
// and prints the import report.
#include "Command.h"
#include "CommandLine.h"

#include "core/index/IndexedQuery.h"
#include "core/io/CatalogueImport.h"
#include "core/io/FileFormats.h"
#include "core/storage/CatalogueStore.h"
#include "core/team/ChangeBundle.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

void addImportOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("format"),
         Tr::tr("File format: iati, csv or json (default: from the file name or its content)."),
         Tr::tr("FORMAT")},
        {QStringLiteral("dry-run"), Tr::tr("Check the file and print the report; write nothing.")},
        {QStringLiteral("take-theirs"),
         Tr::tr("For catalogue files: where a record differs from the catalogue's, take the file's "
                "(default: keep the catalogue's).")},
        {QStringLiteral("report"),
         Tr::tr("Also save the import report to FILE (.json for JSON, else text)."),
         Tr::tr("FILE")},
    });
    addAuthorOption(parser);
}

int runImport(CommandContext &c)
{
    const QCommandLineParser &parser = c.parser;
    QTextStream &out = c.out;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return c.fail(CommandLine::InputError, Tr::tr("import: give one FILE to import"));
    const QString path = args[1];
    // A change bundle (ssc-catalogue bundle) is applied by the sync's rules.
    if (ChangeBundle::isBundle(path)) {
        if (Status s = c.open(CommandContext::Open::ToWrite); !s)
            return c.fail(s.error());
        const auto applied = ChangeBundle::apply(*c.store, path);
        if (!applied.ok())
            return c.fail(applied.error().kind == Error::Kind::Input ? CommandLine::InputError
                                                                     : CommandLine::CatalogueError,
                          Tr::tr("import: %1").arg(applied.error().message));
        out << Tr::tr("Applied the change bundle %1: changed %2, already so %3, in conflict %4")
                   .arg(path)
                   .arg(applied->changed)
                   .arg(applied->unchanged)
                   .arg(applied->conflicts)
            << '\n';
        return CommandLine::Success;
    }
    std::optional<ImportFormat> format;
    if (const QString name = parser.value(QStringLiteral("format")); !name.isEmpty()) {
        format = FileFormats::named(name);
        if (!format)
            return c.fail(CommandLine::InputError,
                          Tr::tr("import: --format %1 is not a format (expected iati, csv or json)")
                              .arg(name));
    } else {
        format = FileFormats::guess(path);
        if (!format)
            return c.fail(
                CommandLine::InputError,
                Tr::tr("import: cannot tell the format of %1; give --format iati, csv or json")
                    .arg(path));
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString db = parser.value(QStringLiteral("db"));
    if (dryRun && !db.isEmpty() && !QFileInfo::exists(db)) {
        // Checking against a catalogue that does not exist yet: an empty one
        // in memory gives the same checks and creates nothing.
        auto empty = CatalogueStore::openInMemory();
        if (!empty.ok())
            return c.fail(empty.error());
        c.store = std::move(empty.value());
    } else if (Status s =
                   c.open(dryRun ? CommandContext::Open::ToQuery : CommandContext::Open::ToWrite);
               !s) {
        return c.fail(s.error());
    }
    CatalogueStore &store = *c.store;
    CatalogueImport import(store, path, *format);
    import.setAuthor(authorOf(parser));
    if (Status s = import.check(); !s)
        return c.fail(s.error());
    // A record that breaks a rule refuses the whole file, a dry run's too:
    // the report lists every such record, stderr names the first.
    if (Status refused = import.refusal(); !refused) {
        out << import.report().toText(false);
        if (const QString file = parser.value(QStringLiteral("report")); !file.isEmpty())
            (void)import.report().save(file); // the refusal is the error to give
        return c.fail(refused.error());
    }
    if (!parser.isSet(QStringLiteral("dry-run"))) {
        for (ImportConflict &c : import.conflicts())
            c.takeTheirs = parser.isSet(QStringLiteral("take-theirs"));
        if (Status s = import.write(); !s)
            return c.fail(s.error());
        // A current saved index was kept in step by the write (the command
        // line loads one when it opens); otherwise one is built now, so that
        // the next list, facets or report answers from it.
        if (Status s = IndexedQuery::install(store); !s)
            return c.fail(s.error());
    }
    const ImportReport &report = import.report();
    out << report.toText(false);
    if (const QString file = parser.value(QStringLiteral("report")); !file.isEmpty()) {
        if (Status s = report.save(file); !s)
            return c.fail(CommandLine::InputError, s.error().message);
    }
    return CommandLine::Success;
}

} // namespace

const Command kImportCommand = {
    "import",
    QT_TRANSLATE_NOOP("CommandLine",
                      "import FILE    add an IATI activity file, a CSV file or a catalogue file "
                      "(JSON)"),
    false,
    "FILE",
    addImportOptions,
    runImport};

} // namespace ssc
