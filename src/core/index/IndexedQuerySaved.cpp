// The index saved beside the catalogue (<file>.facets): written whole after
// a build or edits, read back only when it is this revision's and verifies.
#include "core/base/FileCommit.h"
#include "core/index/IndexedQuery.h"
#include "core/index/SavedIndexFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QSaveFile>

namespace ssc {

namespace {

constexpr quint32 kCacheMagic = 0x53534349; // "SSCI"
// 3: a CRC-32 of the rest at the end (SavedIndexFile.h).
constexpr quint32 kCacheFormat = 3;

} // namespace

bool IndexedQuery::load()
{
    m_savedIndex = SavedIndex::Absent;
    if (m_cachePath.isEmpty() || m_revision.isEmpty())
        return false;
    QFile file(m_cachePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Mapped rather than read: the checksum and the parse walk the same
    // pages, and nothing is copied but what the index keeps.
    const qint64 size = file.size();
    uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    QByteArray contents =
        mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(size))
               : file.readAll();
    m_savedIndex = readSaved(contents);
    if (m_savedIndex == SavedIndex::Damaged)
        qWarning("%s",
                 qPrintable(QCoreApplication::translate(
                                "IndexedQuery", "The saved index %1 is damaged; it is built again "
                                                "from the catalogue")
                                .arg(m_cachePath)));
    m_loaded = m_savedIndex == SavedIndex::Loaded;
    return m_loaded;
}

IndexedQuery::SavedIndex IndexedQuery::readSaved(const QByteArray &contents)
{
    QBuffer buffer;
    buffer.setData(contents);
    if (!buffer.open(QIODevice::ReadOnly))
        return SavedIndex::Damaged;
    QDataStream in(&buffer);
    quint32 magic = 0, format = 0;
    QString revision;
    in >> magic >> format;
    if (in.status() != QDataStream::Ok || magic != kCacheMagic || format > kCacheFormat)
        return SavedIndex::Damaged;
    // Format 2 had no checksum: rebuilt, never read without one.
    if (format != kCacheFormat)
        return SavedIndex::Outdated;
    in >> revision;
    if (in.status() != QDataStream::Ok)
        return SavedIndex::Damaged;
    if (revision != m_revision)
        return SavedIndex::Outdated;
    // Checked only once the file is known to be this revision's, so a
    // stale file costs nothing; every count and offset is still bounded
    // below, for a file made to match its checksum.
    if (!checksumMatches(contents))
        return SavedIndex::Damaged;
    const qint64 end = contents.size() - 4;
    auto index = FacetIndex::load(in);
    if (!index.ok())
        return SavedIndex::Damaged;
    std::array<std::vector<uint32_t>, 9> orders;
    for (auto &o : orders) {
        quint64 n = 0;
        in >> n;
        if (in.status() != QDataStream::Ok || (n != 0 && n != quint64((*index)->size())))
            return SavedIndex::Damaged;
        o.resize(size_t(n));
        const qint64 bytes = qint64(n * sizeof(uint32_t));
        if (in.readRawData(reinterpret_cast<char *>(o.data()), int(bytes)) != bytes)
            return SavedIndex::Damaged;
    }
    auto text = TextIndex::load(in);
    if (!text || buffer.pos() != end)
        return SavedIndex::Damaged;
    // Each order holds as many rows as the index, each once and in range: a
    // row twice would show twice on a page. (Bounds rather than a look-up of
    // each row in the index: nine looks at a million rows cost 0.1 s.)
    std::array<std::vector<uint32_t>, 9> ranks;
    for (size_t c = 0; c < orders.size(); ++c) {
        if (orders[c].empty())
            continue;
        constexpr uint32_t kUnplaced = std::numeric_limits<uint32_t>::max();
        ranks[c].assign(size_t((*index)->maxRowId()) + 1, kUnplaced);
        for (size_t i = 0; i < orders[c].size(); ++i) {
            const uint32_t id = orders[c][i];
            if (id >= ranks[c].size() || ranks[c][id] != kUnplaced)
                return SavedIndex::Damaged;
            ranks[c][id] = uint32_t(i);
        }
    }
    m_index = std::move(index.value());
    m_text = std::move(text);
    m_orders = std::move(orders);
    m_ranks = std::move(ranks);
    return SavedIndex::Loaded;
}

Status IndexedQuery::save() const
{
    // A build that stopped halfway (a read error, the user cancelling) may
    // have read sort orders, which mark the engine as worth saving, but has
    // no text index: there is nothing to keep, and nothing to dereference.
    if (m_cachePath.isEmpty() || m_revision.isEmpty() || !m_index || !m_text)
        return success();
    QSaveFile file(m_cachePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("CatalogueStore", "Cannot save %1: %2")
                         .arg(m_cachePath, file.errorString()),
                     Error::Kind::Catalogue};
    ChecksumWriter checked(file);
    QDataStream out(&checked);
    out << kCacheMagic << kCacheFormat << m_revision;
    m_index->save(out);
    for (const auto &o : m_orders) {
        out << quint64(o.size());
        out.writeRawData(reinterpret_cast<const char *>(o.data()),
                         int(o.size() * sizeof(uint32_t)));
    }
    m_text->save(out);
    if (!checked.finish())
        file.cancelWriting();
    // commitSaveFile keeps the system's reason (a full disk) that commit()
    // alone forgets.
    if (const QString why = commitSaveFile(file); !why.isEmpty())
        return Error{QCoreApplication::translate("CatalogueStore", "Cannot save %1: %2")
                         .arg(m_cachePath, why),
                     Error::Kind::Catalogue};
    m_dirty = false;
    return success();
}

} // namespace ssc
