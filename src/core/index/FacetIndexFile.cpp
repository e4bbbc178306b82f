// The facet index's saved form: the binary layout of <file>.facets' facet
// part, written by save() and checked field by field by load(). The file's
// checksum (SavedIndexFile.h) finds damage; the bounds here keep even a file
// made to match it from sending a count or an offset outside its array.
#include "core/index/BitmapStream.h"
#include "core/index/FacetIndex.h"
#include "core/query/FacetDefinitions.h"

#include <algorithm>

#include <QCoreApplication>
#include <QIODevice>

namespace ssc {

namespace {

constexpr quint32 kIndexFormat = 0x53534631; // "SSF1"

template <typename T> void writeArray(QDataStream &out, const std::vector<T> &v)
{
    out << quint64(v.size());
    out.writeRawData(reinterpret_cast<const char *>(v.data()), int(v.size() * sizeof(T)));
}

template <typename T> bool readArray(QDataStream &in, std::vector<T> &v, quint64 limit)
{
    quint64 n = 0;
    in >> n;
    // Never more than the bytes left: a damaged size must not allocate.
    const qint64 left = in.device() ? in.device()->bytesAvailable() : 0;
    if (in.status() != QDataStream::Ok || n > limit || n > quint64(left) / sizeof(T))
        return false;
    v.resize(size_t(n));
    const qint64 bytes = qint64(n * sizeof(T));
    return in.readRawData(reinterpret_cast<char *>(v.data()), int(bytes)) == bytes;
}

// Every row id a bitmap holds must have a place in the arrays by row id.
bool withinRows(const Roaring &b, qint64 maxRowId)
{
    return b.isEmpty() || qint64(b.maximum()) <= maxRowId;
}

} // namespace

void FacetIndex::save(QDataStream &out) const
{
    if (m_forwardStale)
        buildForward();
    out << kIndexFormat << qint64(m_maxRowId);
    writeBitmap(out, m_all);
    for (const Roaring &b : m_anyCountryInRole)
        writeBitmap(out, b);
    writeArray(out, m_startYear);
    writeArray(out, m_endYear);
    for (const FacetValues *facet : valueSets()) {
        out << quint32(facet->values.size());
        for (size_t v = 0; v < facet->values.size(); ++v) {
            out << facet->values[v] << facet->labels[v];
            for (const Roaring &b : facet->bitmaps[v])
                writeBitmap(out, b);
        }
    }
    for (const Forward &fw : m_forward) {
        writeArray(out, fw.offsets);
        writeArray(out, fw.valueSlots);
        writeArray(out, fw.roles);
    }
}

Result<std::unique_ptr<FacetIndex>> FacetIndex::load(QDataStream &in)
{
    const Error damaged{
        QCoreApplication::translate("FacetIndex", "The saved facet index is damaged"),
        Error::Kind::Catalogue};
    std::unique_ptr<FacetIndex> index(new FacetIndex);
    quint32 format = 0;
    qint64 maxRowId = 0;
    in >> format >> maxRowId;
    if (format != kIndexFormat || maxRowId < 0 || maxRowId > std::numeric_limits<uint32_t>::max())
        return damaged;
    index->m_maxRowId = maxRowId;
    const quint64 rows = quint64(maxRowId) + 2;
    if (!readBitmap(in, index->m_all) || !withinRows(index->m_all, maxRowId))
        return damaged;
    for (Roaring &b : index->m_anyCountryInRole)
        if (!readBitmap(in, b) || !withinRows(b, maxRowId))
            return damaged;
    if (!readArray(in, index->m_startYear, rows * 2) ||
        !readArray(in, index->m_endYear, rows * 2) ||
        index->m_startYear.size() != index->m_endYear.size() ||
        index->m_startYear.size() <= size_t(maxRowId))
        return damaged;
    for (FacetValues *facet : index->valueSets()) {
        quint32 count = 0;
        in >> count;
        if (in.status() != QDataStream::Ok || count > 65535)
            return damaged;
        for (quint32 v = 0; v < count; ++v) {
            QString value, label;
            in >> value >> label;
            // A value twice would leave a slot that the forward lists
            // count but no bitmap holds.
            if (in.status() != QDataStream::Ok || facet->index.contains(value))
                return damaged;
            const int slot = facet->slot(value, label);
            for (Roaring &b : facet->bitmaps[size_t(slot)])
                if (!readBitmap(in, b) || !withinRows(b, maxRowId))
                    return damaged;
        }
    }
    for (Facet facet : kAllFacets) {
        Forward &fw = index->m_forward[size_t(facet)];
        if (!readArray(in, fw.offsets, rows) || !readArray(in, fw.valueSlots, quint64(1) << 34) ||
            !readArray(in, fw.roles, quint64(1) << 34) || fw.offsets.size() != rows ||
            fw.offsets.front() != 0 || fw.offsets.back() != fw.valueSlots.size() ||
            !std::is_sorted(fw.offsets.begin(), fw.offsets.end()))
            return damaged;
        // Counting indexes its tallies by these slots and filters by these
        // roles: each must be one the facet has.
        const size_t values = index->m_facets[size_t(facet)].values.size();
        if (std::any_of(fw.valueSlots.begin(), fw.valueSlots.end(),
                        [values](uint16_t v) { return v >= values; }))
            return damaged;
        const bool withRoles = facetDefinition(facet).takesRole();
        if (fw.roles.size() != (withRoles ? fw.valueSlots.size() : 0) ||
            std::any_of(fw.roles.begin(), fw.roles.end(),
                        [](uint8_t r) { return r == 0 || r >= 6; }))
            return damaged;
    }
    if (in.status() != QDataStream::Ok)
        return damaged;
    index->m_forwardStale = false;
    index->yearBitmaps(); // now, rather than on the first year filter
    return index;
}

} // namespace ssc
