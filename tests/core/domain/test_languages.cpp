#include "TestSupport.h"

#include "core/domain/InitiativeLabels.h"
#include "core/domain/InterfaceLanguage.h"
#include "core/domain/IsoCodes.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/ReferenceNames.h"
#include "core/query/FacetDefinitions.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace ssc;

namespace {

// Puts a language in place for one test and takes it away again, so that
// the tests after it read English.
struct LanguageFor
{
    explicit LanguageFor(const QString &code) { REQUIRE(InterfaceLanguage::install(code).ok()); }
    ~LanguageFor() { InterfaceLanguage::reset(); }
};

} // namespace

TEST_CASE("Language names map onto the translations the program has", "[languages]")
{
    CHECK(InterfaceLanguage::available() ==
          QStringList{"en", "fr", "es", "pt", "ar", "zh_CN", "ru"});
    CHECK(InterfaceLanguage::match(QStringLiteral("fr_CA")) == "fr");
    CHECK(InterfaceLanguage::match(QStringLiteral("pt-BR")) == "pt");
    CHECK(InterfaceLanguage::match(QStringLiteral("zh-Hans-CN")) == "zh_CN");
    CHECK(InterfaceLanguage::match(QStringLiteral("zh_TW")) == "zh_CN");
    CHECK(InterfaceLanguage::match(QStringLiteral("en_GB")) == "en");
    CHECK(InterfaceLanguage::match(QStringLiteral("de_DE")).isEmpty());
    CHECK(InterfaceLanguage::nativeName(QStringLiteral("fr")) == QStringLiteral("Français"));
    CHECK(InterfaceLanguage::nativeName(QStringLiteral("ar")) == QStringLiteral("العربية"));

    const Status refused = InterfaceLanguage::install(QStringLiteral("de"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Input);
    CHECK(refused.error().message.contains(QStringLiteral("\"de\"")));
    CHECK(refused.error().message.contains(QStringLiteral("zh_CN")));
    CHECK(InterfaceLanguage::current() == "en");
}

TEST_CASE("Installing a language translates messages, numbers and vocabulary", "[languages]")
{
    {
        LanguageFor french(QStringLiteral("fr"));
        CHECK(InterfaceLanguage::current() == "fr");
        CHECK(QLocale().language() == QLocale::French);
        CHECK(QCoreApplication::translate("Facet", "Programme area") ==
              QStringLiteral("Domaine de programme"));
        CHECK(
            facetDefinition(Facet::Modality).displayLabel(QStringLiteral("technical-assistance")) ==
            QStringLiteral("Assistance technique"));
        // The facet index keeps English labels on disk, whatever the language.
        CHECK(facetDefinition(Facet::Modality).valueLabel(QStringLiteral("technical-assistance")) ==
              QStringLiteral("Technical assistance"));
        CHECK(QLocale().toString(1234567) == QStringLiteral("1\u202f234\u202f567"));
    }
    {
        LanguageFor arabic(QStringLiteral("ar"));
        CHECK(QLocale().textDirection() == Qt::RightToLeft);
        // Six plural forms: one, two and few read differently.
        const QString one =
            QCoreApplication::translate("CommandLine", "Deleted %n initiative(s)", nullptr, 1);
        const QString two =
            QCoreApplication::translate("CommandLine", "Deleted %n initiative(s)", nullptr, 2);
        CHECK(one != two);
        CHECK_FALSE(one.contains(QStringLiteral("initiative")));
    }
    // Back to English, with no translator left behind.
    CHECK(QCoreApplication::translate("Facet", "Programme area") ==
          QStringLiteral("Programme area"));
    CHECK(ReferenceNames::country(QStringLiteral("ET")) == QStringLiteral("Ethiopia"));
}

TEST_CASE("Country names in French and Chinese come from iso-codes", "[languages]")
{
    REQUIRE(QFile::exists(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json")));
    {
        LanguageFor french(QStringLiteral("fr"));
        CHECK(ReferenceNames::hasCountryNames());
        CHECK(ReferenceNames::country(QStringLiteral("ET")) == QStringLiteral("Éthiopie"));
        CHECK(ReferenceNames::country(QStringLiteral("CI")) == QStringLiteral("Côte d'Ivoire"));
        CHECK(ReferenceNames::country(QStringLiteral("BR")) == QStringLiteral("Brésil"));
        CHECK(ReferenceNames::languageName(QStringLiteral("en")) == QStringLiteral("anglais"));
        CHECK(ReferenceNames::languageName(QStringLiteral("es")) == QStringLiteral("espagnol"));
        // The same names iso-codes' own catalogue gives, read independently.
        const auto mo =
            IsoCodes::readMo(QStringLiteral("/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo"));
        CHECK(mo.value(QStringLiteral("Mozambique")) == ReferenceNames::country("MZ"));
        // Collation: "Côte d'Ivoire" sorts under C, between Cameroun and Cuba.
        QStringList names{ReferenceNames::country("CU"), ReferenceNames::country("CI"),
                          ReferenceNames::country("CM")};
        const QCollator collator;
        std::sort(names.begin(), names.end(),
                  [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        CHECK(names == QStringList{"Cameroun", "Côte d'Ivoire", "Cuba"});
    }
    {
        LanguageFor chinese(QStringLiteral("zh_CN"));
        CHECK(ReferenceNames::country(QStringLiteral("ET")) == QStringLiteral("埃塞俄比亚"));
        CHECK(ReferenceNames::country(QStringLiteral("CN")) == QStringLiteral("中国"));
        CHECK(ReferenceNames::sdgShortTitle(3) == QStringLiteral("良好健康与福祉"));
    }
}

TEST_CASE("Without iso-codes, or with a damaged catalogue, names stay in English", "[languages]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    ReferenceNames::setLanguage(QStringLiteral("fr"), root.path());
    CHECK_FALSE(ReferenceNames::hasCountryNames());
    CHECK(ReferenceNames::country(QStringLiteral("ET")) == QStringLiteral("Ethiopia"));

    // A .mo file cut short points outside itself: nothing is taken from it.
    QDir(root.path()).mkpath(QStringLiteral("locale/fr/LC_MESSAGES"));
    QDir(root.path()).mkpath(QStringLiteral("iso-codes/json"));
    QFile::copy(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"),
                root.filePath(QStringLiteral("iso-codes/json/iso_3166-1.json")));
    QFile whole(QStringLiteral("/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo"));
    REQUIRE(whole.open(QIODevice::ReadOnly));
    QFile cut(root.filePath(QStringLiteral("locale/fr/LC_MESSAGES/iso_3166-1.mo")));
    REQUIRE(cut.open(QIODevice::WriteOnly));
    cut.write(whole.read(whole.size() / 3));
    cut.close();
    CHECK(IsoCodes::readMo(cut.fileName()).isEmpty());
    ReferenceNames::setLanguage(QStringLiteral("fr"), root.path());
    CHECK(ReferenceNames::country(QStringLiteral("ET")) == QStringLiteral("Ethiopia"));
    ReferenceNames::setLanguage(QString());
}

TEST_CASE("Stored labels are shown in the interface language", "[languages]")
{
    const QString countries = QStringLiteral("Cuba (provider); Ethiopia (recipient)");
    const QString funding = QStringLiteral("SSCAF: USD 3,000,000 (2017); Fund: EUR 1,234.50");
    CHECK(InitiativeLabels::localCountries(countries) == countries); // English: as stored
    LanguageFor french(QStringLiteral("fr"));
    CHECK(InitiativeLabels::localCountries(countries) ==
          QStringLiteral("Cuba (fournisseur); Éthiopie (bénéficiaire)"));
    CHECK(InitiativeLabels::localAreas(QStringLiteral("Health; Child protection")) ==
          QStringLiteral("Santé; Protection de l'enfance"));
    CHECK(InitiativeLabels::localPartners(QStringLiteral("UNICEF (implementer)")) ==
          QStringLiteral("UNICEF (agent d'exécution)"));
    CHECK(InitiativeLabels::localFunding(funding) ==
          QStringLiteral("SSCAF: USD 3\u202f000\u202f000 (2017); Fund: EUR 1\u202f234,50"));
    // Labels the program did not write pass through.
    CHECK(InitiativeLabels::localCountries(QStringLiteral("Atlantis (overlord)")) ==
          QStringLiteral("Atlantis (overlord)"));
}

TEST_CASE("Every programme area and region is offered to translators", "[languages]")
{
    // ReferenceNames.cpp lists the names for lupdate; they must match the data.
    QFile source(QStringLiteral(SSC_SOURCE_DIR "/src/core/domain/ReferenceNames.cpp"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(source.readAll());
    for (const ProgrammeArea &a : ReferenceData::instance().programmeAreas()) {
        INFO(a.name.toStdString());
        CHECK(text.contains(
            QStringLiteral("QT_TRANSLATE_NOOP(\"ProgrammeArea\", \"%1\")").arg(a.name)));
    }
    for (const Region &r : ReferenceData::instance().regions()) {
        INFO(r.name.toStdString());
        CHECK(text.contains(QStringLiteral("QT_TRANSLATE_NOOP(\"Region\", \"%1\")").arg(r.name)));
    }
}
