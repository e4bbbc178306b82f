// Reports in every format, read back by independent readers (pdftotext,
// Python's csv, html.parser and openpyxl, nlohmann's JSON parser), every
// figure compared with counting the fixture directly.
#include "TestSupport.h"

#include "core/domain/InterfaceLanguage.h"
#include "core/domain/ReferenceData.h"
#include "core/query/FacetDefinitions.h"
#include "report/Report.h"
#include "report/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <map>

using namespace ssc;
using namespace ssc::test;
using nlohmann::json;

namespace {

// The fixture, with record text that tests escaping, formulas and scripts.
CatalogueContent trickyFixture()
{
    CatalogueContent content = loadFixture(QStringLiteral("small-catalogue.json"));
    content.initiatives[0].title =
        QStringLiteral("=HYPERLINK(\"http://x\") <script>alert(1)</script> & co");
    content.initiatives[1].title =
        QStringLiteral("中国—也门 cooperation | اليمن, with “quotes”\nand a line");
    return content;
}

// Counted straight from the records, not through the store.
struct Expected
{
    qint64 initiatives = 0;
    std::map<QString, QSet<QString>> countriesOfRole;
    QSet<QString> countries;
    QSet<QString> partners;
    std::map<QString, double> funding;
    std::map<QString, qint64> byArea;
    std::map<QString, qint64> byRecipient;
};

Expected count(const CatalogueContent &content)
{
    Expected e;
    for (const Initiative &in : content.initiatives) {
        ++e.initiatives;
        for (const CountryParticipation &c : in.countries) {
            e.countriesOfRole[c.role].insert(c.code);
            e.countries.insert(c.code);
            if (c.role == QLatin1String("recipient"))
                ++e.byRecipient[ReferenceData::instance().country(c.code)->name];
        }
        for (const Partnership &p : in.partners)
            e.partners.insert(p.organisation);
        for (const FundingRecord &f : in.funding) {
            if (f.amount)
                e.funding[f.currency] += *f.amount;
        }
        for (const QString &a : in.programmeAreas)
            ++e.byArea[ReferenceData::instance().programmeArea(a)->name];
    }
    return e;
}

// Runs Debian's Python (it has openpyxl) on a script; its stdout as JSON.
json python(const QString &script, const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, file});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return json::parse(p.readAllStandardOutput().toStdString());
}

struct Written
{
    QTemporaryDir dir;
    Report report;
    Expected expected;
    QString path(const QString &name) const { return dir.filePath(name); }
};

std::unique_ptr<Written> writeAll()
{
    auto w = std::make_unique<Written>();
    const CatalogueContent content = trickyFixture();
    auto store = storeWith(content);
    const ReportBuilder builder(*store);
    const std::vector<qint64> ids = okValue(builder.idsFor({}));
    ReportOptions options;
    options.title = QStringLiteral("Briefing: São Tomé & partners");
    w->report = okValue(builder.build(ids, builder.describe({}), options));
    w->expected = count(content);
    for (ReportFormat f : {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Markdown,
                           ReportFormat::Csv, ReportFormat::Xlsx, ReportFormat::Json}) {
        const Status s =
            writeReport(w->report, f, w->path(QStringLiteral("report.") + reportFormatSuffix(f)));
        INFO((s.ok() ? QString() : s.error().message).toStdString());
        REQUIRE(s.ok());
    }
    return w;
}

} // namespace

