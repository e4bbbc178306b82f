#include "core/team/TeamSync.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/io/json/CatalogueJson.h"
#include "core/storage/TeamServer.h"
#include "core/team/TeamRecords.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <nlohmann/json.hpp>

#include <map>

namespace ssc {

namespace {

using namespace team;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamSync)
};

class Syncer
{
public:
    Syncer(CatalogueStore &store, TeamServer &server, TeamSync::Report &report)
        : m_store(store), m_server(server), m_report(report)
    {}

    // Takes in everything the server changed since the mark.
    Status receive(CatalogueStore::TeamLink &link);
    // Sends what changed here; false when the server moved on meanwhile.
    Result<bool> send();

private:
    Status merge(CatalogueStore::TeamStep &step, const ServerRecord &theirs,
                 const std::map<QString, CatalogueStore::TeamConflict> &open, bool changedHere);

    CatalogueStore &m_store;
    TeamServer &m_server;
    TeamSync::Report &m_report;
};

Status Syncer::receive(CatalogueStore::TeamLink &link)
{
    std::vector<ServerRecord> initiatives;
    std::vector<Source> sources;
    std::vector<Organisation> organisations;
    qint64 mark = link.revision;
    Status failed = success();
    Status read = m_server.changesSince(link.revision, [&](ServerRecord &&r) {
        mark = std::max(mark, r.revision);
        if (r.kind == kInitiative) {
            initiatives.push_back(std::move(r));
        } else if (r.kind == kSource && !r.deleted) {
            auto s = fromBody<Source>(r.body, &CatalogueContent::sources, "sources");
            if (!s.ok())
                failed = s.error();
            else
                sources.push_back(std::move(*s));
        } else if (r.kind == kOrganisation && !r.deleted) {
            auto o =
                fromBody<Organisation>(r.body, &CatalogueContent::organisations, "organisations");
            if (!o.ok())
                failed = o.error();
            else
                organisations.push_back(std::move(*o));
        }
        return failed.ok();
    });
    if (!read)
        return read;
    if (!failed)
        return failed;
    if (Status s = m_store.addShared(sources, organisations); !s)
        return s;
    auto dirty = m_store.teamDirty();
    if (!dirty.ok())
        return dirty.error();
    const QSet<QString> changedHere(dirty->begin(), dirty->end());
    auto open = openConflicts(m_store);
    if (!open.ok())
        return open.error();
    CatalogueStore::TeamStep step;
    for (const ServerRecord &r : initiatives) {
        if (Status s = merge(step, r, (*open)[r.key], changedHere.contains(r.key)); !s)
            return s;
        step.bases.push_back({r.key, {r.deleted ? QString() : r.body, r.deleted, r.revision}});
    }
    step.link = CatalogueStore::TeamLink{link.server, mark};
    if (Status s = m_store.applyTeamStep(step); !s)
        return s;
    link.revision = mark;
    return success();
}

Status Syncer::merge(CatalogueStore::TeamStep &step, const ServerRecord &theirs,
                     const std::map<QString, CatalogueStore::TeamConflict> &open, bool changedHere)
{
    auto here = localRecord(m_store, theirs.key);
    if (!here.ok())
        return here.error();
    const Json server = theirs.deleted ? Json() : objectOf(theirs.body);
    // Nothing changed here: the server's record as it is.
    if (!changedHere && open.empty()) {
        auto taken = initiativeFrom(server);
        if (!taken.ok())
            return taken.error();
        if (*here != *taken)
            ++m_report.received;
        return writeLocally(step, *here, *taken, theirs.author);
    }
    auto base = m_store.teamBase(theirs.key);
    if (!base.ok())
        return base.error();
    const Json was = *base && !(*base)->deleted ? objectOf((*base)->body) : Json();
    ++m_report.merged;
    const std::size_t before = step.conflicts.size();
    const Status s = mergeRecord(step, theirs.key, was, *here, server, open, theirs.author);
    m_report.conflicts += int(step.conflicts.size() - before);
    return s;
}

