#pragma once

#include <QStringList>
#include <QTextStream>

namespace ssc {

// The headless commands: list, facets, show, import, export. Output goes to
// out; errors are one line on err. Returns the process exit code.
class CommandLine
{
public:
    enum ExitCode
    {
        Success = 0,
        InputError = 1,
        CatalogueError = 2
    };

    // arguments excludes the program name: {"list", "--country", "ET"}.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static bool isCommand(const QString &argument);
    // The first argument that is neither an option nor --db's value.
    static QString firstPositional(const QStringList &arguments);
    static QString usage();
};

} // namespace ssc
