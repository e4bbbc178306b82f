#include "core/io/FileFormats.h"

#include "core/io/csv/CsvExport.h"
#include "core/io/csv/CsvImporter.h"
#include "core/io/iati/IatiImporter.h"
#include "core/io/json/CatalogueJson.h"
#include "core/io/json/JsonImporter.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ssc {

namespace {

std::vector<qint64> everyRow(const CatalogueStore &store, const FileFormats::RowIds &rowIds,
                             Error &error)
{
    if (rowIds)
        return *rowIds;
    auto all = store.rowIds({});
    if (!all.ok()) {
        error = all.error();
        return {};
    }
    return std::move(*all);
}

Result<ExportSummary> exportIati(const CatalogueStore &store, const FileFormats::RowIds &rowIds,
                                 const QString &path, const ExportOptions &options)
{
    if (rowIds && rowIds->empty())
        return Error{
            QCoreApplication::translate("FileFormats", "export: no initiative matches the filter")};
    auto written =
        IatiWriter::write(store, rowIds ? *rowIds : std::vector<qint64>{}, path, options.reporting);
    if (!written.ok())
        return written.error();
    return ExportSummary{written->written, std::move(written->leftOut)};
}

// In the import's columns (docs/CSV_IMPORT.md).
Result<ExportSummary> exportCsv(const CatalogueStore &store, const FileFormats::RowIds &rowIds,
                                const QString &path, const ExportOptions &)
{
    Error error;
    const std::vector<qint64> ids = everyRow(store, rowIds, error);
    if (!error.message.isEmpty())
        return error;
    std::vector<Initiative> list(ids.size());
    if (Status s = store.forEachInitiative(ids, true,
                                           [&list](qsizetype at, Initiative &&in) {
                                               list[std::size_t(at)] = std::move(in);
                                               return true;
                                           });
        !s)
        return s.error();
    std::size_t next = 0;
    if (Status s = CsvExport::write(path,
                                    [&](Initiative &in) {
                                        if (next >= list.size())
                                            return false;
                                        in = std::move(list[next++]);
                                        return true;
                                    });
        !s)
        return s.error();
    return ExportSummary{qint64(list.size()), {}};
}

// The catalogue's own format: the whole catalogue, or these initiatives
// with the organisations and sources they cite.
Result<ExportSummary> exportJson(const CatalogueStore &store, const FileFormats::RowIds &rowIds,
                                 const QString &path, const ExportOptions &)
{
    Result<CatalogueContent> content = CatalogueContent{};
    if (!rowIds) {
        content = store.content();
    } else {
        std::vector<Initiative> selected(rowIds->size());
        if (Status s = store.forEachInitiative(*rowIds, true,
                                               [&selected](qsizetype at, Initiative &&in) {
                                                   selected[std::size_t(at)] = std::move(in);
                                                   return true;
                                               });
            !s)
            return s.error();
        content = store.contentWith(selected);
        if (content.ok())
            content->synthetic = store.isSynthetic();
    }
    if (!content.ok())
        return content.error();
    if (Status s = CatalogueJson::writeFile(*content, path); !s)
        return s.error();
    return ExportSummary{qint64(content->initiatives.size()), {}};
}

} // namespace

const std::vector<FileFormats::Entry> &FileFormats::all()
{
    static const std::vector<Entry> formats = {
        {ImportFormat::Json,
         {QStringLiteral("json")},
         {QStringLiteral("json")},
         [](const QByteArray &start) { return start.startsWith('{'); },
         [](const QString &path) { return std::make_unique<JsonImporter>(path); },
         exportJson},
        {ImportFormat::Iati,
         {QStringLiteral("iati"), QStringLiteral("xml")},
         {QStringLiteral("xml"), QStringLiteral("iati")},
         [](const QByteArray &start) { return start.startsWith('<'); },
         [](const QString &path) { return std::make_unique<IatiImporter>(path); },
         exportIati},
        {ImportFormat::Csv,
         {QStringLiteral("csv")},
         {QStringLiteral("csv")},
         {}, // CSV has no mark of its own: only its extension says so
         [](const QString &path) { return std::make_unique<CsvImporter>(path); },
         exportCsv},
    };
    return formats;
}

const FileFormats::Entry *FileFormats::entry(ImportFormat format)
{
    for (const Entry &e : all())
        if (e.format == format)
            return &e;
    return nullptr;
}

std::unique_ptr<Importer> FileFormats::createImporter(ImportFormat format, const QString &path)
{
    const Entry *e = entry(format);
    return e ? e->createImporter(path) : nullptr;
}

std::optional<ImportFormat> FileFormats::named(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const Entry &e : all())
        if (e.names.contains(n))
            return e.format;
    return std::nullopt;
}

std::optional<ImportFormat> FileFormats::guess(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const Entry &e : all())
        if (e.extensions.contains(suffix))
            return e.format;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = file.read(4096).trimmed();
    const QByteArray start = head.startsWith("\xEF\xBB\xBF") ? head.mid(3).trimmed() : head;
    for (const Entry &e : all())
        if (e.recognises && e.recognises(start))
            return e.format;
    return std::nullopt;
}

QString FileFormats::namesForMessage()
{
    QStringList names;
    for (const Entry &e : all())
        names << e.names.constFirst();
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QCoreApplication::translate("FileFormats", " or ") +
           last;
}

} // namespace ssc