TEST_CASE("The report's figures equal counting the records", "[report]")
{
    const auto w = writeAll();
    const Report &r = w->report;
    const Expected &e = w->expected;
    CHECK(r.initiativeCount == e.initiatives);
    CHECK(r.countryCount == e.countries.size());
    CHECK(r.partnerCount == e.partners.size());
    for (const auto &[role, n] : r.countriesByRole) {
        const QString code = role.toLower();
        CHECK(n == qint64(e.countriesOfRole.at(code).size()));
    }
    REQUIRE(r.funding.size() == e.funding.size());
    for (const CurrencyAmount &a : r.funding)
        CHECK(a.amount == Approx(e.funding.at(a.currency)));
    for (const BreakdownRow &row : r.breakdown(QStringLiteral("programme-area"))->rows)
        if (!row.notRecorded)
            CHECK(row.initiatives == e.byArea.at(row.label));
    for (const BreakdownRow &row : r.breakdown(QStringLiteral("recipient-country"))->rows)
        if (!row.notRecorded)
            CHECK(row.initiatives == e.byRecipient.at(row.label));
    // Every breakdown adds up: each initiative is in a row ("Not recorded"
    // last, for those without a value), and a note says when one counts in
    // several.
    for (const Breakdown &b : r.breakdowns) {
        INFO(b.id.toStdString());
        qint64 sum = 0, withValue = 0, none = 0;
        for (const BreakdownRow &row : b.rows) {
            sum += row.initiatives;
            (row.notRecorded ? none : withValue) += row.initiatives;
        }
        CHECK(sum >= r.initiativeCount);
        CHECK(b.note.isEmpty() == (sum == r.initiativeCount));
        if (none > 0)
            CHECK(b.rows.back().notRecorded);
        // Every initiative is in some row: those with a value, plus the rest.
        CHECK((withValue > 0 || none == r.initiativeCount));
    }
    const Breakdown *years = r.breakdown(QStringLiteral("year"));
    qint64 dated = 0;
    for (const BreakdownRow &row : years->rows)
        if (!row.notRecorded)
            dated += row.initiatives;
    // One start year each: the years and "Not recorded" add up exactly.
    REQUIRE(years->rows.back().notRecorded);
    CHECK(dated + years->rows.back().initiatives == r.initiativeCount);
    CHECK(years->note.isEmpty());

    SECTION("JSON")
    {
        QFile f(w->path(QStringLiteral("report.json")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const json j = json::parse(f.readAll().toStdString());
        CHECK(j["title"] == "Briefing: São Tomé & partners");
        CHECK(j["headline"]["initiatives"] == e.initiatives);
        CHECK(j["headline"]["partners"] == e.partners.size());
        for (const json &a : j["headline"]["funding"])
            CHECK(a["amount"].get<double>() ==
                  Approx(e.funding.at(QString::fromStdString(a["currency"].get<std::string>()))));
        CHECK(j["initiatives"].size() == size_t(e.initiatives));
    }
    SECTION("CSV: RFC 4180 with a BOM, formulas neutralised")
    {
        QFile f(w->path(QStringLiteral("report.csv")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.read(3) == QByteArray("\xEF\xBB\xBF"));
        const json rows = python(QStringLiteral(R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, strict=True))))
)"),
                                 w->path(QStringLiteral("report.csv")));
        REQUIRE(rows.size() > 10);
        const size_t width = rows[0].size();
        bool sawFormulaTitle = false;
        bool sawLineBreak = false;
        for (const json &row : rows) {
            CHECK(row.size() == width);
            for (const json &cell : row) {
                const std::string text = cell.get<std::string>();
                CHECK((text.empty() || std::string("=+-@").find(text[0]) == std::string::npos));
                sawFormulaTitle |= text.rfind("'=HYPERLINK", 0) == 0;
                sawLineBreak |= text.find("“quotes”\nand a line") != std::string::npos;
            }
            if (row[0] == "Headline figures" && row[1] == "Initiatives")
                CHECK(row[2] == std::to_string(e.initiatives));
            if (row[0] == "Headline figures" && row[1] == "Funding")
                CHECK(std::stod(row[4].get<std::string>()) ==
                      Approx(e.funding.at(QString::fromStdString(row[3].get<std::string>()))));
        }
        CHECK(sawFormulaTitle);
        CHECK(sawLineBreak);
    }
    SECTION("XLSX: sheets, numbers as numbers")
    {
        const json book = python(QStringLiteral(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {'sheets': wb.sheetnames, 'summary': {}, 'numeric': True, 'titles': []}
for row in wb['Summary'].iter_rows(min_row=1):
    if len(row) > 1 and row[1].value is not None:
        out['summary'][str(row[0].value)] = row[1].value
for row in wb['By funding'].iter_rows(min_row=2):
    out['numeric'] = out['numeric'] and isinstance(row[1].value, (int, float))
for row in wb['Initiatives'].iter_rows(min_row=2):
    out['titles'].append(row[1].value)
print(json.dumps(out))
)"),
                                 w->path(QStringLiteral("report.xlsx")));
        CHECK(book["sheets"] == json::array({"Summary", "Initiatives", "By country",
                                             "By programme area", "By funding"}));
        CHECK(book["summary"]["Initiatives"] == e.initiatives);
        CHECK(book["summary"]["Partners"] == e.partners.size());
        for (const auto &[currency, total] : e.funding)
            CHECK(book["summary"][("Funding in " + currency).toStdString()].get<double>() ==
                  Approx(total));
        CHECK(book["numeric"] == true);
        CHECK(book["titles"].size() == size_t(e.initiatives));
    }
    SECTION("HTML: parses, record text escaped, charts inline")
    {
        const json html = python(QStringLiteral(R"(
import json, sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.tags = []; self.text = []
    def handle_starttag(self, tag, attrs): self.tags.append(tag)
    def handle_data(self, data): self.text.append(data)
p = P()
p.feed(open(sys.argv[1], encoding='utf-8').read()); p.close()
print(json.dumps({'tags': p.tags, 'text': ''.join(p.text)}))
)"),
                                 w->path(QStringLiteral("report.html")));
        const auto &tags = html["tags"];
        CHECK(std::count(tags.begin(), tags.end(), "script") == 0);
        CHECK(std::count(tags.begin(), tags.end(), "svg") >= 1);
        const std::string text = html["text"];
        CHECK(text.find("<script>alert(1)</script>") != std::string::npos);
        CHECK(text.find("Briefing: São Tomé & partners") != std::string::npos);
    }
    SECTION("PDF: text with accents, Chinese and Arabic; header and page numbers")
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                 w->path(QStringLiteral("report.pdf")), QStringLiteral("-")});
        REQUIRE(p.waitForFinished(60000));
        // Compatibility forms (ligatures, Arabic presentation forms) back to
        // letters, and the direction marks pdftotext adds taken out.
        QString text =
            QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        text.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}]")));
        CHECK(text.contains(QStringLiteral("Briefing: São Tomé & partners")));
        CHECK(text.contains(QStringLiteral("中国")));
        CHECK(text.contains(QStringLiteral("Page 1 of")));
        // Every page names the catalogue and the date, with "n of N".
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        REQUIRE(pages.size() >= 2);
        const QString date = QLocale().toString(w->report.generated.date(), QLocale::LongFormat);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            INFO("page " << i + 1);
            CHECK(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
            CHECK(pages[i].contains(w->report.catalogueName + QStringLiteral(" · ") + date));
        }
        CHECK(text.contains(QStringLiteral("Countries involved")));
        CHECK(text.contains(QStringLiteral("اليمن")));
        // The charts and the map are drawn as vectors: no image at all.
        CHECK(pdfImageCount(w->path(QStringLiteral("report.pdf"))) == 0);
    }
    SECTION("Markdown")
    {
        QFile f(w->path(QStringLiteral("report.md")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        CHECK(md.startsWith(QStringLiteral("# Briefing")));
        CHECK(md.contains(QStringLiteral("| Initiatives | %1 |").arg(e.initiatives)));
        // A pipe in record text does not break the table.
        CHECK(md.contains(QStringLiteral("\\| اليمن")));
    }
}

TEST_CASE("A report that cannot be written says where and leaves nothing", "[report]")
{
    QTemporaryDir dir;
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const ReportBuilder builder(*store);
    const Report report =
        okValue(builder.build(okValue(builder.idsFor({})), QStringLiteral("All"), {}));
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    for (ReportFormat f : {ReportFormat::Pdf, ReportFormat::Csv, ReportFormat::Xlsx}) {
        const Status s = writeReport(report, f, missing);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(missing));
    }
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    // Cancelling while reading stops with nothing built.
    const auto cancelled = builder.build(okValue(builder.idsFor({})), QStringLiteral("All"), {},
                                         [](qint64, qint64) { return false; });
    CHECK_FALSE(cancelled.ok());
}

