#pragma once

#include "core/base/Result.h"
#include "core/domain/ChangeRecord.h"
#include "core/domain/Initiative.h"

#include <QStringList>

#include <vector>

namespace ssc {

class CatalogueStore;

// Edits as a person makes them, in the window or on the command line: add,
// edit, delete and restore initiatives. Each is checked like an import,
// written in one transaction, and leaves its entry in the history with the
// author, the time, and each field's old and new value.
class CatalogueEditor
{
public:
    CatalogueEditor(CatalogueStore &store, QString author);

    // The author when none is set: the account's name.
    static QString accountName();

    // action: Add, or Restore when an undo writes back deleted records.
    // organisations: new ones the records refer to (made in the editor),
    // written in the same transaction; one the catalogue already has (a redo
    // after an undo, which leaves it in place) is kept as it is.
    [[nodiscard]] Status add(const std::vector<Initiative> &initiatives,
                             ChangeRecord::Action action = ChangeRecord::Action::Add,
                             const std::vector<Organisation> &organisations = {});
    // Writes the initiative over the one with its id. No change, no entry.
    // organisations as for add.
    [[nodiscard]] Status edit(const Initiative &after,
                              const std::vector<Organisation> &organisations = {});
    // Several edits in one step (a bulk edit): all or none.
    [[nodiscard]] Status edit(const std::vector<Initiative> &after,
                              const std::vector<Organisation> &organisations = {});
    [[nodiscard]] Status remove(const QStringList &ids);
    // Writes back a deleted initiative as it was before its last delete (or
    // the merge that removed it).
    [[nodiscard]] Status restore(const QString &id);
    // Makes two records one (see InitiativeMerge): merged, which has the
    // kept record's key, replaces it and the other is removed, its key now
    // an alias of the kept one. One transaction; the history has an entry
    // for each, naming the other.
    [[nodiscard]] Status merge(const QString &other, const Initiative &merged);
    // Takes a merge back: the kept record as it was, the other written back.
    [[nodiscard]] Status unmerge(const Initiative &keptBefore, const Initiative &otherBefore);
    // Several kinds at once, in one transaction (the undo and redo of an
    // import): these removed, these added, these written over the records
    // with their keys; each record with its entry in the history.
    [[nodiscard]] Status change(const QStringList &remove, const std::vector<Initiative> &add,
                                const std::vector<Initiative> &replace,
                                const std::vector<Organisation> &organisations = {});

    // Field by field, what differs between two states of a record ("" for a
    // field one of them does not have): strings as they are, lists and
    // records as compact JSON in the catalogue format.
    static std::vector<FieldChange> diff(const Initiative &before, const Initiative &after);
    // The record in the catalogue's JSON format, and back.
    static QString snapshot(const Initiative &initiative);
    static Result<Initiative> fromSnapshot(const QString &snapshot, const QString &where);
    // A history entry for a change to in, made now by author (a sync names
    // whoever made it on the server).
    static ChangeRecord entryBy(ChangeRecord::Action action, const Initiative &in,
                                const QString &author);

private:
    std::vector<Organisation> missing(const std::vector<Organisation> &organisations) const;
    ChangeRecord entry(ChangeRecord::Action action, const Initiative &in) const;

    CatalogueStore &m_store;
    QString m_author;
};

} // namespace ssc
