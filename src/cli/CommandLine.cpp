#include "CommandLine.h"

#include "FilterOptions.h"
#include "ImportCommand.h"
#include "InitiativeText.h"
#include "OutputWriter.h"
#include "ReportCommand.h"

#include "core/catalogue/DefaultCatalogue.h"
#include "core/domain/CatalogueValidator.h"
#include "core/domain/InitiativeLabels.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"
#include "core/generator/CatalogueGenerator.h"
#include "core/index/IndexedQuery.h"
#include "core/io/csv/CsvExport.h"
#include "core/io/iati/IatiWriter.h"
#include "core/io/json/CatalogueJson.h"
#include "core/storage/CatalogueStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <nlohmann/json.hpp>

namespace ssc {

namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QStringList kCommands = {QStringLiteral("list"),   QStringLiteral("facets"),
                               QStringLiteral("show"),   QStringLiteral("import"),
                               QStringLiteral("export"), QStringLiteral("generate"),
                               QStringLiteral("report")};

enum class Format
{
    Table,
    Json,
    Csv
};

struct Context
{
    QCommandLineParser parser;
    QTextStream &out;
    QTextStream &err;
    Format format = Format::Table;
    std::unique_ptr<CatalogueStore> store;

    int fail(int code, const QString &message)
    {
        err << "ssc-catalogue: " << message << Qt::endl;
        return code;
    }
};

std::string s(const QString &text)
{
    return text.toStdString();
}

// useSavedIndex: answer from the facet index saved beside the catalogue when
// it is current (loading it takes a fraction of a second where counting with
// SQL takes seconds at a million initiatives); otherwise SQL answers, since
// building the index would cost a one-off command more than it saves.
int openStore(Context &c, bool createIfMissing, bool useSavedIndex)
{
    const QString path = c.parser.value(QStringLiteral("db"));
    auto store =
        path.isEmpty()
            ? DefaultCatalogue::openOrCreateSeeded(DefaultCatalogue::defaultPath())
            : CatalogueStore::open(path, createIfMissing ? CatalogueStore::OpenMode::CreateIfMissing
                                                         : CatalogueStore::OpenMode::ExistingOnly);
    if (!store.ok())
        return c.fail(CommandLine::CatalogueError, store.error().message);
    c.store = std::move(store.value());
    if (useSavedIndex) {
        if (auto installed = IndexedQuery::installIfSaved(*c.store); !installed.ok())
            return c.fail(CommandLine::CatalogueError, installed.error().message);
    }
    return CommandLine::Success;
}

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

int runList(Context &c)
{
    auto filter = FilterOptions::read(c.parser, *c.store);
    if (!filter.ok())
        return c.fail(CommandLine::InputError, filter.error().message);
    PageRequest request;
    if (c.parser.isSet(QStringLiteral("sort"))) {
        const auto column = sortColumn(c.parser.value(QStringLiteral("sort")));
        if (!column)
            return c.fail(CommandLine::InputError,
                          tr("--sort: unknown column \"%1\" (expected title, countries, areas, "
                             "partners, funding, years, status, type or id)")
                              .arg(c.parser.value(QStringLiteral("sort"))));
        request.sort.column = *column;
    }
    request.sort.descending = c.parser.isSet(QStringLiteral("desc"));
    bool ok = true;
    request.limit = c.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || request.limit < 0)
        return c.fail(CommandLine::InputError, tr("--limit: expected a whole number, 0 for all"));
    if (request.limit == 0)
        request.limit = -1; // SQLite: no limit
    request.offset = c.parser.value(QStringLiteral("offset")).toInt(&ok);
    if (!ok || request.offset < 0)
        return c.fail(CommandLine::InputError, tr("--offset: expected a whole number"));

