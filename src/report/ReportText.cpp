// The text formats of a report: HTML, Markdown, CSV and JSON.
#include "ReportWriter.h"

#include "core/io/csv/CsvExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ssc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString amount(double a)
{
    return QLocale(QLocale::English).toString(a, 'f', 2);
}

QString amounts(const std::vector<CurrencyAmount> &list)
{
    QStringList parts;
    for (const CurrencyAmount &a : list)
        parts << a.currency + QLatin1Char(' ') + amount(a.amount);
    return parts.join(QStringLiteral("; "));
}

QString yearsText(const Report &r)
{
    if (!r.firstYear)
        return {};
    return *r.firstYear == *r.lastYear ? QString::number(*r.firstYear)
                                       : QStringLiteral("%1–%2").arg(*r.firstYear).arg(*r.lastYear);
}

// Headline figures as label/value pairs, shared by every format.
std::vector<std::pair<QString, QString>> headline(const Report &r)
{
    std::vector<std::pair<QString, QString>> rows;
    rows.push_back({tr("Initiatives"), number(r.initiativeCount)});
    rows.push_back({tr("Countries involved"), number(r.countryCount)});
    for (const auto &[role, n] : r.countriesByRole)
        rows.push_back({tr("%1 countries").arg(role), number(n)});
    rows.push_back({tr("Partners"), number(r.partnerCount)});
    for (const CurrencyAmount &a : r.funding)
        rows.push_back({tr("Funding in %1").arg(a.currency), amount(a.amount)});
    rows.push_back({tr("Years covered"), yearsText(r)});
    return rows;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString svgChart(const Breakdown &all)
{
    const Breakdown b = chartedRows(all);
    const int shown = int(std::min<size_t>(b.rows.size(), 12));
    if (shown == 0)
        return {};
    const qint64 top = std::max_element(b.rows.begin(), b.rows.begin() + shown,
                                        [](const BreakdownRow &x, const BreakdownRow &y) {
                                            return x.initiatives < y.initiatives;
                                        })
                           ->initiatives;
    const int rowHeight = 22;
    const int labelWidth = 260;
    const int barWidth = 340;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                                 "height=\"%2\" role=\"img\" aria-label=\"%3\">")
                      .arg(labelWidth + barWidth + 60)
                      .arg(shown * rowHeight + 4)
                      .arg(esc(b.title));
    for (int i = 0; i < shown; ++i) {
        const BreakdownRow &row = b.rows[size_t(i)];
        const int y = i * rowHeight + 2;
        const int w =
            top > 0 ? std::max(1, int(double(barWidth) * double(row.initiatives) / double(top)))
                    : 1;
        QString label = row.label;
        if (label.size() > 40)
            label = label.left(39) + QChar(0x2026);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" font-size=\"12\" "
                              "font-family=\"sans-serif\">%3</text>")
                   .arg(labelWidth - 6)
                   .arg(y + 15)
                   .arg(esc(label));
        svg +=
            QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"#1cabe2\"/>")
                .arg(labelWidth)
                .arg(y + 2)
                .arg(w);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" "
                              "font-family=\"sans-serif\">%3</text>")
                   .arg(labelWidth + w + 4)
                   .arg(y + 15)
                   .arg(number(row.initiatives));
    }
    return svg + QStringLiteral("</svg>");
}

} // namespace

