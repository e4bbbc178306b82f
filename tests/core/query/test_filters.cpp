#include "TestSupport.h"

#include "core/index/IndexedQuery.h"

using namespace ssc;
using namespace ssc::test;

namespace {

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *id : list)
        out << QString::fromLatin1(id);
    out.sort();
    return out;
}

} // namespace

TEST_CASE("Filters select initiatives: OR within a facet, AND across facets", "[filter]")
{
    const auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    CatalogueFilter f;
    CHECK(countOf(*store, f) == 6);

    SECTION("country, any role")
    {
        f.countries = {QStringLiteral("ET")};
        CHECK(matching(*store, f) ==
              ids({"emtct-cuba-ethiopia", "mnch-china-uganda", "cash-transfers-cop"}));
    }
    SECTION("country with a role")
    {
        f.countries = {QStringLiteral("ET")};
        f.countryRole = QStringLiteral("recipient");
        CHECK(matching(*store, f) == ids({"emtct-cuba-ethiopia", "mnch-china-uganda"}));
        f.countryRole = QStringLiteral("facilitator");
        CHECK(matching(*store, f).isEmpty());
    }
    SECTION("several countries are OR")
    {
        f.countries = {QStringLiteral("ST"), QStringLiteral("TH")};
        CHECK(matching(*store, f) == ids({"brazil-sao-tome-ecd", "wash-asia-conference"}));
    }
    SECTION("a role alone finds initiatives with a country in that role")
    {
        f.countryRole = QStringLiteral("facilitator");
        CHECK(matching(*store, f) == ids({"emtct-cuba-ethiopia"}));
    }
    SECTION("region and sub-region come from the countries")
    {
        f.regions = {QStringLiteral("002")}; // Africa
        CHECK(matching(*store, f) == ids({"brazil-sao-tome-ecd", "emtct-cuba-ethiopia",
                                          "mnch-china-uganda", "cash-transfers-cop"}));
        f.regions = {QStringLiteral("034")}; // Southern Asia
        CHECK(matching(*store, f) == ids({"wash-asia-conference"}));
        f.regions = {QStringLiteral("419")}; // Latin America and the Caribbean
        f.countryRole = QStringLiteral("recipient");
        CHECK(matching(*store, f).isEmpty());
        f.countryRole = QStringLiteral("provider");
        CHECK(matching(*store, f) ==
              ids({"brazil-sao-tome-ecd", "emtct-cuba-ethiopia", "cash-transfers-cop"}));
    }
    SECTION("a programme area includes its children")
    {
        f.programmeAreas = {QStringLiteral("health")};
        CHECK(matching(*store, f) == ids({"emtct-cuba-ethiopia", "mnch-china-uganda"}));
        f.programmeAreas = {QStringLiteral("health.mnch")};
        CHECK(matching(*store, f) == ids({"mnch-china-uganda"}));
        f.programmeAreas = {QStringLiteral("social-protection")};
        CHECK(matching(*store, f) == ids({"cash-transfers-cop"}));
    }
    SECTION("partners and funding sources")
    {
        f.partners = {QStringLiteral("abc"), QStringLiteral("moh-cu")};
        CHECK(matching(*store, f) == ids({"brazil-sao-tome-ecd", "emtct-cuba-ethiopia"}));
        f = {};
        f.fundingSources = {QStringLiteral("sscaf")};
        CHECK(matching(*store, f) == ids({"emtct-cuba-ethiopia", "mnch-china-uganda"}));
    }
    SECTION("modality, activity type, SDG and status")
    {
        f.modalities = {QStringLiteral("technical-assistance")};
        CHECK(matching(*store, f) == ids({"brazil-sao-tome-ecd", "emtct-cuba-ethiopia"}));
        f = {};
        f.activityTypes = {QStringLiteral("conference"), QStringLiteral("publication")};
        CHECK(matching(*store, f) == ids({"wash-asia-conference", "undated-publication"}));
        f = {};
        f.sdgGoals = {4};
        CHECK(matching(*store, f) == ids({"brazil-sao-tome-ecd"}));
        f.sdgGoals = {3, 6};
        CHECK(matching(*store, f) ==
              ids({"emtct-cuba-ethiopia", "mnch-china-uganda", "wash-asia-conference"}));
        f = {};
        f.statuses = {QStringLiteral("ongoing")};
        CHECK(matching(*store, f) == ids({"emtct-cuba-ethiopia", "mnch-china-uganda"}));
    }
    SECTION("a year range selects initiatives whose span overlaps it")
    {
        f.fromYear = 2015;
        f.toYear = 2019;
        CHECK(matching(*store, f) == ids({"brazil-sao-tome-ecd", "emtct-cuba-ethiopia"}));
        f = {};
        f.fromYear = 2021; // ongoing since 2020 with no end: still running
        CHECK(matching(*store, f) ==
              ids({"emtct-cuba-ethiopia", "mnch-china-uganda", "cash-transfers-cop"}));
        f.fromYear = 2013;
        f.toYear = 2013; // an undated one never matches a year range
        CHECK(matching(*store, f) == ids({}));
        f = {};
        f.toYear = 2012;
        CHECK(matching(*store, f) == ids({"wash-asia-conference"}));
    }
    SECTION("facets combine with AND")
    {
        f.countries = {QStringLiteral("ET")};
        f.programmeAreas = {QStringLiteral("health")};
        f.statuses = {QStringLiteral("ongoing")};
        f.fundingSources = {QStringLiteral("sscaf")};
        CHECK(matching(*store, f) == ids({"emtct-cuba-ethiopia", "mnch-china-uganda"}));
        f.modalities = {QStringLiteral("knowledge-exchange")};
        CHECK(matching(*store, f) == ids({"mnch-china-uganda"}));
        f.text = QStringLiteral("cuba");
        CHECK(matching(*store, f).isEmpty());
    }
}

