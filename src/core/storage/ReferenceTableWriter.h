#pragma once

#include "core/base/Result.h"
#include "core/domain/ReferenceData.h"

#include <QSqlDatabase>

namespace ssc {

// Copies the program's reference data (regions, countries, SDG goals, DAC
// sectors, programme areas and their closure) into a catalogue's tables,
// updating rows in place so that records referring to them stay valid.
// Runs inside the caller's transaction.
class ReferenceTableWriter
{
public:
    ReferenceTableWriter(QSqlDatabase db, QString path)
        : m_db(std::move(db)), m_path(std::move(path))
    {}
    Status write(const ReferenceData &ref);

private:
    QSqlDatabase m_db;
    QString m_path;
};

} // namespace ssc
