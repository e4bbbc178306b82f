// Facet counts, totals and result sets checked against counting a generated
// fixture by brute force, over many random filter combinations.
#include "TestSupport.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"

#include <QRegularExpression>
#include <QSet>

#include <random>
#include <set>

using namespace ssc;
using namespace ssc::test;

namespace {

const QStringList kWords = {
    QStringLiteral("água"),     QStringLiteral("saúde"),    QStringLiteral("nutrition"),
    QStringLiteral("école"),    QStringLiteral("vaccine"),  QStringLiteral("sanitation"),
    QStringLiteral("exchange"), QStringLiteral("policy"),   QStringLiteral("training"),
    QStringLiteral("children"), QStringLiteral("maternal"), QStringLiteral("climate"),
};

struct Fixture
{
    CatalogueContent content;
    QStringList countryCodes;
};

Fixture generate(unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    const ReferenceData &ref = ReferenceData::instance();
    Fixture fx;
    for (const Country &c : ref.countries()) {
        if (!c.regionCode.isEmpty() && fx.countryCodes.size() < 40 && pick(5) == 0)
            fx.countryCodes << c.code;
    }
    CatalogueContent &content = fx.content;
    content.sources.push_back({QStringLiteral("gen"), QStringLiteral("Generated"), {}, {}, {}, {}});
    for (int i = 0; i < 15; ++i) {
        Organisation o;
        o.id = QStringLiteral("org-%1").arg(i);
        o.name = QStringLiteral("Organisation %1 %2").arg(i).arg(kWords[i % kWords.size()]);
        o.acronym = i % 3 ? QStringLiteral("O%1").arg(i) : QString();
        content.organisations.push_back(o);
    }
    const auto &areas = ref.programmeAreas();
    const QStringList &roles = Vocabulary::codes(Vocabulary::Kind::CountryRole);
    const QStringList &modalities = Vocabulary::codes(Vocabulary::Kind::Modality);
    const QStringList &types = Vocabulary::codes(Vocabulary::Kind::ActivityType);
    const QStringList &statuses = Vocabulary::codes(Vocabulary::Kind::Status);
    for (int i = 0; i < 400; ++i) {
        Initiative in;
        in.id = QStringLiteral("init-%1").arg(i);
        in.title = QStringLiteral("Initiative %1 %2").arg(i).arg(kWords[pick(kWords.size())]);
        in.description =
            kWords[pick(kWords.size())] + QLatin1Char(' ') + kWords[pick(kWords.size())];
        in.sources = {QStringLiteral("gen")};
        if (pick(6) != 0) {
            const int start = 1995 + pick(30);
            in.start = QString::number(start);
            if (pick(2))
                in.end = QString::number(start + pick(6));
        }
        if (pick(5) != 0)
            in.status = statuses[pick(statuses.size())];
        if (pick(5) != 0)
            in.activityType = types[pick(types.size())];
        for (const QString &m : modalities) {
            if (pick(3) == 0)
                in.modalities << m;
        }
        QSet<QString> pairs;
        for (int k = pick(5); k > 0; --k) {
            const CountryParticipation cp{
                fx.countryCodes[pick(fx.countryCodes.size())], roles[pick(roles.size())], {}};
            if (!pairs.contains(cp.code + cp.role)) {
                pairs.insert(cp.code + cp.role);
                in.countries.push_back(cp);
            }
        }
        for (int k = pick(4); k > 0; --k) {
            const QString area = areas[size_t(pick(int(areas.size())))].id;
            if (!in.programmeAreas.contains(area))
                in.programmeAreas << area;
        }
        QSet<QString> partnerPairs;
        for (int k = pick(4); k > 0; --k) {
            const Partnership p{content.organisations[size_t(pick(15))].id,
                                Vocabulary::codes(Vocabulary::Kind::PartnerRole)[pick(5)]};
            if (!partnerPairs.contains(p.organisation + p.role)) {
                partnerPairs.insert(p.organisation + p.role);
                in.partners.push_back(p);
            }
        }
        for (int k = pick(3); k > 0; --k) {
            FundingRecord f;
            f.source = content.organisations[size_t(pick(5))].id;
            f.amount = 1000.0 * (1 + pick(100));
            f.currency = pick(2) ? QStringLiteral("USD") : QStringLiteral("EUR");
            if (k == 2) // some with a year of their own, the rest take the start year
                f.year = 2000 + i % 20;
            in.funding.push_back(f);
        }
        for (int k = pick(3); k > 0; --k) {
            const QString goal = QString::number(1 + pick(17));
            if (!in.sdgs.contains(goal))
                in.sdgs << goal;
        }
        content.initiatives.push_back(in);
    }
    return fx;
}

// The filter semantics, written out plainly and independently of the SQL.
class BruteForce
{
public:
    explicit BruteForce(const CatalogueContent &content) : m_content(content)
    {
        for (const Organisation &o : content.organisations)
            m_orgSearch.insert(o.id, o.name + QLatin1Char(' ') + o.acronym);
    }

