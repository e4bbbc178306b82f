#include "core/storage/FacetCountQuery.h"

#include "core/query/FacetDefinitions.h"
#include "core/storage/FilterSql.h"
#include "core/storage/PreparedQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogueStore", text);
}

// Adds a condition to a " WHERE ..." fragment (or starts one).
SqlFragment withCondition(SqlFragment where, const QString &condition, const QVariantList &binds)
{
    where.sql +=
        (where.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
    where.binds += binds;
    return where;
}

} // namespace

Result<std::vector<FacetValueCount>> FacetCountQuery::run(const CatalogueFilter &filter,
                                                          Facet facet) const
{
    const FacetDefinition &d = facetDefinition(facet);
    const FacetStorage &st = d.storage;
    SqlFragment where = FilterSql::where(filter.withoutPane(facet));
    if (d.takesRole() && !filter.countryRole.isEmpty())
        where = withCondition(where, QStringLiteral("x.role = ?"), {filter.countryRole});
    const QString table = QString::fromLatin1(st.table);
    const QString column = QString::fromLatin1(st.column);
    // Each select gives (value, label or '', count); labels left empty come
    // from the reference data or the vocabulary.
    QString select;
    switch (st.shape) {
    case FacetStorage::Shape::InitiativeColumn:
        where = withCondition(where, QStringLiteral("i.%1 IS NOT NULL").arg(column), {});
        select = QStringLiteral("SELECT i.%1, '', count(*) FROM initiative i%2 GROUP BY i.%1")
                     .arg(column, QStringLiteral("%1"));
        break;
    case FacetStorage::Shape::RegionOfCountry:
        select = QStringLiteral("SELECT r.code, r.name, count(DISTINCT x.initiative_id) FROM %1 x "
                                "JOIN country c ON c.code = x.%2 JOIN region r ON r.code IN "
                                "(c.region_code, c.subregion_code, c.intermediate_code) JOIN "
                                "initiative i ON i.id = x.initiative_id%3 GROUP BY r.code")
                     .arg(table, column, QStringLiteral("%1"));
        break;
    case FacetStorage::Shape::Junction:
        if (st.byOrganisation)
            select = QStringLiteral("SELECT o.key, %1, count(DISTINCT x.initiative_id) FROM %2 x "
                                    "JOIN organisation o ON o.id = x.%3 JOIN initiative i ON i.id "
                                    "= x.initiative_id%4 GROUP BY o.id")
                         .arg(FilterSql::organisationLabel(), table, column, QStringLiteral("%1"));
        else if (st.closure)
            select = QStringLiteral("SELECT pc.ancestor, '', count(DISTINCT x.initiative_id) FROM "
                                    "%1 x JOIN %2 pc ON pc.descendant = x.%3 JOIN initiative i ON "
                                    "i.id = x.initiative_id%4 GROUP BY pc.ancestor")
                         .arg(table, QString::fromLatin1(st.closure), column, QStringLiteral("%1"));
        else
            select = QStringLiteral("SELECT x.%1, '', count(DISTINCT x.initiative_id) FROM %2 x "
                                    "JOIN initiative i ON i.id = x.initiative_id%3 GROUP BY x.%1")
                         .arg(column, table, QStringLiteral("%1"));
        break;
    }
    QSqlQuery q = execPrepared(m_db, select.arg(where.sql), where.binds);
    if (q.lastError().isValid())
        return Error{tr("Cannot read %1: %2").arg(m_path, q.lastError().text()),
                     Error::Kind::Catalogue};
    std::vector<FacetValueCount> counts;
    while (q.next()) {
        FacetValueCount c{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
        if (c.label.isEmpty())
            c.label = label(facet, c.value);
        counts.push_back(std::move(c));
    }
    std::sort(counts.begin(), counts.end(), [](const FacetValueCount &a, const FacetValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return counts;
}

QString FacetCountQuery::label(Facet facet, const QString &value)
{
    return facetDefinition(facet).valueLabel(value);
}

} // namespace ssc
