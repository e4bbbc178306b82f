// The team catalogue against a real PostgreSQL server the tests start:
// publishing, cloning, syncing copies that edit different and the same
// fields, deletes against edits, and every copy converging with the server.
#include "PgTestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/generator/CatalogueGenerator.h"
#include "core/storage/TeamServer.h"
#include "core/team/TeamSync.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <thread>

using namespace ssc;
using namespace ssc::test;

namespace {

// A team catalogue published from the fixture, and copies of it.
struct Team
{
    PgServer &server = PgServer::shared();
    QTemporaryDir dir;
    QString url;
    std::unique_ptr<CatalogueStore> first;

    Team()
    {
        url = server.url(server.createDatabase());
        first = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("first.ssccat"))));
        REQUIRE(first->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
        const auto report = okValue(TeamSync::createServer(url, first.get()));
        CHECK(report.sent == 6);
    }

    std::unique_ptr<CatalogueStore> copy(const QString &name)
    {
        auto store = okValue(CatalogueStore::open(dir.filePath(name + QStringLiteral(".ssccat"))));
        const auto report = okValue(TeamSync::clone(url, *store));
        CHECK(report.conflicts == 0);
        return store;
    }
};

std::vector<Initiative> recordsOf(const CatalogueStore &store)
{
    auto content = okValue(store.content());
    std::sort(content.initiatives.begin(), content.initiatives.end(),
              [](const Initiative &a, const Initiative &b) { return a.id < b.id; });
    return content.initiatives;
}

void edit(CatalogueStore &store, const QString &id, const std::function<void(Initiative &)> &change,
          const QString &who)
{
    Initiative in = okValue(store.initiative(id));
    change(in);
    REQUIRE(CatalogueEditor(store, who).edit(in).ok());
}

