#pragma once
// A report's figures (bar charts and the world map) drawn with QPainter, once
// for every output: on a PDF page they are vectors with selectable text, and
// through QSvgGenerator they are the HTML's inline SVG. Internal to report.

#include "Report.h"

#include <QHash>
#include <QRectF>
#include <QSize>

#include <functional>

class QPainter;

namespace ssc {

// Sizes in CSS pixels (1/96 inch), the unit of the rich-text layout.
constexpr int kChartRowHeight = 18;
constexpr int kSummaryChartRows = 5; // bars per chart on the summary page

int chartHeight(const Breakdown &breakdown, int maxRows);
// The first maxRows bars of the recorded values (never "Not recorded").
void drawChart(QPainter &painter, const QRectF &target, const Breakdown &breakdown, int maxRows);
// The world shaded by initiatives per country code, with its legend.
void drawMap(QPainter &painter, const QRectF &target, const QHash<QString, qint64> &counts);
// A drawing as an inline <svg> element (no XML declaration), size in CSS px.
QString figureSvg(QSize size, const QString &title,
                  const std::function<void(QPainter &, const QRectF &)> &draw);

// The page's writing area in CSS pixels for the report's paper and
// orientation, so that the summary's figures are sized to fit one page.
QSizeF reportBodySize(const ReportOptions &options);

} // namespace ssc