TEST_CASE("Facet counts leave out the facet's own selection", "[filter][facets]")
{
    const auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    CatalogueFilter f;
    f.countries = {QStringLiteral("ET")};
    f.statuses = {QStringLiteral("ongoing")};
    const FacetCounts counts = facetsOf(*store, f);
    auto facetCount = [&counts](Facet facet, const QString &value) -> qint64 {
        for (const FacetValueCount &v : counts.at(facet)) {
            if (v.value == value)
                return v.count;
        }
        return 0;
    };
    // Country counts apply the status selection but not the country one.
    CHECK(facetCount(Facet::Country, QStringLiteral("ET")) == 2);
    CHECK(facetCount(Facet::Country, QStringLiteral("CU")) == 1);
    CHECK(facetCount(Facet::Country, QStringLiteral("ST")) == 0);
    // Status counts apply the country selection but not the status one.
    CHECK(facetCount(Facet::Status, QStringLiteral("ongoing")) == 2);
    CHECK(facetCount(Facet::Status, QStringLiteral("planned")) == 1);
    // Other facets apply both.
    CHECK(facetCount(Facet::ProgrammeArea, QStringLiteral("health")) == 2);
    CHECK(facetCount(Facet::ProgrammeArea, QStringLiteral("health.emtct")) == 1);
    CHECK(facetCount(Facet::ProgrammeArea, QStringLiteral("social-protection")) == 0);
    CHECK(facetCount(Facet::Sdg, QStringLiteral("3")) == 2);
    CHECK(facetCount(Facet::Region, QStringLiteral("002")) == 2);
    CHECK(facetCount(Facet::FundingSource, QStringLiteral("sscaf")) == 2);
}

TEST_CASE("Pages come in the chosen sort order", "[filter][sort]")
{
    const auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    PageRequest request;
    request.limit = 2;
    request.sort = {SortColumn::Title, false};
    auto rows = pageOf(*store, {}, request);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].id == QStringLiteral("cash-transfers-cop"));
    CHECK(rows[1].id == QStringLiteral("brazil-sao-tome-ecd"));
    request.offset = 4;
    rows = pageOf(*store, {}, request);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].id == QStringLiteral("wash-asia-conference"));

    request = {};
    request.sort = {SortColumn::Years, true};
    rows = pageOf(*store, {}, request);
    REQUIRE(rows.size() == 6);
    CHECK(rows.front().id == QStringLiteral("cash-transfers-cop"));
    CHECK(rows.back().id == QStringLiteral("undated-publication"));
    CHECK(rows[0].startYear == 2025);

    request.sort = {SortColumn::Funding, true};
    rows = pageOf(*store, {}, request);
    CHECK(rows.front().funding.startsWith(QStringLiteral("SSCAF: USD 250,000 (2019)")));
}

TEST_CASE("A region and a country ticked in one pane are alternatives, in both engines",
          "[filter][pane]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pane.ssccat"));
    {
        auto writer = okValue(CatalogueStore::open(path));
        REQUIRE(writer->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    }
    auto plain = okValue(CatalogueStore::open(path));
    auto indexed = okValue(CatalogueStore::open(path));
    REQUIRE(IndexedQuery::install(*indexed).ok());
    for (CatalogueStore *store : {plain.get(), indexed.get()}) {
        INFO(store->engine().name().toStdString());
        CatalogueFilter f;
        f.countries = {QStringLiteral("ST")};
        CHECK(matching(*store, f) == ids({"brazil-sao-tome-ecd"}));
        f.regions = {QStringLiteral("019")}; // the Americas: Brazil and Cuba
        CHECK(matching(*store, f) ==
              ids({"brazil-sao-tome-ecd", "emtct-cuba-ethiopia", "cash-transfers-cop"}));
        // The pane's counts leave out the whole pane's selection.
        const FacetCounts counts = facetsOf(*store, f);
        auto countOfValue = [&counts](Facet facet, const char *value) {
            for (const FacetValueCount &v : counts.at(facet))
                if (v.value == QLatin1String(value))
                    return v.count;
            return qint64(0);
        };
        CHECK(countOfValue(Facet::Country, "ET") == 3);
        CHECK(countOfValue(Facet::Region, "002") == 4);
        // Other panes are counted under the alternatives together.
        CHECK(countOfValue(Facet::Status, "completed") + countOfValue(Facet::Status, "ongoing") +
                  countOfValue(Facet::Status, "planned") <=
              3);
        // With a role, both alternatives are in that role.
        f.countryRole = QStringLiteral("recipient");
        CHECK(matching(*store, f) == ids({"brazil-sao-tome-ecd"}));
    }
}
