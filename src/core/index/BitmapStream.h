#pragma once

#include <QByteArray>
#include <QDataStream>

#include <roaring/roaring.hh>

#include <exception>

namespace ssc {

// Roaring bitmaps in the index caches beside a catalogue, in CRoaring's
// portable format. Reading refuses anything truncated or inconsistent.

// True when every container keeps the rules CRoaring's operations rely on
// (sorted, counted, apart). BitmapStream.cpp says why this is needed.
bool wellFormed(const Roaring &bitmap);

inline void writeBitmap(QDataStream &out, const Roaring &b)
{
    QByteArray bytes(qsizetype(b.getSizeInBytes()), Qt::Uninitialized);
    b.write(bytes.data());
    out << bytes;
}

inline bool readBitmap(QDataStream &in, Roaring &b)
{
    QByteArray bytes;
    in >> bytes;
    if (in.status() != QDataStream::Ok)
        return false;
    try {
        b = Roaring::readSafe(bytes.constData(), size_t(bytes.size()));
    } catch (const std::exception &) {
        return false;
    }
    return wellFormed(b);
}

} // namespace ssc
