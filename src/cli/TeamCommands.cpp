// The team catalogue on the command line: `server init`, `clone`, `sync`,
// `conflicts` and `resolve` (core/team/TeamSync does the work).
#include "Command.h"
#include "CommandLine.h"
#include "OutputWriter.h"

#include "core/team/ChangeBundle.h"
#include "core/team/TeamSync.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void addServerOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("server"),
         Tr::tr("The team catalogue's PostgreSQL database, as libpq takes it: "
                "postgresql://user@host:port/dbname?sslmode=prefer. The password comes "
                "from ~/.pgpass or PGPASSWORD."),
         Tr::tr("URL")});
}

void addInitOptions(QCommandLineParser &parser)
{
    addServerOption(parser);
    parser.addOption({QStringLiteral("from"),
                      Tr::tr("Publish this local catalogue to the new team catalogue; it becomes a "
                             "copy that syncs."),
                      Tr::tr("PATH")});
}

// The report of a sync, and a plain word when the connection is not
// encrypted.
void printReport(CommandContext &c, const TeamSync::Report &r)
{
    if (!r.encrypted)
        c.err << Tr::tr("Note: the connection to the team catalogue is not encrypted (no TLS); use "
                        "sslmode=require where the network is not trusted.")
              << '\n';
    c.out << Tr::tr("Received %1, sent %2, merged %3, in conflict %4")
                 .arg(r.received)
                 .arg(r.sent)
                 .arg(r.merged)
                 .arg(r.conflicts)
          << '\n';
    if (r.conflicts > 0)
        c.out << Tr::tr("See them with `ssc-catalogue conflicts`; settle each with `ssc-catalogue "
                        "resolve ID FIELD --mine|--theirs`.")
              << '\n';
}

int runServer(CommandContext &c)
{
    const QStringList args = c.parser.positionalArguments();
    const QString url = c.parser.value(QStringLiteral("server"));
    if (args.size() != 2 || args[1] != QLatin1String("init"))
        return c.fail(CommandLine::InputError, Tr::tr("server: the only action is `server init`"));
    if (url.isEmpty())
        return c.fail(CommandLine::InputError, Tr::tr("server init: give --server URL"));
    std::unique_ptr<CatalogueStore> from;
    if (const QString path = c.parser.value(QStringLiteral("from")); !path.isEmpty()) {
        auto opened = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
        if (!opened.ok())
            return c.fail(opened.error());
        from = std::move(*opened);
    }
    const auto report = TeamSync::createServer(url, from.get());
    if (!report.ok())
        return c.fail(report.error());
    c.out << Tr::tr("Created the team catalogue") << '\n';
    if (from)
        c.out << Tr::tr("Published %n initiative(s) from %1; it is now a copy that syncs", nullptr,
                        int(report->sent))
                     .arg(from->path())
              << '\n';
    return CommandLine::Success;
}

int runClone(CommandContext &c)
{
    const QString url = c.parser.value(QStringLiteral("server"));
    const QString path = c.parser.value(QStringLiteral("db"));
    if (url.isEmpty() || path.isEmpty())
        return c.fail(CommandLine::InputError, Tr::tr("clone: give --server URL and --db PATH"));
    const auto report = TeamSync::cloneTo(url, path);
    if (!report.ok())
        return c.fail(report.error().kind == Error::Kind::Input
                          ? CommandLine::InputError
                          : CommandLine::exitCodeFor(report.error()),
                      Tr::tr("clone: %1").arg(report.error().message));
    printReport(c, *report);
    return CommandLine::Success;
}

int runSync(CommandContext &c)
{
    if (Status s = c.open(CommandContext::Open::ToQuery); !s)
        return c.fail(s.error());
    const auto report = TeamSync::sync(*c.store);
    if (!report.ok())
        return c.fail(report.error());
    printReport(c, *report);
    return CommandLine::Success;
}

int runConflicts(CommandContext &c)
{
    const auto chosen = outputFormat(c.parser);
    if (!chosen.ok())
        return c.fail(chosen.error());
    if (Status s = c.open(CommandContext::Open::ToRead); !s)
        return c.fail(s.error());
    const auto conflicts = c.store->teamConflicts();
    if (!conflicts.ok())
        return c.fail(conflicts.error());
    if (*chosen == OutputFormat::Json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto &x : *conflicts)
            list.push_back({{"id", x.key.toStdString()},
                            {"field", x.field.toStdString()},
                            {"mine", TeamSync::readableValue(x.mine).toStdString()},
                            {"theirs", TeamSync::readableValue(x.theirs).toStdString()},
                            {"theirsBy", x.author.toStdString()}});
        c.out << QString::fromStdString(list.dump(2)) << '\n';
        return CommandLine::Success;
    }
    OutputWriter::Rows rows;
    for (const auto &x : *conflicts)
        rows << QStringList{x.key, x.field, TeamSync::readableValue(x.mine),
                            TeamSync::readableValue(x.theirs), x.author};
    const QStringList headers = {Tr::tr("ID"), Tr::tr("Field"), Tr::tr("Mine"), Tr::tr("Theirs"),
                                 Tr::tr("By")};
    c.out << (*chosen == OutputFormat::Csv ? OutputWriter::csv(headers, rows)
                                           : OutputWriter::table(headers, rows));
    if (conflicts->empty() && *chosen == OutputFormat::Table)
        c.out << Tr::tr("No conflicts") << '\n';
    return CommandLine::Success;
}