    const auto found = c.store->page(*filter, request);
    const auto counted = c.store->count(*filter);
    if (!found.ok() || !counted.ok())
        return c.fail(CommandLine::CatalogueError,
                      (found.ok() ? counted.error() : found.error()).message);
    const std::vector<InitiativeRow> &rows = *found;
    const qint64 total = *counted;
    switch (c.format) {
    case Format::Json: {
        json list = json::array();
        for (const InitiativeRow &r : rows) {
            json item = {{"id", s(r.id)},
                         {"title", s(r.title)},
                         {"countries", s(r.countries)},
                         {"programmeAreas", s(r.programmeAreas)},
                         {"partners", s(r.partners)},
                         {"funding", s(r.funding)},
                         {"status", s(r.status)},
                         {"activityType", s(r.activityType)}};
            item["startYear"] = r.startYear ? json(*r.startYear) : json(nullptr);
            item["endYear"] = r.endYear ? json(*r.endYear) : json(nullptr);
            list.push_back(std::move(item));
        }
        json doc = {{"total", total}, {"offset", request.offset}, {"initiatives", list}};
        c.out << QString::fromStdString(doc.dump(2)) << '\n';
        break;
    }
    case Format::Csv:
    case Format::Table: {
        OutputWriter::Rows table;
        for (const InitiativeRow &r : rows) {
            table << QStringList{r.id,
                                 r.title,
                                 r.countries,
                                 r.programmeAreas,
                                 r.partners,
                                 r.funding,
                                 r.years(),
                                 Vocabulary::label(Vocabulary::Kind::Status, r.status),
                                 Vocabulary::label(Vocabulary::Kind::ActivityType, r.activityType)};
        }
        const QStringList headers{
            tr("ID"),       tr("Title"),   tr("Countries"), tr("Programme areas"),
            tr("Partners"), tr("Funding"), tr("Years"),     tr("Status"),
            tr("Type")};
        if (c.format == Format::Csv) {
            c.out << OutputWriter::csv(headers, table);
        } else {
            c.out << OutputWriter::table(headers, table, 36);
            c.out << tr("%1 of %2 initiatives").arg(rows.size()).arg(total) << '\n';
        }
        break;
    }
    }
    return CommandLine::Success;
}

int runFacets(Context &c)
{
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
                tr("--facet: unknown facet \"%1\" (expected one of: %2)")
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
    if (c.format == Format::Json) {
        json all = json::object();
        for (const auto &[f, values] : results) {
            json list = json::array();
            for (const FacetValueCount &v : values)
                list.push_back({{"value", s(v.value)}, {"label", s(v.label)}, {"count", v.count}});
            all[s(facetKey(f))] = std::move(list);
        }
        c.out << QString::fromStdString(json({{"total", total}, {"facets", all}}).dump(2)) << '\n';
        return CommandLine::Success;
    }
    OutputWriter::Rows rows;
    for (const auto &[f, values] : results) {
        for (const FacetValueCount &v : values)
            rows << QStringList{facetKey(f), v.value, v.label, QString::number(v.count)};
    }
    const QStringList headers{tr("Facet"), tr("Value"), tr("Name"), tr("Count")};
    if (c.format == Format::Csv) {
        c.out << OutputWriter::csv(headers, rows);
    } else {
        c.out << OutputWriter::table(headers, rows, 60);
        c.out << tr("%1 initiatives match").arg(total) << '\n';
    }
    return CommandLine::Success;
}

int runShow(Context &c)
{
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 2)
        return c.fail(CommandLine::InputError,
                      tr("show: give one initiative ID (see `ssc-catalogue list`)"));
    // By its key, or by the IATI identifier it was published under.
    auto in = c.store->initiative(args[1]);
    if (!in)
        in = c.store->initiative(CatalogueValidator::keyForIdentifier(args[1]));
    if (!in)
        return c.fail(CommandLine::InputError,
                      tr("show: no initiative \"%1\" in %2").arg(args[1], c.store->path()));
    switch (c.format) {
    case Format::Json:
        c.out << QString::fromUtf8(CatalogueJson::serialize(c.store->contentWith({*in})));
        break;
    case Format::Csv: {
        OutputWriter::Rows rows;
        for (const QString &line : InitiativeText::lines(*c.store, *in).mid(2))
            rows << QStringList{line.section(QStringLiteral(": "), 0, 0),
                                line.section(QStringLiteral(": "), 1)};
        c.out << OutputWriter::csv({tr("Field"), tr("Value")}, rows);
        break;
    }
    case Format::Table:
        c.out << InitiativeText::lines(*c.store, *in).join(QLatin1Char('\n')) << '\n';
        break;
    }
    return CommandLine::Success;
}

