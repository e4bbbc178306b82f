// Likely duplicates: titles folded and compared, the evidence a pair must
// share, the same IATI identifier under another key; and merging a pair in
// one step that leaves the merged-away key finding the merged record.
#include "TestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/catalogue/DuplicateFinder.h"
#include "core/catalogue/InitiativeMerge.h"
#include "core/index/IndexedQuery.h"
#include "core/storage/CatalogueStore.h"

#include <QRandomGenerator>

using namespace ssc;
using namespace ssc::test;

namespace {

RecordSketch sketch(const QString &key, const QString &title, std::vector<QString> countries,
                    std::optional<int> start, std::optional<int> end)
{
    RecordSketch s;
    s.key = key;
    s.title = title;
    s.countries = std::move(countries);
    s.startYear = start;
    s.endYear = end;
    return s;
}

// Titles of random letters: no two alike, so that only the planted pairs
// are found among them.
void addFillers(DuplicateFinder &finder, int n)
{
    QRandomGenerator random(7);
    for (int i = 0; i < n; ++i) {
        QString title;
        for (int w = 0; w < 5; ++w) {
            for (int c = 0; c < 7; ++c)
                title += QChar('a' + random.bounded(26));
            title += QLatin1Char(' ');
        }
        finder.add(
            sketch(QStringLiteral("filler-%1").arg(i), title, {QStringLiteral("ET")}, 2019, 2020));
    }
}

const DuplicatePair *pairOf(const std::vector<DuplicatePair> &pairs, const QString &a,
                            const QString &b)
{
    for (const DuplicatePair &p : pairs)
        if ((p.first == a && p.second == b) || (p.first == b && p.second == a))
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("Titles are compared with case, accents and punctuation folded away", "[duplicates]")
{
    CHECK(DuplicateFinder::normalisedTitle(QStringLiteral("  Étude — Santé des ENFANTS!  ")) ==
          "etude sante des enfants");
    CHECK(DuplicateFinder::normalisedTitle(QStringLiteral("São Tomé & Príncipe: ECD")) ==
          "sao tome principe ecd");
    const std::string a = "study tour on child protection brazil to mozambique";
    CHECK(DuplicateFinder::titleSimilarity(a, a) == 1.0);
    const double oneWordOff =
        DuplicateFinder::titleSimilarity(a, "study tour on child protection brazil to mozambiqe");
    CHECK(oneWordOff > 0.97);
    CHECK(oneWordOff < 1.0);
    CHECK(DuplicateFinder::titleSimilarity(a, "national nutrition survey of ethiopia 2019") == 0.0);
    // Short titles a letter apart are different words, not a typing slip.
    CHECK(DuplicateFinder::titleSimilarity("nutrition", "nutritian") == 0.0);
}

TEST_CASE("The finder pairs the same or a similar title with a country or year in common",
          "[duplicates]")
{
    DuplicateFinder finder;
    addFillers(finder, 3000);
    // The same title as another publisher wrote it.
    finder.add(sketch(QStringLiteral("a"),
                      QStringLiteral("Étude sur la santé des enfants, Éthiopie"),
                      {QStringLiteral("ET"), QStringLiteral("KE")}, 2019, 2020));
    finder.add(sketch(QStringLiteral("b"),
                      QStringLiteral("ETUDE SUR LA SANTE DES ENFANTS - ETHIOPIE"),
                      {QStringLiteral("ET")}, 2020, 2020));
    // The same title, but another place and time: not one initiative.
    finder.add(sketch(QStringLiteral("c"),
                      QStringLiteral("Etude sur la sante des enfants Ethiopie"),
                      {QStringLiteral("BR")}, 2001, 2002));
    // The same words in another order, with a slip; the years overlap.
    finder.add(sketch(QStringLiteral("d"),
                      QStringLiteral("Brazil Mozambique study tour on child protection"),
                      {QStringLiteral("MZ")}, 2015, 2017));
    finder.add(sketch(QStringLiteral("e"),
                      QStringLiteral("Study tour on child protection: Brazil, Mozambiqe"),
                      {QStringLiteral("BR")}, 2017, 2018));
    // One IATI activity under two keys, titled differently.
    RecordSketch published = sketch(QStringLiteral("unicef-et-42"), QStringLiteral("Nutrition"),
                                    {QStringLiteral("ET")}, 2018, 2019);
    published.iatiIdentifier = QStringLiteral("XM-DAC-41122-ET-42");
    finder.add(std::move(published));
    finder.add(sketch(QStringLiteral("XM-DAC-41122-ET-42"),
                      QStringLiteral("Infant and young child feeding in Ethiopia"), {}, {}, {}));

    const auto pairs = okValue(finder.pairs());
    CHECK(pairs.size() == 3);

    const DuplicatePair *same = pairOf(pairs, QStringLiteral("a"), QStringLiteral("b"));
    REQUIRE(same != nullptr);
    CHECK(same->score == 100);
    CHECK(same->first == QStringLiteral("a"));
    CHECK(same->reasons.join(QStringLiteral("; ")) ==
          QStringLiteral("same title; countries in common: ET; both in 2020"));
    CHECK(pairOf(pairs, QStringLiteral("a"), QStringLiteral("c")) == nullptr);
    CHECK(pairOf(pairs, QStringLiteral("b"), QStringLiteral("c")) == nullptr);

    const DuplicatePair *moved = pairOf(pairs, QStringLiteral("d"), QStringLiteral("e"));
    REQUIRE(moved != nullptr);
    CHECK(moved->reasons.front().startsWith(QStringLiteral("similar title (")));
    CHECK(moved->reasons.back() == QStringLiteral("both in 2017"));
    CHECK(moved->score < 100);
    CHECK(moved->score >= 60);

    const DuplicatePair *iati =
        pairOf(pairs, QStringLiteral("unicef-et-42"), QStringLiteral("XM-DAC-41122-ET-42"));
    REQUIRE(iati != nullptr);
    CHECK(iati->score == 100);
    CHECK(iati->reasons.front() == QStringLiteral("same IATI identifier"));
    // Best first.
    CHECK(pairs.back().score <= pairs.front().score);

    // A finder asked to stop says so instead of answering.
    DuplicateFinder::Options stopping;
    stopping.progress = [](int percent) { return percent < 40; };
    DuplicateFinder stopped(stopping);
    addFillers(stopped, 10);
    const auto none = stopped.pairs();
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind == Error::Kind::Cancelled);
}

TEST_CASE("A merge makes two records one in one step; the merged-away key finds it",
          "[duplicates][editor]")
{
    QTemporaryDir dir;
    auto store = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("d.ssccat"))));
    REQUIRE(store->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    REQUIRE(IndexedQuery::install(*store).ok());
    // The same initiative again, as another publisher listed it.
    const Initiative kept = okValue(store->initiative(QStringLiteral("emtct-cuba-ethiopia")));
    Initiative other = kept;
    other.id = QStringLiteral("emtct-copy");
    other.title = QStringLiteral("EMTCT technical assistance, Cuba to Ethiopia");
    other.summary.clear();
    other.countries = {{QStringLiteral("ET"), QStringLiteral("recipient"), {}},
                       {QStringLiteral("UG"), QStringLiteral("recipient"), {}}};
    other.partners = {{QStringLiteral("sscaf"), QStringLiteral("funder")}};
    CatalogueEditor editor(*store, QStringLiteral("Ama Mensah"));
    REQUIRE(editor.add({other}).ok());

    const auto found = okValue(DuplicateFinder::find(*store, {}));
    REQUIRE(found.size() == 1);
    CHECK(found.front().first == kept.id);
    CHECK(found.front().second == other.id);
    CHECK(found.front().firstTitle == kept.title);

    // Countries and partners are united; the kept record's title stays.
    const Initiative merged =
        InitiativeMerge::merged(kept, other, InitiativeMerge::defaults(kept, other));
    CHECK(merged.id == kept.id);
    CHECK(merged.title == kept.title);
    CHECK(merged.countries.size() == kept.countries.size() + 1); // UG; ET was there
    CHECK(merged.partners.size() == kept.partners.size() + 1);
    InitiativeMerge::Choices choices;
    choices[QStringLiteral("title")] = InitiativeMerge::Take::Other;
    choices[QStringLiteral("countries")] = InitiativeMerge::Take::Kept;
    const Initiative chosen = InitiativeMerge::merged(kept, other, choices);
    CHECK(chosen.title == other.title);
    CHECK(chosen.countries == kept.countries);
    CHECK(chosen.partners.size() == kept.partners.size() + 1); // not chosen: united

    REQUIRE(editor.merge(other.id, merged).ok());
    CHECK(okValue(store->initiative(kept.id)) == merged);
    CHECK_FALSE(store->hasInitiative(other.id));
    CHECK(okValue(store->findInitiative(other.id)) == merged);
    CHECK(okValue(store->mergedInto(other.id)) == kept.id);
    CHECK(okValue(store->count({})) == 6);
    CatalogueFilter uganda;
    uganda.countries = {QStringLiteral("UG")};
    CHECK(okValue(store->count(uganda)) == 2); // mnch-china-uganda and the merged one
    // The history names both sides.
    const auto gone = okValue(store->history({other.id, {}, 5}));
    REQUIRE(gone.front().action == ChangeRecord::Action::Merge);
    CHECK(gone.front().fields.front() ==
          FieldChange{QStringLiteral("mergedInto"), QString(), kept.id});
    const auto into = okValue(store->history({kept.id, {}, 5}));
    REQUIRE(into.front().action == ChangeRecord::Action::Merge);
    CHECK(into.front().fields.back() ==
          FieldChange{QStringLiteral("mergedFrom"), QString(), other.id});
    CHECK(okValue(DuplicateFinder::find(*store, {})).empty());

    // Undone: both as they were, and the old key is a record of its own.
    REQUIRE(editor.unmerge(kept, other).ok());
    CHECK(okValue(store->initiative(kept.id)) == kept);
    CHECK(okValue(store->initiative(other.id)) == other);
    CHECK(okValue(store->mergedInto(other.id)).isEmpty());
    CHECK(okValue(store->count(uganda)) == 2);

    // A pair said not to be duplicates is not offered again; a merge of a
    // record with itself is refused.
    REQUIRE(store->dismissDuplicate(other.id, kept.id).ok());
    CHECK(okValue(DuplicateFinder::find(*store, {})).empty());
    CHECK_FALSE(editor.merge(kept.id, kept).ok());
}