void addResolveOptions(QCommandLineParser &parser)
{
    parser.addOptions(
        {{QStringLiteral("mine"), Tr::tr("Keep the value here (sent by the next sync).")},
         {QStringLiteral("theirs"), Tr::tr("Take the team catalogue's value.")}});
}

int runResolve(CommandContext &c)
{
    const QStringList args = c.parser.positionalArguments();
    const bool mine = c.parser.isSet(QStringLiteral("mine"));
    if (args.size() != 3 || mine == c.parser.isSet(QStringLiteral("theirs")))
        return c.fail(CommandLine::InputError,
                      Tr::tr("resolve: give ID FIELD and one of --mine or --theirs"));
    if (Status s = c.open(CommandContext::Open::ToWrite); !s)
        return c.fail(s.error());
    if (Status s = TeamSync::resolve(*c.store, args[1], args[2], mine); !s)
        return c.fail(s.error().kind == Error::Kind::NotFound ? CommandLine::InputError
                                                              : CommandLine::exitCodeFor(s.error()),
                      Tr::tr("resolve: %1").arg(s.error().message));
    c.out << (mine ? Tr::tr("Kept yours; the next sync sends it") : Tr::tr("Took theirs")) << '\n';
    return CommandLine::Success;
}

void addBundleOptions(QCommandLineParser &parser)
{
    parser.addOptions(
        {{QStringLiteral("since"),
          Tr::tr(
              "The records changed on or after DATE (YYYY-MM-DD, UTC); without it, in a copy of a "
              "team catalogue, those changed since the last sync."),
          Tr::tr("DATE")},
         {QStringLiteral("output"), Tr::tr("The bundle file to write."), Tr::tr("FILE")}});
}

int runBundle(CommandContext &c)
{
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return c.fail(CommandLine::InputError, Tr::tr("bundle: give --output FILE"));
    QDateTime since;
    if (const QString text = c.parser.value(QStringLiteral("since")); !text.isEmpty()) {
        since = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
        if (!since.isValid())
            since = QDateTime::fromString(text, Qt::ISODate);
        if (!since.isValid())
            return c.fail(
                CommandLine::InputError,
                Tr::tr("bundle: --since takes a date as YYYY-MM-DD, not \"%1\"").arg(text));
        since.setTimeSpec(Qt::UTC);
    }
    if (Status s = c.open(CommandContext::Open::ToRead); !s)
        return c.fail(s.error());
    const auto written = ChangeBundle::write(*c.store, since, output);
    if (!written.ok())
        return c.fail(written.error().kind == Error::Kind::Input ? CommandLine::InputError
                                                                 : CommandLine::CatalogueError,
                      Tr::tr("bundle: %1").arg(written.error().message));
    c.out << Tr::tr("Wrote %n changed initiative(s) to %1", nullptr, int(*written)).arg(output)
          << '\n';
    return CommandLine::Success;
}

void noOptions(QCommandLineParser &) {}

} // namespace

const Command kServerCommand = {
    "server",
    QT_TRANSLATE_NOOP("CommandLine",
                      "server init    make a PostgreSQL database a team catalogue (--server URL "
                      "[--from PATH])"),
    false,
    "init",
    addInitOptions,
    runServer};

const Command kCloneCommand = {
    "clone",
    QT_TRANSLATE_NOOP("CommandLine",
                      "clone          a local copy of a team catalogue (--server URL --db PATH)"),
    false,
    "",
    addServerOption,
    runClone};

const Command kSyncCommand = {
    "sync",
    QT_TRANSLATE_NOOP("CommandLine",
                      "sync           send and receive changes with the team catalogue"),
    false,
    "",
    noOptions,
    runSync};

const Command kBundleCommand = {
    "bundle",
    QT_TRANSLATE_NOOP("CommandLine",
                      "bundle         changes as a file to carry (--since DATE --output FILE); "
                      "import applies it"),
    false,
    "",
    addBundleOptions,
    runBundle};

const Command kConflictsCommand = {
    "conflicts",
    QT_TRANSLATE_NOOP("CommandLine",
                      "conflicts      fields changed here and in the team catalogue, both values"),
    false,
    "",
    addOutputFormatOption,
    runConflicts};

const Command kResolveCommand = {
    "resolve",
    QT_TRANSLATE_NOOP("CommandLine", "resolve ID FIELD  settle a conflict: --mine or --theirs"),
    false,
    "ID FIELD",
    addResolveOptions,
    runResolve};

} // namespace ssc
