#pragma once

#include "core/base/Result.h"
#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"
#include "core/storage/FtsTokenizer.h"
#include "core/storage/ScopedPragma.h"
#include "core/storage/SqliteStatement.h"

#include <QSqlDatabase>
#include <QString>

#include <string>
#include <vector>

namespace ssc {

// What the in-memory index reads from the catalogue, and the only SQL it
// needs: each method returns a prepared statement (parameters bound) that
// the index steps through. Every read is in an order that lets the index
// append ascending row ids.
class IndexSource
{
public:
    IndexSource(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

    // How many text columns texts() gives after the id: the full-text
    // table's (ParallelTextIndex::kTextColumns).
    static constexpr int kTextColumns = 6;

    const QString &path() const { return m_path; }
    Error readFailure(const QString &why) const;

    // The facets stored as a column of the initiative table (status,
    // activity type), in the order initiatives() reads them.
    static std::vector<Facet> columnFacets();
    // id, start_year, end_year and then each of columnFacets() of the
    // initiatives with a row id above afterRowId, by id.
    SqliteStatement initiatives(qint64 afterRowId) const;
    // (value, second, row id) of one facet's recorded values for the rows
    // above afterRowId, in value order: second is the role where the facet
    // has one, the display label for organisations, else NULL. Programme
    // areas as recorded (without their ancestors). A statement that is not
    // valid for facets stored otherwise (columnFacets(), regions).
    // byRow: in row order instead, for a few new rows: read through the
    // table's key from afterRowId on, where value order would scan it all.
    SqliteStatement facetValues(Facet facet, qint64 afterRowId, bool byRow = false) const;
    // Every row id in ascending order of the column (ties by row id).
    SqliteStatement sortOrder(SortColumn column) const;
    // Which of two rows comes first in that order (its id, the one row the
    // statement gives): so that a new row finds its place in a kept order
    // by the very ordering SQL used to make it.
    SqliteStatement firstInOrder(SortColumn column, qint64 a, qint64 b) const;
    // id, key, title, countries_label, areas_label, partners_label,
    // funding_label, start_year, end_year, status, activity_type, language
    // and the title's translation into titleLanguage (NULL when it has none,
    // is in that language or titleLanguage is empty) of these rows (at most
    // 997 ids), in no particular order.
    SqliteStatement listRows(const uint32_t *ids, size_t count,
                             const QString &titleLanguage = {}) const;
    // (row id, year, currency, amount) of the funding records with an
    // amount of the rows above afterRowId, by row id: year is the funding's
    // own, else its initiative's start year, else 0.
    SqliteStatement fundingAmounts(qint64 afterRowId) const;
    // id and the kTextColumns full-text columns, in the full-text table's
    // order, of the rows above afterRowId, by id.
    SqliteStatement texts(qint64 afterRowId) const;
    // (term, row id) of every word in FTS5's own index, in term order.
    SqliteStatement textPostings() const;
    // The row ids FTS5 matches for an expression in its query syntax.
    SqliteStatement textMatches(const std::string &expression) const;
    FtsTokenizer tokenizer() const;
    // The connection with a small page cache while it lives: a build reads
    // each table once, in order, so a large cache would only raise its peak
    // memory (by about 60 MB at a million initiatives).
    ScopedPragma smallPageCache() const { return ScopedPragma(m_db, "cache_size", -8192); }

private:
    QSqlDatabase m_db;
    QString m_path;
};

} // namespace ssc
