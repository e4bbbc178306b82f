#pragma once

#include "core/base/Result.h"
#include "core/index/FacetIndex.h"
#include "core/index/TextIndex.h"
#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"

#include <QSqlDatabase>

#include <array>
#include <deque>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace ssc {

// Answers the store's queries from the facet index: the filter and counts
// from bitmaps, the text condition from FTS5 (kept while only other facets
// change), and pages from sort orders read once per column, so a page is a
// walk over the order or a sort of a small result, then one fetch by row id.
class IndexedQuery
{
public:
    // Loads the index saved at cachePath when it carries this revision of
    // the catalogue; otherwise builds it from the catalogue and saves it.
    static Result<std::unique_ptr<IndexedQuery>> build(QSqlDatabase db, QString path,
                                                       QString cachePath, QString revision);
    ~IndexedQuery(); // saves the index when edits changed it
    IndexedQuery(const IndexedQuery &) = delete;
    IndexedQuery &operator=(const IndexedQuery &) = delete;
    bool wasLoaded() const { return m_loaded; }

    Result<std::vector<InitiativeRow>> page(const CatalogueFilter &filter,
                                            const PageRequest &request);
    Result<qint64> count(const CatalogueFilter &filter);
    Result<FacetCounts> facetCounts(const CatalogueFilter &filter);
    Result<QueryResult> query(const CatalogueFilter &filter, const PageRequest &request);

    // Keeps the index in step after the store wrote rows; revision is the
    // catalogue's after the write.
    Status added(const QString &revision);
    void removed(qint64 rowId, const QString &revision);
    Status save() const;
    const FacetIndex &index() const { return *m_index; }
    const TextIndex *textIndex() const { return m_text.get(); }

private:
    IndexedQuery(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}
    Result<FacetIndex::Evaluation> evaluate(const CatalogueFilter &filter, bool withCounts);
    Result<const Roaring *> textMatches(const QString &text);
    Result<const std::vector<uint32_t> *> order(SortColumn column);
    std::vector<uint32_t> pageIds(const Roaring &matches, const std::vector<uint32_t> &order,
                                  const PageRequest &request);
    Result<std::vector<InitiativeRow>> rows(const std::vector<uint32_t> &ids);
    void forgetDerived();

    bool load();

    QSqlDatabase m_db;
    QString m_path;
    QString m_cachePath;
    QString m_revision;
    bool m_loaded = false;
    mutable bool m_dirty = false;
    std::unique_ptr<FacetIndex> m_index;
    std::unique_ptr<TextIndex> m_text;
    // The lowest row id removed since the last addition: SQLite may give it
    // (or any id above it) to the next row written.
    qint64 m_lowestRemoved = std::numeric_limits<qint64>::max();
    // The rows of the last few searches, newest first.
    std::deque<std::pair<QString, Roaring>> m_textRows;
    std::array<std::vector<uint32_t>, 9> m_orders; // row ids in ascending sort order
    std::array<std::vector<uint32_t>, 9> m_ranks;  // position of each row id in the order
};

} // namespace ssc
