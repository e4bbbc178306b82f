// Hostile IATI files: deep nesting, entity expansion, gigantic text,
// external entities and badly encoded bytes. Each file is made here, not
// kept as a fixture: some are megabytes. Every refused file must leave the
// catalogue exactly as it was.

#include "ImportTestSupport.h"

#include "core/io/iati/IatiActivityReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ssc;
using namespace ssc::test;

namespace {

const QByteArray kHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
const QByteArray kOpen =
    "<iati-activities version=\"2.03\">\n<iati-activity default-currency=\"EUR\">\n"
    "<iati-identifier>XM-HOSTILE-1</iati-identifier>\n"
    "<reporting-org ref=\"XM-ORG\" type=\"10\"><narrative>Org</narrative></reporting-org>\n";
const QByteArray kClose = "\n<activity-status code=\"2\"/>\n"
                          "<activity-date type=\"1\" iso-date=\"2019-01-01\"/>\n"
                          "</iati-activity>\n</iati-activities>\n";

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

// One activity whose title and description are given as XML.
QByteArray activity(const QByteArray &doctype, const QByteArray &title,
                    const QByteArray &description = "<narrative>D</narrative>")
{
    return kHead + doctype + kOpen + "<title>" + title + "</title>\n<description>" + description +
           "</description>" + kClose;
}

// Checks the file on a catalogue that already holds the small fixture:
// the check must fail, and nothing may be written. Returns the message.
QString refused(const QString &path)
{
    auto store = storeWith(loadFixture(QStringLiteral("small-catalogue.json")));
    const qint64 count = okValue(store->initiativeCount());
    const QString revision = store->revision();
    CatalogueImport import(*store, path, ImportFormat::Iati);
    const Status checked = import.check();
    REQUIRE_FALSE(checked.ok());
    CHECK_FALSE(import.write().ok());
    CHECK(okValue(store->initiativeCount()) == count);
    CHECK(store->revision() == revision);
    return checked.error().message;
}

// The one activity of the file as the reader gives it.
IatiActivity readOne(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    IatiActivityReader reader(&f, QStringLiteral("file.xml"));
    IatiActivity a;
    INFO(reader.error().toStdString());
    REQUIRE(reader.next(a));
    CHECK_FALSE(reader.next(a));
    CHECK(reader.error().isEmpty());
    return a;
}

} // namespace

TEST_CASE("Narratives nested 60,000 deep are refused with the line, not a crash",
          "[import][iati][hostile]")
{
    QTemporaryDir dir;
    const int depth = 60000;
    const QByteArray title = QByteArray("<narrative>").repeated(depth) + "x" +
                             QByteArray("</narrative>").repeated(depth);
    const QString path = writeFile(dir, "deep.xml", activity({}, title));
    const QString message = refused(path);
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("deep.xml")));
    CHECK(message.contains(QStringLiteral("nesting deeper than")));
    CHECK(message.contains(QStringLiteral("line 6"))); // where the title starts
}

TEST_CASE("Nesting within the bound is read, the narrative's text with its children's",
          "[import][iati][hostile]")
{
    QTemporaryDir dir;
    const int depth = 50;
    const QByteArray title = "<narrative xml:lang=\"en\">" + QByteArray("<b>").repeated(depth) +
                             "deep" + QByteArray("</b>").repeated(depth) + " text</narrative>";
    const IatiActivity a = readOne(writeFile(dir, "nested.xml", activity({}, title)));
    REQUIRE(a.title.size() == 1);
    CHECK(a.title[0].text == QStringLiteral("deep text"));
    CHECK(a.title[0].language == QStringLiteral("en"));
}

TEST_CASE("One entity referenced 25,000 times is refused before it is expanded",
          "[import][iati][hostile]")
{
    QTemporaryDir dir;
    const QByteArray doctype =
        "<!DOCTYPE iati-activities [<!ENTITY a \"" + QByteArray(4000, 'A') + "\">]>\n";
    const QByteArray description =
        "<narrative>" + QByteArray("&a;").repeated(25000) + "</narrative>";
    const QString path =
        writeFile(dir, "quadratic.xml", activity(doctype, "<narrative>T</narrative>", description));
    CHECK(QFile(path).size() < 80 * 1024);
    const QString message = refused(path);
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("quadratic.xml")));
    CHECK(message.contains(QStringLiteral("entit")));
}

