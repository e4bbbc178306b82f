#pragma once

#include "Report.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

namespace ssc {

enum class ReportFormat
{
    Pdf,
    Html,
    Markdown,
    Csv,
    Xlsx,
    Json,
};

// Documents to read (PDF, HTML, Markdown) list this many initiatives unless
// told otherwise; data formats list all.
constexpr int kDocumentListLimit = 1000;

// The report formats, one row each: the names and extensions (the first is
// the file suffix), how the window offers it, whether it is a document to
// read (charts, preview, the list cut at kDocumentListLimit) and how it is
// written. The command line, the dialog and writeReport read this table.
struct ReportFormatDefinition
{
    ReportFormat format;
    QStringList names; // "md", "markdown"
    const char *label; // "Markdown (.md)", translated in context "ReportDialog"
    bool previewable;  // drawn as a page: charts and a print preview
    bool listsAll;     // a data format: every initiative is listed by default
    Status (*write)(const Report &report, const QString &path);
};
const std::vector<ReportFormatDefinition> &reportFormats();
const ReportFormatDefinition &reportFormat(ReportFormat format);
// By name or extension, any case.
std::optional<ReportFormat> reportFormatFromName(const QString &name);
std::optional<ReportFormat> reportFormatFromPath(const QString &path);
QString reportFormatSuffix(ReportFormat format);
int defaultListLimit(ReportFormat format);
// The formats that write the list as they read it back from disk (CSV,
// XLSX and JSON, a million rows each); a report for them is built with
// ReportOptions::listOnDisk.
bool listsOnDisk(ReportFormat format);
// "pdf, html, md, csv, xlsx or json", for messages.
QString reportFormatNames();

// A figure the HTML shows, its size in CSS pixels: a breakdown's bars (at
// most rows of them), the world map of initiatives per country, or the logo.
struct FigureRequest
{
    enum Kind
    {
        Chart,
        Map,
        Logo
    } kind;
    const Breakdown *breakdown = nullptr; // a chart's
    int rows = 0;                         // a chart's bars
    QSize size;
};
using FigureMarkup = std::function<QString(const FigureRequest &)>;

// One self-contained HTML5 file: inline styles, charts and the map as inline
// SVG and the logo as a PNG data: URI at most twice the size it is shown (or
// as figure says), every piece of record text escaped. Draws with QPainter
// and fonts: needs a QGuiApplication. First the summary (title, introduction, headline figures,
// map, main charts), then the breakdowns, the initiatives, the sources.
QString reportHtml(const Report &report, const FigureMarkup &figure = {});
QString reportMarkdown(const Report &report);
// RFC 4180, UTF-8 with a BOM; one table with the columns Section, Item,
// Initiatives, Currency, Amount, Details. Cells that a spreadsheet would
// take for a formula are prefixed with an apostrophe (CsvExport::safeCell).
QByteArray reportCsv(const Report &report);
// The same, written to device as it goes (a list on disk is read back a row
// at a time).
Status writeReportCsv(const Report &report, QIODevice &device);
// The same summary as data; docs/report-json.md describes it.
QByteArray reportJson(const Report &report);
// The same, written to device as it goes (the list a row at a time, about a
// megabyte per write).
Status writeReportJson(const Report &report, QIODevice &device);

// Writes the report to path beside it first and renames it when complete:
// a failed or cancelled export leaves nothing behind. PDF and HTML need a
// QGuiApplication: their charts and map are drawn with QPainter and fonts
// (see reportNeedsGui).
Status writeReport(const Report &report, ReportFormat format, const QString &path);
// PDF and HTML: formats that draw, and so need a QGuiApplication.
bool reportNeedsGui(ReportFormat format);

// An XLSX list longer than a worksheet's rows (Excel's 1,048,576, the
// heading included) goes on "Initiatives (2)" and so on. For tests: sets
// the rows per worksheet, returns the previous value.
int setXlsxSheetRows(int rows);

// The report as a rich-text document, what the PDF prints (the charts and
// the map as objects drawn with QPainter: vectors on a PDF); also the HTML
// preview in the window.
std::unique_ptr<QTextDocument> reportDocument(const Report &report);
// Paper size, orientation and margins from the report's options.
void setReportPageLayout(const Report &report, QPagedPaintDevice &device);
// Prints the report on a PDF writer or printer (print preview), with the
// title in the header and "Page n of m" in the footer. Needs a
// QGuiApplication.
bool printReport(const Report &report, QPagedPaintDevice &device);

} // namespace ssc
