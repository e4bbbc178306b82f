// Measures the catalogue's query paths on one catalogue file and prints the
// figures as JSON: cold start, filter changes with every facet's counts,
// search as typed, sorting, peak memory, and the plain SQL approach on the
// same file and the same filter states, with the ratio of the two.
//
//   ssc-bench --db catalogue.ssccat [--states 240] [--plain-states 24]
#include "core/catalogue/CatalogueEditor.h"
#include "core/catalogue/DuplicateFinder.h"
#include "core/domain/Vocabulary.h"
#include "core/index/FacetIndex.h"
#include "core/index/IndexedQuery.h"
#include "core/storage/CatalogueStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <nlohmann/json.hpp>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace ssc;
using nlohmann::json;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

json summary(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    auto at = [&samples](double q) {
        return samples.empty()
                   ? 0.0
                   : samples[std::min(samples.size() - 1, size_t(q * double(samples.size())))];
    };
    return {{"n", samples.size()},
            {"p50_ms", at(0.5)},
            {"p95_ms", at(0.95)},
            {"max_ms", samples.empty() ? 0.0 : samples.back()}};
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// A fixed mix of filter states: single facets and combinations, broad
// (frequent values) and narrow (rare values, several facets), with and
// without text, with roles and year ranges.
std::vector<CatalogueFilter> filterStates(const FacetCounts &universe, int count)
{
    std::mt19937 rng(20261122);
    auto pick = [&rng](int n) { return n <= 0 ? 0 : int(rng() % unsigned(n)); };
    auto values = [&](Facet facet, bool broad) {
        const auto &all = universe.at(facet);
        QStringList out;
        if (all.empty())
            return out;
        const int span = broad ? std::min<int>(5, int(all.size())) : int(all.size());
        for (int k = 1 + pick(2); k > 0; --k)
            out << all[size_t(broad ? pick(span) : span / 2 + pick(span - span / 2))].value;
        out.removeDuplicates();
        return out;
    };
    static const QStringList words = {QStringLiteral("children"), QStringLiteral("water"),
                                      QStringLiteral("health"),   QStringLiteral("training"),
                                      QStringLiteral("policy"),   QStringLiteral("nutrition")};
    std::vector<CatalogueFilter> states;
    while (int(states.size()) < count) {
        const int i = int(states.size());
        const bool broad = i % 3 != 2;
        CatalogueFilter f;
        const int facets = i % 4 == 0 ? 1 : 1 + pick(4);
        for (int k = 0; k < facets; ++k) {
            switch (pick(10)) {
            case 0:
                f.countries = values(Facet::Country, broad);
                if (pick(2))
                    f.countryRole = Vocabulary::codes(Vocabulary::Kind::CountryRole)[pick(3)];
                break;
            case 1:
                f.regions = values(Facet::Region, broad);
                break;
            case 2:
                f.programmeAreas = values(Facet::ProgrammeArea, broad);
                break;
            case 3:
                f.partners = values(Facet::Partner, broad);
                break;
            case 4:
                f.fundingSources = values(Facet::FundingSource, broad);
                break;
            case 5:
                f.modalities = values(Facet::Modality, true);
                break;
            case 6:
                f.activityTypes = values(Facet::ActivityType, broad);
                break;
            case 7:
                for (const QString &g : values(Facet::Sdg, broad))
                    f.sdgGoals << g.toInt();
                break;
            case 8:
                f.statuses = values(Facet::Status, true);
                break;
            case 9:
                f.fromYear = 1995 + pick(25);
                f.toYear = *f.fromYear + pick(10);
                break;
            }
        }
        if (i % 5 == 1)
            f.text = words[pick(int(words.size()))];
        states.push_back(f);
    }
    return states;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Catalogue file."), QStringLiteral("PATH")},
         {QStringLiteral("states"), QStringLiteral("Filter states to time."), QStringLiteral("N"),
          QStringLiteral("240")},
         {QStringLiteral("plain-states"), QStringLiteral("How many of them also run as plain SQL."),
          QStringLiteral("N"), QStringLiteral("24")}});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const int stateCount = parser.value(QStringLiteral("states")).toInt();
    const int plainCount = parser.value(QStringLiteral("plain-states")).toInt();
    // The sorts run on states 0, 2, 5 and 8.
    if (path.isEmpty() || stateCount < 9 || plainCount < 0) {
        std::fprintf(stderr, "ssc-bench: give --db PATH, --states 9 or more and --plain-states "
                             "0 or more\n");
        return 1;
    }
    json out;
    out["catalogue"] = path.toStdString();

    // First open after a change: the index is built from the catalogue and
    // saved beside it. Then a normal start: open, load the saved index, first
    // page and all counts.
    QElapsedTimer t;
    QFile::remove(path + QStringLiteral(".facets"));
    t.start();
    {
        auto first = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
        if (!first.ok() || !IndexedQuery::install(**first).ok() ||
            !(*first)->query({}, PageRequest{}).ok()) {
            std::fprintf(stderr, "ssc-bench: cannot build the index for %s\n", qPrintable(path));
            return 2;
        }
    }
    out["first_open_build_ms"] = ms(t);
    out["peak_rss_first_open_mb"] = peakRssMb();
    t.restart();
    auto opened = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        std::fprintf(stderr, "ssc-bench: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    auto &store = *opened;
    const double openMs = ms(t);
    if (Status s = IndexedQuery::install(*store); !s) {
        std::fprintf(stderr, "ssc-bench: %s\n", qPrintable(s.error().message));
        return 2;
    }
    const double indexMs = ms(t) - openMs;
    PageRequest firstPage;
    auto first = store->query({}, firstPage);
    if (!first.ok()) {
        std::fprintf(stderr, "ssc-bench: %s\n", qPrintable(first.error().message));
        return 2;
    }
    const double coldMs = ms(t);
    out["initiatives"] = first->total;
    // "loaded" unless the saved index was refused (damaged, outdated) and built again.
    const auto saved = IndexedQuery::of(*store)->savedIndex();
    out["cold_start"] = {{"open_ms", openMs},
                         {"index_load_ms", indexMs},
                         {"total_ms", coldMs},
                         {"saved_index", saved == IndexedQuery::SavedIndex::Loaded ? "loaded"
                                         : saved == IndexedQuery::SavedIndex::Damaged
                                             ? "damaged, rebuilt"
                                             : "rebuilt"}};
    out["index_memory_mb"] = double(IndexedQuery::of(*store)->index().memoryBytes()) / 1e6;

    // Filter changes: page, total and every facet's cross-filtered counts.
    const auto states = filterStates(first->facets, stateCount);
    std::vector<double> indexed, withYears, withoutYears;
    std::vector<QueryResult> answers;
    for (const CatalogueFilter &f : states) {
        t.restart();
        auto r = store->query(f, firstPage);
        indexed.push_back(ms(t));
        if (!r.ok()) {
            std::fprintf(stderr, "ssc-bench: query failed: %s\n", qPrintable(r.error().message));
            return 2;
        }
        answers.push_back(r.value());
        (f.fromYear || f.toYear ? withYears : withoutYears).push_back(indexed.back());
        // SSC_BENCH_VERBOSE=MS lists the states slower than MS.
        if (qEnvironmentVariableIsSet("SSC_BENCH_VERBOSE") &&
            indexed.back() > qEnvironmentVariableIntValue("SSC_BENCH_VERBOSE"))
            std::fprintf(stderr,
                         "%.0f ms: text '%s' years %d-%d countries %lld regions %lld "
                         "areas %lld partners %lld funding %lld total %lld\n",
                         indexed.back(), qPrintable(f.text), f.fromYear.value_or(0),
                         f.toYear.value_or(0), qint64(f.countries.size()), qint64(f.regions.size()),
                         qint64(f.programmeAreas.size()), qint64(f.partners.size()),
                         qint64(f.fundingSources.size()), r->total);
    }
    out["filter_change"] = summary(indexed);
    out["filter_change_with_years"] = summary(withYears);
    out["filter_change_without_years"] = summary(withoutYears);

    // Search as typed, one keystroke at a time, on top of a facet selection.
    std::vector<double> typing;
    for (const char *word : {"children", "sanitation", "nutrition", "training", "maternal",
                             "policy", "vaccine", "climate"}) {
        CatalogueFilter f;
        const QString w = QString::fromLatin1(word);
        for (int n = 1; n <= w.size(); ++n) {
            f.text = w.left(n);
            t.restart();
            auto r = store->query(f, firstPage);
            typing.push_back(ms(t));
            if (qEnvironmentVariableIsSet("SSC_BENCH_VERBOSE"))
                std::fprintf(stderr, "%.1f ms: typed '%s', %lld rows\n", typing.back(),
                             qPrintable(f.text), r.ok() ? r->total : -1);
        }
    }
    out["search_keystroke"] = summary(typing);

    // Sorting by each column, ascending and descending, broad and narrow.
    std::vector<double> sorting;
    for (int column = 0; column < 9; ++column) {
        for (bool descending : {false, true}) {
            for (size_t s : {size_t(0), size_t(2), size_t(5), size_t(8)}) {
                PageRequest request{{SortColumn(column), descending}, 0, 50};
                t.restart();
                auto r = store->page(states[s], request);
                sorting.push_back(ms(t));
            }
        }
    }
    out["sort"] = summary(sorting);

    // An edit as the window makes it (checked, one transaction, an entry in
    // the history, the index updated in place), then the window's next
    // question: the page and every facet's counts. Each edit is undone
    // right after (also timed), so the catalogue ends as it began.
    std::vector<double> editTimes, editToCounts;
    {
        auto page = store->page({}, PageRequest{{}, 0, 20});
        if (!page.ok()) {
            std::fprintf(stderr, "ssc-bench: %s\n", qPrintable(page.error().message));
            return 2;
        }
        CatalogueEditor editor(*store, QStringLiteral("ssc-bench"));
        for (const InitiativeRow &row : *page) {
            auto before = store->initiative(row.id);
            if (!before.ok())
                return 2;
            Initiative after = *before;
            after.status = before->status == QLatin1String("completed")
                               ? QStringLiteral("ongoing")
                               : QStringLiteral("completed");
            for (const Initiative *state : {&after, &*before}) {
                t.restart();
                if (Status s = editor.edit(*state); !s) {
                    std::fprintf(stderr, "ssc-bench: edit failed: %s\n",
                                 qPrintable(s.error().message));
                    return 2;
                }
                editTimes.push_back(ms(t));
                auto r = store->query({}, firstPage);
                editToCounts.push_back(ms(t));
                if (!r.ok())
                    return 2;
            }
        }
    }
    out["edit"] = summary(editTimes);
    out["edit_then_page_and_counts"] = summary(editToCounts);
    out["peak_rss_mb"] = peakRssMb();

    // Likely duplicates among all the records (Edit > Find Duplicates,
    // `ssc-catalogue duplicates`): reading every record's sketch, then the
    // comparisons, and the pairs found at the default score.
    {
        QElapsedTimer d;
        d.start();
        double readMs = 0;
        DuplicateFinder::Options options;
        options.progress = [&](int percent) {
            if (percent >= 50 && readMs == 0)
                readMs = ms(d);
            return true;
        };
        auto pairs = DuplicateFinder::find(*store, options);
        if (!pairs.ok()) {
            std::fprintf(stderr, "ssc-bench: %s\n", qPrintable(pairs.error().message));
            return 2;
        }
        out["duplicates"] = {{"total_ms", ms(d)},
                             {"read_ms", readMs},
                             {"pairs", pairs->size()},
                             {"peak_rss_mb_after", peakRssMb()}};
    }

    // The plain approach on the same file: GROUP BY per facet over the
    // filtered set, for a spread of the same states; answers must agree.
    auto plain = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
    std::vector<double> plainTimes, pairedIndexed;
    int disagreements = 0;
    const int step = std::max(1, stateCount / std::max(1, plainCount));
    for (int i = 0; i < stateCount && int(plainTimes.size()) < plainCount; i += step) {
        t.restart();
        auto r = (*plain)->query(states[size_t(i)], firstPage);
        if (!r.ok()) {
            std::fprintf(stderr, "ssc-bench: plain query failed: %s\n",
                         qPrintable(r.error().message));
            return 2;
        }
        plainTimes.push_back(ms(t));
        pairedIndexed.push_back(indexed[size_t(i)]);
        if (r->total != answers[size_t(i)].total || r->facets != answers[size_t(i)].facets)
            ++disagreements;
    }
    double plainSum = 0, indexedSum = 0;
    for (size_t i = 0; i < plainTimes.size(); ++i) {
        plainSum += plainTimes[i];
        indexedSum += pairedIndexed[i];
    }
    out["plain_sql"] = summary(plainTimes);
    out["plain_sql"]["indexed_on_same_states"] = summary(pairedIndexed);
    out["plain_sql"]["speedup_mean"] = indexedSum > 0 ? plainSum / indexedSum : 0.0;
    out["plain_sql"]["disagreements"] = disagreements;
    std::printf("%s\n", out.dump(2).c_str());
    return disagreements == 0 ? 0 : 1;
}
