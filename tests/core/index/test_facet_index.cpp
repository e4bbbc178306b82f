// The facet engine must give exactly the plain SQL answer: same rows in the
// same order, same totals, same counts for every facet value.
#include "TestSupport.h"

#include "core/domain/Vocabulary.h"
#include "core/generator/CatalogueGenerator.h"
#include "core/index/FacetIndex.h"
#include "core/index/IndexedQuery.h"

#include <QFile>

#include <random>

using namespace ssc;
using namespace ssc::test;

namespace {

struct Twin
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("twin.ssccat"));
    std::unique_ptr<CatalogueStore> plain;
    std::unique_ptr<CatalogueStore> indexed;

    explicit Twin(qint64 initiatives)
    {
        auto writer = CatalogueStore::open(path);
        REQUIRE(writer.ok());
        REQUIRE(CatalogueGenerator(99).writeInto(**writer, initiatives).ok());
        writer.value().reset();
        plain = okValue(CatalogueStore::open(path));
        indexed = okValue(CatalogueStore::open(path));
        REQUIRE(IndexedQuery::install(*indexed).ok());
    }
};

QStringList valuesOf(const FacetCounts &counts, Facet facet)
{
    QStringList values;
    for (const auto &v : counts.at(facet))
        values << v.value;
    return values;
}

CatalogueFilter randomFilter(std::mt19937 &rng, const FacetCounts &universe)
{
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    auto some = [&](Facet facet) {
        const QStringList all = valuesOf(universe, facet);
        QStringList out;
        // Mostly from the frequent head, sometimes from the rare tail.
        for (int k = 1 + pick(2); k > 0 && !all.isEmpty(); --k)
            out << all[pick(2) ? pick(std::min<int>(8, int(all.size()))) : pick(int(all.size()))];
        out.removeDuplicates();
        return out;
    };
    static const QStringList words = {
        QStringLiteral("children"),   QStringLiteral("wat"),
        QStringLiteral("health"),     QStringLiteral("ka"),
        QStringLiteral("sao tome"),   QStringLiteral("\"early development\""),
        QStringLiteral("policy ren"), QStringLiteral("zzzz")};
    CatalogueFilter f;
    for (int n = pick(5); n > 0; --n) {
        switch (pick(12)) {
        case 0:
            f.countries = some(Facet::Country);
            break;
        case 1:
            f.countryRole = Vocabulary::codes(Vocabulary::Kind::CountryRole)[pick(5)];
            break;
        case 2:
            f.regions = some(Facet::Region);
            break;
        case 3:
            f.programmeAreas = some(Facet::ProgrammeArea);
            break;
        case 4:
            f.partners = some(Facet::Partner);
            break;
        case 5:
            f.fundingSources = some(Facet::FundingSource);
            break;
        case 6:
            f.modalities = some(Facet::Modality);
            break;
        case 7:
            f.activityTypes = some(Facet::ActivityType);
            break;
        case 8:
            for (const QString &g : some(Facet::Sdg))
                f.sdgGoals << g.toInt();
            break;
        case 9:
            f.statuses = some(Facet::Status);
            break;
        case 10:
            if (pick(2))
                f.fromYear = 1990 + pick(37);
            if (pick(2))
                f.toYear = 1990 + pick(37);
            break;
        case 11:
            f.text = words[pick(int(words.size()))];
            break;
        }
    }
    return f;
}

