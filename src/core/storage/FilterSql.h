#pragma once

#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"

#include <QString>
#include <QVariantList>

namespace ssc {

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

private:
    static QString placeholders(qsizetype count);
};

} // namespace ssc
