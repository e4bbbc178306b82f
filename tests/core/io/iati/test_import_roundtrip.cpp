#include "ImportTestSupport.h"

#include "core/generator/CatalogueGenerator.h"
#include "core/io/CatalogueImport.h"
#include "core/io/csv/CsvExport.h"
#include "core/io/iati/IatiWriter.h"
#include "core/io/json/CatalogueJson.h"
#include "core/storage/CatalogueStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ssc;
using namespace ssc::test;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

std::vector<Initiative> sortedInitiatives(const CatalogueStore &store)
{
    std::vector<Initiative> list = okValue(store.content()).initiatives;
    std::sort(list.begin(), list.end(),
              [](const Initiative &a, const Initiative &b) { return a.id < b.id; });
    return list;
}

} // namespace

TEST_CASE("IATI export validates against the official schema and imports back the same",
          "[import][iati][export]")
{
    QTemporaryDir dir;
    auto original = emptyStore();
    REQUIRE(CatalogueGenerator(11).writeInto(*original, 400).ok());
    // Texts in other languages and shares survive too.
    Initiative edited = *original->initiative(okValue(original->content()).initiatives[0].id);
    edited.language = QStringLiteral("en");
    edited.translations = {
        {QStringLiteral("title"), QStringLiteral("fr"), QStringLiteral("Titre")},
        {QStringLiteral("description"), QStringLiteral("fr"), QStringLiteral("Une description.")}};
    edited.triangular = true;
    for (auto &c : edited.countries) {
        if (c.role == QLatin1String("recipient"))
            c.percentage = 40;
    }
    REQUIRE(original->replaceInitiative(edited).ok());

    const QString file = dir.filePath(QStringLiteral("export.xml"));
    const auto summary = IatiWriter::write(
        *original, {}, file,
        {QStringLiteral("XM-DAC-41122"), QStringLiteral("40"), QStringLiteral("UNICEF")});
    REQUIRE(summary.ok());
    CHECK(summary->written + qint64(summary->leftOut.size()) == 400);
    CHECK(summary->written > 200);

    // Also with nothing known of the publisher: the schema still holds.
    const QString anonymous = dir.filePath(QStringLiteral("anonymous.xml"));
    REQUIRE(IatiWriter::write(*original, {}, anonymous, {}).ok());
    for (const QString &exported : {file, anonymous}) {
        QProcess xmllint;
        xmllint.start(
            QStringLiteral("xmllint"),
            QStringList{QStringLiteral("--noout"), QStringLiteral("--schema"),
                        fixturePath(QStringLiteral("iati-schema/iati-activities-schema.xsd")),
                        exported});
        REQUIRE(xmllint.waitForFinished(120000));
        INFO(xmllint.readAllStandardError().right(2000).toStdString());
        CHECK(xmllint.exitStatus() == QProcess::NormalExit);
        CHECK(xmllint.exitCode() == 0);
    }

    auto copy = emptyStore();
    const ImportReport report = importFile(*copy, file, ImportFormat::Iati);
    CHECK(report.added == summary->written);
    CHECK(report.warnings == 0);
    for (const Initiative &in : okValue(copy->content()).initiatives) {
        const auto mine = original->initiative(in.id);
        REQUIRE(mine);
        CHECK(*mine == in);
    }
    for (const auto &left : summary->leftOut)
        CHECK_FALSE(copy->initiative(left.id));
}

