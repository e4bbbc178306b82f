#include "CommandLine.h"

#include "Command.h"
#include "FilterOptions.h"

#include "core/domain/InterfaceLanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString commandNames()
{
    QStringList names;
    for (const Command *c : commands())
        names << QString::fromLatin1(c->name);
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + Tr::tr(" or ") + last;
}

} // namespace

int CommandLine::exitCodeFor(const Error &error)
{
    // A server that refuses the password is one this program cannot reach.
    return error.kind == Error::Kind::Catalogue || error.kind == Error::Kind::Password
               ? CatalogueError
               : InputError;
}

bool CommandLine::isCommand(const QString &argument)
{
    return commandNamed(argument) != nullptr;
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
    QString text = Tr::tr("Usage: ssc-catalogue [COMMAND] [OPTIONS]\n"
                          "With no command, opens the window.\n\n"
                          "Commands:\n");
    for (const Command *c : commands())
        text += QStringLiteral("  ") + QCoreApplication::translate("CommandLine", c->usage) +
                QLatin1Char('\n');
    text += Tr::tr("\nEvery command takes --db PATH (default: your catalogue in the user data "
                   "folder).\n"
                   "Run `ssc-catalogue COMMAND --help` for its options.\n"
                   "Exit codes: 0 success, 1 usage or input error, 2 catalogue error.\n");
    text += Tr::tr("--lang CODE, before or after the command, writes messages and reports in that "
                   "language (%1; default: the system's).\n")
                .arg(InterfaceLanguage::available().join(QStringLiteral(", ")));
    return text;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = firstPositional(arguments);
    if (name.isEmpty() || name == QLatin1String("help")) {
        if (arguments.contains(QLatin1String("--version"))) {
            out << "ssc-catalogue " << SSC_VERSION << '\n';
            return Success;
        }
        out << usage();
        return Success;
    }
    QCommandLineParser parser;
    CommandContext context{parser, out, err, nullptr};
    const Command *command = commandNamed(name);
    if (!command)
        return context.fail(
            InputError,
            Tr::tr("unknown command \"%1\" (expected %2; see --help)").arg(name, commandNames()));

    parser.setApplicationDescription(Tr::tr("ssc-catalogue %1").arg(name));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Tr::tr("Catalogue file to use."), Tr::tr("PATH")});
    if (command->takesFilters)
        FilterOptions::addTo(parser);
    command->addOptions(parser);
    if (command->positional)
        parser.addPositionalArgument(QString::fromLatin1(command->positional),
                                     Tr::tr("See above."));
    if (!parser.parse(QStringList{QStringLiteral("ssc-catalogue")} + arguments))
        return context.fail(InputError, parser.errorText() +
                                            Tr::tr(" (see ssc-catalogue %1 --help)").arg(name));
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    return command->run(context);
}

} // namespace ssc
