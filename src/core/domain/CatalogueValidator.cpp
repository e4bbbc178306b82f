#include "core/domain/CatalogueValidator.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueValidator)
};

class Problems
{
public:
    void add(const QString &record, const QString &field, const QString &what)
    {
        m_list << Tr::tr("%1, field \"%2\": %3").arg(record, field, what);
    }
    Status result() const
    {
        if (m_list.isEmpty())
            return success();
        QString message = m_list.first();
        // (A plain variable for the count: Qt 6.4's lupdate loops forever on
        // a cast expression in translate()'s arguments.)
        const int more = int(m_list.size()) - 1;
        if (more > 0)
            message += QCoreApplication::translate("CatalogueValidator",
                                                   " (and %n more problem(s))", nullptr, more);
        return Error{message};
    }

private:
    QStringList m_list;
};

QString recordName(const char *kind, size_t index, const QString &id)
{
    return id.isEmpty()
               ? QStringLiteral("%1[%2]").arg(QLatin1String(kind)).arg(index)
               : QStringLiteral("%1[%2] \"%3\"").arg(QLatin1String(kind)).arg(index).arg(id);
}

void checkCode(Problems &p, const QString &record, const QString &field, Vocabulary::Kind kind,
               const QString &code, bool required)
{
    if (code.isEmpty()) {
        if (required)
            p.add(record, field,
                  Tr::tr("is missing (expected one of: %1)")
                      .arg(Vocabulary::codes(kind).join(QStringLiteral(", "))));
        return;
    }
    if (!Vocabulary::contains(kind, code))
        p.add(record, field,
              Tr::tr("unknown %1 \"%2\" (expected one of: %3)")
                  .arg(Vocabulary::kindName(kind), code,
                       Vocabulary::codes(kind).join(QStringLiteral(", "))));
}

} // namespace

bool CatalogueValidator::isValidDate(const QString &date)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(-(\\d{2})(-(\\d{2}))?)?$"));
    const auto m = pattern.match(date);
    if (!m.hasMatch())
        return false;
    const int month = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    const int day = m.captured(5).isEmpty() ? 1 : m.captured(5).toInt();
    return QDate(m.captured(1).toInt(), month, day).isValid();
}

bool CatalogueValidator::isValidKey(const QString &key, bool allowSlash)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    static const QRegularExpression withSlash(QStringLiteral("^[A-Za-z0-9._:/-]+$"));
    return (allowSlash ? withSlash : plain).match(key).hasMatch();
}

QString CatalogueValidator::keyForIdentifier(const QString &identifier)
{
    if (isValidKey(identifier, true))
        return identifier;
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9._:/-]+"));
    QString key = identifier;
    key.replace(other, QStringLiteral("_"));
    const QByteArray hash =
        QCryptographicHash::hash(identifier.toUtf8(), QCryptographicHash::Sha1).toHex();
    return key + QLatin1Char('.') + QString::fromLatin1(hash.left(8));
}

Status CatalogueValidator::validate(const CatalogueContent &content)
{
    return validate(content, Existing());
}

