// edit, add, delete, restore and history on the command line: output,
// history entries and exit codes on bad input (nothing written then).
#include "CliTestSupport.h"

#include "core/io/json/CatalogueJson.h"
#include "core/storage/CatalogueStore.h"

#include <QFile>

#include <nlohmann/json.hpp>

using namespace ssc;
using namespace ssc::test;

namespace {

Run on(const CatalogueFile &db, QStringList args)
{
    return cli(args << QStringLiteral("--db") << db.path);
}

nlohmann::json historyOf(const CatalogueFile &db, const QString &id = {})
{
    QStringList args{QStringLiteral("history")};
    if (!id.isEmpty())
        args << id;
    const Run r = on(db, args << QStringLiteral("--format") << QStringLiteral("json"));
    REQUIRE(r.code == 0);
    return nlohmann::json::parse(r.out.toStdString());
}

} // namespace

TEST_CASE("edit changes fields, is recorded, and refuses bad input whole", "[cli][edit]")
{
    CatalogueFile db;
    const QString id = QStringLiteral("cash-transfers-cop");
    Run r = on(db, {QStringLiteral("edit"), id, QStringLiteral("--set"),
                    QStringLiteral("status=ongoing"), QStringLiteral("--add"),
                    QStringLiteral("country=UG:recipient"), QStringLiteral("--add"),
                    QStringLiteral("area=nutrition"), QStringLiteral("--author"),
                    QStringLiteral("Ama Mensah")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("status")));
    CHECK(r.out.contains(QStringLiteral("countries")));

    r = on(db, {QStringLiteral("list"), QStringLiteral("--country"), QStringLiteral("UG"),
                QStringLiteral("--role"), QStringLiteral("recipient"), QStringLiteral("--format"),
                QStringLiteral("csv")});
    CHECK(r.out.contains(id));

    auto history = historyOf(db, id);
    REQUIRE(history.size() == 1);
    CHECK(history[0]["author"] == "Ama Mensah");
    CHECK(history[0]["action"] == "edit");
    CHECK(history[0]["fields"][0]["field"] == "status");
    CHECK(history[0]["fields"][0]["before"] == "planned");
    CHECK(history[0]["fields"][0]["after"] == "ongoing");

    // Bad input: exit 1, one line naming the field, nothing written.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--set"), QStringLiteral("colour=red")},
          QStringList{QStringLiteral("--set"), QStringLiteral("start=2019-13")},
          QStringList{QStringLiteral("--add"), QStringLiteral("country=XX:recipient")},
          QStringList{QStringLiteral("--set"), QStringLiteral("status=ongoing"),
                      QStringLiteral("--add"), QStringLiteral("country=ET")},
          QStringList{}}) {
        r = on(db, QStringList{QStringLiteral("edit"), id} + bad);
        INFO(bad.join(' ').toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
    CHECK(on(db, {QStringLiteral("edit"), QStringLiteral("no-such"), QStringLiteral("--set"),
                  QStringLiteral("status=ongoing")})
              .code == 1);
    CHECK(historyOf(db, id).size() == 1);
    CHECK(historyOf(db).size() == 2); // the edit and the fixture's import
}

TEST_CASE("An import is one entry in the history, naming the file", "[cli][edit]")
{
    CatalogueFile db; // imported the fixture
    auto history = historyOf(db);
    REQUIRE(history.size() == 1);
    CHECK(history[0]["action"] == "import");
    CHECK(history[0]["file"] == "small-catalogue.json");
    CHECK(history[0]["fields"][0]["field"] == "added");
    CHECK(history[0]["fields"][0]["after"] == "6");
    // A failed import leaves no entry.
    const QString bad = db.dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    CHECK(on(db, {QStringLiteral("import"), bad, QStringLiteral("--author"), QStringLiteral("X")})
              .code == 1);
    CHECK(historyOf(db).size() == 1);
}

TEST_CASE("delete, restore and add, each in the history", "[cli][edit]")
{
    CatalogueFile db;
    const QString id = QStringLiteral("wash-asia-conference");
    // One unknown ID: nothing deleted.
    Run r = on(db, {QStringLiteral("delete"), id, QStringLiteral("no-such")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no-such")));
    CHECK(on(db, {QStringLiteral("show"), id}).code == 0);

    r = on(db, {QStringLiteral("delete"), id, QStringLiteral("--author"), QStringLiteral("Li")});
    REQUIRE(r.code == 0);
    CHECK(on(db, {QStringLiteral("show"), id}).code == 1);
    r = on(db, {QStringLiteral("restore"), id});
    REQUIRE(r.code == 0);
    CHECK(on(db, {QStringLiteral("show"), id}).code == 0);
    CHECK(on(db, {QStringLiteral("restore"), id}).code == 1); // it is back already
    auto history = historyOf(db, id);
    REQUIRE(history.size() == 2);
    CHECK(history[0]["action"] == "restore");
    CHECK(history[1]["action"] == "delete");
    CHECK(history[1]["author"] == "Li");
    // The deleted record's last state is there to read.
    CHECK(history[1]["snapshot"]["title"] == "Regional WASH conference");

    // add: a file of new initiatives in the catalogue format.
    CatalogueContent content = loadFixture(QStringLiteral("small-catalogue.json"));
    content.initiatives.resize(1);
    content.initiatives[0].id = QStringLiteral("new-study-tour");
    content.initiatives[0].title = QStringLiteral("A new study tour");
    const QString file = db.dir.filePath(QStringLiteral("new.json"));
    REQUIRE(CatalogueJson::writeFile(content, file).ok());
    r = on(db, {QStringLiteral("add"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(on(db, {QStringLiteral("show"), QStringLiteral("new-study-tour")}).code == 0);
    CHECK(historyOf(db, QStringLiteral("new-study-tour"))[0]["action"] == "add");
    // The same again: it exists, so nothing is added.
    r = on(db, {QStringLiteral("add"), file});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("new-study-tour")));
    CHECK(historyOf(db, QStringLiteral("new-study-tour")).size() == 1);

    // The catalogue's history, newest first; --since in the future is empty.
    CHECK(historyOf(db).size() == 4); // with the fixture's import
    r = on(db, {QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("2999-01-01"),
                QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(r.code == 0);
    CHECK(nlohmann::json::parse(r.out.toStdString()).empty());
    CHECK(on(db, {QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("soon")})
              .code == 1);
}

TEST_CASE("The command line applies a saved search (--saved), with the other flags on top",
          "[cli][saved]")
{
    CatalogueFile db;
    {
        auto store = okValue(CatalogueStore::open(db.path));
        CatalogueFilter ongoing;
        ongoing.statuses = {QStringLiteral("ongoing")};
        REQUIRE(store->saveSearch(QStringLiteral("Ongoing"), ongoing).ok());
    }
    Run r = on(db, {QStringLiteral("list"), QStringLiteral("--saved"), QStringLiteral("Ongoing"),
                    QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(r.code == 0);
    CHECK(r.out.count(QLatin1Char('\n')) == 3); // header and two ongoing initiatives
    r = on(db, {QStringLiteral("list"), QStringLiteral("--saved"), QStringLiteral("Ongoing"),
                QStringLiteral("--country"), QStringLiteral("CU"), QStringLiteral("--format"),
                QStringLiteral("csv")});
    CHECK(r.out.count(QLatin1Char('\n')) == 2);
    CHECK(r.out.contains(QStringLiteral("emtct-cuba-ethiopia")));
    r = on(db, {QStringLiteral("facets"), QStringLiteral("--saved"), QStringLiteral("Closed")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Closed")));
    CHECK(r.err.contains(QStringLiteral("Ongoing")));
}
