// `ssc-catalogue export FILE`: the catalogue, or the filtered part, as JSON,
// IATI 2.03 or CSV.
#include "Command.h"
#include "CommandLine.h"
#include "FilterOptions.h"

#include "core/io/csv/CsvExport.h"
#include "core/io/iati/IatiWriter.h"
#include "core/io/json/CatalogueJson.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ssc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// The catalogue (or the filtered part) as IATI 2.03 activity XML.
int runIatiExport(CommandContext &c, const CatalogueFilter &filter, const QString &path)
{
    std::vector<qint64> ids;
    if (!filter.isEmpty()) {
        auto rows = c.store->rowIds(filter);
        if (!rows.ok())
            return c.fail(CommandLine::CatalogueError, rows.error().message);
        if (rows->empty())
            return c.fail(CommandLine::InputError, tr("export: no initiative matches the filter"));
        ids = std::move(*rows);
    }
    IatiWriter::ReportingOrg reporting{c.parser.value(QStringLiteral("reporting-org")),
                                       c.parser.value(QStringLiteral("reporting-org-type")),
                                       c.parser.value(QStringLiteral("reporting-org-name"))};
    if (reporting.name.isEmpty())
        reporting.name = c.store->name();
    const auto summary = IatiWriter::write(*c.store, ids, path, reporting);
    if (!summary.ok())
        return c.fail(summary.error().kind == Error::Kind::Catalogue ? CommandLine::CatalogueError
                                                                     : CommandLine::InputError,
                      summary.error().message);
    c.out << tr("Exported %1 initiatives to %2 as IATI 2.03.").arg(summary->written).arg(path)
          << '\n';
    if (!summary->leftOut.empty()) {
        c.out << tr("Left out %1 that IATI cannot hold:").arg(summary->leftOut.size()) << '\n';
        for (const IatiWriter::LeftOut &l : summary->leftOut)
            c.out << QStringLiteral("  %1: %2").arg(l.id, l.reason) << '\n';
    }
    return CommandLine::Success;
}

// The initiatives as CSV in the import's columns (docs/CSV_IMPORT.md).
int runCsvExport(CommandContext &c, const CatalogueFilter &filter, const QString &path)
{
    auto ids = c.store->rowIds(filter, {});
    if (!ids.ok())
        return c.fail(CommandLine::CatalogueError, ids.error().message);
    std::vector<Initiative> list(ids->size());
    if (Status s = c.store->forEachInitiative(*ids, true,
                                              [&list](qsizetype at, Initiative &&in) {
                                                  list[std::size_t(at)] = std::move(in);
                                                  return true;
                                              });
        !s)
        return c.fail(CommandLine::CatalogueError, s.error().message);
    std::size_t next = 0;
    if (Status s = CsvExport::write(path,
                                    [&](Initiative &in) {
                                        if (next >= list.size())
                                            return false;
                                        in = std::move(list[next++]);
                                        return true;
                                    });
        !s)
        return c.fail(CommandLine::InputError, s.error().message);
    c.out << tr("Exported %1 initiatives to %2 as CSV.").arg(list.size()).arg(path) << '\n';
    return CommandLine::Success;
}

int runExport(CommandContext &c)
{
    if (Status s = c.open(CommandContext::Open::ToQuery); !s)
        return c.fail(s.error());
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 2)
        return c.fail(CommandLine::InputError, tr("export: give one FILE to write"));
    if (QFileInfo(args[1]).absoluteFilePath() == QFileInfo(c.store->path()).absoluteFilePath() ||
        QFileInfo(args[1]).canonicalFilePath() == QFileInfo(c.store->path()).canonicalFilePath())
        return c.fail(CommandLine::InputError,
                      tr("export: %1 is the catalogue itself; choose another file").arg(args[1]));
    const QString format = c.parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("iati") &&
        format != QLatin1String("csv"))
        return c.fail(
            CommandLine::InputError,
            tr("export: --format %1 is not supported (expected json, iati or csv)").arg(format));
    auto filter = FilterOptions::read(c.parser, *c.store);
    if (!filter.ok())
        return c.fail(CommandLine::InputError, filter.error().message);
    if (format == QLatin1String("iati"))
        return runIatiExport(c, *filter, args[1]);
    if (format == QLatin1String("csv"))
        return runCsvExport(c, *filter, args[1]);
    Result<CatalogueContent> content = CatalogueContent{};
    if (filter->isEmpty()) {
        content = c.store->content();
    } else {
        std::vector<Initiative> selected;
        PageRequest all;
        all.sort.column = SortColumn::Identifier;
        all.limit = -1;
        const auto rows = c.store->page(*filter, all);
        if (!rows.ok())
            return c.fail(CommandLine::CatalogueError, rows.error().message);
        for (const InitiativeRow &row : *rows) {
            auto in = c.store->initiative(row.id);
            if (!in.ok())
                return c.fail(in.error());
            selected.push_back(std::move(*in));
        }
        content = c.store->contentWith(selected);
        if (content.ok())
            content->synthetic = c.store->isSynthetic();
    }
    if (!content.ok())
        return c.fail(content.error());
    if (Status s = CatalogueJson::writeFile(*content, args[1]); !s)
        return c.fail(CommandLine::InputError, s.error().message);
    c.out << tr("Exported %1 initiatives to %2.")
                 .arg(QString::number(content->initiatives.size()), args[1])
          << '\n';
    return CommandLine::Success;
}

void addExportOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("format"), tr("File format: json (default), iati or csv."), tr("FORMAT")},
        {QStringLiteral("reporting-org"),
         tr("IATI: the publisher's organisation identifier (reporting-org ref)."), tr("REF")},
        {QStringLiteral("reporting-org-type"),
         tr("IATI: the publisher's OrganisationType code, such as 40."), tr("CODE")},
        {QStringLiteral("reporting-org-name"),
         tr("IATI: the publisher's name (default: the catalogue's name)."), tr("NAME")},
    });
}

} // namespace

const Command kExportCommand = {
    "export",
    QT_TRANSLATE_NOOP("CommandLine",
                      "export FILE    write the catalogue (or the filtered part) as JSON, IATI XML "
                      "or CSV"),
    true,
    "FILE",
    addExportOptions,
    runExport};

} // namespace ssc
