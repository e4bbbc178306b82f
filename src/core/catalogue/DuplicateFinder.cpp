#include "core/catalogue/DuplicateFinder.h"

#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <set>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)
};

// Each record is compared with the next few in each order.
constexpr int kWindow = 4;
// Titles at least this alike (see titleSimilarity) count as similar.
constexpr double kSimilar = 0.85;
// Shorter titles ("Nutrition") must match exactly: a letter or two apart
// they are different words.
constexpr std::size_t kShortTitle = 12;

std::uint16_t packed(const QString &code)
{
    return code.size() == 2 ? std::uint16_t(code[0].unicode() << 8 | code[1].unicode()) : 0;
}

QString unpacked(std::uint16_t code)
{
    return QString(QChar(code >> 8)) + QChar(code & 0xff);
}

QString folded(const QString &identifier)
{
    return identifier.trimmed().toCaseFolded();
}

// The words of a normalised title in sorted order, so that the same words
// in another order give the same text.
std::string wordsSorted(const std::string &normal)
{
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < normal.size()) {
        const std::size_t space = std::min(normal.find(' ', at), normal.size());
        words.emplace_back(normal.data() + at, space - at);
        at = space + 1;
    }
    std::sort(words.begin(), words.end());
    std::string out;
    out.reserve(normal.size());
    for (const std::string_view w : words) {
        if (!out.empty())
            out += ' ';
        out += w;
    }
    return out;
}

// The edit distance between a and b when it is at most limit, else limit + 1
// (only a band of the table around its diagonal is filled).
int boundedDistance(const std::string &a, const std::string &b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    const int big = limit + 1;
    std::vector<int> previous(std::size_t(m) + 1, big), current(std::size_t(m) + 1, big);
    for (int j = 0; j <= std::min(m, limit); ++j)
        previous[std::size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        const int from = std::max(1, i - limit);
        const int to = std::min(m, i + limit);
        std::fill(current.begin(), current.end(), big);
        current[0] = i <= limit ? i : big;
        int best = current[0];
        for (int j = from; j <= to; ++j) {
            const int cost = a[std::size_t(i - 1)] == b[std::size_t(j - 1)] ? 0 : 1;
            const int value =
                std::min({previous[std::size_t(j - 1)] + cost, previous[std::size_t(j)] + 1,
                          current[std::size_t(j - 1)] + 1});
            current[std::size_t(j)] = std::min(value, big);
            best = std::min(best, current[std::size_t(j)]);
        }
        if (best > limit)
            return big;
        std::swap(previous, current);
    }
    return std::min(previous[std::size_t(m)], big);
}

} // namespace

struct DuplicateFinder::Candidate
{
    int a;
    int b;
    double similarity;
    bool sameIdentifier;
};

DuplicateFinder::DuplicateFinder(Options options) : m_options(std::move(options)) {}

std::string DuplicateFinder::normalisedTitle(const QString &title)
{
    // Decomposed, the accents are marks of their own, which are dropped.
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c;
        } else {
            space = true;
        }
    }
    return out.toStdString();
}

double DuplicateFinder::titleSimilarity(const std::string &a, const std::string &b)
{
    if (a == b)
        return 1.0;
    const std::size_t longer = std::max(a.size(), b.size());
    if (longer < kShortTitle)
        return 0.0;
    const int limit = int(std::floor(double(longer) * (1.0 - kSimilar)));
    // A cheap bound first: each edit changes the letter counts by at most
    // two, so counts far apart rule the pair out without the table.
    std::array<int, 64> counts{};
    for (const unsigned char c : a)
        ++counts[c & 63];
    for (const unsigned char c : b)
        --counts[c & 63];
    int apart = 0;
    for (const int c : counts)
        apart += std::abs(c);
    if ((apart + 1) / 2 > limit)
        return 0.0;
    const int distance = boundedDistance(a, b, limit);
    return distance > limit ? 0.0 : 1.0 - double(distance) / double(longer);
}

