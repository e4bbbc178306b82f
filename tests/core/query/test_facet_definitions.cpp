// Every layer reads a facet from its one declaration (FacetDefinitions):
// this checks the table is whole and that the filter, SQL, counts, flags
// and keys all follow it, so that a new row there is all a new facet of an
// existing storage shape needs.
#include "TestSupport.h"

#include "cli/FilterOptions.h"
#include "core/query/FacetDefinitions.h"
#include "core/storage/FilterSql.h"

#include <QCommandLineParser>
#include <QSet>

using namespace ssc;
using namespace ssc::test;

TEST_CASE("Each facet is declared once, and the filter, SQL, counts and flags follow it",
          "[facets]")
{
    QSet<QString> keys, flags;
    QSet<int> declared;
    for (const FacetDefinition &d : facetDefinitions()) {
        INFO(d.key);
        CHECK_FALSE(keys.contains(QString::fromLatin1(d.key)));
        CHECK_FALSE(flags.contains(QString::fromLatin1(d.flag)));
        keys.insert(QString::fromLatin1(d.key));
        flags.insert(QString::fromLatin1(d.flag));
        declared.insert(int(d.facet));
        CHECK(&facetDefinition(d.facet) == &d);
        CHECK(facetFromKey(facetKey(d.facet)) == d.facet);
        CHECK((d.codes == nullptr) != (d.numbers == nullptr));
        CHECK_FALSE(d.translatedLabel().isEmpty());

        // The filter keeps what is selected where the declaration says.
        CatalogueFilter f;
        const QStringList selected = {QStringLiteral("7"), QStringLiteral("11")};
        f.setValues(d.facet, selected);
        CHECK(f.values(d.facet) == selected);
        CHECK(f.without(d.facet).isEmpty());

        // The SQL engine filters by it, binding each value (a region's three times).
        const SqlFragment where = FilterSql::where(f);
        CHECK_FALSE(where.sql.isEmpty());
        CHECK(where.binds.size() ==
              (d.storage.shape == FacetStorage::Shape::RegionOfCountry ? 6 : 2));
    }
    for (Facet facet : kAllFacets)
        CHECK(declared.contains(int(facet)));
    CHECK(declared.size() == qsizetype(std::size(kAllFacets)));

    // The command line offers a flag per facet.
    QCommandLineParser parser;
    FilterOptions::addTo(parser);
    QStringList arguments = {QStringLiteral("ssc-catalogue")};
    for (const FacetDefinition &d : facetDefinitions())
        arguments << QStringLiteral("--") + QString::fromLatin1(d.flag) << QStringLiteral("x");
    REQUIRE(parser.parse(arguments));
    for (const FacetDefinition &d : facetDefinitions())
        CHECK(parser.isSet(QString::fromLatin1(d.flag)));

    // The counts of every engine name each declared facet.
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const FacetCounts counts = facetsOf(*store, {});
    for (const FacetDefinition &d : facetDefinitions())
        CHECK(counts.count(d.facet) == 1);
}
