// `ssc-catalogue export FILE`: the catalogue, or the filtered part, as JSON,
// IATI 2.03 or CSV.
#include "Command.h"
#include "CommandLine.h"
#include "FilterOptions.h"

#include "core/io/FileFormats.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int runExport(CommandContext &c)
{
    if (Status s = c.open(CommandContext::Open::ToQuery); !s)
        return c.fail(s.error());
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 2)
        return c.fail(CommandLine::InputError, Tr::tr("export: give one FILE to write"));
    const QString path = args[1];
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(c.store->path()).absoluteFilePath() ||
        QFileInfo(path).canonicalFilePath() == QFileInfo(c.store->path()).canonicalFilePath())
        return c.fail(CommandLine::InputError,
                      Tr::tr("export: %1 is the catalogue itself; choose another file").arg(path));
    const QString name = c.parser.value(QStringLiteral("format"));
    const auto format =
        name.isEmpty() ? std::optional(ImportFormat::Json) : FileFormats::named(name);
    const FileFormats::Entry *entry = format ? FileFormats::entry(*format) : nullptr;
    if (!entry || !entry->exporter)
        return c.fail(CommandLine::InputError,
                      Tr::tr("export: --format %1 is not supported (expected %2)")
                          .arg(name, FileFormats::namesForMessage()));
    auto filter = FilterOptions::read(c.parser, *c.store);
    if (!filter.ok())
        return c.fail(filter.error());
    FileFormats::RowIds ids; // none: the whole catalogue
    if (!filter->isEmpty()) {
        auto rows = c.store->rowIds(*filter, SortOrder{SortColumn::Identifier, false});
        if (!rows.ok())
            return c.fail(rows.error());
        ids = std::move(*rows);
    }
    ExportOptions options;
    options.reporting = {c.parser.value(QStringLiteral("reporting-org")),
                         c.parser.value(QStringLiteral("reporting-org-type")),
                         c.parser.value(QStringLiteral("reporting-org-name"))};
    if (options.reporting.name.isEmpty())
        options.reporting.name = c.store->name();
    const auto summary = entry->exporter(*c.store, ids, path, options);
    if (!summary.ok())
        return c.fail(summary.error());
    if (*format == ImportFormat::Iati)
        c.out
            << Tr::tr("Exported %1 initiatives to %2 as IATI 2.03.").arg(summary->written).arg(path)
            << '\n';
    else if (*format == ImportFormat::Csv)
        c.out << Tr::tr("Exported %1 initiatives to %2 as CSV.").arg(summary->written).arg(path)
              << '\n';
    else
        c.out << Tr::tr("Exported %1 initiatives to %2.").arg(summary->written).arg(path) << '\n';
    if (!summary->leftOut.empty()) {
        c.out << Tr::tr("Left out %1 that IATI cannot hold:").arg(summary->leftOut.size()) << '\n';
        for (const IatiWriter::LeftOut &l : summary->leftOut)
            c.out << QStringLiteral("  %1: %2").arg(l.id, l.reason) << '\n';
    }
    return CommandLine::Success;
}

void addExportOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("format"), Tr::tr("File format: json (default), iati or csv."),
         Tr::tr("FORMAT")},
        {QStringLiteral("reporting-org"),
         Tr::tr("IATI: the publisher's organisation identifier (reporting-org ref)."),
         Tr::tr("REF")},
        {QStringLiteral("reporting-org-type"),
         Tr::tr("IATI: the publisher's OrganisationType code, such as 40."), Tr::tr("CODE")},
        {QStringLiteral("reporting-org-name"),
         Tr::tr("IATI: the publisher's name (default: the catalogue's name)."), Tr::tr("NAME")},
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
