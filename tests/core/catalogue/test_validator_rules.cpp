// Every rule CatalogueValidator enforces, each with a record that breaks it.
//
// Each case starts from one valid record (which must pass), breaks it in
// exactly one way that docs/CATALOGUE_FORMAT.md ("Checks on import") says is
// refused, and expects a refusal that names the field, and only one problem.
// The expectations come from the document, not from running the validator.
#include "TestSupport.h"

#include "core/domain/CatalogueValidator.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace ssc;
using namespace ssc::test;

namespace {

// A source, two organisations and one initiative that use every field.
CatalogueContent validContent()
{
    CatalogueContent c;
    c.sources.push_back({QStringLiteral("doc-1"),
                         QStringLiteral("A report"),
                         QStringLiteral("https://example.org/report"),
                         QStringLiteral("2019-09"),
                         QStringLiteral("UNICEF"),
                         {}});
    c.organisations.push_back({QStringLiteral("unicef"),
                               QStringLiteral("UNICEF"),
                               QStringLiteral("UNICEF"),
                               QStringLiteral("un-agency"),
                               {},
                               {QStringLiteral("doc-1")}});
    c.organisations.push_back({QStringLiteral("moh-et"),
                               QStringLiteral("Ministry of Health"),
                               {},
                               QStringLiteral("government"),
                               QStringLiteral("ET"),
                               {QStringLiteral("doc-1")}});
    Initiative in;
    in.id = QStringLiteral("rule-1");
    in.title = QStringLiteral("School meals exchange");
    in.summary = QStringLiteral("Two ministries share methods.");
    in.status = QStringLiteral("ongoing");
    in.start = QStringLiteral("2015-03");
    in.end = QStringLiteral("2017");
    in.modalities = {QStringLiteral("knowledge-exchange")};
    in.activityType = QStringLiteral("programme");
    in.countries = {{QStringLiteral("BR"), QStringLiteral("provider"), {}},
                    {QStringLiteral("ET"), QStringLiteral("recipient"), 100.0}};
    in.programmeAreas = {QStringLiteral("nutrition")};
    in.partners = {{QStringLiteral("unicef"), QStringLiteral("implementer")},
                   {QStringLiteral("moh-et"), QStringLiteral("host")}};
    in.funding = {{QStringLiteral("unicef"), 50000.0, QStringLiteral("USD"), 2016}};
    in.sdgs = {QStringLiteral("2"), QStringLiteral("2.1")};
    in.sources = {QStringLiteral("doc-1")};
    in.language = QStringLiteral("en");
    in.translations = {{QStringLiteral("title"), QStringLiteral("fr"),
                        QStringLiteral("Échange sur les repas scolaires")}};
    c.initiatives.push_back(in);
    return c;
}

// The valid content passes; broken by break_ it is refused with one problem
// naming field ("field \"countries[0].percentage\"").
void refusedOn(const std::function<void(CatalogueContent &)> &break_, const QString &field,
               const CatalogueValidator::Existing &existing = {})
{
    CatalogueContent content = validContent();
    const Status valid = CatalogueValidator::validate(content, existing);
    INFO((valid ? QString() : valid.error().message).toStdString());
    REQUIRE(valid.ok());
    break_(content);
    const Status broken = CatalogueValidator::validate(content, existing);
    REQUIRE_FALSE(broken.ok());
    const QString message = broken.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("field \"%1\"").arg(field)));
    CHECK_FALSE(message.contains(QStringLiteral("more problem")));
}

Initiative &record(CatalogueContent &c)
{
    return c.initiatives[0];
}

} // namespace

TEST_CASE("Validator: the valid record passes, also against an empty catalogue", "[validator]")
{
    CHECK(CatalogueValidator::validate(validContent()).ok());
}

TEST_CASE("Validator: dates", "[validator]")
{
    SECTION("an end before the start")
    {
        refusedOn([](auto &c) { record(c).end = QStringLiteral("2014"); }, QStringLiteral("end"));
    }
    SECTION("an end in the start's year but an earlier month")
    {
        refusedOn([](auto &c) { record(c).end = QStringLiteral("2015-02"); },
                  QStringLiteral("end"));
    }
    SECTION("an end without a start")
    {
        refusedOn([](auto &c) { record(c).start.clear(); }, QStringLiteral("start"));
    }
    SECTION("a date that does not exist")
    {
        refusedOn([](auto &c) { record(c).start = QStringLiteral("2005-02-30"); },
                  QStringLiteral("start"));
    }
    SECTION("a date in another form")
    {
        refusedOn([](auto &c) { record(c).end = QStringLiteral("31/12/2017"); },
                  QStringLiteral("end"));
    }
    SECTION("a source's date")
    {
        refusedOn([](auto &c) { c.sources[0].date = QStringLiteral("2019-13"); },
                  QStringLiteral("date"));
    }
}