    QSet<QString> values(const Initiative &in, Facet facet, const QString &role) const
    {
        const ReferenceData &ref = ReferenceData::instance();
        QSet<QString> out;
        switch (facet) {
        case Facet::Country:
            for (const auto &c : in.countries)
                if (role.isEmpty() || c.role == role)
                    out.insert(c.code);
            break;
        case Facet::Region:
            for (const auto &c : in.countries)
                if (role.isEmpty() || c.role == role) {
                    out.insert(ref.country(c.code)->regionCode);
                    out.insert(ref.country(c.code)->subregionCode);
                    out.insert(ref.country(c.code)->intermediateCode);
                }
            break;
        case Facet::ProgrammeArea:
            for (const QString &a : in.programmeAreas)
                for (const ProgrammeArea &candidate : ref.programmeAreas())
                    if (ref.areaWithDescendants(candidate.id).contains(a))
                        out.insert(candidate.id);
            break;
        case Facet::Partner:
            for (const auto &p : in.partners)
                out.insert(p.organisation);
            break;
        case Facet::FundingSource:
            for (const auto &f : in.funding)
                out.insert(f.source);
            break;
        case Facet::Modality:
            for (const QString &m : in.modalities)
                out.insert(m);
            break;
        case Facet::ActivityType:
            if (!in.activityType.isEmpty())
                out.insert(in.activityType);
            break;
        case Facet::Sdg:
            for (const QString &s : in.sdgs)
                out.insert(s.section(QLatin1Char('.'), 0, 0));
            break;
        case Facet::Status:
            if (!in.status.isEmpty())
                out.insert(in.status);
            break;
        }
        out.remove(QString());
        return out;
    }

    bool textMatches(const Initiative &in, const QString &word) const
    {
        QStringList texts{in.title, in.summary, in.description};
        const ReferenceData &ref = ReferenceData::instance();
        for (const auto &c : in.countries)
            texts << ref.country(c.code)->name;
        for (const auto &p : in.partners)
            texts << m_orgSearch.value(p.organisation);
        const QString folded = ReferenceData::fold(word);
        for (const QString &t : texts) {
            for (const QString &token :
                 ReferenceData::fold(t).split(QRegularExpression(QStringLiteral("[^\\w]+"))))
                if (token.startsWith(folded))
                    return true;
        }
        return false;
    }

    bool matches(const Initiative &in, const CatalogueFilter &f) const
    {
        auto any = [&](Facet facet, const QStringList &selected, const QString &role = {}) {
            if (selected.isEmpty())
                return true;
            const QSet<QString> v = values(in, facet, role);
            return std::any_of(selected.begin(), selected.end(),
                               [&v](const QString &s) { return v.contains(s); });
        };
        // A region and a country ticked in one pane are alternatives.
        const bool place =
            (f.countries.isEmpty() && f.regions.isEmpty()) ||
            (!f.countries.isEmpty() && any(Facet::Country, f.countries, f.countryRole)) ||
            (!f.regions.isEmpty() && any(Facet::Region, f.regions, f.countryRole));
        if (!place || !any(Facet::ProgrammeArea, f.programmeAreas) ||
            !any(Facet::Partner, f.partners) || !any(Facet::FundingSource, f.fundingSources) ||
            !any(Facet::Modality, f.modalities) || !any(Facet::ActivityType, f.activityTypes) ||
            !any(Facet::Sdg, f.values(Facet::Sdg)) || !any(Facet::Status, f.statuses))
            return false;
        if (f.countries.isEmpty() && f.regions.isEmpty() && !f.countryRole.isEmpty() &&
            values(in, Facet::Country, f.countryRole).isEmpty())
            return false;
        if (f.fromYear && !(in.startYear() && (in.isOpenEnded() || *in.endYear() >= *f.fromYear)))
            return false;
        if (f.toYear && !(in.startYear() && *in.startYear() <= *f.toYear))
            return false;
        if (!f.text.isEmpty() && !textMatches(in, f.text))
            return false;
        return true;
    }

