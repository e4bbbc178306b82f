#include "FilterSettings.h"

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
    auto list = [&map](Facet facet) { return map.value(facetKey(facet)).toStringList(); };
    f.countries = list(Facet::Country);
    f.regions = list(Facet::Region);
    f.programmeAreas = list(Facet::ProgrammeArea);
    f.partners = list(Facet::Partner);
    f.fundingSources = list(Facet::FundingSource);
    f.modalities = list(Facet::Modality);
    f.activityTypes = list(Facet::ActivityType);
    for (const QString &goal : list(Facet::Sdg)) {
        bool ok = false;
        const int g = goal.toInt(&ok);
        if (ok)
            f.sdgGoals << g;
    }
    f.statuses = list(Facet::Status);
    f.countryRole = map.value(QStringLiteral("role")).toString();
    if (map.contains(QStringLiteral("from")))
        f.fromYear = map.value(QStringLiteral("from")).toInt();
    if (map.contains(QStringLiteral("to")))
        f.toYear = map.value(QStringLiteral("to")).toInt();
    f.text = map.value(QStringLiteral("text")).toString();
    return f;
}

} // namespace ssc
