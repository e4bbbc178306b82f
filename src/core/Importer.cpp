#include "CsvImporter.h"
#include "IatiImporter.h"
#include "ImportTypes.h"
#include "JsonImporter.h"

#include <QFile>
#include <QFileInfo>

namespace ssc {

std::unique_ptr<Importer> Importer::create(ImportFormat format, const QString &path)
{
    switch (format) {
    case ImportFormat::Iati:
        return std::make_unique<IatiImporter>(path);
    case ImportFormat::Csv:
        return std::make_unique<CsvImporter>(path);
    case ImportFormat::Json:
        return std::make_unique<JsonImporter>(path);
    }
    return nullptr;
}

std::optional<ImportFormat> Importer::formatNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("iati") || n == QLatin1String("xml"))
        return ImportFormat::Iati;
    if (n == QLatin1String("csv"))
        return ImportFormat::Csv;
    if (n == QLatin1String("json"))
        return ImportFormat::Json;
    return std::nullopt;
}

std::optional<ImportFormat> Importer::guessFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (auto f = formatNamed(suffix))
        return f;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = file.read(4096).trimmed();
    const QByteArray start = head.startsWith("\xEF\xBB\xBF") ? head.mid(3).trimmed() : head;
    if (start.startsWith('<'))
        return ImportFormat::Iati;
    if (start.startsWith('{'))
        return ImportFormat::Json;
    return std::nullopt;
}

QString Importer::formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Iati:
        return QStringLiteral("IATI");
    case ImportFormat::Csv:
        return QStringLiteral("CSV");
    case ImportFormat::Json:
        return QStringLiteral("JSON");
    }
    return {};
}

} // namespace ssc
