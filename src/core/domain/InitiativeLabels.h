#pragma once

#include "core/domain/Initiative.h"

#include <QHash>
#include <QStringList>

#include <array>

namespace ssc {

// Builds the short texts the results table shows for an initiative
// ("Cuba (provider); Ethiopia (recipient)", "SSCAF: USD 3,000,000 (2017)")
// and the names full-text search reads (country and partner names).
class InitiativeLabels
{
public:
    // "Name (role)" labels repeat across the initiatives of a bulk write (a
    // few hundred countries and thousands of partners, each in a handful of
    // roles): a writer keeps one Memo for all its initiatives, so each label
    // is made, and its role translated, once.
    class Memo
    {
        friend class InitiativeLabels;
        // For countries and for partners: name -> its label in each role,
        // by the role's place in the vocabulary (empty until made).
        std::array<QHash<QString, std::array<QString, 8>>, 2> m_labels;
    };

    explicit InitiativeLabels(Memo *memo = nullptr) : m_memo(memo) {}
    void describeCountries(const std::vector<CountryParticipation> &countries);
    void describeAreas(const QStringList &areaIds);
    void addPartner(const QString &displayName, const QString &searchName, const QString &role);
    void addFunding(const QString &sourceName, const FundingRecord &funding);

    QString countriesLabel() const { return m_countries.join(QStringLiteral("; ")); }
    QString areasLabel() const { return m_areas.join(QStringLiteral("; ")); }
    QString partnersLabel() const { return m_partners.join(QStringLiteral("; ")); }
    QString fundingLabel() const { return m_funding.join(QStringLiteral("; ")); }
    QString countryNames() const { return m_countryNames.join(QLatin1Char(' ')); }
    QString partnerNames() const { return m_partnerNames.join(QLatin1Char(' ')); }

    static QString formatAmount(double amount, const QString &currency);

    // The stored labels are written in English with the reference data's
    // names (they are sorted and searched in SQL, and must not depend on the
    // language of whoever wrote them); these give them in the interface
    // language: country, area and role names from ReferenceNames and the
    // translations, amounts grouped as the locale writes numbers. Unchanged in
    // English.
    static QString localCountries(const QString &stored);
    static QString localAreas(const QString &stored);
    static QString localPartners(const QString &stored);
    static QString localFunding(const QString &stored);

private:
    QString withRole(int kind, const QString &name, const QString &role);

    Memo *m_memo;
    QStringList m_countries;
    QStringList m_areas;
    QStringList m_partners;
    QStringList m_funding;
    QStringList m_countryNames;
    QStringList m_partnerNames;
};

} // namespace ssc
