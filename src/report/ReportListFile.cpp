#include "ReportListFile.h"

#include "Report.h"

#include "core/base/BoundedQueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QtEndian>

#include <thread>

namespace ssc {

namespace {

// A row on disk: its length, then each field as a length and UTF-8 bytes;
// the sources are one field, separated by U+001F (not in any key).
constexpr char kSeparator = '\x1f';
constexpr qsizetype kBufferSize = 1 << 20;
constexpr std::size_t kBatch = 512; // rows handed from the reading thread at a time

void putField(QByteArray &out, const QByteArray &utf8)
{
    const quint32 length = qToLittleEndian(quint32(utf8.size()));
    out.append(reinterpret_cast<const char *>(&length), sizeof length);
    out.append(utf8);
}

bool takeField(const char *&at, const char *end, QString &field)
{
    quint32 length = 0;
    if (end - at < qsizetype(sizeof length))
        return false;
    length = qFromLittleEndian<quint32>(at);
    at += sizeof length;
    if (end - at < qsizetype(length))
        return false;
    field = QString::fromUtf8(at, qsizetype(length));
    at += length;
    return true;
}

} // namespace

Result<std::unique_ptr<ReportListFile>> ReportListFile::create(qsizetype size,
                                                               const QString &folder)
{
    std::unique_ptr<ReportListFile> list(new ReportListFile);
    const QString name = QStringLiteral(".ssc-report-list-XXXXXX");
    // Beside the report: /tmp may be memory (tmpfs), and the list of a
    // million initiatives is hundreds of megabytes.
    bool opened = false;
    if (!folder.isEmpty()) {
        list->m_file.setFileTemplate(QDir(folder).filePath(name));
        opened = list->m_file.open();
    }
    if (!opened) {
        list->m_file.setFileTemplate(QDir::temp().filePath(name));
        if (!list->m_file.open())
            return list->failure(list->m_file.errorString());
    }
    list->m_offsets.assign(std::size_t(size), -1);
    list->m_buffer.reserve(kBufferSize + 4096);
    return list;
}

Status ReportListFile::add(qsizetype position, const ReportInitiative &row)
{
    if (position < 0 || position >= size())
        return success();
    m_offsets[std::size_t(position)] = m_written + m_buffer.size();
    QByteArray record;
    for (const QString *field : {&row.id, &row.title, &row.countries, &row.programmeAreas,
                                 &row.partners, &row.funding, &row.years, &row.status})
        putField(record, field->toUtf8());
    putField(record, row.sources.join(QChar::fromLatin1(kSeparator)).toUtf8());
    putField(m_buffer, record);
    if (m_buffer.size() >= kBufferSize)
        return finish();
    return success();
}

Status ReportListFile::finish()
{
    if (m_buffer.isEmpty())
        return success();
    if (m_file.write(m_buffer) != m_buffer.size() || !m_file.flush())
        return failure(m_file.errorString());
    m_written += m_buffer.size();
    m_buffer.clear();
    return success();
}

Status ReportListFile::forEach(const std::function<void(const ReportInitiative &)> &visit,
                               const std::function<bool()> &stop) const
{
    // m_file's descriptor, not its name: fileName() would give an unnamed
    // file (Linux's O_TMPFILE) a name, one a crash would leave behind. The
    // writing is over, so sharing the file position does no harm.
    if (!m_reader.isOpen() &&
        !m_reader.open(m_file.handle(), QIODevice::ReadOnly | QIODevice::Unbuffered,
                       QFileDevice::DontCloseHandle))
        return failure(m_reader.errorString());
    // Rows are read and decoded on a second thread while this one writes
    // those already read (an XLSX of a million rows spends three of its
    // twenty seconds here).
    using Batch = std::vector<ReportInitiative>;
    BoundedQueue<Batch> queue(8);
    Status read = success();
    std::thread reader([&] {
        Batch batch;
        for (const qint64 offset : m_offsets) {
            if (offset < 0)
                continue;
            ReportInitiative row;
            if (read = readRow(offset, row); !read.ok())
                break;
            batch.push_back(std::move(row));
            if (batch.size() == kBatch) {
                if (!queue.push(std::move(batch)))
                    return;
                batch = Batch();
            }
        }
        if (read.ok() && !batch.empty())
            queue.push(std::move(batch));
        queue.finish();
    });
    bool stopped = false;
    while (!stopped) {
        std::optional<Batch> batch = queue.pop();
        if (!batch)
            break;
        for (const ReportInitiative &row : *batch) {
            if (stop && stop()) {
                stopped = true;
                queue.stop(); // the reader's next push fails and it ends
                break;
            }
            visit(row);
        }
    }
    reader.join();
    if (stopped)
        return Error{QStringLiteral("Cancelled"), Error::Kind::Cancelled};
    return read;
}

Status ReportListFile::readRow(qint64 offset, ReportInitiative &row) const
{
    quint32 length = 0;
    if (!m_reader.seek(offset) ||
        m_reader.read(reinterpret_cast<char *>(&length), sizeof length) != sizeof length)
        return failure(m_reader.errorString());
    QByteArray record(qsizetype(qFromLittleEndian(length)), Qt::Uninitialized);
    if (m_reader.read(record.data(), record.size()) != record.size())
        return failure(m_reader.errorString());
    const char *at = record.constData();
    const char *end = at + record.size();
    QString sources;
    if (!takeField(at, end, row.id) || !takeField(at, end, row.title) ||
        !takeField(at, end, row.countries) || !takeField(at, end, row.programmeAreas) ||
        !takeField(at, end, row.partners) || !takeField(at, end, row.funding) ||
        !takeField(at, end, row.years) || !takeField(at, end, row.status) ||
        !takeField(at, end, sources))
        return failure(QCoreApplication::translate("Report", "a row is damaged"));
    row.sources = sources.isEmpty() ? QStringList() : sources.split(QChar::fromLatin1(kSeparator));
    return success();
}

Error ReportListFile::failure(const QString &why) const
{
    return Error{QCoreApplication::translate("Report", "Cannot keep the report's list in %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), why),
                 Error::Kind::Input};
}

} // namespace ssc
