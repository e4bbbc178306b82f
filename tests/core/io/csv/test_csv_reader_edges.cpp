// The CSV reader on untidy and hostile files: quotes, line ends, NUL bytes, invalid UTF-8, ragged
// rows. Each expected result is written out by hand, not produced by the code under test.
#include "core/base/CsvReader.h"
#include "core/io/csv/CsvImporter.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ssc;

namespace {

std::vector<CsvReader::Row> rowsOf(const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    auto rows = CsvReader::readFile(path);
    INFO((rows ? std::string() : rows.error().message.toStdString()));
    REQUIRE(rows.ok());
    return *rows;
}

QStringList cells(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *c : list)
        out << QString::fromUtf8(c);
    return out;
}

struct Imported
{
    Status status = success();
    std::vector<ImportedRecord> records;
    QStringList notes;
};

Imported import(const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edges.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    CsvImporter importer(path);
    Imported out;
    out.status = importer.read([&](ImportedRecord &&r) {
        out.records.push_back(std::move(r));
        return true;
    });
    out.notes = importer.notes();
    return out;
}

} // namespace

TEST_CASE("CSV: doubled quotes, commas and line breaks inside quoted cells", "[csv][edges]")
{
    const auto rows = rowsOf("a,b,c\n\"say \"\"hi\"\"\",\"x, y\",\"two\nlines\"\nnext,2,3\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields == cells({"say \"hi\"", "x, y", "two\nlines"}));
    CHECK(rows[1].line == 2);
    CHECK(rows[2].fields == cells({"next", "2", "3"}));
    CHECK(rows[2].line == 4); // the quoted line break counts
}

TEST_CASE("CSV: CRLF, a lone CR and LF all end a row", "[csv][edges]")
{
    const auto rows = rowsOf("a,b\r\n1,2\r3,4\n5,6\r\n");
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].fields == cells({"a", "b"}));
    CHECK(rows[1].fields == cells({"1", "2"}));
    CHECK(rows[2].fields == cells({"3", "4"}));
    CHECK(rows[3].fields == cells({"5", "6"}));
    CHECK(rows[2].line == 3);
    CHECK(rows[3].line == 4);
    // A lone CR inside a quoted cell is a line too.
    const auto quoted = rowsOf("a,b\r\"x\ry\",1\r2,3\r");
    REQUIRE(quoted.size() == 3);
    CHECK(quoted[1].fields == cells({"x\ry", "1"}));
    CHECK(quoted[2].line == 4);
}

TEST_CASE("CSV: an unclosed quote at the end of the file names its line", "[csv][edges]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("id,title\nA,fine\nB,\"never closed\nC,more\n");
    f.close();
    const auto rows = CsvReader::readFile(path);
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().message.contains(QStringLiteral("open.csv, line 3:")));
    CHECK(rows.error().message.contains(QStringLiteral("not closed")));
}

TEST_CASE("CSV: a byte order mark, an empty file and a header only", "[csv][edges]")
{
    const auto bom = rowsOf("\xEF\xBB\xBFid,title\nA,T\n");
    REQUIRE(bom.size() == 2);
    CHECK(bom[0].fields == cells({"id", "title"})); // not "\uFEFFid"

    const Imported empty = import("");
    REQUIRE_FALSE(empty.status.ok());
    CHECK(empty.status.error().message.contains(QStringLiteral("edges.csv is empty")));

    const Imported bomOnly = import("\xEF\xBB\xBF");
    REQUIRE_FALSE(bomOnly.status.ok());

    const Imported header = import("id,title\r\n");
    CHECK(header.status.ok());
    CHECK(header.records.empty());
}