void compare(const CatalogueStore &plain, const CatalogueStore &indexed, std::mt19937 &rng,
             int rounds)
{
    const FacetCounts universe = facetsOf(plain, {});
    int nonEmpty = 0;
    for (int round = 0; round < rounds; ++round) {
        const CatalogueFilter f = randomFilter(rng, universe);
        INFO("round " << round << " text '" << f.text.toStdString() << "' role '"
                      << f.countryRole.toStdString() << "' countries "
                      << f.countries.join(QLatin1Char(',')).toStdString());
        PageRequest request;
        request.sort = {SortColumn(round % 9), round % 2 == 1};
        request.offset = round % 3 == 0 ? 0 : int(rng() % 40);
        request.limit = round % 5 == 0 ? -1 : 25;
        const QueryResult expected = queryOf(plain, f, request);
        const QueryResult actual = queryOf(indexed, f, request);
        REQUIRE(actual.total == expected.total);
        QStringList expectedIds, actualIds;
        for (const auto &r : expected.rows)
            expectedIds << r.id;
        for (const auto &r : actual.rows)
            actualIds << r.id;
        REQUIRE(actualIds == expectedIds);
        for (Facet facet : kAllFacets) {
            INFO("facet " << facetKey(facet).toStdString());
            REQUIRE(actual.facets.at(facet) == expected.facets.at(facet));
        }
        // The map's and dashboard's counts, in a role of their own.
        const QString role = round % 2 ? QStringLiteral("provider") : QString();
        for (Facet facet : {Facet::Country, Facet::Modality, Facet::Partner}) {
            INFO("within, facet " << facetKey(facet).toStdString());
            REQUIRE(okValue(indexed.engine().countsWithin(f, facet, role)) ==
                    okValue(plain.engine().countsWithin(f, facet, role)));
        }
        REQUIRE(okValue(indexed.engine().countryLinks(f, QStringLiteral("provider"),
                                                      QStringLiteral("recipient"))) ==
                okValue(plain.engine().countryLinks(f, QStringLiteral("provider"),
                                                    QStringLiteral("recipient"))));
        REQUIRE(okValue(indexed.engine().startYearCounts(f)) ==
                okValue(plain.engine().startYearCounts(f)));
        const auto funding = okValue(indexed.engine().fundingByYear(f));
        const auto sqlFunding = okValue(plain.engine().fundingByYear(f));
        REQUIRE(funding.size() == sqlFunding.size());
        for (size_t k = 0; k < funding.size(); ++k) {
            REQUIRE(funding[k].year == sqlFunding[k].year);
            REQUIRE(funding[k].currency == sqlFunding[k].currency);
            REQUIRE(funding[k].initiatives == sqlFunding[k].initiatives);
            // Summed in another order: equal to rounding.
            REQUIRE(funding[k].amount == Approx(sqlFunding[k].amount).epsilon(1e-9));
        }
        if (expected.total > 0)
            ++nonEmpty;
    }
    CHECK(nonEmpty > rounds / 3);
}

} // namespace

TEST_CASE("The facet index gives the plain SQL answer for random filters", "[facet-index]")
{
    Twin twin(4000);
    REQUIRE(IndexedQuery::of(*twin.indexed));
    CHECK(IndexedQuery::of(*twin.indexed)->index().size() == 4000);
    std::mt19937 rng(2026);
    compare(*twin.plain, *twin.indexed, rng, 400);
}

TEST_CASE("The facet index stays right after inserts, replacements and removals", "[facet-index]")
{
    Twin twin(1500);
    std::mt19937 rng(11);
    const CatalogueGenerator other(123);

    // Inserts through an import.
    CatalogueContent batch;
    batch.sources = {{QStringLiteral("more"), QStringLiteral("More"), {}, {}, {}, {}}};
    for (qint64 i = 0; i < 200; ++i) {
        Initiative in = other.initiative(i);
        in.id = QStringLiteral("added-%1").arg(i);
        in.sources = {QStringLiteral("more")};
        batch.initiatives.push_back(in);
    }
    REQUIRE(twin.indexed->addContent(batch).ok());
    CHECK(IndexedQuery::of(*twin.indexed)->index().size() == 1700);
    compare(*twin.plain, *twin.indexed, rng, 120);

    // Replacements change every facet of a record; removals take it out.
    for (qint64 i = 0; i < 50; ++i) {
        Initiative in = other.initiative(1000 + i);
        in.id = QStringLiteral("syn-%1").arg(i * 7, 7, 10, QLatin1Char('0'));
        REQUIRE(twin.indexed->replaceInitiative(in).ok());
    }
    for (qint64 i = 0; i < 40; ++i)
        REQUIRE(twin.indexed->removeInitiative(QStringLiteral("added-%1").arg(i * 3)).ok());
    CHECK(IndexedQuery::of(*twin.indexed)->index().size() == 1660);
    CHECK(countOf(*twin.plain, {}) == 1660);
    compare(*twin.plain, *twin.indexed, rng, 150);

    CHECK_FALSE(twin.indexed->removeInitiative(QStringLiteral("no-such")).ok());
    Initiative bad = other.initiative(5);
    bad.id = QStringLiteral("syn-0000001");
    bad.countries = {{QStringLiteral("XX"), QStringLiteral("provider"), {}}};
    CHECK_FALSE(twin.indexed->replaceInitiative(bad).ok());
    compare(*twin.plain, *twin.indexed, rng, 20);
}

