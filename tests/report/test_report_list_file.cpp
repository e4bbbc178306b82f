// A report for CSV or XLSX keeps its list in a temporary file (a million
// rows would take gigabytes of memory) and reads it back in title order:
// the files are the same as from a list in memory, and the file goes with
// the report, or at once when building is cancelled.
#include "TestSupport.h"

#include "core/generator/CatalogueGenerator.h"
#include "report/Report.h"
#include "report/ReportListFile.h"
#include "report/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>

#include <nlohmann/json.hpp>

#include <atomic>
#include <map>

#include <unistd.h>

using namespace ssc;
using namespace ssc::test;

namespace {

// 1,200 generated initiatives: more than one chunk of reading, and rows
// that arrive in storage order, not title order.
std::unique_ptr<CatalogueStore> generatedStore()
{
    const CatalogueGenerator generator(11);
    CatalogueContent content = generator.base();
    for (qint64 i = 0; i < 1200; ++i)
        content.initiatives.push_back(generator.initiative(i));
    return storeWith(content);
}

std::vector<ReportInitiative> listed(const Report &r)
{
    std::vector<ReportInitiative> rows;
    const Status read = r.forEachListed([&](const ReportInitiative &in) { rows.push_back(in); });
    REQUIRE(read.ok());
    return rows;
}

bool same(const ReportInitiative &a, const ReportInitiative &b)
{
    return a.id == b.id && a.title == b.title && a.countries == b.countries &&
           a.programmeAreas == b.programmeAreas && a.partners == b.partners &&
           a.funding == b.funding && a.years == b.years && a.status == b.status &&
           a.sources == b.sources;
}

// The files with a name in dir, hidden ones too.
QStringList namedIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// The files this process has open in dir, named or not: on Linux the list
// file has no name (O_TMPFILE) and shows only in /proc/self/fd, as
// "dir/#1234 (deleted)".
int openIn(const QString &dir)
{
    const QByteArray prefix = QFile::encodeName(QDir(dir).canonicalPath()) + '/';
    const QDir fds(QStringLiteral("/proc/self/fd"));
    int n = 0;
    for (const QString &fd :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const ssize_t length =
            ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target);
        if (length > 0 && QByteArray(target, qsizetype(length)).startsWith(prefix))
            ++n;
    }
    return n;
}

// The workbook's sheets and their rows, read by openpyxl.
QByteArray xlsxCells(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral(R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        print(ws.title, repr(row))
)"),
                                                 path});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

// The temporary folder pointed at dir while a test runs.
struct TempFolder
{
    explicit TempFolder(const QString &dir) : m_old(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", QFile::encodeName(dir));
    }
    ~TempFolder() { qputenv("TMPDIR", m_old); }
    QByteArray m_old;
};

} // namespace

