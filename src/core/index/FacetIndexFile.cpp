// The facet index's saved form: the binary layout of <file>.facets' facet
// part, written by save() and checked field by field by load().
#include "core/index/BitmapStream.h"
#include "core/index/FacetIndex.h"

#include <QCoreApplication>

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
    if (in.status() != QDataStream::Ok || n > limit)
        return false;
    v.resize(size_t(n));
    const qint64 bytes = qint64(n * sizeof(T));
    return in.readRawData(reinterpret_cast<char *>(v.data()), int(bytes)) == bytes;
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
    if (!readBitmap(in, index->m_all))
        return damaged;
    for (Roaring &b : index->m_anyCountryInRole)
        if (!readBitmap(in, b))
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
            const int slot = facet->slot(value, label);
            for (Roaring &b : facet->bitmaps[size_t(slot)])
                if (!readBitmap(in, b))
                    return damaged;
        }
    }
    for (Forward &fw : index->m_forward) {
        if (!readArray(in, fw.offsets, rows) || !readArray(in, fw.valueSlots, quint64(1) << 34) ||
            !readArray(in, fw.roles, quint64(1) << 34) || fw.offsets.size() != rows ||
            fw.offsets.back() != fw.valueSlots.size())
            return damaged;
    }
    if (in.status() != QDataStream::Ok)
        return damaged;
    index->m_forwardStale = false;
    index->yearBitmaps(); // now, rather than on the first year filter
    return index;
}

} // namespace ssc
