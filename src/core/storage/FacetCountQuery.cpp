#include "core/storage/FacetCountQuery.h"

#include "core/query/FacetDefinitions.h"
#include "core/storage/FilterSql.h"
#include "core/storage/PreparedQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueStore)
};

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
    return counted(FilterSql::where(filter.withoutPane(facet)), facet, filter.countryRole);
}

Result<std::vector<FacetValueCount>> FacetCountQuery::within(const CatalogueFilter &filter,
                                                             Facet facet, const QString &role) const
{
    return counted(FilterSql::where(filter), facet, role);
}

Result<std::vector<FacetValueCount>> FacetCountQuery::counted(SqlFragment where, Facet facet,
                                                              const QString &role) const
{
    const FacetDefinition &d = facetDefinition(facet);
    const FacetStorage &st = d.storage;
    if (d.takesRole() && !role.isEmpty())
        where = withCondition(where, QStringLiteral("x.role = ?"), {role});
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
        return Error{Tr::tr("Cannot read %1: %2").arg(m_path, q.lastError().text()),
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

Result<std::vector<CountryLink>> FacetCountQuery::links(const CatalogueFilter &filter,
                                                        const QString &fromRole,
                                                        const QString &toRole) const
{
    const FacetStorage &st = facetDefinition(Facet::Country).storage;
    const QString table = QString::fromLatin1(st.table);
    const QString column = QString::fromLatin1(st.column);
    const SqlFragment where =
        withCondition(FilterSql::where(filter), QStringLiteral("a.role = ?"), {fromRole});
    const QString select =
        QStringLiteral("SELECT a.%2, b.%2, count(DISTINCT a.initiative_id) FROM %1 a JOIN %1 b ON "
                       "b.initiative_id = a.initiative_id AND b.role = ? AND b.%2 <> a.%2 JOIN "
                       "initiative i ON i.id = a.initiative_id%3 GROUP BY a.%2, b.%2")
            .arg(table, column, where.sql);
    QSqlQuery q = execPrepared(m_db, select, QVariantList{toRole} + where.binds);
    if (q.lastError().isValid())
        return Error{Tr::tr("Cannot read %1: %2").arg(m_path, q.lastError().text()),
                     Error::Kind::Catalogue};
    std::vector<CountryLink> links;
    while (q.next())
        links.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    sortLinks(links);
    return links;
}

Result<std::vector<YearCount>> FacetCountQuery::startYears(const CatalogueFilter &filter) const
{
    const SqlFragment where =
        withCondition(FilterSql::where(filter), QStringLiteral("i.start_year IS NOT NULL"), {});
    QSqlQuery q = execPrepared(
        m_db,
        QStringLiteral("SELECT i.start_year, count(*) FROM initiative i%1 GROUP BY i.start_year "
                       "ORDER BY i.start_year")
            .arg(where.sql),
        where.binds);
    if (q.lastError().isValid())
        return Error{Tr::tr("Cannot read %1: %2").arg(m_path, q.lastError().text()),
                     Error::Kind::Catalogue};
    std::vector<YearCount> years;
    while (q.next())
        years.push_back({q.value(0).toInt(), q.value(1).toLongLong()});
    return years;
}

Result<std::vector<FundingTotal>> FacetCountQuery::funding(const CatalogueFilter &filter) const
{
    const SqlFragment where =
        withCondition(FilterSql::where(filter),
                      QStringLiteral("f.amount IS NOT NULL AND f.currency IS NOT NULL AND "
                                     "f.currency <> ''"),
                      {});
    QSqlQuery q = execPrepared(
        m_db,
        QStringLiteral("SELECT coalesce(f.year, i.start_year, 0) AS y, f.currency, sum(f.amount), "
                       "count(DISTINCT f.initiative_id) FROM funding f JOIN initiative i ON i.id = "
                       "f.initiative_id%1 GROUP BY y, f.currency")
            .arg(where.sql),
        where.binds);
    if (q.lastError().isValid())
        return Error{Tr::tr("Cannot read %1: %2").arg(m_path, q.lastError().text()),
                     Error::Kind::Catalogue};
    std::vector<FundingTotal> totals;
    while (q.next())
        totals.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toDouble(),
                          q.value(3).toLongLong()});
    sortFundingTotals(totals);
    return totals;
}

QString FacetCountQuery::label(Facet facet, const QString &value)
{
    return facetDefinition(facet).displayLabel(value);
}

} // namespace ssc
