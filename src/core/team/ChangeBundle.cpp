#include "core/team/ChangeBundle.h"

#include "core/base/FileCommit.h"
#include "core/catalogue/CatalogueEditor.h"
#include "core/team/TeamRecords.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdint>
#include <limits>
#include <set>

namespace ssc {

namespace {

using namespace team;
using Ordered = nlohmann::ordered_json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeBundle)
};

constexpr const char *kFormat = "ssc-change-bundle";

// A record's JSON as the file keeps it: the object, or null.
Ordered asFile(const Json &object)
{
    return object.is_null() ? Ordered() : Ordered::parse(object.dump());
}

} // namespace

bool ChangeBundle::isBundle(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.read(4096).contains(QByteArray("\"") + kFormat + "\"");
}

Result<int> ChangeBundle::write(const CatalogueStore &store, const QDateTime &since,
                                const QString &path)
{
    // Each record changed, and the state it was changed from.
    std::vector<std::pair<QString, Json>> changed;
    std::map<QString, QString> authors;
    if (since.isValid()) {
        auto history = store.history({{}, since, std::numeric_limits<int>::max()});
        if (!history.ok())
            return history.error();
        std::set<QString> seen;
        for (auto it = history->rbegin(); it != history->rend(); ++it) {
            if (it->record.isEmpty())
                continue;
            authors[it->record] = it->author; // the latest
            if (seen.insert(it->record).second)
                changed.emplace_back(it->record,
                                     it->snapshot.isEmpty() ? Json() : objectOf(it->snapshot));
        }
    } else {
        auto link = store.teamLink();
        if (!link.ok())
            return link.error();
        if (link->server.isEmpty())
            return Error{Tr::tr("%1 is not a copy of a team catalogue: give --since DATE")
                             .arg(store.path())};
        auto dirty = store.teamDirty();
        if (!dirty.ok())
            return dirty.error();
        for (const QString &key : *dirty) {
            auto base = store.teamBase(key);
            if (!base.ok())
                return base.error();
            changed.emplace_back(key,
                                 *base && !(*base)->deleted ? objectOf((*base)->body) : Json());
        }
    }
    Ordered changes = Ordered::array();
    std::vector<Initiative> present;
    for (const auto &[key, was] : changed) {
        auto here = localRecord(store, key);
        if (!here.ok())
            return here.error();
        const Json now = *here ? objectOf(CatalogueEditor::snapshot(**here)) : Json();
        if (now == was)
            continue; // changed and changed back
        if (*here)
            present.push_back(**here);
        changes.push_back(
            {{"id", key.toStdString()},
             {"author",
              (authors.count(key) ? authors[key] : ChangeRecord::accountName()).toStdString()},
             {"base", asFile(was)},
             {"record", asFile(now)}});
    }
    // The organisations and sources the records cite travel with them.
    auto cited = store.contentWith(present);
    if (!cited.ok())
        return cited.error();
    cited->initiatives.clear();
    const Ordered shared = Ordered::parse(CatalogueJson::serialize(*cited).toStdString());
    Ordered root = {
        {"format", kFormat},
        {"formatVersion", kFormatVersion},
        {"catalogue", store.name().toStdString()},
        {"created", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
        {"changes", changes},
        {"sources", shared.value("sources", Ordered::array())},
        {"organisations", shared.value("organisations", Ordered::array())}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.write(QByteArray::fromStdString(root.dump(2)));
    if (const QString failed = commitSaveFile(file); !failed.isEmpty())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, failed)};
    return int(changes.size());
}

Result<ChangeBundle::Applied> ChangeBundle::apply(CatalogueStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QString name = QFileInfo(path).fileName();
    const Json root = Json::parse(file.readAll().toStdString(), nullptr, false);
    auto bad = [&name](const QString &what) { return Error{Tr::tr("%1: %2").arg(name, what)}; };
    // Each field's type is checked before it is read: json::value() with a
    // default of another type throws (the bundle fuzzer's {"format": []}).
    auto isText = [](const Json &object, const char *key, const char *text) {
        const auto it = object.find(key);
        return it != object.end() && it->is_string() && it->get<std::string>() == text;
    };
    if (!root.is_object() || !isText(root, "format", kFormat))
        return bad(Tr::tr("not a change bundle (expected \"format\": \"%1\")")
                       .arg(QLatin1String(kFormat)));
    if (const auto version = root.find("formatVersion");
        version == root.end() || !version->is_number_integer() ||
        version->get<std::int64_t>() != kFormatVersion)
        return bad(Tr::tr("a change bundle of another version (this program reads %1)")
                       .arg(kFormatVersion));
    // Organisations and sources, checked as a catalogue file's are.
    Json shared = {{"format", "ssc-catalogue"}, {"formatVersion", CatalogueJson::kFormatVersion}};
    for (const char *list : {"sources", "organisations"})
        if (root.contains(list))
            shared[list] = root[list];
    auto content = CatalogueJson::parse(QByteArray::fromStdString(shared.dump()), name);
    if (!content.ok())
        return content.error();
    if (Status s = store.addShared(content->sources, content->organisations); !s)
        return s.error();

    const Json &changes = root.contains("changes") ? root["changes"] : Json::array();
    if (!changes.is_array())
        return bad(Tr::tr("field \"changes\" is not a list"));
    auto open = openConflicts(store);
    if (!open.ok())
        return open.error();
    CatalogueStore::TeamStep step;
    step.madeHere = true;
    Applied applied;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const Json &c = changes[i];
        const QString where = QStringLiteral("changes[%1]").arg(i);
        if (!c.is_object() || !c.contains("id") || !c["id"].is_string())
            return bad(Tr::tr("%1, field \"id\": is missing (expected a string)").arg(where));
        for (const char *f : {"base", "record"})
            if (c.contains(f) && !c[f].is_null() && !c[f].is_object())
                return bad(Tr::tr("%1, field \"%2\": expected a record or null")
                               .arg(where, QLatin1String(f)));
        if (c.contains("author") && !c["author"].is_string())
            return bad(Tr::tr("%1, field \"author\": expected text").arg(where));
        const QString key = QString::fromStdString(c["id"].get<std::string>());
        const Json theirs = c.value("record", Json());
        const Json was = c.value("base", Json());
        const QString author = QString::fromStdString(c.value("author", std::string()));
        auto here = localRecord(store, key);
        if (!here.ok())
            return here.error();
        const Json mine = *here ? objectOf(CatalogueEditor::snapshot(**here)) : Json();
        if (mine == theirs) {
            ++applied.unchanged;
            continue;
        }
        const std::size_t edits = step.edits.size();
        if (Status s = mergeRecord(step, key, was, *here, theirs, (*open)[key], author); !s)
            return Error{Tr::tr("%1: %2: %3").arg(name, where, s.error().message)};
        applied.changed += int(step.edits.size() - edits);
        applied.unchanged += int(step.edits.size() == edits);
    }
    applied.conflicts = int(step.conflicts.size());
    if (Status s = store.applyTeamStep(step); !s)
        return s.error();
    return applied;
}

} // namespace ssc
