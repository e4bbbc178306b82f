#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace ssc {

struct Country
{
    QString code; // ISO 3166-1 alpha-2
    QString alpha3;
    QString name;
    QString regionCode; // UN M49, e.g. "002" Africa; empty for Antarctica
    QString subregionCode;
    QString intermediateCode; // e.g. "014" Eastern Africa; often empty
};

struct Region
{
    QString code; // UN M49 code
    QString name;
    QString parentCode; // empty for a top-level region
};

struct SdgGoal
{
    int goal = 0;
    QString shortTitle;
    QString title;
};

// A target of an SDG goal ("3.2"), from IATI's UNSDG-Targets codelist.
struct SdgTarget
{
    QString code; // "3.2", "4.c"
    int goal = 0;
    QString title;
};

// An ISO 4217 currency from IATI's Currency codelist; a withdrawn code is
// still accepted, for old records.
struct Currency
{
    QString code;
    QString name;
    bool withdrawn = false;
};

struct ProgrammeArea
{
    QString id;
    QString parentId;
    QString name;
    QStringList dacCodes;
    int order = 0;
};

struct DacSector
{
    QString code; // 5-digit purpose code or 3-digit category
    QString name;
    QString category; // the 3-digit category of a 5-digit code
};

// The reference tables the program ships in data/ (compiled in as
// resources): countries with M49 regions, SDG goals, the programme-area
// taxonomy, DAC sectors, currencies and SDG targets. Loaded once, read-only afterwards.
class ReferenceData
{
public:
    static const ReferenceData &instance();

    const std::vector<Country> &countries() const { return m_countries; }
    const std::vector<Region> &regions() const { return m_regions; }
    const std::vector<SdgGoal> &sdgGoals() const { return m_sdgGoals; }
    // In the codelist's order: by goal, then target.
    const std::vector<SdgTarget> &sdgTargets() const { return m_sdgTargets; }
    const std::vector<ProgrammeArea> &programmeAreas() const { return m_areas; }
    const std::vector<DacSector> &dacSectors() const { return m_dacSectors; }

    const Country *country(const QString &code) const;
    // Finds a country by ISO alpha-2, alpha-3 or name, ignoring case and accents.
    const Country *findCountry(const QString &codeOrName) const;
    const Region *region(const QString &code) const;
    const Region *findRegion(const QString &codeOrName) const;
    const ProgrammeArea *programmeArea(const QString &id) const;
    const ProgrammeArea *findProgrammeArea(const QString &idOrName) const;
    // The area and all its descendants.
    QStringList areaWithDescendants(const QString &id) const;
    // The codes isCurrency accepts, in code order.
    const std::vector<Currency> &currencies() const { return m_currencyList; }
    bool isCurrency(const QString &code) const { return m_currencies.contains(code); }
    // A goal "1" to "17", or one of the targets sdgTargets lists.
    static bool isValidSdg(const QString &goalOrTarget);
    // A fingerprint of all reference tables; stored in each catalogue so it
    // refreshes its copies only when the program's data changed.
    QString fingerprint() const { return m_fingerprint; }

    // Lower-case ASCII folding used for name matching ("São Tomé" -> "sao tome").
    static QString fold(const QString &text);

private:
    ReferenceData();

    std::vector<Country> m_countries;
    std::vector<Region> m_regions;
    std::vector<SdgGoal> m_sdgGoals;
    std::vector<SdgTarget> m_sdgTargets;
    std::vector<ProgrammeArea> m_areas;
    std::vector<DacSector> m_dacSectors;
    std::vector<Currency> m_currencyList;
    QSet<QString> m_currencies;
    QHash<QString, int> m_countryByCode; // exact ISO alpha-2
    QHash<QString, int> m_countryIndex;  // folded codes and names, for finding
    QHash<QString, int> m_regionIndex;
    QHash<QString, int> m_areaIndex;
    QString m_fingerprint;
};

} // namespace ssc
