// Titles, descriptions and summaries in several languages through IATI:
// imported with their xml:lang, exported, validated and imported back.
#include "ImportTestSupport.h"

#include "core/io/iati/IatiWriter.h"
#include "core/storage/CatalogueStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ssc;
using namespace ssc::test;

namespace {

QString translationOf(const Initiative &in, const char *field, const char *language)
{
    for (const Translation &t : in.translations)
        if (t.field == QLatin1String(field) && t.language == QLatin1String(language))
            return t.text;
    return {};
}

void checkValid(const QString &path)
{
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
                  QStringList{QStringLiteral("--noout"), QStringLiteral("--schema"),
                              fixturePath(QStringLiteral("iati-schema/iati-activities-schema.xsd")),
                              path});
    REQUIRE(xmllint.waitForFinished(120000));
    INFO(xmllint.readAllStandardError().right(2000).toStdString());
    CHECK(xmllint.exitStatus() == QProcess::NormalExit);
    CHECK(xmllint.exitCode() == 0);
}

} // namespace

TEST_CASE("IATI: titles, descriptions and summaries in English, French and Spanish are imported, "
          "exported and read back",
          "[import][iati][export][languages]")
{
    auto original = emptyStore();
    const ImportReport report = importFile(
        *original, fixturePath(QStringLiteral("iati/three-languages.xml")), ImportFormat::Iati);
    CHECK(report.added == 3);
    CHECK(report.rejected == 0);

    // A publisher's activity: every narrative of the title and the description.
    const auto plain = original->initiative(QStringLiteral("XX-LANGUAGES-1"));
    REQUIRE(plain);
    CHECK(plain->language == QLatin1String("en"));
    CHECK(plain->title == QLatin1String("South-South cooperation for maternal health"));
    CHECK(plain->titleIn(QStringLiteral("fr")) ==
          QStringLiteral("Coopération Sud-Sud pour la santé maternelle"));
    CHECK(plain->titleIn(QStringLiteral("es")) ==
          QStringLiteral("Cooperación Sur-Sur para la salud materna"));
    CHECK(plain->descriptionIn(QStringLiteral("es")) ==
          QStringLiteral("Parteras de un país forman a las parteras de otro."));
    CHECK(plain->translations.size() == 4);

    // This program's own element: the summary in each language too.
    const auto own = original->initiative(QStringLiteral("XX-LANGUAGES-2"));
    REQUIRE(own);
    CHECK(own->summary == QLatin1String("A study visit on school meals."));
    CHECK(own->summaryIn(QStringLiteral("fr")) ==
          QStringLiteral("Une visite d'étude sur les repas scolaires."));
    CHECK(own->summaryIn(QStringLiteral("es")) ==
          QStringLiteral("Una visita de estudio sobre la alimentación escolar."));
    CHECK(own->summaryIn(QStringLiteral("pt")) == own->summary);
    CHECK(own->translations.size() == 6);

    // The description this program writes for a record that has none is
    // dropped again, in every language; the summary's translations stay.
    const auto summaryOnly = original->initiative(QStringLiteral("XX-LANGUAGES-3"));
    REQUIRE(summaryOnly);
    CHECK(summaryOnly->description.isEmpty());
    CHECK(translationOf(*summaryOnly, "description", "fr").isEmpty());
    CHECK(translationOf(*summaryOnly, "summary", "fr") ==
          QStringLiteral("Des officiers d'état civil partagent leurs méthodes."));
    CHECK(summaryOnly->translations.size() == 4);

    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("languages.xml"));
    const auto summary = IatiWriter::write(
        *original, {}, exported, {QStringLiteral("XM-DAC-41122"), QStringLiteral("40"), QString()});
    REQUIRE(summary.ok());
    CHECK(summary->written == 3);
    checkValid(exported);

    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    CHECK(xml.contains(QStringLiteral(
        "<narrative xml:lang=\"es\">Cooperación Sur-Sur para la salud materna</narrative>")));
    CHECK(
        xml.contains(QStringLiteral("<ssc:summary xml:lang=\"fr\">Une visite d'étude sur les repas "
                                    "scolaires.</ssc:summary>")));

    auto copy = emptyStore();
    const ImportReport again = importFile(*copy, exported, ImportFormat::Iati);
    CHECK(again.added == 3);
    CHECK(again.warnings == 0);
    for (const Initiative &in : okValue(copy->content()).initiatives) {
        INFO(in.id.toStdString());
        const auto mine = original->initiative(in.id);
        REQUIRE(mine);
        CHECK(mine->translations == in.translations);
        CHECK(*mine == in);
    }
}
