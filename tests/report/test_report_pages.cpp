// The report as a reader sees it: the PDF read back page by page with
// pdftotext and pdfimages, the HTML's SVG parsed as XML by Python.
#include "TestSupport.h"

#include "core/generator/CatalogueGenerator.h"
#include "core/query/FacetDefinitions.h"
#include "report/Report.h"
#include "report/ReportWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <map>

using namespace ssc;
using namespace ssc::test;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Each page's text as laid out, without the header (the title) and the
// footer (the catalogue, the date, "Page n of N").
QStringList pdfPages(const QString &pdf, const QString &title)
{
    QStringList pages =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
            .normalized(QString::NormalizationForm_KC) // ligatures back to letters
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages) {
        QStringList lines;
        bool header = true;
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty() ||
                line.contains(QRegularExpression(QStringLiteral("Page \\d+ of \\d+\\s*$"))))
                continue;
            if (header && line.trimmed() == title) {
                header = false; // the first line is the header
                continue;
            }
            header = false;
            lines << line;
        }
        page = lines.join(QLatin1Char('\n'));
    }
    return pages;
}

QString firstLine(const QString &page)
{
    return page.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString lastLine(const QString &page)
{
    return page.section(QLatin1Char('\n'), -1).trimmed();
}

// The summary page's charts: the charted breakdowns with a recorded value,
// four on a portrait page, three side by side on a landscape one.
QStringList summaryChartTitles(const Report &r)
{
    QStringList titles;
    for (const Breakdown &b : r.breakdowns)
        if (b.charted && !chartedRows(b).rows.empty() &&
            titles.size() < (r.options.landscape ? 3 : 4))
            titles << b.title;
    return titles;
}

} // namespace

