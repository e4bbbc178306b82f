#include "core/io/CatalogueImport.h"

#include "core/base/BoundedQueue.h"
#include "core/domain/CatalogueValidator.h"
#include "core/io/FileFormats.h"
#include "core/io/ImportSpill.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <thread>
#include <unordered_set>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueImport)
};

Error cancelled(const QString &path)
{
    return Error{Tr::tr("Import of %1 cancelled: the catalogue is unchanged").arg(path)};
}

// Reads the file on a second thread while this one checks or writes what
// has been read: parsing and mapping overlap with the catalogue work.
// visit is told each record and how far the file has been read; it returns
// false to stop. Batches in flight are bounded, so memory stays flat.
Status readAhead(Importer &importer, const std::function<bool(ImportedRecord &&, double)> &visit)
{
    struct Batch
    {
        std::vector<ImportedRecord> records;
        double progress = 0;
    };
    BoundedQueue<Batch> queue(8);
    Status result = success();
    std::thread reader([&] {
        constexpr std::size_t kBatch = 64;
        Batch batch;
        auto hand = [&] {
            batch.progress = importer.progress();
            return queue.push(std::exchange(batch, Batch()));
        };
        result = importer.read([&](ImportedRecord &&r) {
            batch.records.push_back(std::move(r));
            return batch.records.size() < kBatch || hand();
        });
        if (!batch.records.empty())
            hand();
        queue.finish();
    });
    while (std::optional<Batch> batch = queue.pop()) {
        const bool go =
            std::all_of(batch->records.begin(), batch->records.end(),
                        [&](ImportedRecord &r) { return visit(std::move(r), batch->progress); });
        if (!go) {
            queue.stop();
            break;
        }
    }
    reader.join();
    return result;
}

} // namespace

CatalogueImport::CatalogueImport(CatalogueStore &store, const QString &path, ImportFormat format)
    : m_store(store), m_importer(FileFormats::createImporter(format, path))
{
    m_report.file = path;
    m_report.format = format;
}

CatalogueImport::~CatalogueImport() = default;

void CatalogueImport::addEntry(ImportReport::Entry entry)
{
    m_report.warnings += int(entry.warnings.size());
    if (entry.outcome == ImportReport::Outcome::Added && entry.warnings.isEmpty()) {
        if (m_listedAdditions >= ImportReport::kListedAdditions)
            return;
        ++m_listedAdditions;
    }
    m_report.entries.push_back(std::move(entry));
}