TEST_CASE("The filter is described in words", "[report]")
{
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const ReportBuilder builder(*store);
    CatalogueFilter f;
    f.programmeAreas = {QStringLiteral("health")};
    f.countries = {QStringLiteral("ET"), QStringLiteral("UG")};
    f.countryRole = QStringLiteral("recipient");
    f.fromYear = 2015;
    f.toYear = 2020;
    CHECK(
        builder.describe(f) ==
        QStringLiteral("Programme area: Health; Recipient countries: Ethiopia, Uganda; 2015–2020"));
    CHECK(builder.describe({}) == QStringLiteral("All initiatives in the catalogue"));
}

TEST_CASE("A limited list shows the first initiatives in title order and says so", "[report]")
{
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const ReportBuilder builder(*store);
    const std::vector<qint64> ids = okValue(builder.idsFor({}));
    REQUIRE(ids.size() > 3);
    ReportOptions options;
    options.listLimit = 3;
    const Report limited = okValue(builder.build(ids, QStringLiteral("All"), options));
    const Report full = okValue(builder.build(ids, QStringLiteral("All"), {}));
    // The figures still cover everything; only the list is shorter.
    CHECK(limited.initiativeCount == qint64(ids.size()));
    CHECK(limited.breakdowns == full.breakdowns);
    REQUIRE(limited.initiatives.size() == 3);
    REQUIRE(full.initiatives.size() == ids.size());
    const std::vector<InitiativeRow> byTitle = okValue(store->page({}, PageRequest{{}, 0, 3}));
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(limited.initiatives[i].id == byTitle[i].id);
        CHECK(full.initiatives[i].id == byTitle[i].id);
    }
    CHECK(limited.listShortened());
    CHECK_FALSE(full.listShortened());
    const QString note =
        QStringLiteral("The list shows the first 3 of %1 initiatives").arg(ids.size());
    CHECK(reportHtml(limited).contains(note));
    CHECK(reportMarkdown(limited).contains(note));
    CHECK_FALSE(reportHtml(full).contains(QStringLiteral("The list shows the first")));
    const json data = json::parse(reportJson(limited).toStdString());
    CHECK(data["initiativesListed"] == 3);
    CHECK(data["headline"]["initiatives"] == ids.size());
    CHECK(defaultListLimit(ReportFormat::Pdf) == kDocumentListLimit);
    CHECK(defaultListLimit(ReportFormat::Xlsx) == -1);
}

