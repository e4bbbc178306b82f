#pragma once

#include "core/io/format/ImportTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ssc {

// The file formats the catalogue imports, one row each: the names a user
// may give (--format, the first being the canonical one), the file
// extensions, how a file is recognised from its first bytes, and the
// importer that reads it. A new format is one row here and its importer.
class ImportFormats
{
public:
    struct Entry
    {
        ImportFormat format;
        QStringList names;                                       // "iati", "xml"
        QStringList extensions;                                  // without the dot
        std::function<bool(const QByteArray &start)> recognises; // the first bytes, trimmed
        std::function<std::unique_ptr<Importer>(const QString &path)> create;
    };
    static const std::vector<Entry> &all();

    static std::unique_ptr<Importer> create(ImportFormat format, const QString &path);
    // From the option text ("iati", "csv", "json"), else nullopt.
    static std::optional<ImportFormat> named(const QString &name);
    // From the file name's extension, else from its first bytes.
    static std::optional<ImportFormat> guess(const QString &path);
    // "iati, csv or json", for messages.
    static QString namesForMessage();
};

} // namespace ssc
