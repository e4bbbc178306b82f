#include "CliTestSupport.h"

#include "cli/CommandLine.h"
#include "core/index/IndexedQuery.h"
#include "core/storage/CatalogueStore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <nlohmann/json.hpp>

using namespace ssc;
using namespace ssc::test;

namespace {

nlohmann::json parse(const QString &text)
{
    return nlohmann::json::parse(text.toStdString());
}

} // namespace

TEST_CASE("list filters, sorts and prints table, JSON and CSV", "[cli]")
{
    CatalogueFile db;
    Run r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("6 of 6 initiatives")));
    CHECK(r.err.isEmpty());

    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QStringLiteral("--country"),
             QStringLiteral("Ethiopia"), QStringLiteral("--role"), QStringLiteral("recipient"),
             QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    auto doc = parse(r.out);
    CHECK(doc["total"] == 2);
    REQUIRE(doc["initiatives"].size() == 2);
    CHECK(doc["initiatives"][0]["id"] == "emtct-cuba-ethiopia");
    CHECK(doc["initiatives"][1]["id"] == "mnch-china-uganda");
    CHECK(doc["initiatives"][0]["startYear"] == 2019);

    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QStringLiteral("--country"),
             QStringLiteral("ET"), QStringLiteral("--country"), QStringLiteral("st"),
             QStringLiteral("--area"), QStringLiteral("Health"), QStringLiteral("--from"),
             QStringLiteral("2020"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    doc = parse(r.out);
    CHECK(doc["total"] == 2);

    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QStringLiteral("--search"),
             QStringLiteral("Sao Tome"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("ID,Title,Countries")));
    CHECK(lines[1].startsWith(QStringLiteral("brazil-sao-tome-ecd,Early childhood exchange")));

    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QStringLiteral("--sort"),
             QStringLiteral("years"), QStringLiteral("--desc"), QStringLiteral("--limit"),
             QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    doc = parse(r.out);
    CHECK(doc["total"] == 6);
    REQUIRE(doc["initiatives"].size() == 1);
    CHECK(doc["initiatives"][0]["id"] == "cash-transfers-cop");

    for (const char *flag : {"--partner", "--funding"}) {
        r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QString::fromLatin1(flag),
                 QStringLiteral("SSCAF"), QStringLiteral("--type"), QStringLiteral("Study tour"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(r.code == 0);
        CHECK(parse(r.out)["total"] == (QByteArray(flag) == "--funding" ? 1 : 0));
    }
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QStringLiteral("--sdg"),
             QStringLiteral("3"), QStringLiteral("--status"), QStringLiteral("ongoing"),
             QStringLiteral("--modality"), QStringLiteral("technical-assistance"),
             QStringLiteral("--region"), QStringLiteral("Eastern Africa"), QStringLiteral("--to"),
             QStringLiteral("2019"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    CHECK(parse(r.out)["total"] == 1);
}

TEST_CASE("facets prints cross-filtered counts", "[cli]")
{
    CatalogueFile db;
    Run r =
        cli({QStringLiteral("facets"), QStringLiteral("--db"), db.path, QStringLiteral("--country"),
             QStringLiteral("ET"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const auto doc = parse(r.out);
    CHECK(doc["total"] == 3);
    std::map<std::string, int> countries;
    for (const auto &v : doc["facets"]["country"])
        countries[v["value"]] = v["count"];
    CHECK(countries["ET"] == 3);
    CHECK(countries["ST"] == 1); // not narrowed by the country selection itself
    std::map<std::string, int> areas;
    for (const auto &v : doc["facets"]["programme-area"])
        areas[v["value"]] = v["count"];
    CHECK(areas["health"] == 2);
    CHECK(areas.count("ecd") == 0);

    r = cli({QStringLiteral("facets"), QStringLiteral("--db"), db.path, QStringLiteral("--facet"),
             QStringLiteral("status")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Ongoing")));
    CHECK_FALSE(r.out.contains(QStringLiteral("country ")));

    r = cli({QStringLiteral("facets"), QStringLiteral("--db"), db.path, QStringLiteral("--format"),
             QStringLiteral("csv")});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("Facet,Value,Name,Count\r\n")));
    CHECK(r.out.contains(QStringLiteral("sdg,3,Good health and well-being,2\r\n")));
}

TEST_CASE("show prints one initiative", "[cli]")
{
    CatalogueFile db;
    Run r = cli({QStringLiteral("show"), QStringLiteral("emtct-cuba-ethiopia"),
                 QStringLiteral("--db"), db.path});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("EMTCT technical assistance from Cuba to Ethiopia")));
    CHECK(r.out.contains(QStringLiteral("Provider: Cuba (CU)")));
    CHECK(r.out.contains(QStringLiteral("Facilitator: Brazil (BR)")));
    CHECK(r.out.contains(QStringLiteral("Funding: SSCAF: USD 250,000 (2019)")));
    CHECK(r.out.contains(QStringLiteral("Source: [fixture] Test fixture document")));

    r = cli({QStringLiteral("show"), QStringLiteral("emtct-cuba-ethiopia"), QStringLiteral("--db"),
             db.path, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const auto one = CatalogueJson::parse(r.out.toUtf8(), QStringLiteral("show"));
    REQUIRE(one.ok());
    REQUIRE(one->initiatives.size() == 1);
    CHECK(one->initiatives[0].funding[0].amount == 250000.0);
    CHECK(one->organisations.size() == 3);

    r = cli(
        {QStringLiteral("show"), QStringLiteral("no-such-thing"), QStringLiteral("--db"), db.path});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no initiative \"no-such-thing\"")));
}

TEST_CASE("export writes the catalogue or the filtered part and import reads it back", "[cli]")
{
    CatalogueFile db;
    const QString all = db.dir.filePath(QStringLiteral("all.json"));
    Run r = cli({QStringLiteral("export"), all, QStringLiteral("--db"), db.path});
    REQUIRE(r.code == 0);
    const auto exported = CatalogueJson::readFile(all);
    REQUIRE(exported.ok());
    // The records as they came, and the history they travel with: the import.
    CatalogueContent records = *exported;
    REQUIRE(records.history.size() == 1);
    CHECK(records.history.front().action == ChangeRecord::Action::Import);
    CHECK(records.history.front().file == QStringLiteral("small-catalogue.json"));
    records.history.clear();
    CHECK(records == loadFixture(QStringLiteral("small-catalogue.json")));

    const QString part = db.dir.filePath(QStringLiteral("part.json"));
    r = cli({QStringLiteral("export"), part, QStringLiteral("--db"), db.path,
             QStringLiteral("--area"), QStringLiteral("health")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Exported 2 initiatives")));
    const QString other = db.dir.filePath(QStringLiteral("other.ssccat"));
    r = cli({QStringLiteral("import"), part, QStringLiteral("--db"), other});
    REQUIRE(r.code == 0);
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), other, QStringLiteral("--format"),
             QStringLiteral("json")});
    CHECK(parse(r.out)["total"] == 2);

    // Importing the same file again changes nothing: the records are there as they are.
    r = cli({QStringLiteral("import"), part, QStringLiteral("--db"), other,
             QStringLiteral("--dry-run")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Added: 0")));
    CHECK(r.out.contains(QStringLiteral("Unchanged (skipped): 2")));
}

TEST_CASE("Usage and input errors exit 1, catalogue errors exit 2, one line on stderr",
          "[cli][bad-input]")
{
    CatalogueFile db;
    auto oneLine = [](const Run &r) {
        return r.err.endsWith(QLatin1Char('\n')) && r.err.count(QLatin1Char('\n')) == 1;
    };
    Run r = cli({QStringLiteral("frobnicate")});
    CHECK(r.code == 1);
    CHECK(oneLine(r));
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QStringLiteral("--country"),
             QStringLiteral("Atlantis")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("--country: unknown country \"Atlantis\"")));
    CHECK(oneLine(r));
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QStringLiteral("--format"),
             QStringLiteral("xml")});
    CHECK(r.code == 1);
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QStringLiteral("--from"),
             QStringLiteral("soon")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("--from")));
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QStringLiteral("--bogus")});
    CHECK(r.code == 1);
    CHECK(oneLine(r));
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path, QStringLiteral("--partner"),
             QStringLiteral("Nobody")});
    CHECK(r.code == 1);

    const QString bad = db.dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{ \"format\": \"ssc-catalogue\", \"formatVersion\": 1,\n \"initiatives\": [ }");
    }
    r = cli({QStringLiteral("import"), bad, QStringLiteral("--db"), db.path});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("line 2")));
    CHECK(oneLine(r));

    const QString notCatalogue = db.dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notCatalogue);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    r = cli({QStringLiteral("list"), QStringLiteral("--db"), notCatalogue});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("not an SSC catalogue")));
    CHECK(oneLine(r));
    r = cli({QStringLiteral("list"), QStringLiteral("--db"),
             db.dir.filePath(QStringLiteral("missing.ssccat"))});
    CHECK(r.code == 2);
    CHECK_FALSE(QFile::exists(db.dir.filePath(QStringLiteral("missing.ssccat"))));

    r = cli({QStringLiteral("export"), QStringLiteral("/nonexistent-dir/x.json"),
             QStringLiteral("--db"), db.path});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("/nonexistent-dir/x.json")));
}

