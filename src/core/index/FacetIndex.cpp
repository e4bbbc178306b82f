#include "core/index/FacetIndex.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/index/BitmapStream.h"
#include "core/index/FacetIndexParts.h"
#include "core/query/FacetDefinitions.h"
#include "core/storage/IndexSource.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <deque>
#include <future>
#include <thread>

namespace ssc {

using namespace facetindex;

namespace {

// Below this many rows a filter's counts take a few milliseconds: not worth
// a second thread.
constexpr uint64_t kParallelCountsFrom = 100000;

} // namespace

int FacetIndex::FacetValues::slot(const QString &value, const QString &label)
{
    const auto it = index.constFind(value);
    if (it != index.cend())
        return *it;
    values.push_back(value);
    labels.push_back(label);
    bitmaps.emplace_back();
    index.insert(value, int(values.size()) - 1);
    return int(values.size()) - 1;
}

std::array<FacetIndex::FacetValues *, 10> FacetIndex::valueSets()
{
    std::array<FacetValues *, 10> sets{&m_directAreas};
    for (size_t i = 0; i < m_facets.size(); ++i)
        sets[i + 1] = &m_facets[i];
    return sets;
}

std::array<const FacetIndex::FacetValues *, 10> FacetIndex::valueSets() const
{
    std::array<const FacetValues *, 10> sets{&m_directAreas};
    for (size_t i = 0; i < m_facets.size(); ++i)
        sets[i + 1] = &m_facets[i];
    return sets;
}

int FacetIndex::roleSlot(const QString &role)
{
    if (role.isEmpty())
        return kAnyRole;
    return 1 + int(Vocabulary::codes(Vocabulary::Kind::CountryRole).indexOf(role));
}

Result<std::unique_ptr<FacetIndex>> FacetIndex::build(const IndexSource &source,
                                                      BuildProgress *progress)
{
    std::unique_ptr<FacetIndex> index(new FacetIndex);
    if (Status s = index->addFrom(source, 0, progress); !s)
        return s.error();
    index->buildForward();
    index->yearBitmaps(); // now, rather than on the first year filter
    if (progress && !progress->advance())
        return BuildProgress::cancelled();
    return index;
}

int FacetIndex::buildSteps()
{
    // The rows, each junction facet, then the forward lists.
    int steps = 2;
    for (const FacetDefinition &d : facetDefinitions())
        steps += d.storage.shape == FacetStorage::Shape::Junction ? 1 : 0;
    return steps;
}

Roaring FacetIndex::unionOf(Facet facet, const QStringList &selected, int role) const
{
    const FacetValues &values = m_facets[indexOf(facet)];
    std::vector<const Roaring *> parts;
    for (const QString &v : selected) {
        const auto it = values.index.constFind(v);
        if (it != values.index.cend())
            parts.push_back(&values.bitmaps[size_t(*it)][size_t(role)]);
    }
    return unionAll(parts);
}

std::vector<YearCount> FacetIndex::startYearCounts(const Roaring &rows) const
{
    std::vector<YearCount> out;
    for (const auto &[year, starting] : yearBitmaps().starts) {
        if (const qint64 n = qint64(starting.and_cardinality(rows)); n > 0)
            out.push_back({int(year), n});
    }
    return out;
}

const FacetIndex::YearBitmaps &FacetIndex::yearBitmaps() const
{
    if (m_years)
        return *m_years;
    std::map<qint16, std::vector<uint32_t>> starts, ends;
    for (const uint32_t id : m_all) {
        if (const qint16 start = m_startYear[id]; start != 0)
            starts[start].push_back(id);
        if (const qint16 end = m_endYear[id]; end != 0)
            ends[end].push_back(id);
    }
    auto years = std::make_unique<YearBitmaps>();
    for (auto &[to, from] : {std::pair{&years->starts, &starts}, std::pair{&years->ends, &ends}}) {
        for (const auto &[year, ids] : *from) {
            Roaring &b = (*to)[year];
            b.addMany(ids.size(), ids.data());
            b.runOptimize();
        }
    }
    m_years = std::move(years);
    return *m_years;
}

Roaring FacetIndex::yearMask(std::optional<int> from, std::optional<int> to) const
{
    // As FilterSql says it: "from" needs an end (or a start, open-ended)
    // in or after it, "to" needs a start in or before it. A year left out
    // asks nothing, so an initiative with an end but no start is kept by a
    // "from" alone. Unknown years are not in the bitmaps.
    const YearBitmaps &years = yearBitmaps();
    auto unionOf = [](auto begin, auto end) {
        std::vector<const Roaring *> parts;
        for (auto it = begin; it != end; ++it)
            parts.push_back(&it->second);
        return parts.empty() ? Roaring() : Roaring::fastunion(parts.size(), parts.data());
    };
    std::optional<Roaring> mask;
    if (to)
        mask = unionOf(years.starts.begin(),
                       years.starts.upper_bound(qint16(std::clamp(*to, 1, 32767))));
    if (from) {
        Roaring ending =
            unionOf(years.ends.lower_bound(qint16(std::clamp(*from, 1, 32767))), years.ends.end());
        if (mask)
            *mask &= ending;
        else
            mask = std::move(ending);
    }
    return mask ? std::move(*mask) : m_all;
}

void FacetIndex::buildForward() const
{
    const size_t rows = size_t(m_maxRowId) + 2;
    for (Facet facet : kAllFacets) {
        const FacetValues &values = m_facets[indexOf(facet)];
        const bool withRoles = facetDefinition(facet).takesRole();
        Forward &fw = m_forward[indexOf(facet)];
        fw.offsets.assign(rows, 0);
        // Count entries per row, then place them (a counting sort by row id).
        auto each = [&](auto &&visit) {
            for (size_t v = 0; v < values.bitmaps.size(); ++v) {
                for (int role = withRoles ? 1 : 0; role < (withRoles ? 6 : 1); ++role)
                    for (const uint32_t id : values.bitmaps[v][size_t(role)])
                        visit(id, v, role);
            }
        };
        each([&](uint32_t id, size_t, int) { ++fw.offsets[id + 1]; });
        for (size_t i = 1; i < rows; ++i)
            fw.offsets[i] += fw.offsets[i - 1];
        fw.valueSlots.assign(fw.offsets.back(), 0);
        fw.roles.assign(withRoles ? fw.offsets.back() : 0, 0);
        std::vector<uint32_t> next(fw.offsets.begin(), fw.offsets.end() - 1);
        each([&](uint32_t id, size_t v, int role) {
            const uint32_t at = next[id]++;
            fw.valueSlots[at] = uint16_t(v);
            if (withRoles)
                fw.roles[at] = uint8_t(role);
        });
    }
    m_forwardStale = false;
}

std::vector<FacetValueCount> FacetIndex::countsFor(Facet facet, const Roaring &scope,
                                                   bool scopeIsAll, int role) const
{
    const FacetValues &values = m_facets[indexOf(facet)];
    const bool withRoles = facetDefinition(facet).takesRole();
    const int slot = withRoles ? role : kAnyRole;
    std::vector<FacetValueCount> counts;
    const uint64_t scopeSize = scopeIsAll ? 0 : scope.cardinality();
    // Few rows in scope and many values: visit the rows. Otherwise intersect.
    if (!scopeIsAll && values.values.size() > 16 && scopeSize * 8 < uint64_t(m_all.cardinality())) {
        if (m_forwardStale)
            buildForward();
        const Forward &fw = m_forward[indexOf(facet)];
        std::vector<qint64> n(values.values.size(), 0);
        std::vector<uint32_t> lastRow(values.values.size(), 0); // row ids start at 1
        for (const uint32_t id : scope) {
            for (uint32_t k = fw.offsets[id]; k < fw.offsets[id + 1]; ++k) {
                if (withRoles && slot != kAnyRole && fw.roles[k] != slot)
                    continue;
                const uint16_t v = fw.valueSlots[k];
                if (lastRow[v] != id) { // a country in two roles counts once
                    lastRow[v] = id;
                    ++n[v];
                }
            }
        }
        for (size_t v = 0; v < values.values.size(); ++v)
            if (n[v] > 0)
                counts.push_back({values.values[v], values.labels[v], n[v]});
    } else {
        for (size_t v = 0; v < values.values.size(); ++v) {
            const Roaring &b = values.bitmaps[v][size_t(slot)];
            const qint64 n = qint64(scopeIsAll ? b.cardinality() : b.and_cardinality(scope));
            if (n > 0)
                counts.push_back({values.values[v], values.labels[v], n});
        }
    }
    // The slots keep English names (the index is saved to disk); what is
    // shown is in the interface language.
    if (const FacetDefinition &def = facetDefinition(facet);
        def.domain != FacetDomain::Organisation) {
        for (FacetValueCount &c : counts)
            c.label = def.displayLabel(c.value);
    }
    std::sort(counts.begin(), counts.end(), [](const FacetValueCount &a, const FacetValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return counts;
}

FacetIndex::Evaluation FacetIndex::evaluate(const CatalogueFilter &f, const Roaring *text,
                                            bool withCounts) const
{
    const int role = roleSlot(f.countryRole);
    // Constraints that are not facets: years and text.
    Roaring base = m_all;
    bool constrained = false;
    if (f.fromYear || f.toYear) {
        base &= yearMask(f.fromYear, f.toYear);
        constrained = true;
    }
    if (text) {
        base &= *text;
        constrained = true;
    }
    // One mask per pane with a selection: what is ticked in one pane (a
    // region and a country too) are alternatives.
    std::vector<std::pair<const char *, Roaring>> masks;
    for (const FacetDefinition &d : facetDefinitions()) {
        const QStringList selected = f.values(d.facet);
        if (selected.isEmpty())
            continue;
        Roaring mask = unionOf(d.facet, selected, d.takesRole() ? role : kAnyRole);
        if (!masks.empty() && QLatin1String(masks.back().first) == QLatin1String(d.pane))
            masks.back().second |= mask;
        else
            masks.emplace_back(d.pane, std::move(mask));
    }
    // A role on its own, when no country or region is selected, as in the
    // plain query: initiatives with any country in that role.
    auto withRoleAlone = [&](Roaring r, bool countriesSelected, bool regionsSelected) {
        if (role != kAnyRole && !countriesSelected && !regionsSelected)
            r &= m_anyCountryInRole[size_t(role)];
        return r;
    };
    Evaluation result;
    Roaring matches = base;
    for (const auto &[facet, mask] : masks)
        matches &= mask;
    result.matches =
        withRoleAlone(std::move(matches), !f.countries.isEmpty(), !f.regions.isEmpty());
    if (!withCounts)
        return result;
    const bool anyConstraint = constrained || !masks.empty() || role != kAnyRole;
    struct Job
    {
        Facet facet;
        const Roaring *scope;
        bool scopeIsAll;
    };
    std::vector<Job> jobs;
    std::deque<Roaring> scopes; // the scopes the jobs point at (a deque keeps them in place)
    for (Facet facet : kAllFacets) {
        // A facet is counted without its own pane's selection.
        const char *pane = facetDefinition(facet).pane;
        const CatalogueFilter others = f.withoutPane(facet);
        if (others == f) {
            jobs.push_back({facet, &result.matches, !anyConstraint});
            continue;
        }
        Roaring scope = base;
        for (const auto &[other, mask] : masks)
            if (QLatin1String(other) != QLatin1String(pane))
                scope &= mask;
        scopes.push_back(withRoleAlone(std::move(scope), !others.countries.isEmpty(),
                                       !others.regions.isEmpty()));
        jobs.push_back({facet, &scopes.back(), false});
    }
    // The facets' counts are independent reads of the index: on a large
    // catalogue a second thread takes every other one as it comes (a third
    // off a filter change at a million rows on two cores).
    if (m_forwardStale)
        buildForward();
    std::vector<std::vector<FacetValueCount>> counts(jobs.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i; (i = next++) < jobs.size();)
            counts[i] = countsFor(jobs[i].facet, *jobs[i].scope, jobs[i].scopeIsAll, role);
    };
    if (m_all.cardinality() >= kParallelCountsFrom && std::thread::hardware_concurrency() > 1) {
        auto helper = std::async(std::launch::async, work);
        work();
        helper.get();
    } else {
        work();
    }
    for (size_t i = 0; i < jobs.size(); ++i)
        result.counts[jobs[i].facet] = std::move(counts[i]);
    return result;
}

size_t FacetIndex::memoryBytes() const
{
    size_t bytes = m_all.getSizeInBytes() + m_startYear.size() * 4;
    for (const Roaring &b : m_anyCountryInRole)
        bytes += b.getSizeInBytes();
    for (const FacetValues *facet : valueSets())
        for (const auto &perRole : facet->bitmaps)
            for (const Roaring &b : perRole)
                bytes += b.getSizeInBytes();
    if (m_years)
        for (const auto *byYear : {&m_years->starts, &m_years->ends})
            for (const auto &[year, b] : *byYear)
                bytes += b.getSizeInBytes();
    return bytes;
}

std::vector<CountryLink> FacetIndex::countryLinks(const Roaring &rows, const QString &fromRole,
                                                  const QString &toRole) const
{
    const FacetValues &countries = m_facets[indexOf(Facet::Country)];
    const size_t from = size_t(roleSlot(fromRole)), to = size_t(roleSlot(toRole));
    // The rows of each country in the second role, once; then each country
    // in the first role against those.
    std::vector<Roaring> arriving(countries.values.size());
    std::vector<size_t> targets;
    for (size_t v = 0; v < countries.values.size(); ++v) {
        arriving[v] = countries.bitmaps[v][to] & rows;
        if (!arriving[v].isEmpty())
            targets.push_back(v);
    }
    std::vector<CountryLink> links;
    for (size_t v = 0; v < countries.values.size() && !targets.empty(); ++v) {
        const Roaring leaving = countries.bitmaps[v][from] & rows;
        if (leaving.isEmpty())
            continue;
        for (size_t w : targets)
            if (w != v)
                if (const uint64_t n = leaving.and_cardinality(arriving[w]); n > 0)
                    links.push_back({countries.values[v], countries.values[w], qint64(n)});
    }
    sortLinks(links);
    return links;
}

} // namespace ssc
