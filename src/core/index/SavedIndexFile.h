#pragma once

// The checksum that guards the index saved beside a catalogue (<file>.facets):
// a CRC-32 (zlib's) of every byte before it, in its last four bytes. The file
// is a cache, so one that does not verify is built again, never read: a
// flipped bit must not become a wrong count or a write out of bounds.
#include <QByteArray>
#include <QIODevice>

namespace ssc {

// Passes every write on to target and keeps the CRC-32 of what it wrote.
class ChecksumWriter : public QIODevice
{
public:
    explicit ChecksumWriter(QIODevice &target);
    quint32 checksum() const { return m_crc; }
    // Appends the checksum to target; false when target refused a write.
    bool finish();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_target;
    quint32 m_crc;
    bool m_failed = false;
};

// True when the last four bytes of contents are the CRC-32 of the rest.
bool checksumMatches(const QByteArray &contents);

} // namespace ssc
