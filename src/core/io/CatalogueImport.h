#pragma once

#include "core/io/ImportReport.h"
#include "core/io/ImportSpill.h"
#include "core/io/format/ImportTypes.h"

#include <functional>
#include <memory>
#include <vector>

namespace ssc {

class CatalogueStore;

// A record of a catalogue file whose id is already in the catalogue with
// different content: the user keeps the catalogue's or takes the file's.
struct ImportConflict
{
    qint64 line = 0;
    Initiative mine;
    Initiative theirs;
    bool takeTheirs = false;
};

// One import of a file into a catalogue, in two passes: check() reads and
// checks every record of the file and writes nothing to the catalogue,
// keeping the records worth writing in a temporary file; write() then
// writes those in one transaction. On any error or a cancel the
// catalogue is exactly as it was. IATI and CSV records whose id is already
// there update it; catalogue (JSON) records that differ become conflicts.
// One record that breaks a rule (CatalogueValidator's, or its format's)
// refuses the whole file, in every format: check() still reads to the end
// so that the report lists every such record, and write() writes nothing.
class CatalogueImport
{
public:
    // Told the fraction done (0 to 1); returning false cancels.
    using Progress = std::function<bool(double)>;
    // From this many new records (and at least as many as the catalogue
    // holds), an import that replaces nothing is written in bulk.
    static constexpr int kBulkThreshold = 2000;

    CatalogueImport(CatalogueStore &store, const QString &path, ImportFormat format);
    ~CatalogueImport();

    // The name the import's entry in the history carries (default: the
    // account's).
    void setAuthor(const QString &author) { m_author = author; }
    Status check(const Progress &progress = {});
    std::vector<ImportConflict> &conflicts() { return m_conflicts; }
    // After check(): an error naming the file and the first rejected
    // record's line, id and field when the file has any; write() refuses then.
    Status refusal() const;
    Status write(const Progress &progress = {});
    const ImportReport &report() const { return m_report; }

    // What write() changed, for an undo (and its redo): the records added,
    // and each record replaced as it was and as the import left it. Kept for
    // up to kKeptChanges records; beyond that complete is false and the
    // lists are empty.
    struct Changes
    {
        std::vector<Initiative> added;
        std::vector<Initiative> before;
        std::vector<Initiative> after;
        bool complete = true;
    };
    static constexpr int kKeptChanges = 20000;
    const Changes &changes() const { return m_changes; }

private:
    enum class Decision : unsigned char
    {
        Skip,
        Add,
        Replace,
        Conflict,
    };
    void checkRecord(ImportedRecord &record, qsizetype ordinal);
    void addEntry(ImportReport::Entry entry);
    // Inside write: notes a record about to be added or replaced.
    Status keepChange(Decision decision, const Initiative &in);

    CatalogueStore &m_store;
    std::unique_ptr<Importer> m_importer;
    ImportReport m_report;
    std::vector<Decision> m_decisions;
    ImportSpill m_spill; // the records the check found worth writing
    std::vector<ImportConflict> m_conflicts;
    std::vector<qsizetype> m_conflictOrdinals;  // each conflict's record in the file
    std::vector<std::size_t> m_conflictEntries; // and its entry in the report
    bool m_checked = false;
    QString m_author;
    int m_listedAdditions = 0;
    Changes m_changes;
};

} // namespace ssc
