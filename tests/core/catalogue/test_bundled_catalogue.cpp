// The catalogue the application starts with: built from the seed documents,
// every record citing them, the facts as the documents state them.
#include "TestSupport.h"

#include "core/base/CsvReader.h"
#include "core/catalogue/DefaultCatalogue.h"

#include <QHash>

using namespace ssc;
using namespace ssc::test;

namespace {

const Initiative *find(const CatalogueContent &c, const char *id)
{
    for (const Initiative &in : c.initiatives)
        if (in.id == QLatin1String(id))
            return &in;
    return nullptr;
}

} // namespace

TEST_CASE("The bundled catalogue loads and holds the seed documents' initiatives", "[bundled]")
{
    const auto bundled = DefaultCatalogue::bundledContent();
    INFO((bundled.ok() ? QString() : bundled.error().message).toStdString());
    REQUIRE(bundled.ok());
    const CatalogueContent &c = *bundled;
    CHECK_FALSE(c.synthetic);
    CHECK(c.initiatives.size() >= 20);

    // Every source is one of the seed documents (listed in data/, with the
    // title each states), and every record cites one.
    const auto seeds = CsvReader::readFile(QStringLiteral(SSC_DATA_DIR "/seed-documents.csv"));
    REQUIRE(seeds.ok());
    QStringList seedFiles;
    QHash<QString, QString> seedTitles;
    for (const CsvReader::Row &row : *seeds) {
        if (row.line == 1)
            continue; // the header
        seedFiles << row.fields.value(0);
        seedTitles.insert(row.fields.value(1), row.fields.value(2));
    }
    REQUIRE(seedFiles.size() == 5);
    for (const Source &s : c.sources) {
        CHECK(seedFiles.contains(s.file));
        CHECK(seedTitles.value(s.id) == s.title);
    }
    CHECK(c.sources.size() == 5);
    for (const Initiative &in : c.initiatives) {
        INFO(in.id.toStdString());
        CHECK_FALSE(in.sources.isEmpty());
    }

    SECTION("China's SSCAF support to Lebanon and Somalia: US$3 million, May 2017")
    {
        const Initiative *in = find(c, "sscaf-lebanon-somalia-2017");
        REQUIRE(in);
        REQUIRE(in->funding.size() == 1);
        CHECK(in->funding[0].source == QStringLiteral("sscaf"));
        CHECK(in->funding[0].amount == 3000000.0);
        CHECK(in->funding[0].currency == QStringLiteral("USD"));
        CHECK(in->funding[0].year == 2017);
        CHECK(in->start == QStringLiteral("2017-05"));
        CHECK(in->beneficiaries.contains(QStringLiteral("300,000")));
        QStringList recipients;
        for (const auto &cp : in->countries)
            if (cp.role == QLatin1String("recipient"))
                recipients << cp.code;
        recipients.sort();
        CHECK(recipients == QStringList{QStringLiteral("LB"), QStringLiteral("SO")});
        CHECK(in->sources.contains(QStringLiteral("seed-000")));
        CHECK(in->sources.contains(QStringLiteral("seed-002")));
    }
    SECTION("The 2010 Beijing high-level meeting on child rights")
    {
        const Initiative *in = find(c, "beijing-hlm-child-rights-asia-pacific-2010");
        REQUIRE(in);
        CHECK(in->start == QStringLiteral("2010-11"));
        CHECK(in->activityType == QStringLiteral("high-level-meeting"));
        CHECK(in->sources == QStringList{QStringLiteral("seed-003")});
    }
    SECTION("The EMTCT collaboration with Cuba, Thailand and Malaysia as providers")
    {
        const Initiative *in = find(c, "emtct-ssc-cuba-thailand-malaysia");
        REQUIRE(in);
        QStringList providers;
        for (const auto &cp : in->countries)
            if (cp.role == QLatin1String("provider"))
                providers << cp.code;
        providers.sort();
        CHECK(providers ==
              QStringList{QStringLiteral("CU"), QStringLiteral("MY"), QStringLiteral("TH")});
        CHECK(in->programmeAreas.contains(QStringLiteral("health.emtct")));
    }
    SECTION("The study tour from Ethiopia and Uganda to China")
    {
        const Initiative *in = find(c, "study-tour-ethiopia-uganda-china-ecd");
        REQUIRE(in);
        CHECK(in->activityType == QStringLiteral("study-tour"));
        CHECK(in->programmeAreas.contains(QStringLiteral("ecd")));
    }
    SECTION("It goes into a catalogue file with every check passing")
    {
        const auto store = storeWith(c);
        CatalogueFilter f;
        f.countries = {QStringLiteral("ET")};
        CHECK(countOf(*store, f) >= 2);
        f = {};
        f.text = QStringLiteral("Sao Tome");
        CHECK(countOf(*store, f) >= 1);
    }
}

TEST_CASE("First start creates the user's catalogue from the bundled one", "[bundled]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/catalogue.ssccat"));
    auto store = DefaultCatalogue::openOrCreateSeeded(path);
    REQUIRE(store.ok());
    const auto bundled = DefaultCatalogue::bundledContent();
    CHECK((*store)->initiativeCount() == qint64(bundled->initiatives.size()));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    // The second start opens the same file and adds nothing.
    store.value().reset();
    auto again = DefaultCatalogue::openOrCreateSeeded(path);
    REQUIRE(again.ok());
    CHECK((*again)->initiativeCount() == qint64(bundled->initiatives.size()));
}
