#include "TestSupport.h"

#include "core/domain/InitiativeLabels.h"
#include "core/generator/CatalogueGenerator.h"

#include <QLocale>

#include <cmath>

using namespace ssc;

TEST_CASE("Amounts are written as the English locale writes them", "[labels]")
{
    const QLocale english(QLocale::English);
    for (double amount :
         {0.0, -0.0, 5.0, 999.0, 1000.0, 12345.0, 250000.0, 3000000.0, 123456789012.0,
          999999999999999.0, 1e15, 1e20, 1234.5, 0.25, -2500.0, -1234.75}) {
        INFO(amount);
        const bool whole = std::floor(amount) == amount;
        CHECK(InitiativeLabels::formatAmount(amount, QStringLiteral("USD")) ==
              QStringLiteral("USD ") + english.toString(amount, 'f', whole ? 0 : 2));
    }
    CHECK(InitiativeLabels::formatAmount(3000000, QStringLiteral("EUR")) ==
          QStringLiteral("EUR 3,000,000"));
}

TEST_CASE("Labels made with a memo equal labels made without one", "[labels]")
{
    const CatalogueGenerator generator(11);
    InitiativeLabels::Memo memo;
    int initiativesWithPartners = 0;
    for (qint64 i = 0; i < 300; ++i) {
        const Initiative in = generator.initiative(i);
        InitiativeLabels plain;
        InitiativeLabels memoised(&memo);
        for (InitiativeLabels *labels : {&plain, &memoised}) {
            labels->describeCountries(in.countries);
            labels->describeAreas(in.programmeAreas);
            for (const Partnership &p : in.partners)
                labels->addPartner(p.organisation, p.organisation, p.role);
            for (const FundingRecord &f : in.funding)
                labels->addFunding(f.source, f);
        }
        INFO(in.id.toStdString());
        CHECK(memoised.countriesLabel() == plain.countriesLabel());
        CHECK(memoised.partnersLabel() == plain.partnersLabel());
        CHECK(memoised.fundingLabel() == plain.fundingLabel());
        CHECK(memoised.countryNames() == plain.countryNames());
        CHECK(memoised.partnerNames() == plain.partnerNames());
        if (!in.partners.empty())
            ++initiativesWithPartners;
    }
    CHECK(initiativesWithPartners > 0);
    // One country and its role gives one label, with the role in lower case.
    InitiativeLabels labels(&memo);
    labels.describeCountries({{QStringLiteral("BR"), QStringLiteral("provider"), {}},
                              {QStringLiteral("MZ"), QStringLiteral("recipient"), {}}});
    CHECK(labels.countriesLabel() == QStringLiteral("Brazil (provider); Mozambique (recipient)"));
    CHECK(labels.countryNames() == QStringLiteral("Brazil Mozambique"));
}
