// The in-memory text index must give exactly FTS5's answer, for whole words
// and for prefixes as they are typed, before and after edits, and after being
// saved and loaded.
#include "TestSupport.h"

#include "core/generator/CatalogueGenerator.h"
#include "core/index/TextIndex.h"
#include "core/query/FullTextQuery.h"
#include "core/storage/IndexSource.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <limits>
#include <random>

using namespace ssc;
using namespace ssc::test;

namespace {

// A second connection on the catalogue file, as the index's own reads use.
struct Connection
{
    QString name;
    QSqlDatabase db;
    explicit Connection(const QString &path)
        : name(QStringLiteral("text-index-test-%1").arg(quintptr(this)))
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

Roaring ftsAnswer(const QSqlDatabase &db, const QString &text)
{
    Roaring rows;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH ?"));
    q.addBindValue(FullTextQuery::toMatchExpression(text));
    REQUIRE(q.exec());
    while (q.next())
        rows.add(uint32_t(q.value(0).toLongLong()));
    return rows;
}

QStringList vocabulary(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.test_vocabulary "
                                  "USING fts5vocab(main, initiative_fts, 'row')")));
    REQUIRE(q.exec(QStringLiteral("SELECT term FROM temp.test_vocabulary")));
    QStringList terms;
    while (q.next())
        terms << q.value(0).toString();
    return terms;
}

// What users type: every word and its prefixes, word pairs, phrases, accents,
// capitals, syntax characters and words that are nowhere.
QStringList typedTexts(const QStringList &terms, std::mt19937 &rng, int samples)
{
    QStringList texts = {QStringLiteral("children"),
                         QStringLiteral("CHILD"),
                         QStringLiteral("c"),
                         QStringLiteral("s"),
                         QStringLiteral("São Tomé"),
                         QStringLiteral("sao tom"),
                         QStringLiteral("\"early development\""),
                         QStringLiteral("\"early devel"),
                         QStringLiteral("health OR (water"),
                         QStringLiteral("zzzz"),
                         QStringLiteral("water zzzz"),
                         QStringLiteral("   "),
                         QStringLiteral("c++ *"),
                         QStringLiteral("édu"),
                         QStringLiteral("2019")};
    auto pick = [&rng](qsizetype n) {
        return qsizetype(std::uniform_int_distribution<qsizetype>(0, n - 1)(rng));
    };
    for (int i = 0; i < samples; ++i) {
        const QString a = terms[pick(terms.size())];
        const QString b = terms[pick(terms.size())];
        texts << a << a + QLatin1Char(' ') << a.left(1 + pick(4)) << a.left(2).toUpper()
              << a + QLatin1Char(' ') + b.left(1 + pick(3)) << a + QLatin1Char(' ') + b + ' ';
    }
    return texts;
}

void compareAll(const TextIndex &index, const QSqlDatabase &db, const QStringList &texts)
{
    for (const QString &text : texts) {
        INFO("search text: " << text.toStdString());
        auto mine = index.matches(IndexSource(db, QString()), text);
        REQUIRE(mine.ok());
        const QString expression = FullTextQuery::toMatchExpression(text);
        REQUIRE(mine->has_value() == !expression.isEmpty());
        if (mine->has_value())
            CHECK(**mine == ftsAnswer(db, text));
    }
}

} // namespace

TEST_CASE("The text index gives FTS5's answer for words and prefixes", "[text-index]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.ssccat"));
    auto store = okValue(CatalogueStore::open(path));
    REQUIRE(CatalogueGenerator(7).writeInto(*store, 3000).ok());
    Connection connection(path);
    const QSqlDatabase &db = connection.db;

    // A low threshold, so that broad words, kept prefixes and prefixes that
    // share their words with a longer one all occur at this size.
    auto built = TextIndex::build(IndexSource(db, path), 150);
    REQUIRE(built.ok());
    const TextIndex &index = **built;
    CHECK(index.memoryBytes() > 0);
    const QStringList terms = vocabulary(db);
    REQUIRE(terms.size() > 100);
    std::mt19937 rng(3);
    const QStringList texts = typedTexts(terms, rng, 60);
    compareAll(index, db, texts);

    SECTION("saved and loaded")
    {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QDataStream out(&buffer);
            index.save(out);
        }
        QDataStream in(bytes);
        auto loaded = TextIndex::load(in);
        REQUIRE(loaded);
        compareAll(*loaded, db, texts);

        QDataStream truncated(bytes.left(bytes.size() / 2));
        CHECK_FALSE(TextIndex::load(truncated));
    }

    SECTION("after removals, additions and ids used again")
    {
        auto idOf = [&db](const QString &key) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM initiative WHERE key = ?"));
            q.addBindValue(key);
            REQUIRE(q.exec());
            REQUIRE(q.next());
            return uint32_t(q.value(0).toLongLong());
        };
        QSqlQuery last(db);
        REQUIRE(last.exec(QStringLiteral("SELECT key FROM initiative ORDER BY id DESC LIMIT 1")));
        REQUIRE(last.next());
        QStringList removedKeys = {last.value(0).toString()};
        last.finish(); // no read snapshot left open on this connection
        for (int i = 0; i < 30; ++i)
            removedKeys << QStringLiteral("syn-%1").arg(i * 97, 7, 10, QLatin1Char('0'));
        uint32_t lowestRemoved = std::numeric_limits<uint32_t>::max();
        for (const QString &key : removedKeys) {
            const uint32_t id = idOf(key);
            REQUIRE(store->removeInitiative(key).ok());
            built.value()->removed(id);
            lowestRemoved = std::min(lowestRemoved, id);
        }
        // New rows take the removed last id and the ids after it.
        CatalogueContent more;
        more.sources = {{QStringLiteral("more"), QStringLiteral("More"), {}, {}, {}, {}}};
        const CatalogueGenerator other(2024);
        for (qint64 i = 0; i < 40; ++i) {
            Initiative in = other.initiative(i);
            in.id = QStringLiteral("later-%1").arg(i);
            in.sources = {QStringLiteral("more")};
            more.initiatives.push_back(in);
        }
        REQUIRE(store->addContent(more).ok());
        CHECK(idOf(QStringLiteral("later-0")) < idOf(QStringLiteral("later-39")));
        // From the lowest removed id on, as the store does after a write.
        REQUIRE(built.value()->addFrom(IndexSource(db, path), qint64(lowestRemoved) - 1).ok());
        compareAll(index, db, texts);
        // New words and the rows of the new initiatives are found.
        compareAll(index, db, {more.initiatives[0].title, more.initiatives[39].title.left(5)});
    }
}
