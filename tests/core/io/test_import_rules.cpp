// One rule for every import format: a record that breaks a rule stops the whole import (issue 22,
// defect 7).
//
// Each file holds several good records and one bad one. The import must fail
// with a message naming the file, the record and the field, and leave the
// catalogue exactly as it was, in the library and through the command line
// (exit code 1, no row written, counted with SQL of the test's own).
#include "CliTestSupport.h"
#include "ImportTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ssc;
using namespace ssc::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// What a bad file is expected to be refused for.
struct Bad
{
    QString name;   // the case, for the file's name
    QString record; // the bad record's id
    QString field;  // the field the message must name
};

// Five good catalogue records citing the fixture's source and organisations,
// and a sixth that breaks one rule.
QByteArray jsonFile(const QString &badCase)
{
    QJsonArray initiatives;
    for (int i = 1; i <= 6; ++i) {
        QJsonObject in{
            {QStringLiteral("id"), QStringLiteral("new-%1").arg(i)},
            {QStringLiteral("title"), QStringLiteral("New initiative %1").arg(i)},
            {QStringLiteral("partners"),
             QJsonArray{QJsonObject{{QStringLiteral("organisation"), QStringLiteral("unicef")},
                                    {QStringLiteral("role"), QStringLiteral("implementer")}}}},
            {QStringLiteral("funding"),
             QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("sscaf")},
                                    {QStringLiteral("amount"), 1000 * i},
                                    {QStringLiteral("currency"), QStringLiteral("USD")}}}},
            {QStringLiteral("sources"), QJsonArray{QStringLiteral("fixture")}}};
        if (i == 4 && badCase == QLatin1String("negative-amount")) {
            QJsonArray funding = in[QStringLiteral("funding")].toArray();
            QJsonObject f = funding[0].toObject();
            f[QStringLiteral("amount")] = -500;
            in[QStringLiteral("funding")] = QJsonArray{f};
        }
        if (i == 6 && badCase == QLatin1String("duplicate-id"))
            in[QStringLiteral("id")] = QStringLiteral("new-2");
        if (i == 3 && badCase == QLatin1String("unknown-organisation"))
            in[QStringLiteral("partners")] =
                QJsonArray{QJsonObject{{QStringLiteral("organisation"), QStringLiteral("nobody")},
                                       {QStringLiteral("role"), QStringLiteral("implementer")}}};
        initiatives.append(in);
    }
    const QJsonObject file{{QStringLiteral("format"), QStringLiteral("ssc-catalogue")},
                           {QStringLiteral("formatVersion"), 1},
                           {QStringLiteral("initiatives"), initiatives}};
    return QJsonDocument(file).toJson();
}

QByteArray csvFile(const QString &badCase)
{
    QByteArray csv = "id,title,countries,partners,funding,sources\n";
    for (int i = 1; i <= 6; ++i) {
        QString id = QStringLiteral("csv-%1").arg(i);
        QString title = QStringLiteral("CSV initiative %1").arg(i);
        QString country = QStringLiteral("Ethiopia:recipient");
        QString partner = QStringLiteral("unicef:implementer");
        if (i == 6 && badCase == QLatin1String("duplicate-id"))
            id = QStringLiteral("csv-2");
        if (i == 3 && badCase == QLatin1String("unknown-organisation"))
            partner = QStringLiteral("nobody:implementer");
        if (i == 5 && badCase == QLatin1String("unknown-country"))
            country = QStringLiteral("Narnia:recipient");
        if (i == 2 && badCase == QLatin1String("no-title"))
            title.clear();
        QString amount = QString::number(1000 * i);
        if (i == 4 && badCase == QLatin1String("negative-amount"))
            amount = QStringLiteral("-500");
        if (i == 4 && badCase == QLatin1String("amount-not-a-number"))
            amount = QStringLiteral("1.2.3");
        csv += QStringLiteral("%1,%2,%3,%4,sscaf:%5 USD:2019,fixture\n")
                   .arg(id, title, country, partner, amount)
                   .toUtf8();
    }
    return csv;
}