TEST_CASE("CSV: documented columns, roles, quoting, BOM; export and import round trip",
          "[import][csv]")
{
    QTemporaryDir dir;
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const CatalogueContent content = okValue(store->content());
    const QString file = dir.filePath(QStringLiteral("export.csv"));
    std::size_t next = 0;
    REQUIRE(CsvExport::write(file, [&](Initiative &in) {
                if (next >= content.initiatives.size())
                    return false;
                in = content.initiatives[next++];
                return true;
            }).ok());
    // Into a catalogue holding the same organisations and sources.
    CatalogueContent base = content;
    base.initiatives.clear();
    auto copy = storeWith(base);
    const ImportReport report = importFile(*copy, file, ImportFormat::Csv);
    CHECK(report.added == int(content.initiatives.size()));
    CHECK(sortedInitiatives(*copy) == sortedInitiatives(*store));

    // A hand-written file: no BOM, names instead of codes, quoted commas and
    // line breaks, an unknown column, a row without a title.
    const QString hand = dir.filePath(QStringLiteral("hand.csv"));
    const QByteArray good1 =
        "csv-1,\"Exchange on school meals, nutrition\",Brazil:provider;Ethiopia:recipient,"
        "Nutrition,UNICEF Brazil:implementer,\"UNICEF Brazil:12 000 USD:2019\",internal\n";
    const QByteArray good3 = "csv-3,\"Two\nlines\",Kenya,,,,\n";
    const QByteArray header = "id,title,countries,programmeAreas,partners,funding,notes\n";
    writeText(hand, header + good1 + "csv-2,,Kenya,,,,\n" + good3);
    auto fresh = emptyStore();
    {
        // The row without a title refuses the file (docs/CSV_IMPORT.md);
        // the check lists it with its line and reason.
        CatalogueImport refused(*fresh, hand, ImportFormat::Csv);
        REQUIRE(refused.check().ok());
        CHECK(refused.report().rejected == 1);
        const auto &entries = refused.report().entries;
        const auto rejected = std::find_if(entries.begin(), entries.end(), [](const auto &e) {
            return e.id == QLatin1String("csv-2");
        });
        REQUIRE(rejected != entries.end());
        CHECK(rejected->line == 3);
        CHECK(rejected->reason.contains(QStringLiteral("title")));
        CHECK_FALSE(refused.write().ok());
        CHECK(okValue(fresh->initiativeCount()) == 0);
    }
    writeText(hand, header + good1 + good3);
    const ImportReport handReport = importFile(*fresh, hand, ImportFormat::Csv);
    CHECK(handReport.added == 2);
    CHECK(handReport.rejected == 0);
    REQUIRE(handReport.notes.size() == 1);
    CHECK(handReport.notes[0].contains(QStringLiteral("\"notes\"")));
    const auto in = fresh->initiative(QStringLiteral("csv-1"));
    REQUIRE(in);
    CHECK(in->title == QStringLiteral("Exchange on school meals, nutrition"));
    CHECK(in->countries == std::vector<CountryParticipation>{
                               {QStringLiteral("BR"), QStringLiteral("provider"), {}},
                               {QStringLiteral("ET"), QStringLiteral("recipient"), {}}});
    CHECK(in->programmeAreas == QStringList{QStringLiteral("nutrition")});
    REQUIRE(in->funding.size() == 1);
    CHECK(in->funding[0].amount == 12000.0);
    CHECK(in->funding[0].year == 2019);
    CHECK(fresh->organisation(in->funding[0].source)->name == QStringLiteral("UNICEF Brazil"));
    CHECK(fresh->initiative(QStringLiteral("csv-3"))->title == QStringLiteral("Two\nlines"));

    // With a byte order mark the first column is still "id".
    const QString bom = dir.filePath(QStringLiteral("bom.csv"));
    writeText(bom, "\xEF\xBB\xBFid,title\ncsv-9,With a BOM\n");
    importFile(*fresh, bom, ImportFormat::Csv);
    CHECK(fresh->initiative(QStringLiteral("csv-9")));

    // A file without an id column is refused whole.
    const QString noId = dir.filePath(QStringLiteral("noid.csv"));
    writeText(noId, "name,title\nx,y\n");
    CatalogueImport refused(*fresh, noId, ImportFormat::Csv);
    const Status checked = refused.check();
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().message.contains(QStringLiteral("line 1")));
    CHECK(checked.error().message.contains(QStringLiteral("\"id\"")));
}

TEST_CASE("Merging a catalogue file: new records added, differing ones are conflicts",
          "[import][json]")
{
    QTemporaryDir dir;
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    CatalogueContent theirs = okValue(store->content());
    const QString changedId = theirs.initiatives[0].id;
    const Initiative mine = theirs.initiatives[0];
    theirs.initiatives[0].title += QStringLiteral(" (their version)");
    Initiative added = theirs.initiatives[1];
    added.id = QStringLiteral("merge-new-record");
    theirs.initiatives.push_back(added);
    const QString file = dir.filePath(QStringLiteral("theirs.json"));
    REQUIRE(CatalogueJson::writeFile(theirs, file).ok());

    SECTION("checking lists the conflict and writes nothing")
    {
        const QString revision = store->revision();
        CatalogueImport import(*store, file, ImportFormat::Json);
        REQUIRE(import.check().ok());
        REQUIRE(import.conflicts().size() == 1);
        CHECK(import.conflicts()[0].mine == mine);
        CHECK(import.conflicts()[0].theirs.title.endsWith(QStringLiteral("(their version)")));
        CHECK(import.report().added == 1);
        CHECK(import.report().unchanged == int(theirs.initiatives.size()) - 2);
        CHECK(store->revision() == revision);
    }
    SECTION("keep mine")
    {
        const ImportReport report = importFile(*store, file, ImportFormat::Json, false);
        CHECK(report.keptMine == 1);
        CHECK(*store->initiative(changedId) == mine);
        CHECK(store->initiative(QStringLiteral("merge-new-record")));
        CHECK(report.toText().contains(QStringLiteral("catalogue's record kept")));
    }
    SECTION("take theirs")
    {
        const ImportReport report = importFile(*store, file, ImportFormat::Json, true);
        CHECK(report.updated == 1);
        CHECK(store->initiative(changedId)->title.endsWith(QStringLiteral("(their version)")));
    }
    SECTION("the report can be saved as text and JSON")
    {
        const ImportReport report = importFile(*store, file, ImportFormat::Json, true);
        const QString text = dir.filePath(QStringLiteral("report.txt"));
        const QString json = dir.filePath(QStringLiteral("report.json"));
        REQUIRE(report.save(text).ok());
        REQUIRE(report.save(json).ok());
        QFile t(text);
        REQUIRE(t.open(QIODevice::ReadOnly));
        CHECK(t.readAll().contains("Added: 1"));
        QFile j(json);
        REQUIRE(j.open(QIODevice::ReadOnly));
        CHECK(j.readAll().contains("\"updated\": 1"));
    }
}