void DuplicateFinder::add(RecordSketch &&sketch)
{
    Entry e;
    e.key = std::move(sketch.key);
    e.title = std::move(sketch.title);
    e.normal = normalisedTitle(e.title);
    for (const QString &c : sketch.countries)
        e.countries.push_back(packed(c));
    std::sort(e.countries.begin(), e.countries.end());
    e.countries.erase(std::unique(e.countries.begin(), e.countries.end()), e.countries.end());
    e.startYear = sketch.startYear.value_or(0);
    e.endYear = sketch.openEnded ? 9999 : sketch.endYear.value_or(e.startYear);
    if (!sketch.iatiIdentifier.isEmpty())
        m_identifiers.emplace_back(folded(sketch.iatiIdentifier), int(m_entries.size()));
    m_entries.push_back(std::move(e));
}

bool DuplicateFinder::progress(int percent) const
{
    return !m_options.progress || m_options.progress(percent);
}

void DuplicateFinder::compareNeighbours(const std::vector<std::string> &texts,
                                        std::vector<Candidate> &found) const
{
    std::vector<int> order(m_entries.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(),
              [&texts](int x, int y) { return texts[std::size_t(x)] < texts[std::size_t(y)]; });
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::string &here = texts[std::size_t(order[i])];
        for (std::size_t j = i + 1; j < order.size() && j <= i + kWindow; ++j) {
            const double similarity = titleSimilarity(here, texts[std::size_t(order[j])]);
            if (similarity >= kSimilar)
                found.push_back({std::min(order[i], order[j]), std::max(order[i], order[j]),
                                 similarity, false});
        }
    }
}

Result<std::vector<DuplicatePair>> DuplicateFinder::pairs() const
{
    std::vector<Candidate> found;
    const Error cancelled{Tr::tr("Stopped: no duplicates were looked for"), Error::Kind::Cancelled};
    // The same identifier: two records published with one IATI identifier,
    // or one record's key is the identifier another was published under.
    if (!m_identifiers.empty()) {
        QHash<QString, int> byKey;
        byKey.reserve(qsizetype(m_entries.size()));
        for (std::size_t i = 0; i < m_entries.size(); ++i)
            byKey.insert(folded(m_entries[i].key), int(i));
        QHash<QString, int> byIdentifier;
        for (const auto &[identifier, entry] : m_identifiers) {
            for (const int other :
                 {byKey.value(identifier, -1), byIdentifier.value(identifier, -1)})
                if (other >= 0 && other != entry)
                    found.push_back({std::min(entry, other), std::max(entry, other), 0.0, true});
            byIdentifier.insert(identifier, entry);
        }
    }
    if (!progress(10))
        return cancelled;
    // Similar titles, by neighbours in three orders.
    std::vector<std::string> texts(m_entries.size());
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        texts[i] = m_entries[i].normal;
    compareNeighbours(texts, found);
    if (!progress(40))
        return cancelled;
    for (std::string &t : texts)
        std::reverse(t.begin(), t.end());
    compareNeighbours(texts, found);
    if (!progress(70))
        return cancelled;
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        texts[i] = wordsSorted(m_entries[i].normal);
    compareNeighbours(texts, found);
    if (!progress(95))
        return cancelled;

    // One pair per two records, with the best evidence any pass found.
    std::sort(found.begin(), found.end(), [](const Candidate &x, const Candidate &y) {
        return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    std::vector<DuplicatePair> pairs;
    for (std::size_t i = 0; i < found.size();) {
        Candidate best = found[i];
        for (++i; i < found.size() && found[i].a == best.a && found[i].b == best.b; ++i) {
            best.similarity = std::max(best.similarity, found[i].similarity);
            best.sameIdentifier = best.sameIdentifier || found[i].sameIdentifier;
        }
        // The records' own similarity, which a pass over sorted words may
        // have overstated.
        const Entry &a = m_entries[std::size_t(best.a)];
        const Entry &b = m_entries[std::size_t(best.b)];
        best.similarity = std::max(titleSimilarity(a.normal, b.normal),
                                   best.similarity * 0.95); // words moved: a little less sure
        DuplicatePair pair;
        if ((best.sameIdentifier || best.similarity >= kSimilar) &&
            score(a, b, best.similarity, best.sameIdentifier, pair))
            pairs.push_back(std::move(pair));
    }
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        return std::tie(y.score, x.first, x.second) < std::tie(x.score, y.first, y.second);
    });
    progress(100);
    return pairs;
}

