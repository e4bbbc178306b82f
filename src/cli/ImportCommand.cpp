#include "ImportCommand.h"

#include "CommandLine.h"
#include "core/index/IndexedQuery.h"
#include "core/io/CatalogueImport.h"
#include "core/io/ImportFormats.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>

namespace ssc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

int fail(QTextStream &err, int code, const QString &message)
{
    err << QStringLiteral("ssc-catalogue: ") << message << '\n';
    return code;
}

} // namespace

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("format"),
         tr("File format: iati, csv or json (default: from the file name or its content)."),
         tr("FORMAT")},
        {QStringLiteral("dry-run"), tr("Check the file and print the report; write nothing.")},
        {QStringLiteral("take-theirs"),
         tr("For catalogue files: where a record differs from the catalogue's, take the file's "
            "(default: keep the catalogue's).")},
        {QStringLiteral("report"),
         tr("Also save the import report to FILE (.json for JSON, else text)."), tr("FILE")},
    });
}

int ImportCommand::run(const QCommandLineParser &parser, CatalogueStore &store, QTextStream &out,
                       QTextStream &err)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(err, CommandLine::InputError, tr("import: give one FILE to import"));
    const QString path = args[1];
    std::optional<ImportFormat> format;
    if (const QString name = parser.value(QStringLiteral("format")); !name.isEmpty()) {
        format = ImportFormats::named(name);
        if (!format)
            return fail(
                err, CommandLine::InputError,
                tr("import: --format %1 is not a format (expected iati, csv or json)").arg(name));
    } else {
        format = ImportFormats::guess(path);
        if (!format)
            return fail(err, CommandLine::InputError,
                        tr("import: cannot tell the format of %1; give --format iati, csv or json")
                            .arg(path));
    }
    CatalogueImport import(store, path, *format);
    if (Status s = import.check(); !s)
        return fail(err,
                    s.error().kind == Error::Kind::Catalogue ? CommandLine::CatalogueError
                                                             : CommandLine::InputError,
                    s.error().message);
    if (!parser.isSet(QStringLiteral("dry-run"))) {
        for (ImportConflict &c : import.conflicts())
            c.takeTheirs = parser.isSet(QStringLiteral("take-theirs"));
        if (Status s = import.write(); !s)
            return fail(err,
                        s.error().kind == Error::Kind::Catalogue ? CommandLine::CatalogueError
                                                                 : CommandLine::InputError,
                        s.error().message);
        // A current saved index was kept in step by the write (the command
        // line loads one when it opens); otherwise one is built now, so that
        // the next list, facets or report answers from it.
        if (Status s = IndexedQuery::install(store); !s)
            return fail(err, CommandLine::CatalogueError, s.error().message);
    }
    const ImportReport &report = import.report();
    out << report.toText(false);
    if (const QString file = parser.value(QStringLiteral("report")); !file.isEmpty()) {
        if (Status s = report.save(file); !s)
            return fail(err, CommandLine::InputError, s.error().message);
    }
    return CommandLine::Success;
}

} // namespace ssc
