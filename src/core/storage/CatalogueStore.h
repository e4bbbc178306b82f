#pragma once

#include "core/base/Result.h"
#include "core/domain/ChangeRecord.h"
#include "core/domain/Initiative.h"
#include "core/domain/RecordSketch.h"
#include "core/query/CatalogueFilter.h"
#include "core/query/QueryEngine.h"
#include "core/query/QueryTypes.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace ssc {

class IndexSource;
class InitiativeReader;
class InitiativeWriter;

// Receives one import's writes inside CatalogueStore::writeImport.
class ImportSink
{
public:
    virtual ~ImportSink() = default;
    // Adds it unless the catalogue has one with this id (kept as it is).
    virtual Status addSource(const Source &source) = 0;
    virtual Status addOrganisation(const Organisation &organisation) = 0;
    // Adds it, or replaces the initiative with the same id.
    virtual Status putInitiative(const Initiative &initiative) = 0;
    // Names an unnamed catalogue; marks it synthetic when the file is.
    virtual Status adoptDetails(const QString &name, bool synthetic) = 0;
    // A catalogue file's history (entries the catalogue has are left out)
    // and saved searches (one of a name the catalogue has is left out).
    virtual Status adoptHistory(const std::vector<ChangeRecord> &history,
                                const std::vector<SavedSearchText> &searches) = 0;
};