TEST_CASE("The saved facet index is used only for the catalogue state it was built from",
          "[facet-index]")
{
    Twin twin(1200);
    const QString cache = twin.path + QStringLiteral(".facets");
    // Enabling the index saved it beside the catalogue.
    REQUIRE(QFile::exists(cache));
    std::mt19937 rng(5);

    // A reopened store loads it and answers exactly as before.
    twin.indexed = okValue(CatalogueStore::open(twin.path));
    REQUIRE(IndexedQuery::install(*twin.indexed).ok());
    // Loaded, not quietly built again (which would answer the same).
    CHECK(IndexedQuery::of(*twin.indexed)->wasLoaded());
    CHECK(IndexedQuery::of(*twin.indexed)->savedIndex() == IndexedQuery::SavedIndex::Loaded);
    compare(*twin.plain, *twin.indexed, rng, 60);

    // A write through another store changes the revision: the saved index
    // is stale, so the next open rebuilds it and sees the new rows.
    CatalogueContent more;
    more.sources = {{QStringLiteral("s2"), QStringLiteral("Second"), {}, {}, {}, {}}};
    Initiative in = CatalogueGenerator(8).initiative(1);
    in.id = QStringLiteral("late-addition");
    in.sources = {QStringLiteral("s2")};
    more.initiatives = {in};
    REQUIRE(twin.plain->addContent(more).ok());
    twin.indexed = okValue(CatalogueStore::open(twin.path));
    REQUIRE(IndexedQuery::install(*twin.indexed).ok());
    CHECK_FALSE(IndexedQuery::of(*twin.indexed)->wasLoaded());
    CHECK(IndexedQuery::of(*twin.indexed)->savedIndex() == IndexedQuery::SavedIndex::Outdated);
    CHECK(IndexedQuery::of(*twin.indexed)->index().size() == 1201);
    compare(*twin.plain, *twin.indexed, rng, 40);

    // A damaged file is rebuilt, never trusted.
    twin.indexed.reset();
    QByteArray bytes = readAll(cache);
    REQUIRE(bytes.size() > 1000);
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 200; ++i)
        bytes[i] = char(0xA5);
    {
        QFile f(cache);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() - 5000));
    }
    twin.indexed = okValue(CatalogueStore::open(twin.path));
    REQUIRE(IndexedQuery::install(*twin.indexed).ok());
    CHECK_FALSE(IndexedQuery::of(*twin.indexed)->wasLoaded());
    CHECK(IndexedQuery::of(*twin.indexed)->savedIndex() == IndexedQuery::SavedIndex::Damaged);
    CHECK(IndexedQuery::of(*twin.indexed)->index().size() == 1201);
    compare(*twin.plain, *twin.indexed, rng, 40);
}

TEST_CASE("A row written under the id of the removed last row is indexed", "[facet-index]")
{
    Twin twin(300);
    // The generator's last initiative holds the largest row id; SQLite gives
    // that id to the next row once it is gone.
    REQUIRE(twin.indexed->removeInitiative(QStringLiteral("syn-0000299")).ok());
    unsigned seed = 8;
    SECTION("in the same session") {}
    SECTION("in a later session")
    {
        // The session ends; its index is saved. The next one loads it and
        // adds the row.
        twin.indexed.reset();
        twin.indexed = okValue(CatalogueStore::open(twin.path));
        REQUIRE(okValue(IndexedQuery::installIfSaved(*twin.indexed)));
        REQUIRE(IndexedQuery::of(*twin.indexed)->wasLoaded());
        seed = 9;
    }
    CatalogueContent batch;
    batch.sources = {{QStringLiteral("more"), QStringLiteral("More"), {}, {}, {}, {}}};
    Initiative in = CatalogueGenerator(5).initiative(1);
    in.id = QStringLiteral("replacement");
    in.sources = {QStringLiteral("more")};
    batch.initiatives.push_back(in);
    REQUIRE(twin.indexed->addContent(batch).ok());
    CHECK(countOf(*twin.indexed, {}) == 300);
    CatalogueFilter text;
    text.text = in.title;
    CHECK(countOf(*twin.indexed, text) == countOf(*twin.plain, text));
    std::mt19937 rng(seed);
    compare(*twin.plain, *twin.indexed, rng, 60);
}