TEST_CASE("The PDF: a one-page summary, vector figures, nothing cut between pages", "[report][pdf]")
{
    // A few hundred generated initiatives: long breakdowns and a list over
    // many pages, so that page breaks fall everywhere.
    const CatalogueGenerator generator(7);
    CatalogueContent content = generator.base();
    for (qint64 i = 0; i < 300; ++i)
        content.initiatives.push_back(generator.initiative(i));
    auto store = storeWith(content);
    const ReportBuilder builder(*store);
    CatalogueFilter filter;
    filter.countryRole = QStringLiteral("recipient");
    filter.regions = {QStringLiteral("002")};
    const std::vector<qint64> ids = okValue(builder.idsFor(filter));
    REQUIRE(ids.size() > 20);
    ReportOptions options;
    options.title = ReportBuilder::titleFor(filter, [](Facet facet, const QString &value) {
        return facetDefinition(facet).valueLabel(value);
    });
    REQUIRE(options.title == QStringLiteral("Initiatives with recipients in Africa"));
    options.introduction = QStringLiteral("Prepared for the donors' round table <in Addis>.");
    const Report report = okValue(builder.build(ids, builder.describe(filter), options));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(writeReport(report, ReportFormat::Pdf, pdf).ok());
    const QStringList pages = pdfPages(pdf, report.title);
    REQUIRE(pages.size() > 4);

    // Page 1 is the summary, all of it; the details start on page 2.
    const QString summary = pages[0];
    CHECK(firstLine(summary) == report.title);
    CHECK(summary.contains(options.introduction));
    for (const char *label :
         {"Initiatives", "Countries involved", "Partners", "Years covered", "Funding recorded"})
        CHECK(summary.contains(QString::fromLatin1(label)));
    CHECK(summary.contains(QString::number(report.initiativeCount)));
    CHECK(summary.contains(QStringLiteral("Initiatives per country")));
    // The charts' titles and their labels are text, not pictures.
    const QStringList charts = summaryChartTitles(report);
    CHECK(charts.size() >= 2);
    for (const QString &title : charts) {
        INFO(title.toStdString());
        CHECK(summary.contains(title));
        const Breakdown *b = nullptr;
        for (const Breakdown &x : report.breakdowns)
            if (x.title == title)
                b = &x;
        REQUIRE(b);
        const QString top = chartedRows(*b).rows.front().label;
        CHECK(summary.contains(top.left(std::min<qsizetype>(top.size(), 12))));
    }
    CHECK_FALSE(summary.contains(QStringLiteral("Breakdowns")));
    CHECK(firstLine(pages[1]) == QStringLiteral("Breakdowns"));
    // Charts and the map are vectors: the PDF holds no image at all.
    CHECK(pdfImageCount(pdf) == 0);

    // No page ends on a heading, and no page starts inside an initiative's
    // block (its lines after the title).
    QStringList headings{QStringLiteral("Breakdowns"), QStringLiteral("Initiatives"),
                         QStringLiteral("Sources")};
    for (const Breakdown &b : report.breakdowns)
        headings << b.title;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1 << ": " << lastLine(pages[i]).toStdString() << " / "
                     << firstLine(pages[i]).toStdString());
        CHECK_FALSE(headings.contains(lastLine(pages[i])));
        CHECK_FALSE(firstLine(pages[i]).contains(QRegularExpression(
            QStringLiteral("^(Countries|Programme areas|Partners|Funding|Years|Status):"))));
    }

    // Every breakdown's table, read back, adds up: its rows (with "Not
    // recorded") cover every initiative, and a note says when they add to
    // more.
    const QString details = QStringList(pages.mid(1)).join(QLatin1Char('\n'));
    const QStringList lines = details.split(QLatin1Char('\n'));
    const QRegularExpression row(QStringLiteral("^\\s*(\\S.*?)\\s{2,}([\\d,]+)(\\s|$)"));
    for (const Breakdown &b : report.breakdowns) {
        INFO(b.title.toStdString());
        qsizetype at = lines.indexOf(QRegularExpression(
            QStringLiteral("^\\s*%1\\s*$").arg(QRegularExpression::escape(b.title))));
        REQUIRE(at >= 0);
        std::map<QString, qint64> read;
        for (++at; at < lines.size(); ++at) {
            // The next heading ends the table; "Initiatives" is also the
            // column title, far to the right of the section's heading.
            const QString line = lines[at].trimmed();
            if (headings.contains(line) &&
                (line != QLatin1String("Initiatives") || lines[at].indexOf(line) < 4))
                break;
            const QRegularExpressionMatch m = row.match(lines[at]);
            if (m.hasMatch())
                read[m.captured(1).trimmed()] = m.captured(2).remove(QLatin1Char(',')).toLongLong();
        }
        qint64 sum = 0;
        for (const BreakdownRow &r : b.rows) {
            INFO(r.label.toStdString());
            REQUIRE(read.count(r.label) == 1);
            CHECK(read[r.label] == r.initiatives);
            sum += read[r.label];
        }
        CHECK(sum >= report.initiativeCount);
        if (sum > report.initiativeCount) {
            // An empty note would pass the check below.
            CHECK_FALSE(b.note.isEmpty());
            CHECK(details.contains(b.note.left(40)));
        }
    }
}

