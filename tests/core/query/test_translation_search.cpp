// Search finds a record by the words of its translations (title, summary,
// description in other languages), with accents and case folded, through
// plain SQL, the index's engine and the text index's own bitmaps, and in a
// catalogue made before translations were searched.
#include "TestSupport.h"

#include "core/index/IndexedQuery.h"
#include "core/index/TextIndex.h"
#include "core/query/FullTextQuery.h"
#include "core/storage/IndexSource.h"
#include "core/storage/SchemaMigrator.h"

#include <QSqlError>

using namespace ssc;
using namespace ssc::test;

namespace {

const QString kNutrition = QStringLiteral("nutrition-brazil-mozambique");
const QString kRegistro = QStringLiteral("registro-nacimientos-bolivia");

QStringList found(const CatalogueStore &store, const QString &text)
{
    CatalogueFilter f;
    f.text = text;
    return matching(store, f);
}

void checkFtsIntegrity(const QString &path)
{
    withConnection(path, [](QSqlQuery &q) {
        const bool indexMatches = q.exec(QStringLiteral(
            "INSERT INTO initiative_fts(initiative_fts, rank) VALUES ('integrity-check', 1)"));
        INFO(q.lastError().text().toStdString());
        CHECK(indexMatches);
    });
}

uint32_t rowIdOf(const QString &path, const QString &key)
{
    uint32_t id = 0;
    withConnection(path, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT id FROM initiative WHERE key = ?"));
        q.addBindValue(key);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        id = uint32_t(q.value(0).toLongLong());
    });
    return id;
}

// The searches every engine must answer alike.
void checkTranslationsFound(const CatalogueStore &store)
{
    INFO(store.engine().name().toStdString());
    // Only the French title holds these words.
    CHECK(found(store, QStringLiteral("coopération")) == QStringList{kNutrition});
    CHECK(found(store, QStringLiteral("cooperation")) == QStringList{kNutrition});
    CHECK(found(store, QStringLiteral("COOPERATION sud")) == QStringList{kNutrition});
    CHECK(found(store, QStringLiteral("Bolivie")) == QStringList{kRegistro});
    // Only the Spanish summary: "Nutricionistas comparan los menús escolares."
    CHECK(found(store, QStringLiteral("nutricionistas")) == QStringList{kNutrition});
    CHECK(found(store, QStringLiteral("menus")) == QStringList{kNutrition});
    CHECK(found(store, QStringLiteral("menús escol")) == QStringList{kNutrition});
    // A French description, and words of two languages together.
    CHECK(found(store, QStringLiteral("ministères")) == QStringList{kNutrition});
    CHECK(found(store, QStringLiteral("nutrition ecoles")) == QStringList{kNutrition});
    // The record's own words still count, and a word nowhere finds nothing.
    CHECK(found(store, QStringLiteral("registro")) == QStringList{kRegistro});
    CHECK(found(store, QStringLiteral("dakar")).isEmpty());
}

} // namespace

TEST_CASE("Search finds a record by words only in its translations, accents folded, in both "
          "engines",
          "[fts][languages]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("translated.ssccat"));
    {
        // Into an empty file in bulk, as the generator and large imports
        // write: the full-text index is built beside the rows.
        CatalogueContent content = loadFixture(QStringLiteral("translated-catalogue.json"));
        const std::vector<Initiative> initiatives = std::exchange(content.initiatives, {});
        size_t next = 0;
        auto writer = okValue(CatalogueStore::open(path));
        REQUIRE(writer
                    ->addInBulk(content,
                                [&](Initiative &in) {
                                    if (next == initiatives.size())
                                        return false;
                                    in = initiatives[next++];
                                    return true;
                                })
                    .ok());
    }
    checkFtsIntegrity(path);
    auto plain = okValue(CatalogueStore::open(path));
    auto indexed = okValue(CatalogueStore::open(path));
    REQUIRE(IndexedQuery::install(*indexed).ok());
    for (CatalogueStore *store : {plain.get(), indexed.get()})
        checkTranslationsFound(*store);

    // An edit's translations are searched at once, and no longer once gone.
    Initiative visit = *indexed->initiative(QStringLiteral("child-health-visit"));
    visit.translations = {{QStringLiteral("summary"), QStringLiteral("fr"),
                           QStringLiteral("Des agents de santé visitent des cliniques à Dakar.")}};
    REQUIRE(indexed->replaceInitiative(visit).ok());
    for (CatalogueStore *store : {plain.get(), indexed.get()}) {
        INFO(store->engine().name().toStdString());
        CHECK(found(*store, QStringLiteral("dakar")) ==
              QStringList{QStringLiteral("child-health-visit")});
    }
    visit.translations.clear();
    REQUIRE(indexed->replaceInitiative(visit).ok());
    for (CatalogueStore *store : {plain.get(), indexed.get()})
        CHECK(found(*store, QStringLiteral("dakar")).isEmpty());
    indexed.reset();
    plain.reset();
    checkFtsIntegrity(path);
}

