// What a team catalogue's records are to the sync: JSON objects compared and
// merged field by field, and the local writes that take them in.
#include "core/team/TeamRecords.h"

#include "core/catalogue/CatalogueEditor.h"

#include <set>

namespace ssc::team {

Json objectOf(const QString &body)
{
    Json j = Json::parse(body.toStdString(), nullptr, false);
    return j.is_object() ? j : Json();
}

// A field's value as a conflict keeps it: its JSON ("null" when absent).
QString textOf(const Json &object, const std::string &field)
{
    const auto it = object.find(field);
    return QString::fromStdString(it == object.end() ? std::string("null") : it->dump());
}

Json field(const Json &object, const std::string &name)
{
    if (!object.is_object())
        return Json();
    const auto it = object.find(name);
    return it == object.end() ? Json() : *it;
}

void setField(Json &object, const std::string &name, const Json &value)
{
    if (value.is_null())
        object.erase(name);
    else
        object[name] = value;
}

// The record here, or none when it is not (deleted, or never here).
Result<std::optional<Initiative>> localRecord(const CatalogueStore &store, const QString &key)
{
    auto in = store.initiative(key);
    if (in.ok())
        return std::optional<Initiative>(std::move(*in));
    if (in.error().kind == Error::Kind::NotFound)
        return std::optional<Initiative>();
    return in.error();
}

// Writes a record here as given (or removes it), with its history entry
// naming whoever changed it on the server.
Status writeLocally(CatalogueStore::TeamStep &step, const std::optional<Initiative> &before,
                    const std::optional<Initiative> &after, const QString &author)
{
    using Kind = CatalogueStore::RecordEdit::Kind;
    if (!before && !after)
        return success();
    if (before && after && *before == *after)
        return success();
    if (!after) {
        CatalogueStore::RecordEdit e{
            Kind::Remove, *before,
            CatalogueEditor::entryBy(ChangeRecord::Action::Delete, *before, author)};
        e.log.snapshot = CatalogueEditor::snapshot(*before);
        step.edits.push_back(std::move(e));
        return success();
    }
    Initiative blank;
    blank.id = after->id;
    CatalogueStore::RecordEdit e{
        before ? Kind::Replace : Kind::Add, *after,
        CatalogueEditor::entryBy(before ? ChangeRecord::Action::Edit : ChangeRecord::Action::Add,
                                 *after, author)};
    e.log.fields = CatalogueEditor::diff(before ? *before : blank, *after);
    if (before)
        e.log.snapshot = CatalogueEditor::snapshot(*before);
    step.edits.push_back(std::move(e));
    return success();
}

Result<std::optional<Initiative>> initiativeFrom(const Json &object)
{
    if (object.is_null())
        return std::optional<Initiative>();
    auto in = CatalogueEditor::fromSnapshot(QString::fromStdString(object.dump()),
                                            QStringLiteral("the team catalogue"));
    if (!in.ok())
        return in.error();
    return std::optional<Initiative>(std::move(*in));
}

Result<OpenConflicts> openConflicts(const CatalogueStore &store)
{
    auto conflicts = store.teamConflicts();
    if (!conflicts.ok())
        return conflicts.error();
    OpenConflicts open;
    for (const auto &c : *conflicts)
        open[c.key][c.field] = c;
    return open;
}

Status mergeRecord(CatalogueStore::TeamStep &step, const QString &key, const Json &was,
                   const std::optional<Initiative> &here, const Json &theirs,
                   const std::map<QString, CatalogueStore::TeamConflict> &open,
                   const QString &author)
{
    const Json mine = here ? objectOf(CatalogueEditor::snapshot(*here)) : Json();
    const QString deleted = QStringLiteral("deleted");
    auto conflict = [&](const QString &name, const QString &m, const QString &t) {
        step.conflicts.push_back({key, name, m, t, author});
    };
    if (mine.is_null() && theirs.is_null())
        return success();
    // Nothing here and nothing before: theirs is new here.
    if (mine.is_null() && was.is_null()) {
        auto taken = initiativeFrom(theirs);
        if (!taken.ok())
            return taken.error();
        return writeLocally(step, here, *taken, author);
    }
    if (mine.is_null() || theirs.is_null()) {
        // One side deleted it. The other side's record unchanged since the
        // base: the delete stands. Changed: a conflict, nothing lost.
        const Json &kept = mine.is_null() ? theirs : mine;
        if (kept == was && !open.count(deleted)) {
            if (mine.is_null())
                return success(); // deleted here already
            return writeLocally(step, here, std::nullopt, author);
        }
        if (mine.is_null())
            conflict(deleted, QStringLiteral("(deleted)"), QString::fromStdString(theirs.dump()));
        else
            conflict(deleted, QString::fromStdString(mine.dump()), QStringLiteral("(deleted)"));
        return success();
    }
    Json merged = mine;
    std::set<std::string> names;
    for (const Json *o : {&was, &mine, &theirs})
        if (o->is_object())
            for (const auto &[k, v] : o->items())
                names.insert(k);
    for (const std::string &name : names) {
        const Json b = field(was, name), m = field(mine, name), s = field(theirs, name);
        const QString qname = QString::fromStdString(name);
        if (open.count(qname)) {
            // Still open: keep mine, and note their latest value.
            if (open.at(qname).theirs != textOf(theirs, name))
                conflict(qname, open.at(qname).mine, textOf(theirs, name));
        } else if (m == s || s == b) {
            // Same on both sides, or changed here only.
        } else if (m == b) {
            setField(merged, name, s);
        } else {
            conflict(qname, textOf(mine, name), textOf(theirs, name));
        }
    }
    auto after = initiativeFrom(merged);
    if (!after.ok())
        return after.error();
    return writeLocally(step, here, *after, author);
}

} // namespace ssc::team
