#pragma once

#include "core/io/format/ImportTypes.h"

namespace ssc {

// Another catalogue file (the JSON format): each initiative with the
// organisations and sources it refers to. The file is read whole (catalogue
// files are what people send each other, not bulk data); a structural
// error stops the import with the record and field.
class JsonImporter : public Importer
{
public:
    explicit JsonImporter(QString path) : m_path(std::move(path)) {}
    Status read(const std::function<bool(ImportedRecord &&)> &visit) override;
    double progress() const override { return m_progress; }

private:
    QString m_path;
    double m_progress = 0;
};

} // namespace ssc