TEST_CASE("A few references to a short entity are still expanded", "[import][iati][hostile]")
{
    QTemporaryDir dir;
    const QByteArray doctype =
        "<!DOCTYPE iati-activities [<!ENTITY moh \"Ministry of Health\">]>\n";
    const IatiActivity a =
        readOne(writeFile(dir, "entities.xml",
                          activity(doctype, "<narrative>&moh; and &moh; &amp; more</narrative>")));
    REQUIRE(a.title.size() == 1);
    CHECK(a.title[0].text == QStringLiteral("Ministry of Health and Ministry of Health & more"));
}

TEST_CASE("Billion laughs is refused", "[import][iati][hostile]")
{
    QTemporaryDir dir;
    QByteArray doctype = "<!DOCTYPE iati-activities [\n<!ENTITY lol0 \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        doctype += "<!ENTITY lol" + QByteArray::number(i) + " \"" +
                   ("&lol" + QByteArray::number(i - 1) + ";").repeated(10) + "\">\n";
    }
    doctype += "]>\n";
    const QString path =
        writeFile(dir, "laughs.xml", activity(doctype, "<narrative>&lol9;</narrative>"));
    const QString message = refused(path);
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("laughs.xml")));
}

TEST_CASE("External entities are never resolved", "[import][iati][hostile]")
{
    QTemporaryDir dir;
    const QString secret = writeFile(dir, "secret.txt", "TOP-SECRET-CONTENT");
    const QByteArray doctype =
        "<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM \"file://" + secret.toUtf8() + "\">]>\n";
    const QString path =
        writeFile(dir, "external.xml", activity(doctype, "<narrative>A &xxe; B</narrative>"));
    auto store = emptyStore();
    CatalogueImport import(*store, path, ImportFormat::Iati);
    if (import.check().ok()) {
        REQUIRE(import.write().ok());
        const auto content = store->content();
        REQUIRE(content.ok());
        for (const Initiative &i : content.value().initiatives) {
            CHECK_FALSE(i.title.contains(QStringLiteral("TOP-SECRET")));
            CHECK_FALSE(i.description.contains(QStringLiteral("TOP-SECRET")));
        }
    }
}

TEST_CASE("A text field longer than the bound is refused naming the activity and field",
          "[import][iati][hostile]")
{
    QTemporaryDir dir;
    const QByteArray description =
        "<narrative>" + QByteArray(5 * 1024 * 1024, 'x') + "</narrative>";
    const QString path =
        writeFile(dir, "gigantic.xml", activity({}, "<narrative>T</narrative>", description));
    const QString message = refused(path);
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("gigantic.xml")));
    CHECK(message.contains(QStringLiteral("XM-HOSTILE-1")));
    CHECK(message.contains(QStringLiteral("description")));
    CHECK(message.contains(QStringLiteral("characters")));
}

TEST_CASE("A badly encoded byte is reported on its own line", "[import][iati][hostile]")
{
    QTemporaryDir dir;
    QByteArray bytes = kHead + "<iati-activities version=\"2.03\">\n";
    for (int i = 0; i < 300; ++i) {
        // Line 201 of the file holds the bad byte, far past the reader's
        // first block.
        const QByteArray title = i == 198 ? QByteArray("Ti\xff tle") : QByteArray("Title");
        bytes += "<iati-activity><iati-identifier>XM-" + QByteArray::number(i) +
                 "</iati-identifier><title><narrative>" + title +
                 " with some text to fill the line</narrative></title></iati-activity>\n";
    }
    bytes += "</iati-activities>\n";
    REQUIRE(bytes.split('\n').at(200).contains("\xff"));
    const QString message = refused(writeFile(dir, "badly-encoded.xml", bytes));
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("badly-encoded.xml")));
    CHECK(message.contains(QStringLiteral("line 201,")));
    CHECK(message.contains(QStringLiteral("column 76")));
}
