#include "Command.h"

#include "CommandLine.h"

#include "core/catalogue/DefaultCatalogue.h"
#include "core/index/IndexedQuery.h"

#include <QCoreApplication>
#include <QSettings>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

const std::vector<const Command *> &commands()
{
    static const std::vector<const Command *> table = {
        &kListCommand,     &kFacetsCommand,  &kShowCommand,       &kImportCommand,  &kExportCommand,
        &kGenerateCommand, &kReportCommand,  &kEditCommand,       &kAddCommand,     &kDeleteCommand,
        &kRestoreCommand,  &kHistoryCommand, &kDuplicatesCommand, &kMergeCommand,   &kServerCommand,
        &kCloneCommand,    &kSyncCommand,    &kConflictsCommand,  &kResolveCommand, &kBundleCommand,
    };
    return table;
}

const Command *commandNamed(const QString &name)
{
    for (const Command *c : commands())
        if (name == QLatin1String(c->name))
            return c;
    return nullptr;
}

int CommandContext::fail(const Error &error)
{
    if (error.kind == Error::Kind::Password)
        return fail(CommandLine::exitCodeFor(error),
                    error.message + QLatin1Char('\n') +
                        Tr::tr("The password comes from ~/.pgpass (a line "
                               "host:port:database:user:password, readable by you alone) or from "
                               "PGPASSWORD; the window's File > Team Catalogue > Connect can keep "
                               "it there."));
    return fail(CommandLine::exitCodeFor(error), error.message);
}

int CommandContext::fail(int exitCode, const QString &message)
{
    err << "ssc-catalogue: " << message << Qt::endl;
    return exitCode;
}

Status CommandContext::open(Open how)
{
    const QString path = parser.value(QStringLiteral("db"));
    auto opened = path.isEmpty()
                      ? DefaultCatalogue::openOrCreateSeeded(DefaultCatalogue::defaultPath())
                      : CatalogueStore::open(path, how == Open::ToWrite
                                                       ? CatalogueStore::OpenMode::CreateIfMissing
                                                       : CatalogueStore::OpenMode::ExistingOnly);
    if (!opened.ok())
        return opened.error();
    store = std::move(opened.value());
    // A current saved index answers at once, where counting with SQL takes
    // seconds at a million initiatives; without one, SQL answers, since
    // building the index would cost a one-off command more than it saves.
    if (how != Open::ToRead) {
        if (auto installed = IndexedQuery::installIfSaved(*store); !installed.ok())
            return installed.error();
    }
    return success();
}

void addAuthorOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("author"),
                      Tr::tr("Name recorded in the history (default: the name in the window's "
                             "preferences, else your account name)."),
                      Tr::tr("NAME")});
}

QString authorOf(const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("author")).trimmed();
    if (!given.isEmpty())
        return given;
    return QSettings().value(QStringLiteral("preferences/author")).toString().trimmed();
}

void addOutputFormatOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), Tr::tr("Output: table (default), json or csv."),
                      Tr::tr("FORMAT"), QStringLiteral("table")});
}

Result<OutputFormat> outputFormat(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json"))
        return OutputFormat::Json;
    if (format == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (format == QLatin1String("table"))
        return OutputFormat::Table;
    return Error{
        Tr::tr("--format: unknown format \"%1\" (expected table, json or csv)").arg(format)};
}

} // namespace ssc
