#include "core/io/iati/IatiMapping.h"

#include "core/domain/Vocabulary.h"
#include "core/io/iati/IatiCodeMap.h"
#include "core/io/iati/IatiMappingParts.h"

namespace ssc {

IatiMapping::IatiMapping(Source fileSource) : m_source(std::move(fileSource)) {}

QString IatiMapping::programmeAreaVocabularyUri()
{
    return QStringLiteral("urn:x-ssc-catalogue:programme-areas");
}

QString IatiMapping::organisationType(const QString &iatiType)
{
    return IatiCodeMap::organisationTypes().toCatalogue(iatiType);
}

QString IatiMapping::partnerRole(const QString &iatiRole)
{
    return IatiCodeMap::organisationRoles().toCatalogue(iatiRole.trimmed().toLower());
}

namespace iatimap {

namespace {

// This program's own summary element: the one without xml:lang (or in the
// record's language) is the record's, the others are its translations.
void mapSummaries(Initiative &in, const Narratives &summaries)
{
    QSet<QString> languages;
    for (const auto &n : summaries) {
        const QString lang = n.language.toLower();
        if (lang.isEmpty() || lang == in.language) {
            if (in.summary.isEmpty())
                in.summary = n.text;
        } else if (isLanguageCode(lang) && !languages.contains(lang)) {
            languages.insert(lang);
            in.translations.push_back({QStringLiteral("summary"), lang, n.text});
        }
    }
}

} // namespace

void mapTexts(Draft &d, const IatiActivity &a)
{
    Initiative &in = d.record.initiative;
    const QString fallback = a.defaultLanguage;
    if (const auto *title = preferred(a.title, fallback)) {
        in.title = title->text;
        const QString lang = languageOf(*title, fallback);
        if (isLanguageCode(lang))
            in.language = lang;
        else if (!lang.isEmpty())
            d.warn(QCoreApplication::translate("IatiMapping",
                                               "language \"%1\" is not an ISO 639-1 code; left out")
                       .arg(lang));
    }
    QSet<QString> languages;
    for (const auto &n : a.title) {
        const QString lang = languageOf(n, fallback);
        if (lang != in.language && isLanguageCode(lang) && !languages.contains(lang)) {
            languages.insert(lang);
            in.translations.push_back({QStringLiteral("title"), lang, n.text});
        }
    }
    // General (1), objectives (2) and other (4) descriptions make the
    // description, in each language; target groups (3) the beneficiaries.
    QStringList order;
    QHash<QString, QStringList> byLanguage;
    for (const auto &desc : a.descriptions) {
        const QString type = desc.type.isEmpty() ? QStringLiteral("1") : desc.type;
        if (type == QLatin1String("3")) {
            if (in.beneficiaries.isEmpty())
                in.beneficiaries = textIn(desc.narratives, in.language, fallback);
            continue;
        }
        if (type != QLatin1String("1") && type != QLatin1String("2") &&
            type != QLatin1String("4")) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "description type \"%1\" is not in the DescriptionType codelist; read as "
                       "general")
                       .arg(desc.type));
        }
        for (const auto &n : desc.narratives) {
            const QString lang = languageOf(n, fallback);
            if (!byLanguage.contains(lang))
                order << lang;
            byLanguage[lang] << n.text;
        }
    }
    if (!order.isEmpty()) {
        const QString own = byLanguage.contains(in.language)            ? in.language
                            : byLanguage.contains(QStringLiteral("en")) ? QStringLiteral("en")
                                                                        : order.front();
        in.description = byLanguage.value(own).join(QStringLiteral("\n\n"));
        for (const QString &lang : order) {
            if (lang != own && lang != in.language && isLanguageCode(lang))
                in.translations.push_back({QStringLiteral("description"), lang,
                                           byLanguage.value(lang).join(QStringLiteral("\n\n"))});
        }
    }
    if (a.catalogue.present) {
        mapSummaries(in, a.catalogue.summaries);
        in.results = a.catalogue.results;
        // This program writes the summary as the description when there is
        // no other, since IATI requires one, and its translations likewise.
        if (!in.summary.isEmpty() && in.description == in.summary) {
            in.description.clear();
            QHash<QString, QString> summaries;
            for (const Translation &t : in.translations)
                if (t.field == QLatin1String("summary"))
                    summaries.insert(t.language, t.text);
            std::erase_if(in.translations, [&summaries](const Translation &t) {
                const auto summary = summaries.constFind(t.language);
                return t.field == QLatin1String("description") && summary != summaries.cend() &&
                       *summary == t.text;
            });
        }
        in.modalities = a.catalogue.modalities;
        in.activityType = a.catalogue.activityType;
    }
}

