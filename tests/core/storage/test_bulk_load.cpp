// Bulk writes into an empty catalogue file build the full-text index on a
// second thread, in a side file, and copy it in at the end; the generator
// also writes without foreign-key checks. These tests check the results
// against SQLite's own integrity checks.
#include "ImportTestSupport.h"

#include "cli/CommandLine.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/generator/CatalogueGenerator.h"
#include "core/io/iati/IatiWriter.h"
#include "core/storage/BulkLoad.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using namespace ssc;
using namespace ssc::test;

namespace {

// Runs SQLite's checks on a closed catalogue file: no broken reference, and
// a full-text index that matches the rows it indexes (rank 1 compares the
// index with the initiative table).
void checkIntegrity(const QString &path)
{
    withConnection(path, [](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(q.next());
        const bool indexMatches = q.exec(QStringLiteral(
            "INSERT INTO initiative_fts(initiative_fts, rank) VALUES ('integrity-check', 1)"));
        INFO(q.lastError().text().toStdString());
        CHECK(indexMatches);
    });
}

QStringList leftovers(const QTemporaryDir &dir)
{
    return QDir(dir.path())
        .entryList({QStringLiteral("*.tmp"), QStringLiteral("*.part")}, QDir::Files);
}

Initiative renamed(Initiative in, const QString &title)
{
    in.title = title;
    return in;
}

} // namespace

TEST_CASE("A generated catalogue has no broken reference and a full-text index that matches it",
          "[bulk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gen.ssccat"));
    QString out, err;
    QTextStream o(&out), e(&err);
    REQUIRE(CommandLine::run({QStringLiteral("generate"), QStringLiteral("--initiatives"),
                              QStringLiteral("2500"), QStringLiteral("--seed"), QStringLiteral("9"),
                              QStringLiteral("--db"), path},
                             o, e) == 0);
    CHECK(leftovers(dir).isEmpty());
    checkIntegrity(path);

    // Searching through SQLite's index finds what the texts hold.
    auto store = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
    REQUIRE(store.ok());
    const Initiative last = *(*store)->initiative(QStringLiteral("syn-0002499"));
    CatalogueFilter f;
    f.text = last.title.section(QLatin1Char(' '), 0, 1);
    CHECK(matching(**store, f).contains(last.id));
    f.text = QStringLiteral("children");
    const qint64 withChildren = countOf(**store, f);
    CHECK(withChildren > 100);
    CHECK(withChildren < 2500);
}

TEST_CASE("An IATI file imported in bulk into an empty catalogue file is searchable", "[bulk]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("many.xml"));
    auto source = emptyStore();
    REQUIRE(CatalogueGenerator(11).writeInto(*source, 2100).ok());
    REQUIRE(IatiWriter::write(*source, {}, file, {}).ok());

    const QString path = dir.filePath(QStringLiteral("target.ssccat"));
    {
        auto target = CatalogueStore::open(path);
        REQUIRE(target.ok());
        const ImportReport report = importFile(**target, file, ImportFormat::Iati);
        CHECK(report.added == 2100);
        for (const QString &word : {QStringLiteral("children"), QStringLiteral("solar"),
                                    QStringLiteral("sao"), QStringLiteral("education")}) {
            CatalogueFilter f;
            f.text = word;
            INFO(word.toStdString());
            CHECK(countOf(**target, f) == countOf(*source, f));
        }
    }
    CHECK(leftovers(dir).isEmpty());
    checkIntegrity(path);
}

TEST_CASE("A bulk write that replaces a row it wrote rebuilds the full-text index instead",
          "[bulk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replace.ssccat"));
    const CatalogueContent content = loadFixture(QStringLiteral("small-catalogue.json"));
    REQUIRE(content.initiatives.size() >= 2);
    {
        auto store = CatalogueStore::open(path);
        REQUIRE(store.ok());
        const Status written = (*store)->writeImport(
            [&](ImportSink &sink) -> Status {
                for (const Source &s : content.sources) {
                    if (Status st = sink.addSource(s); !st)
                        return st;
                }
                for (const Organisation &org : content.organisations) {
                    if (Status st = sink.addOrganisation(org); !st)
                        return st;
                }
                for (const Initiative &in : content.initiatives) {
                    if (Status st = sink.putInitiative(in); !st)
                        return st;
                }
                return sink.putInitiative(
                    renamed(content.initiatives[1], QStringLiteral("Zanzibar quokka exchange")));
            },
            true);
        INFO((written.ok() ? QString() : written.error().message).toStdString());
        REQUIRE(written.ok());
        CatalogueFilter f;
        f.text = QStringLiteral("quokka");
        CHECK(matching(**store, f) == QStringList{content.initiatives[1].id});
    }
    CHECK(leftovers(dir).isEmpty());
    checkIntegrity(path);
}