// The catalogue (or the filtered part) as IATI 2.03 activity XML.
int runIatiExport(Context &c, const CatalogueFilter &filter, const QString &path)
{
    std::vector<qint64> ids;
    if (!filter.isEmpty()) {
        auto rows = c.store->rowIds(filter);
        if (!rows.ok())
            return c.fail(CommandLine::CatalogueError, rows.error().message);
        if (rows->empty())
            return c.fail(CommandLine::InputError, tr("export: no initiative matches the filter"));
        ids = std::move(*rows);
    }
    IatiWriter::ReportingOrg reporting{c.parser.value(QStringLiteral("reporting-org")),
                                       c.parser.value(QStringLiteral("reporting-org-type")),
                                       c.parser.value(QStringLiteral("reporting-org-name"))};
    if (reporting.name.isEmpty())
        reporting.name = c.store->name();
    const auto summary = IatiWriter::write(*c.store, ids, path, reporting);
    if (!summary.ok())
        return c.fail(summary.error().kind == Error::Kind::Catalogue ? CommandLine::CatalogueError
                                                                     : CommandLine::InputError,
                      summary.error().message);
    c.out << tr("Exported %1 initiatives to %2 as IATI 2.03.").arg(summary->written).arg(path)
          << '\n';
    if (!summary->leftOut.empty()) {
        c.out << tr("Left out %1 that IATI cannot hold:").arg(summary->leftOut.size()) << '\n';
        for (const IatiWriter::LeftOut &l : summary->leftOut)
            c.out << QStringLiteral("  %1: %2").arg(l.id, l.reason) << '\n';
    }
    return CommandLine::Success;
}

// The initiatives as CSV in the import's columns (docs/CSV_IMPORT.md).
int runCsvExport(Context &c, const CatalogueFilter &filter, const QString &path)
{
    auto ids = c.store->rowIds(filter, {});
    if (!ids.ok())
        return c.fail(CommandLine::CatalogueError, ids.error().message);
    std::vector<Initiative> list(ids->size());
    if (Status s = c.store->forEachInitiative(*ids, true,
                                              [&list](qsizetype at, Initiative &&in) {
                                                  list[std::size_t(at)] = std::move(in);
                                                  return true;
                                              });
        !s)
        return c.fail(CommandLine::CatalogueError, s.error().message);
    std::size_t next = 0;
    if (Status s = CsvExport::write(path,
                                    [&](Initiative &in) {
                                        if (next >= list.size())
                                            return false;
                                        in = std::move(list[next++]);
                                        return true;
                                    });
        !s)
        return c.fail(CommandLine::InputError, s.error().message);
    c.out << tr("Exported %1 initiatives to %2 as CSV.").arg(list.size()).arg(path) << '\n';
    return CommandLine::Success;
}

int runExport(Context &c)
{
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 2)
        return c.fail(CommandLine::InputError, tr("export: give one FILE to write"));
    if (QFileInfo(args[1]).absoluteFilePath() == QFileInfo(c.store->path()).absoluteFilePath() ||
        QFileInfo(args[1]).canonicalFilePath() == QFileInfo(c.store->path()).canonicalFilePath())
        return c.fail(CommandLine::InputError,
                      tr("export: %1 is the catalogue itself; choose another file").arg(args[1]));
    const QString format = c.parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("iati") &&
        format != QLatin1String("csv"))
        return c.fail(
            CommandLine::InputError,
            tr("export: --format %1 is not supported (expected json, iati or csv)").arg(format));
    auto filter = FilterOptions::read(c.parser, *c.store);
    if (!filter.ok())
        return c.fail(CommandLine::InputError, filter.error().message);
    if (format == QLatin1String("iati"))
        return runIatiExport(c, *filter, args[1]);
    if (format == QLatin1String("csv"))
        return runCsvExport(c, *filter, args[1]);
    CatalogueContent content;
    if (filter->isEmpty()) {
        content = c.store->content();
    } else {
        std::vector<Initiative> selected;
        PageRequest all;
        all.sort.column = SortColumn::Identifier;
        all.limit = -1;
        const auto rows = c.store->page(*filter, all);
        if (!rows.ok())
            return c.fail(CommandLine::CatalogueError, rows.error().message);
        for (const InitiativeRow &row : *rows) {
            if (auto in = c.store->initiative(row.id))
                selected.push_back(std::move(*in));
        }
        content = c.store->contentWith(selected);
        content.synthetic = c.store->isSynthetic();
    }
    if (Status s = CatalogueJson::writeFile(content, args[1]); !s)
        return c.fail(CommandLine::InputError, s.error().message);
    c.out << tr("Exported %1 initiatives to %2.")
                 .arg(QString::number(content.initiatives.size()), args[1])
          << '\n';
    return CommandLine::Success;
}

