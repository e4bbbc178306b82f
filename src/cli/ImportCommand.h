#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace ssc {

class CatalogueStore;

// `ssc-catalogue import FILE [--format iati|csv|json] [--dry-run]
// [--take-theirs] [--report FILE]`: checks the whole file, then writes it
// in one transaction, and prints the import report.
class ImportCommand
{
public:
    static void addOptions(QCommandLineParser &parser);
    // Returns an exit code of CommandLine.
    static int run(const QCommandLineParser &parser, CatalogueStore &store, QTextStream &out,
                   QTextStream &err);
};

} // namespace ssc
