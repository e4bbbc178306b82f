#pragma once

#include "core/base/Result.h"

#include <QFile>
#include <QTemporaryFile>

#include <functional>
#include <memory>
#include <vector>

namespace ssc {

struct ReportInitiative;

// A report's list of initiatives kept in a temporary file rather than in
// memory: a CSV or XLSX report lists every initiative, a million rows of
// several hundred bytes. The builder reads initiatives in storage order
// (neighbours on disk together), so rows are added by their position in the
// list, in any order, and read back in list order, one at a time. The file
// goes when this object does, so a cancelled report leaves nothing behind;
// where the system allows (Linux), it never has a name at all.
class ReportListFile
{
public:
    // Room for rows at positions 0 to size - 1, in a file in folder (the
    // report's own), else in the system's temporary folder.
    static Result<std::unique_ptr<ReportListFile>> create(qsizetype size,
                                                          const QString &folder = {});

    Status add(qsizetype position, const ReportInitiative &row);
    // Writes out what is buffered; call once every row is added.
    Status finish();
    qsizetype size() const { return qsizetype(m_offsets.size()); }
    // The rows in list order; a position never added is skipped. Visit
    // runs on the calling thread; one reading at a time (copies of a
    // Report share this file). stop, when given, is asked before each row;
    // true ends the reading there with an error of kind Cancelled.
    Status forEach(const std::function<void(const ReportInitiative &)> &visit,
                   const std::function<bool()> &stop = {}) const;

private:
    ReportListFile() = default;
    Error failure(const QString &why) const;
    Status readRow(qint64 offset, ReportInitiative &row) const;

    QTemporaryFile m_file;
    std::vector<qint64> m_offsets; // by position; -1 where no row was added
    QByteArray m_buffer;           // rows not yet written
    qint64 m_written = 0;
    // The same file, unbuffered (every row is a seek), opened on m_file's
    // descriptor so that the file never needs a name.
    mutable QFile m_reader;
};

} // namespace ssc
