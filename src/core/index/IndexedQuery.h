#pragma once

#include "core/base/Result.h"
#include "core/index/BuildProgress.h"
#include "core/index/FacetIndex.h"
#include "core/index/TextIndex.h"
#include "core/query/CatalogueFilter.h"
#include "core/query/QueryEngine.h"
#include "core/query/QueryTypes.h"
#include "core/storage/IndexSource.h"

#include <array>
#include <deque>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace ssc {

class CatalogueStore;

// The query engine that answers from the facet index: the filter and counts
// from bitmaps, the text condition from the text index and FTS5 (kept while
// only other facets change), and pages from sort orders read once per
// column, so a page is a walk over the order or a sort of a small result,
// then one fetch by row id. The index is saved beside the catalogue
// (<file>.facets) with the catalogue's revision, and loaded instead of built
// while that revision is current.
class IndexedQuery : public QueryEngine
{
public:
    // Loads the index saved at cachePath when it carries this revision of
    // the catalogue; otherwise builds it from the catalogue and saves it.
    // progress, when given, is told of each step and may stop the build.
    static Result<std::unique_ptr<IndexedQuery>> build(IndexSource source, QString cachePath,
                                                       QString revision,
                                                       BuildProgress *progress = nullptr);
    // Loads the saved index only: no value when there is none for this
    // revision (a command line that would spend longer building it than
    // answering with SQL).
    static Result<std::unique_ptr<IndexedQuery>> loadSaved(IndexSource source, QString cachePath,
                                                           QString revision);
    // Builds (or loads) the index for this store and makes it the store's
    // engine, with the saved copy beside the file brought up to date.
    [[nodiscard]] static Status install(CatalogueStore &store);
    // Makes a current saved index this store's engine when there is one;
    // false when there is none (the store keeps answering with SQL).
    static Result<bool> installIfSaved(CatalogueStore &store);
    // Builds (or loads) the index of the catalogue at path through a
    // connection of its own, so that the store keeps answering with SQL
    // meanwhile on another thread. The result is detached from that
    // connection: give it to the store with adopt(), on the store's thread.
    static Result<std::unique_ptr<IndexedQuery>> buildSeparately(const QString &path,
                                                                 BuildProgress *progress);
    // Makes an index from buildSeparately() the store's engine when it was
    // built from the store's current revision; false when a write came
    // between (the index is then out of date and dropped).
    [[nodiscard]] static bool adopt(CatalogueStore &store, std::unique_ptr<IndexedQuery> index);
    // The store's engine when it is the index, else null.
    static IndexedQuery *of(const CatalogueStore &store);

    ~IndexedQuery() override; // saves the index when edits changed it
    IndexedQuery(const IndexedQuery &) = delete;
    IndexedQuery &operator=(const IndexedQuery &) = delete;
    bool wasLoaded() const { return m_loaded; }
    // What became of the index saved beside the catalogue on this open.
    enum class SavedIndex
    {
        Absent,   // none: built
        Outdated, // of another revision or an older format: built again
        Damaged,  // did not verify (checksum, sizes, offsets): built again
        Loaded,   // verified and loaded
    };
    SavedIndex savedIndex() const { return m_savedIndex; }

    QString name() const override { return QStringLiteral("index"); }
    bool countsQuickly() const override { return true; }
    Result<std::vector<InitiativeRow>> page(const CatalogueFilter &filter,
                                            const PageRequest &request) override;
    Result<qint64> count(const CatalogueFilter &filter) override;
    Result<FacetCounts> facetCounts(const CatalogueFilter &filter) override;
    Result<std::vector<FacetValueCount>> countsWithin(const CatalogueFilter &filter, Facet facet,
                                                      const QString &role) override;
    Result<std::vector<CountryLink>> countryLinks(const CatalogueFilter &filter,
                                                  const QString &fromRole,
                                                  const QString &toRole) override;
    Result<std::vector<YearCount>> startYearCounts(const CatalogueFilter &filter) override;
    Result<std::vector<FundingTotal>> fundingByYear(const CatalogueFilter &filter) override;
    Result<QueryResult> query(const CatalogueFilter &filter, const PageRequest &request) override;
    Result<std::vector<qint64>> rowIds(const CatalogueFilter &filter,
                                       const SortOrder &sort) override;
    Status changed(const CatalogueChange &change) override;

    Status save() const;
    const FacetIndex &index() const { return *m_index; }
    const TextIndex *textIndex() const { return m_text.get(); }

private:
    explicit IndexedQuery(IndexSource source) : m_source(std::move(source)) {}
    Status added(const QString &revision);
    void removed(qint64 rowId, const QString &revision);
    Result<FacetIndex::Evaluation> evaluate(const CatalogueFilter &filter, bool withCounts);
    Result<const Roaring *> textMatches(const QString &text);
    Result<const std::vector<uint32_t> *> order(SortColumn column);
    std::vector<uint32_t> pageIds(const Roaring &matches, const std::vector<uint32_t> &order,
                                  const PageRequest &request);
    // The rows of these ids, in this order; titles in titleLanguage where
    // translated (PageRequest::titleLanguage).
    Result<std::vector<InitiativeRow>> rows(const std::vector<uint32_t> &ids,
                                            const QString &titleLanguage);
    void forgetDerived();
    // The new rows above after, placed in the kept sort orders.
    Status placeInOrders(qint64 after);
    // The ranks of the order's rows from position on.
    void rankFrom(size_t column, size_t position);

    bool load();
    // The saved file's contents read into this engine when they verify.
    SavedIndex readSaved(const QByteArray &contents);

    // The funding amounts, read from the catalogue on the first question
    // about them (the bitmaps hold none) and kept in step with writes: the
    // rows a write removes go at once, the rows it adds are read on the
    // next question.
    struct FundingAmounts
    {
        qint64 readUpTo = 0;        // every row up to this one is in
        std::vector<uint32_t> rows; // ascending
        std::vector<qint16> years;
        std::vector<quint16> currencies; // into names
        std::vector<double> amounts;
        std::vector<QString> names;
    };
    Result<const FundingAmounts *> fundingAmounts();
    // The rows a write removed leave the amounts (called after the index
    // took the removal in).
    void forgetFunding(const std::vector<qint64> &removedRowIds);
    // The largest row id the index holds: new rows come above it.
    qint64 highestRow() const;

    IndexSource m_source;
    QString m_cachePath;
    QString m_revision;
    bool m_loaded = false;
    SavedIndex m_savedIndex = SavedIndex::Absent;
    mutable bool m_dirty = false;
    std::unique_ptr<FacetIndex> m_index;
    std::unique_ptr<TextIndex> m_text;
    // The rows of the last few searches, newest first.
    std::deque<std::pair<QString, Roaring>> m_textRows;
    std::array<std::vector<uint32_t>, 9> m_orders; // row ids in ascending sort order
    std::array<std::vector<uint32_t>, 9> m_ranks;  // position of each row id in the order
    std::unique_ptr<FundingAmounts> m_funding;     // null until asked
};

} // namespace ssc