TEST_CASE("Editing the last row again and again keeps every answer right", "[facet-index]")
{
    // Each replacement removes the row with the largest id and writes the
    // record again under that same id (an edit and its undo, in a loop):
    // the forward lists, the derived bitmaps and the kept sort orders take
    // it in place rather than being made again.
    Twin twin(400);
    std::mt19937 rng(21);
    compare(*twin.plain, *twin.indexed, rng, 30); // every sort order is read now
    const CatalogueGenerator other(77);
    for (int i = 0; i < 6; ++i) {
        Initiative in = other.initiative(i);
        in.id = QStringLiteral("syn-0000399");
        REQUIRE(twin.indexed->replaceInitiative(in).ok());
        compare(*twin.plain, *twin.indexed, rng, 25);
    }
}

TEST_CASE("Building the index leaves the connection's page cache as it was", "[facet-index]")
{
    // The build shrinks the page cache while it reads, to keep the first
    // open's peak memory down, and must give the connection back unchanged.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.ssccat"));
    {
        auto writer = okValue(CatalogueStore::open(path));
        REQUIRE(CatalogueGenerator(3).writeInto(*writer, 200).ok());
    }
    const QString name = QStringLiteral("page-cache-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size = -12345")));
        auto built = IndexedQuery::build(IndexSource(db, path), QString(), QString());
        REQUIRE(built.ok());
        CHECK_FALSE(built.value()->wasLoaded());
        CHECK(built.value()->count({}).value() == 200);
        REQUIRE(q.exec(QStringLiteral("PRAGMA cache_size")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == -12345);
        q.finish();
        built.value().reset();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("Year ranges keep the same initiatives in both engines, whatever dates are missing",
          "[facet-index][years]")
{
    Twin twin(40);
    const CatalogueGenerator other(7);
    CatalogueContent batch;
    batch.sources = {{QStringLiteral("dates"), QStringLiteral("Dates"), {}, {}, {}, {}}};
    // (start, end, status): an end year alone, a start alone, none, open-ended.
    const struct
    {
        const char *id, *start, *end, *status;
    } dated[] = {{"end-only", "2016", "2016", "completed"}, // its start is taken away below
                 {"start-only", "2014", "", "completed"},
                 {"no-dates", "", "", "completed"},
                 {"open-ended", "2018", "", "ongoing"}};
    for (size_t i = 0; i < std::size(dated); ++i) {
        Initiative in = other.initiative(qint64(i));
        in.id = QString::fromLatin1(dated[i].id);
        in.start = QString::fromLatin1(dated[i].start);
        in.end = QString::fromLatin1(dated[i].end);
        in.status = QString::fromLatin1(dated[i].status);
        in.sources = {QStringLiteral("dates")};
        batch.initiatives.push_back(in);
    }
    const Status added = twin.plain->addContent(batch);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    // The format requires a start with an end; files written by other
    // programs (and older imports) can still hold an end alone.
    withConnection(twin.path, [](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("UPDATE initiative SET start_date = NULL, start_year = NULL "
                                      "WHERE key = 'end-only'")));
    });
    // The indexed store sees the other connection's writes when reopened.
    twin.indexed = okValue(CatalogueStore::open(twin.path));
    REQUIRE(IndexedQuery::install(*twin.indexed).ok());

    auto years = [](std::optional<int> from, std::optional<int> to) {
        CatalogueFilter f;
        f.fromYear = from;
        f.toYear = to;
        return f;
    };
    auto ids = [&years](CatalogueStore &store, std::optional<int> from, std::optional<int> to) {
        const CatalogueFilter f = years(from, to);
        QStringList out;
        for (const InitiativeRow &r : pageOf(store, f, PageRequest{{}, 0, 10000}))
            if (!r.id.startsWith(QLatin1String("syn-")))
                out << r.id;
        out.sort();
        return out;
    };
    const std::pair<std::optional<int>, std::optional<int>> ranges[] = {{2015, std::nullopt},
                                                                        {std::nullopt, 2015},
                                                                        {2015, 2017},
                                                                        {2019, std::nullopt},
                                                                        {2010, 2013}};
    for (const auto &[from, to] : ranges) {
        INFO("from " << from.value_or(0) << " to " << to.value_or(0));
        CHECK(ids(*twin.indexed, from, to) == ids(*twin.plain, from, to));
        CHECK(countOf(*twin.indexed, years(from, to)) == countOf(*twin.plain, years(from, to)));
    }
    // Ending in 2016, it overlaps "from 2015" although its start is unknown.
    CHECK(ids(*twin.plain, 2015, std::nullopt) ==
          QStringList{QStringLiteral("end-only"), QStringLiteral("open-ended")});
}
