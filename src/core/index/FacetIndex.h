#pragma once

#include "core/base/Result.h"
#include "core/index/BuildProgress.h"
#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"

#include <QDataStream>
#include <QHash>
#include <QString>

#include <roaring/roaring.hh>

#include <array>
#include <map>
#include <memory>
#include <vector>

namespace ssc {

class IndexSource;

// The in-memory facet engine: for every facet value, a compressed bitmap of
// the initiatives (by row id) that have it. A filter is a few unions and
// intersections, and each facet's counts are intersection cardinalities
// against the other facets' selections: milliseconds at a million rows,
// where GROUP BY per facet takes seconds. SQLite stays the source of truth;
// the store keeps this index in step with every write.
class FacetIndex
{
public:
    // progress is told of buildSteps() steps and may stop the build.
    static Result<std::unique_ptr<FacetIndex>> build(const IndexSource &source,
                                                     BuildProgress *progress = nullptr);
    static int buildSteps();
    // Binary form for the cache beside the catalogue; load refuses anything
    // truncated or inconsistent, so a damaged cache is rebuilt, never used.
    void save(QDataStream &out) const;
    static Result<std::unique_ptr<FacetIndex>> load(QDataStream &in);

    struct Evaluation
    {
        Roaring matches;
        FacetCounts counts;
    };
    // text: the rows the full-text query matched, or null for no text.
    Evaluation evaluate(const CatalogueFilter &filter, const Roaring *text,
                        bool withCounts = true) const;

    // One facet's counts among these rows, the country in role (countries
    // and regions; empty: any).
    std::vector<FacetValueCount> countsWithin(Facet facet, const Roaring &rows,
                                              const QString &role) const
    {
        return countsFor(facet, rows, false, roleSlot(role));
    }

    // Among these rows, how many join each pair of countries, one in
    // fromRole and another in toRole.
    std::vector<CountryLink> countryLinks(const Roaring &rows, const QString &fromRole,
                                          const QString &toRole) const;

    // Among these rows, how many start in each year (unknown left out).
    std::vector<YearCount> startYearCounts(const Roaring &rows) const;

    // Adds the initiatives with row id > afterRowId, as the catalogue has them.
    [[nodiscard]] Status addFrom(const IndexSource &source, qint64 afterRowId,
                                 BuildProgress *progress = nullptr);
    void remove(quint32 rowId);
    qint64 maxRowId() const { return m_maxRowId; }
    qint64 size() const { return qint64(m_all.cardinality()); }
    const Roaring &all() const { return m_all; }
    size_t memoryBytes() const;

private:
    // Values of one facet; for country and region one bitmap per role too
    // (slot 0: any role, slot 1 + i: role i of Vocabulary::CountryRole).
    struct FacetValues
    {
        std::vector<QString> values;
        std::vector<QString> labels;
        std::vector<std::array<Roaring, 6>> bitmaps;
        QHash<QString, int> index;
        int slot(const QString &value, const QString &label);
    };

    // Row id -> the facet's value slots (and roles for country and region):
    // for counting over a small scope by visiting its rows instead of
    // intersecting every value's bitmap. Rebuilt from the bitmaps on demand.
    struct Forward
    {
        std::vector<uint32_t> offsets; // by row id, size maxRowId + 2
        std::vector<uint16_t> valueSlots;
        std::vector<uint8_t> roles;
    };

    FacetIndex() = default;
    void buildForward() const;
    // Every set of value bitmaps: the recorded areas and the nine facets.
    std::array<FacetValues *, 10> valueSets();
    std::array<const FacetValues *, 10> valueSets() const;
    Status readRows(const IndexSource &source, qint64 afterRowId);
    Status readValues(const IndexSource &source, Facet facet, qint64 afterRowId, bool byRow);
    void deriveRegionsAndAreas();
    // The regions and areas of these new rows, from their countries and
    // recorded areas.
    void deriveFor(const Roaring &added);
    // These new rows, all above the live rows, appended to the forward lists.
    void appendForward(const Roaring &added);
    Roaring unionOf(Facet facet, const QStringList &selected, int roleSlot) const;
    Roaring yearMask(std::optional<int> from, std::optional<int> to) const;
    // The rows by start year and by end year (unknown years left out), so
    // that a year range is a union of a few dozen bitmaps rather than a
    // look at every row. Built on the first year filter after a change.
    struct YearBitmaps
    {
        std::map<qint16, Roaring> starts;
        std::map<qint16, Roaring> ends;
    };
    const YearBitmaps &yearBitmaps() const;
    std::vector<FacetValueCount> countsFor(Facet facet, const Roaring &scope, bool scopeIsAll,
                                           int roleSlot) const;
    static int roleSlot(const QString &role);

    std::array<FacetValues, 9> m_facets;
    FacetValues m_directAreas; // areas as recorded; the facet holds them with their children
    Roaring m_all;
    std::array<Roaring, 6> m_anyCountryInRole; // slot as above
    std::vector<qint16> m_startYear;           // by row id; 0: unknown
    std::vector<qint16> m_endYear;             // by row id; 0: unknown, kOpenEnded: still running
    qint64 m_maxRowId = 0;
    mutable std::unique_ptr<YearBitmaps> m_years; // null when stale
    mutable std::array<Forward, 9> m_forward;
    mutable bool m_forwardStale = true;
};

} // namespace ssc