    QStringList ids(const CatalogueFilter &f) const
    {
        QStringList out;
        for (const Initiative &in : m_content.initiatives)
            if (matches(in, f))
                out << in.id;
        out.sort();
        return out;
    }

    // The dashboard's start years and funding per year and currency.
    std::map<int, qint64> startYears(const CatalogueFilter &f) const
    {
        std::map<int, qint64> out;
        for (const Initiative &in : m_content.initiatives)
            if (matches(in, f) && in.startYear())
                ++out[*in.startYear()];
        return out;
    }
    std::map<std::pair<int, QString>, std::pair<double, qint64>>
    funding(const CatalogueFilter &f) const
    {
        std::map<std::pair<int, QString>, std::pair<double, qint64>> out;
        for (const Initiative &in : m_content.initiatives) {
            if (!matches(in, f))
                continue;
            std::set<std::pair<int, QString>> here;
            for (const FundingRecord &r : in.funding) {
                const int year = r.year ? *r.year : in.startYear().value_or(0);
                out[{year, r.currency}].first += *r.amount;
                here.insert({year, r.currency});
            }
            for (const auto &key : here)
                ++out[key].second;
        }
        return out;
    }

    std::map<QString, qint64> counts(const CatalogueFilter &f, Facet facet) const
    {
        std::map<QString, qint64> out;
        const CatalogueFilter others = f.withoutPane(facet);
        for (const Initiative &in : m_content.initiatives) {
            if (!matches(in, others))
                continue;
            for (const QString &v : values(in, facet, f.countryRole))
                ++out[v];
        }
        return out;
    }

    // Among the initiatives the whole filter holds, per value, the country
    // in role: what the map shades.
    std::map<QString, qint64> within(const CatalogueFilter &f, Facet facet,
                                     const QString &role) const
    {
        std::map<QString, qint64> out;
        for (const Initiative &in : m_content.initiatives)
            if (matches(in, f))
                for (const QString &v : values(in, facet, role))
                    ++out[v];
        return out;
    }

