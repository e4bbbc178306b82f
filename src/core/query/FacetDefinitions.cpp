#include "core/query/FacetDefinitions.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/ReferenceNames.h"

#include <QCoreApplication>

namespace ssc {

namespace {

using Shape = FacetStorage::Shape;
using Kind = Vocabulary::Kind;

} // namespace

// The labels are translated where they are shown; QT_TRANSLATE_NOOP marks them
// for lupdate (written out, since lupdate does not expand macros).
const std::vector<FacetDefinition> &facetDefinitions()
{
    static const std::vector<FacetDefinition> definitions = {
        {Facet::Region, "region", QT_TRANSLATE_NOOP("Facet", "Region"),
         QT_TRANSLATE_NOOP("Facet", "Regions"), QT_TRANSLATE_NOOP("Facet", "%1 regions"), 3,
         FacetDomain::Region, Kind::Status,
         FacetStorage{Shape::RegionOfCountry, "initiative_country", "country_code", true},
         &CatalogueFilter::regions, nullptr, "region", QT_TRANSLATE_NOOP("FilterOptions", "REGION"),
         QT_TRANSLATE_NOOP("FilterOptions",
                           "UN M49 region or sub-region (code or name; repeatable)."),
         QT_TRANSLATE_NOOP("Facet", "Country"), false},
        {Facet::Country, "country", QT_TRANSLATE_NOOP("Facet", "Country"),
         QT_TRANSLATE_NOOP("Facet", "Countries"), QT_TRANSLATE_NOOP("Facet", "%1 countries"), 2,
         FacetDomain::Country, Kind::Status,
         FacetStorage{Shape::Junction, "initiative_country", "country_code", true},
         &CatalogueFilter::countries, nullptr, "country",
         QT_TRANSLATE_NOOP("FilterOptions", "COUNTRY"),
         QT_TRANSLATE_NOOP("FilterOptions",
                           "Initiatives involving COUNTRY (ISO code or name; repeatable)."),
         QT_TRANSLATE_NOOP("Facet", "Country"), false},
        {Facet::ProgrammeArea, "programme-area", QT_TRANSLATE_NOOP("Facet", "Programme area"),
         QT_TRANSLATE_NOOP("Facet", "Programme area"), nullptr, 1, FacetDomain::ProgrammeArea,
         Kind::Status,
         FacetStorage{Shape::Junction, "initiative_area", "area_id", false, false,
                      "programme_area_closure"},
         &CatalogueFilter::programmeAreas, nullptr, "area",
         QT_TRANSLATE_NOOP("FilterOptions", "AREA"),
         QT_TRANSLATE_NOOP("FilterOptions",
                           "Programme area id or name; includes its sub-areas (repeatable)."),
         QT_TRANSLATE_NOOP("Facet", "Programme area"), false},
        {Facet::Partner, "partner", QT_TRANSLATE_NOOP("Facet", "Partner"),
         QT_TRANSLATE_NOOP("Facet", "Partners"), nullptr, 4, FacetDomain::Organisation,
         Kind::Status,
         FacetStorage{Shape::Junction, "initiative_partner", "organisation_id", false, true},
         &CatalogueFilter::partners, nullptr, "partner",
         QT_TRANSLATE_NOOP("FilterOptions", "PARTNER"),
         QT_TRANSLATE_NOOP("FilterOptions",
                           "Partner organisation id, acronym or name (repeatable)."),
         QT_TRANSLATE_NOOP("Facet", "Partner"), true},
        {Facet::FundingSource, "funding-source", QT_TRANSLATE_NOOP("Facet", "Funding source"),
         QT_TRANSLATE_NOOP("Facet", "Funding sources"), nullptr, 5, FacetDomain::Organisation,
         Kind::Status, FacetStorage{Shape::Junction, "funding", "source_id", false, true},
         &CatalogueFilter::fundingSources, nullptr, "funding",
         QT_TRANSLATE_NOOP("FilterOptions", "SOURCE"),
         QT_TRANSLATE_NOOP("FilterOptions", "Funding source id, acronym or name (repeatable)."),
         QT_TRANSLATE_NOOP("Facet", "Funding source"), false},
        {Facet::Modality, "modality", QT_TRANSLATE_NOOP("Facet", "Modality"),
         QT_TRANSLATE_NOOP("Facet", "Modality"), nullptr, 6, FacetDomain::Vocabulary,
         Kind::Modality, FacetStorage{Shape::Junction, "initiative_modality", "modality"},
         &CatalogueFilter::modalities, nullptr, "modality",
         QT_TRANSLATE_NOOP("FilterOptions", "MODALITY"),
         QT_TRANSLATE_NOOP("FilterOptions",
                           "knowledge-exchange, technical-assistance, technology-exchange, "
                           "resource-exchange."),
         QT_TRANSLATE_NOOP("Facet", "Modality"), false},
        {Facet::ActivityType, "activity-type", QT_TRANSLATE_NOOP("Facet", "Activity type"),
         QT_TRANSLATE_NOOP("Facet", "Activity type"), nullptr, 7, FacetDomain::Vocabulary,
         Kind::ActivityType, FacetStorage{Shape::InitiativeColumn, "initiative", "activity_type"},
         &CatalogueFilter::activityTypes, nullptr, "type",
         QT_TRANSLATE_NOOP("FilterOptions", "TYPE"),
         QT_TRANSLATE_NOOP("FilterOptions", "Activity type, e.g. conference, webinar, study-tour."),
         QT_TRANSLATE_NOOP("Facet", "Activity type"), false},
        {Facet::Sdg, "sdg", QT_TRANSLATE_NOOP("Facet", "SDG"), QT_TRANSLATE_NOOP("Facet", "SDG"),
         nullptr, 8, FacetDomain::SdgGoal, Kind::Status,
         FacetStorage{Shape::Junction, "initiative_sdg", "goal"}, nullptr,
         &CatalogueFilter::sdgGoals, "sdg", QT_TRANSLATE_NOOP("FilterOptions", "GOAL"),
         QT_TRANSLATE_NOOP("FilterOptions", "SDG goal 1-17 (repeatable)."),
         QT_TRANSLATE_NOOP("Facet", "SDG"), false},
        {Facet::Status, "status", QT_TRANSLATE_NOOP("Facet", "Status"),
         QT_TRANSLATE_NOOP("Facet", "Status"), nullptr, 9, FacetDomain::Vocabulary, Kind::Status,
         FacetStorage{Shape::InitiativeColumn, "initiative", "status"}, &CatalogueFilter::statuses,
         nullptr, "status", QT_TRANSLATE_NOOP("FilterOptions", "STATUS"),
         QT_TRANSLATE_NOOP("FilterOptions", "planned, ongoing or completed."),
         QT_TRANSLATE_NOOP("Facet", "Status"), false},
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
        return Vocabulary::englishLabel(vocabulary, value);
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

QString FacetDefinition::displayLabel(const QString &value) const
{
    switch (domain) {
    case FacetDomain::Country:
        return ReferenceNames::country(value);
    case FacetDomain::Region:
        return ReferenceNames::region(value);
    case FacetDomain::ProgrammeArea:
        return ReferenceNames::programmeArea(value);
    case FacetDomain::Vocabulary:
        return Vocabulary::label(vocabulary, value);
    case FacetDomain::SdgGoal: {
        bool ok = false;
        const int goal = value.toInt(&ok);
        return ok ? ReferenceNames::sdgShortTitle(goal) : value;
    }
    case FacetDomain::Organisation:
        return value;
    }
    return value;
}

} // namespace ssc
