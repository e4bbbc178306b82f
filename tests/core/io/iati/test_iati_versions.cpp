// IATI files of versions 1.01 to 2.02, --take-theirs, and export checked against the XSD.
//
// The files are written here by hand, one activity each, in the form of its
// version (1.0x: text inside title and description, role names, type letters
// and named dates; 2.0x: narratives and codes). Every mapped field is checked
// against the value docs/IATI_MAPPING.md gives for it, written out below.
#include "CliTestSupport.h"

#include <QFile>
#include <QProcess>

#include <algorithm>

using namespace ssc;
using namespace ssc::test;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(text) == text.size());
}

// One activity as a 1.0x file writes it.
QByteArray version1(const QByteArray &version)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version=")" +
           version + R"(" generated-datetime="2011-05-01T00:00:00">
 <iati-activity default-currency="EUR" xml:lang="en">
  <iati-identifier>XX-V-)" +
           version + R"(</iati-identifier>
  <reporting-org ref="XX-1" type="10">Ministry of Planning</reporting-org>
  <title>Early learning in Kenya</title>
  <title xml:lang="fr">Petite enfance au Kenya</title>
  <description>Home visits and play groups.</description>
  <participating-org role="Funding" ref="NL-GOV-1" type="10">Netherlands Government</participating-org>
  <participating-org role="Extending" ref="XX-EXT-7" type="21">Extending NGO</participating-org>
  <participating-org role="Implementing" type="80">Some University</participating-org>
  <activity-status code="2">Implementation</activity-status>
  <activity-date type="start-planned" iso-date="2010-01-01"/>
  <activity-date type="start-actual" iso-date="2010-02-15"/>
  <activity-date type="end-planned" iso-date="2013-12-31"/>
  <recipient-country code="KE" percentage="100">Kenya</recipient-country>
  <sector vocabulary="DAC" code="11240">Early childhood education</sector>
  <transaction>
   <transaction-type code="C"/>
   <value value-date="2010-03-01">1000</value>
   <provider-org ref="NL-GOV-1">Netherlands Government</provider-org>
  </transaction>
  <transaction>
   <transaction-type code="IF"/>
   <value currency="USD" value-date="2011-01-01">500</value>
  </transaction>
 </iati-activity>
</iati-activities>
)";
}

// The same activity as a 2.0x file writes it, with an SDG goal (sector
// vocabulary 7).
QByteArray version2(const QByteArray &version)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version=")" +
           version + R"(" generated-datetime="2017-05-01T00:00:00">
 <iati-activity default-currency="EUR" xml:lang="en">
  <iati-identifier>XX-V-)" +
           version + R"(</iati-identifier>
  <reporting-org ref="XX-1" type="10"><narrative>Ministry of Planning</narrative></reporting-org>
  <title>
   <narrative>Early learning in Kenya</narrative>
   <narrative xml:lang="fr">Petite enfance au Kenya</narrative>
  </title>
  <description type="1"><narrative>Home visits and play groups.</narrative></description>
  <participating-org role="1" ref="NL-GOV-1" type="10"><narrative>Netherlands Government</narrative></participating-org>
  <participating-org role="3" ref="XX-EXT-7" type="21"><narrative>Extending NGO</narrative></participating-org>
  <participating-org role="4" type="80"><narrative>Some University</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date type="1" iso-date="2010-01-01"/>
  <activity-date type="2" iso-date="2010-02-15"/>
  <activity-date type="3" iso-date="2013-12-31"/>
  <recipient-country code="KE" percentage="100"/>
  <sector vocabulary="1" code="11240"/>
  <sector vocabulary="7" code="4"/>
  <transaction>
   <transaction-type code="2"/>
   <transaction-date iso-date="2010-03-01"/>
   <value value-date="2010-03-01">1000</value>
   <provider-org ref="NL-GOV-1"><narrative>Netherlands Government</narrative></provider-org>
  </transaction>
  <transaction>
   <transaction-type code="1"/>
   <transaction-date iso-date="2011-01-01"/>
   <value currency="USD" value-date="2011-01-01">500</value>
  </transaction>
 </iati-activity>
</iati-activities>
)";
}

template <typename T> std::vector<T> sorted(std::vector<T> v, auto less)
{
    std::sort(v.begin(), v.end(), less);
    return v;
}

Run on(const QString &db, QStringList args)
{
    return cli(args << QStringLiteral("--db") << db);
}

} // namespace

