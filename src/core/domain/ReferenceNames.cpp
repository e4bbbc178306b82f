#include "core/domain/ReferenceNames.h"

#include "core/base/CsvReader.h"
#include "core/domain/IsoCodes.h"
#include "core/domain/ReferenceData.h"

#include <QCoreApplication>
#include <QFile>

namespace ssc {

namespace {

// The names of data/programme-areas.json and of the UN M49 regions in
// data/countries.csv, listed so that lupdate offers them to translators;
// tests/core/test_reference_names.cpp checks that the lists match the data.
const char *const kAreaNames[] = {
    QT_TRANSLATE_NOOP("ProgrammeArea", "Health"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Maternal, newborn and child health"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "EMTCT of HIV and syphilis"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Nutrition"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Water, sanitation and hygiene (WASH)"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Early childhood development"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Education"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Child protection"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Social protection"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Cash transfers"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Social policy and child poverty"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Climate, energy and environment"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Air pollution"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Humanitarian action"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Disaster risk reduction"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Adolescent development and participation"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Innovation"),
    QT_TRANSLATE_NOOP("ProgrammeArea", "Child rights and policy advocacy"),
};

const char *const kRegionNames[] = {
    QT_TRANSLATE_NOOP("Region", "Africa"),
    QT_TRANSLATE_NOOP("Region", "Americas"),
    QT_TRANSLATE_NOOP("Region", "Asia"),
    QT_TRANSLATE_NOOP("Region", "Australia and New Zealand"),
    QT_TRANSLATE_NOOP("Region", "Caribbean"),
    QT_TRANSLATE_NOOP("Region", "Central America"),
    QT_TRANSLATE_NOOP("Region", "Central Asia"),
    QT_TRANSLATE_NOOP("Region", "Eastern Africa"),
    QT_TRANSLATE_NOOP("Region", "Eastern Asia"),
    QT_TRANSLATE_NOOP("Region", "Eastern Europe"),
    QT_TRANSLATE_NOOP("Region", "Europe"),
    QT_TRANSLATE_NOOP("Region", "Latin America and the Caribbean"),
    QT_TRANSLATE_NOOP("Region", "Melanesia"),
    QT_TRANSLATE_NOOP("Region", "Micronesia"),
    QT_TRANSLATE_NOOP("Region", "Middle Africa"),
    QT_TRANSLATE_NOOP("Region", "Northern Africa"),
    QT_TRANSLATE_NOOP("Region", "Northern America"),
    QT_TRANSLATE_NOOP("Region", "Northern Europe"),
    QT_TRANSLATE_NOOP("Region", "Oceania"),
    QT_TRANSLATE_NOOP("Region", "Polynesia"),
    QT_TRANSLATE_NOOP("Region", "South America"),
    QT_TRANSLATE_NOOP("Region", "South-eastern Asia"),
    QT_TRANSLATE_NOOP("Region", "Southern Africa"),
    QT_TRANSLATE_NOOP("Region", "Southern Asia"),
    QT_TRANSLATE_NOOP("Region", "Southern Europe"),
    QT_TRANSLATE_NOOP("Region", "Sub-Saharan Africa"),
    QT_TRANSLATE_NOOP("Region", "Western Africa"),
    QT_TRANSLATE_NOOP("Region", "Western Asia"),
    QT_TRANSLATE_NOOP("Region", "Western Europe"),
};

// The languages the program itself speaks, named in its translations (as a
// sentence needs them: "anglais" in French); iso-codes names the others.
const std::pair<const char *, const char *> kLanguageNames[] = {
    {"en", QT_TRANSLATE_NOOP("Language", "English")},
    {"fr", QT_TRANSLATE_NOOP("Language", "French")},
    {"es", QT_TRANSLATE_NOOP("Language", "Spanish")},
    {"pt", QT_TRANSLATE_NOOP("Language", "Portuguese")},
    {"ar", QT_TRANSLATE_NOOP("Language", "Arabic")},
    {"zh", QT_TRANSLATE_NOOP("Language", "Chinese")},
    {"ru", QT_TRANSLATE_NOOP("Language", "Russian")},
};

// The Open SDG translations are keyed by BCP 47 names.
QString sdgLanguage(const QString &language)
{
    if (language.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh-Hans");
    return language.section(QLatin1Char('_'), 0, 0);
}

} // namespace

ReferenceNames &ReferenceNames::self()
{
    static ReferenceNames names;
    return names;
}

void ReferenceNames::setLanguage(const QString &language, const QString &isoCodesRoot)
{
    ReferenceNames &s = self();
    s.m_language = language == QLatin1String("en") ? QString() : language;
    s.m_countries.clear();
    s.m_languages.clear();
    s.m_sdgs.clear();

    const QHash<QString, QString> languages =
        IsoCodes::englishNames(isoCodesRoot, QStringLiteral("639-2"));
    if (s.m_language.isEmpty()) {
        s.m_languages = languages;
    } else {
        const QHash<QString, QString> countries =
            IsoCodes::englishNames(isoCodesRoot, QStringLiteral("3166-1"));
        const QHash<QString, QString> countryMo = IsoCodes::readMo(
            IsoCodes::moFile(isoCodesRoot, QStringLiteral("3166-1"), s.m_language));
        for (auto it = countries.cbegin(); it != countries.cend(); ++it) {
            const QString name = countryMo.value(it.value());
            if (!name.isEmpty())
                s.m_countries.insert(it.key(), name);
        }
        const QHash<QString, QString> languageMo =
            IsoCodes::readMo(IsoCodes::moFile(isoCodesRoot, QStringLiteral("639-2"), s.m_language));
        for (auto it = languages.cbegin(); it != languages.cend(); ++it)
            s.m_languages.insert(it.key(), languageMo.value(it.value(), it.value()));
    }

    QFile file(QStringLiteral(":/data/sdg-goals-translations.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const auto rows = CsvReader::parse(QString::fromUtf8(file.readAll()), file.fileName());
    if (!rows.ok())
        return;
    const QString wanted =
        sdgLanguage(s.m_language.isEmpty() ? QStringLiteral("en") : s.m_language);
    // goal,language,short_title,title
    for (const CsvReader::Row &row : *rows) {
        const QStringList &f = row.fields;
        if (f.size() >= 4 && f[1] == wanted)
            s.m_sdgs.insert(f[0].toInt(), f[2]);
    }
}

QString ReferenceNames::language()
{
    return self().m_language;
}

bool ReferenceNames::hasCountryNames()
{
    return !self().m_countries.isEmpty();
}

QString ReferenceNames::country(const QString &code)
{
    if (const auto it = self().m_countries.constFind(code); it != self().m_countries.cend())
        return *it;
    const Country *c = ReferenceData::instance().country(code);
    return c ? c->name : code;
}

QString ReferenceNames::region(const QString &code)
{
    const Region *r = ReferenceData::instance().region(code);
    if (!r)
        return code;
    const QByteArray name = r->name.toUtf8();
    return QCoreApplication::translate("Region", name.constData());
}

QString ReferenceNames::programmeArea(const QString &id)
{
    const ProgrammeArea *a = ReferenceData::instance().programmeArea(id);
    if (!a)
        return id;
    const QByteArray name = a->name.toUtf8();
    return QCoreApplication::translate("ProgrammeArea", name.constData());
}

QString ReferenceNames::sdgShortTitle(int goal)
{
    if (const auto it = self().m_sdgs.constFind(goal); it != self().m_sdgs.cend())
        return *it;
    // No Open SDG translation (Portuguese): the reference data's English.
    for (const SdgGoal &g : ReferenceData::instance().sdgGoals())
        if (g.goal == goal)
            return g.shortTitle;
    return QString::number(goal);
}

QString ReferenceNames::languageName(const QString &code)
{
    // iso-codes names some languages twice ("Spanish; Castilian"): the first
    // is the one people say.
    const QString base = code.section(QLatin1Char('_'), 0, 0);
    for (const auto &[known, name] : kLanguageNames) {
        if (base == QLatin1String(known))
            return QCoreApplication::translate("Language", name);
    }
    return self().m_languages.value(base, code).section(QLatin1Char(';'), 0, 0).trimmed();
}

} // namespace ssc
