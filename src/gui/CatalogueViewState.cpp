#include "CatalogueViewState.h"

#include "core/query/FilterCoding.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace ssc {

namespace {

// A settings group per file: the path's hash, since a path holds characters
// settings keys cannot; the path itself is kept to read it back by.
QString groupFor(const QString &cataloguePath)
{
    const QFileInfo file(cataloguePath);
    const QString canonical =
        file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
    return QStringLiteral("catalogues/") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

std::optional<CatalogueViewState> CatalogueViewState::load(const QString &cataloguePath)
{
    QSettings settings;
    settings.beginGroup(groupFor(cataloguePath));
    if (!settings.contains(QStringLiteral("path")))
        return std::nullopt;
    CatalogueViewState state;
    state.filter = filterFromVariant(settings.value(QStringLiteral("filter")).toMap());
    state.columns = settings.value(QStringLiteral("columns")).toByteArray();
    return state;
}

void CatalogueViewState::save(const QString &cataloguePath) const
{
    QSettings settings;
    settings.beginGroup(groupFor(cataloguePath));
    settings.setValue(QStringLiteral("path"), QFileInfo(cataloguePath).absoluteFilePath());
    settings.setValue(QStringLiteral("filter"), filterToVariant(filter));
    settings.setValue(QStringLiteral("columns"), columns);
}

} // namespace ssc
