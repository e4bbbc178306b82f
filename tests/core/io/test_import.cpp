#include "ImportTestSupport.h"

#include "core/domain/CatalogueValidator.h"
#include "core/generator/CatalogueGenerator.h"
#include "core/io/CatalogueImport.h"
#include "core/io/ImportSpill.h"
#include "core/io/iati/IatiWriter.h"
#include "core/storage/CatalogueStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ssc;
using namespace ssc::test;

namespace {

QString iatiFixture(const QString &name)
{
    return fixturePath(QStringLiteral("iati/") + name);
}

QStringList warningsOf(const ImportReport &report, const QString &id)
{
    for (const auto &e : report.entries) {
        if (e.id == id)
            return e.warnings;
    }
    return {};
}

bool anyContains(const QStringList &list, const QString &text)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const QString &s) { return s.contains(text); });
}

} // namespace

TEST_CASE("The official IATI example imports with every mapped field right", "[import][iati]")
{
    auto store = emptyStore();
    const ImportReport report =
        importFile(*store, iatiFixture(QStringLiteral("activity-standard-example-annotated.xml")),
                   ImportFormat::Iati);
    CHECK(report.added == 1);
    CHECK(report.rejected == 0);
    const auto in = store->initiative(QStringLiteral("AA-AAA-123456789-ABC123"));
    REQUIRE(in);
    CHECK(in->title == QStringLiteral("Activity title"));
    CHECK(in->language == QStringLiteral("en"));
    CHECK(in->titleIn(QStringLiteral("fr")) == QStringLiteral("Titre de l'activité"));
    CHECK(in->titleIn(QStringLiteral("es")) == QStringLiteral("Título de la actividad"));
    CHECK(in->titleIn(QStringLiteral("de")) == QStringLiteral("Activity title"));
    CHECK(in->description.startsWith(QStringLiteral("General activity description text.")));
    CHECK(in->description.contains(QStringLiteral("Objectives for the activity")));
    CHECK(in->descriptionIn(QStringLiteral("fr")).startsWith(QStringLiteral("Activité générale")));
    CHECK(in->beneficiaries ==
          QStringLiteral("Statement of groups targeted to benefit from the activity."));
    CHECK(in->status == QStringLiteral("ongoing"));
    CHECK(in->start == QStringLiteral("2012-04-28")); // actual before planned
    CHECK(in->end == QStringLiteral("2015-12-31"));
    REQUIRE(in->countries.size() == 2);
    CHECK(in->countries[0] ==
          CountryParticipation{QStringLiteral("AF"), QStringLiteral("recipient"), 25.0});
    CHECK(in->countries[1] ==
          CountryParticipation{QStringLiteral("AG"), QStringLiteral("recipient"), 25.0});
    CHECK(in->programmeAreas == QStringList{QStringLiteral("education")}); // DAC 111, 112
    REQUIRE(in->partners.size() == 3);
    CHECK(in->partners[0] ==
          Partnership{QStringLiteral("BB-BBB-123456789"), QStringLiteral("funder")});
    CHECK(in->partners[1] ==
          Partnership{QStringLiteral("CC-CCC-123456789"), QStringLiteral("coordinator")});
    CHECK(in->partners[2] ==
          Partnership{QStringLiteral("AA-AAA-123456789"), QStringLiteral("coordinator")});
    CHECK(store->organisation(QStringLiteral("BB-BBB-123456789"))->type ==
          QStringLiteral("multilateral"));
    CHECK(store->organisation(QStringLiteral("AA-AAA-123456789"))->type == QStringLiteral("ngo"));
    CHECK(store->organisation(QStringLiteral("AA-AAA-123456789"))->name ==
          QStringLiteral("Name of Agency A"));
    // Incoming funds from agency B, in the transaction's currency and year.
    REQUIRE(in->funding.size() == 1);
    CHECK(in->funding[0] ==
          FundingRecord{QStringLiteral("BB-BBB-123456789"), 1000.0, QStringLiteral("EUR"), 2012});
    CHECK(in->sdgs.isEmpty());
    CHECK_FALSE(in->triangular); // collaboration-type 1
    CHECK(in->sources ==
          QStringList{QStringLiteral("iati-file:activity-standard-example-annotated.xml")});
    const auto sources = okValue(store->sources());
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].date == QStringLiteral("2014-09-10"));

    // Importing again updates nothing and never duplicates.
    const ImportReport again =
        importFile(*store, iatiFixture(QStringLiteral("activity-standard-example-annotated.xml")),
                   ImportFormat::Iati);
    CHECK(again.added == 0);
    CHECK(again.unchanged == 1);
    CHECK(store->initiativeCount() == 1);
}

