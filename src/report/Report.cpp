#include "Report.h"

#include "ReportListFile.h"

#include "core/domain/InitiativeLabels.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/query/FacetDefinitions.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <map>

namespace ssc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

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
            none.label = tr("Not recorded");
            none.initiatives = m_none;
            none.notRecorded = true;
            b.rows.push_back(std::move(none));
        }
        if (m_several)
            b.note = tr("An initiative with several values counts in each of their rows, so the "
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
    const Country *c = ReferenceData::instance().country(code);
    return c ? c->name : code;
}

QString regionName(const QString &code)
{
    const Region *r = ReferenceData::instance().region(code);
    return r ? r->name : code;
}

QString areaName(const QString &id)
{
    const ProgrammeArea *a = ReferenceData::instance().programmeArea(id);
    return a ? a->name : id;
}

QString sdgName(int goal)
{
    for (const SdgGoal &g : ReferenceData::instance().sdgGoals()) {
        if (g.goal == goal)
            return QStringLiteral("%1 %2").arg(goal, 2, 10, QLatin1Char('0')).arg(g.shortTitle);
    }
    return QString::number(goal);
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

qint64 Report::listedCount() const
{
    return listFile ? qint64(listFile->size()) : qint64(initiatives.size());
}

Status Report::forEachListed(const std::function<void(const ReportInitiative &)> &visit) const
{
    if (listFile)
        return listFile->forEach(visit);
    for (const ReportInitiative &in : initiatives)
        visit(in);
    return success();
}

const Breakdown *Report::breakdown(const QString &id) const
{
    for (const Breakdown &b : breakdowns) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

QString Report::listNote() const
{
    const QLocale locale;
    return tr("The list shows the first %1 of %2 initiatives, in title order. Export the report "
              "as CSV, XLSX or JSON for all of them.")
        .arg(locale.toString(listedCount()), locale.toString(initiativeCount));
}

QString ReportBuilder::defaultTitle()
{
    return tr("South-South cooperation initiatives: summary");
}

Result<std::vector<qint64>> ReportBuilder::idsFor(const CatalogueFilter &filter) const
{
    return m_store.rowIds(filter, SortOrder{});
}

QString ReportBuilder::describe(const CatalogueFilter &f) const
{
    QStringList parts;
    const QString role = f.countryRole.isEmpty()
                             ? QString()
                             : Vocabulary::label(Vocabulary::Kind::CountryRole, f.countryRole);
    auto orgNames = [this](const QString &id) {
        const auto o = m_store.organisation(id);
        return o ? o->name : id;
    };
    // Each facet as the table declares it, the programme area first.
    std::vector<const FacetDefinition *> facets;
    for (const FacetDefinition &d : facetDefinitions())
        facets.push_back(&d);
    std::stable_sort(facets.begin(), facets.end(), [](const auto *a, const auto *b) {
        return a->describedOrder < b->describedOrder;
    });
    // A role with no country or region chosen is said after the facets it
    // would apply to.
    int roleOrder = 0;
    for (const FacetDefinition *d : facets)
        if (d->takesRole())
            roleOrder = std::max(roleOrder, d->describedOrder);
    bool roleAloneSaid = role.isEmpty() || !f.countries.isEmpty() || !f.regions.isEmpty();
    auto sayRoleAlone = [&] {
        if (!roleAloneSaid)
            parts << tr("Any %1 country").arg(role.toLower());
        roleAloneSaid = true;
    };
    for (const FacetDefinition *d : facets) {
        if (d->describedOrder > roleOrder)
            sayRoleAlone();
        const QStringList values = f.values(d->facet);
        if (values.isEmpty())
            continue;
        QStringList named;
        for (const QString &v : values) {
            switch (d->domain) {
            case FacetDomain::Organisation:
                named << orgNames(v);
                break;
            case FacetDomain::SdgGoal:
                named << sdgName(v.toInt());
                break;
            default:
                named << d->valueLabel(v);
            }
        }
        const QString what =
            d->describedWithRole && !role.isEmpty()
                ? QCoreApplication::translate("Facet", d->describedWithRole).arg(role)
                : QCoreApplication::translate("Facet", d->describedAs);
        parts << QStringLiteral("%1: %2").arg(what, named.join(QStringLiteral(", ")));
    }
    sayRoleAlone();
    if (f.fromYear || f.toYear) {
        if (f.fromYear && f.toYear)
            parts << (*f.fromYear == *f.toYear
                          ? QString::number(*f.fromYear)
                          : QStringLiteral("%1–%2").arg(*f.fromYear).arg(*f.toYear));
        else if (f.fromYear)
            parts << tr("From %1").arg(*f.fromYear);
        else
            parts << tr("Until %1").arg(*f.toYear);
    }
    if (!f.text.trimmed().isEmpty())
        parts << tr("Text: “%1”").arg(f.text.trimmed());
    return parts.isEmpty() ? tr("All initiatives in the catalogue")
                           : parts.join(QStringLiteral("; "));
}

Result<Report> ReportBuilder::build(const std::vector<qint64> &ids, const QString &scope,
                                    const ReportOptions &options, const Progress &progress) const
{
    Report r;
    r.options = options;
    r.title = options.title.trimmed().isEmpty() ? defaultTitle() : options.title.trimmed();
    r.generated = QDateTime::currentDateTime();
    r.catalogueName = m_store.name();
    r.scope = scope;

    auto allOrganisations = m_store.organisations();
    if (!allOrganisations.ok())
        return allOrganisations.error();
    QHash<QString, Organisation> organisations;
    for (Organisation &o : *allOrganisations)
        organisations.insert(o.id, std::move(o));
    auto orgName = [&organisations](const QString &id) {
        const auto it = organisations.constFind(id);
        return it == organisations.cend() ? id : it->name;
    };

    const QStringList roles = Vocabulary::codes(Vocabulary::Kind::CountryRole);
    std::map<QString, QSet<QString>> countriesOfRole;
    QSet<QString> countries;
    QSet<QString> partners;
    // Sources come out in the order the list cites them, though the
    // initiatives are read in storage order: first (position, place) wins.
    QHash<QString, std::pair<qsizetype, qsizetype>> firstCited;
    const std::size_t listed =
        !options.initiatives    ? 0
        : options.listLimit < 0 ? std::size_t(ids.size())
                                : std::min(std::size_t(ids.size()), std::size_t(options.listLimit));
    // The list in memory, or for a data file on disk (it may be a million
    // rows); either way each row goes to its place in title order.
    std::unique_ptr<ReportListFile> listFile;
    if (options.listOnDisk) {
        auto created = ReportListFile::create(qsizetype(listed));
        if (!created.ok())
            return created.error();
        listFile = std::move(*created);
    } else {
        r.initiatives.resize(listed);
    }
    Status listWritten = success();
    InitiativeLabels::Memo labelMemo;
    Names countryNames(countryName), regionNames(regionName), areaNames(areaName);
    Names modalityNames(
        [](const QString &code) { return Vocabulary::label(Vocabulary::Kind::Modality, code); });
    Names typeNames([](const QString &code) {
        return Vocabulary::label(Vocabulary::Kind::ActivityType, code);
    });
    Names statusNames([](const QString &code) {
        return code.isEmpty() ? QString() : Vocabulary::label(Vocabulary::Kind::Status, code);
    });
    QHash<int, QString> goalNames, yearNames;
    auto goalName = [&goalNames](int goal) -> const QString & {
        auto it = goalNames.constFind(goal);
        if (it == goalNames.cend())
            it = goalNames.insert(goal, sdgName(goal));
        return *it;
    };
    auto yearName = [&yearNames](int year) -> const QString & {
        auto it = yearNames.constFind(year);
        if (it == yearNames.cend())
            it = yearNames.insert(year, QString::number(year));
        return *it;
    };
    Tally areas, recipients, providers, regions, funds, modalities, types, years, sdgs;
    std::vector<CurrencyAmount> funding;

    qint64 done = 0;
    bool cancelled = false;
    const Status read =
        m_store.forEachInitiative(ids, false, [&](qsizetype position, Initiative &&in) {
            if (progress && done % 500 == 0 && !progress(done, qint64(ids.size()))) {
                cancelled = true;
                return false;
            }
            ++done;
            ++r.initiativeCount;

            // A tally counts each label once per initiative, so a region
            // reached through two countries, or a fund named twice, counts once.
            for (const CountryParticipation &c : in.countries) {
                // The map: each country once per initiative, at its first role.
                if (&*std::find_if(in.countries.cbegin(), in.countries.cend(),
                                   [&](const auto &o) { return o.code == c.code; }) == &c)
                    ++r.countryInitiatives[c.code];
                countriesOfRole[c.role].insert(c.code);
                countries.insert(c.code);
                if (c.role == QLatin1String("recipient"))
                    recipients.add(countryNames.of(c.code));
                else if (c.role == QLatin1String("provider"))
                    providers.add(countryNames.of(c.code));
                if (const Country *country = ReferenceData::instance().country(c.code);
                    country && !country->regionCode.isEmpty())
                    regions.add(regionNames.of(country->regionCode));
            }
            for (const QString &a : in.programmeAreas)
                areas.add(areaNames.of(a));
            for (const Partnership &p : in.partners)
                partners.insert(p.organisation);
            for (const FundingRecord &f : in.funding) {
                const QString name = orgName(f.source);
                funds.add(name);
                if (f.amount && !f.currency.isEmpty()) {
                    funds.addAmount(name, f.currency, *f.amount);
                    addAmount(funding, f.currency, *f.amount);
                }
            }
            for (const QString &m : in.modalities)
                modalities.add(modalityNames.of(m));
            if (!in.activityType.isEmpty())
                types.add(typeNames.of(in.activityType));
            for (const QString &s : in.sdgs) // "3" or a target, "3.2"
                sdgs.add(goalName(QStringView(s).left(s.indexOf(QLatin1Char('.'))).toInt()));
            const auto start = in.startYear();
            const auto end = in.isOpenEnded() ? std::nullopt : in.endYear();
            if (start) {
                years.add(yearName(*start));
                r.firstYear = r.firstYear ? std::min(*r.firstYear, *start) : *start;
                const int last = end ? *end : *start;
                r.lastYear = r.lastYear ? std::max(*r.lastYear, last) : last;
            }
            for (qsizetype i = 0; i < in.sources.size(); ++i) {
                const std::pair<qsizetype, qsizetype> at{position, i};
                auto it = firstCited.find(in.sources[i]);
                if (it == firstCited.end())
                    firstCited.insert(in.sources[i], at);
                else if (at < *it)
                    *it = at;
            }
            for (Tally *t : {&areas, &recipients, &providers, &regions, &funds, &modalities, &types,
                             &years, &sdgs})
                t->next();
            if (std::size_t(position) < listed) {
                InitiativeLabels labels(&labelMemo);
                labels.describeCountries(in.countries);
                labels.describeAreas(in.programmeAreas);
                for (const Partnership &p : in.partners)
                    labels.addPartner(orgName(p.organisation), QString(), p.role);
                for (const FundingRecord &f : in.funding)
                    labels.addFunding(orgName(f.source), f);
                InitiativeRow row;
                row.startYear = start;
                row.endYear = in.isOpenEnded() ? std::nullopt : in.endYear();
                row.status = in.status;
                ReportInitiative listedRow{in.id,
                                           in.title,
                                           labels.countriesLabel(),
                                           labels.areasLabel(),
                                           labels.partnersLabel(),
                                           labels.fundingLabel(),
                                           row.years(),
                                           statusNames.of(in.status),
                                           in.sources};
                if (!listFile) {
                    r.initiatives[std::size_t(position)] = std::move(listedRow);
                } else if (listWritten = listFile->add(position, listedRow); !listWritten.ok()) {
                    return false;
                }
            }
            return true;
        });
    if (!read.ok())
        return read.error();
    if (!listWritten.ok())
        return listWritten.error();
    if (listFile) {
        if (Status s = listFile->finish(); !s.ok())
            return s.error();
        r.listFile = std::move(listFile);
    }
    if (cancelled)
        return Error{tr("Cancelled")};
    if (progress)
        progress(done, qint64(ids.size()));

    for (const QString &role : roles) {
        if (const auto it = countriesOfRole.find(role); it != countriesOfRole.end())
            r.countriesByRole.push_back({Vocabulary::label(Vocabulary::Kind::CountryRole, role),
                                         qint64(it->second.size())});
    }
    r.countryCount = countries.size();
    r.partnerCount = partners.size();
    std::sort(funding.begin(), funding.end(), [](const CurrencyAmount &a, const CurrencyAmount &b) {
        return a.currency < b.currency;
    });
    r.funding = std::move(funding);
    r.breakdowns.push_back(
        areas.take(QStringLiteral("programme-area"), tr("By programme area"), true, false));
    r.breakdowns.push_back(recipients.take(QStringLiteral("recipient-country"),
                                           tr("By recipient country"), true, false));
    r.breakdowns.push_back(
        providers.take(QStringLiteral("provider-country"), tr("By provider country"), true, false));
    r.breakdowns.push_back(regions.take(QStringLiteral("region"), tr("By region"), false, false));
    r.breakdowns.push_back(
        funds.take(QStringLiteral("funding-source"), tr("By funding source"), false, true));
    r.breakdowns.push_back(
        modalities.take(QStringLiteral("modality"), tr("By modality"), false, false));
    r.breakdowns.push_back(
        types.take(QStringLiteral("activity-type"), tr("By activity type"), false, false));
    r.breakdowns.push_back(
        years.take(QStringLiteral("year"), tr("By start year"), true, false, true));
    r.breakdowns.push_back(sdgs.take(QStringLiteral("sdg"), tr("By SDG"), false, false, true));

    if (options.sources) {
        auto allSources = m_store.sources();
        if (!allSources.ok())
            return allSources.error();
        QHash<QString, Source> byId;
        for (Source &s : *allSources)
            byId.insert(s.id, std::move(s));
        QStringList citedSources = firstCited.keys();
        std::sort(citedSources.begin(), citedSources.end(),
                  [&firstCited](const QString &a, const QString &b) {
                      return firstCited.value(a) < firstCited.value(b);
                  });
        for (const QString &key : std::as_const(citedSources)) {
            if (const auto it = byId.constFind(key); it != byId.cend())
                r.sources.push_back(*it);
        }
    }
    return r;
}

} // namespace ssc