TEST_CASE("A list kept on disk reads back in title order and writes the same CSV and XLSX",
          "[report][stream]")
{
    QTemporaryDir dir, temp;
    const TempFolder folder(temp.path());
    auto store = generatedStore();
    const ReportBuilder builder(*store);
    const std::vector<qint64> ids = okValue(builder.idsFor({}));
    ReportOptions options;
    options.title = QStringLiteral("=SUM(A1) list, \"quoted\"");
    const Report inMemory = okValue(builder.build(ids, builder.describe({}), options));
    options.listOnDisk = true;
    Report onDisk = okValue(builder.build(ids, builder.describe({}), options));
    onDisk.generated = inMemory.generated;

    REQUIRE(onDisk.listFile);
    CHECK(onDisk.initiatives.empty());
    CHECK(onDisk.listedCount() == qint64(ids.size()));
    CHECK(onDisk.breakdowns == inMemory.breakdowns);
    CHECK(onDisk.sources == inMemory.sources);

    // With no folder given, in the system's temporary folder; reading it
    // gives it no name (Linux makes it without one).
    CHECK(openIn(temp.path()) == 1);
    const QStringList named = namedIn(temp.path());
    CHECK(named.size() <= 1);

    // In title order, as the window lists them, each row as from memory.
    const std::vector<ReportInitiative> rows = listed(onDisk);
    CHECK(namedIn(temp.path()) == named);
    REQUIRE(rows.size() == inMemory.initiatives.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO(i);
        REQUIRE(same(rows[i], inMemory.initiatives[i]));
    }
    const std::vector<InitiativeRow> byTitle = okValue(store->page({}, PageRequest{{}, 0, 200}));
    for (std::size_t i = 0; i < byTitle.size(); ++i)
        CHECK(rows[i].id == byTitle[i].id);

    // The CSV written a buffer at a time from disk, byte for byte the same.
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    REQUIRE(writeReport(onDisk, ReportFormat::Csv, csv).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == reportCsv(inMemory));
    CHECK(reportCsv(onDisk) == reportCsv(inMemory));

    // The XLSX's list sheet, read by openpyxl, the same cells.
    const QString fromDisk = dir.filePath(QStringLiteral("disk.xlsx"));
    const QString fromMemory = dir.filePath(QStringLiteral("memory.xlsx"));
    REQUIRE(writeReport(onDisk, ReportFormat::Xlsx, fromDisk).ok());
    REQUIRE(writeReport(inMemory, ReportFormat::Xlsx, fromMemory).ok());
    const auto sheets = xlsxCells;
    const QByteArray diskCells = sheets(fromDisk);
    CHECK(diskCells.count("\nInitiatives ") == qsizetype(ids.size()) + 1); // and the heading
    CHECK(diskCells == sheets(fromMemory));

    // The JSON streamed a row at a time from disk, byte for byte the
    // document from memory, which is what nlohmann::json dumps of it whole
    // (the format before it was streamed), and it parses.
    const QString jsonPath = dir.filePath(QStringLiteral("list.json"));
    REQUIRE(writeReport(onDisk, ReportFormat::Json, jsonPath).ok());
    QFile jsonFile(jsonPath);
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray streamed = jsonFile.readAll();
    CHECK(streamed == reportJson(inMemory));
    CHECK(reportJson(onDisk) == streamed);
    const nlohmann::json parsed = nlohmann::json::parse(streamed.toStdString());
    CHECK(QByteArray::fromStdString(parsed.dump(2)) + '\n' == streamed);
    CHECK(parsed["initiatives"].size() == ids.size());
    CHECK(parsed["initiativesListed"] == ids.size());
    CHECK(parsed["initiatives"][0]["id"] == rows[0].id.toStdString());
    CHECK(parsed["title"] == options.title.toStdString());
    // An empty list, and a report without one, as the whole dump gives them.
    for (const bool withList : {true, false}) {
        ReportOptions none = options;
        none.initiatives = withList;
        none.listLimit = withList ? 0 : -1;
        const Report empty = okValue(builder.build(ids, builder.describe({}), none));
        const QByteArray bytes = reportJson(empty);
        const nlohmann::json j = nlohmann::json::parse(bytes.toStdString());
        CHECK(QByteArray::fromStdString(j.dump(2)) + '\n' == bytes);
        CHECK(j["initiatives"] == nlohmann::json::array());
        CHECK(j["initiativesListed"] == 0);
    }

    // The other writers read the list from memory: they refuse rather than
    // leave it out.
    const Status html = writeReport(onDisk, ReportFormat::Html, dir.filePath("list.html"));
    CHECK_FALSE(html.ok());
    CHECK_FALSE(QFile::exists(dir.filePath("list.html")));

    // The file goes with the last copy of the report.
    {
        const Report copy = onDisk;
        onDisk = Report{};
        CHECK(openIn(temp.path()) == 1);
        CHECK(listed(copy).size() == rows.size());
    }
    CHECK(openIn(temp.path()) == 0);
    CHECK(namedIn(temp.path()).isEmpty());
}

