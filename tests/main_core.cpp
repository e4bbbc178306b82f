// Test runner for the non-GUI tests: a QCoreApplication for Qt's plugins.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SSCCatalogueTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ssc-catalogue-tests"));
    return Catch::Session().run(argc, argv);
}
