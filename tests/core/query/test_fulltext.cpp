#include "TestSupport.h"

#include "core/query/FullTextQuery.h"

using namespace ssc;
using namespace ssc::test;

TEST_CASE("Search ignores diacritics and case", "[fts]")
{
    const auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    CatalogueFilter f;
    f.text = QStringLiteral("Sao Tome");
    CHECK(matching(*store, f) == QStringList{QStringLiteral("brazil-sao-tome-ecd")});
    f.text = QStringLiteral("SÃO TOMÉ");
    CHECK(countOf(*store, f) == 1);
    f.text = QStringLiteral("principe");
    CHECK(countOf(*store, f) == 1);
    // Partner names, with their accents, are searched too.
    f.text = QStringLiteral("agencia brasileira");
    CHECK(matching(*store, f) == QStringList{QStringLiteral("brazil-sao-tome-ecd")});
    // Country names come from the reference data.
    f.text = QStringLiteral("uganda");
    CHECK(matching(*store, f) == QStringList{QStringLiteral("mnch-china-uganda")});
    // Acronyms of partners.
    f.text = QStringLiteral("unicef");
    CHECK(countOf(*store, f) == 5);
}

TEST_CASE("Search as you type: the last word is a prefix", "[fts]")
{
    const auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    CatalogueFilter f;
    f.text = QStringLiteral("mat");
    CHECK(matching(*store, f) == QStringList{QStringLiteral("mnch-china-uganda")});
    f.text = QStringLiteral("mat ");
    CHECK(countOf(*store, f) == 0);
    f.text = QStringLiteral("newborn heal");
    CHECK(countOf(*store, f) == 1);
    f.text = QStringLiteral("\"newborn health\"");
    CHECK(countOf(*store, f) == 1);
    f.text = QStringLiteral("\"health newborn\""); // a phrase matches all of its words
    CHECK(countOf(*store, f) == 1);
    f.text = QStringLiteral("\"newborn cuba\"");
    CHECK(countOf(*store, f) == 0);
}

TEST_CASE("Malformed search syntax is read as plain words", "[fts][bad-input]")
{
    const auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    for (const char *text :
         {"\"unbalanced quote", "AND OR NOT", "wash)", "(((", "NEAR(a b", "title:wash", "^wash",
          "*", "-", "\"\"", "wash AND", "'; DROP TABLE x"}) {
        INFO(text);
        CatalogueFilter f;
        f.text = QString::fromUtf8(text);
        const auto n = store->count(f);
        CHECK(n.ok());
        const auto facets = store->facetCounts(f);
        CHECK(facets.ok());
    }
    CatalogueFilter f;
    f.text = QStringLiteral("wash)");
    CHECK(matching(*store, f) == QStringList{QStringLiteral("wash-asia-conference")});
    f.text = QStringLiteral("title:wash");
    CHECK(countOf(*store, f) == 0); // "title" is just a word here
    f.text = QStringLiteral("   ");
    CHECK(countOf(*store, f) == 6); // nothing to search: no restriction
    CHECK(countOf(*store, {}) == 6);
}

TEST_CASE("Match expressions quote every word", "[fts]")
{
    CHECK(FullTextQuery::toMatchExpression(QStringLiteral("water")) ==
          QStringLiteral("\"water\"*"));
    CHECK(FullTextQuery::toMatchExpression(QStringLiteral("water ")) ==
          QStringLiteral("\"water\""));
    CHECK(FullTextQuery::toMatchExpression(QStringLiteral("a OR b"), false) ==
          QStringLiteral("\"a\" \"OR\" \"b\""));
    CHECK(FullTextQuery::toMatchExpression(QStringLiteral("\"child rights\" asia")) ==
          QStringLiteral("\"child\" \"rights\" \"asia\"*"));
    CHECK(FullTextQuery::toMatchExpression(QStringLiteral("()*:^")).isEmpty());
}
