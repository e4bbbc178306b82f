// Edits with their history: each field's old and new value, the author,
// all-or-nothing writes, delete and restore, and the facet index kept in step.
#include "TestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/catalogue/FieldEdit.h"
#include "core/index/IndexedQuery.h"
#include "core/io/json/CatalogueJson.h"
#include "core/storage/CatalogueStore.h"

using namespace ssc;
using namespace ssc::test;

namespace {

std::unique_ptr<CatalogueStore> fixtureStore(const QString &path)
{
    auto store = okValue(CatalogueStore::open(path));
    REQUIRE(store->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    REQUIRE(IndexedQuery::install(*store).ok());
    return store;
}

qint64 countWith(CatalogueStore &store, CatalogueFilter f)
{
    return okValue(store.count(f));
}

} // namespace

TEST_CASE("An edit records who changed which fields from what to what", "[editor]")
{
    QTemporaryDir dir;
    auto store = fixtureStore(dir.filePath(QStringLiteral("e.ssccat")));
    const QString id = QStringLiteral("brazil-sao-tome-ecd");
    Initiative in = okValue(store->initiative(id));
    Initiative after = in;
    after.status = QStringLiteral("ongoing");
    after.countries.push_back({QStringLiteral("ET"), QStringLiteral("recipient"), {}});
    REQUIRE(CatalogueEditor(*store, QStringLiteral("Ama Mensah")).edit(after).ok());

    CHECK(okValue(store->initiative(id)) == after);
    const auto history = okValue(store->history({id, {}, 10}));
    REQUIRE(history.size() == 1);
    const ChangeRecord &e = history.front();
    CHECK(e.author == QStringLiteral("Ama Mensah"));
    CHECK(e.action == ChangeRecord::Action::Edit);
    CHECK(e.title == in.title);
    CHECK(e.at.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    REQUIRE(e.fields.size() == 2);
    CHECK(e.fields[0] == FieldChange{QStringLiteral("status"), QStringLiteral("completed"),
                                     QStringLiteral("ongoing")});
    CHECK(e.fields[1].field == QStringLiteral("countries"));
    CHECK(e.fields[1].after.contains(QStringLiteral("\"ET\"")));
    CHECK_FALSE(e.fields[1].before.contains(QStringLiteral("\"ET\"")));
    // The record as it was is kept, and reads back as it was.
    CHECK(okValue(CatalogueEditor::fromSnapshot(e.snapshot, QStringLiteral("test"))) == in);

    // The index follows at once: the counts include the edit.
    CatalogueFilter ethiopia;
    ethiopia.countries = {QStringLiteral("ET")};
    ethiopia.countryRole = QStringLiteral("recipient");
    CHECK(countWith(*store, ethiopia) == 3);

    // An edit that changes nothing leaves no entry.
    REQUIRE(CatalogueEditor(*store, QStringLiteral("Ama Mensah")).edit(after).ok());
    CHECK(okValue(store->history({id, {}, 10})).size() == 1);
}

TEST_CASE("A bad edit writes nothing, not even its history", "[editor]")
{
    QTemporaryDir dir;
    auto store = fixtureStore(dir.filePath(QStringLiteral("e.ssccat")));
    Initiative a = okValue(store->initiative(QStringLiteral("brazil-sao-tome-ecd")));
    Initiative b = okValue(store->initiative(QStringLiteral("wash-asia-conference")));
    const Initiative aBefore = a;
    a.status = QStringLiteral("ongoing");
    b.start = QStringLiteral("2019-13");
    // Two records in one step: the second is wrong, so neither is written.
    const Status s = CatalogueEditor(*store, QStringLiteral("x")).edit({a, b});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("wash-asia-conference")));
    CHECK(s.error().message.contains(QStringLiteral("start")));
    CHECK(okValue(store->initiative(a.id)) == aBefore);
    CHECK(okValue(store->history({})).empty());
}

TEST_CASE("A new organisation is written with the edit that refers to it, or not at all",
          "[editor]")
{
    QTemporaryDir dir;
    auto store = fixtureStore(dir.filePath(QStringLiteral("e.ssccat")));
    const QString id = QStringLiteral("brazil-sao-tome-ecd");
    const Initiative before = okValue(store->initiative(id));
    const Organisation ghs{QStringLiteral("ghs"), QStringLiteral("Ghana Health Service"),
                           QStringLiteral("GHS"), QStringLiteral("government"),
                           QStringLiteral("GH"),  {}};
    Initiative after = before;
    after.partners.push_back({ghs.id, QStringLiteral("implementer")});
    after.funding.push_back({ghs.id, 1000.0, QStringLiteral("USD"), 2020});
    CatalogueEditor editor(*store, QStringLiteral("Ama Mensah"));

    // Without it the partner is unknown; with a bad record, neither is written.
    CHECK_FALSE(editor.edit(after).ok());
    Initiative bad = after;
    bad.start = QStringLiteral("2019-13");
    CHECK_FALSE(editor.edit(bad, {ghs}).ok());
    CHECK_FALSE(store->hasOrganisation(ghs.id));
    // A bad organisation: nothing either.
    Organisation nameless = ghs;
    nameless.name.clear();
    CHECK_FALSE(editor.edit(after, {nameless}).ok());
    CHECK_FALSE(store->hasOrganisation(ghs.id));

    REQUIRE(editor.edit(after, {ghs}).ok());
    CHECK(okValue(store->organisation(ghs.id)) == ghs);
    CHECK(okValue(store->initiative(id)) == after);
    CatalogueFilter byPartner;
    byPartner.partners = {ghs.id};
    CHECK(countWith(*store, byPartner) == 1);
    // Undone, the organisation stays; done again, it is not written twice.
    REQUIRE(editor.edit(before).ok());
    CHECK(store->hasOrganisation(ghs.id));
    CHECK(countWith(*store, byPartner) == 0);
    REQUIRE(editor.edit(after, {ghs}).ok());
    CHECK(okValue(store->initiative(id)) == after);
    // A new record with a new organisation, the same way.
    Initiative added = after;
    added.id = QStringLiteral("ghana-tour");
    added.partners = {{QStringLiteral("ghs-2"), QStringLiteral("funder")}};
    added.funding.clear();
    Organisation second = ghs;
    second.id = QStringLiteral("ghs-2");
    REQUIRE(editor.add({added}, ChangeRecord::Action::Add, {second}).ok());
    CHECK(store->hasOrganisation(second.id));
}