// The catalogue file: the one class that holds SQL for it. Opening checks
// the file is a catalogue the program can read and write, then upgrades its
// schema in one transaction. A store uses one connection and must be used
// on the thread that opened it; open one store per thread.
//
// Queries go to the store's QueryEngine: plain SQL when it opens, or the
// in-memory index once one is installed (IndexedQuery::install). Every
// write goes through writeChange, the one write path, which tells the engine
// what changed.
class CatalogueStore
{
public:
    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly
    };

    static Result<std::unique_ptr<CatalogueStore>> open(const QString &path,
                                                        OpenMode mode = OpenMode::CreateIfMissing);
    // An in-memory catalogue (tests, previews).
    static Result<std::unique_ptr<CatalogueStore>> openInMemory();
    ~CatalogueStore();
    CatalogueStore(const CatalogueStore &) = delete;
    CatalogueStore &operator=(const CatalogueStore &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    QString name() const;
    bool isSynthetic() const;
    Status setName(const QString &name);

    // Checks everything, then writes all of it in one transaction; on any
    // problem nothing is written.
    Status addContent(const CatalogueContent &content);
    // Writes trusted, generated content fast: secondary indexes and the
    // full-text index are dropped, the rows written, and both rebuilt in one
    // pass, all in one transaction. next() returns false when done; progress
    // is told the number written so far and may return false to cancel.
    Status addInBulk(const CatalogueContent &base, const std::function<bool(Initiative &)> &next,
                     const std::function<bool(qint64)> &progress = {});
    // Replaces the initiative with the same id (checked like an import), or
    // removes one; both in one transaction.
    Status replaceInitiative(const Initiative &initiative);
    Status removeInitiative(const QString &id);
    // Writes one import in one transaction through the sink; an error from
    // write (a failed record, a cancel) rolls all of it back. bulk, for an
    // import that only adds many records, writes them as addInBulk does
    // (indexes rebuilt once at the end). log, when given, is the import's
    // entry in the history, written in the same transaction.
    Status writeImport(const std::function<Status(ImportSink &)> &write, bool bulk = false,
                       const ChangeRecord *log = nullptr);

    // An edit made in the window or on the command line: records to add,
    // replace (same id) or remove, each with its entry in the history. Each
    // record is checked like an import first, and all are written in one
    // transaction: when one fails, nothing is written. organisations are new
    // ones the records may refer to (made in the editor), checked and written
    // in the same transaction, before the records.
    struct RecordEdit
    {
        enum class Kind
        {
            Add,
            Replace,
            Remove, // initiative.id names the record
        };
        RecordEdit(Kind kind, Initiative initiative, ChangeRecord log, QString mergedInto = {})
            : kind(kind), initiative(std::move(initiative)), log(std::move(log)),
              mergedInto(std::move(mergedInto))
        {}
        Kind kind = Kind::Replace;
        Initiative initiative;
        ChangeRecord log;
        // A Remove that merges the record into another: its key (and any
        // key merged into it before) becomes an alias of that one. An Add
        // of a key that is an alias makes it a record of its own again.
        QString mergedInto;
    };
    [[nodiscard]] Status applyEdits(const std::vector<RecordEdit> &edits,
                                    const std::vector<Organisation> &organisations = {});
    // The history, newest first: of one record, or of the whole catalogue
    // (record empty), since a moment (invalid: from the start), at most limit.
    struct HistoryQuery
    {
        QString record;
        QDateTime since;
        int limit = 500;
    };
    Result<std::vector<ChangeRecord>> history(const HistoryQuery &query) const;

    // Saved searches: named filters (search text included) kept in the
    // catalogue file, so that they travel with it. In name order.
    struct SavedSearch
    {
        QString name;
        CatalogueFilter filter;
    };
    Result<std::vector<SavedSearch>> savedSearches() const;
    // Saves under name, replacing a search of that name.
    [[nodiscard]] Status saveSearch(const QString &name, const CatalogueFilter &filter);
    [[nodiscard]] Status renameSearch(const QString &from, const QString &to);
    [[nodiscard]] Status removeSearch(const QString &name);
    // Duplicates (CatalogueDuplicates.cpp). Every record's sketch, in
    // storage order; visit returns false to stop.
    Status forEachSketch(const std::function<bool(RecordSketch &&)> &visit) const;
    // The record a key names: its own, or the one it was merged into.
    Result<Initiative> findInitiative(const QString &key) const;
    // The key a merged-away key now names; empty when it was not merged.
    Result<QString> mergedInto(const QString &alias) const;
    // Pairs the user has said are not duplicates, each in key order.
    Result<std::vector<std::pair<QString, QString>>> dismissedDuplicates() const;
    [[nodiscard]] Status dismissDuplicate(const QString &a, const QString &b);
    // The team catalogue this copy follows (TeamLocal.cpp): its server and
    // the revision up to which the server's changes are here.
    struct TeamLink
    {
        QString server; // empty: not a copy of a team catalogue
        qint64 revision = 0;
    };
    Result<TeamLink> teamLink() const;
    // A record as the server had it when this copy last saw it: the base of
    // a three-way merge.
    struct TeamBase
    {
        QString body; // the catalogue format's JSON of one record
        bool deleted = false;
        qint64 revision = 0;
    };
    Result<std::optional<TeamBase>> teamBase(const QString &key) const;
    // The records changed here since they were last sent, in key order.
    Result<QStringList> teamDirty() const;
    // A field changed here and on the server: both values, until settled.
    struct TeamConflict
    {
        QString key;
        QString field;
        QString mine;   // as the catalogue format writes the field; "" when absent
        QString theirs; // likewise; "(deleted)" when the server deleted the record
        QString author; // who changed it on the server
    };
    Result<std::vector<TeamConflict>> teamConflicts(const QString &key = {}) const;
    // One step of a sync, in one transaction: records written as the server
    // has them (not marked as changed here), the bases seen, conflicts found
    // and settled, the records sent or to send, and the new mark.
    struct TeamStep
    {
        std::vector<RecordEdit> edits;
        std::vector<std::pair<QString, TeamBase>> bases;
        std::vector<TeamConflict> conflicts;
        std::vector<std::pair<QString, QString>> settled; // (key, field)
        QStringList sent;                                 // no longer changed here
        QStringList dirty; // changed here (a conflict settled as mine)
        std::optional<TeamLink> link;
        // The edits count as changes made here (a change bundle applied):
        // a copy of a team catalogue sends them with its next sync.
        bool madeHere = false;
    };
    [[nodiscard]] Status applyTeamStep(const TeamStep &step);
    // The sources and organisations the server has and this copy lacks.
    [[nodiscard]] Status addShared(const std::vector<Source> &sources,
                                   const std::vector<Organisation> &organisations);
    bool hasSource(const QString &id) const;
    bool hasOrganisation(const QString &id) const;
    bool hasInitiative(const QString &id) const;
    // The checks addContent makes, without writing.
    Status check(const CatalogueContent &content) const;
    Result<CatalogueContent> content() const;
    // These initiatives with the organisations and sources they refer to: a
    // catalogue of their own (export of a filter, `show --format json`).
    Result<CatalogueContent> contentWith(const std::vector<Initiative> &initiatives) const;

    // Reads say when they fail (Error::Kind::Catalogue) rather than pass
    // for an empty answer; a record that is not there is Kind::NotFound.
    Result<qint64> initiativeCount() const;
    Result<Initiative> initiative(const QString &id) const;
    // The row ids of the initiatives the filter holds, in this order: what
    // a report reads, without fetching the rows the list shows.
    Result<std::vector<qint64>> rowIds(const CatalogueFilter &filter,
                                       const SortOrder &sort = {}) const
    {
        return m_engine->rowIds(filter, sort);
    }
    // These initiatives, by row id, read in chunks in storage order (reports
    // on many records); visit is told each one's position in rowIds and
    // returns false to stop. withTexts false leaves summary, description,
    // beneficiaries and results empty.
    Status forEachInitiative(const std::vector<qint64> &rowIds, bool withTexts,
                             const std::function<bool(qsizetype, Initiative &&)> &visit) const;
    Result<Organisation> organisation(const QString &id) const;
    Result<std::vector<Organisation>> organisations() const;
    Result<std::vector<Source>> sources() const;

    // Queries fail only when the catalogue cannot be read (locked, damaged):
    // the error says so rather than passing for an empty result. They are
    // answered by the engine, chosen once when the catalogue is opened.
    Result<std::vector<InitiativeRow>> page(const CatalogueFilter &filter,
                                            const PageRequest &request) const
    {
        return m_engine->page(filter, request);
    }
    Result<qint64> count(const CatalogueFilter &filter) const { return m_engine->count(filter); }
    // Counts per value of every facet, each under the filter without the
    // facet's own selection.
    Result<FacetCounts> facetCounts(const CatalogueFilter &filter) const
    {
        return m_engine->facetCounts(filter);
    }
    Result<std::vector<FacetValueCount>> facetCounts(const CatalogueFilter &filter,
                                                     Facet facet) const
    {
        return m_engine->facetValueCounts(filter, facet);
    }
    Result<QueryResult> query(const CatalogueFilter &filter, const PageRequest &request) const
    {
        return m_engine->query(filter, request);
    }
    QueryEngine &engine() const { return *m_engine; }
    // Replaces the engine (the in-memory index, once built for this store).
    void setEngine(std::unique_ptr<QueryEngine> engine) { m_engine = std::move(engine); }
    // What an index of this catalogue reads, on this store's connection.
    IndexSource indexSource() const;
    // The revision, given one first if the catalogue has none yet (files
    // written before revisions existed).
    Result<QString> ensureRevision();
    // Changes with every write; identifies this state of the catalogue.
    QString revision() const;
    // Moves everything from the write-ahead log into the file.
    Status checkpoint();
    // For a new file that is thrown away if writing fails (generate writes
    // a .part file and renames it when complete): no journal and no syncs,
    // so a million rows are written once instead of twice, and no
    // foreign-key lookups for rows whose references the writer has just
    // resolved (tests run SQLite's foreign_key_check on the result). The
    // next open switches the write-ahead log and the checks back on.
    Status writeWithoutJournal();

private:
    CatalogueStore(QSqlDatabase db, QString path);
    static Result<std::unique_ptr<CatalogueStore>> openFile(const QString &path, OpenMode mode);
    static Result<std::unique_ptr<CatalogueStore>> openConnection(const QString &path,
                                                                  bool inMemory);
    Status checkIdentity() const;
    Status configure();
    Status upgrade();
    QString info(const QString &key) const;
    Status setInfo(const QString &key, const QString &value);
    Error readError(const QSqlQuery &query) const;

    // The one write path: runs write in one transaction, gives the catalogue
    // a new revision, commits, then tells the engine what changed (write
    // adds the row ids it removed or replaced). Anything failing leaves the
    // catalogue as it was. This is where history and team sync will record
    // each change.
    Status writeChange(const std::function<Status(CatalogueChange &)> &write);
    Error writeError(const QString &detail) const;
    Status writeRecords(InitiativeWriter &writer, const CatalogueContent &content);
    bool bumpRevision();
    Result<qint64> rowIdOf(const QString &id) const;
    // Inside writeChange: removes an initiative's row (its lists go with it).
    Status deleteRow(qint64 rowId, CatalogueChange &change);
    // Inside writeChange: adds an entry to the history.
    Status logChange(const ChangeRecord &log);
    // Inside writeImport: a catalogue file's history and saved searches,
    // each entry once.
    Status adoptHistory(const std::vector<ChangeRecord> &history,
                        const std::vector<SavedSearchText> &searches);
    // applyEdits in two halves: the checks (and the rows the edits replace
    // or remove), and the writes inside a writeChange.
    Status checkEdits(const std::vector<RecordEdit> &edits,
                      const std::vector<Organisation> &organisations,
                      std::map<QString, qint64> &rows) const;
    Status writeEdits(const std::vector<RecordEdit> &edits,
                      const std::vector<Organisation> &organisations,
                      std::map<QString, qint64> &rows, CatalogueChange &change);
    // Inside applyEdits: the aliases a merge leaves, or an Add takes back.
    Status writeAliases(const RecordEdit &edit);

    InitiativeWriter &lookup() const;
    InitiativeReader &reader() const;

    QSqlDatabase m_db;
    std::unique_ptr<QueryEngine> m_engine;
    // Prepared once for lookups one record at a time (imports check each).
    mutable std::unique_ptr<InitiativeWriter> m_lookup;
    mutable std::unique_ptr<InitiativeReader> m_reader;
    QString m_connectionName;
    QString m_path;
};

} // namespace ssc
