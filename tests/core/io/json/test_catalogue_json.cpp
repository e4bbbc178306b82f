#include "TestSupport.h"

#include "core/catalogue/DefaultCatalogue.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

using namespace ssc;
using namespace ssc::test;

namespace {

// The fixture as JSON text with one change applied.
QByteArray fixtureWith(const std::function<void(nlohmann::json &)> &change)
{
    auto doc = nlohmann::json::parse(
        readAll(fixturePath(QStringLiteral("small-catalogue.json"))).toStdString());
    change(doc);
    return QByteArray::fromStdString(doc.dump(2));
}

QString importError(CatalogueStore &store, const QByteArray &json)
{
    auto content = CatalogueJson::parse(json, QStringLiteral("bad.json"));
    if (!content.ok())
        return content.error().message;
    const Status added = store.addContent(*content);
    return added.ok() ? QString() : added.error().message;
}

} // namespace

TEST_CASE("Export then import gives the same catalogue", "[json]")
{
    const CatalogueContent original = loadFixture(QStringLiteral("small-catalogue.json"));
    const auto store = storeWith(original);
    const CatalogueContent exported = okValue(store->content());
    CHECK(exported == original);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    REQUIRE(CatalogueJson::writeFile(exported, path).ok());
    const auto reread = CatalogueJson::readFile(path);
    REQUIRE(reread.ok());
    CHECK(*reread == original);
    const auto second = storeWith(*reread);
    CHECK(okValue(second->content()) == original);
    CHECK(CatalogueJson::serialize(okValue(second->content())) ==
          CatalogueJson::serialize(exported));
}

TEST_CASE("The bundled catalogue survives a round trip unchanged", "[json][bundled]")
{
    const auto bundled = DefaultCatalogue::bundledContent();
    REQUIRE(bundled.ok());
    const auto store = storeWith(*bundled);
    CHECK(okValue(store->content()) == *bundled);
}