TEST_CASE("IATI files of versions 1.01 to 2.02 map every field as documented", "[iati][versions]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("versions.ssccat"));
    for (const QByteArray version : {"1.01", "1.02", "1.03", "1.04", "1.05", "2.01", "2.02"}) {
        INFO("version " << version.toStdString());
        const bool two = version.startsWith('2');
        const QString name = QStringLiteral("v%1.xml").arg(QString::fromLatin1(version));
        const QString file = dir.filePath(name);
        writeFile(file, two ? version2(version) : version1(version));
        const Run r = on(db, {QStringLiteral("import"), file});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.out.contains(QStringLiteral("Added: 1")));

        auto store = okValue(CatalogueStore::open(db));
        const Initiative in =
            okValue(store->initiative(QStringLiteral("XX-V-") + QString::fromLatin1(version)));
        CHECK(in.title == QStringLiteral("Early learning in Kenya"));
        CHECK(in.translations ==
              std::vector<Translation>{{QStringLiteral("title"), QStringLiteral("fr"),
                                        QStringLiteral("Petite enfance au Kenya")}});
        CHECK(in.description == QStringLiteral("Home visits and play groups."));
        CHECK(in.status == QStringLiteral("ongoing"));
        // The actual start before the planned one; the planned end.
        CHECK(in.start == QStringLiteral("2010-02-15"));
        CHECK(in.end == QStringLiteral("2013-12-31"));
        // The government funding it provides; the recipient with its share.
        const auto byCode = [](const CountryParticipation &a, const CountryParticipation &b) {
            return a.code < b.code;
        };
        CHECK(sorted(in.countries, byCode) ==
              std::vector<CountryParticipation>{
                  {QStringLiteral("KE"), QStringLiteral("recipient"), 100.0},
                  {QStringLiteral("NL"), QStringLiteral("provider"), std::nullopt}});
        CHECK(in.programmeAreas == QStringList{QStringLiteral("ecd")});
        const auto byOrganisation = [](const Partnership &a, const Partnership &b) {
            return a.organisation < b.organisation;
        };
        CHECK(sorted(in.partners, byOrganisation) ==
              std::vector<Partnership>{
                  {QStringLiteral("NL-GOV-1"), QStringLiteral("funder")},
                  {QStringLiteral("XX-EXT-7"), QStringLiteral("coordinator")},
                  {QStringLiteral("name:some-university"), QStringLiteral("implementer")}});
        const auto byCurrency = [](const FundingRecord &a, const FundingRecord &b) {
            return a.currency < b.currency;
        };
        // The default currency; the second in its own, from the funding
        // organisation (no provider-org on it).
        CHECK(sorted(in.funding, byCurrency) ==
              std::vector<FundingRecord>{
                  {QStringLiteral("NL-GOV-1"), 1000.0, QStringLiteral("EUR"), 2010},
                  {QStringLiteral("NL-GOV-1"), 500.0, QStringLiteral("USD"), 2011}});
        CHECK(in.sdgs == (two ? QStringList{QStringLiteral("4")} : QStringList{}));
        CHECK(in.sources == QStringList{QStringLiteral("iati-file:") + name});
        const Organisation university =
            okValue(store->organisation(QStringLiteral("name:some-university")));
        CHECK(university.name == QStringLiteral("Some University"));
        CHECK(university.type == QStringLiteral("academia"));
        CHECK(okValue(store->organisation(QStringLiteral("XX-EXT-7"))).type ==
              QStringLiteral("ngo"));
        const Organisation netherlands = okValue(store->organisation(QStringLiteral("NL-GOV-1")));
        CHECK(netherlands.type == QStringLiteral("government"));
        CHECK(netherlands.country == QStringLiteral("NL"));
    }
}

TEST_CASE("import --take-theirs: IATI records are updated either way, catalogue files only "
          "when asked",
          "[iati][cli][take-theirs]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("theirs.ssccat"));
    const QString iati = dir.filePath(QStringLiteral("v2.02.xml"));
    writeFile(iati, version2("2.02"));
    REQUIRE(on(db, {QStringLiteral("import"), iati}).code == 0);
    const QString id = QStringLiteral("XX-V-2.02");
    auto titleNow = [&] {
        return okValue(okValue(CatalogueStore::open(db))->initiative(id)).title;
    };
    auto editTitle = [&](const QString &title) {
        REQUIRE(on(db, {QStringLiteral("edit"), id, QStringLiteral("--set"),
                        QStringLiteral("title=") + title})
                    .code == 0);
        REQUIRE(titleNow() == title);
    };

    // IATI: the publisher's file is the record; a local edit is replaced
    // with or without --take-theirs (README, docs/IATI_MAPPING.md).
    for (const bool take : {false, true}) {
        INFO("IATI, --take-theirs " << take);
        editTitle(QStringLiteral("Edited here"));
        QStringList args{QStringLiteral("import"), iati};
        if (take)
            args << QStringLiteral("--take-theirs");
        const Run r = on(db, args);
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.out.contains(QStringLiteral("Updated: 1")));
        CHECK(r.out.contains(QStringLiteral("Conflicts: 0")));
        CHECK(titleNow() == QStringLiteral("Early learning in Kenya"));
    }

    // A catalogue file (JSON) with the record as exported now: after a local
    // edit it is a conflict, the catalogue's kept unless --take-theirs.
    const QString json = dir.filePath(QStringLiteral("theirs.json"));
    REQUIRE(
        on(db, {QStringLiteral("export"), json, QStringLiteral("--format"), QStringLiteral("json")})
            .code == 0);
    for (const bool take : {false, true}) {
        INFO("JSON, --take-theirs " << take);
        editTitle(QStringLiteral("Edited again"));
        QStringList args{QStringLiteral("import"), json};
        if (take)
            args << QStringLiteral("--take-theirs");
        const Run r = on(db, args);
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.out.contains(take ? QStringLiteral("Updated: 1") : QStringLiteral("Updated: 0")));
        CHECK(r.out.contains(take ? QStringLiteral("the file's record taken")
                                  : QStringLiteral("the catalogue's record kept")));
        CHECK(titleNow() ==
              (take ? QStringLiteral("Early learning in Kenya") : QStringLiteral("Edited again")));
    }
}