TEST_CASE("CSV: header names in any case and with spaces", "[csv][edges]")
{
    const Imported r = import(" ID , Title ,Activity Type,STATUS\nA-1,The title,webinar,ongoing\n");
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 1);
    const Initiative &in = r.records[0].initiative;
    CHECK(in.id == QStringLiteral("A-1"));
    CHECK(in.title == QStringLiteral("The title"));
    CHECK(in.activityType == QStringLiteral("webinar"));
    CHECK(in.status == QStringLiteral("ongoing"));
    CHECK(r.notes.isEmpty());
    CHECK(r.records[0].warnings.isEmpty());
}

TEST_CASE("CSV: funding written as Source, Source:2019 and with an amount", "[csv][edges]")
{
    const Imported r = import("id,title,funding\n"
                              "A-1,T,\"Fund One:2019; Fund Two; Fund Three:50000 USD:2020; "
                              "Fund Four:1,500 eur\"\n");
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 1);
    const auto &f = r.records[0].initiative.funding;
    REQUIRE(f.size() == 4);
    CHECK(f[0].source == QStringLiteral("name:fund-one"));
    CHECK(f[0].year == 2019);
    CHECK_FALSE(f[0].amount.has_value());
    CHECK(f[1].source == QStringLiteral("name:fund-two"));
    CHECK_FALSE(f[1].year.has_value());
    CHECK(f[2].source == QStringLiteral("name:fund-three"));
    CHECK(f[2].amount == 50000.0);
    CHECK(f[2].currency == QStringLiteral("USD"));
    CHECK(f[2].year == 2020);
    CHECK(f[3].source == QStringLiteral("name:fund-four"));
    CHECK(f[3].amount == 1500.0);
    CHECK(f[3].currency == QStringLiteral("EUR"));
    REQUIRE(r.records[0].organisations.size() == 4);
    CHECK(r.records[0].organisations[0].name == QStringLiteral("Fund One"));
}

TEST_CASE("CSV: a NUL byte and other control characters are taken out with a warning",
          "[csv][edges][hostile]")
{
    QByteArray bytes("id,title,summary\nA-1,Ti");
    bytes += '\0';
    bytes += "tle,sum\x01mary\tok\n";
    const Imported r = import(bytes);
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].initiative.title == QStringLiteral("Title"));
    CHECK(r.records[0].initiative.summary == QStringLiteral("summary\tok"));
    const QStringList &w = r.records[0].warnings;
    REQUIRE(w.size() == 2);
    CHECK(w[0] == QStringLiteral("line 2, column 7: control character U+0000 removed"));
    CHECK(w[1] == QStringLiteral("line 2, column 15: control character U+0001 removed"));
}

TEST_CASE("CSV: bytes that are not UTF-8 are named by line", "[csv][edges][hostile]")
{
    // "Café" in Windows-1252 on line 3; line 2 holds a real U+FFFD, which is fine.
    const Imported r = import("id,title\nA-1,\xEF\xBF\xBD kept\nA-2,Caf\xE9\n");
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].warnings.isEmpty());
    CHECK(r.records[1].initiative.title == QStringLiteral("Caf\uFFFD"));
    REQUIRE(r.records[1].warnings.size() == 1);
    CHECK(r.records[1].warnings[0].startsWith(QStringLiteral("line 3, column 8: bytes that are "
                                                             "not UTF-8")));
}

TEST_CASE("CSV: a row with more or fewer cells than the header is named", "[csv][edges]")
{
    const Imported r = import("id,title,status\nA-1,T,ongoing\nA-2,T\nA-3,T,ongoing,extra,more\n");
    REQUIRE(r.status.ok());
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0].warnings.isEmpty());
    REQUIRE(r.records[1].warnings.size() == 1);
    CHECK(r.records[1].warnings[0].startsWith(
        QStringLiteral("line 3 has 2 cells where the header row has 3")));
    REQUIRE(r.records[2].warnings.size() == 1);
    CHECK(r.records[2].warnings[0].startsWith(
        QStringLiteral("line 4 has 5 cells where the header row has 3")));
    CHECK(r.records[2].initiative.status == QStringLiteral("ongoing"));
}