TEST_CASE("Bad catalogue files are refused with the record and field, and nothing is written",
          "[json][bad-input]")
{
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const CatalogueContent before = okValue(store->content());

    SECTION("malformed JSON names the line and column")
    {
        const QString error = importError(*store, "{\n  \"format\": \"ssc-catalogue\",\n  oops\n}");
        CHECK(error.contains(QStringLiteral("bad.json, line 3, column 3")));
        CHECK(error.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("not a catalogue")
    {
        CHECK(importError(*store, "[1, 2, 3]").contains(QStringLiteral("expected an object")));
        CHECK(importError(*store, "{\"format\": \"other\"}")
                  .contains(QStringLiteral("not an SSC catalogue")));
    }
    SECTION("a newer format version")
    {
        const QString error =
            importError(*store, fixtureWith([](auto &d) { d["formatVersion"] = 7; }));
        CHECK(error.contains(QStringLiteral("formatVersion")));
        CHECK(error.contains(QStringLiteral("newer")));
    }
    SECTION("an unknown country code")
    {
        const QString error = importError(*store, fixtureWith([](auto &d) {
            d["initiatives"][1]["id"] = "new-one";
            d["initiatives"][1]["countries"][1]["code"] = "XX";
            d["initiatives"] = nlohmann::json::array({d["initiatives"][1]});
            d["sources"] = nlohmann::json::array();
            d["organisations"] = nlohmann::json::array();
        }));
        CHECK(error.contains(QStringLiteral("initiatives[0] \"new-one\"")));
        CHECK(error.contains(QStringLiteral("countries[1].code")));
        CHECK(error.contains(QStringLiteral("\"XX\"")));
    }
    SECTION("a field of the wrong type")
    {
        const QString error =
            importError(*store, fixtureWith([](auto &d) { d["initiatives"][2]["title"] = 42; }));
        CHECK(error.contains(QStringLiteral("initiatives[2] \"mnch-china-uganda\"")));
        CHECK(error.contains(QStringLiteral("\"title\"")));
        CHECK(error.contains(QStringLiteral("expected a string")));
        const QString amount = importError(*store, fixtureWith([](auto &d) {
            d["initiatives"][1]["funding"][0]["amount"] = "lots";
        }));
        CHECK(amount.contains(QStringLiteral("funding[0]")));
        CHECK(amount.contains(QStringLiteral("expected a number")));
    }
    SECTION("a duplicate identifier inside the file")
    {
        const QString error = importError(*store, fixtureWith([](auto &d) {
            d["sources"] = nlohmann::json::array({{{"id", "s2"}, {"title", "t"}}});
            d["organisations"] = nlohmann::json::array();
            auto one = d["initiatives"][5];
            one["sources"] = {"s2"};
            one["id"] = "twice";
            d["initiatives"] = nlohmann::json::array({one, one});
        }));
        CHECK(error.contains(QStringLiteral("initiatives[1] \"twice\"")));
        CHECK(error.contains(QStringLiteral("duplicate id")));
    }
    SECTION("an identifier already in the catalogue")
    {
        const QString error =
            importError(*store, readAll(fixturePath(QStringLiteral("small-catalogue.json"))));
        CHECK(error.contains(QStringLiteral("duplicate id")));
    }
    SECTION("a reference to a missing organisation, and many problems at once")
    {
        const QString error = importError(*store, fixtureWith([](auto &d) {
            d["sources"] = nlohmann::json::array({{{"id", "s3"}, {"title", "t"}}});
            d["organisations"] = nlohmann::json::array();
            auto one = d["initiatives"][1];
            one["id"] = "dangling";
            one["sources"] = {"s3"};
            one["partners"][0]["organisation"] = "nobody";
            d["initiatives"] = nlohmann::json::array({one});
        }));
        CHECK(error.contains(QStringLiteral("partners[0].organisation")));
        CHECK(error.contains(QStringLiteral("\"nobody\"")));
        const QString many = importError(*store, fixtureWith([](auto &d) {
            d["sources"] = nlohmann::json::array({{{"id", "s3"}, {"title", "t"}}});
            d["organisations"] = nlohmann::json::array();
            auto one = d["initiatives"][1];
            one["id"] = "dangling";
            one["sources"] = {"s3"};
            one["status"] = "finished";
            one["sdgs"] = {"18"};
            d["initiatives"] = nlohmann::json::array({one});
        }));
        CHECK(many.contains(QStringLiteral("unknown status \"finished\"")));
        CHECK(many.contains(QStringLiteral("more problem")));
    }
    SECTION("numbers out of range, fractions and wrapped integers")
    {
        CHECK(importError(*store, fixtureWith([](auto &d) {
                                      d["initiatives"][1]["funding"][0]["amount"] = 1.0;
                                  }).replace("1.0", "1e400"))
                  .contains(QStringLiteral("out of range")));
        const QString fraction = importError(*store, fixtureWith([](auto &d) {
            d["initiatives"][1]["funding"][0]["year"] = 2017.5;
        }));
        CHECK(fraction.contains(QStringLiteral("funding[0]")));
        CHECK(fraction.contains(QStringLiteral("\"year\"")));
        const QString wrapped = importError(*store, fixtureWith([](auto &d) {
            d["initiatives"][1]["funding"][0]["year"] = 4294969313LL; // 2017 + 2^32
        }));
        CHECK(wrapped.contains(QStringLiteral("4294969313")));
        CHECK(importError(*store, fixtureWith([](auto &d) {
                  d["formatVersion"] = 0;
              })).contains(QStringLiteral("formatVersion")));
    }
    SECTION("codes must be exact: a lower-case or alpha-3 country is refused before writing")
    {
        for (const char *code : {"et", "ETH", "Ethiopia"}) {
            const QString error = importError(*store, fixtureWith([code](auto &d) {
                d["initiatives"][1]["id"] = "new-one";
                d["initiatives"][1]["countries"][1]["code"] = code;
                d["initiatives"] = nlohmann::json::array({d["initiatives"][1]});
                d["sources"] = nlohmann::json::array();
                d["organisations"] = nlohmann::json::array();
            }));
            INFO(code);
            CHECK(error.contains(QStringLiteral("countries[1].code")));
        }
    }
    SECTION("a misspelt field is refused, not dropped")
    {
        const QString error = importError(*store, fixtureWith([](auto &d) {
            d["initiatives"][0]["programmeArea"] = {"health"};
        }));
        CHECK(error.contains(QStringLiteral("\"programmeArea\"")));
        CHECK(error.contains(QStringLiteral("not a field")));
    }
    SECTION("a source link must be a web address")
    {
        const QString error = importError(*store, fixtureWith([](auto &d) {
            d["sources"][0]["id"] = "other";
            d["sources"][0]["url"] = "file:///etc/passwd";
            d["organisations"] = nlohmann::json::array();
            d["initiatives"] = nlohmann::json::array();
        }));
        CHECK(error.contains(QStringLiteral("not a web address")));
    }
    SECTION("a bad record late in a file writes none of the earlier ones")
    {
        const QString error = importError(*store, fixtureWith([](auto &d) {
            d["sources"] = nlohmann::json::array({{{"id", "s4"}, {"title", "t"}}});
            d["organisations"] = nlohmann::json::array();
            auto good = d["initiatives"][5];
            good["sources"] = {"s4"};
            auto bad = good;
            good["id"] = "good-one";
            bad["id"] = "bad-one";
            bad["end"] = "1999";
            bad["start"] = "2005-02-30";
            d["initiatives"] = nlohmann::json::array({good, bad});
        }));
        CHECK(error.contains(QStringLiteral("\"bad-one\"")));
        CHECK(error.contains(QStringLiteral("not a date")));
        CHECK_FALSE(store->initiative(QStringLiteral("good-one")).ok());
    }
    CHECK(okValue(store->content()) == before);
}

TEST_CASE("A failure while writing rolls the whole import back", "[json][bad-input]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.ssccat"));
    auto store = CatalogueStore::open(path);
    REQUIRE(store.ok());
    REQUIRE((*store)->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    const CatalogueContent before = okValue((*store)->content());
    store.value().reset();
    {
        // The disk "fills up" at the third new initiative.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "CREATE TRIGGER fail_third AFTER INSERT ON initiative WHEN "
            "(SELECT count(*) FROM initiative) > 8 BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));

    store = CatalogueStore::open(path);
    REQUIRE(store.ok());
    auto batch = loadFixture(QStringLiteral("small-catalogue.json"));
    batch.sources = {{QStringLiteral("s9"), QStringLiteral("t"), {}, {}, {}, {}}};
    batch.organisations.clear();
    for (auto &in : batch.initiatives) {
        in.id += QStringLiteral("-copy");
        in.sources = {QStringLiteral("s9")};
    }
    const Status added = (*store)->addContent(batch);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == Error::Kind::Catalogue);
    CHECK(added.error().message.contains(QStringLiteral("disk full")));
    CHECK(okValue((*store)->content()) == before);
    CHECK_FALSE((*store)->initiative(QStringLiteral("brazil-sao-tome-ecd-copy")).ok());
}

TEST_CASE("A catalogue file that reads is written back so that it reads again (fuzzer finds)",
          "[json][fuzz]")
{
    // Inputs the JSON fuzzer (fuzz/json.cpp) found to read but not to read
    // again once written; kept in its corpus, which every fuzzing run replays.
    const QDir corpus(QStringLiteral(SSC_SOURCE_DIR "/fuzz/corpus/json"));
    const QStringList found = corpus.entryList({QStringLiteral("crash-*")}, QDir::Files);
    REQUIRE_FALSE(found.isEmpty());
    for (const QString &name : found) {
        INFO(name.toStdString());
        auto content = CatalogueJson::parse(readAll(corpus.filePath(name)), name);
        if (!content.ok())
            continue;
        const QByteArray again = CatalogueJson::serialize(*content);
        auto reread = CatalogueJson::parse(again, QStringLiteral("again.json"));
        INFO((reread.ok() ? QString() : reread.error().message).toStdString());
        CHECK(reread.ok());
    }
}