TEST_CASE("Catalogue problems exit 2 and leave the file alone", "[cli][bad-input]")
{
    CatalogueFile db;
    const QByteArray before = readAll(db.path);
    QFile::setPermissions(db.path, QFileDevice::ReadOwner);
    Run r = cli({QStringLiteral("list"), QStringLiteral("--db"), db.path});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("read-only")));
    r = cli({QStringLiteral("import"), fixturePath(QStringLiteral("small-catalogue.json")),
             QStringLiteral("--db"), db.path});
    CHECK(r.code == 2);
    CHECK(readAll(db.path) == before);
}

TEST_CASE("Options may come before the command, and checks write nothing", "[cli]")
{
    CatalogueFile db;
    Run r = cli({QStringLiteral("--db"), db.path, QStringLiteral("list"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    CHECK(parse(r.out)["total"] == 6);

    const QString fresh = db.dir.filePath(QStringLiteral("fresh.ssccat"));
    r = cli({QStringLiteral("import"), fixturePath(QStringLiteral("small-catalogue.json")),
             QStringLiteral("--dry-run"), QStringLiteral("--db"), fresh});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("nothing has been written")));
    CHECK_FALSE(QFile::exists(fresh));

    const QByteArray before = readAll(db.path);
    r = cli({QStringLiteral("export"), db.path, QStringLiteral("--db"), db.path});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("the catalogue itself")));
    CHECK(readAll(db.path) == before);
}

