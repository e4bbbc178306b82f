#pragma once

#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"

#include <QString>
#include <QVariantList>

namespace ssc {

struct FacetDefinition;

// SQL text with its bound values. Values never go into the text.
struct SqlFragment
{
    QString sql;
    QVariantList binds;
};

// Turns a CatalogueFilter into conditions on the initiative table (alias
// "i"), as "WHERE ..." or an empty fragment when nothing is selected.
class FilterSql
{
public:
    static SqlFragment where(const CatalogueFilter &filter);
    // " ORDER BY ..., i.id": ties broken by row id, so a descending order is
    // exactly the ascending one reversed.
    static QString orderBy(const SortOrder &sort);

    // The condition that keeps initiatives with one of count values of this
    // facet (bound in that order; a region's list three times), in the role
    // bound after them when withRole.
    static QString condition(const FacetDefinition &definition, qsizetype count, bool withRole);

    // An organisation's label as the facets show it (alias "o"): "Name (ACRONYM)".
    static QString organisationLabel();
    // The title of initiative "i" in the language bound to both of its two
    // parameters, or NULL when it has no such translation or is itself in
    // that language: one lookup by the translation table's key per row it
    // is evaluated for.
    static QString translatedTitle();

private:
    static QString placeholders(qsizetype count);
};

} // namespace ssc