TEST_CASE("A logo and an introduction in the PDF and the HTML, whose SVG parses", "[report][pdf]")
{
    QTemporaryDir dir;
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const ReportBuilder builder(*store);
    QImage logo(300, 100, QImage::Format_RGB32);
    logo.fill(QColor(0x1c, 0xab, 0xe2));
    const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoPath));
    ReportOptions options;
    options.title = QStringLiteral("Briefing");
    options.introduction = QStringLiteral("Our <partners> & us: a year of exchange.");
    options.logoPath = logoPath;
    const Report report =
        okValue(builder.build(okValue(builder.idsFor({})), QStringLiteral("All"), options));

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(writeReport(report, ReportFormat::Pdf, pdf).ok());
    const QStringList pages = pdfPages(pdf, report.title);
    REQUIRE_FALSE(pages.isEmpty());
    CHECK(pages[0].contains(options.introduction));
    CHECK(pdfImageCount(pdf) == 1); // the logo, and nothing else
    // The sources' addresses are links.
    CHECK(run(QStringLiteral("pdfinfo"), {QStringLiteral("-url"), pdf})
              .contains(QStringLiteral("https://example.org/fixture")));

    CHECK(reportMarkdown(report).contains(QStringLiteral("a year of exchange.")));

    // On a landscape page too, with the logo and the introduction, the
    // summary keeps to page 1.
    ReportOptions wide = options;
    wide.landscape = true;
    const Report landscape =
        okValue(builder.build(okValue(builder.idsFor({})), QStringLiteral("All"), wide));
    const QString widePdf = dir.filePath(QStringLiteral("landscape.pdf"));
    REQUIRE(writeReport(landscape, ReportFormat::Pdf, widePdf).ok());
    const QStringList widePages = pdfPages(widePdf, landscape.title);
    REQUIRE(widePages.size() >= 2);
    CHECK(widePages[0].contains(summaryChartTitles(landscape).constLast()));
    CHECK(firstLine(widePages[1]) == QStringLiteral("Breakdowns"));

    const QString html = dir.filePath(QStringLiteral("report.html"));
    REQUIRE(writeReport(report, ReportFormat::Html, html).ok());
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("&lt;partners&gt; &amp; us")));
    CHECK(text.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
    CHECK(text.contains(QStringLiteral("<a href=\"https://example.org/fixture\">")));
    // Every <svg> element is XML that parses; the map and the charts are
    // among them, their labels as text.
    const auto parsed = nlohmann::json::parse(
        run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral(R"(
import json, re, sys
import xml.etree.ElementTree as ET
html = open(sys.argv[1], encoding='utf-8').read()
out = []
for svg in re.findall(r'<svg\b.*?</svg>', html, re.S):
    root = ET.fromstring(svg)
    ns = '{http://www.w3.org/2000/svg}'
    out.append({'title': ''.join(t.text or '' for t in root.iter(ns + 'title')),
                'text': ' '.join(t.text or '' for t in root.iter(ns + 'text')),
                'paths': sum(1 for _ in root.iter(ns + 'path'))})
print(json.dumps(out))
)"),
                                                 html})
            .toStdString());
    const QStringList charts = summaryChartTitles(report);
    REQUIRE(parsed.size() == size_t(charts.size()) + 1);
    CHECK(parsed[0]["title"] == "Initiatives per country");
    CHECK(parsed[0]["paths"].get<int>() > 100); // the countries
    for (qsizetype i = 0; i < charts.size(); ++i)
        CHECK(QString::fromStdString(parsed[size_t(i) + 1]["title"].get<std::string>()) ==
              charts[i]);
}

TEST_CASE("A long title is shortened in the PDF's header, not run off the page", "[report][pdf]")
{
    QTemporaryDir dir;
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const ReportBuilder builder(*store);
    ReportOptions options;
    options.title =
        QStringLiteral("South-South cooperation in health, education and water: ").repeated(4) +
        QStringLiteral("the end");
    const Report report =
        okValue(builder.build(okValue(builder.idsFor({})), QStringLiteral("All"), options));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(writeReport(report, ReportFormat::Pdf, pdf).ok());
    QStringList pages =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() >= 2);
    for (const QString &page : pages) {
        // The header is each page's first line: the title's start and an
        // ellipsis (pdftotext drops what lies off the page).
        const QString header = firstLine(page);
        INFO(header.toStdString());
        CHECK(header.endsWith(QChar(0x2026)));
        CHECK(header.size() > 20);
        CHECK(report.title.startsWith(header.chopped(1).trimmed()));
    }
}