Result<bool> Syncer::send()
{
    auto dirty = m_store.teamDirty();
    if (!dirty.ok())
        return dirty.error();
    std::vector<TeamServer::Push> pushes;
    QSet<QString> organisations, sources;
    CatalogueStore::TeamStep done;
    for (const QString &key : *dirty) {
        auto here = localRecord(m_store, key);
        if (!here.ok())
            return here.error();
        auto base = m_store.teamBase(key);
        if (!base.ok())
            return base.error();
        auto open = m_store.teamConflicts(key);
        if (!open.ok())
            return open.error();
        done.sent << key;
        // A delete against an edit waits for the user's choice.
        if (std::any_of(open->begin(), open->end(),
                        [](const auto &c) { return c.field == QLatin1String(TeamSync::kDeleted); }))
            continue;
        // The fields in conflict are sent as the server has them.
        Json body = *here ? objectOf(CatalogueEditor::snapshot(**here)) : Json();
        for (const auto &c : *open)
            setField(body, c.field.toStdString(),
                     Json::parse(c.theirs.toStdString(), nullptr, false));
        const bool hadIt = *base && !(*base)->deleted;
        if (body.is_null() ? !hadIt : (hadIt && body == objectOf((*base)->body)))
            continue; // nothing to send
        TeamServer::Push p;
        p.record = {
            kInitiative,    key, body.is_null() ? QString() : QString::fromStdString(body.dump()),
            body.is_null(), 0,   {}};
        p.expected = *base ? (*base)->revision : 0;
        pushes.push_back(std::move(p));
        if (*here) {
            for (const Partnership &x : (*here)->partners)
                organisations.insert(x.organisation);
            for (const FundingRecord &f : (*here)->funding)
                organisations.insert(f.source);
            for (const QString &s : (*here)->sources)
                sources.insert(s);
        }
    }
    // The organisations and sources they cite, which the server may lack.
    std::vector<TeamServer::Push> shared;
    for (const QString &id : organisations) {
        auto o = m_store.organisation(id);
        if (!o.ok())
            return o.error();
        for (const QString &s : o->sources)
            sources.insert(s);
        shared.push_back({{kOrganisation,
                           id,
                           bodyOf(*o, &CatalogueContent::organisations, "organisations"),
                           false,
                           0,
                           {}},
                          TeamServer::kAddIfMissing});
    }
    if (!sources.isEmpty()) {
        auto all = m_store.sources();
        if (!all.ok())
            return all.error();
        for (const Source &s : *all)
            if (sources.contains(s.id))
                shared.insert(shared.begin(), {{kSource,
                                                s.id,
                                                bodyOf(s, &CatalogueContent::sources, "sources"),
                                                false,
                                                0,
                                                {}},
                                               TeamServer::kAddIfMissing});
    }
    if (!pushes.empty()) {
        shared.insert(shared.end(), pushes.begin(), pushes.end());
        auto pushed = m_server.push(shared);
        if (!pushed.ok())
            return pushed.error();
        if (pushed->stale)
            return false;
        if (!pushed->written.empty())
            m_report.pushedRevision = pushed->written.back().revision;
        for (const ServerRecord &r : pushed->written) {
            if (r.kind != kInitiative)
                continue;
            done.bases.push_back({r.key, {r.body, r.deleted, r.revision}});
            ++m_report.sent;
        }
    }
    if (Status s = m_store.applyTeamStep(done); !s)
        return s.error();
    return true;
}

Result<TeamSync::Report> syncWith(CatalogueStore &store, TeamServer &server,
                                  CatalogueStore::TeamLink link)
{
    TeamSync::Report report;
    report.server = link.server;
    report.encrypted = server.isEncrypted();
    Syncer syncer(store, server, report);
    // The server moving on between receiving and sending is rare; each
    // round takes in what it did.
    for (int round = 0; round < 5; ++round) {
        if (Status s = syncer.receive(link); !s)
            return s.error();
        auto sent = syncer.send();
        if (!sent.ok())
            return sent.error();
        if (*sent)
            return report;
    }
    return Error{Tr::tr("The team catalogue kept changing during the sync; try again"),
                 Error::Kind::Catalogue};
}

Result<std::unique_ptr<TeamServer>> connected(const QString &url, const QString &password)
{
    auto server = TeamServer::connect(url, password);
    if (!server.ok())
        return server.error();
    if (Status s = (*server)->check(); !s)
        return s.error();
    return server;
}

} // namespace