void mapStatusAndDates(Draft &d, const IatiActivity &a)
{
    Initiative &in = d.record.initiative;
    if (!a.status.isEmpty()) {
        in.status = IatiCodeMap::activityStatuses().toCatalogue(a.status);
        const auto status =
            IatiCodelists::instance().status(QStringLiteral("ActivityStatus"), a.status);
        if (status == IatiCodelists::Status::Unknown)
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "activity-status \"%1\" is not in the ActivityStatus codelist; status left "
                       "empty")
                       .arg(a.status));
        else if (in.status.isEmpty())
            d.warn(QCoreApplication::translate(
                       "IatiMapping", "activity-status %1 (%2) has no catalogue status; left empty")
                       .arg(a.status, IatiCodelists::instance().name(
                                          QStringLiteral("ActivityStatus"), a.status)));
    }
    static const QHash<QString, int> kinds{
        {QStringLiteral("1"), 0},
        {QStringLiteral("2"), 1},
        {QStringLiteral("3"), 2},
        {QStringLiteral("4"), 3},
        {QStringLiteral("start-planned"), 0},
        {QStringLiteral("start-actual"), 1},
        {QStringLiteral("end-planned"), 2},
        {QStringLiteral("end-actual"), 3},
    };
    QString found[4];
    for (const auto &date : a.dates) {
        const auto kind = kinds.constFind(date.type);
        if (kind == kinds.cend()) {
            d.warn(
                QCoreApplication::translate(
                    "IatiMapping",
                    "activity-date type \"%1\" is not in the ActivityDateType codelist; left out")
                    .arg(date.type));
            continue;
        }
        QString value = date.catalogueDate.isEmpty() ? date.isoDate.left(10) : date.catalogueDate;
        if (!CatalogueValidator::isValidDate(value)) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "activity-date \"%1\" is not a date (expected YYYY-MM-DD); left out")
                       .arg(date.isoDate));
            continue;
        }
        if (found[*kind].isEmpty())
            found[*kind] = value;
    }
    // Actual dates before planned ones.
    in.start = found[1].isEmpty() ? found[0] : found[1];
    in.end = found[3].isEmpty() ? found[2] : found[3];
    if (!in.end.isEmpty() && in.start.isEmpty()) {
        d.warn(QCoreApplication::translate("IatiMapping",
                                           "an end date %1 is given without a start date; left out")
                   .arg(in.end));
        in.end.clear();
    } else if (!in.end.isEmpty() && in.end < in.start.left(in.end.size())) {
        d.warn(QCoreApplication::translate("IatiMapping",
                                           "the end date %1 is before the start date %2; left out")
                   .arg(in.end, in.start));
        in.end.clear();
    }
}

void mapOrganisations(Draft &d, const IatiActivity &a, Organisations &orgs)
{
    Initiative &in = d.record.initiative;
    QSet<QString> seen;
    for (const auto &p : a.participants) {
        QString role = IatiMapping::partnerRole(p.role);
        if (role.isEmpty()) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "participating-org role \"%1\" is not in the OrganisationRole codelist; "
                       "organisation left out")
                       .arg(p.role));
            continue;
        }
        if (Vocabulary::contains(Vocabulary::Kind::PartnerRole, p.catalogueRole))
            role = p.catalogueRole;
        const QString id = orgs.add(p, QStringLiteral("participating-org"));
        if (id.isEmpty() || seen.contains(id + QLatin1Char('/') + role))
            continue;
        seen.insert(id + QLatin1Char('/') + role);
        in.partners.push_back({id, role});
    }
}

