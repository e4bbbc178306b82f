#include "core/query/FilterCoding.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ssc {

QVariantMap filterToVariant(const CatalogueFilter &f)
{
    QVariantMap map;
    for (Facet facet : kAllFacets) {
        if (!f.values(facet).isEmpty())
            map.insert(facetKey(facet), f.values(facet));
    }
    if (!f.countryRole.isEmpty())
        map.insert(QStringLiteral("role"), f.countryRole);
    if (f.fromYear)
        map.insert(QStringLiteral("from"), *f.fromYear);
    if (f.toYear)
        map.insert(QStringLiteral("to"), *f.toYear);
    if (!f.text.isEmpty())
        map.insert(QStringLiteral("text"), f.text);
    return map;
}

CatalogueFilter filterFromVariant(const QVariantMap &map)
{
    CatalogueFilter f;
    for (Facet facet : kAllFacets)
        f.setValues(facet, map.value(facetKey(facet)).toStringList());
    f.countryRole = map.value(QStringLiteral("role")).toString();
    if (map.contains(QStringLiteral("from")))
        f.fromYear = map.value(QStringLiteral("from")).toInt();
    if (map.contains(QStringLiteral("to")))
        f.toYear = map.value(QStringLiteral("to")).toInt();
    f.text = map.value(QStringLiteral("text")).toString();
    return f;
}

QByteArray filterToJson(const CatalogueFilter &filter)
{
    return QJsonDocument(QJsonObject::fromVariantMap(filterToVariant(filter)))
        .toJson(QJsonDocument::Compact);
}

std::optional<CatalogueFilter> filterFromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    return filterFromVariant(doc.object().toVariantMap());
}

} // namespace ssc
