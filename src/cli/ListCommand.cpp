// `ssc-catalogue list`: a page of the initiatives the filter holds.
#include "Command.h"
#include "CommandLine.h"
#include "FilterOptions.h"
#include "OutputWriter.h"

#include "core/domain/InitiativeLabels.h"
#include "core/domain/Vocabulary.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

using nlohmann::json;

std::optional<SortColumn> sortColumn(const QString &name)
{
    static const QHash<QString, SortColumn> columns = {
        {QStringLiteral("title"), SortColumn::Title},
        {QStringLiteral("countries"), SortColumn::Countries},
        {QStringLiteral("areas"), SortColumn::ProgrammeAreas},
        {QStringLiteral("partners"), SortColumn::Partners},
        {QStringLiteral("funding"), SortColumn::Funding},
        {QStringLiteral("years"), SortColumn::Years},
        {QStringLiteral("status"), SortColumn::Status},
        {QStringLiteral("type"), SortColumn::ActivityType},
        {QStringLiteral("id"), SortColumn::Identifier},
    };
    const auto it = columns.constFind(name.toLower());
    return it == columns.cend() ? std::nullopt : std::optional(*it);
}

int runList(CommandContext &c)
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
    PageRequest request;
    if (c.parser.isSet(QStringLiteral("sort"))) {
        const auto column = sortColumn(c.parser.value(QStringLiteral("sort")));
        if (!column)
            return c.fail(CommandLine::InputError,
                          Tr::tr("--sort: unknown column \"%1\" (expected title, countries, areas, "
                                 "partners, funding, years, status, type or id)")
                              .arg(c.parser.value(QStringLiteral("sort"))));
        request.sort.column = *column;
    }
    request.sort.descending = c.parser.isSet(QStringLiteral("desc"));
    bool ok = true;
    request.limit = c.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || request.limit < 0)
        return c.fail(CommandLine::InputError,
                      Tr::tr("--limit: expected a whole number, 0 for all"));
    if (request.limit == 0)
        request.limit = -1; // SQLite: no limit
    request.offset = c.parser.value(QStringLiteral("offset")).toInt(&ok);
    if (!ok || request.offset < 0)
        return c.fail(CommandLine::InputError, Tr::tr("--offset: expected a whole number"));

    const auto found = c.store->page(*filter, request);
    const auto counted = c.store->count(*filter);
    if (!found.ok() || !counted.ok())
        return c.fail(CommandLine::CatalogueError,
                      (found.ok() ? counted.error() : found.error()).message);
    const std::vector<InitiativeRow> &rows = *found;
    const qint64 total = *counted;
    switch (format) {
    case OutputFormat::Json: {
        json list = json::array();
        for (const InitiativeRow &r : rows) {
            json item = {{"id", r.id.toStdString()},
                         {"title", r.title.toStdString()},
                         {"countries", r.countries.toStdString()},
                         {"programmeAreas", r.programmeAreas.toStdString()},
                         {"partners", r.partners.toStdString()},
                         {"funding", r.funding.toStdString()},
                         {"status", r.status.toStdString()},
                         {"activityType", r.activityType.toStdString()}};
            item["startYear"] = r.startYear ? json(*r.startYear) : json(nullptr);
            item["endYear"] = r.endYear ? json(*r.endYear) : json(nullptr);
            list.push_back(std::move(item));
        }
        json doc = {{"total", total}, {"offset", request.offset}, {"initiatives", list}};
        c.out << QString::fromStdString(doc.dump(2)) << '\n';
        break;
    }
    case OutputFormat::Csv:
    case OutputFormat::Table: {
        OutputWriter::Rows table;
        // The table is read by people, in their language; CSV keeps the
        // stored names, as the catalogue's other CSV does.
        const bool local = format == OutputFormat::Table;
        for (const InitiativeRow &r : rows) {
            table << QStringList{
                r.id,
                r.title,
                local ? InitiativeLabels::localCountries(r.countries) : r.countries,
                local ? InitiativeLabels::localAreas(r.programmeAreas) : r.programmeAreas,
                local ? InitiativeLabels::localPartners(r.partners) : r.partners,
                local ? InitiativeLabels::localFunding(r.funding) : r.funding,
                r.years(),
                Vocabulary::label(Vocabulary::Kind::Status, r.status),
                Vocabulary::label(Vocabulary::Kind::ActivityType, r.activityType)};
        }
        const QStringList headers{
            Tr::tr("ID"),       Tr::tr("Title"),   Tr::tr("Countries"), Tr::tr("Programme areas"),
            Tr::tr("Partners"), Tr::tr("Funding"), Tr::tr("Years"),     Tr::tr("Status"),
            Tr::tr("Type")};
        if (format == OutputFormat::Csv) {
            c.out << OutputWriter::csv(headers, table);
        } else {
            c.out << OutputWriter::table(headers, table, 36);
            c.out << Tr::tr("%1 of %2 initiatives").arg(rows.size()).arg(total) << '\n';
        }
        break;
    }
    }
    return CommandLine::Success;
}

void addListOptions(QCommandLineParser &parser)
{
    addOutputFormatOption(parser);
    parser.addOptions({
        {QStringLiteral("sort"),
         Tr::tr("Sort by title, countries, areas, partners, funding, years, status, type or id."),
         Tr::tr("COLUMN")},
        {QStringLiteral("desc"), Tr::tr("Sort in descending order.")},
        {QStringLiteral("limit"), Tr::tr("At most N rows (default 50; 0 for all)."), Tr::tr("N"),
         QStringLiteral("50")},
        {QStringLiteral("offset"), Tr::tr("Skip the first N rows."), Tr::tr("N"),
         QStringLiteral("0")},
    });
}

} // namespace

const Command kListCommand = {
    "list",
    QT_TRANSLATE_NOOP("CommandLine", "list           list initiatives matching the filter flags"),
    true,
    nullptr,
    addListOptions,
    runList};

} // namespace ssc
