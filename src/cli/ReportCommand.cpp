// `ssc-catalogue report [filter flags] --output FILE [--format F] [--title T]
// [--sections LIST] [--paper a4|letter] [--landscape] [--list-limit N|all]
// [--logo FILE] [--intro TEXT]`.
#include "Command.h"
#include "CommandLine.h"
#include "FilterOptions.h"

#include "core/query/FacetDefinitions.h"
#include "core/storage/CatalogueStore.h"
#include "report/Report.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void addReportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("pdf, html, md, csv, xlsx or json (default: from the file name)."),
                      Tr::tr("FORMAT")});
    parser.addOptions({
        {QStringLiteral("output"), Tr::tr("The report file to write."), Tr::tr("FILE")},
        {QStringLiteral("title"), Tr::tr("The report's title (default: the filter in words)."),
         Tr::tr("TITLE")},
        {QStringLiteral("logo"), Tr::tr("An image drawn at the top of the first page (PDF, HTML)."),
         Tr::tr("FILE")},
        {QStringLiteral("intro"), Tr::tr("A paragraph under the title (PDF, HTML)."),
         Tr::tr("TEXT")},
        {QStringLiteral("sections"),
         Tr::tr("Sections to include, comma-separated: headline, breakdowns, charts, initiatives, "
                "sources (default: all)."),
         Tr::tr("LIST")},
        {QStringLiteral("paper"), Tr::tr("PDF paper size: a4 (default) or letter."), Tr::tr("SIZE"),
         QStringLiteral("a4")},
        {QStringLiteral("landscape"), Tr::tr("PDF in landscape orientation.")},
        {QStringLiteral("list-limit"),
         Tr::tr("List at most N initiatives, or \"all\" (default: 1000 in PDF, HTML and Markdown, "
                "all in CSV, XLSX and JSON). The figures always cover every initiative."),
         Tr::tr("N")},
    });
}

int runReport(CommandContext &c)
{
    const QCommandLineParser &parser = c.parser;
    QTextStream &out = c.out;
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        return c.fail(CommandLine::InputError,
                      Tr::tr("report: give the file to write with --output FILE"));
    const QString formatName = parser.value(QStringLiteral("format"));
    const std::optional<ReportFormat> format =
        formatName.isEmpty() ? reportFormatFromPath(path) : reportFormatFromName(formatName);
    if (!format) {
        return c.fail(CommandLine::InputError,
                      (formatName.isEmpty() ? Tr::tr("report: cannot tell the format from \"%1\"")
                                            : Tr::tr("report: unknown --format \"%1\""))
                              .arg(formatName.isEmpty() ? path : formatName) +
                          Tr::tr(" (expected %1)").arg(reportFormatNames()));
    }
    // Their charts and map are drawn with fonts (main() makes a graphical
    // application, without a display, for this command).
    if (reportNeedsGui(*format) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return c.fail(CommandLine::InputError, Tr::tr("report: %1 needs the graphical libraries")
                                                   .arg(reportFormatSuffix(*format).toUpper()));

    ReportOptions options;
    options.title = parser.value(QStringLiteral("title"));
    options.logoPath = parser.value(QStringLiteral("logo"));
    options.introduction = parser.value(QStringLiteral("intro"));
    if (!options.logoPath.isEmpty() && QImageReader(options.logoPath).size().isEmpty())
        return c.fail(
            CommandLine::InputError,
            Tr::tr("--logo: \"%1\" is not an image that can be read").arg(options.logoPath));
    if (parser.isSet(QStringLiteral("sections"))) {
        const QStringList wanted =
            parser.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        options.headline = options.breakdowns = options.charts = options.initiatives =
            options.sources = false;
        for (const QString &raw : wanted) {
            const QString s = raw.trimmed().toLower();
            bool *flag = s == QLatin1String("headline")      ? &options.headline
                         : s == QLatin1String("breakdowns")  ? &options.breakdowns
                         : s == QLatin1String("charts")      ? &options.charts
                         : s == QLatin1String("initiatives") ? &options.initiatives
                         : s == QLatin1String("sources")     ? &options.sources
                                                             : nullptr;
            if (!flag)
                return c.fail(
                    CommandLine::InputError,
                    Tr::tr("--sections: unknown section \"%1\" (expected headline, breakdowns, "
                           "charts, initiatives or sources)")
                        .arg(raw.trimmed()));
            *flag = true;
        }
    }
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return c.fail(CommandLine::InputError,
                      Tr::tr("--paper: expected a4 or letter, not \"%1\"").arg(paper));
    options.letterPaper = paper == QLatin1String("letter");
    options.landscape = parser.isSet(QStringLiteral("landscape"));
    options.listLimit = defaultListLimit(*format);
    options.listOnDisk = listsOnDisk(*format);
    options.temporaryFolder = QFileInfo(path).absolutePath();
    if (parser.isSet(QStringLiteral("list-limit"))) {
        const QString limit = parser.value(QStringLiteral("list-limit")).trimmed().toLower();
        bool ok = false;
        const int n = limit.toInt(&ok);
        if (limit == QLatin1String("all"))
            options.listLimit = -1;
        else if (ok && n >= 0)
            options.listLimit = n;
        else
            return c.fail(CommandLine::InputError,
                          Tr::tr("--list-limit: expected a number of initiatives or \"all\", not "
                                 "\"%1\"")
                              .arg(limit));
    }

    if (Status s = c.open(CommandContext::Open::ToQuery); !s)
        return c.fail(s.error());
    const CatalogueStore &store = *c.store;
    const Result<CatalogueFilter> filter = FilterOptions::read(parser, store);
    if (!filter.ok())
        return c.fail(CommandLine::InputError, filter.error().message);
    // The title the window would offer: the filter in words, partners and
    // funds by their names.
    if (options.title.trimmed().isEmpty())
        options.title = ReportBuilder::titleFor(*filter, [&store](Facet facet, const QString &v) {
            const FacetDefinition &d = facetDefinition(facet);
            if (d.domain == FacetDomain::Organisation)
                if (const auto o = store.organisation(v))
                    return o->name;
            return d.displayLabel(v);
        });
    QElapsedTimer timer;
    timer.start();
    const ReportBuilder builder(store);
    const Result<std::vector<qint64>> ids = builder.idsFor(*filter);
    if (!ids.ok())
        return c.fail(CommandLine::CatalogueError, ids.error().message);
    const Result<Report> report = builder.build(*ids, builder.describe(*filter), options);
    if (!report.ok())
        return c.fail(CommandLine::CatalogueError, report.error().message);
    if (Status s = writeReport(*report, *format, path); !s)
        return c.fail(CommandLine::InputError, s.error().message);
    out << Tr::tr("Wrote a report on %1 initiatives to %2 in %3 s.")
               .arg(QString::number(report->initiativeCount), path,
                    QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
        << '\n';
    return CommandLine::Success;
}

} // namespace

const Command kReportCommand = {
    "report",
    QT_TRANSLATE_NOOP("CommandLine",
                      "report         write a summary report of the filtered initiatives: --output "
                      "FILE\n                 (PDF, HTML, Markdown, CSV, XLSX or JSON, from the "
                      "extension)"),
    true,
    nullptr,
    addReportOptions,
    runReport};

} // namespace ssc