TEST_CASE("A shortened list on disk says so, and a cancelled build leaves no file",
          "[report][stream]")
{
    // The list goes in the folder given (the report's), not in the
    // system's temporary folder.
    QTemporaryDir folder, elsewhere;
    const TempFolder systemTemp(elsewhere.path());
    auto store = generatedStore();
    const ReportBuilder builder(*store);
    const std::vector<qint64> ids = okValue(builder.idsFor({}));
    ReportOptions options;
    options.listOnDisk = true;
    options.listLimit = 3;
    options.temporaryFolder = folder.path();
    const Report limited = okValue(builder.build(ids, QStringLiteral("All"), options));
    CHECK(limited.listedCount() == 3);
    CHECK(limited.listShortened());
    CHECK(limited.listNote().contains(QStringLiteral("first 3 of 1,200")));
    CHECK(listed(limited).size() == 3);
    CHECK(openIn(folder.path()) == 1);
    CHECK(openIn(elsewhere.path()) == 0);
    const QStringList named = namedIn(folder.path());

    // Cancelled after a chunk has been read and listed, while its file is
    // there beside the limited report's.
    options.listLimit = -1;
    int calls = 0, openDuring = 0;
    const Result<Report> cancelled =
        builder.build(ids, QStringLiteral("All"), options, [&](qint64, qint64) {
            openDuring = std::max(openDuring, openIn(folder.path()));
            return ++calls < 2;
        });
    CHECK_FALSE(cancelled.ok());
    CHECK(calls == 2);
    CHECK(openDuring == 2);
    CHECK(openIn(folder.path()) == 1); // the limited report's only
    CHECK(namedIn(folder.path()) == named);

    // Written there, as CSV and XLSX (whose own temporary files go there
    // too): the reports, and nothing else, are left.
    REQUIRE(writeReport(limited, ReportFormat::Csv, folder.filePath(QStringLiteral("r.csv"))).ok());
    REQUIRE(
        writeReport(limited, ReportFormat::Xlsx, folder.filePath(QStringLiteral("r.xlsx"))).ok());
    CHECK(namedIn(folder.path()) ==
          named + QStringList{QStringLiteral("r.csv"), QStringLiteral("r.xlsx")});
    CHECK(openIn(folder.path()) == 1);

    // A folder that cannot hold it: the system's temporary folder.
    options.listLimit = 3;
    options.temporaryFolder = folder.filePath(QStringLiteral("gone"));
    const Report fallback = okValue(builder.build(ids, QStringLiteral("All"), options));
    CHECK(openIn(elsewhere.path()) == 1);
    CHECK(listed(fallback).size() == 3);
}

TEST_CASE("An XLSX list longer than a worksheet goes on to \"Initiatives (2)\"", "[report][stream]")
{
    QTemporaryDir dir;
    auto store = generatedStore();
    const ReportBuilder builder(*store);
    const std::vector<qint64> ids = okValue(builder.idsFor({}));
    ReportOptions options;
    options.listOnDisk = true;
    options.temporaryFolder = dir.path();
    const Report report = okValue(builder.build(ids, QStringLiteral("All"), options));
    const std::vector<ReportInitiative> rows = listed(report);
    REQUIRE(rows.size() == 1200);

    // Sheets of 500 rows for the test (Excel's are 1,048,576): a heading
    // and 499 initiatives each.
    const int excelRows = setXlsxSheetRows(500);
    const auto restore = qScopeGuard([excelRows] { setXlsxSheetRows(excelRows); });
    CHECK(excelRows == 1048576);
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    REQUIRE(writeReport(report, ReportFormat::Xlsx, path).ok());

    QStringList sheets;
    std::map<QString, QStringList> idsBySheet;
    for (const QByteArray &line : xlsxCells(path).split('\n')) {
        const QString text = QString::fromUtf8(line);
        const qsizetype open = text.indexOf(QStringLiteral(" ('"));
        if (open < 0)
            continue;
        const QString sheet = text.left(open);
        if (sheets.isEmpty() || sheets.constLast() != sheet)
            sheets << sheet;
        const qsizetype end = text.indexOf(QLatin1Char('\''), open + 3);
        idsBySheet[sheet] << text.mid(open + 3, end - open - 3);
    }
    CHECK(sheets.mid(0, 4) == QStringList{QStringLiteral("Summary"), QStringLiteral("Initiatives"),
                                          QStringLiteral("Initiatives (2)"),
                                          QStringLiteral("Initiatives (3)")});
    CHECK_FALSE(sheets.contains(QStringLiteral("Initiatives (4)")));
    QStringList all;
    for (const char *name : {"Initiatives", "Initiatives (2)", "Initiatives (3)"}) {
        const QStringList cells = idsBySheet[QString::fromLatin1(name)];
        INFO(name);
        REQUIRE_FALSE(cells.isEmpty());
        CHECK(cells.constFirst() == QStringLiteral("Identifier")); // each with the heading
        CHECK(cells.size() == (all.size() < 998 ? 500 : 203));
        all << cells.mid(1);
    }
    REQUIRE(all.size() == 1200);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO(i);
        CHECK(all[qsizetype(i)] == rows[i].id);
    }
}

