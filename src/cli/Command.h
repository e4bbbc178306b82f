#pragma once

#include "core/base/Result.h"
#include "core/storage/CatalogueStore.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <vector>

namespace ssc {

// What a command runs with: its parsed options, where it writes, and the
// catalogue once it has opened one.
struct CommandContext
{
    const QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    std::unique_ptr<CatalogueStore> store;

    // One line on err; the error's kind decides the exit code.
    int fail(const Error &error);
    int fail(int exitCode, const QString &message);

    enum class Open
    {
        ToRead,  // an existing catalogue, answered by SQL (show)
        ToQuery, // an existing catalogue, from its saved index when current
        ToWrite, // created if missing, from its saved index when current
    };
    // Opens --db, or the user's catalogue (created from the bundled one).
    [[nodiscard]] Status open(Open how);
};

// One headless command: its name, what the usage lists, its options and
// what it does. Each command is a file of its own defining one of these,
// and one line of the table in Command.cpp.
struct Command
{
    const char *name;
    const char *usage;      // "show ID        everything about one initiative"
    bool takesFilters;      // the filter flags (--country, --area, ...)
    const char *positional; // "ID", "FILE", or null
    void (*addOptions)(QCommandLineParser &parser);
    int (*run)(CommandContext &context);
};

const std::vector<const Command *> &commands();
const Command *commandNamed(const QString &name);

// Output of list, facets and show: --format table, json or csv.
enum class OutputFormat
{
    Table,
    Json,
    Csv
};
void addOutputFormatOption(QCommandLineParser &parser);
Result<OutputFormat> outputFormat(const QCommandLineParser &parser);

// --author NAME for the commands that change the catalogue: the name their
// history entries carry; without it, the name set in the window's
// preferences, else the account's.
void addAuthorOption(QCommandLineParser &parser);
QString authorOf(const QCommandLineParser &parser);

extern const Command kListCommand;
extern const Command kFacetsCommand;
extern const Command kShowCommand;
extern const Command kImportCommand;
extern const Command kExportCommand;
extern const Command kGenerateCommand;
extern const Command kReportCommand;
extern const Command kEditCommand;
extern const Command kAddCommand;
extern const Command kDeleteCommand;
extern const Command kRestoreCommand;
extern const Command kHistoryCommand;
extern const Command kDuplicatesCommand;
extern const Command kMergeCommand;
extern const Command kServerCommand;
extern const Command kCloneCommand;
extern const Command kSyncCommand;
extern const Command kConflictsCommand;
extern const Command kResolveCommand;
extern const Command kBundleCommand;

} // namespace ssc
