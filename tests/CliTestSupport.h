#pragma once

#include "TestSupport.h"

#include "cli/CommandLine.h"

#include <QTemporaryDir>
#include <QTextStream>

namespace ssc::test {

// One run of the command line, in this process.
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = CommandLine::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

// A catalogue file filled with the small fixture.
struct CatalogueFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("test.ssccat"));
    CatalogueFile()
    {
        const Run r =
            cli({QStringLiteral("import"), fixturePath(QStringLiteral("small-catalogue.json")),
                 QStringLiteral("--db"), path});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
};

} // namespace ssc::test