TEST_CASE("Untidy IATI files import with a warning on the activity concerned", "[import][iati]")
{
    struct Case
    {
        const char *file;
        const char *id;
        const char *warning;
    };
    const Case cases[] = {
        {"empty-currency.xml", "XX-EMPTY-CURRENCY", "no currency"},
        {"missing-currency.xml", "XX-MISSING-CURRENCY", "no currency"},
        {"several-currencies.xml", "XX-SEVERAL-CURRENCIES", "several currencies (EUR, USD)"},
        {"percentages.xml", "XX-PERCENTAGES", "add up to 60.6, not 100"},
        {"withdrawn-unknown-codes.xml", "XX-WITHDRAWN-UNKNOWN", "withdrawn from the Country"},
        {"region-as-country.xml", "XX-REGION-AS-COUNTRY", "is a region"},
        {"whitespace-numbers.xml", "XX-WHITESPACE-NUMBERS", "has spaces inside"},
        {"extension-namespaces.xml", "XX-EXTENSIONS", "undeclared namespace prefix"},
        {"version-on-activity.xml", "XX-OLD-103", "given on the activity only"},
        {"sdgs-and-triangular.xml", "XX-SDG-TRIANGULAR", "not an SDG goal or target"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.file)
        {
            auto store = emptyStore();
            const ImportReport report =
                importFile(*store, iatiFixture(QLatin1String(c.file)), ImportFormat::Iati);
            CHECK(report.added == 1);
            CHECK(report.rejected == 0);
            const QStringList warnings = warningsOf(report, QLatin1String(c.id));
            INFO(warnings.join(QStringLiteral(" | ")).toStdString());
            CHECK(anyContains(warnings, QLatin1String(c.warning)));
            CHECK(store->initiative(QLatin1String(c.id)));
            CHECK(report.toText().contains(QLatin1String(c.warning)));
        }
    }
}

