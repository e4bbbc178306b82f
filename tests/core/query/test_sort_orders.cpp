// Each column's sort order against an order worked out here, not by the engines.
//
// Both engines read their orders through FilterSql::orderBy, so comparing one
// with the other proves nothing about the order itself. Here six records are
// written so that every column has a tie (broken by the order the records
// were added in), an empty value (first when ascending) and, for the text
// columns, a lower-case value among capitalised ones (case is ignored); each
// order below was worked out by hand from the labels the table shows.
#include "TestSupport.h"

#include "core/index/IndexedQuery.h"

using namespace ssc;
using namespace ssc::test;

namespace {

// Added in this order, so a tie keeps it (ascending) or reverses it
// (descending). The labels each column sorts by are in the comments.
const char kCatalogue[] = R"({
  "format": "ssc-catalogue", "formatVersion": 1, "name": "Sort orders",
  "sources": [{"id": "src", "title": "Sort fixture"}],
  "organisations": [
    {"id": "alpha", "name": "alpha agency", "type": "ngo"},
    {"id": "beta", "name": "Beta Fund", "acronym": "BF", "type": "fund"},
    {"id": "zed", "name": "Zed Ministry", "type": "government"}
  ],
  "initiatives": [
    {"id": "m-banana", "title": "banana project", "sources": ["src"],
     "start": "2015", "end": "2017", "status": "ongoing", "activityType": "training",
     "countries": [{"code": "ET", "role": "recipient"}], "programmeAreas": ["health"],
     "partners": [{"organisation": "zed", "role": "implementer"}],
     "funding": [{"source": "beta", "amount": 5000, "currency": "USD", "year": 2016}]},
    {"id": "c-apple", "title": "Apple scheme", "sources": ["src"],
     "start": "2015", "end": "2016", "status": "completed", "activityType": "programme",
     "countries": [{"code": "BR", "role": "provider"}], "programmeAreas": ["nutrition"],
     "partners": [{"organisation": "alpha", "role": "coordinator"}],
     "funding": [{"source": "alpha", "amount": 250000, "currency": "USD"}]},
    {"id": "x-cherry", "title": "Cherry", "sources": ["src"]},
    {"id": "a-apple", "title": "apple scheme", "sources": ["src"],
     "start": "2010", "end": "2012", "status": "completed", "activityType": "programme",
     "countries": [{"code": "ET", "role": "recipient"}], "programmeAreas": ["health"],
     "partners": [{"organisation": "alpha", "role": "coordinator"}],
     "funding": [{"source": "alpha", "year": 2012}]},
    {"id": "d-date", "title": "Date", "sources": ["src"],
     "start": "2016", "status": "ongoing", "activityType": "study-tour",
     "countries": [{"code": "CU", "role": "provider"}, {"code": "ET", "role": "recipient"}],
     "programmeAreas": ["ecd"],
     "partners": [{"organisation": "beta", "role": "implementer"}],
     "funding": [{"source": "zed", "amount": 100, "currency": "EUR"}]},
    {"id": "f-fig", "title": "fig", "sources": ["src"],
     "start": "2015", "end": "2017", "status": "planned",
     "countries": [{"code": "BR", "role": "provider"}], "programmeAreas": ["ecd", "health"],
     "funding": [{"source": "beta", "amount": 9000, "currency": "USD", "year": 2016}]}
  ]
})";

const QStringList kAdded = {QStringLiteral("m-banana"), QStringLiteral("c-apple"),
                            QStringLiteral("x-cherry"), QStringLiteral("a-apple"),
                            QStringLiteral("d-date"),   QStringLiteral("f-fig")};

struct Expected
{
    SortColumn column;
    const char *name;
    QStringList ascending;
    QStringList descending;
};

QStringList list(std::initializer_list<const char *> ids)
{
    QStringList out;
    for (const char *id : ids)
        out << QString::fromLatin1(id);
    return out;
}

