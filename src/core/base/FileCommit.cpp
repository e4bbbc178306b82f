#include "core/base/FileCommit.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ssc {

namespace {

QString reasonOf(const QFileDevice &file)
{
    const QString reason = file.errorString();
    // What Qt says when it kept no reason: better a plain word than that.
    if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
        return QCoreApplication::translate("FileCommit", "the file could not be written in full");
    return reason;
}

} // namespace

QString flushFile(QFileDevice &file)
{
    if (file.error() != QFileDevice::NoError || !file.flush())
        return reasonOf(file);
    return {};
}

QString commitSaveFile(QSaveFile &file)
{
    // The reason must be read before commit(), which forgets it; and a
    // failed flush must cancel, or commit() may put a cut file in place.
    QString reason = flushFile(file);
    if (!reason.isEmpty())
        file.cancelWriting();
    if (!file.commit() && reason.isEmpty())
        reason = reasonOf(file);
    return reason;
}

CheckedWrites::CheckedWrites(QFileDevice &file) : m_file(file)
{
    open(QIODevice::WriteOnly);
}

qint64 CheckedWrites::writeData(const char *data, qint64 length)
{
    if (!m_failure.isEmpty())
        return -1;
    for (qint64 done = 0; done < length;) {
        const qint64 n = m_file.write(data + done, length - done);
        if (n <= 0) {
            // A buffered file meeting a short write keeps no reason; one
            // more try at what is left in its buffer gets the system's.
            m_file.flush();
            m_failure = reasonOf(m_file);
            return -1;
        }
        done += n;
    }
    return length;
}

} // namespace ssc
