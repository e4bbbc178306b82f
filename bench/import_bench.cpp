// Import speed: a generated catalogue written as one IATI activity file,
// then imported into an empty catalogue (check pass and write pass), and
// imported again into the same catalogue (every record unchanged).
// Prints JSON: activities a second and resident memory while importing.
//
//   ssc-import-bench --initiatives N [--dir D]
#include "core/generator/CatalogueGenerator.h"
#include "core/io/CatalogueImport.h"
#include "core/io/iati/IatiWriter.h"
#include "core/storage/CatalogueStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <sys/resource.h>

using namespace ssc;

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

long currentRssMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * 4096 / (1024 * 1024) : -1;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "ssc-import-bench: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("initiatives"), QStringLiteral("How many."), QStringLiteral("N"),
          QStringLiteral("100000")},
         {QStringLiteral("dir"), QStringLiteral("Work folder."), QStringLiteral("D")}});
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("initiatives")).toLongLong();
    QTemporaryDir temp;
    const QString dir = parser.value(QStringLiteral("dir")).isEmpty()
                            ? temp.path()
                            : parser.value(QStringLiteral("dir"));
    const QString source = dir + QStringLiteral("/source.ssccat");
    const QString xml = dir + QStringLiteral("/activities.xml");
    const QString plain = dir + QStringLiteral("/plain-activities.xml");
    const QString target = dir + QStringLiteral("/target.ssccat");
    QFile::remove(source);
    QFile::remove(target);
    QFile::remove(dir + QStringLiteral("/target2.ssccat"));
    nlohmann::ordered_json out;
    out["initiatives"] = count;
    {
        auto store = CatalogueStore::open(source);
        if (!store)
            fail(store.error().message);
        if (Status s = CatalogueGenerator(1).writeInto(**store, count); !s)
            fail(s.error().message);
        QElapsedTimer t;
        t.start();
        const auto written = IatiWriter::write(
            **store, {}, xml, {QStringLiteral("XM-DAC-41122"), QStringLiteral("40"), {}});
        if (!written)
            fail(written.error().message);
        out["export_seconds"] = double(t.elapsed()) / 1000.0;
        out["activities_in_file"] = written->written;
        out["file_mb"] = double(QFileInfo(xml).size()) / (1024.0 * 1024.0);
        // The same activities as other publishers write them: IATI elements only.
        if (!IatiWriter::write(**store, {}, plain,
                               {QStringLiteral("XM-DAC-41122"), QStringLiteral("40"), {}}, {},
                               false))
            fail(QStringLiteral("cannot write ") + plain);
        out["plain_file_mb"] = double(QFileInfo(plain).size()) / (1024.0 * 1024.0);
    }
    const qint64 activities = out["activities_in_file"].get<qint64>();
    const long rssBefore = currentRssMb();
    auto store = CatalogueStore::open(target);
    if (!store)
        fail(store.error().message);
    long rssMax = 0;
    auto watch = [&rssMax](double) {
        rssMax = std::max(rssMax, currentRssMb());
        return true;
    };
    for (const char *run : {"plain_iati", "first", "again"}) {
        if (run == std::string("first")) { // a fresh catalogue for the file with every field
            store = CatalogueStore::open(dir + QStringLiteral("/target2.ssccat"));
            if (!store)
                fail(store.error().message);
        }
        CatalogueImport import(**store, run == std::string("plain_iati") ? plain : xml,
                               ImportFormat::Iati);
        QElapsedTimer t;
        t.start();
        if (Status s = import.check(watch); !s)
            fail(s.error().message);
        const double checkSeconds = double(t.elapsed()) / 1000.0;
        if (Status s = import.write(watch); !s)
            fail(s.error().message);
        const double seconds = double(t.elapsed()) / 1000.0;
        auto &r = out[run];
        r["check_seconds"] = checkSeconds;
        r["total_seconds"] = seconds;
        r["activities_per_second"] = double(activities) / seconds;
        r["added"] = import.report().added;
        r["unchanged"] = import.report().unchanged;
        r["warnings"] = import.report().warnings;
    }
    out["rss_before_import_mb"] = rssBefore;
    out["rss_max_during_import_mb"] = rssMax;
    out["peak_rss_mb"] = peakRssMb();
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
