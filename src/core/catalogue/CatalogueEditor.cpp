#include "core/catalogue/CatalogueEditor.h"

#include "core/io/json/CatalogueJson.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>
#include <QDir>

#include <nlohmann/json.hpp>

namespace ssc {

namespace {

using Json = nlohmann::ordered_json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueEditor)
};

// The record as the catalogue's JSON format writes it.
Json objectOf(const Initiative &in)
{
    CatalogueContent content;
    content.initiatives = {in};
    const Json root = Json::parse(CatalogueJson::serialize(content).toStdString());
    return root.at("initiatives").at(0);
}

// A record with nothing but its key: what an added record is compared with.
Initiative blank(const QString &id)
{
    Initiative in;
    in.id = id;
    return in;
}

QString shown(const Json *value)
{
    if (!value)
        return {};
    if (value->is_string())
        return QString::fromStdString(value->get<std::string>());
    return QString::fromStdString(value->dump());
}

} // namespace

CatalogueEditor::CatalogueEditor(CatalogueStore &store, QString author)
    : m_store(store), m_author(author.trimmed().isEmpty() ? accountName() : author.trimmed())
{}

QString CatalogueEditor::accountName()
{
    return ChangeRecord::accountName();
}

std::vector<FieldChange> CatalogueEditor::diff(const Initiative &before, const Initiative &after)
{
    const Json a = objectOf(before);
    const Json b = objectOf(after);
    std::vector<FieldChange> changes;
    auto field = [&](const std::string &key) {
        const Json *old = a.contains(key) ? &a.at(key) : nullptr;
        const Json *now = b.contains(key) ? &b.at(key) : nullptr;
        if ((old == nullptr) != (now == nullptr) || (old && *old != *now))
            changes.push_back({QString::fromStdString(key), shown(old), shown(now)});
    };
    // In the format's order: the new state's fields, then those it dropped.
    for (const auto &[key, value] : b.items())
        field(key);
    for (const auto &[key, value] : a.items())
        if (!b.contains(key))
            field(key);
    return changes;
}

QString CatalogueEditor::snapshot(const Initiative &initiative)
{
    return QString::fromStdString(objectOf(initiative).dump());
}

Result<Initiative> CatalogueEditor::fromSnapshot(const QString &snapshot, const QString &where)
{
    Json root = Json::object();
    root["format"] = "ssc-catalogue";
    root["formatVersion"] = CatalogueJson::kFormatVersion;
    try {
        root["initiatives"] = Json::array({Json::parse(snapshot.toStdString())});
    } catch (const Json::exception &) {
        return Error{Tr::tr("%1: the record kept in the history is damaged").arg(where),
                     Error::Kind::Catalogue};
    }
    auto content = CatalogueJson::parse(QByteArray::fromStdString(root.dump()), where);
    if (!content.ok())
        return content.error();
    if (content->initiatives.size() != 1)
        return Error{Tr::tr("%1: the record kept in the history is damaged").arg(where),
                     Error::Kind::Catalogue};
    return content->initiatives.front();
}

ChangeRecord CatalogueEditor::entryBy(ChangeRecord::Action action, const Initiative &in,
                                      const QString &author)
{
    ChangeRecord log;
    log.at = QDateTime::currentDateTimeUtc();
    log.author = author;
    log.action = action;
    log.record = in.id;
    log.title = in.title;
    return log;
}

ChangeRecord CatalogueEditor::entry(ChangeRecord::Action action, const Initiative &in) const
{
    return entryBy(action, in, m_author);
}

std::vector<Organisation>
CatalogueEditor::missing(const std::vector<Organisation> &organisations) const
{
    std::vector<Organisation> result;
    for (const Organisation &o : organisations)
        if (!m_store.hasOrganisation(o.id))
            result.push_back(o);
    return result;
}

Status CatalogueEditor::add(const std::vector<Initiative> &initiatives, ChangeRecord::Action action,
                            const std::vector<Organisation> &organisations)
{
    std::vector<CatalogueStore::RecordEdit> edits;
    for (const Initiative &in : initiatives) {
        CatalogueStore::RecordEdit e{CatalogueStore::RecordEdit::Kind::Add, in, entry(action, in)};
        e.log.fields = diff(blank(in.id), in);
        edits.push_back(std::move(e));
    }
    return m_store.applyEdits(edits, missing(organisations));
}

Status CatalogueEditor::edit(const Initiative &after,
                             const std::vector<Organisation> &organisations)
{
    return edit(std::vector<Initiative>{after}, organisations);
}

Status CatalogueEditor::edit(const std::vector<Initiative> &after,
                             const std::vector<Organisation> &organisations)
{
    return change({}, {}, after, organisations);
}

