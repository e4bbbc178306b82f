// The sums of a report, initiative by initiative (see ReportTally.h). Names
// and labels are made once per code: a million initiatives repeat a few
// hundred of them.
#include "ReportTally.h"

#include "ReportListFile.h"

#include "core/domain/InitiativeLabels.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/ReferenceNames.h"
#include "core/domain/Vocabulary.h"
#include "core/query/QueryTypes.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <map>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Adds to the running total of one currency; currencies are never mixed.
void addAmount(std::vector<CurrencyAmount> &amounts, const QString &currency, double amount)
{
    auto it = std::find_if(amounts.begin(), amounts.end(),
                           [&](const CurrencyAmount &a) { return a.currency == currency; });
    if (it == amounts.end())
        amounts.push_back({currency, amount});
    else
        it->amount += amount;
}

// Counts (and for funding, amounts) per label while initiatives are read.
class Tally
{
public:
    void add(const QString &label)
    {
        // An initiative counts once per row; it has a handful of labels.
        if (std::find(m_here.cbegin(), m_here.cend(), label) != m_here.cend())
            return;
        m_here.push_back(label);
        ++m_rows[label].initiatives;
    }
    // The initiative just read is done: without a value it is "not
    // recorded"; with several it makes the rows add up to more.
    void next()
    {
        if (m_here.isEmpty())
            ++m_none;
        else if (m_here.size() > 1)
            m_several = true;
        m_here.clear();
    }
    void addAmount(const QString &label, const QString &currency, double amount)
    {
        ssc::addAmount(m_rows[label].amounts, currency, amount);
    }
    Breakdown take(const QString &id, const QString &title, bool charted, bool withAmounts,
                   bool byLabel = false)
    {
        Breakdown b{id, title, charted, withAmounts, {}, {}};
        for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
            BreakdownRow &row = it.value();
            row.label = it.key();
            std::sort(row.amounts.begin(), row.amounts.end(),
                      [](const CurrencyAmount &a, const CurrencyAmount &c) {
                          return a.currency < c.currency;
                      });
            b.rows.push_back(std::move(row));
        }
        // By label, so that ties come out in order.
        std::sort(b.rows.begin(), b.rows.end(),
                  [](const BreakdownRow &a, const BreakdownRow &c) { return a.label < c.label; });
        if (!byLabel) {
            std::stable_sort(b.rows.begin(), b.rows.end(),
                             [](const BreakdownRow &a, const BreakdownRow &c) {
                                 return a.initiatives > c.initiatives;
                             });
        }
        if (m_none > 0) {
            BreakdownRow none;
            none.label = Tr::tr("Not recorded");
            none.initiatives = m_none;
            none.notRecorded = true;
            b.rows.push_back(std::move(none));
        }
        if (m_several)
            b.note =
                Tr::tr("An initiative with several values counts in each of their rows, so the "
                       "rows add up to more than the initiatives.");
        return b;
    }

private:
    QHash<QString, BreakdownRow> m_rows;
    QVarLengthArray<QString, 8> m_here; // the labels of the initiative being read
    qint64 m_none = 0;
    bool m_several = false;
};

QString countryName(const QString &code)
{
    return ReferenceNames::country(code);
}

QString regionName(const QString &code)
{
    return ReferenceNames::region(code);
}

QString areaName(const QString &id)
{
    return ReferenceNames::programmeArea(id);
}

QString sdgName(int goal) // named in the header as reportSdgName
{
    if (goal < 1 || goal > int(ReferenceData::instance().sdgGoals().size()))
        return QString::number(goal);
    return QStringLiteral("%1 %2")
        .arg(goal, 2, 10, QLatin1Char('0'))
        .arg(ReferenceNames::sdgShortTitle(goal));
}

// Names made once per code: a million initiatives repeat a few hundred.
class Names
{
public:
    explicit Names(std::function<QString(const QString &)> make) : m_make(std::move(make)) {}
    const QString &of(const QString &code)
    {
        auto it = m_names.constFind(code);
        if (it == m_names.cend())
            it = m_names.insert(code, m_make(code));
        return *it;
    }

private:
    std::function<QString(const QString &)> m_make;
    QHash<QString, QString> m_names;
};

} // namespace

QString reportSdgName(int goal)
{
    return sdgName(goal);
}

