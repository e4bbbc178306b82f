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

TEST_CASE("Words with marks FTS5 does not join (harakat, virama) are searched, never an error",
          "[fts][bad-input]")
{
    // Found by fuzz/fulltext.cpp and fuzz/cli_filter.cpp: FTS5's unicode61
    // keeps only the Latin diacritics it removes inside a word and splits at
    // every other non-spacing mark, so one quoted "word" became a phrase,
    // which the table (detail=none) refuses: "Cannot read ...: fts5: phrase
    // queries are not supported" from the SQL engine.
    const auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    for (const QString &text : {QStringLiteral("صِحّة"), QStringLiteral("हिन्दी"),
                                QStringLiteral("M\u0F97LLL m"), QStringLiteral("shalom שָׁלוֹם")}) {
        INFO(text.toStdString());
        CatalogueFilter f;
        f.text = text;
        CHECK(store->count(f).ok());
        CHECK(store->page(f, {}).ok());
    }
    // The Latin diacritics FTS5 removes stay inside the word.
    CHECK(FullTextQuery::words(QStringLiteral("Sa\u0303o Tome\u0301"), false).words ==
          QStringList{QStringLiteral("Sa\u0303o"), QStringLiteral("Tome\u0301")});
    CatalogueFilter f;
    f.text = QStringLiteral("Sa\u0303o Tome\u0301");
    CHECK(countOf(*store, f) == 1);
}
