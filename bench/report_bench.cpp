// Times summary reports on one catalogue file and prints the figures as
// JSON: finding the initiatives, reading and summing them, and writing each
// format, for the whole catalogue and for a one-country filter.
//
//   ssc-report-bench --db catalogue.ssccat [--formats pdf,xlsx,csv,html,md,json]
#include "core/storage/CatalogueStore.h"
#include "report/Report.h"
#include "report/ReportWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <sys/resource.h>

#include <cstdio>

using namespace ssc;
using nlohmann::json;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // PDF needs fonts
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Catalogue file."), QStringLiteral("PATH")},
         {QStringLiteral("formats"), QStringLiteral("Formats to write."), QStringLiteral("LIST"),
          QStringLiteral("pdf,xlsx,csv,html,md,json")}});
    parser.process(app);
    auto opened = CatalogueStore::open(parser.value(QStringLiteral("db")),
                                       CatalogueStore::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        std::fprintf(stderr, "ssc-report-bench: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    const CatalogueStore &store = **opened;
    const ReportBuilder builder(store);
    QTemporaryDir dir;
    json out;
    const auto initiatives = store.initiativeCount();
    if (!initiatives.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(initiatives.error().message));
        return 2;
    }
    out["catalogue_initiatives"] = *initiatives;

    // The whole catalogue, and the most frequent country's initiatives.
    auto countries = store.facetCounts(CatalogueFilter{}, Facet::Country);
    CatalogueFilter oneCountry;
    if (countries.ok() && !countries->empty())
        oneCountry.countries = {countries->front().value};
    const std::vector<std::pair<const char *, CatalogueFilter>> scopes = {
        {"whole_catalogue", CatalogueFilter{}}, {"one_country", oneCountry}};

    for (const auto &[name, filter] : scopes) {
        json scope;
        QElapsedTimer t;
        t.start();
        const Result<std::vector<qint64>> ids = builder.idsFor(filter);
        if (!ids.ok()) {
            std::fprintf(stderr, "ssc-report-bench: %s\n", qPrintable(ids.error().message));
            return 2;
        }
        scope["initiatives"] = ids->size();
        scope["find_s"] = seconds(t);
        for (const QString &formatName :
             parser.value(QStringLiteral("formats")).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<ReportFormat> format = reportFormatFromName(formatName);
            if (!format)
                continue;
            ReportOptions options;
            options.listLimit = defaultListLimit(*format);
            options.listOnDisk = listsOnDisk(*format);
            options.temporaryFolder = dir.path(); // beside the report, as the program does
            t.restart();
            const Result<Report> report = builder.build(*ids, builder.describe(filter), options);
            if (!report.ok()) {
                std::fprintf(stderr, "ssc-report-bench: %s\n", qPrintable(report.error().message));
                return 2;
            }
            const double built = seconds(t);
            const QString path = dir.filePath(QStringLiteral("report.") + formatName);
            t.restart();
            if (Status s = writeReport(*report, *format, path); !s.ok()) {
                std::fprintf(stderr, "ssc-report-bench: %s\n", qPrintable(s.error().message));
                return 2;
            }
            const double written = seconds(t);
            scope[formatName.toStdString()] = {{"build_s", built},
                                               {"write_s", written},
                                               {"total_s", built + written},
                                               {"listed", report->listedCount()},
                                               {"bytes", QFileInfo(path).size()}};
            std::fprintf(stderr, "%s %s: build %.1f s, write %.1f s\n", name,
                         qPrintable(formatName), built, written);
        }
        out[name] = scope;
    }
    out["peak_rss_mb"] = peakRssMb();
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
