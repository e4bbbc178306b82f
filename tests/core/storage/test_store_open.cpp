#include "TestSupport.h"

#include "core/storage/SchemaMigrator.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ssc;
using namespace ssc::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs SQL on a file through its own connection, outside the store.
void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A new catalogue file gets the latest schema, WAL and its identity",
          "[store][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.ssccat"));
    auto store = CatalogueStore::open(path);
    REQUIRE(store.ok());
    CHECK((*store)->schemaVersion() == SchemaMigrator::latestVersion());
    CHECK(SchemaMigrator::latestVersion() >= 2);
    CHECK((*store)->initiativeCount() == 0);
    store.value().reset();
    rawSql(path, {QStringLiteral("SELECT 1")});
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("id"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == SchemaMigrator::kApplicationId);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("id"));
    // Reopening a current file changes nothing and works.
    auto again = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
    REQUIRE(again.ok());
    CHECK((*again)->schemaVersion() == SchemaMigrator::latestVersion());
}

TEST_CASE("An old catalogue is upgraded on open and keeps its records", "[store][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.ssccat"));
    REQUIRE(SchemaMigrator::createAtVersion(path, 1).ok());
    // A version 1 file has no full-text index; put a record in it directly.
    rawSql(path, {QStringLiteral("INSERT INTO source (key, title) VALUES ('s', 'Source')"),
                  QStringLiteral("INSERT INTO initiative (key, title, description, start_year, "
                                 "end_year) VALUES ('old-one', 'Cooperação antiga', "
                                 "'Water for schools', 2001, 2003)"),
                  QStringLiteral("INSERT INTO initiative_source VALUES (1, 1, 0)")});

    auto store = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
    INFO((store.ok() ? QString() : store.error().message).toStdString());
    REQUIRE(store.ok());
    CHECK((*store)->schemaVersion() == SchemaMigrator::latestVersion());
    CHECK((*store)->initiativeCount() == 1);
    CatalogueFilter f;
    f.text = QStringLiteral("cooperacao");
    CHECK(matching(**store, f) == QStringList{QStringLiteral("old-one")});
    f.text = QStringLiteral("schools");
    CHECK(countOf(**store, f) == 1);
}

TEST_CASE("A failed upgrade leaves the old file exactly as it was", "[store][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.ssccat"));
    REQUIRE(SchemaMigrator::createAtVersion(path, 1).ok());
    // A table in the way of version 2 makes the upgrade fail part-way.
    rawSql(path, {QStringLiteral("CREATE TABLE initiative_fts (x)"),
                  QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray before = readAll(path);
    auto store = CatalogueStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().message.contains(QStringLiteral("Cannot upgrade")));
    CHECK(readAll(path) == before);
}

TEST_CASE("Files that are not catalogues are refused and left untouched", "[store][bad-input]")
{
    QTemporaryDir dir;

    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, "These are my notes, not a database.\n");
        auto store = CatalogueStore::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message.contains(QStringLiteral("not an SSC catalogue")));
        CHECK(store.error().message.contains(path));
        CHECK(readAll(path) == QByteArray("These are my notes, not a database.\n"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawSql(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                      QStringLiteral("INSERT INTO songs VALUES ('x')")});
        const QByteArray before = readAll(path);
        auto store = CatalogueStore::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message.contains(QStringLiteral("not an SSC catalogue")));
        CHECK(readAll(path) == before);
    }
    SECTION("a catalogue from a newer program")
    {
        const QString path = dir.filePath(QStringLiteral("future.ssccat"));
        REQUIRE(CatalogueStore::open(path).ok());
        rawSql(path, {QStringLiteral("PRAGMA user_version = 99"),
                      QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        const QByteArray before = readAll(path);
        auto store = CatalogueStore::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message.contains(QStringLiteral("newer")));
        CHECK(store.error().message.contains(QStringLiteral("99")));
        CHECK(readAll(path) == before);
    }
    SECTION("a read-only file")
    {
        const QString path = dir.filePath(QStringLiteral("locked.ssccat"));
        REQUIRE(CatalogueStore::open(path).ok());
        const QByteArray before = readAll(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        auto store = CatalogueStore::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message.contains(QStringLiteral("read-only")));
        CHECK(readAll(path) == before);
    }
    SECTION("a folder")
    {
        auto store = CatalogueStore::open(dir.path());
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message.contains(QStringLiteral("folder")));
    }
    SECTION("a missing file when one must exist")
    {
        const QString path = dir.filePath(QStringLiteral("missing.ssccat"));
        auto store = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("A filled catalogue is in WAL mode with no broken references", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fk.ssccat"));
    auto store = CatalogueStore::open(path);
    REQUIRE(store.ok());
    REQUIRE((*store)->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    store.value().reset();
    withConnection(path, [](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(q.next());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("wal"));
    });
}

TEST_CASE("A read that fails says so instead of answering nothing", "[store][bad-input]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.ssccat"));
    auto store = okValue(CatalogueStore::open(path));
    REQUIRE(store->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    CHECK(store->initiativeCount() == 6);
    CHECK(store->initiative(QStringLiteral("no-such-thing")).error().kind == Error::Kind::NotFound);
    // Another program damages the file under the open catalogue.
    withConnection(path, [](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA legacy_alter_table = ON")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE organisation RENAME TO organisation_gone")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE initiative RENAME TO initiative_gone")));
    });
    const auto count = store->initiativeCount();
    REQUIRE_FALSE(count.ok());
    CHECK(count.error().kind == Error::Kind::Catalogue);
    CHECK(count.error().message.contains(path));
    const auto in = store->initiative(QStringLiteral("anything"));
    REQUIRE_FALSE(in.ok());
    CHECK(in.error().kind == Error::Kind::Catalogue); // not "not found"
    CHECK_FALSE(store->organisations().ok());
    CHECK_FALSE(store->content().ok());
    CHECK_FALSE(store->count({}).ok());
}
