#include "CatalogueFilter.h"

namespace ssc {

QString facetKey(Facet facet)
{
    switch (facet) {
    case Facet::Country:
        return QStringLiteral("country");
    case Facet::Region:
        return QStringLiteral("region");
    case Facet::ProgrammeArea:
        return QStringLiteral("programme-area");
    case Facet::Partner:
        return QStringLiteral("partner");
    case Facet::FundingSource:
        return QStringLiteral("funding-source");
    case Facet::Modality:
        return QStringLiteral("modality");
    case Facet::ActivityType:
        return QStringLiteral("activity-type");
    case Facet::Sdg:
        return QStringLiteral("sdg");
    case Facet::Status:
        return QStringLiteral("status");
    }
    return {};
}

std::optional<Facet> facetFromKey(const QString &key)
{
    for (Facet f : kAllFacets) {
        if (facetKey(f) == key)
            return f;
    }
    return std::nullopt;
}

bool CatalogueFilter::isEmpty() const
{
    return *this == CatalogueFilter{};
}

QStringList CatalogueFilter::values(Facet facet) const
{
    switch (facet) {
    case Facet::Country:
        return countries;
    case Facet::Region:
        return regions;
    case Facet::ProgrammeArea:
        return programmeAreas;
    case Facet::Partner:
        return partners;
    case Facet::FundingSource:
        return fundingSources;
    case Facet::Modality:
        return modalities;
    case Facet::ActivityType:
        return activityTypes;
    case Facet::Sdg: {
        QStringList list;
        for (int g : sdgGoals)
            list << QString::number(g);
        return list;
    }
    case Facet::Status:
        return statuses;
    }
    return {};
}

CatalogueFilter CatalogueFilter::without(Facet facet) const
{
    CatalogueFilter f = *this;
    switch (facet) {
    case Facet::Country:
        f.countries.clear();
        break;
    case Facet::Region:
        f.regions.clear();
        break;
    case Facet::ProgrammeArea:
        f.programmeAreas.clear();
        break;
    case Facet::Partner:
        f.partners.clear();
        break;
    case Facet::FundingSource:
        f.fundingSources.clear();
        break;
    case Facet::Modality:
        f.modalities.clear();
        break;
    case Facet::ActivityType:
        f.activityTypes.clear();
        break;
    case Facet::Sdg:
        f.sdgGoals.clear();
        break;
    case Facet::Status:
        f.statuses.clear();
        break;
    }
    return f;
}

} // namespace ssc
