#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ssc {

// The facets a user can filter by and that the store counts.
enum class Facet
{
    Country,
    Region,
    ProgrammeArea,
    Partner,
    FundingSource,
    Modality,
    ActivityType,
    Sdg,
    Status,
};
inline constexpr Facet kAllFacets[] = {
    Facet::Country,      Facet::Region,        Facet::ProgrammeArea,
    Facet::Partner,      Facet::FundingSource, Facet::Modality,
    Facet::ActivityType, Facet::Sdg,           Facet::Status};
QString facetKey(Facet facet); // "country", "programme-area", ...
std::optional<Facet> facetFromKey(const QString &key);

// What the user has selected: OR within a facet, AND across facets. A value
// type, compared before anything is recomputed.
struct CatalogueFilter
{
    QStringList countries;      // ISO alpha-2
    QString countryRole;        // empty: any role; applies to countries and regions
    QStringList regions;        // UN M49 region or sub-region codes
    QStringList programmeAreas; // area ids; a parent includes its children
    QStringList partners;       // organisation ids
    QStringList fundingSources; // organisation ids
    QStringList modalities;
    QStringList activityTypes;
    QList<int> sdgGoals;
    QStringList statuses;
    std::optional<int> fromYear; // the initiative's span must overlap [from, to]
    std::optional<int> toYear;
    QString text; // free text, as the user typed it

    bool isEmpty() const;
    bool operator==(const CatalogueFilter &) const = default;

    // The selected values of one facet, as strings.
    QStringList values(Facet facet) const;
    // Replaces the selection of one facet (SDG goals as numbers in text).
    void setValues(Facet facet, const QStringList &selected);
    // A copy without the selection of one facet.
    CatalogueFilter without(Facet facet) const;
    // A copy without the selection of the facet's whole pane (a region and
    // a country ticked in one tree are alternatives): what that facet's
    // cross-filtered counts are counted under.
    CatalogueFilter withoutPane(Facet facet) const;
};

} // namespace ssc