TEST_CASE("Each report format is declared once and found by its name and extension",
          "[report][formats]")
{
    QSet<int> declared;
    for (const ReportFormatDefinition &d : reportFormats()) {
        INFO(d.names.join(QStringLiteral(",")).toStdString());
        declared.insert(int(d.format));
        CHECK(&reportFormat(d.format) == &d);
        for (const QString &name : d.names) {
            CHECK(reportFormatFromName(name) == d.format);
            CHECK(reportFormatFromName(name.toUpper()) == d.format);
        }
        CHECK(reportFormatFromPath(QStringLiteral("a/b.") + reportFormatSuffix(d.format)) ==
              d.format);
        CHECK(defaultListLimit(d.format) == (d.listsAll ? -1 : kDocumentListLimit));
        CHECK(d.write != nullptr);
    }
    for (ReportFormat f : {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Markdown,
                           ReportFormat::Csv, ReportFormat::Xlsx, ReportFormat::Json})
        CHECK(declared.contains(int(f)));
    CHECK_FALSE(reportFormatFromName(QStringLiteral("docx")));
    CHECK(reportFormatNames() == QStringLiteral("pdf, html, md, csv, xlsx or json"));
}

TEST_CASE("A report's default title says the filter in words", "[report][title]")
{
    const auto nameOf = [](Facet facet, const QString &value) {
        return facetDefinition(facet).valueLabel(value);
    };
    CatalogueFilter f;
    CHECK(ReportBuilder::titleFor(f, nameOf) == ReportBuilder::defaultTitle());
    f.programmeAreas = {QStringLiteral("health")};
    f.regions = {QStringLiteral("002")};
    f.countryRole = QStringLiteral("recipient");
    f.fromYear = 2015;
    f.toYear = 2020;
    CHECK(ReportBuilder::titleFor(f, nameOf) ==
          QStringLiteral("Health initiatives with recipients in Africa, 2015\u20132020"));
    f = {};
    f.countries = {QStringLiteral("ET"), QStringLiteral("UG")};
    f.statuses = {QStringLiteral("ongoing")};
    f.fromYear = 2018;
    CHECK(ReportBuilder::titleFor(f, nameOf) ==
          QStringLiteral("Initiatives in Ethiopia and Uganda (Ongoing), from 2018"));
    f = {};
    f.countries = {QStringLiteral("ET"), QStringLiteral("UG"), QStringLiteral("KE"),
                   QStringLiteral("SO")};
    CHECK(ReportBuilder::titleFor(f, nameOf) ==
          QStringLiteral("Initiatives in 4 countries and regions"));
}

TEST_CASE("A report's default title reads in the report's language", "[report][title][languages]")
{
    REQUIRE(InterfaceLanguage::install(QStringLiteral("fr")).ok());
    const auto nameOf = [](Facet facet, const QString &value) {
        return facetDefinition(facet).displayLabel(value);
    };
    CatalogueFilter f;
    f.programmeAreas = {QStringLiteral("health")};
    f.countries = {QStringLiteral("ET"), QStringLiteral("UG")};
    f.countryRole = QStringLiteral("recipient");
    const QString french = ReportBuilder::titleFor(f, nameOf);
    f.countries.clear();
    const QString anyRecipient = ReportBuilder::titleFor(f, nameOf);
    InterfaceLanguage::reset();
    CHECK(french ==
          QStringLiteral("Initiatives – Santé (bénéficiaires\u00a0: Éthiopie et Ouganda)"));
    CHECK(anyRecipient == QStringLiteral("Initiatives – Santé (avec un pays bénéficiaire)"));
    CHECK(ReportBuilder::titleFor(f, nameOf) ==
          QStringLiteral("Health initiatives with any recipient"));
}
