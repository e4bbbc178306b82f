#include "core/generator/CatalogueGenerator.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/storage/CatalogueStore.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <future>

namespace ssc {

namespace {

// Real words of the domain, so searches find something meaningful; the rest
// of the vocabulary is made of syllables.
const char *const kDomainWords[] = {
    "children",   "child",         "health",     "nutrition",    "water",       "sanitation",
    "hygiene",    "school",        "education",  "protection",   "social",      "cash",
    "transfer",   "maternal",      "newborn",    "immunization", "vaccine",     "climate",
    "energy",     "environment",   "pollution",  "disaster",     "risk",        "reduction",
    "emergency",  "humanitarian",  "adolescent", "youth",        "girls",       "boys",
    "early",      "development",   "learning",   "teachers",     "community",   "knowledge",
    "exchange",   "technical",     "assistance", "technology",   "innovation",  "policy",
    "ministry",   "government",    "programme",  "training",     "study",       "tour",
    "conference", "webinar",       "south",      "cooperation",  "triangular",  "partners",
    "evidence",   "monitoring",    "evaluation", "capacity",     "systems",     "services",
    "mothers",    "families",      "poverty",    "equity",       "rights",      "malnutrition",
    "stunting",   "breastfeeding", "hiv",        "syphilis",     "elimination", "transmission",
    "diarrhoea",  "drinking",      "toilets",    "handwashing",  "resilience",  "solar",
    "são",        "tomé",          "príncipe",   "côte",         "ivoire",      "açaí",
    "réseau",     "éducation",     "santé",      "niños",        "salud",       "agua",
};
const char *const kSyllables[] = {"ka", "lo", "mi", "ta", "ren", "sa", "vo", "pe", "nu", "ri",
                                  "do", "ba", "ze", "ly", "qu",  "on", "es", "ar", "in", "ul"};
const char *const kOrgKinds[] = {"Ministry of Health",
                                 "Ministry of Education",
                                 "National Institute",
                                 "University",
                                 "Foundation",
                                 "Development Agency",
                                 "Network",
                                 "Association",
                                 "Centre",
                                 "Council"};

// Index-derived stream: the same (seed, index) always gives the same draws.
SplitMix64 streamFor(quint64 seed, quint64 index)
{
    SplitMix64 mix{seed * 0x2545f4914f6cdd1dULL ^ index};
    return SplitMix64{mix() ^ (index * 0x9e3779b97f4a7c15ULL)};
}

double unit(SplitMix64 &rng)
{
    return double(rng() >> 11) * (1.0 / 9007199254740992.0);
}

int uniform(SplitMix64 &rng, int low, int high)
{
    return low + int(rng() % std::uint64_t(high - low + 1));
}

} // namespace

CatalogueGenerator::CatalogueGenerator(quint64 seed) : m_seed(seed)
{
    const ReferenceData &ref = ReferenceData::instance();
    for (const Country &c : ref.countries()) {
        if (!c.regionCode.isEmpty())
            m_countries.push_back(c.code);
    }
    // A fixed shuffle so that the skew favours a varied set of countries.
    SplitMix64 shuffle{seed ^ 0x5eedULL};
    for (size_t i = m_countries.size(); i > 1; --i)
        std::swap(m_countries[i - 1], m_countries[shuffle() % i]);
    m_countries.resize(std::min<size_t>(m_countries.size(), 200));
    for (const ProgrammeArea &a : ref.programmeAreas())
        m_areas.push_back(a.id);

    for (const char *w : kDomainWords)
        m_words.push_back(QString::fromUtf8(w));
    SplitMix64 words{seed ^ 0x30dULL};
    while (m_words.size() < 20000) {
        QString w;
        for (int s = uniform(words, 2, 4); s > 0; --s)
            w += QLatin1String(kSyllables[uniform(words, 0, 19)]);
        m_words.push_back(w);
    }
    // Every word twice, as written and with a capital first letter, one after
    // another in one array that ends with kWordCopy spare characters.
    for (QString w : m_words) {
        for (int capital = 0; capital < 2; ++capital) {
            if (capital)
                w[0] = w[0].toUpper();
            m_wordStarts.push_back(quint32(m_wordChars.size()));
            m_wordChars.insert(m_wordChars.end(), w.utf16(), w.utf16() + w.size());
        }
    }
    m_wordStarts.push_back(quint32(m_wordChars.size()));
    m_wordChars.resize(m_wordChars.size() + kWordCopy);
    Q_ASSERT(std::all_of(m_words.begin(), m_words.end(),
                         [](const QString &w) { return !w.isEmpty() && w.size() < 64; }));
    for (int i = 0; i < kOrganisations; ++i)
        m_organisationIds.push_back(QStringLiteral("org-%1").arg(i, 4, 10, QLatin1Char('0')));
    for (int i = 0; i < kFundingSources; ++i)
        m_fundIds.push_back(QStringLiteral("fund-%1").arg(i, 2, 10, QLatin1Char('0')));
}

// Zipf-like: index ~ size * u^3 favours the first entries strongly.
size_t CatalogueGenerator::skewedIndex(SplitMix64 &rng, size_t size)
{
    const double u = unit(rng);
    return std::min(size - 1, size_t(double(size) * u * u * u));
}

template <typename T>
const T &CatalogueGenerator::skewed(SplitMix64 &rng, const std::vector<T> &from) const
{
    return from[skewedIndex(rng, from.size())];
}

// Appends a sentence of `words` words: about 170 million words at a million
// initiatives, so each is copied from the word array with one fixed-size
// copy (the spare characters that go along are written over by what comes
// next) into a buffer that goes into the text in one piece.
void CatalogueGenerator::appendSentence(SplitMix64 &rng, int words, QString &text) const
{
    std::array<char16_t, 512> buffer; // words are at most a few dozen characters
    char16_t *out = buffer.data();
    for (int i = 0; i < words; ++i) {
        const size_t w = 2 * skewedIndex(rng, m_words.size()) + (i == 0 ? 1 : 0);
        const size_t length = m_wordStarts[w + 1] - m_wordStarts[w];
        const size_t copied = std::max(length, kWordCopy);
        if (size_t(buffer.data() + buffer.size() - out) < copied + 1) {
            text.append(reinterpret_cast<const QChar *>(buffer.data()), out - buffer.data());
            out = buffer.data();
        }
        std::memcpy(out, m_wordChars.data() + m_wordStarts[w], copied * sizeof(char16_t));
        out += length;
        *out++ = i + 1 == words ? u'.' : u' ';
    }
    text.append(reinterpret_cast<const QChar *>(buffer.data()), out - buffer.data());
}

CatalogueContent CatalogueGenerator::base() const
{
    CatalogueContent c;
    c.name = QStringLiteral("Synthetic catalogue (seed %1)").arg(m_seed);
    c.synthetic = true;
    c.sources.push_back({QStringLiteral("synthetic"),
                         QStringLiteral("Generated by ssc-catalogue generate"),
                         {},
                         {},
                         {},
                         {}});
    SplitMix64 rng = streamFor(m_seed, ~0ULL);
    const QStringList &types = Vocabulary::codes(Vocabulary::Kind::OrganisationType);
    for (int i = 0; i < kOrganisations; ++i) {
        Organisation o;
        o.id = m_organisationIds[size_t(i)];
        o.name = QStringLiteral("%1 %2 %3")
                     .arg(QLatin1String(kOrgKinds[i % 10]), m_words[size_t(100 + i * 3)],
                          m_words[size_t(101 + i * 3)]);
        o.acronym = QStringLiteral("O%1").arg(i);
        o.type = types[uniform(rng, 0, int(types.size()) - 2)]; // funds are below
        c.organisations.push_back(o);
    }
    for (int i = 0; i < kFundingSources; ++i) {
        Organisation f;
        f.id = m_fundIds[size_t(i)];
        f.name = QStringLiteral("Fund %1 for %2").arg(i).arg(m_words[size_t(i)]);
        f.acronym = QStringLiteral("F%1").arg(i);
        f.type = QStringLiteral("fund");
        c.organisations.push_back(f);
    }
    return c;
}

Initiative CatalogueGenerator::initiative(qint64 index) const
{
    SplitMix64 rng = streamFor(m_seed, quint64(index));
    const QStringList &roles = Vocabulary::codes(Vocabulary::Kind::CountryRole);
    const QStringList &partnerRoles = Vocabulary::codes(Vocabulary::Kind::PartnerRole);
    const QStringList &modalities = Vocabulary::codes(Vocabulary::Kind::Modality);
    const QStringList &types = Vocabulary::codes(Vocabulary::Kind::ActivityType);
    const QStringList &statuses = Vocabulary::codes(Vocabulary::Kind::Status);

    Initiative in;
    in.id = QStringLiteral("syn-%1").arg(index, 7, 10, QLatin1Char('0'));
    in.title.reserve(10 * 14);
    appendSentence(rng, uniform(rng, 4, 10), in.title);
    in.title.chop(1);
    in.summary.reserve(25 * 14);
    appendSentence(rng, uniform(rng, 12, 25), in.summary);
    in.description.reserve(10 * 18 * 14);
    for (int p = uniform(rng, 6, 10); p > 0; --p) {
        if (!in.description.isEmpty())
            in.description.append(QLatin1Char(' '));
        appendSentence(rng, uniform(rng, 10, 18), in.description);
    }
    in.sources = {QStringLiteral("synthetic")};

    const int start = 1990 + int(36.0 * std::sqrt(unit(rng)));
    in.start = uniform(rng, 0, 2) ? QString::number(start)
                                  : QStringLiteral("%1-%2").arg(start).arg(uniform(rng, 1, 12), 2,
                                                                           10, QLatin1Char('0'));
    in.status = statuses[start >= 2025 ? 0 : (uniform(rng, 0, 3) == 0 ? 1 : 2)];
    if (in.status != QLatin1String("ongoing") || uniform(rng, 0, 1))
        in.end = QString::number(std::min(2026, start + uniform(rng, 0, 6)));
    if (!in.end.isEmpty() && in.end < in.start.left(4))
        in.end.clear();
    in.activityType = types[uniform(rng, 0, int(types.size()) - 1)];
    for (const QString &m : modalities) {
        if (uniform(rng, 0, 2) == 0)
            in.modalities << m;
    }
    if (in.modalities.isEmpty())
        in.modalities << modalities[uniform(rng, 0, 3)];

    const int countries = uniform(rng, 1, 5);
    for (int k = 0; k < countries; ++k) {
        const CountryParticipation cp{
            skewed(rng, m_countries), roles[k == 0 ? 0 : (k == 1 ? 1 : uniform(rng, 1, 4))], {}};
        if (std::find(in.countries.begin(), in.countries.end(), cp) == in.countries.end())
            in.countries.push_back(cp);
    }
    for (int k = uniform(rng, 1, 3); k > 0; --k) {
        const QString &area = m_areas[size_t(uniform(rng, 0, int(m_areas.size()) - 1))];
        if (!in.programmeAreas.contains(area))
            in.programmeAreas << area;
    }
    for (int k = uniform(rng, 1, 4); k > 0; --k) {
        const Partnership p{skewed(rng, m_organisationIds), partnerRoles[uniform(rng, 0, 4)]};
        if (std::find(in.partners.begin(), in.partners.end(), p) == in.partners.end())
            in.partners.push_back(p);
    }
    static const char *const kCurrencies[] = {"USD", "USD", "USD", "EUR", "CNY", "BRL", "GBP"};
    for (int k = uniform(rng, 0, 2); k > 0; --k) {
        FundingRecord f;
        f.source = skewed(rng, m_fundIds);
        f.amount = double(uniform(rng, 1, 500)) * 10000.0;
        f.currency = QLatin1String(kCurrencies[uniform(rng, 0, 6)]);
        f.year = start;
        in.funding.push_back(f);
    }
    for (int k = uniform(rng, 0, 3); k > 0; --k) {
        const QString goal = QString::number(uniform(rng, 1, 17));
        if (!in.sdgs.contains(goal))
            in.sdgs << goal;
    }
    if (uniform(rng, 0, 3) == 0)
        appendSentence(rng, 6, in.beneficiaries);
    return in;
}

Status CatalogueGenerator::writeInto(CatalogueStore &store, qint64 count,
                                     const std::function<bool(qint64)> &progress) const
{
    constexpr qint64 kBatch = 2000;
    // Each batch is freed on the thread that makes the next one, not on the
    // writer's: freeing another thread's allocations takes that thread's
    // allocator lock, and the two threads queued on it thousands of times a
    // second.
    auto makeBatch = [this, count](qint64 from, std::vector<Initiative> spent) {
        spent.clear();
        std::vector<Initiative> batch;
        for (qint64 i = from; i < std::min(count, from + kBatch); ++i)
            batch.push_back(initiative(i));
        return batch;
    };
    std::future<std::vector<Initiative>> pending =
        std::async(std::launch::async, makeBatch, 0, std::vector<Initiative>());
    qint64 nextBatch = kBatch;
    std::vector<Initiative> current;
    size_t position = 0;
    const Status written = store.addInBulk(
        base(),
        [&](Initiative &in) {
            if (position == current.size()) {
                if (!pending.valid())
                    return false;
                std::vector<Initiative> spent = std::exchange(current, pending.get());
                position = 0;
                if (nextBatch < count) {
                    pending =
                        std::async(std::launch::async, makeBatch, nextBatch, std::move(spent));
                    nextBatch += kBatch;
                }
                if (current.empty())
                    return false;
            }
            // Swapped, not moved: the last initiative goes back into the
            // batch, to be freed with it.
            std::swap(in, current[position++]);
            return true;
        },
        progress);
    if (pending.valid())
        pending.wait();
    return written;
}

} // namespace ssc
