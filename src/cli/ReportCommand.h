#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace ssc {

class CatalogueStore;

// `ssc-catalogue report [filter flags] --output FILE [--format F] [--title T]
// [--sections LIST] [--paper a4|letter] [--landscape]`.
class ReportCommand
{
public:
    static void addOptions(QCommandLineParser &parser);
    // Returns an exit code of CommandLine.
    static int run(const QCommandLineParser &parser, const CatalogueStore &store, QTextStream &out,
                   QTextStream &err);
};

} // namespace ssc