Status CatalogueImport::check(const Progress &progress)
{
    ImportReport fresh;
    fresh.file = m_report.file;
    fresh.format = m_report.format;
    m_report = std::move(fresh);
    m_report.dryRun = true;
    m_decisions.clear();
    m_conflicts.clear();
    m_conflictOrdinals.clear();
    m_conflictEntries.clear();
    m_listedAdditions = 0;
    m_checked = false;

    if (Status s = m_spill.clear(); !s)
        return s;
    // Sources and organisations the file adds, as seen so far.
    QSet<QString> newSources;
    QSet<QString> newOrganisations;
    std::unordered_set<size_t> ids;
    bool stopped = false;
    std::optional<Error> fileError;
    std::optional<Error> keepError;
    const Status read = readAhead(*m_importer, [&](ImportedRecord &&r, double done) {
        const qsizetype ordinal = qsizetype(m_decisions.size());
        const size_t hash = qHash(r.initiative.id);
        m_decisions.push_back(Decision::Skip);
        // What may be written is kept for the write pass.
        auto keep = [&] {
            r.ordinal = ordinal;
            if (Status kept = m_spill.add(r); !kept) {
                keepError = kept.error();
                return false;
            }
            return true;
        };
        ImportReport::Entry entry{r.line, r.initiative.id, ImportReport::Outcome::Rejected,
                                  r.rejection, r.warnings};
        auto reject = [&](const QString &reason) {
            entry.outcome = ImportReport::Outcome::Rejected;
            entry.reason = reason;
            ++m_report.rejected;
            addEntry(std::move(entry));
        };
        if (progress && ordinal % 256 == 0 && !progress(done / 2)) {
            stopped = true;
            return false;
        }
        if (!r.rejection.isEmpty()) {
            reject(r.rejection);
            return true;
        }

        CatalogueContent content;
        for (const Source &s : r.sources) {
            if (!newSources.contains(s.id) && !m_store.hasSource(s.id))
                content.sources.push_back(s);
        }
        for (const Organisation &o : r.organisations) {
            if (newOrganisations.contains(o.id))
                continue;
            if (m_store.hasOrganisation(o.id)) {
                // Only a catalogue file's organisations are whole records
                // worth comparing; the catalogue's are kept either way.
                if (m_report.format == ImportFormat::Json) {
                    const auto mine = m_store.organisation(o.id);
                    if (mine && *mine != o)
                        entry.warnings
                            << Tr::tr("organisation %1 differs from the catalogue's; the "
                                      "catalogue's is kept")
                                   .arg(o.id);
                }
                continue;
            }
            content.organisations.push_back(o);
        }
        if (!r.sharedOnly)
            content.initiatives.push_back(r.initiative);
        CatalogueValidator::Existing existing;
        existing.source = [&](const QString &k) {
            return newSources.contains(k) || m_store.hasSource(k);
        };
        existing.organisation = [&](const QString &k) {
            return newOrganisations.contains(k) || m_store.hasOrganisation(k);
        };
        // An id the catalogue holds is an update or a conflict; one earlier
        // in the file is a duplicate.
        const bool repeated = !r.sharedOnly && !ids.insert(hash).second;
        existing.initiative = [&](const QString &) { return repeated; };
        if (Status valid = CatalogueValidator::validate(content, existing); !valid) {
            if (r.sharedOnly) { // the file's own lists: nothing can be imported
                fileError = valid.error();
                return false;
            }
            reject(valid.error().message);
            return true;
        }
        for (const Source &s : content.sources)
            newSources.insert(s.id);
        for (const Organisation &o : content.organisations)
            newOrganisations.insert(o.id);
        if (r.sharedOnly) {
            m_decisions.back() = Decision::Add;
            if (!entry.warnings.isEmpty()) {
                entry.outcome = ImportReport::Outcome::Unchanged;
                entry.reason = Tr::tr("organisations and sources of the file");
                addEntry(std::move(entry));
            }
            return keep();
        }

        if (!m_store.hasInitiative(r.initiative.id)) {
            m_decisions.back() = Decision::Add;
            entry.outcome = ImportReport::Outcome::Added;
            entry.reason.clear();
            ++m_report.added;
        } else {
            auto mine = m_store.initiative(r.initiative.id);
            if (!mine.ok() && mine.error().kind != Error::Kind::NotFound) {
                fileError = mine.error(); // the catalogue could not be read
                return false;
            }
            entry.reason.clear();
            if (mine && *mine == r.initiative) {
                entry.outcome = ImportReport::Outcome::Unchanged;
                entry.reason = Tr::tr("the catalogue already holds this record as it is");
                ++m_report.unchanged;
            } else if (m_report.format == ImportFormat::Json && mine) {
                m_decisions.back() = Decision::Conflict;
                entry.outcome = ImportReport::Outcome::Conflict;
                entry.reason = Tr::tr("the catalogue holds a different record with this id");
                ++m_report.conflicts;
                m_conflicts.push_back({r.line, std::move(*mine), r.initiative, false});
                m_conflictOrdinals.push_back(ordinal);
                m_conflictEntries.push_back(m_report.entries.size()); // always listed
            } else {
                m_decisions.back() = Decision::Replace;
                entry.outcome = ImportReport::Outcome::Updated;
                ++m_report.updated;
            }
        }
        addEntry(std::move(entry));
        return m_decisions.back() == Decision::Skip || keep();
    });
    if (!read)
        return read;
    if (keepError)
        return *keepError;
    if (Status flushed = m_spill.flush(); !flushed)
        return flushed;
    if (fileError)
        return Error{m_report.file + QStringLiteral(": ") + fileError->message};
    if (stopped)
        return cancelled(m_report.file);
    m_report.notes = m_importer->notes();
    m_checked = true;
    return success();
}

Status CatalogueImport::refusal() const
{
    if (m_report.rejected == 0)
        return success();
    const auto first =
        std::find_if(m_report.entries.begin(), m_report.entries.end(),
                     [](const auto &e) { return e.outcome == ImportReport::Outcome::Rejected; });
    const ImportReport::Entry none; // every rejection is listed: not needed
    const ImportReport::Entry &e = first != m_report.entries.end() ? *first : none;
    // Catalogue (JSON) records have no line: the id and the reason's
    // field name them.
    QString message =
        e.line > 0
            ? Tr::tr("Nothing was imported from %1, as a record breaks the catalogue's rules: "
                     "line %2, %3: %4")
                  .arg(m_report.file, QString::number(e.line), e.id, e.reason)
            : Tr::tr("Nothing was imported from %1, as a record breaks the catalogue's rules: "
                     "%2: %3")
                  .arg(m_report.file, e.id, e.reason);
    // (A plain variable for the count: Qt 6.4's lupdate loops forever on an
    // expression in translate()'s arguments.)
    const int more = m_report.rejected - 1;
    if (more > 0)
        message += Tr::tr(" (and %n more record(s); the import report lists each)", nullptr, more);
    return Error{message, Error::Kind::Input};
}