TEST_CASE("Each source is kept whole on a page of the PDF", "[report][pdf]")
{
    // Sources alone, enough for several pages, each two lines: its title,
    // then its address.
    const CatalogueGenerator generator(3);
    CatalogueContent content = generator.base();
    for (qint64 i = 0; i < 40; ++i)
        content.initiatives.push_back(generator.initiative(i));
    for (int i = 0; i < 160; ++i) {
        const QString id = QStringLiteral("source-%1").arg(i);
        content.sources.push_back({id, QStringLiteral("Source %1").arg(i),
                                   QStringLiteral("https://example.org/sources/%1").arg(i),
                                   QStringLiteral("2020"), QStringLiteral("Publisher"), QString()});
        content.initiatives[std::size_t(i % 40)].sources << id;
    }
    auto store = storeWith(content);
    const ReportBuilder builder(*store);
    ReportOptions options;
    options.title = QStringLiteral("Sources");
    options.headline = options.breakdowns = options.charts = options.initiatives = false;
    const Report report =
        okValue(builder.build(okValue(builder.idsFor({})), QStringLiteral("All"), options));
    REQUIRE(report.sources.size() > 160);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(writeReport(report, ReportFormat::Pdf, pdf).ok());
    const QStringList pages = pdfPages(pdf, report.title);
    REQUIRE(pages.size() >= 4);
    // Every page after the first starts with a source's number and title,
    // never with the address of one begun on the page before.
    const QRegularExpression numbered(QStringLiteral("^\\d+\\. "));
    for (qsizetype i = 1; i < pages.size(); ++i) {
        INFO("page " << i + 1 << ": " << firstLine(pages[i]).toStdString());
        CHECK(firstLine(pages[i]).contains(numbered));
        CHECK(lastLine(pages[i]).startsWith(QStringLiteral("https://")));
    }
    // All of them, in order.
    const QString all = pages.join(QLatin1Char('\n'));
    qsizetype at = 0;
    for (std::size_t n = 0; n < report.sources.size(); ++n) {
        INFO(n);
        at = all.indexOf(QStringLiteral("%1. %2").arg(n + 1).arg(report.sources[n].title), at);
        CHECK(at >= 0);
    }
}

TEST_CASE("The HTML's logo is a PNG at most twice the size it is shown", "[report][html]")
{
    QTemporaryDir dir;
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const ReportBuilder builder(*store);
    // A large photo-like picture (noise compresses badly): megabytes.
    QImage photo(3000, 1000, QImage::Format_RGB32);
    quint32 seed = 1;
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x)
            line[x] = (seed = seed * 1664525u + 1013904223u) | 0xff000000u;
    }
    const QString logoPath = dir.filePath(QStringLiteral("photo.jpg"));
    REQUIRE(photo.save(logoPath, "JPEG", 95));
    const qint64 logoBytes = QFileInfo(logoPath).size();
    REQUIRE(logoBytes > 2'000'000);
    ReportOptions options;
    options.logoPath = logoPath;
    const Report report =
        okValue(builder.build(okValue(builder.idsFor({})), QStringLiteral("All"), options));
    const QString html = dir.filePath(QStringLiteral("report.html"));
    REQUIRE(writeReport(report, ReportFormat::Html, html).ok());
    const QString text = QString::fromUtf8(readAll(html));
    CHECK(QFileInfo(html).size() < logoBytes / 4);
    const QRegularExpressionMatch m =
        QRegularExpression(
            QStringLiteral("<img src=\"data:image/png;base64,([^\"]+)\" width=\"(\\d+)\" "
                           "height=\"(\\d+)\""))
            .match(text);
    REQUIRE(m.hasMatch());
    const QByteArray png = QByteArray::fromBase64(m.captured(1).toLatin1());
    CHECK(png.startsWith("\x89PNG"));
    const QImage embedded = QImage::fromData(png, "PNG");
    REQUIRE_FALSE(embedded.isNull());
    const int shownWidth = m.captured(2).toInt(), shownHeight = m.captured(3).toInt();
    CHECK(shownHeight == 56);
    CHECK(embedded.width() <= 2 * shownWidth);
    CHECK(embedded.height() <= 2 * shownHeight);
    CHECK(embedded.width() >= shownWidth); // still sharp
}