TEST_CASE("An initiative with more rows in a table than one statement takes is written whole",
          "[bulk]")
{
    // The writer puts up to eight rows of a table in one statement; these
    // lists need two or three statements each.
    const CatalogueGenerator generator(5);
    CatalogueContent content = generator.base();
    Initiative in = generator.initiative(0);
    in.id = QStringLiteral("many-rows");
    const QStringList &roles = Vocabulary::codes(Vocabulary::Kind::CountryRole);
    const QStringList &partnerRoles = Vocabulary::codes(Vocabulary::Kind::PartnerRole);
    in.countries.clear();
    int k = 0;
    for (const Country &c : ReferenceData::instance().countries()) {
        if (c.regionCode.isEmpty())
            continue;
        in.countries.push_back({c.code, roles[k % roles.size()], {}});
        if (++k == 19)
            break;
    }
    in.partners.clear();
    for (int i = 0; i < 12; ++i)
        in.partners.push_back(
            {content.organisations[size_t(i * 7)].id, partnerRoles[i % partnerRoles.size()]});
    in.sdgs.clear();
    for (int goal = 17; goal >= 1; --goal)
        in.sdgs << QString::number(goal);
    in.funding.clear();
    for (int i = 0; i < 9; ++i) {
        FundingRecord f;
        f.source = QStringLiteral("fund-%1").arg(i, 2, 10, QLatin1Char('0'));
        f.amount = 1000.0 * (i + 1);
        f.currency = QStringLiteral("USD");
        f.year = 2000 + i;
        in.funding.push_back(f);
    }
    content.initiatives = {in, generator.initiative(1)};

    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.ssccat"));
    {
        auto store = CatalogueStore::open(path);
        REQUIRE(store.ok());
        const Status added = (*store)->addContent(content);
        INFO((added.ok() ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        const auto back = (*store)->initiative(in.id);
        REQUIRE(back);
        CHECK(back->countries == in.countries);
        CHECK(back->partners == in.partners);
        CHECK(back->sdgs == in.sdgs);
        CHECK(back->funding == in.funding);
        CHECK(*back == in);
        CHECK((*store)->initiative(QStringLiteral("syn-0000001")) == generator.initiative(1));
    }
    checkIntegrity(path);
}

TEST_CASE("A bulk load gives the connection its own settings back, also when it ends early",
          "[bulk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ssccat"));
    {
        auto store = okValue(CatalogueStore::open(path));
        REQUIRE(CatalogueGenerator(4).writeInto(*store, 50).ok());
    }
    withConnection(path, [&](QSqlQuery &q) {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("test-own-connection"), false);
        auto pragma = [&](const char *name) {
            REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
            REQUIRE(q.next());
            return q.value(0).toLongLong();
        };
        auto indexes = [&] {
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN "
                                          "('index', 'trigger')")));
            REQUIRE(q.next());
            return q.value(0).toLongLong();
        };
        REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size = -12345")));
        const qint64 before = indexes();
        REQUIRE(before > 0);

        // Ended early (a cancel or a failed row): indexes dropped, never rebuilt.
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        {
            BulkLoad load(db, path);
            REQUIRE(load.suspendIndexes().ok());
            CHECK(pragma("cache_size") == -524288);
            CHECK(pragma("mmap_size") > 0);
            CHECK(indexes() < before);
        }
        CHECK(pragma("cache_size") == -12345);
        CHECK(pragma("mmap_size") == 0);
        CHECK(pragma("threads") == 0);
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        CHECK(indexes() == before);

        // Run to the end.
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        {
            BulkLoad load(db, path);
            REQUIRE(load.suspendIndexes().ok());
            REQUIRE(load.rebuildIndexes().ok());
            CHECK(indexes() == before);
            CHECK(pragma("cache_size") == -12345);
            CHECK(pragma("mmap_size") == 0);
            CHECK(pragma("threads") == 0);
        }
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
        q.finish();
    });
}