// A synthetic catalogue for scale tests, built beside the target and renamed
// when complete, so an interrupted run leaves nothing half-written.
int runGenerate(Context &c)
{
    const QString path = c.parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return c.fail(CommandLine::InputError, tr("generate: give the new catalogue's --db PATH"));
    if (QFileInfo::exists(path))
        return c.fail(CommandLine::InputError,
                      tr("generate: %1 already exists; give a new file").arg(path));
    bool ok = false;
    const qint64 count = c.parser.value(QStringLiteral("initiatives")).toLongLong(&ok);
    if (!ok || count < 0 || count > 100'000'000)
        return c.fail(CommandLine::InputError,
                      tr("--initiatives: expected a number of initiatives, such as 1000000"));
    const quint64 seed = c.parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return c.fail(CommandLine::InputError, tr("--seed: expected a whole number"));

    QElapsedTimer timer;
    timer.start();
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        auto store = CatalogueStore::open(partial);
        if (!store.ok())
            return c.fail(CommandLine::CatalogueError, store.error().message);
        Status s = (*store)->writeWithoutJournal();
        if (s)
            s = CatalogueGenerator(seed).writeInto(**store, count, [&c, count](qint64 done) {
                c.err << tr("%1 of %2 initiatives written").arg(done).arg(count) << '\r';
                c.err.flush();
                return true;
            });
        if (s)
            s = (*store)->checkpoint();
        if (!s) {
            store.value().reset();
            QFile::remove(partial);
            return c.fail(CommandLine::CatalogueError, s.error().message);
        }
    }
    if (!QFile::rename(partial, path))
        return c.fail(CommandLine::CatalogueError, tr("Cannot create %1").arg(path));
    // The facet index is built now and saved beside the catalogue, so that
    // the first list, facets or report on it answers at once.
    {
        auto store = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
        if (!store.ok())
            return c.fail(CommandLine::CatalogueError, store.error().message);
        if (Status s = IndexedQuery::install(**store); !s)
            return c.fail(CommandLine::CatalogueError, s.error().message);
    }
    c.out << tr("Generated %1 synthetic initiatives (seed %2) into %3 in %4 s.")
                 .arg(QString::number(count), QString::number(seed), path,
                      QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
          << '\n';
    return CommandLine::Success;
}

} // namespace

bool CommandLine::isCommand(const QString &argument)
{
    return kCommands.contains(argument);
}

QString CommandLine::firstPositional(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--db") || arg == QLatin1String("-db"))
            ++i; // its value
        else if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return {};
}

