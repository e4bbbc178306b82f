#pragma once

#include <QHash>
#include <QString>

namespace ssc {

// The names of reference values in the interface language: countries and
// languages from Debian's iso-codes translations, SDG goal titles from the
// Open SDG translations in data/, and regions and programme areas from the
// program's own translations (context "Region" and "ProgrammeArea"). Each
// falls back to the reference data's English name when the language has none.
//
// setLanguage is called once at start-up, before any thread reads the names.
class ReferenceNames
{
public:
    // "fr", "zh_CN"; empty or "en" for English. isoCodesRoot is the folder
    // holding iso-codes' json/ and the locale tree (Debian: /usr/share); tests
    // point it elsewhere to see the fallback.
    static void setLanguage(const QString &language,
                            const QString &isoCodesRoot = QStringLiteral("/usr/share"));
    static QString language();
    // True when iso-codes' translations were found for the language.
    static bool hasCountryNames();

    static QString country(const QString &code);
    static QString region(const QString &code);
    static QString programmeArea(const QString &id);
    static QString sdgShortTitle(int goal);
    // An ISO 639-1 code ("fr") as a name in the interface language ("French",
    // "français" in French); the code itself when iso-codes does not know it.
    static QString languageName(const QString &code);

private:
    static ReferenceNames &self();
    QString m_language;
    QHash<QString, QString> m_countries; // alpha-2 -> name
    QHash<QString, QString> m_languages; // ISO 639-1 -> name
    QHash<int, QString> m_sdgs;          // goal -> short title
};

} // namespace ssc
