// The dashboard's questions the facet index answers: initiatives per start
// year from the year bitmaps, and funding per year and currency from the
// amounts, read once (then only what writes add) and summed over the
// filter's rows.
#include "core/index/IndexedQuery.h"

#include <map>
#include <unordered_set>

namespace ssc {

Result<std::vector<YearCount>> IndexedQuery::startYearCounts(const CatalogueFilter &filter)
{
    auto evaluation = evaluate(filter, false);
    if (!evaluation.ok())
        return evaluation.error();
    return m_index->startYearCounts(evaluation->matches);
}

Result<const IndexedQuery::FundingAmounts *> IndexedQuery::fundingAmounts()
{
    if (m_funding && m_funding->readUpTo >= highestRow())
        return m_funding.get();
    // The first question reads them all; after writes, only the new rows,
    // which come above every row read before.
    auto funding = m_funding ? std::move(m_funding) : std::make_unique<FundingAmounts>();
    QHash<QString, quint16> currencyIndex;
    for (size_t k = 0; k < funding->names.size(); ++k)
        currencyIndex.insert(funding->names[k], quint16(k));
    SqliteStatement q = m_source.fundingAmounts(funding->readUpTo);
    while (q.next()) {
        const QString currency = q.columnText(2);
        auto it = currencyIndex.constFind(currency);
        if (it == currencyIndex.cend()) {
            it = currencyIndex.insert(currency, quint16(funding->names.size()));
            funding->names.push_back(currency);
        }
        funding->rows.push_back(uint32_t(q.columnInt(0)));
        funding->years.push_back(qint16(q.columnInt(1)));
        funding->currencies.push_back(*it);
        funding->amounts.push_back(q.columnDouble(3));
    }
    if (!q.ok())
        return m_source.readFailure(q.errorText()); // read again from the start next time
    funding->readUpTo = highestRow();
    m_funding = std::move(funding);
    return m_funding.get();
}

qint64 IndexedQuery::highestRow() const
{
    return m_index->size() > 0 ? qint64(m_index->all().maximum()) : 0;
}

void IndexedQuery::forgetFunding(const std::vector<qint64> &removedRowIds)
{
    if (!m_funding || removedRowIds.empty())
        return;
    // SQLite gives the ids of rows removed from the top to the next rows
    // (as IndexedQuery::added says): those are read again.
    m_funding->readUpTo = std::min(m_funding->readUpTo, highestRow());
    const std::unordered_set<qint64> removed(removedRowIds.begin(), removedRowIds.end());
    FundingAmounts &f = *m_funding;
    size_t kept = 0;
    for (size_t k = 0; k < f.rows.size(); ++k) {
        if (removed.count(f.rows[k]))
            continue;
        f.rows[kept] = f.rows[k];
        f.years[kept] = f.years[k];
        f.currencies[kept] = f.currencies[k];
        f.amounts[kept] = f.amounts[k];
        ++kept;
    }
    f.rows.resize(kept);
    f.years.resize(kept);
    f.currencies.resize(kept);
    f.amounts.resize(kept);
}

Result<std::vector<FundingTotal>> IndexedQuery::fundingByYear(const CatalogueFilter &filter)
{
    auto evaluation = evaluate(filter, false);
    if (!evaluation.ok())
        return evaluation.error();
    auto funding = fundingAmounts();
    if (!funding.ok())
        return funding.error();
    const FundingAmounts &f = **funding;
    const Roaring &rows = evaluation->matches;
    struct Sum
    {
        double amount = 0;
        qint64 initiatives = 0;
        uint32_t lastRow = 0; // rows come in order: a new row is a new initiative
        bool any = false;
    };
    std::map<std::pair<int, quint16>, Sum> sums;
    for (size_t k = 0; k < f.rows.size(); ++k) {
        if (!rows.contains(f.rows[k]))
            continue;
        Sum &s = sums[{f.years[k], f.currencies[k]}];
        s.amount += f.amounts[k];
        if (!s.any || s.lastRow != f.rows[k])
            ++s.initiatives;
        s.any = true;
        s.lastRow = f.rows[k];
    }
    std::vector<FundingTotal> out;
    for (const auto &[key, s] : sums)
        out.push_back({key.first, f.names[key.second], s.amount, s.initiatives});
    sortFundingTotals(out);
    return out;
}

} // namespace ssc
