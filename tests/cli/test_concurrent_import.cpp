// Two imports into one catalogue at the same time (issue 22, defect 8).
//
// Two real ssc-catalogue processes import files big enough that their
// checks and writes overlap. The second must wait for the first and then
// run: both succeed, the catalogue holds every record of both files, and
// SQLite finds the file whole.
#include "CliTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ssc;
using namespace ssc::test;

namespace {

// A catalogue file of count initiatives with ids prefix-0 ..., citing a
// source of its own and the fixture's organisation "unicef".
void writeCatalogueFile(const QString &path, const QString &prefix, int count)
{
    QJsonArray initiatives;
    for (int i = 0; i < count; ++i)
        initiatives.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("%1-%2").arg(prefix).arg(i)},
            {QStringLiteral("title"),
             QStringLiteral("Initiative %1 %2 on school meals").arg(prefix).arg(i)},
            {QStringLiteral("description"),
             QStringLiteral("Ministries exchange methods and staff. ").repeated(4)},
            {QStringLiteral("countries"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("ET")},
                                    {QStringLiteral("role"), QStringLiteral("recipient")}}}},
            {QStringLiteral("partners"),
             QJsonArray{QJsonObject{{QStringLiteral("organisation"), QStringLiteral("unicef")},
                                    {QStringLiteral("role"), QStringLiteral("implementer")}}}},
            {QStringLiteral("sources"), QJsonArray{QStringLiteral("src-") + prefix}}});
    const QJsonObject file{
        {QStringLiteral("format"), QStringLiteral("ssc-catalogue")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("sources"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("src-") + prefix},
                                {QStringLiteral("title"), QStringLiteral("Source ") + prefix}}}},
        {QStringLiteral("initiatives"), initiatives}};
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray bytes = QJsonDocument(file).toJson(QJsonDocument::Compact);
    REQUIRE(f.write(bytes) == bytes.size());
}

void startImport(QProcess &p, const QString &file, const QString &db)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SSC_EXECUTABLE),
            {QStringLiteral("import"), file, QStringLiteral("--db"), db});
}

} // namespace

TEST_CASE("Two imports at once into one catalogue: the second waits, then runs",
          "[cli][process][concurrent-import]")
{
    // 20,000 records each: about a second of checking and half a second of
    // writing each, so that one writes while the other checks or writes.
    constexpr int kRecords = 20000;
    CatalogueFile catalogue;
    qint64 before = 0;
    withConnection(catalogue.path, [&](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM initiative")));
        REQUIRE(q.next());
        before = q.value(0).toLongLong();
    });
    REQUIRE(before > 0);

    const QString a = catalogue.dir.filePath(QStringLiteral("a.json"));
    const QString b = catalogue.dir.filePath(QStringLiteral("b.json"));
    writeCatalogueFile(a, QStringLiteral("a"), kRecords);
    writeCatalogueFile(b, QStringLiteral("b"), kRecords);

    // Three rounds on fresh copies: before the fix every round failed.
    for (int round = 0; round < 3; ++round) {
        const QString db = catalogue.dir.filePath(QStringLiteral("round%1.ssccat").arg(round));
        REQUIRE(QFile::copy(catalogue.path, db));
        QProcess first;
        QProcess second;
        QElapsedTimer clock;
        clock.start();
        startImport(first, a, db);
        startImport(second, b, db);
        REQUIRE(first.waitForFinished(120000));
        REQUIRE(second.waitForFinished(120000));
        const QString firstErr = QString::fromUtf8(first.readAllStandardError());
        const QString secondErr = QString::fromUtf8(second.readAllStandardError());
        INFO("round " << round << ", " << clock.elapsed() << " ms");
        INFO("first: " << firstErr.toStdString());
        INFO("second: " << secondErr.toStdString());
        CHECK(first.exitCode() == 0);
        CHECK(second.exitCode() == 0);
        CHECK_FALSE(secondErr.contains(QStringLiteral("locked")));

        checkIntact(db);
        withConnection(db, [&](QSqlQuery &q) {
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM initiative")));
            REQUIRE(q.next());
            CHECK(q.value(0).toLongLong() == before + 2 * kRecords);
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM initiative WHERE key LIKE 'a-%' "
                                          "OR key LIKE 'b-%'")));
            REQUIRE(q.next());
            CHECK(q.value(0).toLongLong() == 2 * kRecords);
            // Each import left its one entry in the history.
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE action = "
                                          "'import'")));
            REQUIRE(q.next());
            CHECK(q.value(0).toLongLong() >= 3); // the fixture's and the two files'
        });

        // And the program itself reads it back whole.
        const Run r =
            cli({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("0")});
        REQUIRE(r.code == 0);
        const QString total = QString::number(before + 2 * kRecords);
        const bool listed = r.out.contains(QStringLiteral("\"total\": ") + total) ||
                            r.out.contains(QStringLiteral("\"total\":") + total);
        CHECK(listed);
    }
}