Status CatalogueImport::write(const Progress &progress)
{
    if (!m_checked)
        return Error{Tr::tr("Import of %1: check the file before writing").arg(m_report.file)};
    if (Status refused = refusal(); !refused)
        return refused;
    // The user's choices for conflicts.
    for (std::size_t i = 0; i < m_conflicts.size(); ++i)
        m_decisions[std::size_t(m_conflictOrdinals[i])] =
            m_conflicts[i].takeTheirs ? Decision::Replace : Decision::Skip;

    // Many new records and nothing replaced: indexes are rebuilt once at the
    // end instead of kept up at every row (a replacement's delete needs them).
    const bool replaces = std::any_of(m_decisions.begin(), m_decisions.end(),
                                      [](Decision d) { return d == Decision::Replace; });
    const auto existing = m_store.initiativeCount();
    if (!existing.ok())
        return existing.error();
    const bool bulk = !replaces && m_report.added >= kBulkThreshold && m_report.added >= *existing;
    bool stopped = false;
    m_changes = {};
    // One entry in the history for the whole import, naming the file.
    ChangeRecord log;
    log.at = QDateTime::currentDateTimeUtc();
    log.author = m_author.trimmed().isEmpty() ? ChangeRecord::accountName() : m_author.trimmed();
    log.action = ChangeRecord::Action::Import;
    log.file = QFileInfo(m_report.file).fileName();
    log.fields = {{QStringLiteral("added"), {}, QString::number(m_report.added)},
                  {QStringLiteral("updated"), {}, QString::number(m_report.updated)}};
    const Status written = m_store.writeImport(
        [&](ImportSink &sink) -> Status {
            qsizetype ordinal = 0;
            Status failure = success();
            // The records the check kept, not the file again: parsed once.
            const Status read = readAhead(m_spill, [&](ImportedRecord &&r, double done) {
                const Decision decision = m_decisions[std::size_t(r.ordinal)];
                if (progress && ++ordinal % 256 == 0 && !progress(0.5 + done / 2)) {
                    stopped = true;
                    return false;
                }
                if (decision != Decision::Add && decision != Decision::Replace)
                    return true;
                for (const Source &s : r.sources) {
                    if (failure = sink.addSource(s); !failure)
                        return false;
                }
                for (const Organisation &o : r.organisations) {
                    if (failure = sink.addOrganisation(o); !failure)
                        return false;
                }
                if (!r.sharedOnly) {
                    if (failure = keepChange(decision, r.initiative); !failure)
                        return false;
                }
                if (r.sharedOnly) {
                    if (failure = sink.adoptHistory(r.history, r.savedSearches); !failure)
                        return false;
                }
                failure = r.sharedOnly ? sink.adoptDetails(r.catalogueName, r.synthetic)
                                       : sink.putInitiative(r.initiative);
                return failure.ok();
            });
            if (!read)
                return read;
            if (stopped)
                return cancelled(m_report.file);
            return failure;
        },
        bulk, &log);
    if (!written)
        return written;
    // The report now tells what was written.
    m_report.dryRun = false;
    m_report.written = true;
    for (std::size_t i = 0; i < m_conflicts.size(); ++i) {
        const bool taken = m_conflicts[i].takeTheirs;
        ImportReport::Entry &e = m_report.entries[m_conflictEntries[i]];
        e.outcome = taken ? ImportReport::Outcome::Updated : ImportReport::Outcome::KeptMine;
        e.reason = taken ? Tr::tr("conflict: the file's record taken")
                         : Tr::tr("conflict: the catalogue's record kept");
        --m_report.conflicts;
        ++(taken ? m_report.updated : m_report.keptMine);
    }
    return success();
}

Status CatalogueImport::keepChange(Decision decision, const Initiative &in)
{
    if (!m_changes.complete)
        return success();
    if (m_changes.added.size() + m_changes.after.size() >= std::size_t(kKeptChanges)) {
        m_changes = {};
        m_changes.complete = false;
        return success();
    }
    if (decision == Decision::Add) {
        m_changes.added.push_back(in);
        return success();
    }
    // Read inside the import's transaction, before the record is replaced.
    auto before = m_store.initiative(in.id);
    if (!before.ok())
        return before.error();
    m_changes.before.push_back(std::move(*before));
    m_changes.after.push_back(in);
    return success();
}

} // namespace ssc
