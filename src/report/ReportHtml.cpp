// The HTML of a report: the file a browser opens, and what the PDF and the
// preview lay out (with their own figures through FigureMarkup).
#include "ReportFigures.h"
#include "ReportWording.h"
#include "ReportWriter.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

#include <algorithm>

namespace ssc {

using namespace wording;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString kCell = QStringLiteral(" style=\"border: 1px solid #bbb; padding: 2px 6px;\"");
const QString kNumberCell =
    QStringLiteral(" style=\"border: 1px solid #bbb; padding: 2px 6px; text-align: right;\"");
const QString kSmall = QStringLiteral(" style=\"font-size: 8pt; color: #555;\"");

// The figures of the HTML file: SVG inline, the logo as a data: URI.
QString inlineFigure(const Report &r, const FigureRequest &f)
{
    switch (f.kind) {
    case FigureRequest::Chart:
        return figureSvg(f.size, f.breakdown->title, [&](QPainter &p, const QRectF &target) {
            drawChart(p, target, *f.breakdown, f.rows);
        });
    case FigureRequest::Map:
        return figureSvg(
            f.size, ReportTr::tr("Initiatives per country"),
            [&](QPainter &p, const QRectF &target) { drawMap(p, target, r.countryInitiatives); });
    case FigureRequest::Logo: {
        // Scaled to at most twice the size it is shown (sharp on a
        // high-density screen) and embedded as PNG: a photo of 20 MB would
        // otherwise make a page of 27 MB.
        QImageReader reader(r.options.logoPath);
        reader.setAutoTransform(true);
        const QSize most = f.size * 2;
        if (const QSize full = reader.size();
            full.width() > most.width() || full.height() > most.height())
            reader.setScaledSize(full.scaled(most, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        QByteArray png;
        QBuffer buffer(&png);
        if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
            return {};
        return QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\" "
                              "alt=\"\">")
            .arg(QString::fromLatin1(png.toBase64()))
            .arg(f.size.width())
            .arg(f.size.height());
    }
    }
    return {};
}

// The charts of the summary page: the main breakdowns, as many as fit.
std::vector<const Breakdown *> summaryCharts(const Report &r)
{
    std::vector<const Breakdown *> out;
    const size_t most = r.options.landscape ? 3 : 4;
    for (const Breakdown &b : r.breakdowns)
        if (b.charted && !chartedRows(b).rows.empty() && out.size() < most)
            out.push_back(&b);
    return out;
}

// Numbers large, in a row of tiles, then the countries by role and the
// funding per currency (never added across currencies).
QString headlineTiles(const Report &r)
{
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"6\" "
                               "style=\"margin: 4px 0;\"><tr>\n");
    const std::pair<QString, QString> tiles[] = {
        {number(r.initiativeCount), ReportTr::tr("Initiatives")},
        {number(r.countryCount), ReportTr::tr("Countries involved")},
        {number(r.partnerCount), ReportTr::tr("Partners")},
        {r.firstYear ? yearsText(r) : QStringLiteral("–"), ReportTr::tr("Years covered")}};
    for (const auto &[value, label] : tiles)
        h += QStringLiteral("<td width=\"25%\" style=\"background-color: #e8f4fa;\">"
                            "<span style=\"font-size: 18pt; font-weight: bold; color: #0b5e86;\">"
                            "%1</span><br><span style=\"font-size: 9pt;\">%2</span></td>\n")
                 .arg(esc(value), esc(label));
    h += QStringLiteral("</tr></table>\n");
    QStringList roles;
    for (const auto &[role, n] : r.countriesByRole)
        roles << esc(ReportTr::tr("%1 countries: %2").arg(role, number(n)));
    QStringList funds;
    for (const CurrencyAmount &a : r.funding)
        funds << esc(a.currency + QLatin1Char(' ') + amount(a.amount));
    h += QStringLiteral("<p style=\"font-size: 9pt;\">");
    if (!roles.isEmpty())
        h += roles.join(QStringLiteral(" · ")) + QStringLiteral("<br>");
    h += funds.isEmpty()
             ? esc(ReportTr::tr("Funding: no amounts recorded"))
             : esc(ReportTr::tr("Funding recorded: ")) + funds.join(QStringLiteral(" · ")) +
                   QStringLiteral(" <span%1>(%2)</span>")
                       .arg(kSmall, esc(ReportTr::tr("each currency apart, never added together")));
    return h + QStringLiteral("</p>\n");
}

QString breakdownTable(const Breakdown &b)
{
    QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" "
                               "style=\"border-collapse: collapse;\">\n<tr><th%1></th>"
                               "<th%1>%2</th>")
                    .arg(kCell, esc(ReportTr::tr("Initiatives")));
    if (b.withAmounts)
        h += QStringLiteral("<th%1>%2</th>").arg(kCell, esc(ReportTr::tr("Amounts")));
    h += QStringLiteral("</tr>\n");
    for (const BreakdownRow &row : b.rows) {
        h += QStringLiteral("<tr><td%1>%2</td><td%3>%4</td>")
                 .arg(kCell, esc(row.label), kNumberCell, number(row.initiatives));
        if (b.withAmounts)
            h += QStringLiteral("<td%1>%2</td>").arg(kNumberCell, esc(amounts(row.amounts)));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

// A block kept whole on a page: a one-cell table (the PDF's pages break
// between such tables, never inside one that fits; browsers read the CSS).
QString keptTogether(const QString &inner, const QString &style = {})
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"page-break-inside: avoid;%1\"><tr><td>\n%2</td></tr></table>\n")
        .arg(style, inner);
}

