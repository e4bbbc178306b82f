#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace ssc {

// Reads whole records back out of the catalogue: one initiative with all its
// lists, or everything (for export).
class InitiativeReader
{
public:
    explicit InitiativeReader(QSqlDatabase db);
    ~InitiativeReader();

    // A record that is not there is an Error of kind NotFound; one that
    // cannot be read, of kind Catalogue.
    Result<Initiative> initiative(const QString &key) const;
    Result<std::vector<Source>> sources() const;
    Result<std::vector<Organisation>> organisations() const;
    Result<Organisation> organisation(const QString &key) const;
    // Every initiative, in the order stored; visit is called once for each.
    Status forEachInitiative(const std::function<void(Initiative &&)> &visit) const;

    enum class Texts
    {
        Included,
        Left // summary, description, beneficiaries and results stay empty
    };
    // The initiatives with these row ids, read a few hundred at a time with
    // one query per table (or, when they are most of a range, in one pass
    // over each table), in the order they are stored (neighbours on disk
    // are read together, many times faster on large sets than any other
    // order); visit is told each one's position in rowIds and returns false
    // to stop. Fails when one is no longer there, or on a read error.
    Status forEachRow(const std::vector<qint64> &rowIds, Texts texts,
                      const std::function<bool(qsizetype, Initiative &&)> &visit) const;

private:
    class Chunks;
    Chunks &chunks(Texts texts) const;
    QSqlDatabase m_db;
    mutable std::unique_ptr<Chunks> m_chunks; // statements prepared on first use
    mutable std::unique_ptr<Chunks> m_single; // the same for one record at a time
    mutable Texts m_chunksTexts = Texts::Included;
};

} // namespace ssc