// Worked out by hand from the labels; descending is written out too rather
// than reversed here, so a tie broken the same way both ways would show.
std::vector<Expected> expectedOrders()
{
    return {
        // "Apple scheme" = "apple scheme" (added 2nd, 4th), "banana project",
        // "Cherry", "Date", "fig".
        {SortColumn::Title, "title",
         list({"c-apple", "a-apple", "m-banana", "x-cherry", "d-date", "f-fig"}),
         list({"f-fig", "d-date", "x-cherry", "m-banana", "a-apple", "c-apple"})},
        // "", "Brazil (provider)" x2, "Cuba (provider); Ethiopia (recipient)",
        // "Ethiopia (recipient)" x2.
        {SortColumn::Countries, "countries",
         list({"x-cherry", "c-apple", "f-fig", "d-date", "m-banana", "a-apple"}),
         list({"a-apple", "m-banana", "d-date", "f-fig", "c-apple", "x-cherry"})},
        // "", "Early childhood development", "Early childhood development;
        // Health", "Health" x2, "Nutrition".
        {SortColumn::ProgrammeAreas, "areas",
         list({"x-cherry", "d-date", "f-fig", "m-banana", "a-apple", "c-apple"}),
         list({"c-apple", "a-apple", "m-banana", "f-fig", "d-date", "x-cherry"})},
        // "" x2, "alpha agency (coordinator)" x2, "BF (implementer)",
        // "Zed Ministry (implementer)": lower-case "alpha" before "BF".
        {SortColumn::Partners, "partners",
         list({"x-cherry", "f-fig", "c-apple", "a-apple", "d-date", "m-banana"}),
         list({"m-banana", "d-date", "a-apple", "c-apple", "f-fig", "x-cherry"})},
        // "", "alpha agency (2012)", "alpha agency: USD 250,000",
        // "BF: USD 5,000 (2016)", "BF: USD 9,000 (2016)", "Zed Ministry: EUR 100".
        {SortColumn::Funding, "funding",
         list({"x-cherry", "a-apple", "c-apple", "m-banana", "f-fig", "d-date"}),
         list({"d-date", "f-fig", "m-banana", "c-apple", "a-apple", "x-cherry"})},
        // No dates first; 2010-2012; 2015-2016; 2015-2017 x2; 2016- (ongoing).
        {SortColumn::Years, "years",
         list({"x-cherry", "a-apple", "c-apple", "m-banana", "f-fig", "d-date"}),
         list({"d-date", "f-fig", "m-banana", "c-apple", "a-apple", "x-cherry"})},
        // none, completed x2, ongoing x2, planned (the codes; the English
        // labels sort the same way).
        {SortColumn::Status, "status",
         list({"x-cherry", "c-apple", "a-apple", "m-banana", "d-date", "f-fig"}),
         list({"f-fig", "d-date", "m-banana", "a-apple", "c-apple", "x-cherry"})},
        // none x2, programme x2, study-tour, training.
        {SortColumn::ActivityType, "activity type",
         list({"x-cherry", "f-fig", "c-apple", "a-apple", "d-date", "m-banana"}),
         list({"m-banana", "d-date", "a-apple", "c-apple", "f-fig", "x-cherry"})},
        {SortColumn::Identifier, "identifier",
         list({"a-apple", "c-apple", "d-date", "f-fig", "m-banana", "x-cherry"}),
         list({"x-cherry", "m-banana", "f-fig", "d-date", "c-apple", "a-apple"})},
    };
}

QStringList inOrder(const std::vector<InitiativeRow> &rows)
{
    QStringList ids;
    for (const InitiativeRow &r : rows)
        ids << r.id;
    return ids;
}

// The same order read a page of two at a time.
QStringList paged(CatalogueStore &store, const CatalogueFilter &filter, SortOrder sort)
{
    QStringList ids;
    PageRequest request;
    request.sort = sort;
    request.limit = 2;
    for (request.offset = 0; request.offset < 10; request.offset += 2)
        ids << inOrder(pageOf(store, filter, request));
    return ids;
}

} // namespace

TEST_CASE("Every column sorts both ways in the order worked out by hand, in both engines", "[sort]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sort.ssccat"));
    {
        auto writer = okValue(CatalogueStore::open(path));
        const auto content = CatalogueJson::parse(QByteArray(kCatalogue), QStringLiteral("sort"));
        INFO((content.ok() ? QString() : content.error().message).toStdString());
        REQUIRE(content.ok());
        REQUIRE(writer->addContent(*content).ok());
    }
    auto plain = okValue(CatalogueStore::open(path));
    auto indexed = okValue(CatalogueStore::open(path));
    REQUIRE(IndexedQuery::install(*indexed).ok());
    REQUIRE(IndexedQuery::of(*indexed) != nullptr);
    REQUIRE(IndexedQuery::of(*plain) == nullptr);

    // Ethiopia in any role: three of the six, so the index sorts a small
    // result by rank rather than walking the whole order.
    CatalogueFilter ethiopia;
    ethiopia.countries = {QStringLiteral("ET")};
    const QStringList inEthiopia = list({"m-banana", "a-apple", "d-date"});

    for (const Expected &e : expectedOrders()) {
        for (const bool descending : {false, true}) {
            const QStringList &expected = descending ? e.descending : e.ascending;
            QStringList expectedInEthiopia;
            for (const QString &id : expected)
                if (inEthiopia.contains(id))
                    expectedInEthiopia << id;
            for (CatalogueStore *store : {plain.get(), indexed.get()}) {
                INFO(e.name << (descending ? " descending, " : " ascending, ")
                            << store->engine().name().toStdString());
                PageRequest all;
                all.limit = -1;
                all.sort = {e.column, descending};
                CHECK(inOrder(pageOf(*store, {}, all)) == expected);
                CHECK(paged(*store, {}, all.sort) == expected);
                CHECK(inOrder(pageOf(*store, ethiopia, all)) == expectedInEthiopia);
                // Row ids (what exports walk) count from 1 in the order added.
                QStringList byRowIds;
                for (const qint64 rowId : okValue(store->engine().rowIds({}, all.sort)))
                    byRowIds << (rowId >= 1 && rowId <= kAdded.size() ? kAdded[rowId - 1]
                                                                      : QString::number(rowId));
                CHECK(byRowIds == expected);
            }
        }
    }
}