struct ReportTally::Sums
{
    QHash<QString, Organisation> organisations;
    std::size_t listed = 0;
    ReportListFile *listFile = nullptr;

    std::map<QString, QSet<QString>> countriesOfRole;
    QSet<QString> countries;
    QSet<QString> partners;
    // Sources come out in the order the list cites them, though the
    // initiatives are read in storage order: first (position, place) wins.
    QHash<QString, std::pair<qsizetype, qsizetype>> firstCited;
    Tally areas, recipients, providers, regions, funds, modalities, types, years, sdgs;
    std::vector<CurrencyAmount> funding;

    InitiativeLabels::Memo labelMemo;
    Names countryNames{countryName}, regionNames{regionName}, areaNames{areaName};
    Names modalityNames{
        [](const QString &code) { return Vocabulary::label(Vocabulary::Kind::Modality, code); }};
    Names typeNames{[](const QString &code) {
        return Vocabulary::label(Vocabulary::Kind::ActivityType, code);
    }};
    Names statusNames{[](const QString &code) {
        return code.isEmpty() ? QString() : Vocabulary::label(Vocabulary::Kind::Status, code);
    }};
    QHash<int, QString> goalNames, yearNames;

    const QString &orgName(const QString &id) const
    {
        const auto it = organisations.constFind(id);
        return it == organisations.cend() ? id : it->name;
    }
    const QString &goalName(int goal)
    {
        auto it = goalNames.constFind(goal);
        if (it == goalNames.cend())
            it = goalNames.insert(goal, sdgName(goal));
        return *it;
    }
    const QString &yearName(int year)
    {
        auto it = yearNames.constFind(year);
        if (it == yearNames.cend())
            it = yearNames.insert(year, QString::number(year));
        return *it;
    }
};

ReportTally::ReportTally(Report &report, QHash<QString, Organisation> organisations,
                         std::size_t listed, ReportListFile *listFile)
    : m_report(report), m_sums(std::make_unique<Sums>())
{
    m_sums->organisations = std::move(organisations);
    m_sums->listed = listed;
    m_sums->listFile = listFile;
}

ReportTally::~ReportTally() = default;

Status ReportTally::add(qsizetype position, const Initiative &in)
{
    Sums &s = *m_sums;
    Report &r = m_report;
    ++r.initiativeCount;
    // A tally counts each label once per initiative, so a region
    // reached through two countries, or a fund named twice, counts once.
    for (const CountryParticipation &c : in.countries) {
        // The map: each country once per initiative, at its first role.
        if (&*std::find_if(in.countries.cbegin(), in.countries.cend(),
                           [&](const auto &o) { return o.code == c.code; }) == &c)
            ++r.countryInitiatives[c.code];
        s.countriesOfRole[c.role].insert(c.code);
        s.countries.insert(c.code);
        if (c.role == QLatin1String("recipient"))
            s.recipients.add(s.countryNames.of(c.code));
        else if (c.role == QLatin1String("provider"))
            s.providers.add(s.countryNames.of(c.code));
        if (const Country *country = ReferenceData::instance().country(c.code);
            country && !country->regionCode.isEmpty())
            s.regions.add(s.regionNames.of(country->regionCode));
    }
    for (const QString &a : in.programmeAreas)
        s.areas.add(s.areaNames.of(a));
    for (const Partnership &p : in.partners)
        s.partners.insert(p.organisation);
    for (const FundingRecord &f : in.funding) {
        const QString &name = s.orgName(f.source);
        s.funds.add(name);
        if (f.amount && !f.currency.isEmpty()) {
            s.funds.addAmount(name, f.currency, *f.amount);
            addAmount(s.funding, f.currency, *f.amount);
        }
    }
    for (const QString &m : in.modalities)
        s.modalities.add(s.modalityNames.of(m));
    if (!in.activityType.isEmpty())
        s.types.add(s.typeNames.of(in.activityType));
    for (const QString &sdg : in.sdgs) // "3" or a target, "3.2"
        s.sdgs.add(s.goalName(QStringView(sdg).left(sdg.indexOf(QLatin1Char('.'))).toInt()));
    const auto start = in.startYear();
    const auto end = in.isOpenEnded() ? std::nullopt : in.endYear();
    if (start) {
        s.years.add(s.yearName(*start));
        r.firstYear = r.firstYear ? std::min(*r.firstYear, *start) : *start;
        const int last = end ? *end : *start;
        r.lastYear = r.lastYear ? std::max(*r.lastYear, last) : last;
    }
    for (qsizetype i = 0; i < in.sources.size(); ++i) {
        const std::pair<qsizetype, qsizetype> at{position, i};
        auto it = s.firstCited.find(in.sources[i]);
        if (it == s.firstCited.end())
            s.firstCited.insert(in.sources[i], at);
        else if (at < *it)
            *it = at;
    }
    for (Tally *t : {&s.areas, &s.recipients, &s.providers, &s.regions, &s.funds, &s.modalities,
                     &s.types, &s.years, &s.sdgs})
        t->next();
    if (std::size_t(position) >= s.listed)
        return success();
    InitiativeLabels labels(&s.labelMemo);
    labels.describeCountries(in.countries);
    labels.describeAreas(in.programmeAreas);
    for (const Partnership &p : in.partners)
        labels.addPartner(s.orgName(p.organisation), QString(), p.role);
    for (const FundingRecord &f : in.funding)
        labels.addFunding(s.orgName(f.source), f);
    InitiativeRow row;
    row.startYear = start;
    row.endYear = in.isOpenEnded() ? std::nullopt : in.endYear();
    row.status = in.status;
    // In the report's language: the title when the record has it, and the
    // names (English labels are returned unchanged at no cost).
    const QString language = ReferenceNames::language().section(QLatin1Char('_'), 0, 0);
    ReportInitiative listedRow{in.id,
                               in.titleIn(language),
                               InitiativeLabels::localCountries(labels.countriesLabel()),
                               InitiativeLabels::localAreas(labels.areasLabel()),
                               InitiativeLabels::localPartners(labels.partnersLabel()),
                               InitiativeLabels::localFunding(labels.fundingLabel()),
                               row.years(),
                               s.statusNames.of(in.status),
                               in.sources};
    if (s.listFile)
        return s.listFile->add(position, listedRow);
    r.initiatives[std::size_t(position)] = std::move(listedRow);
    return success();
}

