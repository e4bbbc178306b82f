// Reading many initiatives by row id: a few scattered ones are looked up a
// chunk at a time, most of a range is read in one pass over each table,
// skipping those not asked for. Both must give exactly the stored records.
#include "TestSupport.h"

#include "core/generator/CatalogueGenerator.h"
#include "core/storage/CatalogueStore.h"

#include <algorithm>

using namespace ssc;
using namespace ssc::test;

TEST_CASE("Initiatives read by row id, scattered or most of a range, are the stored ones",
          "[storage][reader]")
{
    const CatalogueGenerator generator(7);
    CatalogueContent content = generator.base();
    for (qint64 i = 0; i < 1200; ++i)
        content.initiatives.push_back(generator.initiative(i));
    const auto opened = storeWith(content);
    CatalogueStore &store = *opened;
    std::vector<qint64> all = okValue(store.rowIds({}, SortOrder{})); // title order
    REQUIRE(all.size() == 1200);
    std::vector<qint64> byRowId = all;
    std::sort(byRowId.begin(), byRowId.end());

    std::vector<qint64> scattered, mostOfARange;
    for (std::size_t i = 0; i < byRowId.size(); i += 37) // one in 37: looked up
        scattered.push_back(byRowId[i]);
    for (std::size_t i = 300; i < 900; ++i) // two in three of a range: one pass
        if (i % 3 != 0)
            mostOfARange.push_back(byRowId[i]);
    std::reverse(mostOfARange.begin(), mostOfARange.end()); // positions are kept, any order

    for (const std::vector<qint64> *ids : {&all, &scattered, &mostOfARange}) {
        std::vector<int> seen(ids->size(), 0);
        const Status read = store.forEachInitiative(*ids, true, [&](qsizetype at, Initiative &&in) {
            ++seen[std::size_t(at)];
            const Initiative stored = okValue(store.initiative(in.id));
            CHECK(in == stored);
            return true;
        });
        REQUIRE(read.ok());
        CHECK(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
    }

    // Each position's initiative is the one with that row id: the title
    // order of the whole catalogue is what a report lists.
    std::vector<QString> titles(all.size());
    REQUIRE(store
                .forEachInitiative(all, false,
                                   [&](qsizetype at, Initiative &&in) {
                                       titles[std::size_t(at)] = in.title;
                                       return true;
                                   })
                .ok());
    const std::vector<InitiativeRow> firstPage = okValue(store.page({}, PageRequest{{}, 0, 50}));
    for (std::size_t i = 0; i < firstPage.size(); ++i)
        CHECK(titles[i] == firstPage[i].title);

    // Stopping early stops.
    int visited = 0;
    REQUIRE(
        store
            .forEachInitiative(all, false, [&](qsizetype, Initiative &&) { return ++visited < 10; })
            .ok());
    CHECK(visited == 10);
}
