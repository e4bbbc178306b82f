#pragma once

#include <QIODevice>
#include <QString>

class QFileDevice;
class QSaveFile;

namespace ssc {

// Finishing a written file so that a full disk is named as such. Qt's
// QSaveFile::commit() clears the error its own final flush met, so a full
// disk read "Unknown error" (or, on a device such as /dev/full, success).
// These flush first and keep the system's reason ("No space left on device").

// Commits the file; empty when it is in place, else why not. The temporary
// file is removed either way.
QString commitSaveFile(QSaveFile &file);
// Flushes a plain file; empty when every byte went out, else why not.
QString flushFile(QFileDevice &file);

// What a writer that ignores failed writes is given instead of the file
// (QPdfWriter, QSvgGenerator, the PNG writer). Every write is passed on, a
// short one tried again for the rest (the next try fails with the system's
// reason), and the first failure is kept: without it, a file cut short on a
// full disk was put in place as written. The file is neither flushed nor
// closed here; QPdfWriter closes its device, and QFile::close() forgets the
// error.
class CheckedWrites : public QIODevice
{
public:
    explicit CheckedWrites(QFileDevice &file);
    // Empty while every byte has gone to the file.
    QString failure() const { return m_failure; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    QFileDevice &m_file;
    QString m_failure;
};

} // namespace ssc
