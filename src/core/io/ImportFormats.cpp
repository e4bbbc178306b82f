#include "core/io/ImportFormats.h"

#include "core/io/csv/CsvImporter.h"
#include "core/io/iati/IatiImporter.h"
#include "core/io/json/JsonImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ssc {

const std::vector<ImportFormats::Entry> &ImportFormats::all()
{
    static const std::vector<Entry> formats = {
        {ImportFormat::Iati,
         {QStringLiteral("iati"), QStringLiteral("xml")},
         {QStringLiteral("xml"), QStringLiteral("iati")},
         [](const QByteArray &start) { return start.startsWith('<'); },
         [](const QString &path) { return std::make_unique<IatiImporter>(path); }},
        {ImportFormat::Csv,
         {QStringLiteral("csv")},
         {QStringLiteral("csv")},
         {}, // CSV has no mark of its own: only its extension says so
         [](const QString &path) { return std::make_unique<CsvImporter>(path); }},
        {ImportFormat::Json,
         {QStringLiteral("json")},
         {QStringLiteral("json")},
         [](const QByteArray &start) { return start.startsWith('{'); },
         [](const QString &path) { return std::make_unique<JsonImporter>(path); }},
    };
    return formats;
}

std::unique_ptr<Importer> ImportFormats::create(ImportFormat format, const QString &path)
{
    for (const Entry &e : all())
        if (e.format == format)
            return e.create(path);
    return nullptr;
}

std::optional<ImportFormat> ImportFormats::named(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const Entry &e : all())
        if (e.names.contains(n))
            return e.format;
    return std::nullopt;
}

std::optional<ImportFormat> ImportFormats::guess(const QString &path)
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

QString ImportFormats::namesForMessage()
{
    QStringList names;
    for (const Entry &e : all())
        names << e.names.constFirst();
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QCoreApplication::translate("ImportFormats", " or ") +
           last;
}

} // namespace ssc