Status CatalogueEditor::remove(const QStringList &ids)
{
    return change(ids, {}, {});
}

Status CatalogueEditor::restore(const QString &id)
{
    if (m_store.hasInitiative(id))
        return Error{
            Tr::tr("Initiative %1 is in the catalogue: there is nothing to restore").arg(id)};
    auto history = m_store.history({id, {}, 50});
    if (!history.ok())
        return history.error();
    for (const ChangeRecord &c : *history) {
        if (!c.removesRecord() || c.snapshot.isEmpty())
            continue;
        auto in = fromSnapshot(c.snapshot, Tr::tr("history entry %1").arg(c.id));
        if (!in.ok())
            return in.error();
        CatalogueStore::RecordEdit e{CatalogueStore::RecordEdit::Kind::Add, *in,
                                     entry(ChangeRecord::Action::Restore, *in)};
        e.log.fields = diff(blank(in->id), *in);
        return m_store.applyEdits({e});
    }
    return Error{Tr::tr("Initiative %1 has no delete in the history to restore from").arg(id),
                 Error::Kind::NotFound};
}

Status CatalogueEditor::merge(const QString &other, const Initiative &merged)
{
    if (other == merged.id)
        return Error{Tr::tr("Initiative %1 cannot be merged with itself").arg(other)};
    auto keptBefore = m_store.initiative(merged.id);
    if (!keptBefore.ok())
        return keptBefore.error();
    auto otherBefore = m_store.initiative(other);
    if (!otherBefore.ok())
        return otherBefore.error();
    using Kind = CatalogueStore::RecordEdit::Kind;
    CatalogueStore::RecordEdit kept{Kind::Replace, merged,
                                    entry(ChangeRecord::Action::Merge, merged)};
    kept.log.fields = diff(*keptBefore, merged);
    kept.log.fields.push_back({QStringLiteral("mergedFrom"), QString(), other});
    kept.log.snapshot = snapshot(*keptBefore);
    CatalogueStore::RecordEdit gone{Kind::Remove, *otherBefore,
                                    entry(ChangeRecord::Action::Merge, *otherBefore)};
    gone.log.fields = {{QStringLiteral("mergedInto"), QString(), merged.id}};
    gone.log.snapshot = snapshot(*otherBefore);
    gone.mergedInto = merged.id;
    return m_store.applyEdits({kept, gone});
}

Status CatalogueEditor::unmerge(const Initiative &keptBefore, const Initiative &otherBefore)
{
    auto keptNow = m_store.initiative(keptBefore.id);
    if (!keptNow.ok())
        return keptNow.error();
    using Kind = CatalogueStore::RecordEdit::Kind;
    CatalogueStore::RecordEdit kept{Kind::Replace, keptBefore,
                                    entry(ChangeRecord::Action::Restore, keptBefore)};
    kept.log.fields = diff(*keptNow, keptBefore);
    kept.log.snapshot = snapshot(*keptNow);
    CatalogueStore::RecordEdit back{Kind::Add, otherBefore,
                                    entry(ChangeRecord::Action::Restore, otherBefore)};
    back.log.fields = diff(blank(otherBefore.id), otherBefore);
    return m_store.applyEdits({kept, back});
}

Status CatalogueEditor::change(const QStringList &remove, const std::vector<Initiative> &add,
                               const std::vector<Initiative> &replace,
                               const std::vector<Organisation> &organisations)
{
    using Kind = CatalogueStore::RecordEdit::Kind;
    std::vector<CatalogueStore::RecordEdit> edits;
    for (const QString &id : remove) {
        auto before = m_store.initiative(id);
        if (!before.ok())
            return before.error();
        CatalogueStore::RecordEdit e{Kind::Remove, *before,
                                     entry(ChangeRecord::Action::Delete, *before)};
        e.log.snapshot = snapshot(*before);
        edits.push_back(std::move(e));
    }
    for (const Initiative &in : replace) {
        auto before = m_store.initiative(in.id);
        if (!before.ok())
            return before.error();
        if (*before == in)
            continue; // no change, no entry
        CatalogueStore::RecordEdit e{Kind::Replace, in, entry(ChangeRecord::Action::Edit, in)};
        e.log.fields = diff(*before, in);
        e.log.snapshot = snapshot(*before);
        edits.push_back(std::move(e));
    }
    for (const Initiative &in : add) {
        CatalogueStore::RecordEdit e{Kind::Add, in, entry(ChangeRecord::Action::Add, in)};
        e.log.fields = diff(blank(in.id), in);
        edits.push_back(std::move(e));
    }
    // A new organisation goes in even when the records are as they were.
    const std::vector<Organisation> added = missing(organisations);
    return edits.empty() && added.empty() ? success() : m_store.applyEdits(edits, added);
}

} // namespace ssc
