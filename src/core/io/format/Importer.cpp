#include "core/domain/CatalogueValidator.h"
#include "core/domain/ReferenceData.h"
#include "core/io/format/ImportTypes.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace ssc {

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
