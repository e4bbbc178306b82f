#pragma once

#include "core/io/format/ImportTypes.h"
#include "core/io/iati/IatiWriter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ssc {

class CatalogueStore;

// What an export wrote, whatever the format.
struct ExportSummary
{
    qint64 written = 0;
    std::vector<IatiWriter::LeftOut> leftOut; // initiatives the format cannot hold, and why
};

struct ExportOptions
{
    IatiWriter::ReportingOrg reporting; // IATI's publisher
};

// The catalogue's file formats, one row each: the names a user may give
// (--format; the first is the canonical one), the file extensions, how a
// file is recognised from its first bytes, the importer that reads it and
// the exporter that writes it. Import, export, the window and the command
// line all read this table; a new format is one row and its classes.
class FileFormats
{
public:
    // rowIds: these initiatives, in this order; none: the whole catalogue.
    using RowIds = std::optional<std::vector<qint64>>;
    using Exporter =
        std::function<Result<ExportSummary>(const CatalogueStore &store, const RowIds &rowIds,
                                            const QString &path, const ExportOptions &options)>;
    struct Entry
    {
        ImportFormat format;
        QStringList names;                                       // "iati", "xml"
        QStringList extensions;                                  // without the dot
        std::function<bool(const QByteArray &start)> recognises; // the first bytes, trimmed
        std::function<std::unique_ptr<Importer>(const QString &path)> createImporter;
        Exporter exporter;
    };
    static const std::vector<Entry> &all();
    static const Entry *entry(ImportFormat format);

    static std::unique_ptr<Importer> createImporter(ImportFormat format, const QString &path);
    // From the option text ("iati", "csv", "json"), else nullopt.
    static std::optional<ImportFormat> named(const QString &name);
    // From the file name's extension, else from its first bytes.
    static std::optional<ImportFormat> guess(const QString &path);
    // "iati, csv or json", for messages.
    static QString namesForMessage();
};

} // namespace ssc