TEST_CASE("Validator: countries", "[validator]")
{
    SECTION("a percentage above 100")
    {
        refusedOn([](auto &c) { record(c).countries[1].percentage = 100.5; },
                  QStringLiteral("countries[1].percentage"));
    }
    SECTION("a negative percentage")
    {
        refusedOn([](auto &c) { record(c).countries[1].percentage = -1.0; },
                  QStringLiteral("countries[1].percentage"));
    }
    SECTION("the same country in the same role twice")
    {
        refusedOn(
            [](auto &c) {
                record(c).countries.push_back(
                    {QStringLiteral("BR"), QStringLiteral("provider"), {}});
            },
            QStringLiteral("countries[2]"));
    }
    SECTION("a lower-case code")
    {
        refusedOn([](auto &c) { record(c).countries[0].code = QStringLiteral("br"); },
                  QStringLiteral("countries[0].code"));
    }
    SECTION("an alpha-3 code")
    {
        refusedOn([](auto &c) { record(c).countries[0].code = QStringLiteral("BRA"); },
                  QStringLiteral("countries[0].code"));
    }
    SECTION("an unknown role")
    {
        refusedOn([](auto &c) { record(c).countries[0].role = QStringLiteral("donor"); },
                  QStringLiteral("countries[0].role"));
    }
    SECTION("an organisation's unknown country")
    {
        refusedOn([](auto &c) { c.organisations[1].country = QStringLiteral("XX"); },
                  QStringLiteral("country"));
    }
}

TEST_CASE("Validator: funding", "[validator]")
{
    SECTION("a negative amount")
    {
        refusedOn([](auto &c) { record(c).funding[0].amount = -1.0; },
                  QStringLiteral("funding[0].amount"));
    }
    SECTION("an amount without a currency")
    {
        refusedOn([](auto &c) { record(c).funding[0].currency.clear(); },
                  QStringLiteral("funding[0].currency"));
    }
    SECTION("an unknown currency")
    {
        refusedOn([](auto &c) { record(c).funding[0].currency = QStringLiteral("XYZ"); },
                  QStringLiteral("funding[0].currency"));
    }
    SECTION("a lower-case currency")
    {
        refusedOn([](auto &c) { record(c).funding[0].currency = QStringLiteral("usd"); },
                  QStringLiteral("funding[0].currency"));
    }
    SECTION("a year before 1900")
    {
        refusedOn([](auto &c) { record(c).funding[0].year = 1899; },
                  QStringLiteral("funding[0].year"));
    }
    SECTION("a year after 2100")
    {
        refusedOn([](auto &c) { record(c).funding[0].year = 2101; },
                  QStringLiteral("funding[0].year"));
    }
    SECTION("a source that is not an organisation of the file or the catalogue")
    {
        refusedOn([](auto &c) { record(c).funding[0].source = QStringLiteral("nobody"); },
                  QStringLiteral("funding[0].source"));
    }
}

TEST_CASE("Validator: partners", "[validator]")
{
    SECTION("an organisation not in the file or the catalogue")
    {
        refusedOn([](auto &c) { record(c).partners[0].organisation = QStringLiteral("nobody"); },
                  QStringLiteral("partners[0].organisation"));
    }
    SECTION("the same partner in the same role twice")
    {
        refusedOn(
            [](auto &c) {
                record(c).partners.push_back(
                    {QStringLiteral("unicef"), QStringLiteral("implementer")});
            },
            QStringLiteral("partners[2]"));
    }
    SECTION("an unknown role")
    {
        refusedOn([](auto &c) { record(c).partners[0].role = QStringLiteral("sponsor"); },
                  QStringLiteral("partners[0].role"));
    }
    SECTION("an unknown organisation type")
    {
        refusedOn([](auto &c) { c.organisations[0].type = QStringLiteral("charity"); },
                  QStringLiteral("type"));
    }
}

TEST_CASE("Validator: required fields", "[validator]")
{
    SECTION("an empty title")
    {
        refusedOn([](auto &c) { record(c).title.clear(); }, QStringLiteral("title"));
    }
    SECTION("a blank title")
    {
        refusedOn([](auto &c) { record(c).title = QStringLiteral("  \t"); },
                  QStringLiteral("title"));
    }
    SECTION("no source")
    {
        refusedOn([](auto &c) { record(c).sources.clear(); }, QStringLiteral("sources"));
    }
    SECTION("a source not in the file or the catalogue")
    {
        refusedOn([](auto &c) { record(c).sources = {QStringLiteral("doc-9")}; },
                  QStringLiteral("sources[0]"));
    }
    SECTION("a source's blank title")
    {
        refusedOn([](auto &c) { c.sources[0].title = QStringLiteral(" "); },
                  QStringLiteral("title"));
    }
    SECTION("an organisation's blank name")
    {
        refusedOn([](auto &c) { c.organisations[0].name.clear(); }, QStringLiteral("name"));
    }
    SECTION("an organisation citing an unknown source")
    {
        refusedOn([](auto &c) { c.organisations[0].sources = {QStringLiteral("doc-9")}; },
                  QStringLiteral("sources[0]"));
    }
}