QString initiativeBlock(const ReportInitiative &in)
{
    QString h =
        QStringLiteral("<b>%1</b> <span%2>%3</span>").arg(esc(in.title), kSmall, esc(in.id));
    const std::pair<const char *, QString> lines[] = {
        {QT_TRANSLATE_NOOP("Report", "Countries"), in.countries},
        {QT_TRANSLATE_NOOP("Report", "Programme areas"), in.programmeAreas},
        {QT_TRANSLATE_NOOP("Report", "Partners"), in.partners},
        {QT_TRANSLATE_NOOP("Report", "Funding"), in.funding}};
    for (const auto &[label, value] : lines)
        if (!value.isEmpty())
            h += QStringLiteral("<br><span style=\"color: #555;\">%1:</span> %2")
                     .arg(esc(ReportTr::tr(label)), esc(value));
    QStringList when;
    if (!in.years.isEmpty())
        when << esc(ReportTr::tr("Years: %1").arg(in.years));
    if (!in.status.isEmpty())
        when << esc(ReportTr::tr("Status: %1").arg(in.status));
    if (!when.isEmpty())
        h += QStringLiteral("<br><span style=\"color: #555;\">%1</span>")
                 .arg(when.join(QStringLiteral(" · ")));
    return keptTogether(QStringLiteral("<p style=\"font-size: 9pt;\">%1</p>").arg(h),
                        QStringLiteral(" margin-top: 2px; border-top: 1px solid #ddd;"));
}

} // namespace

