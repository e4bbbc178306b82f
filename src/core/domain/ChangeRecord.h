#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace ssc {

// One field of a record as a change left it: its value before and after,
// each as the catalogue's JSON format writes it ("" when the field was
// empty or the record did not exist).
struct FieldChange
{
    QString field;
    QString before;
    QString after;
    bool operator==(const FieldChange &) const = default;
};

// One entry of a catalogue's history: who changed which record, when, and
// how. Every edit, delete, restore and import in the window or on the
// command line leaves one, in the same transaction as the change itself.
struct ChangeRecord
{
    enum class Action
    {
        Add,
        Edit,
        Delete,
        Restore,
        Import,
        Merge, // two records made one: the kept one edited, the other removed
    };

    qint64 id = 0;  // in the order the changes were made
    QDateTime at;   // UTC
    QString author; // the name set in the preferences, else the account's
    Action action = Action::Edit;
    QString record; // the initiative's key; empty for an import
    QString title;  // the record's title then, so a deleted one is still named
    QString file;   // the file an import read
    std::vector<FieldChange> fields;
    // The whole record before a delete or an edit, in the catalogue's JSON
    // format: what a restore writes back.
    QString snapshot;

    // The author when none is set: the account's name.
    static QString accountName();
    static QString actionName(Action action);
    static bool actionFromName(const QString &name, Action &action);
    // Whether this change took its record out of the catalogue: a delete, or
    // the merge of it into another (whose one field says into which). Its
    // snapshot is then the record's last state, what a restore writes back.
    bool removesRecord() const
    {
        return action == Action::Delete || (action == Action::Merge && fields.size() == 1 &&
                                            fields.front().field == QLatin1String("mergedInto"));
    }
    bool operator==(const ChangeRecord &) const = default;
};

} // namespace ssc