TeamSync::Report synced(CatalogueStore &store)
{
    auto report = TeamSync::sync(store);
    INFO((report.ok() ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("A published catalogue clones whole; copies that change different fields merge", "[team]")
{
    Team team;
    auto second = team.copy(QStringLiteral("second"));
    CHECK(recordsOf(*second) == recordsOf(*team.first));
    CHECK(okValue(second->organisations()).size() == okValue(team.first->organisations()).size());
    CHECK(okValue(second->teamLink()).server == team.url);

    const QString id = QStringLiteral("emtct-cuba-ethiopia");
    edit(
        *team.first, id, [](Initiative &in) { in.status = QStringLiteral("completed"); },
        QStringLiteral("Ama"));
    edit(
        *second, id, [](Initiative &in) { in.title = QStringLiteral("EMTCT, Cuba to Ethiopia"); },
        QStringLiteral("Kofi"));
    CHECK(synced(*team.first).sent == 1);
    const auto report = synced(*second);
    CHECK(report.merged == 1);
    CHECK(report.conflicts == 0);
    CHECK(report.sent == 1);
    synced(*team.first);
    // Both changes on both sides.
    for (CatalogueStore *store : {team.first.get(), second.get()}) {
        const Initiative in = okValue(store->initiative(id));
        CHECK(in.status == QStringLiteral("completed"));
        CHECK(in.title == QStringLiteral("EMTCT, Cuba to Ethiopia"));
    }
    CHECK(recordsOf(*second) == recordsOf(*team.first));
    // The other side's change is in the local history, under the server's
    // name for who made it.
    const auto history = okValue(second->history({id, {}, 5}));
    REQUIRE(!history.empty());
    CHECK(history.front().author == QString::fromLatin1(PgServer::kOwner));
    // A sync with nothing new changes nothing.
    const auto quiet = synced(*second);
    CHECK(quiet.received + quiet.sent + quiet.conflicts == 0);
}

TEST_CASE("The same field changed on both sides is a conflict that keeps both values", "[team]")
{
    Team team;
    auto second = team.copy(QStringLiteral("second"));
    const QString id = QStringLiteral("cash-transfers-cop");
    edit(
        *team.first, id, [](Initiative &in) { in.status = QStringLiteral("ongoing"); },
        QStringLiteral("Ama"));
    edit(
        *second, id, [](Initiative &in) { in.status = QStringLiteral("completed"); },
        QStringLiteral("Kofi"));
    synced(*team.first);
    const auto report = synced(*second);
    CHECK(report.conflicts == 1);
    // Mine stays here until I choose; theirs is kept beside it.
    CHECK(okValue(second->initiative(id)).status == QStringLiteral("completed"));
    auto conflicts = okValue(second->teamConflicts());
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].field == QStringLiteral("status"));
    CHECK(conflicts[0].mine == QStringLiteral("\"completed\""));
    CHECK(conflicts[0].theirs == QStringLiteral("\"ongoing\""));
    // The open conflict is not sent: the server keeps theirs.
    synced(*team.first);
    CHECK(okValue(team.first->initiative(id)).status == QStringLiteral("ongoing"));

    SECTION("take theirs")
    {
        REQUIRE(TeamSync::resolve(*second, id, QStringLiteral("status"), false).ok());
        CHECK(okValue(second->initiative(id)).status == QStringLiteral("ongoing"));
    }
    SECTION("keep mine: the next sync sends it")
    {
        REQUIRE(TeamSync::resolve(*second, id, QStringLiteral("status"), true).ok());
        CHECK(synced(*second).sent == 1);
        synced(*team.first);
        CHECK(okValue(team.first->initiative(id)).status == QStringLiteral("completed"));
    }
    CHECK(okValue(second->teamConflicts()).empty());
    synced(*second);
    synced(*team.first);
    CHECK(recordsOf(*second) == recordsOf(*team.first));
}

TEST_CASE("A delete against an edit is a conflict, neither a loss nor a silent return", "[team]")
{
    Team team;
    auto second = team.copy(QStringLiteral("second"));
    const QString id = QStringLiteral("wash-asia-conference");
    REQUIRE(CatalogueEditor(*team.first, QStringLiteral("Ama")).remove({id}).ok());
    edit(
        *second, id, [](Initiative &in) { in.results = QStringLiteral("A regional plan"); },
        QStringLiteral("Kofi"));
    synced(*team.first);
    CHECK(synced(*second).conflicts == 1);
    // The edit is kept here; the server's delete stands until settled.
    CHECK(okValue(second->initiative(id)).results == QStringLiteral("A regional plan"));
    const auto conflicts = okValue(second->teamConflicts(id));
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].field == QStringLiteral("deleted"));
    CHECK(conflicts[0].theirs == QStringLiteral("(deleted)"));
    synced(*team.first);
    CHECK_FALSE(team.first->hasInitiative(id));

    // Keeping mine brings it back everywhere.
    REQUIRE(TeamSync::resolve(*second, id, QStringLiteral("deleted"), true).ok());
    CHECK(synced(*second).sent == 1);
    synced(*team.first);
    CHECK(okValue(team.first->initiative(id)).results == QStringLiteral("A regional plan"));

    // And a delete here against an edit there, taken as theirs.
    REQUIRE(CatalogueEditor(*second, QStringLiteral("Kofi")).remove({id}).ok());
    edit(
        *team.first, id, [](Initiative &in) { in.results = QStringLiteral("Plan adopted"); },
        QStringLiteral("Ama"));
    synced(*team.first);
    CHECK(synced(*second).conflicts == 1);
    CHECK_FALSE(second->hasInitiative(id));
    REQUIRE(TeamSync::resolve(*second, id, QStringLiteral("deleted"), false).ok());
    CHECK(okValue(second->initiative(id)).results == QStringLiteral("Plan adopted"));
    synced(*second);
    synced(*team.first);
    CHECK(recordsOf(*second) == recordsOf(*team.first));
}

