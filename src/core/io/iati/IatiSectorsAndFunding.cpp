#include "core/io/iati/IatiMappingParts.h"

#include <algorithm>

namespace ssc::iatimap {

void mapSectorsAndTags(Draft &d, const IatiActivity &a)
{
    Initiative &in = d.record.initiative;
    const ReferenceData &ref = ReferenceData::instance();
    const IatiCodelists &lists = IatiCodelists::instance();
    const bool version1 = a.version.startsWith(QLatin1Char('1'));
    QHash<QString, std::vector<double>> sharesByVocabulary;
    QStringList vocabularies;
    auto addArea = [&in](const QString &id) {
        if (!in.programmeAreas.contains(id))
            in.programmeAreas << id;
    };
    auto addSdg = [&d, &in](const QString &code, const QString &element) {
        const QString sdg = code.trimmed().toLower();
        if (!ReferenceData::isValidSdg(sdg))
            d.warn(QCoreApplication::translate("IatiMapping",
                                               "%1 \"%2\" is not an SDG goal or target; left out")
                       .arg(element, code));
        else if (!in.sdgs.contains(sdg))
            in.sdgs << sdg;
    };
    for (const auto &s : a.sectors) {
        QString vocabulary = s.vocabulary;
        if (vocabulary.isEmpty())
            vocabulary = version1 ? QStringLiteral("DAC") : QStringLiteral("1");
        if (!vocabularies.contains(vocabulary))
            vocabularies << vocabulary;
        if (const auto share = number(
                d, s.percentage,
                QCoreApplication::translate("IatiMapping", "sector %1 percentage").arg(s.code)))
            sharesByVocabulary[vocabulary].push_back(*share);
        const QString code = s.code.trimmed();
        if (vocabulary == QLatin1String("1") || vocabulary == QLatin1String("DAC") ||
            vocabulary == QLatin1String("2") || vocabulary == QLatin1String("DAC-3")) {
            const bool purpose =
                vocabulary == QLatin1String("1") || vocabulary == QLatin1String("DAC");
            const QString list =
                purpose ? QStringLiteral("Sector") : QStringLiteral("SectorCategory");
            const auto status = lists.status(list, code);
            if (status == IatiCodelists::Status::Unknown) {
                d.warn(QCoreApplication::translate(
                           "IatiMapping", "sector \"%1\" is not in the %2 codelist; left out")
                           .arg(code, list));
                continue;
            }
            if (status == IatiCodelists::Status::Withdrawn)
                d.warn(QCoreApplication::translate(
                           "IatiMapping", "sector %1 (%2) is withdrawn from the %3 codelist")
                           .arg(code, lists.name(list, code), list));
            if (code == QLatin1String("15123"))
                in.triangular = true;
            // A 5-digit code maps through its own entry, else its category's.
            bool mapped = false;
            for (const QString &candidate : {code, code.left(3)}) {
                for (const ProgrammeArea &area : ref.programmeAreas()) {
                    if (area.dacCodes.contains(candidate)) {
                        addArea(area.id);
                        mapped = true;
                    }
                }
                if (mapped || !purpose)
                    break;
            }
        } else if (vocabulary == QLatin1String("7") || vocabulary == QLatin1String("8")) {
            addSdg(code, QCoreApplication::translate("IatiMapping", "sector (vocabulary %1)")
                             .arg(vocabulary));
        } else if (vocabulary == QLatin1String("99") &&
                   s.vocabularyUri == IatiMapping::programmeAreaVocabularyUri()) {
            if (ref.programmeArea(code))
                addArea(code);
            else
                d.warn(QCoreApplication::translate(
                           "IatiMapping",
                           "programme area \"%1\" is not in data/programme-areas.json; left out")
                           .arg(code));
        } else if (lists.status(QStringLiteral("SectorVocabulary"), vocabulary) ==
                       IatiCodelists::Status::Unknown &&
                   !version1) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "sector vocabulary \"%1\" is not in the SectorVocabulary codelist")
                       .arg(vocabulary));
        }
    }
    for (const QString &vocabulary : vocabularies)
        checkShares(
            d, sharesByVocabulary.value(vocabulary),
            QCoreApplication::translate("IatiMapping", "sector (vocabulary %1)").arg(vocabulary));
    for (const auto &t : a.tags) {
        if (t.vocabulary == QLatin1String("2") || t.vocabulary == QLatin1String("3"))
            addSdg(t.code, QCoreApplication::translate("IatiMapping", "tag (vocabulary %1)")
                               .arg(t.vocabulary));
    }
    if (!a.collaborationType.isEmpty()) {
        if (lists.status(QStringLiteral("CollaborationType"), a.collaborationType) ==
            IatiCodelists::Status::Unknown)
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "collaboration-type \"%1\" is not in the CollaborationType codelist")
                       .arg(a.collaborationType));
        if (a.collaborationType == QLatin1String("8"))
            in.triangular = true;
    }
}