QString reportHtml(const Report &r, const FigureMarkup &figureHook)
{
    const FigureMarkup figure =
        figureHook ? figureHook : [&r](const FigureRequest &f) { return inlineFigure(r, f); };
    const QSizeF body = reportBodySize(r.options);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<title>%1</title>\n</head>\n"
                        "<body style=\"font-family: sans-serif; color: #222;\">\n")
             .arg(esc(r.title));

    // The summary: one page a reader may stop at.
    if (const QSize logo =
            r.options.logoPath.isEmpty() ? QSize() : QImageReader(r.options.logoPath).size();
        logo.isValid() && logo.height() > 0) {
        // At most 56 px high and half the page wide, in proportion.
        QSize size = logo.scaled(QSize(int(body.width() / 2), 56), Qt::KeepAspectRatio);
        if (size.height() > logo.height())
            size = logo;
        h += QStringLiteral("<p>%1</p>\n").arg(figure({FigureRequest::Logo, nullptr, 0, size}));
    }
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(r.title));
    if (!r.options.introduction.trimmed().isEmpty())
        h += QStringLiteral("<p style=\"font-size: 10.5pt;\">%1</p>\n")
                 .arg(esc(r.options.introduction.trimmed())
                          .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    h += QStringLiteral("<p%1>%2 · %3<br>%4</p>\n")
             .arg(kSmall, esc(ReportTr::tr("Catalogue: %1").arg(r.catalogueName)),
                  esc(ReportTr::tr("Prepared on %1").arg(r.generated.date().toString(Qt::ISODate))),
                  esc(ReportTr::tr("Scope: %1").arg(r.scope)));
    if (r.options.headline)
        h += headlineTiles(r);
    std::vector<const Breakdown *> onSummary;
    if (r.options.charts) {
        onSummary = summaryCharts(r);
        // A landscape page is short: a smaller map and fewer bars keep the
        // summary on it.
        const bool landscape = r.options.landscape;
        const int mapWidth =
            int(std::min(body.width(), body.height() * (landscape ? 0.21 : 0.3) * 2.2));
        h += QStringLiteral("<p style=\"font-weight: bold; margin-bottom: 2px;\">%1</p>\n"
                            "<p align=\"center\">%2</p>\n")
                 .arg(esc(ReportTr::tr("Initiatives per country, in any role")),
                      figure(
                          {FigureRequest::Map, nullptr, 0, QSize(mapWidth, int(mapWidth / 2.2))}));
        const int columns = r.options.landscape ? 3 : 2;
        const int width = int(body.width()) / columns - 16;
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
        for (size_t i = 0; i < onSummary.size(); ++i) {
            const Breakdown &b = *onSummary[i];
            if (i % size_t(columns) == 0)
                h += QStringLiteral("<tr>");
            const size_t recorded = chartedRows(b).rows.size();
            const int rows =
                int(std::min<size_t>(recorded, kSummaryChartRows - (landscape ? 1 : 0)));
            h += QStringLiteral("<td width=\"%1%\" valign=\"top\"><p style=\"font-weight: bold; "
                                "margin-bottom: 2px;\">%2</p><p style=\"margin: 0;\">%3</p>")
                     .arg(100 / columns)
                     .arg(esc(b.title), figure({FigureRequest::Chart, &b, rows,
                                                QSize(width, chartHeight(b, rows))}));
            if (recorded > size_t(rows))
                h += QStringLiteral("<p%1>%2</p>")
                         .arg(kSmall, esc(ReportTr::tr("The largest %1 of %2; all in the tables.")
                                              .arg(rows)
                                              .arg(recorded)));
            h += QStringLiteral("</td>");
            if (i % size_t(columns) == size_t(columns - 1) || i + 1 == onSummary.size())
                h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }
    // The details start on a page of their own.
    QString pageBreak = r.options.headline || r.options.charts
                            ? QStringLiteral(" style=\"page-break-before: always;\"")
                            : QString();
    auto section = [&](const QString &title) {
        h += QStringLiteral("<h2%1>%2</h2>\n").arg(pageBreak, esc(title));
        pageBreak.clear();
    };

    if (r.options.breakdowns) {
        section(ReportTr::tr("Breakdowns"));
        for (const Breakdown &b : r.breakdowns) {
            QString inner = QStringLiteral("<h3>%1</h3>\n").arg(esc(b.title));
            if (b.rows.empty()) {
                h += keptTogether(
                    inner + QStringLiteral("<p>%1</p>\n").arg(esc(ReportTr::tr("None recorded."))));
                continue;
            }
            const size_t recorded = chartedRows(b).rows.size();
            if (r.options.charts && b.charted && recorded > 0 &&
                std::find(onSummary.begin(), onSummary.end(), &b) == onSummary.end()) {
                const int rows = int(std::min<size_t>(recorded, 12));
                inner += QStringLiteral("<p>%1</p>\n")
                             .arg(figure({FigureRequest::Chart, &b, rows,
                                          QSize(int(body.width() * 0.8), chartHeight(b, rows))}));
            }
            inner += breakdownTable(b);
            if (!b.note.isEmpty())
                inner += QStringLiteral("<p%1>%2</p>\n").arg(kSmall, esc(b.note));
            h += keptTogether(inner, QStringLiteral(" margin-top: 6px;"));
        }
    }
    if (r.options.initiatives) {
        section(ReportTr::tr("Initiatives"));
        for (const ReportInitiative &in : r.initiatives)
            h += initiativeBlock(in);
        if (r.listShortened())
            h += QStringLiteral("<p>%1</p>\n").arg(esc(r.listNote()));
    }
    if (r.options.sources && !r.sources.empty()) {
        section(ReportTr::tr("Sources"));
        // Each source a block kept whole: its title and its address on one
        // page, numbered as the list is cited.
        int n = 0;
        for (const Source &s : r.sources) {
            QString line = QStringLiteral("%1. ").arg(++n) + esc(s.title);
            if (!s.publisher.isEmpty())
                line += QStringLiteral(", ") + esc(s.publisher);
            if (!s.date.isEmpty())
                line += QStringLiteral(" (") + esc(s.date) + QLatin1Char(')');
            // Only web addresses become links: a file: or javascript: one
            // would run or open something on the reader's machine.
            if (s.url.startsWith(QLatin1String("https://")) ||
                s.url.startsWith(QLatin1String("http://")))
                line += QStringLiteral("<br><a href=\"%1\">%1</a>").arg(esc(s.url));
            h += keptTogether(QStringLiteral("<p style=\"margin: 0;\">%1</p>").arg(line));
        }
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace ssc