TEST_CASE("Untidy values are read as far as they can be", "[import][iati]")
{
    auto store = emptyStore();
    importFile(*store, iatiFixture(QStringLiteral("several-currencies.xml")), ImportFormat::Iati);
    auto in = store->initiative(QStringLiteral("XX-SEVERAL-CURRENCIES"));
    REQUIRE(in);
    // EUR amounts of one year added together, USD (the default) on its own.
    REQUIRE(in->funding.size() == 2);
    CHECK(in->funding[0].currency == QStringLiteral("EUR"));
    CHECK(in->funding[0].amount == 1500.0);
    CHECK(in->funding[1].currency == QStringLiteral("USD"));
    CHECK(in->funding[1].amount == 2500.0);

    importFile(*store, iatiFixture(QStringLiteral("percentages.xml")), ImportFormat::Iati);
    in = store->initiative(QStringLiteral("XX-PERCENTAGES"));
    REQUIRE(in->countries.size() == 2);
    CHECK(in->countries[1].percentage == 0.6);
    CHECK(in->programmeAreas.contains(QStringLiteral("education")));
    CHECK(in->programmeAreas.contains(QStringLiteral("health.mnch")));

    importFile(*store, iatiFixture(QStringLiteral("whitespace-numbers.xml")), ImportFormat::Iati);
    in = store->initiative(QStringLiteral("XX-WHITESPACE-NUMBERS"));
    REQUIRE(in->funding.size() == 1);
    CHECK(in->funding[0].amount == 12500.0);
    CHECK(in->countries[0].percentage == 100.0);

    importFile(*store, iatiFixture(QStringLiteral("region-as-country.xml")), ImportFormat::Iati);
    in = store->initiative(QStringLiteral("XX-REGION-AS-COUNTRY"));
    REQUIRE(in->countries.size() == 1);
    CHECK(in->countries[0].code == QStringLiteral("TZ"));

    importFile(*store, iatiFixture(QStringLiteral("empty-currency.xml")), ImportFormat::Iati);
    in = store->initiative(QStringLiteral("XX-EMPTY-CURRENCY"));
    REQUIRE(in->funding.size() == 1);
    CHECK_FALSE(in->funding[0].amount);
    CHECK(in->funding[0].year == 2021);

    importFile(*store, iatiFixture(QStringLiteral("extension-namespaces.xml")), ImportFormat::Iati);
    in = store->initiative(QStringLiteral("XX-EXTENSIONS"));
    CHECK(in->countries[0].code == QStringLiteral("GH"));

    importFile(*store, iatiFixture(QStringLiteral("sdgs-and-triangular.xml")), ImportFormat::Iati);
    in = store->initiative(QStringLiteral("XX-SDG-TRIANGULAR"));
    CHECK(in->sdgs == QStringList{QStringLiteral("4"), QStringLiteral("4.2"), QStringLiteral("3"),
                                  QStringLiteral("3.2")});
    CHECK(in->triangular);
    // A government extending the activity gives the provider country.
    CHECK(std::find(in->countries.begin(), in->countries.end(),
                    CountryParticipation{QStringLiteral("BR"), QStringLiteral("provider"), {}}) !=
          in->countries.end());
}

TEST_CASE("IATI 1.0x files: text roles, plain-text narratives, named date types", "[import][iati]")
{
    auto store = emptyStore();
    importFile(*store, iatiFixture(QStringLiteral("version-on-activity.xml")), ImportFormat::Iati);
    const auto in = store->initiative(QStringLiteral("XX-OLD-103"));
    REQUIRE(in);
    CHECK(in->title == QStringLiteral("An activity in version 1.03"));
    CHECK(in->titleIn(QStringLiteral("fr")) == QStringLiteral("Une activité en version 1.03"));
    CHECK(in->description.startsWith(QStringLiteral("Text directly inside")));
    CHECK(in->status == QStringLiteral("completed"));
    CHECK(in->start == QStringLiteral("2009-03-15"));
    CHECK(in->end == QStringLiteral("2012-12-31"));
    CHECK(in->triangular); // DAC 15123
    CHECK(in->programmeAreas.contains(QStringLiteral("health.mnch")));
    REQUIRE(in->partners.size() == 2);
    CHECK(in->partners[0] == Partnership{QStringLiteral("GB-GOV-1"), QStringLiteral("funder")});
    CHECK(in->partners[1] ==
          Partnership{QStringLiteral("name:save-the-children"), QStringLiteral("implementer")});
    CHECK(std::find(in->countries.begin(), in->countries.end(),
                    CountryParticipation{QStringLiteral("GB"), QStringLiteral("provider"), {}}) !=
          in->countries.end());
    REQUIRE(in->funding.size() == 1);
    CHECK(in->funding[0] ==
          FundingRecord{QStringLiteral("GB-GOV-1"), 250000.0, QStringLiteral("GBP"), 2009});
}

TEST_CASE("A file that is not well-formed stops the import with line and column",
          "[import][iati][bad-input]")
{
    auto store = emptyStore();
    const QString before = store->revision();
    CatalogueImport import(*store, iatiFixture(QStringLiteral("not-well-formed.xml")),
                           ImportFormat::Iati);
    const Status checked = import.check();
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().message.contains(QStringLiteral("not-well-formed.xml")));
    CHECK(checked.error().message.contains(QStringLiteral("line 9")));
    CHECK(checked.error().message.contains(QStringLiteral("column")));
    CHECK_FALSE(import.write().ok());
    CHECK(store->initiativeCount() == 0);
    CHECK(store->revision() == before);
}