QString safeCell(const QString &text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && risky.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString reportHtml(const Report &r, const ChartMarkup &chart)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<title>%1</title>\n</head>\n"
                        "<body style=\"font-family: sans-serif; margin: 2em; color: #222;\">\n")
             .arg(esc(r.title));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(r.title));
    h += QStringLiteral("<p>%1<br>%2<br>%3</p>\n")
             .arg(esc(tr("Catalogue: %1").arg(r.catalogueName)),
                  esc(tr("Prepared on %1").arg(r.generated.date().toString(Qt::ISODate))),
                  esc(tr("Scope: %1").arg(r.scope)));
    const QString table =
        QStringLiteral(" style=\"border-collapse: collapse; margin-bottom: 1.5em;\"");
    const QString cell = QStringLiteral(" style=\"border: 1px solid #bbb; padding: 2px 6px;\"");
    const QString numberCell =
        QStringLiteral(" style=\"border: 1px solid #bbb; padding: 2px 6px; text-align: right;\"");
    if (r.options.headline) {
        h += QStringLiteral("<h2>%1</h2>\n<table%2>\n").arg(esc(tr("Headline figures")), table);
        for (const auto &[label, value] : headline(r))
            h += QStringLiteral("<tr><th%1>%2</th><td%3>%4</td></tr>\n")
                     .arg(cell, esc(label), numberCell, esc(value));
        h += QStringLiteral("</table>\n");
    }
    if (r.options.breakdowns) {
        for (const Breakdown &b : r.breakdowns) {
            h += QStringLiteral("<h2>%1</h2>\n").arg(esc(b.title));
            if (b.rows.empty()) {
                h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("None recorded.")));
                continue;
            }
            if (r.options.charts && b.charted && !chartedRows(b).rows.empty())
                h += QStringLiteral("<div style=\"margin: 0 0 1em 0;\">%1</div>\n")
                         .arg(chart ? chart(b) : svgChart(b));
            h += QStringLiteral("<table%1>\n<tr><th%2></th><th%2>%3</th>")
                     .arg(table, cell, esc(tr("Initiatives")));
            if (b.withAmounts)
                h += QStringLiteral("<th%1>%2</th>").arg(cell, esc(tr("Amounts")));
            h += QStringLiteral("</tr>\n");
            for (const BreakdownRow &row : b.rows) {
                h += QStringLiteral("<tr><td%1>%2</td><td%3>%4</td>")
                         .arg(cell, esc(row.label), numberCell, number(row.initiatives));
                if (b.withAmounts)
                    h += QStringLiteral("<td%1>%2</td>").arg(numberCell, esc(amounts(row.amounts)));
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
            if (!b.note.isEmpty())
                h += QStringLiteral("<p><small>%1</small></p>\n").arg(esc(b.note));
        }
    }
    if (r.options.initiatives) {
        h += QStringLiteral("<h2>%1</h2>\n<table%2>\n<tr>").arg(esc(tr("Initiatives")), table);
        for (const char *head :
             {"Title", "Countries", "Programme areas", "Partners", "Funding", "Years", "Status"})
            h += QStringLiteral("<th%1>%2</th>").arg(cell, esc(tr(head)));
        h += QStringLiteral("</tr>\n");
        for (const ReportInitiative &in : r.initiatives) {
            h += QStringLiteral("<tr>");
            for (const QString &v : {in.title, in.countries, in.programmeAreas, in.partners,
                                     in.funding, in.years, in.status})
                h += QStringLiteral("<td%1>%2</td>").arg(cell, esc(v));
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
        if (r.listShortened())
            h += QStringLiteral("<p>%1</p>\n").arg(esc(r.listNote()));
    }
    if (r.options.sources && !r.sources.empty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(tr("Sources")));
        for (const Source &s : r.sources) {
            QString line = esc(s.title);
            if (!s.publisher.isEmpty())
                line += QStringLiteral(", ") + esc(s.publisher);
            if (!s.date.isEmpty())
                line += QStringLiteral(" (") + esc(s.date) + QLatin1Char(')');
            if (s.url.startsWith(QLatin1String("https://")) ||
                s.url.startsWith(QLatin1String("http://")))
                line += QStringLiteral(" <a href=\"%1\">%1</a>").arg(esc(s.url));
            h += QStringLiteral("<li>%1</li>\n").arg(line);
        }
        h += QStringLiteral("</ol>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

QString reportMarkdown(const Report &r)
{
    // Table cells: pipes escaped, line breaks flattened.
    auto md = [](QString text) {
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        return text;
    };
    QString m;
    m += QStringLiteral("# %1\n\n").arg(md(r.title));
    m += tr("Catalogue: %1").arg(md(r.catalogueName)) + QStringLiteral("  \n");
    m +=
        tr("Prepared on %1").arg(r.generated.date().toString(Qt::ISODate)) + QStringLiteral("  \n");
    m += tr("Scope: %1").arg(md(r.scope)) + QStringLiteral("\n\n");
    if (r.options.headline) {
        m += QStringLiteral("## %1\n\n| | |\n|---|---:|\n").arg(tr("Headline figures"));
        for (const auto &[label, value] : headline(r))
            m += QStringLiteral("| %1 | %2 |\n").arg(md(label), md(value));
        m += QLatin1Char('\n');
    }
    if (r.options.breakdowns) {
        for (const Breakdown &b : r.breakdowns) {
            m += QStringLiteral("## %1\n\n").arg(md(b.title));
            if (b.rows.empty()) {
                m += tr("None recorded.") + QStringLiteral("\n\n");
                continue;
            }
            m += QStringLiteral("| | %1 |%2\n|---|---:|%3\n")
                     .arg(tr("Initiatives"),
                          b.withAmounts ? QStringLiteral(" %1 |").arg(tr("Amounts")) : QString(),
                          b.withAmounts ? QStringLiteral("---:|") : QString());
            for (const BreakdownRow &row : b.rows) {
                m += QStringLiteral("| %1 | %2 |").arg(md(row.label), number(row.initiatives));
                if (b.withAmounts)
                    m += QStringLiteral(" %1 |").arg(md(amounts(row.amounts)));
                m += QLatin1Char('\n');
            }
            m += QLatin1Char('\n');
            if (!b.note.isEmpty())
                m += QStringLiteral("*%1*\n\n").arg(md(b.note));
        }
    }
    if (r.options.initiatives) {
        m += QStringLiteral("## %1\n\n| %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n"
                            "|---|---|---|---|---|---|---|\n")
                 .arg(tr("Initiatives"), tr("Title"), tr("Countries"), tr("Programme areas"),
                      tr("Partners"), tr("Funding"), tr("Years"))
                 .arg(tr("Status"));
        for (const ReportInitiative &in : r.initiatives) {
            m += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                     .arg(md(in.title), md(in.countries), md(in.programmeAreas), md(in.partners),
                          md(in.funding), md(in.years), md(in.status));
        }
        m += QLatin1Char('\n');
        if (r.listShortened())
            m += md(r.listNote()) + QStringLiteral("\n\n");
    }
    if (r.options.sources && !r.sources.empty()) {
        m += QStringLiteral("## %1\n\n").arg(tr("Sources"));
        int n = 0;
        for (const Source &s : r.sources) {
            m += QStringLiteral("%1. %2").arg(++n).arg(md(s.title));
            if (!s.url.isEmpty())
                m += QStringLiteral(" <%1>").arg(s.url);
            m += QLatin1Char('\n');
        }
    }
    return m;
}

QByteArray reportCsv(const Report &r)
{
    auto field = [](const QString &text) { return CsvExport::field(safeCell(text)); };
    QString out;
    auto line = [&](const QStringList &cells) {
        QStringList fields;
        for (const QString &c : cells)
            fields << field(c);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    auto plain = [](double a) { return QString::number(a, 'f', 2); };
    line({tr("Section"), tr("Item"), tr("Initiatives"), tr("Currency"), tr("Amount"),
          tr("Details")});
    line({tr("Report"), tr("Title"), {}, {}, {}, r.title});
    line({tr("Report"), tr("Catalogue"), {}, {}, {}, r.catalogueName});
    line({tr("Report"), tr("Prepared on"), {}, {}, {}, r.generated.date().toString(Qt::ISODate)});
    line({tr("Report"), tr("Scope"), {}, {}, {}, r.scope});
    if (r.options.headline) {
        const QString s = tr("Headline figures");
        line({s, tr("Initiatives"), QString::number(r.initiativeCount), {}, {}, {}});
        line({s, tr("Countries involved"), QString::number(r.countryCount), {}, {}, {}});
        for (const auto &[role, n] : r.countriesByRole)
            line({s, tr("%1 countries").arg(role), QString::number(n), {}, {}, {}});
        line({s, tr("Partners"), QString::number(r.partnerCount), {}, {}, {}});
        for (const CurrencyAmount &a : r.funding)
            line({s, tr("Funding"), {}, a.currency, plain(a.amount), {}});
        line({s, tr("Years covered"), {}, {}, {}, yearsText(r)});
    }
    if (r.options.breakdowns) {
        for (const Breakdown &b : r.breakdowns) {
            for (const BreakdownRow &row : b.rows) {
                if (row.amounts.empty()) {
                    line({b.title, row.label, QString::number(row.initiatives), {}, {}, {}});
                    continue;
                }
                for (const CurrencyAmount &a : row.amounts)
                    line({b.title,
                          row.label,
                          QString::number(row.initiatives),
                          a.currency,
                          plain(a.amount),
                          {}});
            }
        }
    }
    if (r.options.initiatives) {
        for (const ReportInitiative &in : r.initiatives) {
            line({tr("Initiative"),
                  in.title,
                  {},
                  {},
                  {},
                  QStringList{in.id, in.countries, in.programmeAreas, in.partners, in.funding,
                              in.years, in.status}
                      .join(QStringLiteral(" | "))});
        }
    }
    if (r.options.sources) {
        for (const Source &s : r.sources)
            line({tr("Source"), s.title, {}, {}, {}, s.url});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray reportJson(const Report &r)
{
    using nlohmann::json;
    auto s = [](const QString &text) { return text.toStdString(); };
    auto amountsJson = [&s](const std::vector<CurrencyAmount> &list) {
        json a = json::array();
        for (const CurrencyAmount &c : list)
            a.push_back({{"currency", s(c.currency)}, {"amount", c.amount}});
        return a;
    };
    json out;
    out["title"] = s(r.title);
    out["generated"] = s(r.generated.toString(Qt::ISODate));
    out["catalogue"] = s(r.catalogueName);
    out["scope"] = s(r.scope);
    json roles = json::object();
    for (const auto &[role, n] : r.countriesByRole)
        roles[s(role)] = n;
    out["headline"] = {{"initiatives", r.initiativeCount},
                       {"countries", r.countryCount},
                       {"countriesByRole", roles},
                       {"partners", r.partnerCount},
                       {"funding", amountsJson(r.funding)},
                       {"firstYear", r.firstYear ? json(*r.firstYear) : json(nullptr)},
                       {"lastYear", r.lastYear ? json(*r.lastYear) : json(nullptr)}};
    json breakdowns = json::array();
    for (const Breakdown &b : r.breakdowns) {
        json rows = json::array();
        for (const BreakdownRow &row : b.rows) {
            json j = {{"label", s(row.label)}, {"initiatives", row.initiatives}};
            if (row.notRecorded)
                j["notRecorded"] = true;
            if (b.withAmounts)
                j["amounts"] = amountsJson(row.amounts);
            rows.push_back(std::move(j));
        }
        json breakdown = {{"id", s(b.id)}, {"title", s(b.title)}, {"rows", rows}};
        if (!b.note.isEmpty())
            breakdown["note"] = s(b.note);
        breakdowns.push_back(std::move(breakdown));
    }
    out["breakdowns"] = breakdowns;
    json initiatives = json::array();
    for (const ReportInitiative &in : r.initiatives) {
        json sources = json::array();
        for (const QString &k : in.sources)
            sources.push_back(s(k));
        initiatives.push_back({{"id", s(in.id)},
                               {"title", s(in.title)},
                               {"countries", s(in.countries)},
                               {"programmeAreas", s(in.programmeAreas)},
                               {"partners", s(in.partners)},
                               {"funding", s(in.funding)},
                               {"years", s(in.years)},
                               {"status", s(in.status)},
                               {"sources", sources}});
    }
    out["initiatives"] = initiatives;
    out["initiativesListed"] = qint64(r.initiatives.size());
    json sources = json::array();
    for (const Source &src : r.sources)
        sources.push_back({{"id", s(src.id)},
                           {"title", s(src.title)},
                           {"url", s(src.url)},
                           {"publisher", s(src.publisher)},
                           {"date", s(src.date)}});
    out["sources"] = sources;
    return QByteArray::fromStdString(out.dump(2)) + '\n';
}

} // namespace ssc