TEST_CASE("Validator: codes", "[validator]")
{
    SECTION("an unknown status")
    {
        refusedOn([](auto &c) { record(c).status = QStringLiteral("cancelled"); },
                  QStringLiteral("status"));
    }
    SECTION("an unknown modality")
    {
        refusedOn([](auto &c) { record(c).modalities = {QStringLiteral("exchange")}; },
                  QStringLiteral("modalities[0]"));
    }
    SECTION("an unknown activity type")
    {
        refusedOn([](auto &c) { record(c).activityType = QStringLiteral("party"); },
                  QStringLiteral("activityType"));
    }
    SECTION("an unknown programme area")
    {
        refusedOn([](auto &c) { record(c).programmeAreas = {QStringLiteral("astronomy")}; },
                  QStringLiteral("programmeAreas[0]"));
    }
    SECTION("goal 18")
    {
        refusedOn([](auto &c) { record(c).sdgs = {QStringLiteral("18")}; },
                  QStringLiteral("sdgs[0]"));
    }
    SECTION("a target that does not exist")
    {
        refusedOn([](auto &c) { record(c).sdgs = {QStringLiteral("2.z")}; },
                  QStringLiteral("sdgs[0]"));
    }
    SECTION("a language that is not a code")
    {
        refusedOn([](auto &c) { record(c).language = QStringLiteral("English"); },
                  QStringLiteral("language"));
    }
    SECTION("a web address that is not http or https")
    {
        refusedOn([](auto &c) { c.sources[0].url = QStringLiteral("ftp://example.org/r"); },
                  QStringLiteral("url"));
    }
}

TEST_CASE("Validator: the same thing listed twice", "[validator]")
{
    SECTION("a modality")
    {
        refusedOn([](auto &c) { record(c).modalities << QStringLiteral("knowledge-exchange"); },
                  QStringLiteral("modalities"));
    }
    SECTION("a programme area")
    {
        refusedOn([](auto &c) { record(c).programmeAreas << QStringLiteral("nutrition"); },
                  QStringLiteral("programmeAreas"));
    }
    SECTION("an SDG")
    {
        refusedOn([](auto &c) { record(c).sdgs << QStringLiteral("2.1"); },
                  QStringLiteral("sdgs[2]"));
    }
    SECTION("a source")
    {
        refusedOn([](auto &c) { record(c).sources << QStringLiteral("doc-1"); },
                  QStringLiteral("sources"));
    }
    SECTION("the same field and language translated twice")
    {
        refusedOn(
            [](auto &c) {
                record(c).translations.push_back(
                    {QStringLiteral("title"), QStringLiteral("fr"), QStringLiteral("Autre")});
            },
            QStringLiteral("translations[1]"));
    }
}

TEST_CASE("Validator: translations", "[validator]")
{
    SECTION("a field that is not translated")
    {
        refusedOn([](auto &c) { record(c).translations[0].field = QStringLiteral("results"); },
                  QStringLiteral("translations[0].field"));
    }
    SECTION("a language that is not a code")
    {
        refusedOn([](auto &c) { record(c).translations[0].language = QStringLiteral("FR"); },
                  QStringLiteral("translations[0].language"));
    }
    SECTION("an empty text")
    {
        refusedOn([](auto &c) { record(c).translations[0].text = QStringLiteral(" "); },
                  QStringLiteral("translations[0].text"));
    }
}

TEST_CASE("Validator: ids", "[validator]")
{
    SECTION("an initiative id with a space")
    {
        refusedOn([](auto &c) { record(c).id = QStringLiteral("rule 1"); }, QStringLiteral("id"));
    }
    SECTION("a source id with a slash (sources allow none)")
    {
        refusedOn(
            [](auto &c) {
                c.sources[0].id = QStringLiteral("doc/1");
                record(c).sources = {QStringLiteral("doc/1")};
                for (Organisation &o : c.organisations)
                    o.sources = {QStringLiteral("doc/1")};
            },
            QStringLiteral("id"));
    }
    SECTION("two initiatives with one id")
    {
        refusedOn([](auto &c) { c.initiatives.push_back(c.initiatives[0]); }, QStringLiteral("id"));
    }
    SECTION("two organisations with one id")
    {
        refusedOn([](auto &c) { c.organisations.push_back(c.organisations[0]); },
                  QStringLiteral("id"));
    }
    SECTION("two sources with one id")
    {
        refusedOn([](auto &c) { c.sources.push_back(c.sources[0]); }, QStringLiteral("id"));
    }
    SECTION("an initiative id the catalogue already holds")
    {
        CatalogueValidator::Existing existing;
        existing.initiative = [](const QString &id) { return id == QLatin1String("rule-9"); };
        refusedOn([](auto &c) { record(c).id = QStringLiteral("rule-9"); }, QStringLiteral("id"),
                  existing);
    }
}
