#pragma once

#include "core/io/format/ImportTypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ssc {

// What an import did (or, for a dry run, would do) with each record: added,
// updated, unchanged (skipped), rejected or in conflict, each with its line
// and reason, and the warnings on each record.
struct ImportReport
{
    enum class Outcome
    {
        Added,
        Updated,
        Unchanged,
        Rejected,
        Conflict,
        KeptMine,
    };
    struct Entry
    {
        qint64 line = 0;
        QString id;
        Outcome outcome = Outcome::Added;
        QString reason;
        QStringList warnings;
    };

    // Records added are listed up to this many (all are counted), so that
    // the report of a very large import stays small; every other outcome
    // and every warning is listed.
    static constexpr int kListedAdditions = 10000;

    QString file;
    ImportFormat format = ImportFormat::Iati;
    bool dryRun = false;
    bool written = false;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    int conflicts = 0;
    int keptMine = 0;
    int warnings = 0;
    std::vector<Entry> entries;
    QStringList notes; // about the file as a whole

    int records() const { return added + updated + unchanged + rejected + conflicts + keptMine; }
    static QString outcomeName(Outcome outcome);
    // A readable report, one line per entry ("line 12  AA-1: reason");
    // without the list of records added when listAdded is false.
    QString toText(bool listAdded = true) const;
    QByteArray toJson() const;
    // As JSON when the name ends in .json, else as text.
    Status save(const QString &path) const;
};

} // namespace ssc