TEST_CASE("A deleted record stays in the history and can be restored", "[editor]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.ssccat"));
    auto store = fixtureStore(path);
    const QString id = QStringLiteral("mnch-china-uganda");
    const Initiative in = okValue(store->initiative(id));
    CatalogueEditor editor(*store, QStringLiteral("Li Wei"));
    REQUIRE(editor.remove({id, QStringLiteral("wash-asia-conference")}).ok());
    CHECK_FALSE(store->hasInitiative(id));
    CHECK(countWith(*store, {}) == 4);
    CHECK(editor.remove({QStringLiteral("no-such")}).error().kind == Error::Kind::NotFound);

    // Restored in a later session, through the saved index.
    store.reset();
    store = okValue(CatalogueStore::open(path));
    REQUIRE(okValue(IndexedQuery::installIfSaved(*store)));
    REQUIRE(IndexedQuery::of(*store)->wasLoaded());
    REQUIRE(CatalogueEditor(*store, QStringLiteral("Li Wei")).restore(id).ok());
    CHECK(okValue(store->initiative(id)) == in);
    CatalogueFilter uganda;
    uganda.countries = {QStringLiteral("UG")};
    CHECK(countWith(*store, uganda) == 1);
    CHECK(countWith(*store, {}) == 5);
    const auto history = okValue(store->history({id, {}, 10}));
    REQUIRE(history.size() == 2);
    CHECK(history[0].action == ChangeRecord::Action::Restore);
    CHECK(history[1].action == ChangeRecord::Action::Delete);
    CHECK(history[1].title == in.title);
    // Nothing more to restore once it is back.
    CHECK_FALSE(CatalogueEditor(*store, {}).restore(id).ok());
}

TEST_CASE("Field edits name the field and what is expected", "[editor]")
{
    Initiative in;
    in.id = QStringLiteral("x");
    auto edit = [&in](FieldEdit::Op op, const char *argument) {
        auto e = FieldEdit::parse(op, QString::fromLatin1(argument));
        if (!e.ok())
            return Status(e.error());
        return e->applyTo(in);
    };
    using Op = FieldEdit::Op;
    CHECK(edit(Op::Set, "status=completed").ok());
    CHECK(in.status == QStringLiteral("completed"));
    CHECK(edit(Op::Add, "country=et:Recipient").ok());
    CHECK(in.countries.front().code == QStringLiteral("ET"));
    CHECK(in.countries.front().role == QStringLiteral("recipient"));
    CHECK(edit(Op::Add, "area=nutrition").ok());
    CHECK(edit(Op::Add, "area=nutrition").ok()); // already there: no second copy
    CHECK(in.programmeAreas == QStringList{QStringLiteral("nutrition")});
    CHECK(edit(Op::Remove, "area=nutrition").ok());
    CHECK(in.programmeAreas.isEmpty());

    CHECK(edit(Op::Set, "colour=red").error().message.contains(QStringLiteral("status")));
    CHECK(edit(Op::Set, "status").error().message.contains(QStringLiteral("FIELD=VALUE")));
    CHECK(edit(Op::Add, "status=planned").error().message.contains(QStringLiteral("--set")));
    CHECK(edit(Op::Add, "country=ET").error().message.contains(QStringLiteral("ET:recipient")));
    CHECK(edit(Op::Remove, "sdg=4").error().message.contains(QStringLiteral("does not have")));
}

TEST_CASE("Saved searches are kept in the catalogue file", "[editor][saved]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.ssccat"));
    auto store = fixtureStore(path);
    CatalogueFilter health;
    health.programmeAreas = {QStringLiteral("health")};
    health.countries = {QStringLiteral("ET")};
    health.countryRole = QStringLiteral("recipient");
    health.fromYear = 2015;
    health.text = QStringLiteral("mother");
    REQUIRE(store->saveSearch(QStringLiteral("Health in Ethiopia"), health).ok());
    REQUIRE(store->saveSearch(QStringLiteral("All"), {}).ok());
    CHECK_FALSE(store->saveSearch(QStringLiteral("  "), {}).ok());

    store.reset(); // it is in the file
    store = okValue(CatalogueStore::open(path));
    auto searches = okValue(store->savedSearches());
    REQUIRE(searches.size() == 2);
    CHECK(searches[0].name == QStringLiteral("All"));
    CHECK(searches[1].filter == health);

    REQUIRE(store->renameSearch(QStringLiteral("All"), QStringLiteral("Everything")).ok());
    CHECK_FALSE(
        store->renameSearch(QStringLiteral("Everything"), QStringLiteral("Health in Ethiopia"))
            .ok());
    CHECK(store->renameSearch(QStringLiteral("nope"), QStringLiteral("x")).error().kind ==
          Error::Kind::NotFound);
    REQUIRE(store->removeSearch(QStringLiteral("Everything")).ok());
    CHECK(store->removeSearch(QStringLiteral("Everything")).error().kind == Error::Kind::NotFound);
    CHECK(okValue(store->savedSearches()).size() == 1);
}