bool DuplicateFinder::score(const Entry &a, const Entry &b, double similarity, bool sameIdentifier,
                            DuplicatePair &pair) const
{
    std::vector<std::uint16_t> shared;
    std::set_intersection(a.countries.begin(), a.countries.end(), b.countries.begin(),
                          b.countries.end(), std::back_inserter(shared));
    const bool knownYears = a.startYear > 0 && b.startYear > 0;
    const int from = std::max(a.startYear, b.startYear);
    const int to = std::min(a.endYear, b.endYear);
    const bool yearsOverlap = knownYears && from <= to;
    const bool unknown = (a.countries.empty() || b.countries.empty()) && !knownYears;
    pair.reasons.clear();
    if (sameIdentifier) {
        pair.score = 100;
        pair.reasons << Tr::tr("same IATI identifier");
    } else {
        // A similar title is not enough: the records must share a country or
        // a year, unless one of them says neither.
        if (shared.empty() && !yearsOverlap && !unknown)
            return false;
        const double countries =
            shared.empty()
                ? (a.countries.empty() || b.countries.empty() ? 0.5 : 0.0)
                : double(shared.size()) / double(std::min(a.countries.size(), b.countries.size()));
        const double years = yearsOverlap ? 1.0 : (knownYears ? 0.0 : 0.5);
        pair.score = int(std::lround(60.0 * similarity + 20.0 * countries + 20.0 * years));
        pair.reasons << (similarity >= 1.0
                             ? Tr::tr("same title")
                             : Tr::tr("similar title (%1%)").arg(std::lround(similarity * 100)));
    }
    if (!shared.empty()) {
        QStringList codes;
        for (const std::uint16_t c : shared)
            codes << unpacked(c);
        pair.reasons << Tr::tr("countries in common: %1").arg(codes.join(QStringLiteral(", ")));
    }
    if (yearsOverlap)
        pair.reasons << (from == to
                             ? Tr::tr("both in %1").arg(from)
                             : Tr::tr("years overlap: %1-%2")
                                   .arg(from)
                                   .arg(to == 9999 ? Tr::tr("ongoing") : QString::number(to)));
    if (pair.score < m_options.minimumScore)
        return false;
    pair.first = a.key;
    pair.second = b.key;
    pair.firstTitle = a.title;
    pair.secondTitle = b.title;
    return true;
}

Result<std::vector<DuplicatePair>> DuplicateFinder::find(const CatalogueStore &store,
                                                         const Options &options)
{
    const auto total = store.initiativeCount();
    if (!total.ok())
        return total.error();
    DuplicateFinder finder(options);
    finder.m_entries.reserve(std::size_t(*total));
    qint64 read = 0;
    bool stopped = false;
    // Reading is about half the work; the finder's own share is scaled
    // into the second half.
    const Status s = store.forEachSketch([&](RecordSketch &&sketch) {
        finder.add(std::move(sketch));
        if (++read % 50000 == 0 && options.progress &&
            !options.progress(int(50 * read / std::max<qint64>(1, *total))))
            stopped = true;
        return !stopped;
    });
    if (!s)
        return s.error();
    if (stopped)
        return Error{Tr::tr("Stopped: no duplicates were looked for"), Error::Kind::Cancelled};
    if (options.progress)
        finder.m_options.progress = [&options](int percent) {
            return options.progress(50 + percent / 2);
        };
    auto pairs = finder.pairs();
    if (!pairs.ok())
        return pairs;
    const auto dismissed = store.dismissedDuplicates();
    if (!dismissed.ok())
        return dismissed.error();
    const std::set<std::pair<QString, QString>> notDuplicates(dismissed->begin(), dismissed->end());
    std::erase_if(*pairs, [&notDuplicates](const DuplicatePair &p) {
        return notDuplicates.count({std::min(p.first, p.second), std::max(p.first, p.second)}) > 0;
    });
    return pairs;
}

} // namespace ssc
