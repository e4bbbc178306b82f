#include "core/index/FacetIndex.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/index/BitmapStream.h"
#include "core/query/FacetDefinitions.h"
#include "core/storage/IndexSource.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <deque>
#include <future>
#include <thread>

namespace ssc {

namespace {

constexpr qint16 kOpenEnded = 32767;
// Below this many rows a filter's counts take a few milliseconds: not worth
// a second thread.
constexpr uint64_t kParallelCountsFrom = 100000;
// Up to this many rows added at once are taken into the derived bitmaps and
// forward lists one by one; more, and those are made again.
constexpr uint64_t kIncrementalRows = 1000;
constexpr int kAnyRole = 0;

size_t indexOf(Facet facet)
{
    return size_t(facet);
}

Roaring unionAll(const std::vector<const Roaring *> &parts)
{
    if (parts.empty())
        return Roaring();
    return Roaring::fastunion(parts.size(), const_cast<const Roaring **>(parts.data()));
}

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

Status FacetIndex::addFrom(const IndexSource &source, qint64 afterRowId, BuildProgress *progress)
{
    const bool wasEmpty = m_all.isEmpty();
    const uint64_t rowsBefore = m_all.cardinality();
    if (Status s = readRows(source, afterRowId); !s)
        return s;
    const bool fewRows = !wasEmpty && m_all.cardinality() - rowsBefore <= kIncrementalRows;
    if (progress && !progress->advance())
        return BuildProgress::cancelled();
    for (const FacetDefinition &d : facetDefinitions()) {
        if (d.storage.shape != FacetStorage::Shape::Junction)
            continue;
        if (Status s = readValues(source, d.facet, afterRowId, fewRows); !s)
            return s;
        if (progress && !progress->advance())
            return BuildProgress::cancelled();
    }
    Roaring added;
    added.addRange(uint64_t(afterRowId + 1), uint64_t(m_maxRowId + 1));
    added &= m_all;
    // A few rows (an edit): the derived bitmaps, forward lists and year
    // bitmaps take them in, in well under a millisecond. Many (a build, an
    // import): all derived again, compactly.
    if (fewRows) {
        deriveFor(added);
        if (!m_forwardStale && !m_forward[0].offsets.empty())
            appendForward(added);
        else
            m_forwardStale = true;
        if (m_years) {
            for (const uint32_t id : added) {
                if (m_startYear[id] != 0)
                    m_years->starts[m_startYear[id]].add(id);
                if (m_endYear[id] != 0)
                    m_years->ends[m_endYear[id]].add(id);
            }
        }
        return success();
    }
    m_years.reset();
    deriveRegionsAndAreas();
    m_forwardStale = true;
    for (FacetValues &facet : m_facets)
        for (auto &perRole : facet.bitmaps)
            for (Roaring &b : perRole)
                b.runOptimize();
    return success();
}

void FacetIndex::deriveFor(const Roaring &added)
{
    const ReferenceData &ref = ReferenceData::instance();
    const FacetValues &countries = m_facets[indexOf(Facet::Country)];
    FacetValues &regions = m_facets[indexOf(Facet::Region)];
    for (size_t c = 0; c < countries.values.size(); ++c) {
        const Country *country = ref.country(countries.values[c]);
        if (!country)
            continue;
        for (size_t role = 0; role < 6; ++role) {
            const Roaring hit = countries.bitmaps[c][role] & added;
            if (hit.isEmpty())
                continue;
            for (const QString &code :
                 {country->regionCode, country->subregionCode, country->intermediateCode}) {
                const Region *region = code.isEmpty() ? nullptr : ref.region(code);
                if (region)
                    regions.bitmaps[size_t(regions.slot(code, region->name))][role] |= hit;
            }
        }
    }
    FacetValues &areas = m_facets[indexOf(Facet::ProgrammeArea)];
    for (size_t a = 0; a < m_directAreas.values.size(); ++a) {
        const Roaring hit = m_directAreas.bitmaps[a][kAnyRole] & added;
        if (hit.isEmpty())
            continue;
        // The area and every area above it.
        for (const ProgrammeArea *area = ref.programmeArea(m_directAreas.values[a]); area;
             area = area->parentId.isEmpty() ? nullptr : ref.programmeArea(area->parentId))
            areas.bitmaps[size_t(areas.slot(area->id, area->name))][kAnyRole] |= hit;
    }
}

void FacetIndex::appendForward(const Roaring &added)
{
    // New rows are above every live row; the lists may still hold removed
    // rows from the first new one up (SQLite gives their ids again): those
    // are cut off before the new rows are appended.
    const size_t first = added.minimum();
    for (Facet facet : kAllFacets) {
        const FacetValues &values = m_facets[indexOf(facet)];
        const bool withRoles = facetDefinition(facet).takesRole();
        Forward &fw = m_forward[indexOf(facet)];
        if (fw.offsets.size() > first + 1) {
            const uint32_t end = fw.offsets[first];
            fw.offsets.resize(first + 1);
            fw.valueSlots.resize(end);
            if (withRoles)
                fw.roles.resize(end);
        }
        for (const uint32_t id : added) {
            // Rows between the last one held and this one have no entries.
            fw.offsets.resize(size_t(id) + 1, fw.offsets.back());
            for (size_t v = 0; v < values.bitmaps.size(); ++v) {
                for (int role = withRoles ? 1 : 0; role < (withRoles ? 6 : 1); ++role) {
                    if (values.bitmaps[v][size_t(role)].contains(id)) {
                        fw.valueSlots.push_back(uint16_t(v));
                        if (withRoles)
                            fw.roles.push_back(uint8_t(role));
                    }
                }
            }
            fw.offsets.push_back(uint32_t(fw.valueSlots.size()));
        }
    }
}

Status FacetIndex::readRows(const IndexSource &source, qint64 afterRowId)
{
    SqliteStatement q = source.initiatives(afterRowId);
    if (!q.ok())
        return source.readFailure(q.errorText());
    const std::vector<Facet> columns = IndexSource::columnFacets();
    std::vector<uint32_t> ids;
    while (q.next()) {
        const qint64 id = q.columnInt(0);
        if (id <= 0 || id > std::numeric_limits<uint32_t>::max())
            return Error{
                QCoreApplication::translate("FacetIndex", "Row id %1 is out of range").arg(id),
                Error::Kind::Catalogue};
        ids.push_back(uint32_t(id));
        for (size_t c = 0; c < columns.size(); ++c) {
            const int column = 3 + int(c);
            if (q.columnIsNull(column))
                continue;
            FacetValues &values = m_facets[indexOf(columns[c])];
            const QString value = q.columnText(column);
            const auto known = values.index.constFind(value);
            const int slot =
                known != values.index.cend()
                    ? *known
                    : values.slot(value, facetDefinition(columns[c]).valueLabel(value));
            values.bitmaps[size_t(slot)][0].add(uint32_t(id));
        }
        if (size_t(id) >= m_startYear.size()) {
            m_startYear.resize(size_t(id) + 1 + m_startYear.size() / 2, 0);
            m_endYear.resize(m_startYear.size(), 0);
        }
        m_startYear[size_t(id)] = q.columnIsNull(1) ? 0 : qint16(q.columnInt(1));
        m_endYear[size_t(id)] =
            q.columnIsNull(2) ? (q.columnIsNull(1) ? 0 : kOpenEnded) : qint16(q.columnInt(2));
        m_maxRowId = std::max(m_maxRowId, id);
    }
    if (!q.ok())
        return source.readFailure(q.errorText());
    m_all.addMany(ids.size(), ids.data());
    return success();
}

Status FacetIndex::readValues(const IndexSource &source, Facet facet, qint64 afterRowId, bool byRow)
{
    const FacetDefinition &def = facetDefinition(facet);
    // Values that hold their descendants are kept as recorded here and
    // derived in deriveRegionsAndAreas().
    FacetValues &values = def.storage.closure ? m_directAreas : m_facets[indexOf(facet)];
    // In row order the values change from one entry to the next: each is
    // its own group below, which is right, and cheap for a few rows.
    SqliteStatement q = source.facetValues(facet, afterRowId, byRow);
    if (!q.ok())
        return source.readFailure(q.errorText());
    QString currentValue, currentRole;
    int slot = -1;
    int role = kAnyRole;
    std::vector<uint32_t> ids;
    auto flush = [&] {
        if (slot >= 0 && !ids.empty()) {
            values.bitmaps[size_t(slot)][size_t(role)].addMany(ids.size(), ids.data());
            if (role != kAnyRole) {
                values.bitmaps[size_t(slot)][kAnyRole].addMany(ids.size(), ids.data());
                m_anyCountryInRole[size_t(role)].addMany(ids.size(), ids.data());
            }
        }
        ids.clear();
    };
    while (q.next()) {
        const QString value = q.columnText(0);
        const QString second = q.columnText(1);
        if (value != currentValue || (def.storage.withRole && second != currentRole)) {
            flush();
            currentValue = value;
            currentRole = second;
            if (def.storage.withRole)
                role = roleSlot(second);
            // Organisations are named by the catalogue (the second column).
            slot = values.slot(value, def.storage.byOrganisation ? second : def.valueLabel(value));
        }
        ids.push_back(uint32_t(q.columnInt(2)));
    }
    flush();
    if (!q.ok())
        return source.readFailure(q.errorText());
    return success();
}

void FacetIndex::deriveRegionsAndAreas()
{
    const ReferenceData &ref = ReferenceData::instance();
    const FacetValues &countries = m_facets[indexOf(Facet::Country)];
    FacetValues regions;
    for (const Region &r : ref.regions()) {
        std::array<std::vector<const Roaring *>, 6> parts;
        for (size_t c = 0; c < countries.values.size(); ++c) {
            const Country *country = ref.country(countries.values[c]);
            if (!country || (country->regionCode != r.code && country->subregionCode != r.code &&
                             country->intermediateCode != r.code))
                continue;
            for (size_t role = 0; role < 6; ++role)
                parts[role].push_back(&countries.bitmaps[c][role]);
        }
        if (parts[0].empty())
            continue;
        const int slot = regions.slot(r.code, r.name);
        for (size_t role = 0; role < 6; ++role)
            regions.bitmaps[size_t(slot)][role] = unionAll(parts[role]);
    }
    m_facets[indexOf(Facet::Region)] = std::move(regions);

    FacetValues areas;
    for (const ProgrammeArea &a : ref.programmeAreas()) {
        std::vector<const Roaring *> parts;
        for (const QString &id : ref.areaWithDescendants(a.id)) {
            const auto it = m_directAreas.index.constFind(id);
            if (it != m_directAreas.index.cend())
                parts.push_back(&m_directAreas.bitmaps[size_t(*it)][kAnyRole]);
        }
        if (parts.empty())
            continue;
        areas.bitmaps[size_t(areas.slot(a.id, a.name))][kAnyRole] = unionAll(parts);
    }
    m_facets[indexOf(Facet::ProgrammeArea)] = std::move(areas);
}

void FacetIndex::remove(quint32 rowId)
{
    m_all.remove(rowId);
    for (Roaring &b : m_anyCountryInRole)
        b.remove(rowId);
    for (FacetValues *facet : valueSets())
        for (auto &perRole : facet->bitmaps)
            for (Roaring &b : perRole)
                b.remove(rowId);
    if (rowId < m_startYear.size()) {
        if (m_years) {
            if (auto it = m_years->starts.find(m_startYear[rowId]); it != m_years->starts.end())
                it->second.remove(rowId);
            if (auto it = m_years->ends.find(m_endYear[rowId]); it != m_years->ends.end())
                it->second.remove(rowId);
        }
        m_startYear[rowId] = 0;
        m_endYear[rowId] = 0;
    }
    // The forward lists keep the row's entries: counting visits only rows
    // of a scope, which never holds a removed row.
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

} // namespace ssc
