// Thin entry point: a command runs headless; no command opens the window.
#include "cli/CommandLine.h"
#include "core/CatalogueStore.h"
#include "core/DefaultCatalogue.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SSCCatalogue"));
    QCoreApplication::setApplicationName(QStringLiteral("ssc-catalogue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SSC_VERSION));
}

bool wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (ssc::CommandLine::isCommand(arg) || arg == QLatin1String("--help") ||
            arg == QLatin1String("-h") || arg == QLatin1String("help") ||
            arg == QLatin1String("--version"))
            return true;
        if (arg == QLatin1String("--db"))
            ++i; // its value
        else if (!arg.startsWith(QLatin1Char('-')))
            return true; // an unknown command: let the CLI say so
    }
    return false;
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Catalogue file to open."), QStringLiteral("PATH")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    auto store =
        path.isEmpty()
            ? ssc::DefaultCatalogue::openOrCreateSeeded(ssc::DefaultCatalogue::defaultPath())
            : ssc::CatalogueStore::open(path);
    if (!store.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("SSC Catalogue"), store.error().message);
        return ssc::CommandLine::CatalogueError;
    }
    ssc::MainWindow window(std::move(store.value()));
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (!wantsCommandLine(argc, argv))
        return runWindow(argc, argv);
    QCoreApplication app(argc, argv);
    setIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    return ssc::CommandLine::run(arguments, out, err);
}
