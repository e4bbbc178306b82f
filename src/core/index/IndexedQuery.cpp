#include "core/index/IndexedQuery.h"

#include "core/query/FullTextQuery.h"
#include "core/storage/CatalogueStore.h"
#include "core/storage/ScopedPragma.h"
#include "core/storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QDataStream>

#include <algorithm>
#include <unordered_map>

namespace ssc {

namespace {

// Results at most this large are sorted directly; larger ones are found by
// walking the sort order.
constexpr uint64_t kSortDirectly = 20000;
// Up to this many new rows find their places in the kept sort orders (about
// twenty comparisons each per column); more, and the orders are read again.
constexpr uint64_t kPlaceInOrders = 64;

} // namespace

Result<std::unique_ptr<IndexedQuery>> IndexedQuery::loadSaved(IndexSource source, QString cachePath,
                                                              QString revision)
{
    std::unique_ptr<IndexedQuery> query(new IndexedQuery(std::move(source)));
    query->m_cachePath = std::move(cachePath);
    query->m_revision = std::move(revision);
    if (query->load())
        return query;
    return std::unique_ptr<IndexedQuery>();
}

Result<std::unique_ptr<IndexedQuery>> IndexedQuery::build(IndexSource source, QString cachePath,
                                                          QString revision, BuildProgress *progress)
{
    std::unique_ptr<IndexedQuery> query(new IndexedQuery(source));
    query->m_cachePath = cachePath;
    query->m_revision = revision;
    if (query->load())
        return query;
    // A failed load may leave parts behind: start from a clean engine, and
    // keep what became of the saved file so that callers can tell.
    const SavedIndex saved = query->m_savedIndex;
    query.reset(new IndexedQuery(std::move(source)));
    query->m_cachePath = std::move(cachePath);
    query->m_revision = std::move(revision);
    query->m_savedIndex = saved;
    // While the index is built, the connection's page cache is kept small:
    // the build reads each table once in order, so a large cache only adds to
    // the first open's peak memory (about 60 MB at a million initiatives).
    const ScopedPragma smallCache = query->m_source.smallPageCache();
    if (progress)
        progress->setTotal(FacetIndex::buildSteps() + int(query->m_orders.size()) +
                           TextIndex::kBuildSteps);
    auto index = FacetIndex::build(query->m_source, progress);
    if (!index.ok())
        return index.error();
    query->m_index = std::move(index.value());
    // Every column's order is read now and saved with the index, so no
    // first sort waits for it later.
    for (int column = 0; column < int(query->m_orders.size()); ++column) {
        if (auto o = query->order(SortColumn(column)); !o.ok())
            return o.error();
        if (progress && !progress->advance())
            return BuildProgress::cancelled();
    }
    auto text = TextIndex::build(query->m_source, TextIndex::kBroadRows, progress);
    if (!text.ok())
        return text.error();
    query->m_text = std::move(text.value());
    query->m_dirty = true;
    // The saved copy only spares the next open a rebuild: the index in hand
    // works without it, so a full disk or a read-only folder is told, not fatal.
    if (Status saved = query->save(); !saved)
        qWarning("%s", qPrintable(saved.error().message));
    return query;
}

IndexedQuery::~IndexedQuery()
{
    if (!m_dirty)
        return;
    if (Status saved = save(); !saved)
        qWarning("%s", qPrintable(saved.error().message));
}

void IndexedQuery::forgetDerived()
{
    m_textRows.clear();
    for (auto &o : m_orders)
        o.clear();
    for (auto &r : m_ranks)
        r.clear();
}

Status IndexedQuery::added(const QString &revision)
{
    m_textRows.clear();
    m_revision = revision;
    m_dirty = true;
    // SQLite gives a new row the largest row id in the table plus one: when
    // the rows at the top were removed (in this session or an earlier one),
    // new rows reuse their ids. The index holds exactly the table's rows, so
    // every new row is above the largest it holds.
    const qint64 after = m_index->size() > 0 ? qint64(m_index->all().maximum()) : 0;
    if (Status s = m_index->addFrom(m_source, after); !s)
        return s;
    if (Status s = placeInOrders(after); !s)
        return s;
    return m_text->addFrom(m_source, after);
}

Status IndexedQuery::placeInOrders(qint64 after)
{
    Roaring added;
    added.addRange(uint64_t(after + 1), uint64_t(m_index->maxRowId() + 1));
    added &= m_index->all();
    // Many new rows (an import): the orders are read again when next asked.
    if (added.cardinality() > kPlaceInOrders) {
        forgetDerived();
        return success();
    }
    for (size_t c = 0; c < m_orders.size(); ++c) {
        std::vector<uint32_t> &order = m_orders[c];
        if (order.empty())
            continue;
        for (const uint32_t id : added) {
            // Binary search, SQL comparing the two rows at each step.
            size_t low = 0, high = order.size();
            while (low < high) {
                const size_t mid = low + (high - low) / 2;
                SqliteStatement first = m_source.firstInOrder(SortColumn(c), order[mid], id);
                if (!first.next())
                    return m_source.readFailure(first.errorText());
                if (uint32_t(first.columnInt(0)) == id)
                    high = mid;
                else
                    low = mid + 1;
            }
            order.insert(order.begin() + std::ptrdiff_t(low), id);
        }
        rankFrom(c, 0);
    }
    return success();
}

void IndexedQuery::rankFrom(size_t column, size_t position)
{
    std::vector<uint32_t> &ranks = m_ranks[column];
    const std::vector<uint32_t> &order = m_orders[column];
    ranks.resize(std::max(ranks.size(), size_t(m_index->maxRowId()) + 1), 0);
    for (size_t i = position; i < order.size(); ++i)
        ranks[order[i]] = uint32_t(i);
}

void IndexedQuery::removed(qint64 rowId, const QString &revision)
{
    m_textRows.clear();
    m_revision = revision;
    m_dirty = true;
    // Out of each kept order, the rows after it moving up one place.
    for (size_t c = 0; c < m_orders.size(); ++c) {
        std::vector<uint32_t> &order = m_orders[c];
        if (order.empty() || size_t(rowId) >= m_ranks[c].size())
            continue;
        const size_t at = m_ranks[c][size_t(rowId)];
        if (at >= order.size() || order[at] != uint32_t(rowId)) {
            order.clear(); // not where the ranks say: read again when asked
            m_ranks[c].clear();
            continue;
        }
        order.erase(order.begin() + std::ptrdiff_t(at));
        rankFrom(c, at);
    }
    m_index->remove(quint32(rowId));
    m_text->removed(uint32_t(rowId));
}

Result<const Roaring *> IndexedQuery::textMatches(const QString &text)
{
    const QString expression = FullTextQuery::toMatchExpression(text);
    if (expression.isEmpty())
        return static_cast<const Roaring *>(nullptr);
    for (auto it = m_textRows.begin(); it != m_textRows.end(); ++it) {
        if (it->first == expression) {
            auto found = std::move(*it);
            m_textRows.erase(it); // iterators are invalid from here on
            m_textRows.push_front(std::move(found));
            return &m_textRows.front().second;
        }
    }
    auto rows = m_text->matches(m_source, text);
    if (!rows.ok())
        return rows.error();
    constexpr size_t kRemembered = 8;
    m_textRows.emplace_front(expression, rows->has_value() ? std::move(**rows) : Roaring());
    if (m_textRows.size() > kRemembered)
        m_textRows.pop_back();
    return &m_textRows.front().second;
}

Result<FacetIndex::Evaluation> IndexedQuery::evaluate(const CatalogueFilter &filter,
                                                      bool withCounts)
{
    auto text = textMatches(filter.text);
    if (!text.ok())
        return text.error();
    return m_index->evaluate(filter, *text, withCounts);
}

Result<const std::vector<uint32_t> *> IndexedQuery::order(SortColumn column)
{
    const size_t c = size_t(column);
    if (m_orders[c].empty() && m_index->size() > 0) {
        SqliteStatement q = m_source.sortOrder(column);
        std::vector<uint32_t> ids;
        ids.reserve(size_t(m_index->size()));
        while (q.next())
            ids.push_back(uint32_t(q.columnInt(0)));
        if (!q.ok())
            return m_source.readFailure(q.errorText());
        std::vector<uint32_t> ranks(size_t(m_index->maxRowId()) + 1, 0);
        for (size_t i = 0; i < ids.size(); ++i) {
            // A damaged catalogue's index b-tree can name rows its table
            // does not hold: refused, never written past the ranks.
            if (ids[i] >= ranks.size())
                return m_source.readFailure(QStringLiteral("database disk image is malformed"));
            ranks[ids[i]] = uint32_t(i);
        }
        m_orders[c] = std::move(ids);
        m_ranks[c] = std::move(ranks);
        m_dirty = true; // worth keeping for the next start
    }
    return &m_orders[c];
}

std::vector<uint32_t> IndexedQuery::pageIds(const Roaring &matches,
                                            const std::vector<uint32_t> &order,
                                            const PageRequest &request)
{
    const uint64_t total = matches.cardinality();
    const size_t offset = size_t(std::max(0, request.offset));
    const size_t wanted = request.limit < 0 ? size_t(total) : size_t(request.limit);
    std::vector<uint32_t> page;
    if (offset >= total || wanted == 0)
        return page;
    const bool descending = request.sort.descending;
    if (total <= kSortDirectly || request.limit < 0) {
        const std::vector<uint32_t> &ranks = m_ranks[size_t(request.sort.column)];
        std::vector<uint32_t> ids(total);
        matches.toUint32Array(ids.data());
        auto before = [&ranks, descending](uint32_t a, uint32_t b) {
            return descending ? ranks[a] > ranks[b] : ranks[a] < ranks[b];
        };
        const size_t end = std::min(ids.size(), offset + wanted);
        std::partial_sort(ids.begin(), ids.begin() + std::ptrdiff_t(end), ids.end(), before);
        page.assign(ids.begin() + std::ptrdiff_t(offset), ids.begin() + std::ptrdiff_t(end));
        return page;
    }
    size_t seen = 0;
    auto visit = [&](uint32_t id) {
        if (!matches.contains(id))
            return true;
        if (seen++ >= offset)
            page.push_back(id);
        return page.size() < wanted;
    };
    if (descending) {
        for (auto it = order.rbegin(); it != order.rend() && visit(*it);)
            ++it;
    } else {
        for (auto it = order.begin(); it != order.end() && visit(*it);)
            ++it;
    }
    return page;
}

Result<std::vector<InitiativeRow>> IndexedQuery::rows(const std::vector<uint32_t> &ids,
                                                      const QString &titleLanguage)
{
    std::unordered_map<uint32_t, InitiativeRow> byId;
    constexpr size_t kChunk = 500;
    for (size_t from = 0; from < ids.size(); from += kChunk) {
        const size_t n = std::min(kChunk, ids.size() - from);
        SqliteStatement q = m_source.listRows(ids.data() + from, n, titleLanguage);
        while (q.next()) {
            InitiativeRow r;
            r.id = q.columnText(1);
            r.title = q.columnText(2);
            r.countries = q.columnText(3);
            r.programmeAreas = q.columnText(4);
            r.partners = q.columnText(5);
            r.funding = q.columnText(6);
            if (!q.columnIsNull(7))
                r.startYear = int(q.columnInt(7));
            if (!q.columnIsNull(8))
                r.endYear = int(q.columnInt(8));
            r.status = q.columnText(9);
            r.activityType = q.columnText(10);
            r.language = q.columnText(11);
            r.useTitleIn(titleLanguage, q.columnText(12));
            byId.emplace(uint32_t(q.columnInt(0)), std::move(r));
        }
        if (!q.ok())
            return m_source.readFailure(q.errorText());
    }
    std::vector<InitiativeRow> out;
    out.reserve(ids.size());
    for (uint32_t id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            out.push_back(std::move(it->second));
    }
    return out;
}

Result<std::vector<InitiativeRow>> IndexedQuery::page(const CatalogueFilter &filter,
                                                      const PageRequest &request)
{
    auto evaluation = evaluate(filter, false);
    if (!evaluation.ok())
        return evaluation.error();
    auto sorted = order(request.sort.column);
    if (!sorted.ok())
        return sorted.error();
    return rows(pageIds(evaluation->matches, **sorted, request), request.titleLanguage);
}

Result<qint64> IndexedQuery::count(const CatalogueFilter &filter)
{
    auto evaluation = evaluate(filter, false);
    if (!evaluation.ok())
        return evaluation.error();
    return qint64(evaluation->matches.cardinality());
}

Result<FacetCounts> IndexedQuery::facetCounts(const CatalogueFilter &filter)
{
    auto evaluation = evaluate(filter, true);
    if (!evaluation.ok())
        return evaluation.error();
    return std::move(evaluation->counts);
}

Result<std::vector<FacetValueCount>> IndexedQuery::countsWithin(const CatalogueFilter &filter,
                                                                Facet facet, const QString &role)
{
    auto evaluation = evaluate(filter, false);
    if (!evaluation.ok())
        return evaluation.error();
    return m_index->countsWithin(facet, evaluation->matches, role);
}

Result<std::vector<CountryLink>> IndexedQuery::countryLinks(const CatalogueFilter &filter,
                                                            const QString &fromRole,
                                                            const QString &toRole)
{
    auto evaluation = evaluate(filter, false);
    if (!evaluation.ok())
        return evaluation.error();
    return m_index->countryLinks(evaluation->matches, fromRole, toRole);
}

Result<std::vector<qint64>> IndexedQuery::rowIds(const CatalogueFilter &filter,
                                                 const SortOrder &sort)
{
    auto evaluation = evaluate(filter, false);
    if (!evaluation.ok())
        return evaluation.error();
    auto sorted = order(sort.column);
    if (!sorted.ok())
        return sorted.error();
    const std::vector<uint32_t> ids =
        pageIds(evaluation->matches, **sorted, PageRequest{sort, 0, -1});
    return std::vector<qint64>(ids.begin(), ids.end());
}

Status IndexedQuery::changed(const CatalogueChange &change)
{
    for (qint64 rowId : change.removedRowIds)
        removed(rowId, change.revision);
    forgetFunding(change.removedRowIds);
    if (!change.rowsAdded) {
        m_revision = change.revision;
        m_dirty = true;
        return success();
    }
    return added(change.revision);
}

Result<QueryResult> IndexedQuery::query(const CatalogueFilter &filter, const PageRequest &request)
{
    auto evaluation = evaluate(filter, true);
    if (!evaluation.ok())
        return evaluation.error();
    auto sorted = order(request.sort.column);
    if (!sorted.ok())
        return sorted.error();
    auto page = rows(pageIds(evaluation->matches, **sorted, request), request.titleLanguage);
    if (!page.ok())
        return page.error();
    return QueryResult{std::move(page.value()), qint64(evaluation->matches.cardinality()),
                       std::move(evaluation->counts)};
}

} // namespace ssc