TEST_CASE("Three copies editing at once all converge with the server", "[team]")
{
    Team team;
    auto second = team.copy(QStringLiteral("second"));
    auto third = team.copy(QStringLiteral("third"));
    std::vector<CatalogueStore *> copies = {team.first.get(), second.get(), third.get()};
    const QStringList ids = {QStringLiteral("brazil-sao-tome-ecd"),
                             QStringLiteral("emtct-cuba-ethiopia"),
                             QStringLiteral("mnch-china-uganda")};
    // Each copy changes the beneficiaries of every record, and its own
    // record's title; a new record each.
    for (int i = 0; i < 3; ++i) {
        for (const QString &id : ids)
            edit(
                *copies[std::size_t(i)], id,
                [i](Initiative &in) { in.beneficiaries = QStringLiteral("copy %1").arg(i); },
                QStringLiteral("c%1").arg(i));
        edit(
            *copies[std::size_t(i)], ids[i],
            [i](Initiative &in) { in.title = QStringLiteral("Title from copy %1").arg(i); },
            QStringLiteral("c%1").arg(i));
        Initiative added = okValue(copies[std::size_t(i)]->initiative(ids[i]));
        added.id = QStringLiteral("new-in-copy-%1").arg(i);
        REQUIRE(CatalogueEditor(*copies[std::size_t(i)], QStringLiteral("c")).add({added}).ok());
    }
    for (int round = 0; round < 2; ++round)
        for (CatalogueStore *c : copies)
            synced(*c);
    // The first to send won beneficiaries; the others hold conflicts, and
    // taking theirs everywhere converges.
    for (CatalogueStore *c : copies)
        for (const auto &conflict : okValue(c->teamConflicts()))
            REQUIRE(TeamSync::resolve(*c, conflict.key, conflict.field, false).ok());
    for (CatalogueStore *c : copies)
        synced(*c);
    CHECK(recordsOf(*second) == recordsOf(*team.first));
    CHECK(recordsOf(*third) == recordsOf(*team.first));
    CHECK(recordsOf(*team.first).size() == 9);
    for (int i = 0; i < 3; ++i)
        CHECK(okValue(team.first->initiative(ids[i])).title ==
              QStringLiteral("Title from copy %1").arg(i));
}

TEST_CASE("Wrong password, no server, not a team catalogue, a newer schema: one clear line",
          "[team]")
{
    PgServer &server = PgServer::shared();
    QTemporaryDir dir;
    auto store = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("c.ssccat"))));
    const QString plain = server.createDatabase();

    auto refused = TeamSync::clone(server.url(plain, QStringLiteral("nobody_here")), *store);
    REQUIRE_FALSE(refused.ok());
    CHECK(
        refused.error().message.startsWith(QStringLiteral("Cannot connect to the team catalogue")));
    CHECK_FALSE(refused.error().message.contains(QLatin1Char('\n')));

    auto other = TeamSync::clone(
        QStringLiteral("postgresql://ssc_owner@127.0.0.1:1/none?connect_timeout=3"), *store);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.startsWith(QStringLiteral("Cannot connect")));

    auto notTeam = TeamSync::clone(server.url(plain), *store);
    REQUIRE_FALSE(notTeam.ok());
    CHECK(notTeam.error().message.contains(QStringLiteral("is not an SSC team catalogue")));

    REQUIRE(TeamSync::createServer(server.url(plain), nullptr).ok());
    server.sql(plain, QStringLiteral("UPDATE team_info SET value = '99' WHERE key = 'schema'"));
    auto newer = TeamSync::clone(server.url(plain), *store);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().message.contains(QStringLiteral("newer than this program reads")));
    // The local catalogue is untouched by all of it.
    CHECK(okValue(store->initiativeCount()) == 0);
    CHECK(okValue(store->teamLink()).server.isEmpty());
    CHECK_FALSE(TeamSync::createServer(server.url(plain), nullptr).ok()); // already one
}