TEST_CASE("Every command has --help", "[cli]")
{
    for (const char *command : {"list", "facets", "show", "import", "export"}) {
        const Run r = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        INFO(command);
        CHECK(r.code == 0);
        CHECK(r.out.contains(QStringLiteral("--db")));
    }
    const Run list = cli({QStringLiteral("list"), QStringLiteral("--help")});
    for (const char *flag :
         {"--country", "--role", "--region", "--area", "--partner", "--funding", "--modality",
          "--type", "--sdg", "--from", "--to", "--status", "--search", "--format", "--sort"})
        CHECK(list.out.contains(QString::fromLatin1(flag)));
    const Run top = cli({QStringLiteral("--help")});
    CHECK(top.code == 0);
    CHECK(top.out.contains(QStringLiteral("Exit codes")));
}

TEST_CASE("The executable runs commands headless and returns their exit codes", "[cli][process]")
{
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    // No --db: the user's catalogue is created from the bundled one.
    p.start(QStringLiteral(SSC_EXECUTABLE),
            {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--limit"), QStringLiteral("0")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 0);
    const auto doc = nlohmann::json::parse(p.readAllStandardOutput().toStdString());
    CHECK(doc["total"].get<int>() >= 20);
    CHECK(
        QFile::exists(dir.filePath(QStringLiteral("SSCCatalogue/ssc-catalogue/catalogue.ssccat"))));

    p.start(QStringLiteral(SSC_EXECUTABLE), {QStringLiteral("show"), QStringLiteral("nope")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 1);
    // One line, and one that says something: empty stderr is not one line.
    const QString err = QString::fromUtf8(p.readAllStandardError());
    CHECK(err.endsWith(QLatin1Char('\n')));
    CHECK(err.count(QLatin1Char('\n')) == 1);
    CHECK(err.contains(QStringLiteral("nope")));
}

TEST_CASE("report writes the filtered initiatives' summary, and says what is wrong",
          "[cli][report]")
{
    CatalogueFile file;
    const QString csv = file.dir.filePath(QStringLiteral("health.csv"));
    Run r =
        cli({QStringLiteral("report"), QStringLiteral("--db"), file.path, QStringLiteral("--area"),
             QStringLiteral("health"), QStringLiteral("--output"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const Run listed =
        cli({QStringLiteral("list"), QStringLiteral("--db"), file.path, QStringLiteral("--area"),
             QStringLiteral("health"), QStringLiteral("--format"), QStringLiteral("json")});
    const int total = parse(listed.out)["total"].get<int>();
    CHECK(r.out.contains(QStringLiteral("on %1 initiatives").arg(total)));
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    CHECK(text.contains(QStringLiteral("Headline figures,Initiatives,%1,").arg(total)));
    CHECK(text.contains(QStringLiteral("Programme area: Health")));
    // Without --title, the title is the filter in words, as the window offers.
    CHECK(text.contains(QStringLiteral("Report,Title,,,,Health initiatives\r\n")));

    // JSON by --format whatever the extension; sections chosen.
    const QString data = file.dir.filePath(QStringLiteral("summary.txt"));
    r = cli({QStringLiteral("report"), QStringLiteral("--db"), file.path,
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--sections"),
             QStringLiteral("headline"), QStringLiteral("--output"), data});
    REQUIRE(r.code == 0);
    QFile json(data);
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(nlohmann::json::parse(json.readAll().toStdString())["initiatives"].empty());

    const QString missing = file.dir.filePath(QStringLiteral("no/such/dir/r.csv"));
    r = cli({QStringLiteral("report"), QStringLiteral("--db"), file.path,
             QStringLiteral("--output"), missing});
    CHECK(r.code == CommandLine::InputError);
    CHECK(r.err.contains(missing));
    r = cli({QStringLiteral("report"), QStringLiteral("--db"), file.path,
             QStringLiteral("--output"), file.dir.filePath(QStringLiteral("r.doc"))});
    CHECK(r.code == CommandLine::InputError);
    CHECK(r.err.contains(QStringLiteral("expected pdf, html, md, csv, xlsx or json")));
    r = cli({QStringLiteral("report"), QStringLiteral("--db"), file.path,
             QStringLiteral("--sections"), QStringLiteral("headline,maps"),
             QStringLiteral("--output"), csv});
    CHECK(r.code == CommandLine::InputError);
    CHECK(r.err.contains(QStringLiteral("\"maps\"")));
    r = cli({QStringLiteral("report"), QStringLiteral("--db"), file.path, QStringLiteral("--logo"),
             csv, QStringLiteral("--output"), csv});
    CHECK(r.code == CommandLine::InputError);
    CHECK(r.err.contains(QStringLiteral("--logo")));
    r = cli({QStringLiteral("report"), QStringLiteral("--db"), file.path,
             QStringLiteral("--list-limit"), QStringLiteral("many"), QStringLiteral("--output"),
             csv});
    CHECK(r.code == CommandLine::InputError);
    CHECK(r.err.contains(QStringLiteral("--list-limit")));
    // A limited list in the data formats too, when asked.
    const QString limited = file.dir.filePath(QStringLiteral("limited.json"));
    r = cli({QStringLiteral("report"), QStringLiteral("--db"), file.path,
             QStringLiteral("--list-limit"), QStringLiteral("2"), QStringLiteral("--output"),
             limited});
    REQUIRE(r.code == CommandLine::Success);
    QFile limitedJson(limited);
    REQUIRE(limitedJson.open(QIODevice::ReadOnly));
    CHECK(nlohmann::json::parse(limitedJson.readAll().toStdString())["initiativesListed"] == 2);
}

TEST_CASE("report draws PDF and HTML headless: the program makes a graphical application",
          "[cli][report][process]")
{
    CatalogueFile file;
    // In this process (a QCoreApplication) PDF and HTML are refused, not
    // drawn with fonts that are not there (which aborts).
    for (const char *name : {"in.html", "in.pdf"}) {
        const QString out = file.dir.filePath(QString::fromLatin1(name));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), file.path,
                           QStringLiteral("--output"), out});
        INFO(r.err.toStdString());
        CHECK(r.code == CommandLine::InputError);
        CHECK(r.err.contains(QStringLiteral("needs the graphical libraries")));
        CHECK_FALSE(QFileInfo::exists(out));
    }

    // The program itself, with no display and no platform chosen: the HTML
    // with its map and charts, the PDF.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    for (const char *name : {"r.html", "r.pdf"}) {
        const QString out = file.dir.filePath(QString::fromLatin1(name));
        p.start(QStringLiteral(SSC_EXECUTABLE), {QStringLiteral("report"), QStringLiteral("--db"),
                                                 file.path, QStringLiteral("--output"), out});
        REQUIRE(p.waitForFinished(60000));
        INFO(p.readAllStandardError().toStdString());
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == 0);
        REQUIRE(QFileInfo::exists(out));
    }
    const QByteArray html = readAll(file.dir.filePath(QStringLiteral("r.html")));
    CHECK(html.count("<svg") >= 2); // the map and the charts
    CHECK(readAll(file.dir.filePath(QStringLiteral("r.pdf"))).startsWith("%PDF"));
}

TEST_CASE("export --format iati and csv, then import --format with a saved report", "[cli][import]")
{
    CatalogueFile db;
    const QString xml = db.dir.filePath(QStringLiteral("out.xml"));
    Run r = cli({QStringLiteral("export"), xml, QStringLiteral("--format"), QStringLiteral("iati"),
                 QStringLiteral("--db"), db.path, QStringLiteral("--reporting-org"),
                 QStringLiteral("XM-DAC-41122")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("as IATI 2.03")));
    const QString other = db.dir.filePath(QStringLiteral("other.ssccat"));
    const QString report = db.dir.filePath(QStringLiteral("report.json"));
    r = cli({QStringLiteral("import"), xml, QStringLiteral("--format"), QStringLiteral("iati"),
             QStringLiteral("--db"), other, QStringLiteral("--report"), report});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("written to the catalogue")));
    CHECK(parse(QString::fromUtf8(readAll(report)))["rejected"] == 0);

    const QString csv = db.dir.filePath(QStringLiteral("out.csv"));
    r = cli({QStringLiteral("export"), csv, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--db"), db.path});
    REQUIRE(r.code == 0);
    r = cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db.path,
             QStringLiteral("--dry-run")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Unchanged (skipped): 6")));
    r = cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db.path,
             QStringLiteral("--format"), QStringLiteral("yaml")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("expected iati, csv or json")));
}

