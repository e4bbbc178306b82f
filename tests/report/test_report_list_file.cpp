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

QStringList listFilesIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("ssc-report-list-*")}, QDir::Files);
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

    // In title order, as the window lists them, each row as from memory.
    const std::vector<ReportInitiative> rows = listed(onDisk);
    // Named once read (Linux makes it without a name until then).
    CHECK(listFilesIn(temp.path()).size() == 1);
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
    auto sheets = [](const QString &path) {
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
        REQUIRE(p.exitCode() == 0);
        return p.readAllStandardOutput();
    };
    const QByteArray diskCells = sheets(fromDisk);
    CHECK(diskCells.count("\nInitiatives ") == qsizetype(ids.size()) + 1); // and the heading
    CHECK(diskCells == sheets(fromMemory));

    // The other writers read the list from memory: they refuse rather than
    // leave it out.
    const Status html = writeReport(onDisk, ReportFormat::Html, dir.filePath("list.html"));
    CHECK_FALSE(html.ok());
    CHECK_FALSE(QFile::exists(dir.filePath("list.html")));

    // The file goes with the last copy of the report.
    {
        const Report copy = onDisk;
        onDisk = Report{};
        CHECK(listFilesIn(temp.path()).size() == 1);
        CHECK(listed(copy).size() == rows.size());
    }
    CHECK(listFilesIn(temp.path()).isEmpty());
}

TEST_CASE("A shortened list on disk says so, and a cancelled build leaves no file",
          "[report][stream]")
{
    QTemporaryDir temp;
    const TempFolder folder(temp.path());
    auto store = generatedStore();
    const ReportBuilder builder(*store);
    const std::vector<qint64> ids = okValue(builder.idsFor({}));
    ReportOptions options;
    options.listOnDisk = true;
    options.listLimit = 3;
    const Report limited = okValue(builder.build(ids, QStringLiteral("All"), options));
    CHECK(limited.listedCount() == 3);
    CHECK(limited.listShortened());
    CHECK(limited.listNote().contains(QStringLiteral("first 3 of 1,200")));
    CHECK(listed(limited).size() == 3);

    // Cancelled after a chunk has been read and listed.
    options.listLimit = -1;
    int calls = 0;
    const Result<Report> cancelled = builder.build(ids, QStringLiteral("All"), options,
                                                   [&](qint64, qint64) { return ++calls < 2; });
    CHECK_FALSE(cancelled.ok());
    CHECK(calls == 2);
    CHECK(listFilesIn(temp.path()).size() == 1); // the limited report's only
    CHECK(QDir(temp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size() == 1);
}
