// Change bundles: the records changed since a moment, carried as a file and
// applied by the sync's rules; twice changes nothing; a conflict keeps both
// values; an offline copy's changes reach the team catalogue through
// another office's copy.
#include "PgTestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/team/ChangeBundle.h"
#include "core/team/TeamSync.h"

#include <QFile>
#include <QThread>

using namespace ssc;
using namespace ssc::test;

namespace {

std::unique_ptr<CatalogueStore> fixtureCopy(const QTemporaryDir &dir, const QString &name)
{
    auto store = okValue(CatalogueStore::open(dir.filePath(name + QStringLiteral(".ssccat"))));
    REQUIRE(store->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    return store;
}

void edit(CatalogueStore &store, const QString &id, const std::function<void(Initiative &)> &change)
{
    Initiative in = okValue(store.initiative(id));
    change(in);
    REQUIRE(CatalogueEditor(store, QStringLiteral("Ama")).edit(in).ok());
}

} // namespace

TEST_CASE("A change bundle carries edits, additions and deletes, and applies once", "[bundle]")
{
    QTemporaryDir dir;
    auto from = fixtureCopy(dir, QStringLiteral("from"));
    auto to = fixtureCopy(dir, QStringLiteral("to"));
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString id = QStringLiteral("cash-transfers-cop");
    edit(*from, id, [](Initiative &in) { in.status = QStringLiteral("ongoing"); });
    Initiative added = okValue(from->initiative(id));
    added.id = QStringLiteral("cop-second-round");
    REQUIRE(CatalogueEditor(*from, QStringLiteral("Ama")).add({added}).ok());
    REQUIRE(CatalogueEditor(*from, QStringLiteral("Ama"))
                .remove({QStringLiteral("wash-asia-conference")})
                .ok());
    const QString file = dir.filePath(QStringLiteral("changes.json"));
    CHECK(okValue(ChangeBundle::write(*from, since, file)) == 3);
    CHECK(ChangeBundle::isBundle(file));

    // Meanwhile the other office changed another field of the same record.
    edit(*to, id, [](Initiative &in) { in.title = QStringLiteral("CoP on cash transfers"); });
    auto applied = okValue(ChangeBundle::apply(*to, file));
    CHECK(applied.changed == 3);
    CHECK(applied.conflicts == 0);
    const Initiative merged = okValue(to->initiative(id));
    CHECK(merged.status == QStringLiteral("ongoing"));
    CHECK(merged.title == QStringLiteral("CoP on cash transfers"));
    CHECK(to->hasInitiative(QStringLiteral("cop-second-round")));
    CHECK_FALSE(to->hasInitiative(QStringLiteral("wash-asia-conference")));
    // The history names the bundle's author.
    CHECK(okValue(to->history({id, {}, 1})).front().author == QStringLiteral("Ama"));

    // Twice: nothing changes.
    const auto entries = okValue(to->history({})).size();
    applied = okValue(ChangeBundle::apply(*to, file));
    CHECK(applied.changed == 0);
    CHECK(applied.unchanged == 3);
    CHECK(okValue(to->history({})).size() == entries);

    // The same field changed both sides: a conflict, both kept.
    auto third = fixtureCopy(dir, QStringLiteral("third"));
    edit(*third, id, [](Initiative &in) { in.status = QStringLiteral("completed"); });
    applied = okValue(ChangeBundle::apply(*third, file));
    CHECK(applied.conflicts == 1);
    CHECK(okValue(third->initiative(id)).status == QStringLiteral("completed"));
    const auto conflicts = okValue(third->teamConflicts(id));
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].theirs == QStringLiteral("\"ongoing\""));
    REQUIRE(TeamSync::resolve(*third, id, QStringLiteral("status"), false).ok());
    CHECK(okValue(third->initiative(id)).status == QStringLiteral("ongoing"));
}

TEST_CASE("A damaged change bundle is refused, named, and changes nothing", "[bundle]")
{
    QTemporaryDir dir;
    auto to = fixtureCopy(dir, QStringLiteral("to"));
    const auto before = okValue(to->content());
    struct Case
    {
        const char *json;
        const char *expected;
    };
    for (
        const Case &c : {
            Case{
                R"({"format": "ssc-change-bundle", "formatVersion": 1, "changes": [{"base": null}]})",
                "changes[0], field \"id\": is missing"},
            Case{
                R"({"format": "ssc-change-bundle", "formatVersion": 1, "changes": [{"id": "x", "record": 3}]})",
                "changes[0], field \"record\": expected a record or null"},
            Case{R"({"format": "ssc-change-bundle", "formatVersion": 9})", "another version"},
            // Fields of another type (the first ended the program: found by
            // the bundle fuzzer).
            Case{R"({"format": []})", "not a change bundle"},
            Case{R"({"format": "ssc-change-bundle", "formatVersion": "1"})", "another version"},
            Case{
                R"({"format": "ssc-change-bundle", "formatVersion": 1, "changes": [{"id": "x", "record": null, "author": 5}]})",
                "changes[0], field \"author\": expected text"},
            Case{
                R"({"format": "ssc-change-bundle", "formatVersion": 1, "changes": [{"id": "x", "record": {"id": "x"}}]})",
                "changes[0]"},
        }) {
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(c.json);
        f.close();
        const auto applied = ChangeBundle::apply(*to, file);
        INFO(c.json);
        REQUIRE_FALSE(applied.ok());
        CHECK(applied.error().message.startsWith(QStringLiteral("bad.json: ")));
        CHECK(applied.error().message.contains(QString::fromUtf8(c.expected)));
    }
    CHECK(okValue(to->content()).initiatives == before.initiatives);
}

TEST_CASE("An offline copy's bundle reaches the team catalogue through another copy",
          "[bundle][team]")
{
    PgServer &server = PgServer::shared();
    const QString url = server.url(server.createDatabase());
    QTemporaryDir dir;
    auto first = fixtureCopy(dir, QStringLiteral("first"));
    REQUIRE(TeamSync::createServer(url, first.get()).ok());
    auto offline = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("offline.ssccat"))));
    REQUIRE(TeamSync::clone(url, *offline).ok());
    auto online = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("online.ssccat"))));
    REQUIRE(TeamSync::clone(url, *online).ok());

    const QString id = QStringLiteral("emtct-cuba-ethiopia");
    edit(*offline, id, [](Initiative &in) { in.results = QStringLiteral("Certified in 2021"); });
    const QString file = dir.filePath(QStringLiteral("stick.json"));
    CHECK(okValue(ChangeBundle::write(*offline, {}, file)) == 1); // since the last sync
    REQUIRE(ChangeBundle::apply(*online, file).ok());
    CHECK(okValue(online->teamDirty()) == QStringList{id}); // to send
    REQUIRE(TeamSync::sync(*online).ok());
    REQUIRE(TeamSync::sync(*first).ok());
    CHECK(okValue(first->initiative(id)).results == QStringLiteral("Certified in 2021"));
    // When the offline office connects, its own change is already there.
    const auto report = okValue(TeamSync::sync(*offline));
    CHECK(report.conflicts == 0);
    CHECK(okValue(offline->content()).initiatives == okValue(first->content()).initiatives);
}
