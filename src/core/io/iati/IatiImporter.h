#pragma once

#include "core/io/format/ImportTypes.h"

namespace ssc {

// IATI activity XML (1.0x to 2.03), streamed: one activity in memory at a
// time. Every record cites the file itself as its source.
class IatiImporter : public Importer
{
public:
    explicit IatiImporter(QString path) : m_path(std::move(path)) {}
    Status read(const std::function<bool(ImportedRecord &&)> &visit) override;
    double progress() const override { return m_progress; }

    // The file as a source: "iati-file:<name>", dated by generated-datetime.
    static Source fileSource(const QString &path, const QString &generated);

private:
    QString m_path;
    double m_progress = 0;
};

} // namespace ssc
