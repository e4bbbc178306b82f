// The real program killed (SIGKILL) at moments spread over each operation
// that writes: import, generate, edit, export, report, and the saving of the
// facet index that import and generate end with. Whatever the moment, the
// catalogue passes SQLite's integrity and foreign-key checks, holds all or
// none of the interrupted change, its saved index is current or rebuilt
// (never read damaged), and no output is left half-written under its final
// name. SSC_KILLS sets the kills per operation (default 6; the figures in
// docs/ROBUSTNESS.md come from a run with more).
#include "CliTestSupport.h"

#include "core/index/IndexedQuery.h"
#include "core/storage/CatalogueStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <nlohmann/json.hpp>

#include <cstdlib>

using namespace ssc;
using namespace ssc::test;

namespace {

int killsPerOperation()
{
    const int n = qEnvironmentVariableIntValue("SSC_KILLS");
    return n > 0 ? n : 6;
}

// Runs the program to its end; the time it took, in milliseconds.
qint64 runToEnd(const QStringList &args)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(SSC_EXECUTABLE), args);
    REQUIRE(p.waitForFinished(600000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return timer.elapsed();
}

// Starts the program and kills it after delayMs; true when the kill came
// before it ended by itself.
bool killAfter(const QStringList &args, qint64 delayMs)
{
    QProcess p;
    p.start(QStringLiteral(SSC_EXECUTABLE), args);
    REQUIRE(p.waitForStarted());
    const bool ended = p.waitForFinished(int(std::max<qint64>(delayMs, 1)));
    if (!ended) {
        p.kill();
        REQUIRE(p.waitForFinished(60000));
    }
    return !ended;
}

// The moments to kill at: spread evenly over the operation's measured
// time, each moved a little by a seeded random, so every run of the suite
// tries the same ones.
std::vector<qint64> momentsOver(qint64 durationMs, quint32 seed)
{
    QRandomGenerator random(seed);
    const int kills = killsPerOperation();
    std::vector<qint64> moments;
    for (int i = 0; i < kills; ++i) {
        const double at = (i + random.bounded(1.0)) / kills;
        moments.push_back(qint64(double(durationMs) * at));
    }
    return moments;
}

void copyCatalogue(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral(".facets")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix))
            REQUIRE(QFile::copy(from + suffix, to + suffix));
    }
}

