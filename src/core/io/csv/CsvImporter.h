#pragma once

#include "core/io/format/ImportTypes.h"

namespace ssc {

// A spreadsheet saved as CSV: one initiative a row, columns named as in
// docs/CSV_IMPORT.md. Multi-value cells are separated by ";", roles
// written "Ethiopia:recipient"; countries, areas and organisations may be
// given by code or name. A row that gives no sources cites the file.
class CsvImporter : public Importer
{
public:
    explicit CsvImporter(QString path) : m_path(std::move(path)) {}
    Status read(const std::function<bool(ImportedRecord &&)> &visit) override;
    double progress() const override { return m_progress; }
    QStringList notes() const override { return m_notes; }

    static const QStringList &columns();

private:
    QString m_path;
    double m_progress = 0;
    QStringList m_notes;
};

} // namespace ssc