Result<TeamSync::Report> TeamSync::createServer(const QString &url, CatalogueStore *from)
{
    auto server = TeamServer::connect(url);
    if (!server.ok())
        return server.error();
    if (Status s = (*server)->create(); !s)
        return s.error();
    Report report;
    report.server = url;
    report.encrypted = (*server)->isEncrypted();
    if (!from)
        return report;
    auto link = from->teamLink();
    if (!link.ok())
        return link.error();
    if (!link->server.isEmpty())
        return Error{Tr::tr("%1 is already a copy of the team catalogue at %2")
                         .arg(from->path(), link->server)};
    auto content = from->content();
    if (!content.ok())
        return content.error();
    std::vector<TeamServer::Push> pushes;
    for (const Source &s : content->sources)
        pushes.push_back(
            {{kSource, s.id, bodyOf(s, &CatalogueContent::sources, "sources"), false, 0, {}}, 0});
    for (const Organisation &o : content->organisations)
        pushes.push_back({{kOrganisation,
                           o.id,
                           bodyOf(o, &CatalogueContent::organisations, "organisations"),
                           false,
                           0,
                           {}},
                          0});
    for (const Initiative &in : content->initiatives)
        pushes.push_back({{kInitiative, in.id, CatalogueEditor::snapshot(in), false, 0, {}}, 0});
    auto pushed = (*server)->push(pushes);
    if (!pushed.ok())
        return pushed.error();
    CatalogueStore::TeamStep step;
    qint64 mark = 0;
    for (const ServerRecord &r : pushed->written) {
        mark = std::max(mark, r.revision);
        if (r.kind == kInitiative)
            step.bases.push_back({r.key, {r.body, false, r.revision}});
    }
    report.sent = int(content->initiatives.size());
    step.link = CatalogueStore::TeamLink{url, mark};
    if (Status s = from->applyTeamStep(step); !s)
        return s.error();
    return report;
}

Result<TeamSync::Report> TeamSync::clone(const QString &url, CatalogueStore &store,
                                         const QString &password)
{
    auto server = connected(url, password);
    if (!server.ok())
        return server.error();
    auto count = store.initiativeCount();
    if (!count.ok())
        return count.error();
    if (*count > 0)
        return Error{Tr::tr("%1 is not empty: clone into a new catalogue").arg(store.path())};
    // Everything at once into the empty catalogue: checked like an import
    // and written in one transaction, without a history entry per record;
    // then the bases and the link in another. Until the link is written the
    // file is no copy, and the caller removes it when this fails.
    CatalogueContent content;
    CatalogueStore::TeamStep step;
    qint64 mark = 0;
    Status failed = success();
    Status read = (*server)->changesSince(0, [&](ServerRecord &&r) {
        mark = std::max(mark, r.revision);
        if (r.kind == kSource && !r.deleted) {
            auto source = fromBody<Source>(r.body, &CatalogueContent::sources, "sources");
            failed = source.ok() ? success() : Status(source.error());
            if (source.ok())
                content.sources.push_back(std::move(*source));
        } else if (r.kind == kOrganisation && !r.deleted) {
            auto o =
                fromBody<Organisation>(r.body, &CatalogueContent::organisations, "organisations");
            failed = o.ok() ? success() : Status(o.error());
            if (o.ok())
                content.organisations.push_back(std::move(*o));
        } else if (r.kind == kInitiative) {
            if (!r.deleted) {
                auto in =
                    CatalogueEditor::fromSnapshot(r.body, QStringLiteral("the team catalogue"));
                failed = in.ok() ? success() : Status(in.error());
                if (in.ok())
                    content.initiatives.push_back(std::move(*in));
            }
            step.bases.push_back({r.key, {r.deleted ? QString() : r.body, r.deleted, r.revision}});
        }
        return failed.ok();
    });
    if (!read)
        return read.error();
    if (!failed)
        return failed.error();
    if (Status s = store.addContent(content); !s)
        return s.error();
    step.link = CatalogueStore::TeamLink{url, mark};
    if (Status s = store.applyTeamStep(step); !s)
        return s.error();
    Report report;
    report.server = url;
    report.encrypted = (*server)->isEncrypted();
    report.received = int(content.initiatives.size());
    return report;
}

