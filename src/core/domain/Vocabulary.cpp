#include "core/domain/Vocabulary.h"

#include <QCoreApplication>

namespace ssc {

namespace {

struct Entry
{
    const char *code;
    const char *label;
};

template <size_t N> QStringList codesOf(const Entry (&entries)[N])
{
    QStringList list;
    for (const Entry &e : entries)
        list << QString::fromLatin1(e.code);
    return list;
}

const Entry kStatus[] = {
    {"planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned")},
    {"ongoing", QT_TRANSLATE_NOOP("Vocabulary", "Ongoing")},
    {"completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed")},
};
const Entry kModality[] = {
    {"knowledge-exchange", QT_TRANSLATE_NOOP("Vocabulary", "Knowledge exchange")},
    {"technical-assistance", QT_TRANSLATE_NOOP("Vocabulary", "Technical assistance")},
    {"technology-exchange", QT_TRANSLATE_NOOP("Vocabulary", "Technology exchange")},
    {"resource-exchange", QT_TRANSLATE_NOOP("Vocabulary", "Resource exchange")},
};
const Entry kActivityType[] = {
    {"programme", QT_TRANSLATE_NOOP("Vocabulary", "Programme")},
    {"high-level-meeting", QT_TRANSLATE_NOOP("Vocabulary", "High-level meeting")},
    {"conference", QT_TRANSLATE_NOOP("Vocabulary", "Conference")},
    {"side-event", QT_TRANSLATE_NOOP("Vocabulary", "Side event")},
    {"webinar", QT_TRANSLATE_NOOP("Vocabulary", "Webinar")},
    {"study-tour", QT_TRANSLATE_NOOP("Vocabulary", "Study tour")},
    {"training", QT_TRANSLATE_NOOP("Vocabulary", "Training")},
    {"community-of-practice", QT_TRANSLATE_NOOP("Vocabulary", "Community of practice")},
    {"publication", QT_TRANSLATE_NOOP("Vocabulary", "Publication")},
    {"internship", QT_TRANSLATE_NOOP("Vocabulary", "Internship")},
    {"humanitarian-response", QT_TRANSLATE_NOOP("Vocabulary", "Humanitarian response")},
    {"fund", QT_TRANSLATE_NOOP("Vocabulary", "Fund")},
};
const Entry kCountryRole[] = {
    {"provider", QT_TRANSLATE_NOOP("Vocabulary", "Provider")},
    {"recipient", QT_TRANSLATE_NOOP("Vocabulary", "Recipient")},
    {"facilitator", QT_TRANSLATE_NOOP("Vocabulary", "Facilitator")},
    {"host", QT_TRANSLATE_NOOP("Vocabulary", "Host")},
    {"participant", QT_TRANSLATE_NOOP("Vocabulary", "Participant")},
};
const Entry kPartnerRole[] = {
    {"funder", QT_TRANSLATE_NOOP("Vocabulary", "Funder")},
    {"implementer", QT_TRANSLATE_NOOP("Vocabulary", "Implementer")},
    {"coordinator", QT_TRANSLATE_NOOP("Vocabulary", "Coordinator")},
    {"technical-partner", QT_TRANSLATE_NOOP("Vocabulary", "Technical partner")},
    {"host", QT_TRANSLATE_NOOP("Vocabulary", "Host")},
};
const Entry kOrganisationType[] = {
    {"government", QT_TRANSLATE_NOOP("Vocabulary", "Government")},
    {"un-agency", QT_TRANSLATE_NOOP("Vocabulary", "UN agency")},
    {"multilateral", QT_TRANSLATE_NOOP("Vocabulary", "Multilateral")},
    {"ngo", QT_TRANSLATE_NOOP("Vocabulary", "NGO")},
    {"academia", QT_TRANSLATE_NOOP("Vocabulary", "Academia")},
    {"private-sector", QT_TRANSLATE_NOOP("Vocabulary", "Private sector")},
    {"fund", QT_TRANSLATE_NOOP("Vocabulary", "Fund")},
};

struct Table
{
    const Entry *begin;
    const Entry *end;
};

Table tableFor(Vocabulary::Kind kind)
{
    switch (kind) {
    case Vocabulary::Kind::Status:
        return {std::begin(kStatus), std::end(kStatus)};
    case Vocabulary::Kind::Modality:
        return {std::begin(kModality), std::end(kModality)};
    case Vocabulary::Kind::ActivityType:
        return {std::begin(kActivityType), std::end(kActivityType)};
    case Vocabulary::Kind::CountryRole:
        return {std::begin(kCountryRole), std::end(kCountryRole)};
    case Vocabulary::Kind::PartnerRole:
        return {std::begin(kPartnerRole), std::end(kPartnerRole)};
    case Vocabulary::Kind::OrganisationType:
        return {std::begin(kOrganisationType), std::end(kOrganisationType)};
    }
    return {nullptr, nullptr};
}

} // namespace

const QStringList &Vocabulary::codes(Kind kind)
{
    static const QStringList status = codesOf(kStatus);
    static const QStringList modality = codesOf(kModality);
    static const QStringList activityType = codesOf(kActivityType);
    static const QStringList countryRole = codesOf(kCountryRole);
    static const QStringList partnerRole = codesOf(kPartnerRole);
    static const QStringList organisationType = codesOf(kOrganisationType);
    switch (kind) {
    case Kind::Status:
        return status;
    case Kind::Modality:
        return modality;
    case Kind::ActivityType:
        return activityType;
    case Kind::CountryRole:
        return countryRole;
    case Kind::PartnerRole:
        return partnerRole;
    case Kind::OrganisationType:
        return organisationType;
    }
    return status;
}

bool Vocabulary::contains(Kind kind, const QString &code)
{
    return codes(kind).contains(code);
}

QString Vocabulary::label(Kind kind, const QString &code)
{
    const Table t = tableFor(kind);
    for (const Entry *e = t.begin; e != t.end; ++e) {
        if (code == QLatin1String(e->code))
            return QCoreApplication::translate("Vocabulary", e->label);
    }
    return code;
}

QString Vocabulary::englishLabel(Kind kind, const QString &code)
{
    const Table t = tableFor(kind);
    for (const Entry *e = t.begin; e != t.end; ++e) {
        if (code == QLatin1String(e->code))
            return QString::fromLatin1(e->label);
    }
    return code;
}

QString Vocabulary::codeFor(Kind kind, const QString &text)
{
    const QString wanted = text.trimmed();
    const Table t = tableFor(kind);
    for (const Entry *e = t.begin; e != t.end; ++e) {
        const QString code = QString::fromLatin1(e->code);
        if (wanted.compare(code, Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLatin1String(e->label), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QString(code).replace(QLatin1Char('-'), QLatin1Char(' ')),
                           Qt::CaseInsensitive) == 0)
            return code;
    }
    return {};
}

QString Vocabulary::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Modality:
        return QStringLiteral("modality");
    case Kind::ActivityType:
        return QStringLiteral("activity type");
    case Kind::CountryRole:
        return QStringLiteral("country role");
    case Kind::PartnerRole:
        return QStringLiteral("partner role");
    case Kind::OrganisationType:
        return QStringLiteral("organisation type");
    }
    return {};
}

} // namespace ssc