    // Among the initiatives the filter holds, provider-to-recipient pairs.
    std::map<std::pair<QString, QString>, qint64> links(const CatalogueFilter &f) const
    {
        std::map<std::pair<QString, QString>, qint64> out;
        for (const Initiative &in : m_content.initiatives) {
            if (!matches(in, f))
                continue;
            std::set<std::pair<QString, QString>> pairs;
            for (const auto &a : in.countries)
                for (const auto &b : in.countries)
                    if (a.role == QLatin1String("provider") &&
                        b.role == QLatin1String("recipient") && a.code != b.code)
                        pairs.insert({a.code, b.code});
            for (const auto &p : pairs)
                ++out[p];
        }
        return out;
    }

private:
    const CatalogueContent &m_content;
    QHash<QString, QString> m_orgSearch;
};

CatalogueFilter randomFilter(std::mt19937 &rng, const Fixture &fx)
{
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    auto some = [&](const QStringList &from) {
        QStringList out;
        for (int k = 1 + pick(2); k > 0; --k)
            out << from[pick(from.size())];
        out.removeDuplicates();
        return out;
    };
    const ReferenceData &ref = ReferenceData::instance();
    QStringList areaIds, regionCodes, orgs;
    for (const auto &a : ref.programmeAreas())
        areaIds << a.id;
    for (const QString &c : fx.countryCodes)
        regionCodes << ref.country(c)->regionCode << ref.country(c)->subregionCode
                    << ref.country(c)->intermediateCode;
    regionCodes.removeAll(QString());
    for (const auto &o : fx.content.organisations)
        orgs << o.id;

    CatalogueFilter f;
    for (int facets = pick(4); facets > 0; --facets) {
        switch (pick(12)) {
        case 0:
            f.countries = some(fx.countryCodes);
            break;
        case 1:
            f.countryRole = Vocabulary::codes(Vocabulary::Kind::CountryRole)[pick(5)];
            break;
        case 2:
            f.regions = some(regionCodes);
            break;
        case 3:
            f.programmeAreas = some(areaIds);
            break;
        case 4:
            f.partners = some(orgs);
            break;
        case 5:
            f.fundingSources = some(orgs.mid(0, 5));
            break;
        case 6:
            f.modalities = some(Vocabulary::codes(Vocabulary::Kind::Modality));
            break;
        case 7:
            f.activityTypes = some(Vocabulary::codes(Vocabulary::Kind::ActivityType));
            break;
        case 8:
            f.sdgGoals = {1 + pick(17)};
            break;
        case 9:
            f.statuses = some(Vocabulary::codes(Vocabulary::Kind::Status));
            break;
        case 10:
            f.fromYear = 1995 + pick(30);
            if (pick(2))
                f.toYear = *f.fromYear + pick(10);
            break;
        case 11: {
            const QString word = kWords[pick(kWords.size())];
            f.text = word.left(3 + pick(int(word.size()) - 2));
            break;
        }
        }
    }
    return f;
}

} // namespace

TEST_CASE("Results, totals and every facet's counts equal brute-force counting", "[facets][random]")
{
    const Fixture fx = generate(20261122);
    const auto store = storeWith(fx.content);
    const BruteForce brute(fx.content);
    std::mt19937 rng(7);
    PageRequest all;
    all.limit = -1;
    int nonTrivial = 0;
    for (int round = 0; round < 300; ++round) {
        const CatalogueFilter f = randomFilter(rng, fx);
        const QStringList expected = brute.ids(f);
        INFO("round " << round << " text '" << f.text.toStdString() << "' role '"
                      << f.countryRole.toStdString() << "'");
        const QueryResult result = queryOf(*store, f, all);
        REQUIRE(idsOf(result.rows) == expected);
        REQUIRE(result.total == expected.size());
        if (!expected.isEmpty() && expected.size() < 400)
            ++nonTrivial;
        for (Facet facet : kAllFacets) {
            INFO("facet " << facetKey(facet).toStdString());
            std::map<QString, qint64> actual;
            for (const FacetValueCount &v : result.facets.at(facet))
                actual[v.value] = v.count;
            REQUIRE(actual == brute.counts(f, facet));
        }
        // The map's counts: the whole filter, the country in a role of its own.
        const QString role = round % 3 == 0 ? QString() : QStringLiteral("recipient");
        for (Facet facet : {Facet::Country, Facet::Region, Facet::ProgrammeArea}) {
            INFO("within, facet " << facetKey(facet).toStdString());
            std::map<QString, qint64> actual;
            for (const FacetValueCount &v : okValue(store->engine().countsWithin(f, facet, role)))
                actual[v.value] = v.count;
            REQUIRE(actual == brute.within(f, facet, role));
        }
        std::map<std::pair<QString, QString>, qint64> links;
        for (const CountryLink &l : okValue(store->engine().countryLinks(
                 f, QStringLiteral("provider"), QStringLiteral("recipient"))))
            links[{l.from, l.to}] = l.count;
        REQUIRE(links == brute.links(f));
        std::map<int, qint64> years;
        for (const YearCount &y : okValue(store->engine().startYearCounts(f)))
            years[y.year] = y.initiatives;
        REQUIRE(years == brute.startYears(f));
        std::map<std::pair<int, QString>, std::pair<double, qint64>> funding;
        for (const FundingTotal &t : okValue(store->engine().fundingByYear(f)))
            funding[{t.year, t.currency}] = {t.amount, t.initiatives};
        REQUIRE(funding == brute.funding(f));
    }
    CHECK(nonTrivial > 100);
}