QStringList ReportTally::finish()
{
    Sums &s = *m_sums;
    Report &r = m_report;
    for (const QString &role : Vocabulary::codes(Vocabulary::Kind::CountryRole)) {
        if (const auto it = s.countriesOfRole.find(role); it != s.countriesOfRole.end())
            r.countriesByRole.push_back({Vocabulary::label(Vocabulary::Kind::CountryRole, role),
                                         qint64(it->second.size())});
    }
    r.countryCount = s.countries.size();
    r.partnerCount = s.partners.size();
    std::sort(
        s.funding.begin(), s.funding.end(),
        [](const CurrencyAmount &a, const CurrencyAmount &b) { return a.currency < b.currency; });
    r.funding = std::move(s.funding);
    r.breakdowns.push_back(
        s.areas.take(QStringLiteral("programme-area"), Tr::tr("By programme area"), true, false));
    r.breakdowns.push_back(s.recipients.take(QStringLiteral("recipient-country"),
                                             Tr::tr("By recipient country"), true, false));
    r.breakdowns.push_back(s.providers.take(QStringLiteral("provider-country"),
                                            Tr::tr("By provider country"), true, false));
    r.breakdowns.push_back(
        s.regions.take(QStringLiteral("region"), Tr::tr("By region"), false, false));
    r.breakdowns.push_back(
        s.funds.take(QStringLiteral("funding-source"), Tr::tr("By funding source"), false, true));
    r.breakdowns.push_back(
        s.modalities.take(QStringLiteral("modality"), Tr::tr("By modality"), false, false));
    r.breakdowns.push_back(
        s.types.take(QStringLiteral("activity-type"), Tr::tr("By activity type"), false, false));
    r.breakdowns.push_back(
        s.years.take(QStringLiteral("year"), Tr::tr("By start year"), true, false, true));
    r.breakdowns.push_back(
        s.sdgs.take(QStringLiteral("sdg"), Tr::tr("By SDG"), false, false, true));

    QStringList cited = s.firstCited.keys();
    std::sort(cited.begin(), cited.end(), [&s](const QString &a, const QString &b) {
        return s.firstCited.value(a) < s.firstCited.value(b);
    });
    return cited;
}

} // namespace ssc
