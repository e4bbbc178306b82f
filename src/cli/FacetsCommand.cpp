// `ssc-catalogue facets`: every facet's counts under the filter.
#include "Command.h"
#include "CommandLine.h"
#include "FilterOptions.h"
#include "OutputWriter.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

using nlohmann::json;

int runFacets(CommandContext &c)
{
    if (Status s = c.open(CommandContext::Open::ToQuery); !s)
        return c.fail(s.error());
    const auto chosen = outputFormat(c.parser);
    if (!chosen.ok())
        return c.fail(chosen.error());
    const OutputFormat format = *chosen;
    auto filter = FilterOptions::read(c.parser, *c.store);
    if (!filter.ok())
        return c.fail(CommandLine::InputError, filter.error().message);
    std::vector<Facet> facets(std::begin(kAllFacets), std::end(kAllFacets));
    if (c.parser.isSet(QStringLiteral("facet"))) {
        const auto facet = facetFromKey(c.parser.value(QStringLiteral("facet")));
        if (!facet) {
            QStringList keys;
            for (Facet f : kAllFacets)
                keys << facetKey(f);
            return c.fail(
                CommandLine::InputError,
                Tr::tr("--facet: unknown facet \"%1\" (expected one of: %2)")
                    .arg(c.parser.value(QStringLiteral("facet")), keys.join(QStringLiteral(", "))));
        }
        facets = {*facet};
    }
    const auto counted = c.store->count(*filter);
    std::vector<std::pair<Facet, std::vector<FacetValueCount>>> results;
    for (Facet f : facets) {
        auto values = c.store->facetCounts(*filter, f);
        if (!values.ok())
            return c.fail(CommandLine::CatalogueError, values.error().message);
        results.emplace_back(f, std::move(values.value()));
    }
    if (!counted.ok())
        return c.fail(CommandLine::CatalogueError, counted.error().message);
    const qint64 total = *counted;
    if (format == OutputFormat::Json) {
        json all = json::object();
        for (const auto &[f, values] : results) {
            json list = json::array();
            for (const FacetValueCount &v : values)
                list.push_back({{"value", v.value.toStdString()},
                                {"label", v.label.toStdString()},
                                {"count", v.count}});
            all[facetKey(f).toStdString()] = std::move(list);
        }
        c.out << QString::fromStdString(json({{"total", total}, {"facets", all}}).dump(2)) << '\n';
        return CommandLine::Success;
    }
    OutputWriter::Rows rows;
    for (const auto &[f, values] : results) {
        for (const FacetValueCount &v : values)
            rows << QStringList{facetKey(f), v.value, v.label, QString::number(v.count)};
    }
    const QStringList headers{Tr::tr("Facet"), Tr::tr("Value"), Tr::tr("Name"), Tr::tr("Count")};
    if (format == OutputFormat::Csv) {
        c.out << OutputWriter::csv(headers, rows);
    } else {
        c.out << OutputWriter::table(headers, rows, 60);
        c.out << Tr::tr("%1 initiatives match").arg(total) << '\n';
    }
    return CommandLine::Success;
}

void addFacetsOptions(QCommandLineParser &parser)
{
    addOutputFormatOption(parser);
    parser.addOption({QStringLiteral("facet"),
                      Tr::tr("Only this facet (country, region, programme-area, partner, ...)."),
                      Tr::tr("FACET")});
}

} // namespace

const Command kFacetsCommand = {
    "facets",
    QT_TRANSLATE_NOOP("CommandLine",
                      "facets         count initiatives per country, area, partner, ... under the "
                      "filter"),
    true,
    nullptr,
    addFacetsOptions,
    runFacets};

} // namespace ssc