Result<TeamSync::Report> TeamSync::cloneTo(const QString &url, const QString &path,
                                           const QString &password)
{
    if (QFileInfo::exists(path))
        return Error{Tr::tr("%1 exists; clone into a new file").arg(path)};
    const QString part = path + QStringLiteral(".part");
    for (const QString &stale :
         {part, part + QStringLiteral("-wal"), part + QStringLiteral("-shm")})
        QFile::remove(stale);
    Result<Report> report = Error{};
    {
        auto store = CatalogueStore::open(part, CatalogueStore::OpenMode::CreateIfMissing);
        if (!store.ok())
            return store.error();
        report = clone(url, **store, password);
    }
    if (!report.ok()) {
        QFile::remove(part);
        return report;
    }
    if (!QFile::rename(part, path))
        return Error{Tr::tr("Cannot write %1").arg(path), Error::Kind::Catalogue};
    return report;
}

Result<TeamSync::Report> TeamSync::sync(CatalogueStore &store, const QString &password)
{
    auto link = store.teamLink();
    if (!link.ok())
        return link.error();
    if (link->server.isEmpty())
        return Error{Tr::tr("%1 is not a copy of a team catalogue (clone one with `ssc-catalogue "
                            "clone`)")
                         .arg(store.path())};
    auto server = connected(link->server, password);
    if (!server.ok())
        return server.error();
    return syncWith(store, **server, *link);
}

Status TeamSync::changeUser(CatalogueStore &store, const QString &user)
{
    auto link = store.teamLink();
    if (!link.ok())
        return link.error();
    if (link->server.isEmpty())
        return Error{Tr::tr("%1 is not a copy of a team catalogue").arg(store.path())};
    auto url = TeamServer::withUser(link->server, user);
    if (!url.ok())
        return url.error();
    CatalogueStore::TeamStep step;
    step.link = CatalogueStore::TeamLink{*url, link->revision};
    return store.applyTeamStep(step);
}

Status TeamSync::resolve(CatalogueStore &store, const QString &key, const QString &fieldName,
                         bool mine)
{
    auto open = store.teamConflicts(key);
    if (!open.ok())
        return open.error();
    const auto it = std::find_if(open->begin(), open->end(),
                                 [&](const auto &c) { return c.field == fieldName; });
    if (it == open->end())
        return Error{Tr::tr("No conflict on %1 of %2").arg(fieldName, key), Error::Kind::NotFound};
    CatalogueStore::TeamStep step;
    step.settled.push_back({key, fieldName});
    if (mine) {
        // Sent by the next sync.
        step.dirty << key;
        return store.applyTeamStep(step);
    }
    auto here = localRecord(store, key);
    if (!here.ok())
        return here.error();
    Json after;
    if (fieldName == QLatin1String(kDeleted)) {
        after = it->theirs == QLatin1String("(deleted)") ? Json() : objectOf(it->theirs);
    } else {
        after = *here ? objectOf(CatalogueEditor::snapshot(**here)) : Json();
        if (after.is_null())
            return Error{Tr::tr("%1 is not here to take the server's value").arg(key)};
        setField(after, fieldName.toStdString(),
                 Json::parse(it->theirs.toStdString(), nullptr, false));
    }
    auto taken = initiativeFrom(after);
    if (!taken.ok())
        return taken.error();
    if (Status s = writeLocally(step, *here, *taken, it->author); !s)
        return s;
    return store.applyTeamStep(step);
}

QString TeamSync::readableValue(const QString &value)
{
    if (value == QLatin1String("null"))
        return Tr::tr("(none)");
    if (value == QLatin1String("(deleted)"))
        return Tr::tr("(deleted)");
    const Json j = Json::parse(value.toStdString(), nullptr, false);
    if (j.is_string())
        return QString::fromStdString(j.get<std::string>());
    if (j.is_object() && j.contains("title") && j["title"].is_string())
        return Tr::tr("the record (\"%1\")")
            .arg(QString::fromStdString(j["title"].get<std::string>()));
    return value;
}

} // namespace ssc
