// Test runner for the GUI tests: a QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Window settings of these tests stay out of the user's own.
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(settings.path()));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SSCCatalogueTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ssc-catalogue-gui-tests"));
    return Catch::Session().run(argc, argv);
}
