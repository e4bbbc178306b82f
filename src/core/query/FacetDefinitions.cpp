#include "core/query/FacetDefinitions.h"

#include "core/domain/ReferenceData.h"

#include <QCoreApplication>

namespace ssc {

namespace {

using Shape = FacetStorage::Shape;
using Kind = Vocabulary::Kind;

// Translated where they are shown; marked here so the tools find them.
#define FACET(text) QT_TRANSLATE_NOOP("Facet", text)
#define FLAG(text) QT_TRANSLATE_NOOP("FilterOptions", text)

} // namespace

const std::vector<FacetDefinition> &facetDefinitions()
{
    static const std::vector<FacetDefinition> definitions = {
        {Facet::Region, "region", FACET("Region"), FACET("Regions"), FACET("%1 regions"), 3,
         FacetDomain::Region, Kind::Status,
         FacetStorage{Shape::RegionOfCountry, "initiative_country", "country_code", true},
         &CatalogueFilter::regions, nullptr, "region", FLAG("REGION"),
         FLAG("UN M49 region or sub-region (code or name; repeatable)."), FACET("Country"), false},
        {Facet::Country, "country", FACET("Country"), FACET("Countries"), FACET("%1 countries"), 2,
         FacetDomain::Country, Kind::Status,
         FacetStorage{Shape::Junction, "initiative_country", "country_code", true},
         &CatalogueFilter::countries, nullptr, "country", FLAG("COUNTRY"),
         FLAG("Initiatives involving COUNTRY (ISO code or name; repeatable)."), FACET("Country"),
         false},
        {Facet::ProgrammeArea, "programme-area", FACET("Programme area"), FACET("Programme area"),
         nullptr, 1, FacetDomain::ProgrammeArea, Kind::Status,
         FacetStorage{Shape::Junction, "initiative_area", "area_id", false, false,
                      "programme_area_closure"},
         &CatalogueFilter::programmeAreas, nullptr, "area", FLAG("AREA"),
         FLAG("Programme area id or name; includes its sub-areas (repeatable)."),
         FACET("Programme area"), false},
        {Facet::Partner, "partner", FACET("Partner"), FACET("Partners"), nullptr, 4,
         FacetDomain::Organisation, Kind::Status,
         FacetStorage{Shape::Junction, "initiative_partner", "organisation_id", false, true},
         &CatalogueFilter::partners, nullptr, "partner", FLAG("PARTNER"),
         FLAG("Partner organisation id, acronym or name (repeatable)."), FACET("Partner"), true},
        {Facet::FundingSource, "funding-source", FACET("Funding source"), FACET("Funding sources"),
         nullptr, 5, FacetDomain::Organisation, Kind::Status,
         FacetStorage{Shape::Junction, "funding", "source_id", false, true},
         &CatalogueFilter::fundingSources, nullptr, "funding", FLAG("SOURCE"),
         FLAG("Funding source id, acronym or name (repeatable)."), FACET("Funding source"), false},
        {Facet::Modality, "modality", FACET("Modality"), FACET("Modality"), nullptr, 6,
         FacetDomain::Vocabulary, Kind::Modality,
         FacetStorage{Shape::Junction, "initiative_modality", "modality"},
         &CatalogueFilter::modalities, nullptr, "modality", FLAG("MODALITY"),
         FLAG("knowledge-exchange, technical-assistance, technology-exchange, "
              "resource-exchange."),
         FACET("Modality"), false},
        {Facet::ActivityType, "activity-type", FACET("Activity type"), FACET("Activity type"),
         nullptr, 7, FacetDomain::Vocabulary, Kind::ActivityType,
         FacetStorage{Shape::InitiativeColumn, "initiative", "activity_type"},
         &CatalogueFilter::activityTypes, nullptr, "type", FLAG("TYPE"),
         FLAG("Activity type, e.g. conference, webinar, study-tour."), FACET("Activity type"),
         false},
        {Facet::Sdg, "sdg", FACET("SDG"), FACET("SDG"), nullptr, 8, FacetDomain::SdgGoal,
         Kind::Status, FacetStorage{Shape::Junction, "initiative_sdg", "goal"}, nullptr,
         &CatalogueFilter::sdgGoals, "sdg", FLAG("GOAL"), FLAG("SDG goal 1-17 (repeatable)."),
         FACET("SDG"), false},
        {Facet::Status, "status", FACET("Status"), FACET("Status"), nullptr, 9,
         FacetDomain::Vocabulary, Kind::Status,
         FacetStorage{Shape::InitiativeColumn, "initiative", "status"}, &CatalogueFilter::statuses,
         nullptr, "status", FLAG("STATUS"), FLAG("planned, ongoing or completed."), FACET("Status"),
         false},
    };
    return definitions;
}

const FacetDefinition &facetDefinition(Facet facet)
{
    // Indexed by the enum, built once from the table above.
    static const std::vector<const FacetDefinition *> byFacet = [] {
        std::vector<const FacetDefinition *> out(std::size(kAllFacets), nullptr);
        for (const FacetDefinition &d : facetDefinitions())
            out[size_t(d.facet)] = &d;
        return out;
    }();
    return *byFacet[size_t(facet)];
}

QString FacetDefinition::translatedLabel() const
{
    return QCoreApplication::translate("Facet", label);
}

QString FacetDefinition::valueLabel(const QString &value) const
{
    const ReferenceData &ref = ReferenceData::instance();
    switch (domain) {
    case FacetDomain::Country: {
        const Country *c = ref.country(value);
        return c ? c->name : value;
    }
    case FacetDomain::Region: {
        const Region *r = ref.region(value);
        return r ? r->name : value;
    }
    case FacetDomain::ProgrammeArea: {
        const ProgrammeArea *a = ref.programmeArea(value);
        return a ? a->name : value;
    }
    case FacetDomain::Vocabulary:
        return Vocabulary::label(vocabulary, value);
    case FacetDomain::SdgGoal:
        for (const SdgGoal &g : ref.sdgGoals())
            if (QString::number(g.goal) == value)
                return g.shortTitle;
        return value;
    case FacetDomain::Organisation:
        return value;
    }
    return value;
}

} // namespace ssc
