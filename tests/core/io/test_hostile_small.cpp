// Smaller hostile inputs: duplicate JSON keys, empty catalogue files, full disks.
// Also NUL and control characters through import and the IATI export, and
// bytes that are not UTF-8 in a catalogue file.
#include "CliTestSupport.h"

#include "core/io/csv/CsvExport.h"
#include "core/io/iati/IatiWriter.h"
#include "core/io/json/CatalogueJson.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>

#include <sys/mount.h>
#include <unistd.h>

using namespace ssc;
using namespace ssc::test;

namespace {

QByteArray catalogueWith(const QByteArray &initiative)
{
    return R"({"format": "ssc-catalogue", "formatVersion": 1, "sources": [
  {"id": "src-1", "title": "A source"}],
 "initiatives": [
  {"id": "ok-1", "title": "Fine", "sources": ["src-1"]},
  )" + initiative +
           "]}\n";
}

QString xmlProblem(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])"), path});
    REQUIRE(p.waitForFinished(60000));
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

// A folder with no space left: a 64 KiB tmpfs filled up, when this may mount
// one (root); else none, and the writers are pointed at /dev/full, where
// every write fails with ENOSPC as on a full disk.
struct FullDisk
{
    QTemporaryDir dir;
    bool mounted = false;
    FullDisk()
    {
        const QByteArray at = QFile::encodeName(dir.path());
        mounted = ::geteuid() == 0 &&
                  ::mount("tmpfs", at.constData(), "tmpfs", 0, "size=64k,mode=0755") == 0;
        if (!mounted)
            return;
        QFile filler(dir.filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
    }
    ~FullDisk()
    {
        if (mounted)
            ::umount2(QFile::encodeName(dir.path()).constData(), MNT_DETACH);
    }
    QString target(const QString &name) const
    {
        return mounted ? dir.filePath(name) : QStringLiteral("/dev/full");
    }
    QStringList files() const
    {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }
};

void checkFullDiskMessage(const QString &message, const QString &path)
{
    INFO(message.toStdString());
    CHECK(message.contains(path));
    CHECK(message.contains(QStringLiteral("No space left on device")));
    CHECK_FALSE(message.contains(QStringLiteral("Unknown error")));
}

} // namespace

TEST_CASE("A duplicated key in a catalogue file is refused, naming the key and the record",
          "[json][hostile]")
{
    const auto twice = CatalogueJson::parse(
        catalogueWith(
            R"({"id": "dup-1", "title": "First", "sources": ["src-1"], "title": "Second"})"),
        QStringLiteral("dup.json"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message ==
          QStringLiteral("dup.json: initiatives[1] \"dup-1\", field \"title\": is given twice "
                         "(expected each field once; which one to keep is not clear)"));

    // Deeper, and at the top level.
    const auto nested =
        CatalogueJson::parse(catalogueWith(R"({"id": "dup-2", "title": "T", "sources": ["src-1"],
            "countries": [{"code": "ET", "role": "recipient"},
                          {"code": "KE", "code": "UG", "role": "recipient"}]})"),
                             QStringLiteral("dup.json"));
    REQUIRE_FALSE(nested.ok());
    CHECK(nested.error().message.startsWith(
        QStringLiteral("dup.json: initiatives[1].countries[1], field \"code\": is given twice")));
    const auto top = CatalogueJson::parse(
        R"({"format": "ssc-catalogue", "formatVersion": 1, "name": "a", "name": "b"})",
        QStringLiteral("dup.json"));
    REQUIRE_FALSE(top.ok());
    CHECK(top.error().message.startsWith(
        QStringLiteral("dup.json: (top level), field \"name\": is given twice")));
    // Equal keys in different objects are fine.
    CHECK(
        CatalogueJson::parse(catalogueWith(R"({"id": "ok-2", "title": "T", "sources": ["src-1"]})"),
                             QStringLiteral("fine.json"))
            .ok());
}

TEST_CASE("A catalogue file with a NUL or bytes that are not UTF-8 is refused with the place",
          "[json][hostile]")
{
    const auto nul = CatalogueJson::parse(
        catalogueWith(R"({"id": "nul-1", "title": "Ti\u0000tle", "sources": ["src-1"]})"),
        QStringLiteral("nul.json"));
    REQUIRE_FALSE(nul.ok());
    CHECK(nul.error().message ==
          QStringLiteral("nul.json: initiatives[1] \"nul-1\", field \"title\": holds the control "
                         "character U+0000 (expected text without control characters)"));
    const auto latin1 = CatalogueJson::parse(
        catalogueWith("{\"id\": \"l-1\", \"title\": \"Caf\xE9\", \"sources\": [\"src-1\"]}"),
        QStringLiteral("latin1.json"));
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.error().message.startsWith(QStringLiteral("latin1.json, line 5, column")));
}

