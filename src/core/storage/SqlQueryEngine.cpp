// The plain-SQL engine: what CatalogueStore answered with before the index.
#include "core/storage/SqlQueryEngine.h"

#include "core/storage/FacetCountQuery.h"
#include "core/storage/FilterSql.h"
#include "core/storage/PreparedQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ssc {

Error SqlQueryEngine::readError(const QSqlQuery &query) const
{
    return Error{QCoreApplication::translate("CatalogueStore", "Cannot read %1: %2")
                     .arg(m_path.isEmpty()
                              ? QCoreApplication::translate("CatalogueStore", "the catalogue")
                              : m_path,
                          query.lastError().text()),
                 Error::Kind::Catalogue};
}

Result<std::vector<qint64>> SqlQueryEngine::rowIds(const CatalogueFilter &filter,
                                                   const SortOrder &sort)
{
    // With no filter and the title order this is a scan of the title index
    // alone; no row of the table is read.
    const SqlFragment where = FilterSql::where(filter);
    QSqlQuery q = execPrepared(m_db,
                               QStringLiteral("SELECT i.id FROM initiative i") + where.sql +
                                   FilterSql::orderBy(sort),
                               where.binds);
    if (q.lastError().isValid())
        return readError(q);
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

Result<std::vector<InitiativeRow>> SqlQueryEngine::page(const CatalogueFilter &filter,
                                                        const PageRequest &request)
{
    SqlFragment where = FilterSql::where(filter);
    where.binds << request.limit << request.offset;
    // Sorted by the stored title even when a translation is shown: see
    // PageRequest::titleLanguage.
    const QString columns = QStringLiteral(
        "i.key, i.title, i.countries_label, i.areas_label, i.partners_label, i.funding_label, "
        "i.start_year, i.end_year, i.status, i.activity_type, i.language");
    QString sql = QStringLiteral("SELECT %1, NULL FROM initiative i").arg(columns) + where.sql +
                  FilterSql::orderBy(request.sort) + QStringLiteral(" LIMIT ? OFFSET ?");
    if (!request.titleLanguage.isEmpty()) {
        // The page's rows first, then their translations: a subquery with an
        // OFFSET is never merged into the query around it, so the lookup
        // runs for these rows only. In the page query itself, a sort would
        // evaluate it for every row that gets into its top offset + limit.
        sql = QStringLiteral("SELECT %1, %2 FROM (SELECT i.id, %1 FROM initiative i")
                  .arg(columns, FilterSql::translatedTitle()) +
              where.sql + FilterSql::orderBy(request.sort) +
              QStringLiteral(" LIMIT ? OFFSET ?) i") + FilterSql::orderBy(request.sort);
        where.binds.prepend(request.titleLanguage);
        where.binds.prepend(request.titleLanguage);
    }
    QSqlQuery q = execPrepared(m_db, sql, where.binds);
    if (q.lastError().isValid())
        return readError(q);
    std::vector<InitiativeRow> rows;
    while (q.next()) {
        InitiativeRow r;
        r.id = q.value(0).toString();
        r.title = q.value(1).toString();
        r.countries = q.value(2).toString();
        r.programmeAreas = q.value(3).toString();
        r.partners = q.value(4).toString();
        r.funding = q.value(5).toString();
        if (!q.value(6).isNull())
            r.startYear = q.value(6).toInt();
        if (!q.value(7).isNull())
            r.endYear = q.value(7).toInt();
        r.status = q.value(8).toString();
        r.activityType = q.value(9).toString();
        r.language = q.value(10).toString();
        r.useTitleIn(request.titleLanguage, q.value(11).toString());
        rows.push_back(std::move(r));
    }
    if (q.lastError().isValid())
        return readError(q);
    return rows;
}

Result<qint64> SqlQueryEngine::count(const CatalogueFilter &filter)
{
    const SqlFragment where = FilterSql::where(filter);
    QSqlQuery q = execPrepared(
        m_db, QStringLiteral("SELECT count(*) FROM initiative i") + where.sql, where.binds);
    if (!q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

Result<std::vector<FacetValueCount>> SqlQueryEngine::facetValueCounts(const CatalogueFilter &filter,
                                                                      Facet facet)
{
    return FacetCountQuery(m_db, m_path).run(filter, facet);
}

Result<std::vector<FacetValueCount>> SqlQueryEngine::countsWithin(const CatalogueFilter &filter,
                                                                  Facet facet, const QString &role)
{
    return FacetCountQuery(m_db, m_path).within(filter, facet, role);
}

Result<std::vector<CountryLink>> SqlQueryEngine::countryLinks(const CatalogueFilter &filter,
                                                              const QString &fromRole,
                                                              const QString &toRole)
{
    return FacetCountQuery(m_db, m_path).links(filter, fromRole, toRole);
}

Result<std::vector<YearCount>> SqlQueryEngine::startYearCounts(const CatalogueFilter &filter)
{
    return FacetCountQuery(m_db, m_path).startYears(filter);
}

Result<std::vector<FundingTotal>> SqlQueryEngine::fundingByYear(const CatalogueFilter &filter)
{
    return FacetCountQuery(m_db, m_path).funding(filter);
}

Result<FacetCounts> SqlQueryEngine::facetCounts(const CatalogueFilter &filter)
{
    FacetCounts counts;
    for (Facet facet : kAllFacets) {
        auto values = facetValueCounts(filter, facet);
        if (!values.ok())
            return values.error();
        counts[facet] = std::move(values.value());
    }
    return counts;
}

} // namespace ssc