TEST_CASE("import and generate leave a current saved index, and commands answer the same from it "
          "as from SQL",
          "[cli][index]")
{
    CatalogueFile db;
    const QString saved = db.path + QStringLiteral(".facets");
    REQUIRE(QFileInfo::exists(saved));
    {
        auto store = CatalogueStore::open(db.path, CatalogueStore::OpenMode::ExistingOnly);
        REQUIRE(store.ok());
        auto installed = IndexedQuery::installIfSaved(**store);
        REQUIRE(installed.ok());
        CHECK(*installed);
        CHECK((*store)->engine().name() == QStringLiteral("index"));
    }

    const QList<QStringList> commands = {
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("years"),
         QStringLiteral("--desc"), QStringLiteral("--from"), QStringLiteral("2015")},
        {QStringLiteral("facets"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("facets"), QStringLiteral("--role"), QStringLiteral("recipient"),
         QStringLiteral("--search"), QStringLiteral("child")},
    };
    QStringList fromIndex;
    for (const QStringList &command : commands) {
        const Run r = cli(command + QStringList{QStringLiteral("--db"), db.path});
        REQUIRE(r.code == 0);
        fromIndex << r.out;
    }
    // Without a saved index the same commands are answered with SQL.
    REQUIRE(QFile::remove(saved));
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const Run r = cli(commands[i] + QStringList{QStringLiteral("--db"), db.path});
        REQUIRE(r.code == 0);
        CHECK(r.out == fromIndex[i]);
    }
    CHECK_FALSE(QFileInfo::exists(saved)); // a query alone does not build one

    const QString generated = db.dir.filePath(QStringLiteral("generated.ssccat"));
    const Run r = cli({QStringLiteral("generate"), QStringLiteral("--initiatives"),
                       QStringLiteral("300"), QStringLiteral("--db"), generated});
    REQUIRE(r.code == 0);
    auto store = CatalogueStore::open(generated, CatalogueStore::OpenMode::ExistingOnly);
    REQUIRE(store.ok());
    auto installed = IndexedQuery::installIfSaved(**store);
    REQUIRE(installed.ok());
    CHECK(*installed);
    CHECK((*store)->count({}).value() == 300);
}