Status CatalogueValidator::validate(const CatalogueContent &content, const Existing &existing)
{
    const ReferenceData &ref = ReferenceData::instance();
    Problems p;

    QSet<QString> sources;
    for (size_t i = 0; i < content.sources.size(); ++i) {
        const Source &s = content.sources[i];
        const QString rec = recordName("sources", i, s.id);
        if (!isValidKey(s.id, false))
            p.add(rec, QStringLiteral("id"),
                  Tr::tr("\"%1\" is not a valid id (expected letters, digits, . _ : -)").arg(s.id));
        else if (sources.contains(s.id) || existing.source(s.id))
            p.add(rec, QStringLiteral("id"), Tr::tr("duplicate id \"%1\"").arg(s.id));
        sources.insert(s.id);
        if (s.title.trimmed().isEmpty())
            p.add(rec, QStringLiteral("title"),
                  Tr::tr("is missing (expected the document's title)"));
        if (!s.url.isEmpty() && !s.url.startsWith(QLatin1String("https://")) &&
            !s.url.startsWith(QLatin1String("http://")))
            p.add(rec, QStringLiteral("url"),
                  Tr::tr("\"%1\" is not a web address (expected http:// or https://)").arg(s.url));
        if (!s.date.isEmpty() && !isValidDate(s.date))
            p.add(
                rec, QStringLiteral("date"),
                Tr::tr("\"%1\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)").arg(s.date));
    }
    auto sourceKnown = [&](const QString &id) {
        return sources.contains(id) || existing.source(id);
    };

    QSet<QString> organisations;
    for (size_t i = 0; i < content.organisations.size(); ++i) {
        const Organisation &o = content.organisations[i];
        const QString rec = recordName("organisations", i, o.id);
        if (!isValidKey(o.id, true))
            p.add(
                rec, QStringLiteral("id"),
                Tr::tr("\"%1\" is not a valid id (expected letters, digits, . _ : / -)").arg(o.id));
        else if (organisations.contains(o.id) || existing.organisation(o.id))
            p.add(rec, QStringLiteral("id"), Tr::tr("duplicate id \"%1\"").arg(o.id));
        organisations.insert(o.id);
        if (o.name.trimmed().isEmpty())
            p.add(rec, QStringLiteral("name"),
                  Tr::tr("is missing (expected the organisation's name)"));
        checkCode(p, rec, QStringLiteral("type"), Vocabulary::Kind::OrganisationType, o.type,
                  false);
        if (!o.country.isEmpty() && !ref.country(o.country))
            p.add(rec, QStringLiteral("country"),
                  Tr::tr("unknown country code \"%1\" (expected an ISO 3166-1 alpha-2 code such as "
                         "\"ET\")")
                      .arg(o.country));
        if (QStringList(o.sources).removeDuplicates() != 0)
            p.add(rec, QStringLiteral("sources"), Tr::tr("cites a source twice"));
        for (int k = 0; k < o.sources.size(); ++k) {
            if (!sourceKnown(o.sources[k]))
                p.add(
                    rec, QStringLiteral("sources[%1]").arg(k),
                    Tr::tr("source \"%1\" is not in the file or the catalogue").arg(o.sources[k]));
        }
    }
    auto organisationKnown = [&](const QString &id) {
        return organisations.contains(id) || existing.organisation(id);
    };

    QSet<QString> initiatives;
    for (size_t i = 0; i < content.initiatives.size(); ++i) {
        const Initiative &in = content.initiatives[i];
        const QString rec = recordName("initiatives", i, in.id);
        if (!isValidKey(in.id, true))
            p.add(rec, QStringLiteral("id"),
                  Tr::tr("\"%1\" is not a valid id (expected letters, digits, . _ : / -)")
                      .arg(in.id));
        else if (initiatives.contains(in.id) || existing.initiative(in.id))
            p.add(rec, QStringLiteral("id"), Tr::tr("duplicate id \"%1\"").arg(in.id));
        initiatives.insert(in.id);
        if (in.title.trimmed().isEmpty())
            p.add(rec, QStringLiteral("title"), Tr::tr("is missing (expected a title)"));
        checkCode(p, rec, QStringLiteral("status"), Vocabulary::Kind::Status, in.status, false);
        checkCode(p, rec, QStringLiteral("activityType"), Vocabulary::Kind::ActivityType,
                  in.activityType, false);
        for (int k = 0; k < in.modalities.size(); ++k)
            checkCode(p, rec, QStringLiteral("modalities[%1]").arg(k), Vocabulary::Kind::Modality,
                      in.modalities[k], true);
        if (QStringList(in.modalities).removeDuplicates() != 0)
            p.add(rec, QStringLiteral("modalities"), Tr::tr("lists a modality twice"));
        for (const auto &[field, date] : {std::pair{QStringLiteral("start"), in.start},
                                          std::pair{QStringLiteral("end"), in.end}}) {
            if (!date.isEmpty() && !isValidDate(date))
                p.add(rec, field,
                      Tr::tr("\"%1\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
                          .arg(date));
        }
        if (!in.end.isEmpty() && in.start.isEmpty())
            p.add(rec, QStringLiteral("start"), Tr::tr("is missing while an end date is given"));
        else if (!in.end.isEmpty() && in.end < in.start.left(in.end.size()))
            p.add(rec, QStringLiteral("end"),
                  Tr::tr("\"%1\" is before the start \"%2\"").arg(in.end, in.start));

        QSet<QString> seenCountries;
        for (size_t k = 0; k < in.countries.size(); ++k) {
            const CountryParticipation &c = in.countries[k];
            const QString field = QStringLiteral("countries[%1]").arg(k);
            if (!ref.country(c.code))
                p.add(
                    rec, field + QStringLiteral(".code"),
                    Tr::tr("unknown country code \"%1\" (expected an ISO 3166-1 alpha-2 code such "
                           "as \"ET\")")
                        .arg(c.code));
            checkCode(p, rec, field + QStringLiteral(".role"), Vocabulary::Kind::CountryRole,
                      c.role, true);
            if (c.percentage && (*c.percentage < 0 || *c.percentage > 100))
                p.add(rec, field + QStringLiteral(".percentage"),
                      Tr::tr("%1 is not a share (expected 0 to 100)").arg(*c.percentage));
            const QString pair = c.code + QLatin1Char('/') + c.role;
            if (seenCountries.contains(pair))
                p.add(rec, field, Tr::tr("lists %1 as %2 twice").arg(c.code, c.role));
            seenCountries.insert(pair);
        }
        for (int k = 0; k < in.programmeAreas.size(); ++k) {
            if (!ref.programmeArea(in.programmeAreas[k]))
                p.add(rec, QStringLiteral("programmeAreas[%1]").arg(k),
                      Tr::tr("unknown programme area \"%1\" (expected an id from "
                             "data/programme-areas.json such as \"health\")")
                          .arg(in.programmeAreas[k]));
        }
        if (QStringList(in.programmeAreas).removeDuplicates() != 0)
            p.add(rec, QStringLiteral("programmeAreas"), Tr::tr("lists an area twice"));
        QSet<QString> seenPartners;
        for (size_t k = 0; k < in.partners.size(); ++k) {
            const Partnership &pa = in.partners[k];
            const QString field = QStringLiteral("partners[%1]").arg(k);
            if (!organisationKnown(pa.organisation))
                p.add(rec, field + QStringLiteral(".organisation"),
                      Tr::tr("organisation \"%1\" is not in the file or the catalogue")
                          .arg(pa.organisation));
            checkCode(p, rec, field + QStringLiteral(".role"), Vocabulary::Kind::PartnerRole,
                      pa.role, true);
            const QString pair = pa.organisation + QLatin1Char('/') + pa.role;
            if (seenPartners.contains(pair))
                p.add(rec, field, Tr::tr("lists %1 as %2 twice").arg(pa.organisation, pa.role));
            seenPartners.insert(pair);
        }
        for (size_t k = 0; k < in.funding.size(); ++k) {
            const FundingRecord &f = in.funding[k];
            const QString field = QStringLiteral("funding[%1]").arg(k);
            if (!organisationKnown(f.source))
                p.add(rec, field + QStringLiteral(".source"),
                      Tr::tr("organisation \"%1\" is not in the file or the catalogue")
                          .arg(f.source));
            if (f.amount && f.currency.isEmpty())
                p.add(rec, field + QStringLiteral(".currency"),
                      Tr::tr("is missing (an amount needs an ISO 4217 currency such as \"USD\")"));
            if (!f.currency.isEmpty() && !ref.isCurrency(f.currency))
                p.add(rec, field + QStringLiteral(".currency"),
                      Tr::tr("unknown currency \"%1\" (expected an ISO 4217 code such as \"USD\")")
                          .arg(f.currency));
            if (f.amount && *f.amount < 0)
                p.add(rec, field + QStringLiteral(".amount"), Tr::tr("is negative"));
            if (f.year && (*f.year < 1900 || *f.year > 2100))
                p.add(rec, field + QStringLiteral(".year"),
                      Tr::tr("%1 is not a plausible year (expected 1900-2100)").arg(*f.year));
        }
        QSet<QString> seenSdgs;
        for (int k = 0; k < in.sdgs.size(); ++k) {
            if (!ReferenceData::isValidSdg(in.sdgs[k]))
                p.add(rec, QStringLiteral("sdgs[%1]").arg(k),
                      Tr::tr("\"%1\" is not an SDG (expected a goal 1-17 or a target such as "
                             "\"3.2\")")
                          .arg(in.sdgs[k]));
            else if (seenSdgs.contains(in.sdgs[k]))
                p.add(rec, QStringLiteral("sdgs[%1]").arg(k),
                      Tr::tr("lists \"%1\" twice").arg(in.sdgs[k]));
            seenSdgs.insert(in.sdgs[k]);
        }
        static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
        if (!in.language.isEmpty() && !languageCode.match(in.language).hasMatch())
            p.add(rec, QStringLiteral("language"),
                  Tr::tr("\"%1\" is not a language code (expected ISO 639-1 such as \"fr\")")
                      .arg(in.language));
        QSet<QString> seenTranslations;
        for (size_t k = 0; k < in.translations.size(); ++k) {
            const Translation &t = in.translations[k];
            const QString field = QStringLiteral("translations[%1]").arg(k);
            if (t.field != QLatin1String("title") && t.field != QLatin1String("summary") &&
                t.field != QLatin1String("description"))
                p.add(rec, field + QStringLiteral(".field"),
                      Tr::tr("\"%1\" is not a translated field (expected title, summary or "
                             "description)")
                          .arg(t.field));
            if (!languageCode.match(t.language).hasMatch())
                p.add(rec, field + QStringLiteral(".language"),
                      Tr::tr("\"%1\" is not a language code (expected ISO 639-1 such as \"fr\")")
                          .arg(t.language));
            if (t.text.trimmed().isEmpty())
                p.add(rec, field + QStringLiteral(".text"), Tr::tr("is empty"));
            const QString pair = t.field + QLatin1Char('/') + t.language;
            if (seenTranslations.contains(pair))
                p.add(rec, field, Tr::tr("gives the %1 in %2 twice").arg(t.field, t.language));
            seenTranslations.insert(pair);
        }
        if (in.sources.isEmpty())
            p.add(rec, QStringLiteral("sources"),
                  Tr::tr("is empty (every record must cite at least one source)"));
        if (QStringList(in.sources).removeDuplicates() != 0)
            p.add(rec, QStringLiteral("sources"), Tr::tr("cites a source twice"));
        for (int k = 0; k < in.sources.size(); ++k) {
            if (!sourceKnown(in.sources[k]))
                p.add(
                    rec, QStringLiteral("sources[%1]").arg(k),
                    Tr::tr("source \"%1\" is not in the file or the catalogue").arg(in.sources[k]));
        }
    }
    return p.result();
}

} // namespace ssc
