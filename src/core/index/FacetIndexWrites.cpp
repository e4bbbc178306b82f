// The write side of the facet index: reading new rows from the catalogue,
// deriving regions and programme areas, and taking in an edit's few rows
// (or a removal) in place rather than building again.
#include "core/index/FacetIndex.h"
#include "core/index/FacetIndexParts.h"

#include "core/domain/ReferenceData.h"
#include "core/query/FacetDefinitions.h"
#include "core/storage/IndexSource.h"

namespace ssc {

using namespace facetindex;

namespace {

// Up to this many rows added at once are taken into the derived bitmaps and
// forward lists one by one; more, and those are made again.
constexpr uint64_t kIncrementalRows = 1000;

} // namespace

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
        // A link to a row past the last initiative read is left out: in a
        // damaged file (foreign keys broken) it would index past the row
        // arrays (found by the catalogue_open fuzzer); written by another
        // program since the rows were read, the next update takes it in.
        const qint64 id = q.columnInt(2);
        if (id <= 0 || id > m_maxRowId)
            continue;
        ids.push_back(uint32_t(id));
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

} // namespace ssc
