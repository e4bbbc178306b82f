// Thin entry point: a command runs headless; no command opens the window.
#include "cli/CommandLine.h"
#include "core/catalogue/DefaultCatalogue.h"
#include "core/domain/InterfaceLanguage.h"
#include "core/storage/CatalogueStore.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SSCCatalogue"));
    QCoreApplication::setApplicationName(QStringLiteral("ssc-catalogue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SSC_VERSION));
}

// Takes "--lang CODE" or "--lang=CODE" out of the arguments: it applies to
// the window and to every command alike. Returns the code, empty when absent.
QString takeLanguage(QStringList &arguments)
{
    QString code;
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size()) {
            code = arguments[i + 1];
            arguments.remove(i, 2);
        } else if (arguments[i].startsWith(QLatin1String("--lang="))) {
            code = arguments[i].mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return code;
}

// --lang first, then (for the window) the one chosen in View > Language,
// else the system's. An unknown code is refused with the list of codes.
bool installLanguage(const QString &requested, bool window, QTextStream *err)
{
    QString code;
    if (!requested.isEmpty()) {
        code = ssc::InterfaceLanguage::match(requested);
        if (code.isEmpty())
            code = requested; // install() refuses it, naming the codes that exist
    } else if (window) {
        const QString chosen = QSettings().value(QStringLiteral("language")).toString();
        if (ssc::InterfaceLanguage::available().contains(chosen))
            code = chosen;
    }
    if (code.isEmpty())
        code = ssc::InterfaceLanguage::fromSystem();
    const ssc::Status installed = ssc::InterfaceLanguage::install(code);
    if (installed.ok())
        return true;
    if (err)
        *err << installed.error().message << '\n';
    else
        QMessageBox::critical(nullptr, QStringLiteral("SSC Catalogue"), installed.error().message);
    return false;
}

// A command, --help or --version runs headless. A catalogue file given on
// its own (as a file manager does) opens in the window; any other bare word
// is taken as a mistyped command so the CLI can say so.
bool wantsCommandLine(const QStringList &arguments)
{
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
            arg == QLatin1String("--version"))
            return true;
    }
    const QString first = ssc::CommandLine::firstPositional(arguments);
    return !first.isEmpty() && (ssc::CommandLine::isCommand(first) || !QFileInfo::exists(first));
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QStringList arguments = QCoreApplication::arguments();
    if (!installLanguage(takeLanguage(arguments), true, nullptr))
        return ssc::CommandLine::InputError;
    // Arabic lays the window out right to left; Qt mirrors the widgets.
    QGuiApplication::setLayoutDirection(QLocale().textDirection());
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Catalogue file to open."), QStringLiteral("PATH")});
    parser.addPositionalArgument(QStringLiteral("catalogue"),
                                 QStringLiteral("Catalogue file to open (same as --db)."));
    parser.process(arguments);
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty()) {
        // The user's catalogue, created from the bundled one on the first start.
        path = ssc::DefaultCatalogue::defaultPath();
        auto seeded = ssc::DefaultCatalogue::openOrCreateSeeded(path);
        if (!seeded.ok()) {
            QMessageBox::critical(nullptr, QObject::tr("SSC Catalogue"), seeded.error().message);
            return ssc::CommandLine::CatalogueError;
        }
    } else if (!QFileInfo::exists(path)) {
        QMessageBox::critical(nullptr, QObject::tr("SSC Catalogue"),
                              QObject::tr("%1 does not exist").arg(path));
        return ssc::CommandLine::CatalogueError;
    }
    ssc::MainWindow window;
    window.show();
    window.openCatalogue(path);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    takeLanguage(arguments);
    if (!wantsCommandLine(arguments))
        return runWindow(argc, argv);
    // A report may be a PDF, which needs fonts: the graphical application
    // without a window (no display needed).
    std::unique_ptr<QCoreApplication> app;
    if (ssc::CommandLine::firstPositional(arguments) == QLatin1String("report")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (!installLanguage(takeLanguage(arguments), false, &err))
        return ssc::CommandLine::InputError;
    return ssc::CommandLine::run(arguments, out, err);
}