TEST_CASE("The server decides who may write: a reader syncs down, its changes are refused",
          "[team]")
{
    PgServer &server = PgServer::shared();
    const QString database = server.createDatabase();
    // Roles as docs/TEAM_CATALOGUE.md sets them up.
    server.sql(QStringLiteral("postgres"),
               QStringLiteral("CREATE ROLE ssc_team_reader NOLOGIN; "
                              "CREATE ROLE ssc_team_editor NOLOGIN; "
                              "CREATE ROLE reader1 LOGIN PASSWORD '%1' IN ROLE ssc_team_reader; "
                              "CREATE ROLE editor1 LOGIN PASSWORD '%1' IN ROLE ssc_team_editor")
                   .arg(QLatin1String(PgServer::kPassword)));
    QTemporaryDir dir;
    auto owner = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("owner.ssccat"))));
    REQUIRE(owner->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    REQUIRE(TeamSync::createServer(server.url(database), owner.get()).ok());

    auto reader = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("reader.ssccat"))));
    REQUIRE(TeamSync::clone(server.url(database, QStringLiteral("reader1")), *reader).ok());
    auto editor = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("editor.ssccat"))));
    REQUIRE(TeamSync::clone(server.url(database, QStringLiteral("editor1")), *editor).ok());
    CHECK(recordsOf(*reader) == recordsOf(*owner));

    const QString id = QStringLiteral("cash-transfers-cop");
    edit(
        *reader, id, [](Initiative &in) { in.status = QStringLiteral("completed"); },
        QStringLiteral("reader"));
    const auto refused = TeamSync::sync(*reader);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("permission denied")));
    CHECK_FALSE(refused.error().message.contains(QLatin1Char('\n')));
    CHECK(okValue(reader->teamDirty()) == QStringList{id}); // kept, to send when allowed

    // An editor's change goes through, under the name the server knows.
    edit(
        *editor, id, [](Initiative &in) { in.status = QStringLiteral("ongoing"); },
        QStringLiteral("someone else"));
    CHECK(synced(*editor).sent == 1);
    synced(*owner);
    CHECK(okValue(owner->initiative(id)).status == QStringLiteral("ongoing"));
    CHECK(okValue(owner->history({id, {}, 1})).front().author == QStringLiteral("editor1"));
    // The reader still receives it: its own edit of the same field is now
    // a conflict, kept here, and nothing else is left to send.
    CHECK(synced(*reader).conflicts == 1);
    CHECK(okValue(reader->teamConflicts(id)).size() == 1);
    CHECK(okValue(reader->initiative(id)).status == QStringLiteral("completed"));
    // Only the owner may change the schema.
    const auto [code, output] = server.psql(
        database, QStringLiteral("SET ROLE editor1; ALTER TABLE record ADD COLUMN x int"));
    CHECK(code != 0);
    CHECK(output.contains(QStringLiteral("must be owner")));
}

