#pragma once

#include "core/query/QueryEngine.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ssc {

// Answers queries with plain SQL on the catalogue's connection: the filter
// as bound conditions (FilterSql), each facet's counts as one GROUP BY
// (FacetCountQuery). Right for small catalogues and for one-off commands; at
// a million rows a filter change takes seconds here, milliseconds with the
// in-memory index.
class SqlQueryEngine : public QueryEngine
{
public:
    SqlQueryEngine(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

    QString name() const override { return QStringLiteral("sql"); }
    Result<std::vector<InitiativeRow>> page(const CatalogueFilter &filter,
                                            const PageRequest &request) override;
    Result<qint64> count(const CatalogueFilter &filter) override;
    Result<FacetCounts> facetCounts(const CatalogueFilter &filter) override;
    Result<std::vector<FacetValueCount>> facetValueCounts(const CatalogueFilter &filter,
                                                          Facet facet) override;
    Result<std::vector<FacetValueCount>> countsWithin(const CatalogueFilter &filter, Facet facet,
                                                      const QString &role) override;
    Result<std::vector<CountryLink>> countryLinks(const CatalogueFilter &filter,
                                                  const QString &fromRole,
                                                  const QString &toRole) override;
    Result<std::vector<YearCount>> startYearCounts(const CatalogueFilter &filter) override;
    Result<std::vector<FundingTotal>> fundingByYear(const CatalogueFilter &filter) override;
    Result<std::vector<qint64>> rowIds(const CatalogueFilter &filter,
                                       const SortOrder &sort) override;
    Status changed(const CatalogueChange &) override { return success(); }

private:
    Error readError(const QSqlQuery &query) const;

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace ssc
