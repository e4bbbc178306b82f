// duplicates and merge on the command line: the pairs with their reasons in
// each format, a merge that leaves the merged-away key finding the record,
// and exit codes on bad input (nothing written then).
#include "CliTestSupport.h"

#include "core/io/json/CatalogueJson.h"
#include "core/storage/CatalogueStore.h"

#include <nlohmann/json.hpp>

using namespace ssc;
using namespace ssc::test;

namespace {

Run on(const CatalogueFile &db, QStringList args)
{
    return cli(args << QStringLiteral("--db") << db.path);
}

// The fixture's EMTCT initiative again, as another publisher listed it.
void addCopy(const CatalogueFile &db)
{
    CatalogueContent content = loadFixture(QStringLiteral("small-catalogue.json"));
    Initiative copy;
    for (const Initiative &in : content.initiatives)
        if (in.id == QLatin1String("emtct-cuba-ethiopia"))
            copy = in;
    copy.id = QStringLiteral("emtct-copy");
    copy.title = QStringLiteral("EMTCT Technical Assistance: Cuba to Ethiopia");
    copy.countries = {{QStringLiteral("ET"), QStringLiteral("recipient"), {}},
                      {QStringLiteral("UG"), QStringLiteral("recipient"), {}}};
    content.initiatives = {copy};
    const QString file = QFileInfo(db.path).absolutePath() + QStringLiteral("/copy.json");
    REQUIRE(CatalogueJson::writeFile(content, file).ok());
    const Run r = on(db, {QStringLiteral("add"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

} // namespace

TEST_CASE("duplicates lists likely pairs with the reason and score", "[cli][duplicates]")
{
    CatalogueFile db;
    Run r = on(db, {QStringLiteral("duplicates")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("No likely duplicates")));

    addCopy(db);
    r = on(db, {QStringLiteral("duplicates"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const auto pairs = nlohmann::json::parse(r.out.toStdString());
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0]["first"] == "emtct-cuba-ethiopia");
    CHECK(pairs[0]["second"] == "emtct-copy");
    CHECK(pairs[0]["score"].get<int>() >= 60);
    CHECK(pairs[0]["score"].get<int>() < 100);
    CHECK(pairs[0]["reasons"][0].get<std::string>().rfind("similar title (", 0) == 0);
    CHECK(pairs[0]["reasons"][1] == "countries in common: ET");

    r = on(db, {QStringLiteral("duplicates")});
    CHECK(r.out.contains(QStringLiteral("emtct-copy")));
    CHECK(r.out.contains(QStringLiteral("Score")));
    // A higher bar leaves the pair out.
    r = on(db, {QStringLiteral("duplicates"), QStringLiteral("--min-score"), QStringLiteral("99"),
                QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(r.code == 0);
    CHECK(r.out.count(QLatin1Char('\n')) == 1); // the header only

    for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("101")}) {
        r = on(db, {QStringLiteral("duplicates"), QStringLiteral("--min-score"), bad});
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("--min-score")));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
}

TEST_CASE("merge makes a pair one record; the old key still finds it", "[cli][duplicates]")
{
    CatalogueFile db;
    addCopy(db);
    // Bad input: exit 1, one line, nothing written.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("emtct-cuba-ethiopia")},
          QStringList{QStringLiteral("emtct-cuba-ethiopia"), QStringLiteral("no-such")},
          QStringList{QStringLiteral("emtct-cuba-ethiopia"), QStringLiteral("emtct-copy"),
                      QStringLiteral("--take"), QStringLiteral("colour=other")},
          QStringList{QStringLiteral("emtct-cuba-ethiopia"), QStringLiteral("emtct-copy"),
                      QStringLiteral("--take"), QStringLiteral("title=both")},
          QStringList{QStringLiteral("emtct-copy"), QStringLiteral("emtct-copy")}}) {
        const Run r = on(db, QStringList{QStringLiteral("merge")} + bad);
        INFO(bad.join(' ').toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
    CHECK(on(db, {QStringLiteral("show"), QStringLiteral("emtct-copy")})
              .out.contains(QStringLiteral("EMTCT Technical Assistance: Cuba")));

    Run r = on(db, {QStringLiteral("merge"), QStringLiteral("emtct-cuba-ethiopia"),
                    QStringLiteral("emtct-copy"), QStringLiteral("--take"),
                    QStringLiteral("title=other"), QStringLiteral("--author"),
                    QStringLiteral("Kofi Boateng")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // The old key shows the merged record: the other's title, both
    // records' countries.
    r = on(db, {QStringLiteral("show"), QStringLiteral("emtct-copy"), QStringLiteral("--format"),
                QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const auto shown = nlohmann::json::parse(r.out.toStdString());
    CHECK(shown["initiatives"][0]["id"] == "emtct-cuba-ethiopia");
    CHECK(shown["initiatives"][0]["title"] == "EMTCT Technical Assistance: Cuba to Ethiopia");
    CHECK(shown["initiatives"][0]["countries"].size() == 4); // CU, ET, BR and UG
    r = on(db, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK_FALSE(r.out.contains(QStringLiteral("emtct-copy")));
    r = on(db, {QStringLiteral("history"), QStringLiteral("emtct-copy"), QStringLiteral("--format"),
                QStringLiteral("json")});
    const auto history = nlohmann::json::parse(r.out.toStdString());
    CHECK(history[0]["action"] == "merge");
    CHECK(history[0]["author"] == "Kofi Boateng");
    CHECK(history[0]["fields"][0]["after"] == "emtct-cuba-ethiopia");
    CHECK(on(db, {QStringLiteral("duplicates")}).out.contains(QStringLiteral("No likely")));
}
