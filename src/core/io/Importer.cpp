#include "core/domain/CatalogueValidator.h"
#include "core/domain/ReferenceData.h"
#include "core/io/ImportTypes.h"
#include "core/io/csv/CsvImporter.h"
#include "core/io/iati/IatiImporter.h"
#include "core/io/json/JsonImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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

Source Importer::fileSource(const QString &kind, const QString &path, const QString &title,
                            const QString &date)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString key = QFileInfo(path).fileName();
    key.replace(unsafe, QStringLiteral("-"));
    Source s;
    s.id = kind + QStringLiteral("-file:") + key;
    s.title = title;
    if (CatalogueValidator::isValidDate(date))
        s.date = date;
    s.file = QFileInfo(path).fileName();
    return s;
}

QString Importer::organisationIdForName(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString words = ReferenceData::fold(name);
    words.replace(separators, QStringLiteral("-"));
    while (words.startsWith(QLatin1Char('-')))
        words.remove(0, 1);
    while (words.endsWith(QLatin1Char('-')))
        words.chop(1);
    return words.isEmpty() ? QString() : QStringLiteral("name:") + words.left(80);
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
