#pragma once

#include "core/io/format/ImportTypes.h"

#include <QDataStream>
#include <QTemporaryFile>

namespace ssc {

// The records a check pass found worth writing, kept in a temporary file so
// that the write pass reads them back instead of parsing the import file a
// second time. Records go to disk one at a time, so memory stays flat
// whatever the file's size; the file goes when this object does.
//
// As an Importer, read() hands the kept records back in the order they were
// added, each with its ordinal as it was added.
class ImportSpill : public Importer
{
public:
    ImportSpill();

    // Starts again, empty.
    Status clear();
    Status add(const ImportedRecord &record);
    // Writes out what is buffered; call before read().
    Status flush();
    qint64 size() const { return m_count; }

    Status read(const std::function<bool(ImportedRecord &&)> &visit) override;
    double progress() const override { return m_progress; }

private:
    Error failure();

    QTemporaryFile m_file;
    QDataStream m_out;
    qint64 m_count = 0;
    double m_progress = 0;
};

} // namespace ssc
