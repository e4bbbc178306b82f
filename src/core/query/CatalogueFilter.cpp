#include "core/query/CatalogueFilter.h"

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

void CatalogueFilter::setValues(Facet facet, const QStringList &selected)
{
    switch (facet) {
    case Facet::Country:
        countries = selected;
        break;
    case Facet::Region:
        regions = selected;
        break;
    case Facet::ProgrammeArea:
        programmeAreas = selected;
        break;
    case Facet::Partner:
        partners = selected;
        break;
    case Facet::FundingSource:
        fundingSources = selected;
        break;
    case Facet::Modality:
        modalities = selected;
        break;
    case Facet::ActivityType:
        activityTypes = selected;
        break;
    case Facet::Sdg:
        sdgGoals.clear();
        for (const QString &goal : selected) {
            bool ok = false;
            const int g = goal.toInt(&ok);
            if (ok)
                sdgGoals << g;
        }
        break;
    case Facet::Status:
        statuses = selected;
        break;
    }
}

CatalogueFilter CatalogueFilter::without(Facet facet) const
{
    CatalogueFilter f = *this;
    f.setValues(facet, {});
    return f;
}

} // namespace ssc
