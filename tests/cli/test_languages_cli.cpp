// The command line in other languages: --lang before or after the command,
// a French PDF report read back with pdftotext, and an unknown code refused.
#include "CliTestSupport.h"

#include <QProcess>
#include <QRegularExpression>

using namespace ssc;
using namespace ssc::test;

namespace {

Run program(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8")); // English unless told
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SSC_EXECUTABLE), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    QString text =
        QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    return text.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}]")));
}

} // namespace

TEST_CASE("The command line writes its tables and messages in the language of --lang",
          "[cli][languages]")
{
    CatalogueFile file;
    const Run english = program({QStringLiteral("list"), QStringLiteral("--db"), file.path});
    REQUIRE(english.code == 0);
    CHECK(english.out.contains(QStringLiteral("Title")));

    const Run spanish = program({QStringLiteral("list"), QStringLiteral("--db"), file.path,
                                 QStringLiteral("--lang"), QStringLiteral("es")});
    INFO(spanish.err.toStdString());
    REQUIRE(spanish.code == 0);
    CHECK(spanish.out.contains(QStringLiteral("Título")));
    CHECK(spanish.out.contains(QStringLiteral("Etiopía")));

    const Run chinese = program({QStringLiteral("--lang=zh_CN"), QStringLiteral("facets"),
                                 QStringLiteral("--facet"), QStringLiteral("country"),
                                 QStringLiteral("--db"), file.path});
    REQUIRE(chinese.code == 0);
    CHECK(chinese.out.contains(QStringLiteral("埃塞俄比亚")));
    // JSON stays as it is for programs: codes and English names.
    const Run json = program({QStringLiteral("--lang"), QStringLiteral("fr"),
                              QStringLiteral("list"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--db"), file.path});
    REQUIRE(json.code == 0);
    CHECK(json.out.contains(QStringLiteral("\"countries\"")));
    CHECK(json.out.contains(QStringLiteral("Ethiopia (recipient)")));

    const Run unknown = program({QStringLiteral("--lang"), QStringLiteral("xx"),
                                 QStringLiteral("list"), QStringLiteral("--db"), file.path});
    CHECK(unknown.code == CommandLine::InputError);
    CHECK(unknown.err.contains(QStringLiteral("\"xx\"")));
    CHECK(unknown.err.contains(QStringLiteral("fr, es, pt, ar, zh_CN, ru")));
}

TEST_CASE("A French PDF report has French headings and numbers", "[cli][languages][report]")
{
    CatalogueFile file;
    const QString pdf = file.dir.filePath(QStringLiteral("rapport.pdf"));
    const Run r = program({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("report"),
                           QStringLiteral("--db"), file.path, QStringLiteral("--output"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Rapport")));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Pays concernés")));
    CHECK(text.contains(QStringLiteral("Années couvertes")));
    CHECK(text.contains(QStringLiteral("Par domaine de programme")));
    CHECK(text.contains(QStringLiteral("Éthiopie")));
    CHECK_FALSE(text.contains(QStringLiteral("Countries involved")));
    // Page numbers and the date in French too.
    CHECK(text.contains(QRegularExpression(QStringLiteral("Page 1 (sur|de) \\d+"))));
}