QString CommandLine::usage()
{
    return tr(
        "Usage: ssc-catalogue [COMMAND] [OPTIONS]\n"
        "With no command, opens the window.\n\n"
        "Commands:\n"
        "  list           list initiatives matching the filter flags\n"
        "  facets         count initiatives per country, area, partner, ... under the filter\n"
        "  show ID        everything about one initiative\n"
        "  import FILE    add an IATI activity file, a CSV file or a catalogue file (JSON)\n"
        "  export FILE    write the catalogue (or the filtered part) as JSON or IATI XML\n"
        "  generate       write a synthetic catalogue: --initiatives N --db PATH [--seed S]\n"
        "  report         write a summary report of the filtered initiatives: --output FILE\n"
        "                 (PDF, HTML, Markdown, CSV, XLSX or JSON, from the extension)\n\n"
        "Every command takes --db PATH (default: your catalogue in the user data folder).\n"
        "Run `ssc-catalogue COMMAND --help` for its options.\n"
        "Exit codes: 0 success, 1 usage or input error, 2 catalogue error.\n");
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = firstPositional(arguments);
    if (command.isEmpty() || command == QLatin1String("help")) {
        if (arguments.contains(QLatin1String("--version"))) {
            out << "ssc-catalogue " << SSC_VERSION << '\n';
            return Success;
        }
        out << usage();
        return Success;
    }
    Context c{{}, out, err, Format::Table, nullptr};
    if (!isCommand(command))
        return c.fail(InputError, tr("unknown command \"%1\" (expected list, facets, show, "
                                     "import, export, generate or report; see --help)")
                                      .arg(command));

    QCommandLineParser &parser = c.parser;
    parser.setApplicationDescription(tr("ssc-catalogue %1").arg(command));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), tr("Catalogue file to use."), tr("PATH")});
    const bool filters = command == QLatin1String("list") || command == QLatin1String("facets") ||
                         command == QLatin1String("export") || command == QLatin1String("report");
    if (filters)
        FilterOptions::addTo(parser);

    if (command == QLatin1String("report")) {
        parser.addOption({QStringLiteral("format"),
                          tr("pdf, html, md, csv, xlsx or json (default: from the file name)."),
                          tr("FORMAT")});
        ReportCommand::addOptions(parser);
    } else if (command == QLatin1String("import")) {
        ImportCommand::addOptions(parser);
    } else if (command == QLatin1String("export")) {
        parser.addOptions({
            {QStringLiteral("format"), tr("File format: json (default), iati or csv."),
             tr("FORMAT")},
            {QStringLiteral("reporting-org"),
             tr("IATI: the publisher's organisation identifier (reporting-org ref)."), tr("REF")},
            {QStringLiteral("reporting-org-type"),
             tr("IATI: the publisher's OrganisationType code, such as 40."), tr("CODE")},
            {QStringLiteral("reporting-org-name"),
             tr("IATI: the publisher's name (default: the catalogue's name)."), tr("NAME")},
        });
    } else {
        parser.addOption({QStringLiteral("format"), tr("Output: table (default), json or csv."),
                          tr("FORMAT"), QStringLiteral("table")});
    }
    if (command == QLatin1String("list")) {
        parser.addOptions({
            {QStringLiteral("sort"),
             tr("Sort by title, countries, areas, partners, funding, years, status, type or id."),
             tr("COLUMN")},
            {QStringLiteral("desc"), tr("Sort in descending order.")},
            {QStringLiteral("limit"), tr("At most N rows (default 50; 0 for all)."), tr("N"),
             QStringLiteral("50")},
            {QStringLiteral("offset"), tr("Skip the first N rows."), tr("N"), QStringLiteral("0")},
        });
    }
    if (command == QLatin1String("facets"))
        parser.addOption({QStringLiteral("facet"),
                          tr("Only this facet (country, region, "
                             "programme-area, partner, ...)."),
                          tr("FACET")});
    if (command == QLatin1String("generate"))
        parser.addOptions({
            {QStringLiteral("initiatives"), tr("How many initiatives to generate."), tr("N"),
             QStringLiteral("1000")},
            {QStringLiteral("seed"), tr("Seed: the same seed gives the same catalogue."), tr("S"),
             QStringLiteral("1")},
        });
    if (command == QLatin1String("show") || command == QLatin1String("import") ||
        command == QLatin1String("export"))
        parser.addPositionalArgument(command == QLatin1String("show") ? QStringLiteral("ID")
                                                                      : QStringLiteral("FILE"),
                                     tr("See above."));

    if (!parser.parse(QStringList{QStringLiteral("ssc-catalogue")} + arguments))
        return c.fail(InputError,
                      parser.errorText() + tr(" (see ssc-catalogue %1 --help)").arg(command));
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (command == QLatin1String("generate"))
        return runGenerate(c);
    if (command == QLatin1String("list") || command == QLatin1String("facets") ||
        command == QLatin1String("show")) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format == QLatin1String("json"))
            c.format = Format::Json;
        else if (format == QLatin1String("csv"))
            c.format = Format::Csv;
        else if (format != QLatin1String("table"))
            return c.fail(
                InputError,
                tr("--format: unknown format \"%1\" (expected table, json or csv)").arg(format));
    }
    const bool dryRun =
        command == QLatin1String("import") && parser.isSet(QStringLiteral("dry-run"));
    const QString db = parser.value(QStringLiteral("db"));
    if (dryRun && !db.isEmpty() && !QFileInfo::exists(db)) {
        // Checking against a catalogue that does not exist yet: an empty one
        // in memory gives the same checks and creates nothing.
        auto empty = CatalogueStore::openInMemory();
        if (!empty.ok())
            return c.fail(CatalogueError, empty.error().message);
        c.store = std::move(empty.value());
        return ImportCommand::run(parser, *c.store, out, err);
    }
    const bool answersQueries = command != QLatin1String("show");
    if (int code = openStore(c, command == QLatin1String("import") && !dryRun, answersQueries);
        code != Success)
        return code;
    if (command == QLatin1String("list"))
        return runList(c);
    if (command == QLatin1String("facets"))
        return runFacets(c);
    if (command == QLatin1String("show"))
        return runShow(c);
    if (command == QLatin1String("import"))
        return ImportCommand::run(parser, *c.store, out, err);
    if (command == QLatin1String("report"))
        return ReportCommand::run(parser, *c.store, out, err);
    return runExport(c);
}

} // namespace ssc