TEST_CASE("The text index's bitmaps hold the words of translations, also of rows added later",
          "[text-index][languages]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("translated.ssccat"));
    auto store = okValue(CatalogueStore::open(path));
    REQUIRE(store->addContent(loadFixture(QStringLiteral("translated-catalogue.json"))).ok());
    const IndexSource source = store->indexSource();
    // Every word held by a row is broad, so that the bitmaps answer, not FTS5.
    auto built = TextIndex::build(source, 1);
    REQUIRE(built.ok());
    TextIndex &index = **built;
    auto rowsOf = [&](const QString &text) {
        auto rows = index.matches(source, text);
        REQUIRE(rows.ok());
        REQUIRE(rows->has_value());
        return **rows;
    };
    const uint32_t nutrition = rowIdOf(path, kNutrition);
    CHECK(rowsOf(QStringLiteral("cooperation")) == Roaring::bitmapOf(1, nutrition));
    CHECK(rowsOf(QStringLiteral("menus")) == Roaring::bitmapOf(1, nutrition));
    CHECK(rowsOf(QStringLiteral("Bolivie")) == Roaring::bitmapOf(1, rowIdOf(path, kRegistro)));

    // A row written afterwards is read with FTS5's tokenizer, every column.
    Initiative later = *store->initiative(QStringLiteral("child-health-visit"));
    later.id = QStringLiteral("later");
    later.translations = {{QStringLiteral("title"), QStringLiteral("pt"),
                           QStringLiteral("Visita de estudo sobre a saúde infantil")}};
    REQUIRE(store->addContent({.initiatives = {later}}).ok());
    const uint32_t laterRow = rowIdOf(path, QStringLiteral("later"));
    REQUIRE(index.addFrom(source, qint64(laterRow) - 1).ok());
    CHECK(rowsOf(QStringLiteral("saude infantil")) == Roaring::bitmapOf(1, laterRow));
}

TEST_CASE("A version 7 catalogue is upgraded and its translations become searchable",
          "[store][migrations][languages]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seven.ssccat"));
    REQUIRE(SchemaMigrator::createAtVersion(path, 7).ok());
    withConnection(path, [](QSqlQuery &q) {
        for (const char *sql : {
                 "INSERT INTO source (key, title) VALUES ('s', 'Source')",
                 "INSERT INTO initiative (key, title, summary, language) VALUES "
                 "('seven', 'Exchange on school meals', 'A study visit.', 'en')",
                 "INSERT INTO initiative (key, title) VALUES ('other', 'Water for schools')",
                 "INSERT INTO initiative_source VALUES (1, 1, 0), (2, 1, 0)",
                 "INSERT INTO initiative_translation VALUES "
                 "(1, 'title', 'fr', 'Coopération sur les repas scolaires', 0), "
                 "(1, 'description', 'es', 'Una visita de estudio en Cotonú', 1)",
             }) {
            INFO(sql);
            REQUIRE(q.exec(QString::fromUtf8(sql)));
        }
    });

    SECTION("upgraded")
    {
        auto plain = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
        INFO((plain.ok() ? QString() : plain.error().message).toStdString());
        REQUIRE(plain.ok());
        CHECK((*plain)->schemaVersion() == SchemaMigrator::latestVersion());
        auto indexed = okValue(CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly));
        REQUIRE(IndexedQuery::install(*indexed).ok());
        for (CatalogueStore *store : {plain->get(), indexed.get()}) {
            INFO(store->engine().name().toStdString());
            CHECK(found(*store, QStringLiteral("cooperation")) ==
                  QStringList{QStringLiteral("seven")});
            CHECK(found(*store, QStringLiteral("cotonu")) == QStringList{QStringLiteral("seven")});
            CHECK(found(*store, QStringLiteral("schools")) == QStringList{QStringLiteral("other")});
        }
        // The records read back whole, and new writes fill the column too.
        const auto seven = indexed->initiative(QStringLiteral("seven"));
        REQUIRE(seven);
        CHECK(seven->titleIn(QStringLiteral("fr")) ==
              QStringLiteral("Coopération sur les repas scolaires"));
        Initiative other = *indexed->initiative(QStringLiteral("other"));
        other.translations = {
            {QStringLiteral("title"), QStringLiteral("fr"), QStringLiteral("L'eau des écoles")}};
        REQUIRE(indexed->replaceInitiative(other).ok());
        CHECK(found(*indexed, QStringLiteral("eau")) == QStringList{QStringLiteral("other")});
        indexed.reset();
        plain->reset();
        checkFtsIntegrity(path);
    }
    SECTION("a failed upgrade leaves the file exactly as it was")
    {
        // A column in the way makes step 8 fail after it has dropped the
        // full-text table.
        withConnection(path, [](QSqlQuery &q) {
            REQUIRE(q.exec(QStringLiteral(
                "ALTER TABLE initiative ADD COLUMN translation_texts TEXT NOT NULL DEFAULT ''")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        });
        const QByteArray before = readAll(path);
        auto store = CatalogueStore::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message.contains(QStringLiteral("Cannot upgrade")));
        CHECK(readAll(path) == before);
        withConnection(path, [](QSqlQuery &q) {
            REQUIRE(q.exec(QStringLiteral("SELECT rowid FROM initiative_fts WHERE initiative_fts "
                                          "MATCH 'schools'")));
            CHECK(q.next());
        });
    }
}