TEST_CASE("A NUL byte in a CSV cell is taken out with a warning and the IATI export works",
          "[csv][iati][hostile]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("nul.csv"));
    const QString db = dir.filePath(QStringLiteral("nul.ssccat"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray bytes("id,title,summary,description,status,start,partners\nN-1,Ti");
    bytes += '\0';
    bytes += "tle,s\x01um,A description,ongoing,2020,Some Org:implementer\n";
    f.write(bytes);
    f.close();
    const Run imported = cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(
        QStringLiteral("line 2, column 7: control character U+0000 removed")));
    CHECK(imported.out.contains(QStringLiteral("Added: 1")));
    const QString xml = dir.filePath(QStringLiteral("out.xml"));
    const Run exported = cli({QStringLiteral("export"), xml, QStringLiteral("--format"),
                              QStringLiteral("iati"), QStringLiteral("--db"), db});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(xmlProblem(xml).isEmpty());
    CHECK(readAll(xml).contains("Title"));

    // Text that reached the catalogue another way (an older import, a
    // library call) is dropped from the export, not a failed export.
    CatalogueContent content = loadFixture(QStringLiteral("small-catalogue.json"));
    content.initiatives[0].title =
        QStringLiteral("Bad") + QChar(0) + QStringLiteral("Title") + QChar(0x1B) + QChar(0xFFFF);
    content.initiatives[0].description += QChar(0x08);
    const auto store = storeWith(content);
    const QString xml2 = dir.filePath(QStringLiteral("out2.xml"));
    const auto written = IatiWriter::write(
        *store, {}, xml2,
        {QStringLiteral("XM-DAC-1"), QStringLiteral("10"), QStringLiteral("Test")});
    INFO((written.ok() ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    CHECK(xmlProblem(xml2).isEmpty());
    CHECK(readAll(xml2).contains("BadTitle"));
}

TEST_CASE("A full disk gets the file name and the system's reason from every writer, and leaves "
          "no file",
          "[hostile][diskfull]")
{
    FullDisk full;
    if (!full.mounted)
        WARN("no tmpfs could be mounted here; writing to /dev/full instead");
    const CatalogueContent content = loadFixture(QStringLiteral("small-catalogue.json"));

    const QString json = full.target(QStringLiteral("out.json"));
    const Status j = CatalogueJson::writeFile(content, json);
    REQUIRE_FALSE(j.ok());
    checkFullDiskMessage(j.error().message, json);

    const QString csv = full.target(QStringLiteral("out.csv"));
    std::size_t next = 0;
    const Status c = CsvExport::write(csv, [&](Initiative &in) {
        if (next >= content.initiatives.size())
            return false;
        in = content.initiatives[next++];
        return true;
    });
    REQUIRE_FALSE(c.ok());
    checkFullDiskMessage(c.error().message, csv);

    const auto store = storeWith(content);
    const QString xml = full.target(QStringLiteral("out.xml"));
    const auto x = IatiWriter::write(
        *store, {}, xml,
        {QStringLiteral("XM-DAC-1"), QStringLiteral("10"), QStringLiteral("Test")});
    REQUIRE_FALSE(x.ok());
    checkFullDiskMessage(x.error().message, xml);

    if (full.mounted) {
        // The command line, a catalogue on a good disk: the import report
        // and the reports (written beside their target as .part first).
        CatalogueFile catalogue;
        const QString importReport = full.target(QStringLiteral("import.txt"));
        const Run i =
            cli({QStringLiteral("import"), fixturePath(QStringLiteral("small-catalogue.json")),
                 QStringLiteral("--db"), catalogue.path, QStringLiteral("--report"), importReport});
        CHECK(i.code != 0);
        checkFullDiskMessage(i.err, importReport);
        for (const char *name : {"report.csv", "report.json", "report.md"}) {
            const QString report = full.target(QLatin1String(name));
            const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), catalogue.path,
                               QStringLiteral("--output"), report});
            CHECK(r.code != 0);
            // CSV and JSON keep their list in a file beside the report,
            // which is what fills up first and is named.
            checkFullDiskMessage(r.err, full.dir.path());
        }
        CHECK(full.files() == QStringList{QStringLiteral("filler")});
    }
}

TEST_CASE("A zero-length file is refused as a catalogue and left as it is", "[storage][hostile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.ssccat"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    const auto store = CatalogueStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().message.startsWith(path + QStringLiteral(" is empty (0 bytes)")));
    CHECK(QFileInfo(path).size() == 0);

    const Run r = cli({QStringLiteral("list"), QStringLiteral("--db"), path});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("is empty (0 bytes), not an SSC catalogue")));
    const Run i =
        cli({QStringLiteral("import"), fixturePath(QStringLiteral("small-catalogue.json")),
             QStringLiteral("--db"), path});
    CHECK(i.code == 2);
    CHECK(QFileInfo(path).size() == 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("empty.ssccat")});

    // A file that does not exist is still a new catalogue.
    const QString fresh = dir.filePath(QStringLiteral("new.ssccat"));
    const auto created = CatalogueStore::open(fresh);
    CHECK(created.ok());
}

TEST_CASE("A catalogue whose schema version is below 0 is refused as damaged and left as it is",
          "[storage][hostile]")
{
    // Found by the catalogue_open fuzzer: the upgrade read before its list
    // of steps (SIGSEGV).
    CatalogueFile catalogue;
    withConnection(catalogue.path, [](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = -7")));
    });
    const QByteArray before = readAll(catalogue.path);
    const auto store = CatalogueStore::open(catalogue.path);
    REQUIRE_FALSE(store.ok());
    CHECK(
        store.error().message ==
        catalogue.path +
            QStringLiteral(" is damaged: its schema version is -7, which no SSC Catalogue writes"));
    CHECK(readAll(catalogue.path) == before);
    const Run r = cli({QStringLiteral("list"), QStringLiteral("--db"), catalogue.path});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("schema version is -7")));
}