struct Amount
{
    QString source;
    QString currency;
    std::optional<int> year;
    std::optional<double> amount;
};

void mapFunding(Draft &d, const IatiActivity &a, Organisations &orgs)
{
    Initiative &in = d.record.initiative;
    if (a.catalogue.present) {
        in.funding = a.catalogue.funding;
        return;
    }
    QString funder;
    for (const auto &p : a.participants) {
        if (IatiMapping::partnerRole(p.role) == QLatin1String("funder") &&
            (p.role == QLatin1String("1") ||
             p.role.compare(QLatin1String("Funding"), Qt::CaseInsensitive) == 0)) {
            funder = orgs.add(p, QStringLiteral("participating-org"));
            if (!funder.isEmpty())
                break;
        }
    }
    auto fallbackSource = [&]() {
        if (funder.isEmpty() && (!a.reportingOrg.ref.isEmpty() || !a.reportingOrg.names.empty()))
            funder = orgs.add(a.reportingOrg, QStringLiteral("reporting-org"));
        return funder;
    };
    std::vector<Amount> amounts;
    auto read = [&](const IatiActivity::Value &v, const QString &date, const QString &source,
                    const QString &element) {
        Amount x;
        x.source = source;
        x.year = yearOfDate(v.valueDate);
        if (!x.year)
            x.year = yearOfDate(date);
        x.amount = number(d, v.amount,
                          QCoreApplication::translate("IatiMapping", "%1 value").arg(element));
        x.currency = v.currency.trimmed().toUpper();
        if (x.currency.isEmpty())
            x.currency = a.defaultCurrency.trimmed().toUpper();
        if (x.amount && x.currency.isEmpty()) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "%1 value %2 has no currency and the activity no default-currency; the "
                       "amount is left out")
                       .arg(element, v.amount.trimmed()));
            x.amount.reset();
        } else if (x.amount && !ReferenceData::instance().isCurrency(x.currency)) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "%1 currency \"%2\" is not an ISO 4217 code; the amount is left out")
                       .arg(element, x.currency));
            x.amount.reset();
        } else if (x.amount &&
                   IatiCodelists::instance().status(QStringLiteral("Currency"), x.currency) ==
                       IatiCodelists::Status::Withdrawn) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping", "%1 currency %2 is withdrawn from the Currency codelist")
                       .arg(element, x.currency));
        }
        if (!x.amount)
            x.currency.clear();
        if (!x.source.isEmpty())
            amounts.push_back(std::move(x));
    };
    // Money committed or received (transaction types 1, 2, 11 and the 1.0x
    // IF and C) when the activity reports it; else its budgets.
    static const QSet<QString> committed{QStringLiteral("1"), QStringLiteral("2"),
                                         QStringLiteral("11"), QStringLiteral("IF"),
                                         QStringLiteral("C")};
    for (const auto &t : a.transactions) {
        if (!committed.contains(t.type.trimmed().toUpper()))
            continue;
        QString source;
        if (!t.provider.ref.isEmpty() || !t.provider.names.empty())
            source = orgs.add(t.provider, QStringLiteral("provider-org"));
        read(t.value, t.date, source.isEmpty() ? fallbackSource() : source,
             QStringLiteral("transaction"));
    }
    if (amounts.empty() && !a.budgets.empty()) {
        // A revised budget replaces the original one for the same period.
        QSet<QString> revised;
        for (const auto &b : a.budgets) {
            if (b.type == QLatin1String("2"))
                revised.insert(b.periodStart);
        }
        for (const auto &b : a.budgets) {
            if (b.type != QLatin1String("2") && revised.contains(b.periodStart))
                continue;
            read(b.value, b.periodStart, fallbackSource(), QStringLiteral("budget"));
        }
    }
    // One record per source, currency and year; amounts in different
    // currencies are never added together.
    QStringList currencies;
    for (const Amount &x : amounts) {
        if (!x.currency.isEmpty() && !currencies.contains(x.currency))
            currencies << x.currency;
        auto same = std::find_if(in.funding.begin(), in.funding.end(), [&x](const auto &f) {
            return f.source == x.source && f.currency == x.currency && f.year == x.year;
        });
        if (same == in.funding.end()) {
            in.funding.push_back({x.source, x.amount, x.currency, x.year});
        } else if (x.amount) {
            same->amount = same->amount.value_or(0) + *x.amount;
        }
    }
    for (auto &f : in.funding) {
        if (f.amount && *f.amount < 0) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping", "the %1 amounts from %2 add up to %3, below zero; left out")
                       .arg(f.currency, f.source, QString::number(*f.amount)));
            f.amount.reset();
            f.currency.clear();
        }
    }
    if (currencies.size() > 1)
        d.warn(QCoreApplication::translate(
                   "IatiMapping",
                   "funding is given in several currencies (%1); each is kept on its own")
                   .arg(currencies.join(QStringLiteral(", "))));
}

} // namespace ssc::iatimap