QByteArray iatiFile(const QString &badCase)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<iati-activities version=\"2.03\" "
                     "generated-datetime=\"2024-05-01T10:00:00Z\">\n";
    for (int i = 1; i <= 6; ++i) {
        QString id = QStringLiteral("XX-RULES-%1").arg(i);
        QString title =
            QStringLiteral("<title><narrative>IATI initiative %1</narrative></title>").arg(i);
        if (i == 6 && badCase == QLatin1String("duplicate-id"))
            id = QStringLiteral("XX-RULES-2");
        if (i == 4 && badCase == QLatin1String("no-title"))
            title.clear();
        xml += QStringLiteral(" <iati-activity default-currency=\"USD\">\n"
                              "  <iati-identifier>%1</iati-identifier>\n"
                              "  <reporting-org ref=\"XM-DAC-41122\" type=\"40\"><narrative>UNICEF"
                              "</narrative></reporting-org>\n"
                              "  %2\n"
                              "  <participating-org ref=\"XM-DAC-41122\" role=\"1\" type=\"40\">"
                              "<narrative>UNICEF</narrative></participating-org>\n"
                              "  <activity-status code=\"2\"/>\n"
                              "  <activity-date type=\"1\" iso-date=\"2020-01-01\"/>\n"
                              "  <recipient-country code=\"KE\"/>\n"
                              " </iati-activity>\n")
                   .arg(id, title)
                   .toUtf8();
    }
    return xml + "</iati-activities>\n";
}

// Runs both passes as the window does; returns the first failure, if any.
Status importInto(CatalogueStore &store, const QString &path, ImportFormat format)
{
    CatalogueImport import(store, path, format);
    if (Status s = import.check(); !s)
        return s;
    return import.write();
}

// The message names the file, the record and the field.
void checkMessage(const QString &message, const QString &file, const Bad &bad)
{
    INFO(message.toStdString());
    CHECK(message.contains(QFileInfo(file).fileName()));
    CHECK(message.contains(bad.record));
    CHECK(message.contains(bad.field));
}

// Every row the catalogue file holds, table by table, read with SQL of the
// test's own.
std::vector<qint64> rowCounts(const QString &db)
{
    std::vector<qint64> counts;
    withConnection(db, [&](QSqlQuery &q) {
        for (const char *table : {"initiative", "organisation", "source", "funding",
                                  "initiative_partner", "initiative_country", "change_log"}) {
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
            REQUIRE(q.next());
            counts.push_back(q.value(0).toLongLong());
        }
    });
    return counts;
}

// The file is refused in the library (the catalogue's content unchanged) and
// through the command line (exit 1, no row written), also with --dry-run.
void refused(const QByteArray &bytes, const QString &extension, ImportFormat format, const Bad &bad)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(bad.name + QLatin1Char('.') + extension);
    writeFile(file, bytes);

    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const CatalogueContent before = okValue(store->content());
    const qint64 countBefore = okValue(store->initiativeCount());
    const Status s = importInto(*store, file, format);
    REQUIRE_FALSE(s.ok());
    checkMessage(s.error().message, file, bad);
    CHECK(okValue(store->initiativeCount()) == countBefore);
    CHECK(okValue(store->content()) == before);

    CatalogueFile catalogue;
    const std::vector<qint64> rowsBefore = rowCounts(catalogue.path);
    for (const bool dryRun : {false, true}) {
        QStringList args{QStringLiteral("import"), file, QStringLiteral("--db"), catalogue.path};
        if (dryRun)
            args << QStringLiteral("--dry-run");
        const Run r = cli(args);
        INFO(r.out.toStdString());
        CHECK(r.code == 1);
        checkMessage(r.err, file, bad);
        CHECK(rowCounts(catalogue.path) == rowsBefore);
    }
}

// The same file without its bad record imports: the test files are good
// but for the one record.
void goodWithout(const QByteArray &bytes, const QString &extension, ImportFormat format,
                 int records)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("good.") + extension);
    writeFile(file, bytes);
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const qint64 countBefore = okValue(store->initiativeCount());
    const ImportReport report = importFile(*store, file, format);
    CHECK(report.added == records);
    CHECK(okValue(store->initiativeCount()) == countBefore + records);
}

} // namespace

TEST_CASE("Import rules: the good files import whole", "[import][import-rules]")
{
    goodWithout(jsonFile({}), QStringLiteral("json"), ImportFormat::Json, 6);
    goodWithout(csvFile({}), QStringLiteral("csv"), ImportFormat::Csv, 6);
    goodWithout(iatiFile({}), QStringLiteral("xml"), ImportFormat::Iati, 6);
}

