#include "core/index/SavedIndexFile.h"

#include <QtEndian>

#include <zlib.h>

namespace ssc {

namespace {

quint32 crcOf(quint32 crc, const char *data, qint64 size)
{
    return quint32(crc32_z(uLong(crc), reinterpret_cast<const Bytef *>(data), z_size_t(size)));
}

} // namespace

ChecksumWriter::ChecksumWriter(QIODevice &target) : m_target(target), m_crc(crcOf(0, nullptr, 0))
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 ChecksumWriter::writeData(const char *data, qint64 size)
{
    const qint64 written = m_target.write(data, size);
    if (written != size)
        m_failed = true;
    if (written > 0)
        m_crc = crcOf(m_crc, data, written);
    return written;
}

bool ChecksumWriter::finish()
{
    uchar tail[4];
    qToBigEndian(m_crc, tail);
    return !m_failed && m_target.write(reinterpret_cast<const char *>(tail), 4) == 4;
}

bool checksumMatches(const QByteArray &contents)
{
    if (contents.size() < 4)
        return false;
    const qsizetype body = contents.size() - 4;
    return crcOf(crcOf(0, nullptr, 0), contents.constData(), body) ==
           qFromBigEndian<quint32>(contents.constData() + body);
}

} // namespace ssc