TEST_CASE("export --format iati validates against the XSD and names each record left out with "
          "its reason",
          "[iati][cli][export]")
{
    // One complete record, one with only a summary (exported, the summary
    // standing for the description), and one lacking each thing IATI
    // requires.
    const QByteArray catalogue = R"({
  "format": "ssc-catalogue", "formatVersion": 1, "name": "Export",
  "sources": [{"id": "src", "title": "Export fixture"}],
  "organisations": [{"id": "unicef", "name": "United Nations Children's Fund", "acronym": "UNICEF"}],
  "initiatives": [
    {"id": "complete", "title": "Complete", "description": "Described.", "status": "ongoing",
     "start": "2019", "partners": [{"organisation": "unicef", "role": "coordinator"}],
     "countries": [{"code": "KE", "role": "recipient"}], "sources": ["src"]},
    {"id": "summary-only", "title": "Summary only", "summary": "Summed up.", "status": "completed",
     "start": "2018-04", "end": "2019", "partners": [{"organisation": "unicef", "role": "funder"}],
     "sources": ["src"]},
    {"id": "no-status", "title": "No status", "description": "Described.", "start": "2019",
     "partners": [{"organisation": "unicef", "role": "coordinator"}], "sources": ["src"]},
    {"id": "no-start", "title": "No start", "description": "Described.", "status": "planned",
     "partners": [{"organisation": "unicef", "role": "coordinator"}], "sources": ["src"]},
    {"id": "no-partner", "title": "No partner", "description": "Described.", "status": "planned",
     "start": "2020", "sources": ["src"]},
    {"id": "no-text", "title": "No description", "status": "planned", "start": "2020",
     "partners": [{"organisation": "unicef", "role": "coordinator"}], "sources": ["src"]},
    {"id": "two-missing", "title": "Two missing", "description": "Described.",
     "sources": ["src"], "partners": [{"organisation": "unicef", "role": "coordinator"}]}
  ]
})";
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("export.ssccat"));
    const QString source = dir.filePath(QStringLiteral("export.json"));
    writeFile(source, catalogue);
    REQUIRE(on(db, {QStringLiteral("import"), source}).code == 0);
    const QString out = dir.filePath(QStringLiteral("export.xml"));
    const Run r =
        on(db, {QStringLiteral("export"), out, QStringLiteral("--format"), QStringLiteral("iati")});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Exported 2 initiatives")));
    for (const char *line :
         {"  no-status: no status (IATI requires activity-status)\n",
          "  no-start: no start date (IATI requires an activity-date)\n",
          "  no-partner: no partner organisation (IATI requires a participating-org)\n",
          "  no-text: no description or summary (IATI requires a description)\n",
          // Every reason a record has, not only the first.
          "  two-missing: no status (IATI requires activity-status); no start date (IATI "
          "requires an activity-date)\n"})
        CHECK(r.out.contains(QString::fromLatin1(line)));
    CHECK(r.out.count(QStringLiteral(" (IATI requires ")) == 6);

    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
                  {QStringLiteral("--noout"), QStringLiteral("--schema"),
                   fixturePath(QStringLiteral("iati-schema/iati-activities-schema.xsd")), out});
    REQUIRE(xmllint.waitForFinished(60000));
    INFO(xmllint.readAllStandardError().toStdString());
    CHECK(xmllint.exitCode() == 0);

    // What the file holds, read by xmllint's XPath rather than our reader.
    QProcess xpath;
    xpath.start(QStringLiteral("xmllint"),
                {QStringLiteral("--xpath"),
                 QStringLiteral("concat(count(//iati-activity), ' ', //iati-activity[1]/"
                                "iati-identifier, ' ', //iati-activity[2]/iati-identifier, ' ', "
                                "//iati-activity[iati-identifier='summary-only']/description/"
                                "narrative)"),
                 out});
    REQUIRE(xpath.waitForFinished(60000));
    CHECK(QString::fromUtf8(xpath.readAllStandardOutput()).trimmed() ==
          QStringLiteral("2 complete summary-only Summed up."));
}
