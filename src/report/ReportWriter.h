#pragma once

#include "Report.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

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

// "pdf", "html", "md" or "markdown", "csv", "xlsx", "json" (any case).
std::optional<ReportFormat> reportFormatFromName(const QString &name);
std::optional<ReportFormat> reportFormatFromPath(const QString &path);
QString reportFormatSuffix(ReportFormat format);

// The markup of one breakdown's bar chart.
using ChartMarkup = std::function<QString(const Breakdown &)>;

// One self-contained HTML5 file: inline styles, charts as inline SVG (or as
// chart says), every piece of record text escaped.
QString reportHtml(const Report &report, const ChartMarkup &chart = {});
QString reportMarkdown(const Report &report);
// RFC 4180, UTF-8 with a BOM; one table with the columns Section, Item,
// Initiatives, Currency, Amount, Details. Cells that a spreadsheet would
// take for a formula are prefixed with an apostrophe.
QByteArray reportCsv(const Report &report);
// The same summary as data; docs/report-json.md describes it.
QByteArray reportJson(const Report &report);

// Writes the report to path beside it first and renames it when complete:
// a failed or cancelled export leaves nothing behind. PDF needs a
// QGuiApplication (fonts).
Status writeReport(const Report &report, ReportFormat format, const QString &path);

// Neutralises a cell a spreadsheet would run as a formula.
QString safeCell(const QString &text);

} // namespace ssc
