#pragma once

#include "core/base/Result.h"

#include <QStringList>
#include <QTextStream>

namespace ssc {

// The headless commands (the table in Command.cpp, one file each). Output
// goes to out; errors are one line on err. Returns the process exit code.
class CommandLine
{
public:
    enum ExitCode
    {
        Success = 0,
        InputError = 1,
        CatalogueError = 2
    };

    // Input errors exit 1, catalogue errors 2: the kind of error decides.
    static int exitCodeFor(const Error &error);
    // arguments excludes the program name: {"list", "--country", "ET"}.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static bool isCommand(const QString &argument);
    // The first argument that is neither an option nor --db's value.
    static QString firstPositional(const QStringList &arguments);
    static QString usage();
};

} // namespace ssc