TEST_CASE("Import rules: one bad record stops a catalogue (JSON) import", "[import][import-rules]")
{
    SECTION("a negative amount")
    {
        refused(jsonFile(QStringLiteral("negative-amount")), QStringLiteral("json"),
                ImportFormat::Json,
                {QStringLiteral("negative-amount"), QStringLiteral("new-4"),
                 QStringLiteral("funding[0].amount")});
    }
    SECTION("a duplicate id")
    {
        refused(
            jsonFile(QStringLiteral("duplicate-id")), QStringLiteral("json"), ImportFormat::Json,
            {QStringLiteral("duplicate-id"), QStringLiteral("new-2"), QStringLiteral("\"id\"")});
    }
    SECTION("an unknown organisation")
    {
        refused(jsonFile(QStringLiteral("unknown-organisation")), QStringLiteral("json"),
                ImportFormat::Json,
                {QStringLiteral("unknown-organisation"), QStringLiteral("new-3"),
                 QStringLiteral("partners[0].organisation")});
    }
}

TEST_CASE("Import rules: one bad row stops a CSV import", "[import][import-rules]")
{
    SECTION("a duplicate id")
    {
        refused(
            csvFile(QStringLiteral("duplicate-id")), QStringLiteral("csv"), ImportFormat::Csv,
            {QStringLiteral("duplicate-id"), QStringLiteral("csv-2"), QStringLiteral("\"id\"")});
    }
    SECTION("an unknown organisation id")
    {
        refused(csvFile(QStringLiteral("unknown-organisation")), QStringLiteral("csv"),
                ImportFormat::Csv,
                {QStringLiteral("unknown-organisation"), QStringLiteral("csv-3"),
                 QStringLiteral("partners[0].organisation")});
    }
    SECTION("an unknown country")
    {
        refused(csvFile(QStringLiteral("unknown-country")), QStringLiteral("csv"),
                ImportFormat::Csv,
                {QStringLiteral("unknown-country"), QStringLiteral("csv-5"),
                 QStringLiteral("countries[0].code")});
    }
    SECTION("an empty title")
    {
        refused(csvFile(QStringLiteral("no-title")), QStringLiteral("csv"), ImportFormat::Csv,
                {QStringLiteral("no-title"), QStringLiteral("csv-2"), QStringLiteral("title")});
    }
    SECTION("a negative amount (once read as part of the organisation's name)")
    {
        refused(csvFile(QStringLiteral("negative-amount")), QStringLiteral("csv"),
                ImportFormat::Csv,
                {QStringLiteral("negative-amount"), QStringLiteral("csv-4"),
                 QStringLiteral("funding[0].amount")});
    }
}

TEST_CASE("Import rules: a CSV amount that is not a number is left out with a warning, the "
          "funding source kept",
          "[import][import-rules]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("amount.csv"));
    writeFile(file, csvFile(QStringLiteral("amount-not-a-number")));
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const ImportReport report = importFile(*store, file, ImportFormat::Csv);
    CHECK(report.added == 6);
    CHECK(report.warnings == 1);
    const CatalogueContent content = okValue(store->content());
    const auto found =
        std::find_if(content.initiatives.begin(), content.initiatives.end(),
                     [](const Initiative &in) { return in.id == QLatin1String("csv-4"); });
    REQUIRE(found != content.initiatives.end());
    REQUIRE(found->funding.size() == 1);
    CHECK(found->funding[0].source == QLatin1String("sscaf"));
    CHECK_FALSE(found->funding[0].amount.has_value());
    CHECK(found->funding[0].year == 2019);
}

TEST_CASE("Import rules: one bad activity stops an IATI import", "[import][import-rules]")
{
    SECTION("a duplicate identifier")
    {
        refused(iatiFile(QStringLiteral("duplicate-id")), QStringLiteral("xml"), ImportFormat::Iati,
                {QStringLiteral("duplicate-id"), QStringLiteral("XX-RULES-2"),
                 QStringLiteral("\"id\"")});
    }
    SECTION("an activity without a title")
    {
        refused(
            iatiFile(QStringLiteral("no-title")), QStringLiteral("xml"), ImportFormat::Iati,
            {QStringLiteral("no-title"), QStringLiteral("XX-RULES-4"), QStringLiteral("title")});
    }
}

TEST_CASE("Import rules: the message gives the bad record's line", "[import][import-rules]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(file, csvFile(QStringLiteral("unknown-country")));
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const Status s = importInto(*store, file, ImportFormat::Csv);
    REQUIRE_FALSE(s.ok());
    // csv-5 is the fifth row after the header: line 6.
    CHECK(s.error().message.contains(QStringLiteral("line 6")));
}