TEST_CASE("A sync killed at any point, or a server restarted under it, completes on the next",
          "[team][faults]")
{
    PgServer &server = PgServer::shared();
    const QString url = server.url(server.createDatabase());
    QTemporaryDir dir;
    auto first = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("first.ssccat"))));
    REQUIRE(CatalogueGenerator(5).writeInto(*first, 400).ok());
    REQUIRE(TeamSync::createServer(url, first.get()).ok());
    const QString secondPath = dir.filePath(QStringLiteral("second.ssccat"));
    {
        auto second = okValue(CatalogueStore::open(secondPath));
        REQUIRE(TeamSync::clone(url, *second).ok());
        // Every record changed here, one field; some changed on the server too.
        std::vector<Initiative> changed;
        for (const Initiative &in : recordsOf(*second)) {
            Initiative c = in;
            c.beneficiaries = QStringLiteral("Counted again in ") + c.id;
            changed.push_back(c);
        }
        REQUIRE(CatalogueEditor(*second, QStringLiteral("Kofi")).edit(changed).ok());
    }
    std::vector<Initiative> some = recordsOf(*first);
    some.resize(50);
    for (Initiative &in : some)
        in.status = QStringLiteral("completed");
    REQUIRE(CatalogueEditor(*first, QStringLiteral("Ama")).edit(some).ok());
    synced(*first);

    // The sync of the 400 is killed at random moments, then the server is
    // restarted under one; each leaves things consistent.
    QRandomGenerator random(11);
    for (int attempt = 0; attempt < 6; ++attempt) {
        QProcess sync;
        sync.start(QStringLiteral(SSC_EXECUTABLE),
                   {QStringLiteral("sync"), QStringLiteral("--db"), secondPath});
        REQUIRE(sync.waitForStarted());
        if (attempt == 5) {
            QThread::msleep(random.bounded(50, 300));
            server.restart();
        } else {
            QThread::msleep(random.bounded(20, 600));
            sync.kill();
        }
        sync.waitForFinished(60000);
    }
    auto second = okValue(CatalogueStore::open(secondPath));
    synced(*second);
    synced(*first);
    // Every copy equal to the server's, field by field: a fresh clone of it.
    auto fresh = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("fresh.ssccat"))));
    REQUIRE(TeamSync::clone(url, *fresh).ok());
    const auto expected = recordsOf(*fresh);
    CHECK(recordsOf(*second) == expected);
    CHECK(recordsOf(*first) == expected);
    REQUIRE(expected.size() == 400);
    // Both sides' changes are in: different fields, merged.
    int counted = 0;
    for (const Initiative &in : expected)
        counted += in.beneficiaries.startsWith(QStringLiteral("Counted again"));
    CHECK(counted == 400);
    for (const Initiative &in : some)
        CHECK(okValue(second->initiative(in.id)).status == QStringLiteral("completed"));
    CHECK(okValue(second->teamDirty()).isEmpty());
    CHECK(okValue(second->teamConflicts()).empty());
}

TEST_CASE("Ten copies syncing at once all converge with the server", "[team]")
{
    Team team;
    const QString secondPath = team.dir.filePath(QStringLiteral("second.ssccat"));
    team.copy(QStringLiteral("second")).reset();
    const std::vector<Initiative> all = recordsOf(*team.first);
    // File copies of a copy are copies of the same team catalogue.
    std::vector<QString> paths;
    for (int c = 0; c < 10; ++c) {
        paths.push_back(team.dir.filePath(QStringLiteral("client%1.ssccat").arg(c)));
        REQUIRE(QFile::copy(secondPath, paths.back()));
    }
    std::vector<QString> failures(paths.size());
    std::vector<std::thread> threads;
    for (std::size_t c = 0; c < paths.size(); ++c) {
        threads.emplace_back([&, c] {
            // Each its own connection and store, on its own thread; each
            // changes every record's results, and one record's title.
            auto store = CatalogueStore::open(paths[c]);
            if (!store.ok())
                return void(failures[c] = store.error().message);
            std::vector<Initiative> mine = all;
            for (Initiative &in : mine)
                in.results = QStringLiteral("Reported by copy %1").arg(c);
            mine[c % mine.size()].title = QStringLiteral("Title by copy %1").arg(c);
            if (Status s = CatalogueEditor(**store, QStringLiteral("c")).edit(mine); !s)
                return void(failures[c] = s.error().message);
            for (int round = 0; round < 2; ++round)
                if (auto r = TeamSync::sync(**store); !r.ok())
                    return void(failures[c] = r.error().message);
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (const QString &f : failures)
        CHECK(f.toStdString() == "");
    // Conflicts settled as theirs everywhere; then all equal to the server.
    for (const QString &p : paths) {
        auto store = okValue(CatalogueStore::open(p));
        for (const auto &c : okValue(store->teamConflicts()))
            REQUIRE(TeamSync::resolve(*store, c.key, c.field, false).ok());
        synced(*store);
    }
    auto fresh = okValue(CatalogueStore::open(team.dir.filePath(QStringLiteral("fresh.ssccat"))));
    REQUIRE(TeamSync::clone(team.url, *fresh).ok());
    const auto expected = recordsOf(*fresh);
    for (const QString &p : paths)
        CHECK(recordsOf(*okValue(CatalogueStore::open(p))) == expected);
    synced(*team.first);
    CHECK(recordsOf(*team.first) == expected);
}
