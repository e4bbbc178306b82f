// The text formats of a report: Markdown, CSV and JSON (HTML in ReportHtml.cpp).
#include "ReportWording.h"
#include "ReportWriter.h"

#include "core/io/csv/CsvExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ssc {

using namespace wording;

namespace {

// Record text (and the title, the catalogue's name, the introduction) as a
// Markdown viewer shows it literally: no HTML, link, image, emphasis, code
// or table syntax of its own, and nothing that starts a block. HTML's < >
// become entities (every flavour decodes them; a backslash before < does
// not stop Markdown.pl), and & only where it would start one, so "C&A"
// stays as written; the other punctuation gets a backslash, which
// CommonMark and Markdown.pl take off. A _ between letters or digits
// ("ssc_2019_01") starts no emphasis in CommonMark and is left alone.
// Line breaks become spaces: every value stays on its line.
QString md(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&#?[A-Za-z0-9]+;"));
    auto wordAt = [&text](qsizetype i) {
        return i >= 0 && i < text.size() && text[i].isLetterOrNumber();
    };
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case '\n':
        case '\r':
            out += QLatin1Char(' ');
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '&':
            out += entity.match(QStringView(text).mid(i, 40)).hasMatch() ? QStringLiteral("&amp;")
                                                                         : QStringLiteral("&");
            break;
        case '_':
            if (!wordAt(i - 1) || !wordAt(i + 1))
                out += QLatin1Char('\\');
            out += c;
            break;
        case '\\':
        case '`':
        case '*':
        case '[':
        case ']':
        case '|':
        case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    // What would start a heading, quote, list or rule at the start of a
    // line (the introduction is a paragraph of its own), and the "#" a
    // heading would drop at its end.
    static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#+=-]|\\d{1,9}(?=[.)]))"));
    if (const auto m = blockStart.match(out); m.hasMatch()) {
        const qsizetype at = m.capturedEnd(0) - (m.captured(2).front().isDigit() ? 0 : 1);
        out.insert(at, QLatin1Char('\\'));
    }
    if (out.endsWith(QLatin1Char('#')))
        out.insert(out.size() - 1, QLatin1Char('\\'));
    return out;
}

// A source's address as a link only when it is a web address; anything
// else ("javascript:...") as text.
QString mdLink(const QString &url)
{
    static const QRegularExpression web(QStringLiteral("^(https?|ftp)://[^\\s<>\"`]+$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return web.match(url).hasMatch() ? QStringLiteral("<%1>").arg(url) : md(url);
}

} // namespace

QString reportMarkdown(const Report &r)
{
    QString m;
    m += QStringLiteral("# %1\n\n").arg(md(r.title));
    if (!r.options.introduction.trimmed().isEmpty())
        m += md(r.options.introduction.trimmed()) + QStringLiteral("\n\n");
    m += ReportTr::tr("Catalogue: %1").arg(md(r.catalogueName)) + QStringLiteral("  \n");
    m += ReportTr::tr("Prepared on %1").arg(r.generated.date().toString(Qt::ISODate)) +
         QStringLiteral("  \n");
    m += ReportTr::tr("Scope: %1").arg(md(r.scope)) + QStringLiteral("\n\n");
    if (r.options.headline) {
        m += QStringLiteral("## %1\n\n| | |\n|---|---:|\n").arg(ReportTr::tr("Headline figures"));
        for (const auto &[label, value] : headline(r))
            m += QStringLiteral("| %1 | %2 |\n").arg(md(label), md(value));
        m += QLatin1Char('\n');
    }
    if (r.options.breakdowns) {
        for (const Breakdown &b : r.breakdowns) {
            m += QStringLiteral("## %1\n\n").arg(md(b.title));
            if (b.rows.empty()) {
                m += ReportTr::tr("None recorded.") + QStringLiteral("\n\n");
                continue;
            }
            m += QStringLiteral("| | %1 |%2\n|---|---:|%3\n")
                     .arg(ReportTr::tr("Initiatives"),
                          b.withAmounts ? QStringLiteral(" %1 |").arg(ReportTr::tr("Amounts"))
                                        : QString(),
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
                 .arg(ReportTr::tr("Initiatives"), ReportTr::tr("Title"), ReportTr::tr("Countries"),
                      ReportTr::tr("Programme areas"), ReportTr::tr("Partners"),
                      ReportTr::tr("Funding"), ReportTr::tr("Years"))
                 .arg(ReportTr::tr("Status"));
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
        m += QStringLiteral("## %1\n\n").arg(ReportTr::tr("Sources"));
        int n = 0;
        for (const Source &s : r.sources) {
            m += QStringLiteral("%1. %2").arg(++n).arg(md(s.title));
            if (!s.url.isEmpty())
                m += QLatin1Char(' ') + mdLink(s.url);
            m += QLatin1Char('\n');
        }
    }
    return m;
}

Status writeReportCsv(const Report &r, QIODevice &device)
{
    auto field = [](const QString &text) { return CsvExport::field(CsvExport::safeCell(text)); };
    // Lines are gathered in a buffer of about a megabyte and written out, so
    // a million-row list never sits in memory whole.
    QByteArray out("\xEF\xBB\xBF");
    bool written = true;
    auto flush = [&] {
        written = written && device.write(out) == out.size();
        out.clear();
    };
    auto line = [&](const QStringList &cells) {
        QStringList fields;
        for (const QString &c : cells)
            fields << field(c);
        out += (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        if (out.size() >= (1 << 20))
            flush();
    };
    auto plain = [](double a) { return QString::number(a, 'f', 2); };
    line({ReportTr::tr("Section"), ReportTr::tr("Item"), ReportTr::tr("Initiatives"),
          ReportTr::tr("Currency"), ReportTr::tr("Amount"), ReportTr::tr("Details")});
    line({ReportTr::tr("Report"), ReportTr::tr("Title"), {}, {}, {}, r.title});
    line({ReportTr::tr("Report"), ReportTr::tr("Catalogue"), {}, {}, {}, r.catalogueName});
    line({ReportTr::tr("Report"),
          ReportTr::tr("Prepared on"),
          {},
          {},
          {},
          r.generated.date().toString(Qt::ISODate)});
    line({ReportTr::tr("Report"), ReportTr::tr("Scope"), {}, {}, {}, r.scope});
    if (r.options.headline) {
        const QString s = ReportTr::tr("Headline figures");
        line({s, ReportTr::tr("Initiatives"), QString::number(r.initiativeCount), {}, {}, {}});
        line({s, ReportTr::tr("Countries involved"), QString::number(r.countryCount), {}, {}, {}});
        for (const auto &[role, n] : r.countriesByRole)
            line({s, ReportTr::tr("%1 countries").arg(role), QString::number(n), {}, {}, {}});
        line({s, ReportTr::tr("Partners"), QString::number(r.partnerCount), {}, {}, {}});
        for (const CurrencyAmount &a : r.funding)
            line({s, ReportTr::tr("Funding"), {}, a.currency, plain(a.amount), {}});
        line({s, ReportTr::tr("Years covered"), {}, {}, {}, yearsText(r)});
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
        const Status listed = r.forEachListed([&](const ReportInitiative &in) {
            line({ReportTr::tr("Initiative"),
                  in.title,
                  {},
                  {},
                  {},
                  QStringList{in.id, in.countries, in.programmeAreas, in.partners, in.funding,
                              in.years, in.status}
                      .join(QStringLiteral(" | "))});
        });
        if (!listed.ok())
            return listed;
    }
    if (r.options.sources) {
        for (const Source &s : r.sources)
            line({ReportTr::tr("Source"), s.title, {}, {}, {}, s.url});
    }
    flush();
    if (!written)
        return Error{ReportTr::tr("Cannot write the report: %1").arg(device.errorString()),
                     Error::Kind::Input};
    return success();
}

Status writeReportJson(const Report &r, QIODevice &device)
{
    using nlohmann::json;
    auto s = [](const QString &text) { return text.toStdString(); };
    auto amountsJson = [&s](const std::vector<CurrencyAmount> &list) {
        json a = json::array();
        for (const CurrencyAmount &c : list)
            a.push_back({{"currency", s(c.currency)}, {"amount", c.amount}});
        return a;
    };
    // What json::dump(2) of the whole document gives, written a member at a
    // time: the members in nlohmann::json's order (by name), each value
    // dumped on its own and indented to its depth (a JSON string holds no
    // raw line break), and the list a row at a time from memory or disk.
    std::string out = "{";
    bool written = true;
    auto flush = [&] {
        written = written && device.write(out.data(), qint64(out.size())) == qint64(out.size());
        out.clear();
    };
    auto indented = [&out](const json &value, const char *indent) {
        for (const char c : value.dump(2)) {
            out += c;
            if (c == '\n')
                out += indent;
        }
    };
    bool firstMember = true;
    auto member = [&](const char *name) {
        out += firstMember ? "\n  \"" : ",\n  \"";
        firstMember = false;
        out += name;
        out += "\": ";
    };
    auto value = [&](const char *name, const json &v) {
        member(name);
        indented(v, "  ");
    };

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
    value("breakdowns", breakdowns);
    value("catalogue", s(r.catalogueName));
    value("generated", s(r.generated.toString(Qt::ISODate)));
    json roles = json::object();
    for (const auto &[role, n] : r.countriesByRole)
        roles[s(role)] = n;
    value("headline", {{"initiatives", r.initiativeCount},
                       {"countries", r.countryCount},
                       {"countriesByRole", roles},
                       {"partners", r.partnerCount},
                       {"funding", amountsJson(r.funding)},
                       {"firstYear", r.firstYear ? json(*r.firstYear) : json(nullptr)},
                       {"lastYear", r.lastYear ? json(*r.lastYear) : json(nullptr)}});

    member("initiatives");
    qint64 listedRows = 0;
    const Status listed = r.forEachListed([&](const ReportInitiative &in) {
        json sources = json::array();
        for (const QString &k : in.sources)
            sources.push_back(s(k));
        out += listedRows++ == 0 ? "[\n    " : ",\n    ";
        indented({{"id", s(in.id)},
                  {"title", s(in.title)},
                  {"countries", s(in.countries)},
                  {"programmeAreas", s(in.programmeAreas)},
                  {"partners", s(in.partners)},
                  {"funding", s(in.funding)},
                  {"years", s(in.years)},
                  {"status", s(in.status)},
                  {"sources", sources}},
                 "    ");
        // About a megabyte at a time: a million rows never sit in memory.
        if (out.size() >= (1u << 20))
            flush();
    });
    if (!listed.ok())
        return listed;
    out += listedRows == 0 ? "[]" : "\n  ]";
    value("initiativesListed", listedRows);
    value("scope", s(r.scope));
    json sources = json::array();
    for (const Source &src : r.sources)
        sources.push_back({{"id", s(src.id)},
                           {"title", s(src.title)},
                           {"url", s(src.url)},
                           {"publisher", s(src.publisher)},
                           {"date", s(src.date)}});
    value("sources", sources);
    value("title", s(r.title));
    out += "\n}\n";
    flush();
    if (!written)
        return Error{ReportTr::tr("Cannot write the report: %1").arg(device.errorString()),
                     Error::Kind::Input};
    return success();
}

namespace {

// A streamed format's bytes in memory. Writing to memory fails only when
// the list on disk cannot be read.
QByteArray inMemory(const Report &r, Status (*writeTo)(const Report &, QIODevice &))
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writeTo(r, buffer).ok())
        return {};
    return bytes;
}

} // namespace

QByteArray reportCsv(const Report &r)
{
    return inMemory(r, writeReportCsv);
}

QByteArray reportJson(const Report &r)
{
    return inMemory(r, writeReportJson);
}

} // namespace ssc
