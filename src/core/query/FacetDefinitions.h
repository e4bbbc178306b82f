#pragma once

#include "core/domain/Vocabulary.h"
#include "core/query/CatalogueFilter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ssc {

// Where a facet's values come from, and so how they are looked up, named
// and resolved from what a user types.
enum class FacetDomain
{
    Country,       // ISO 3166-1 alpha-2, named from the reference data
    Region,        // UN M49 region, sub-region or intermediate region code
    ProgrammeArea, // programme-area id; a parent includes its children
    Organisation,  // organisation id in the catalogue
    Vocabulary,    // a code of one of the closed vocabularies
    SdgGoal,       // 1 to 17
};

// How a facet is stored in the catalogue. The storage layer builds its SQL
// from this (FilterSql, FacetCountQuery, IndexSource) and the index reads
// its values through it: no other layer names a table.
struct FacetStorage
{
    enum class Shape
    {
        InitiativeColumn, // a column of the initiative table
        Junction,         // rows (initiative_id, value) in a table of their own
        RegionOfCountry,  // derived: the regions of the initiative's countries
    };
    Shape shape = Shape::Junction;
    const char *table = "initiative"; // for Junction
    const char *column = nullptr;     // the value column
    bool withRole = false;            // the junction has a role column the filter's role narrows
    // The column holds organisation row ids; the facet's values are their keys.
    bool byOrganisation = false;
    // A value holds its descendants too, through this closure table.
    const char *closure = nullptr;
};

// Everything the program knows about one facet, declared once: its key,
// what users see it called, how it is stored and filtered, its
// command-line flag and its pane. The SQL engine, the index, the filter
// panes, the chips, the report's filter in words and the command-line flags
// all read this table (FacetDefinitions.cpp); adding a facet is a row there
// plus its column or table in a schema migration.
struct FacetDefinition
{
    Facet facet;
    const char *key;   // "programme-area": --facet, JSON output, saved settings
    const char *label; // "Programme area": chips and panes (translated in context "Facet")
    // The report's filter in words: "Programme area: Health"; with the role
    // applied, "Recipient countries: Ethiopia".
    const char *describedAs;
    const char *describedWithRole; // "%1 countries", or null when the role does not apply
    int describedOrder;            // its place in that sentence: the programme area leads
    FacetDomain domain;
    Vocabulary::Kind vocabulary; // for FacetDomain::Vocabulary
    FacetStorage storage;
    // Where the filter keeps the selection: codes, or numbers for SDG goals.
    QStringList CatalogueFilter::*codes;
    QList<int> CatalogueFilter::*numbers;
    // Command line: --flag VALUE (repeatable), with its help line.
    const char *flag;
    const char *flagValue;
    const char *flagHelp; // translated in context "FilterOptions"
    // The pane it is shown in (region and country share one) and whether
    // the pane has a find box for long lists.
    const char *pane;
    bool paneFind;

    bool takesRole() const
    {
        return storage.withRole || storage.shape == FacetStorage::Shape::RegionOfCountry;
    }
    QString translatedLabel() const;
    // The name of a value for users (a country's name, a vocabulary code's
    // label, an SDG's short title); organisations are named by the
    // catalogue, so their ids come back as they are.
    QString valueLabel(const QString &value) const;
    // The value's name in the interface language (ReferenceNames, the
    // vocabulary's translations); valueLabel stays in English, since the
    // facet index keeps its labels on disk.
    QString displayLabel(const QString &value) const;
};

// In the order users see them: panes, chips, command-line help.
const std::vector<FacetDefinition> &facetDefinitions();
const FacetDefinition &facetDefinition(Facet facet);

} // namespace ssc