TEST_CASE("Cancelling in the middle of writing leaves the catalogue exactly as it was", "[import]")
{
    QTemporaryDir dir;
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const CatalogueContent before = okValue(store->content());
    const QString file = dir.filePath(QStringLiteral("many.xml"));
    {
        auto generated = emptyStore();
        REQUIRE(CatalogueGenerator(5).writeInto(*generated, 2000).ok());
        REQUIRE(IatiWriter::write(*generated, {}, file, {}).ok());
    }
    CatalogueImport import(*store, file, ImportFormat::Iati);
    REQUIRE(import.check().ok());
    CHECK(import.report().added > 1000);
    int calls = 0;
    const Status written = import.write([&](double done) { return ++calls < 4 || done < 0.5; });
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("cancelled")));
    CHECK(calls >= 4);
    CHECK(okValue(store->content()) == before);
}

TEST_CASE("The records a check keeps for the write pass read back with every field", "[import]")
{
    Initiative in;
    in.id = QStringLiteral("XM-1-a");
    in.title = QStringLiteral("Title — é");
    in.summary = QStringLiteral("Summary");
    in.description = QStringLiteral("Description\nwith two lines");
    in.status = QStringLiteral("ongoing");
    in.start = QStringLiteral("2019-03");
    in.end = QStringLiteral("2024");
    in.modalities = {QStringLiteral("study-tour"), QStringLiteral("webinar")};
    in.activityType = QStringLiteral("project");
    in.countries = {{QStringLiteral("ET"), QStringLiteral("recipient"), 62.5},
                    {QStringLiteral("BR"), QStringLiteral("provider"), std::nullopt}};
    in.programmeAreas = {QStringLiteral("health")};
    in.partners = {{QStringLiteral("unicef"), QStringLiteral("facilitator")}};
    in.funding = {{QStringLiteral("fund-a"), 12000.5, QStringLiteral("EUR"), 2021},
                  {QStringLiteral("fund-b"), std::nullopt, QString(), std::nullopt}};
    in.sdgs = {QStringLiteral("3"), QStringLiteral("3.2")};
    in.beneficiaries = QStringLiteral("Children under five");
    in.results = QStringLiteral("Results");
    in.sources = {QStringLiteral("src-1")};
    in.triangular = true;
    in.language = QStringLiteral("en");
    in.translations = {{QStringLiteral("title"), QStringLiteral("fr"), QStringLiteral("Titre")}};

    ImportedRecord first;
    first.line = 42;
    first.ordinal = 7;
    first.initiative = in;
    first.organisations = {{QStringLiteral("unicef"),
                            QStringLiteral("UNICEF"),
                            QStringLiteral("UNICEF"),
                            QStringLiteral("multilateral"),
                            QStringLiteral("US"),
                            {QStringLiteral("src-1")}}};
    first.sources = {{QStringLiteral("src-1"), QStringLiteral("A source"),
                      QStringLiteral("https://example.org"), QStringLiteral("2020-01-02"),
                      QStringLiteral("Publisher"), QStringLiteral("file.pdf")}};
    ImportedRecord second;
    second.ordinal = 9;
    second.sharedOnly = true;
    second.catalogueName = QStringLiteral("Their catalogue");
    second.synthetic = true;

    ImportSpill spill;
    REQUIRE(spill.clear().ok());
    REQUIRE(spill.add(first).ok());
    REQUIRE(spill.add(second).ok());
    REQUIRE(spill.flush().ok());
    CHECK(spill.size() == 2);
    for (int pass = 0; pass < 2; ++pass) { // read twice, as a retried write would
        std::vector<ImportedRecord> back;
        REQUIRE(spill
                    .read([&](ImportedRecord &&r) {
                        back.push_back(std::move(r));
                        return true;
                    })
                    .ok());
        REQUIRE(back.size() == 2);
        CHECK(back[0].line == 42);
        CHECK(back[0].ordinal == 7);
        CHECK(back[0].initiative == in);
        CHECK(back[0].organisations == first.organisations);
        CHECK(back[0].sources == first.sources);
        CHECK_FALSE(back[0].sharedOnly);
        CHECK(back[1].ordinal == 9);
        CHECK(back[1].initiative == Initiative{});
        CHECK(back[1].sharedOnly);
        CHECK(back[1].catalogueName == QStringLiteral("Their catalogue"));
        CHECK(back[1].synthetic);
    }
    // Starting again forgets what was kept.
    REQUIRE(spill.clear().ok());
    int seen = 0;
    REQUIRE(spill.read([&](ImportedRecord &&) { return ++seen > 0; }).ok());
    CHECK(seen == 0);
}