QString facetsOutput(const QString &path)
{
    const Run r = cli({QStringLiteral("facets"), QStringLiteral("--db"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out;
}

// The saved index beside the catalogue is current (and gives the same
// counts as SQL on a copy without it) or is rebuilt; never read damaged.
void checkSavedIndex(const QString &path)
{
    {
        auto store = okValue(CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly));
        auto installed = IndexedQuery::installIfSaved(*store);
        REQUIRE(installed.ok());
        if (*installed) {
            const IndexedQuery *index = IndexedQuery::of(*store);
            REQUIRE(index);
            CHECK(index->savedIndex() == IndexedQuery::SavedIndex::Loaded);
        }
    }
    const QString plain = path + QStringLiteral("-plain.ssccat");
    REQUIRE(QFile::copy(path, plain));
    CHECK(facetsOutput(path) == facetsOutput(plain));
    QFile::remove(plain);
}

struct Tally
{
    int killed = 0;
    int none = 0; // the change not there at all
    int all = 0;  // the change there whole
};

void report(const char *what, const Tally &t)
{
    // One line per operation for docs/ROBUSTNESS.md's table.
    WARN(what << ": " << t.killed << " kills, " << t.none << " left nothing, " << t.all
              << " left the whole change");
}

// A catalogue of 20,000 generated initiatives as a catalogue file (JSON),
// and the small fixture's catalogue to import it into.
struct Material
{
    QTemporaryDir dir;
    QString generated = dir.filePath(QStringLiteral("generated.ssccat"));
    QString bigJson = dir.filePath(QStringLiteral("big.json"));
    CatalogueFile small;
    QString base;
    Material()
    {
        base = small.path;
        REQUIRE(cli({QStringLiteral("generate"), QStringLiteral("--initiatives"),
                     QStringLiteral("20000"), QStringLiteral("--seed"), QStringLiteral("5"),
                     QStringLiteral("--db"), generated})
                    .code == 0);
        REQUIRE(cli({QStringLiteral("export"), bigJson, QStringLiteral("--db"), generated}).code ==
                0);
    }
};

// A file left under its name is whole: read to its proper end. Exports
// match the uninterrupted run byte for byte but for the IATI file's
// generated-datetime; reports carry the time of writing, which changes their
// compressed size by a few bytes, so they are judged by their structure: a
// PDF ends with its trailer, an XLSX (a zip) with its end-of-directory record.
bool isWhole(const QString &name, const QByteArray &now, const QByteArray &whole)
{
    INFO(name.toStdString() << ": " << now.size() << " bytes, whole " << whole.size());
    if (name.endsWith(QLatin1String(".json")))
        return now == whole;
    if (name.endsWith(QLatin1String(".xml")))
        return now.size() == whole.size() && now.right(4096) == whole.right(4096);
    const bool nearSize = std::abs(now.size() - whole.size()) < whole.size() / 100;
    if (name.endsWith(QLatin1String(".pdf")))
        return nearSize && now.startsWith("%PDF-") && now.trimmed().endsWith("%%EOF");
    // A zip without a comment ends with the 22-byte end-of-central-directory.
    return nearSize && now.startsWith("PK\x03\x04") && now.size() > 22 &&
           now.mid(now.size() - 22, 4) == QByteArray("PK\x05\x06");
}

} // namespace

TEST_CASE("An import killed at any moment leaves all or none of the file, and a sound catalogue",
          "[faults][kill]")
{
    Material m;
    const qint64 before = initiativesIn(m.base);
    const QString target = m.dir.filePath(QStringLiteral("target.ssccat"));
    copyCatalogue(m.base, target);
    const QStringList args{QStringLiteral("import"), m.bigJson, QStringLiteral("--db"), target};
    const qint64 duration = runToEnd(args);
    const qint64 after = initiativesIn(target);
    REQUIRE(after == before + 20000);
    Tally t;
    for (qint64 moment : momentsOver(duration, 1)) {
        INFO("killed after " << moment << " ms of " << duration);
        copyCatalogue(m.base, target);
        if (!killAfter(args, moment))
            continue;
        ++t.killed;
        checkIntact(target);
        const qint64 held = initiativesIn(target);
        CHECK((held == before || held == after));
        (held == before ? t.none : t.all) += 1;
        checkSavedIndex(target);
    }
    report("import", t);
    CHECK(t.killed > 0);
}

TEST_CASE("A generate killed at any moment leaves no catalogue or a whole one", "[faults][kill]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("new.ssccat"));
    const QStringList args{QStringLiteral("generate"), QStringLiteral("--initiatives"),
                           QStringLiteral("20000"), QStringLiteral("--db"), target};
    const qint64 duration = runToEnd(args);
    Tally t;
    for (qint64 moment : momentsOver(duration, 2)) {
        INFO("killed after " << moment << " ms of " << duration);
        for (const QString &suffix : {QString(), QStringLiteral(".facets"), QStringLiteral(".part"),
                                      QStringLiteral(".part-wal")})
            QFile::remove(target + suffix);
        if (!killAfter(args, moment))
            continue;
        ++t.killed;
        if (!QFile::exists(target)) {
            ++t.none;
            continue;
        }
        ++t.all;
        checkIntact(target);
        CHECK(initiativesIn(target) == 20000);
        checkSavedIndex(target);
    }
    report("generate", t);
    CHECK(t.killed > 0);
}

TEST_CASE("An edit killed at any moment leaves the old value or the new, never a mix",
          "[faults][kill]")
{
    Material m;
    const QString target = m.dir.filePath(QStringLiteral("target.ssccat"));
    copyCatalogue(m.generated, target);
    // The first record of the list, edited in two fields at once.
    const Run first =
        cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--db"), target});
    REQUIRE(first.code == 0);
    const auto rows = nlohmann::json::parse(first.out.toStdString()).at("initiatives");
    REQUIRE(rows.size() == 1);
    const QString id = QString::fromStdString(rows[0].at("id").get<std::string>());
    auto fieldsOf = [&](const QString &path) {
        const Run shown = cli({QStringLiteral("show"), id, QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--db"), path});
        REQUIRE(shown.code == 0);
        const auto record = nlohmann::json::parse(shown.out.toStdString()).at("initiatives").at(0);
        return std::pair{record.value("title", nlohmann::json()).dump(),
                         record.value("summary", nlohmann::json()).dump()};
    };
    const auto old = fieldsOf(target);
    const QStringList args{QStringLiteral("edit"),  id,
                           QStringLiteral("--set"), QStringLiteral("title=Killed title"),
                           QStringLiteral("--set"), QStringLiteral("summary=Killed summary"),
                           QStringLiteral("--db"),  target};
    const qint64 duration = runToEnd(args);
    const auto edited = fieldsOf(target);
    REQUIRE(edited != old);
    Tally t;
    for (qint64 moment : momentsOver(duration, 3)) {
        INFO("killed after " << moment << " ms of " << duration);
        copyCatalogue(m.generated, target);
        if (!killAfter(args, moment))
            continue;
        ++t.killed;
        checkIntact(target);
        const auto now = fieldsOf(target);
        CHECK((now == old || now == edited));
        (now == old ? t.none : t.all) += 1;
        checkSavedIndex(target);
    }
    report("edit", t);
}

TEST_CASE("An export or a report killed at any moment leaves no half-written file under its name",
          "[faults][kill]")
{
    Material m;
    struct Output
    {
        QString name;
        QStringList args;
    };
    const std::vector<Output> outputs{
        {QStringLiteral("export.json"), {QStringLiteral("export")}},
        {QStringLiteral("export.xml"),
         {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("iati")}},
        {QStringLiteral("report.pdf"), {QStringLiteral("report"), QStringLiteral("--output")}},
        {QStringLiteral("report.xlsx"), {QStringLiteral("report"), QStringLiteral("--output")}},
    };
    quint32 seed = 10;
    for (const Output &o : outputs) {
        const QString file = m.dir.filePath(o.name);
        const QStringList args = o.args + QStringList{file, QStringLiteral("--db"), m.generated};
        const qint64 duration = runToEnd(args);
        const QByteArray whole = readAll(file);
        REQUIRE(whole.size() > 0);
        Tally t;
        for (qint64 moment : momentsOver(duration, ++seed)) {
            INFO(o.name.toStdString() << " killed after " << moment << " ms of " << duration);
            QFile::remove(file);
            if (!killAfter(args, moment))
                continue;
            ++t.killed;
            if (!QFile::exists(file)) {
                ++t.none;
                continue;
            }
            // There under its name: then whole.
            ++t.all;
            CHECK(isWhole(o.name, readAll(file), whole));
        }
        report(qPrintable(o.name), t);
    }
    // The catalogue read from is untouched by all of it.
    checkIntact(m.generated);
    CHECK(initiativesIn(m.generated) == 20000);
}