void mapCountries(Draft &d, const IatiActivity &a, const Organisations &orgs)
{
    Initiative &in = d.record.initiative;
    const ReferenceData &ref = ReferenceData::instance();
    const IatiCodelists &lists = IatiCodelists::instance();
    if (a.catalogue.present) {
        in.countries = a.catalogue.countries;
        return;
    }
    std::vector<double> shares;
    QSet<QString> seen;
    for (const auto &c : a.recipientCountries) {
        const QString code = c.code.trimmed().toUpper();
        std::optional<double> share =
            number(d, c.percentage,
                   QCoreApplication::translate("IatiMapping", "recipient-country %1 percentage")
                       .arg(code));
        if (share)
            shares.push_back(*share);
        const auto status = lists.status(QStringLiteral("Country"), code);
        if (lists.status(QStringLiteral("Region"), code) != IatiCodelists::Status::Unknown) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "recipient-country \"%1\" is a region (%2), not a country; left out")
                       .arg(code, lists.name(QStringLiteral("Region"), code)));
            continue;
        }
        if (status == IatiCodelists::Status::Withdrawn) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "recipient-country \"%1\" (%2) is withdrawn from the Country codelist")
                       .arg(code, lists.name(QStringLiteral("Country"), code)));
        }
        if (!ref.country(code)) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "recipient-country \"%1\" is not a current ISO 3166-1 country code; left "
                       "out")
                       .arg(c.code));
            continue;
        }
        if (seen.contains(code)) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping", "recipient-country %1 is given twice; the first is kept")
                       .arg(code));
            continue;
        }
        seen.insert(code);
        if (share && (*share < 0 || *share > 100)) {
            d.warn(QCoreApplication::translate(
                       "IatiMapping",
                       "recipient-country %1 percentage %2 is not between 0 and 100; left out")
                       .arg(code, QString::number(*share)));
            share.reset();
        }
        in.countries.push_back({code, QStringLiteral("recipient"), share});
    }
    for (const auto &r : a.recipientRegions) {
        if (const auto share =
                number(d, r.percentage,
                       QCoreApplication::translate("IatiMapping", "recipient-region percentage")))
            shares.push_back(*share);
    }
    checkShares(
        d, shares,
        QCoreApplication::translate("IatiMapping", "recipient-country and recipient-region"));

    // A government that funds or extends the activity is its provider.
    for (const auto &p : a.participants) {
        if (p.role != QLatin1String("1") && p.role != QLatin1String("3") &&
            p.role.compare(QLatin1String("Funding"), Qt::CaseInsensitive) != 0 &&
            p.role.compare(QLatin1String("Extending"), Qt::CaseInsensitive) != 0)
            continue;
        const QString id = p.ref.trimmed();
        const Organisation *o = orgs.find(id);
        if (!o || o->type != QLatin1String("government") || o->country.isEmpty())
            continue;
        const QString pair = o->country + QStringLiteral("/provider");
        if (!seen.contains(pair)) {
            seen.insert(pair);
            in.countries.push_back({o->country, QStringLiteral("provider"), {}});
        }
    }
}

} // namespace iatimap

using namespace iatimap;

ImportedRecord IatiMapping::map(const IatiActivity &a) const
{
    Draft d;
    d.record.line = a.line;
    Initiative &in = d.record.initiative;
    in.id = CatalogueValidator::keyForIdentifier(a.identifier);
    if (in.id != a.identifier) {
        // Real publishers' identifiers hold spaces (UNICEF's
        // "XM-DAC-41122-Sierra Leone-3900/A0/06/001/013"): kept as published,
        // under a key derived from it, so re-importing updates the same record.
        in.iatiIdentifier = a.identifier;
        d.warn(QCoreApplication::translate(
                   "IatiMapping",
                   "iati-identifier \"%1\" has characters a catalogue key cannot hold; kept as "
                   "published, with the key \"%2\"")
                   .arg(a.identifier, in.id));
    }
    if (!a.version.isEmpty() &&
        IatiCodelists::instance().status(QStringLiteral("Version"), a.version) ==
            IatiCodelists::Status::Unknown)
        d.warn(QCoreApplication::translate("IatiMapping",
                                           "version \"%1\" is not an IATI version; read as 2.03")
                   .arg(a.version));
    for (const QString &note : a.notes)
        d.warn(note);

    Organisations orgs(d, a, m_source);
    mapTexts(d, a);
    mapStatusAndDates(d, a);
    mapOrganisations(d, a, orgs);
    mapCountries(d, a, orgs);
    mapSectorsAndTags(d, a);
    mapFunding(d, a, orgs);

    if (a.catalogue.present && !a.catalogue.cited.isEmpty()) {
        in.sources = a.catalogue.cited;
        d.record.sources = a.catalogue.sources;
    } else {
        in.sources = {m_source.id};
        d.record.sources = {m_source};
    }
    // Organisations named only in this program's own elements.
    for (const Organisation &o : a.catalogue.organisations) {
        if (!d.organisations.contains(o.id)) {
            d.organisations.insert(o.id);
            d.record.organisations.push_back(o);
        }
    }

    if (in.id.isEmpty())
        d.record.rejection =
            QCoreApplication::translate("IatiMapping", "iati-identifier is missing");
    else if (in.title.isEmpty())
        d.record.rejection =
            QCoreApplication::translate("IatiMapping", "the activity has no title");
    return std::move(d.record);
}

} // namespace ssc