TEST_CASE("Writing a report stops when cancelled and leaves no file", "[report][stream]")
{
    QTemporaryDir dir;
    auto store = generatedStore();
    const ReportBuilder builder(*store);
    const std::vector<qint64> ids = okValue(builder.idsFor({}));
    for (const bool onDisk : {true, false}) {
        for (const ReportFormat format :
             {ReportFormat::Csv, ReportFormat::Xlsx, ReportFormat::Json}) {
            INFO("on disk " << onDisk << ", " << reportFormatSuffix(format).toStdString());
            ReportOptions options;
            options.listOnDisk = onDisk;
            options.temporaryFolder = dir.path();
            // Cancelled after 300 of the 1,200 rows have been written.
            std::atomic<int> asked = 0;
            options.cancelled = [&asked] { return ++asked > 300; };
            Report report = okValue(builder.build(ids, QStringLiteral("All"), options));
            const QString path =
                dir.filePath(QStringLiteral("cancelled.") + reportFormatSuffix(format));
            const Status written = writeReport(report, format, path);
            REQUIRE_FALSE(written.ok());
            CHECK(written.error().kind == Error::Kind::Cancelled);
            CHECK(written.error().message == QStringLiteral("Cancelled"));
            CHECK(asked == 301); // stopped at once
            CHECK_FALSE(QFile::exists(path));
            CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
            CHECK(namedIn(dir.path()).isEmpty());
            CHECK(openIn(dir.path()) == (onDisk ? 1 : 0)); // the list's file only

            // Not cancelled, the same report writes whole; then it goes, and
            // its list file with it.
            report.options.cancelled = [] { return false; };
            REQUIRE(writeReport(report, format, path).ok());
            CHECK(namedIn(dir.path()) == QStringList{QFileInfo(path).fileName()});
            REQUIRE(QFile::remove(path));
            report = Report{};
            CHECK(openIn(dir.path()) == 0);
        }
    }
}

TEST_CASE("A report cancelled after its rows are written is not put in place", "[report][stream]")
{
    QTemporaryDir dir;
    auto store = generatedStore();
    const ReportBuilder builder(*store);
    const std::vector<qint64> ids = okValue(builder.idsFor({}));
    for (const ReportFormat format : {ReportFormat::Csv, ReportFormat::Xlsx, ReportFormat::Json}) {
        INFO(reportFormatSuffix(format).toStdString());
        ReportOptions options;
        options.listOnDisk = true;
        options.temporaryFolder = dir.path();
        Report report = okValue(builder.build(ids, QStringLiteral("All"), options));
        // Cancel comes once every row has been walked: while the file is
        // finished (XLSX's packing), before it is moved into place.
        std::atomic<qint64> asked = 0;
        const qint64 rows = qint64(ids.size());
        report.options.cancelled = [&asked, rows] { return ++asked > rows; };
        const QString path = dir.filePath(QStringLiteral("late.") + reportFormatSuffix(format));
        const Status written = writeReport(report, format, path);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().kind == Error::Kind::Cancelled);
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
        CHECK(namedIn(dir.path()).isEmpty());
    }
}