TEST_CASE("Identifiers with spaces, as real publishers write them, are kept, not rejected",
          "[import][iati]")
{
    QTemporaryDir dir;
    auto store = emptyStore();
    const QString file = iatiFixture(QStringLiteral("identifiers-with-spaces.xml"));
    const ImportReport first = importFile(*store, file, ImportFormat::Iati);
    CHECK(first.added == 3);
    CHECK(first.rejected == 0);
    CHECK(store->initiativeCount() == 3);

    const QString unicef = QStringLiteral("XM-DAC-41122-Sierra Leone-3900/A0/06/001/013");
    const QString finland = QStringLiteral("FI-3-2020- 2020000056");
    const QString unicefKey = CatalogueValidator::keyForIdentifier(unicef);
    const QString finlandKey = CatalogueValidator::keyForIdentifier(finland);
    CHECK(unicefKey.startsWith(QStringLiteral("XM-DAC-41122-Sierra_Leone-3900/A0/06/001/013.")));
    CHECK(finlandKey.startsWith(QStringLiteral("FI-3-2020-_2020000056.")));
    CHECK(CatalogueValidator::isValidKey(unicefKey, true));
    // Two identifiers that differ only in what the key cannot hold stay apart.
    CHECK(CatalogueValidator::keyForIdentifier(QStringLiteral("FI-3-2020-  2020000056")) !=
          finlandKey);
    CHECK(CatalogueValidator::keyForIdentifier(QStringLiteral("XM-DAC-41122-PLAIN-001")) ==
          QStringLiteral("XM-DAC-41122-PLAIN-001"));

    const auto kept = store->initiative(unicefKey);
    REQUIRE(kept);
    CHECK(kept->iatiIdentifier == unicef);
    CHECK(anyContains(warningsOf(first, unicefKey), QStringLiteral("kept as published")));
    const auto plain = store->initiative(QStringLiteral("XM-DAC-41122-PLAIN-001"));
    REQUIRE(plain);
    CHECK(plain->iatiIdentifier.isEmpty());
    REQUIRE(store->initiative(finlandKey));
    CHECK(store->initiative(finlandKey)->iatiIdentifier == finland);

    // Importing the same file again updates nothing and adds nothing.
    const ImportReport again = importFile(*store, file, ImportFormat::Iati);
    CHECK(again.added == 0);
    CHECK(again.unchanged == 3);
    CHECK(store->initiativeCount() == 3);

    // The export writes the identifier exactly as published.
    const QString exported = dir.filePath(QStringLiteral("export.xml"));
    const auto ids = store->rowIds({});
    REQUIRE(ids.ok());
    REQUIRE(IatiWriter::write(*store, *ids, exported, {}).ok());
    QFile xml(exported);
    REQUIRE(xml.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(xml.readAll());
    CHECK(text.contains(QStringLiteral("<iati-identifier>") + unicef +
                        QStringLiteral("</iati-identifier>")));
    CHECK(text.contains(QStringLiteral("<iati-identifier>") + finland +
                        QStringLiteral("</iati-identifier>")));
}
