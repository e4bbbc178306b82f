#include "InitiativeLabels.h"

#include "ReferenceData.h"
#include "Vocabulary.h"

#include <QLocale>

#include <cmath>

namespace ssc {

void InitiativeLabels::describeCountries(const std::vector<CountryParticipation> &countries)
{
    const ReferenceData &ref = ReferenceData::instance();
    for (const CountryParticipation &c : countries) {
        const Country *country = ref.country(c.code);
        const QString name = country ? country->name : c.code;
        m_countries << QStringLiteral("%1 (%2)").arg(
            name, Vocabulary::label(Vocabulary::Kind::CountryRole, c.role).toLower());
        if (!m_countryNames.contains(name))
            m_countryNames << name;
    }
}

void InitiativeLabels::describeAreas(const QStringList &areaIds)
{
    const ReferenceData &ref = ReferenceData::instance();
    for (const QString &id : areaIds) {
        const ProgrammeArea *area = ref.programmeArea(id);
        m_areas << (area ? area->name : id);
    }
}

void InitiativeLabels::addPartner(const QString &displayName, const QString &searchName,
                                  const QString &role)
{
    m_partners << QStringLiteral("%1 (%2)").arg(
        displayName, Vocabulary::label(Vocabulary::Kind::PartnerRole, role).toLower());
    if (!searchName.isEmpty() && !m_partnerNames.contains(searchName))
        m_partnerNames << searchName;
}

QString InitiativeLabels::formatAmount(double amount, const QString &currency)
{
    // Made once: building a locale costs more than formatting with it.
    static const QLocale locale(QLocale::English);
    const bool whole = std::floor(amount) == amount;
    return QStringLiteral("%1 %2").arg(currency, locale.toString(amount, 'f', whole ? 0 : 2));
}

void InitiativeLabels::addFunding(const QString &sourceName, const FundingRecord &f)
{
    QString text = sourceName;
    if (f.amount)
        text += QStringLiteral(": ") + formatAmount(*f.amount, f.currency);
    if (f.year)
        text += QStringLiteral(" (%1)").arg(*f.year);
    m_funding << text;
}

} // namespace ssc
