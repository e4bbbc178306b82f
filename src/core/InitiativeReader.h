#pragma once

#include "Initiative.h"

#include <QSqlDatabase>
#include <optional>

namespace ssc {

// Reads whole records back out of the catalogue: one initiative with all its
// lists, or everything (for export).
class InitiativeReader
{
public:
    explicit InitiativeReader(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Initiative> initiative(const QString &key) const;
    std::vector<Source> sources() const;
    std::vector<Organisation> organisations() const;
    std::optional<Organisation> organisation(const QString &key) const;
    // Every initiative, in identifier order; visit is called once for each.
    bool forEachInitiative(const std::function<void(Initiative &&)> &visit) const;

private:
    void fillLists(qint64 rowId, Initiative &in) const;
    QSqlDatabase m_db;
};

} // namespace ssc
