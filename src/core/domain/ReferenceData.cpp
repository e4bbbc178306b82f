#include "core/domain/ReferenceData.h"

#include "core/base/CsvReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace ssc {

namespace {

QByteArray readResource(const QString &path, QCryptographicHash &hash)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Reference data %s is missing from the program's resources", qPrintable(path));
    const QByteArray bytes = file.readAll();
    hash.addData(bytes);
    return bytes;
}

std::vector<CsvReader::Row> readCsv(const QString &path, QCryptographicHash &hash)
{
    auto rows = CsvReader::parse(QString::fromUtf8(readResource(path, hash)), path);
    if (!rows.ok())
        qFatal("%s", qPrintable(rows.error().message));
    auto list = std::move(rows.value());
    if (!list.empty())
        list.erase(list.begin()); // header
    return list;
}

} // namespace

const ReferenceData &ReferenceData::instance()
{
    static const ReferenceData data;
    return data;
}

ReferenceData::ReferenceData()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);

    // name,alpha-2,alpha-3,country-code,iso_3166-2,region,sub-region,
    // intermediate-region,region-code,sub-region-code,intermediate-region-code
    QHash<QString, Region> regions;
    for (const auto &row : readCsv(QStringLiteral(":/data/countries.csv"), hash)) {
        const QStringList &f = row.fields;
        if (f.size() < 11)
            continue;
        Country c{f[1], f[2], f[0], f[8], f[9], f[10]};
        if (!c.regionCode.isEmpty() && !regions.contains(c.regionCode))
            regions.insert(c.regionCode, Region{c.regionCode, f[5], {}});
        if (!c.subregionCode.isEmpty() && !regions.contains(c.subregionCode))
            regions.insert(c.subregionCode, Region{c.subregionCode, f[6], c.regionCode});
        if (!c.intermediateCode.isEmpty() && !regions.contains(c.intermediateCode))
            regions.insert(c.intermediateCode, Region{c.intermediateCode, f[7], c.subregionCode});
        m_countries.push_back(c);
    }
    for (const Region &r : regions)
        m_regions.push_back(r);
    std::sort(m_regions.begin(), m_regions.end(),
              [](const Region &a, const Region &b) { return a.code < b.code; });

    // goal,short_title_en,title_en,...
    for (const auto &row : readCsv(QStringLiteral(":/data/sdg-goals.csv"), hash)) {
        if (row.fields.size() >= 3)
            m_sdgGoals.push_back({row.fields[0].toInt(), row.fields[1], row.fields[2]});
    }

    const auto areasJson = nlohmann::json::parse(
        readResource(QStringLiteral(":/data/programme-areas.json"), hash).toStdString());
    int order = 0;
    for (const auto &a : areasJson.at("areas")) {
        ProgrammeArea area;
        area.id = QString::fromStdString(a.at("id").get<std::string>());
        area.name = QString::fromStdString(a.at("name").get<std::string>());
        area.parentId = QString::fromStdString(a.value("parent", std::string()));
        for (const auto &code : a.value("dac", nlohmann::json::array()))
            area.dacCodes << QString::fromStdString(code.get<std::string>());
        area.order = order++;
        m_areas.push_back(area);
    }

    for (const auto &row : readCsv(QStringLiteral(":/data/dac-sectors.csv"), hash)) {
        if (row.fields.size() >= 3)
            m_dacSectors.push_back({row.fields[0], row.fields[1], row.fields[2]});
    }
    for (const auto &row : readCsv(QStringLiteral(":/data/dac-sector-categories.csv"), hash)) {
        if (row.fields.size() >= 2)
            m_dacSectors.push_back({row.fields[0], row.fields[1], {}});
    }
    // code,name,withdrawn
    for (const auto &row : readCsv(QStringLiteral(":/data/currencies.csv"), hash)) {
        if (row.fields.isEmpty())
            continue;
        m_currencies.insert(row.fields[0]);
        m_currencyList.push_back(
            {row.fields[0], row.fields.value(1), row.fields.value(2) == QLatin1String("1")});
    }
    std::sort(m_currencyList.begin(), m_currencyList.end(),
              [](const Currency &a, const Currency &b) { return a.code < b.code; });
    // code,name,withdrawn. Not part of the fingerprint: catalogues keep no
    // copy of the targets, so a new list must not make every catalogue
    // rewrite its reference tables (and rebuild its saved index) on opening.
    QCryptographicHash notStored(QCryptographicHash::Sha1);
    for (const auto &row : readCsv(QStringLiteral(":/data/sdg-targets.csv"), notStored)) {
        if (row.fields.size() >= 2)
            m_sdgTargets.push_back({row.fields[0],
                                    row.fields[0].section(QLatin1Char('.'), 0, 0).toInt(),
                                    row.fields[1]});
    }

    for (int i = 0; i < int(m_countries.size()); ++i) {
        const Country &c = m_countries[i];
        m_countryByCode.insert(c.code, i);
        m_countryIndex.insert(fold(c.code), i);
        m_countryIndex.insert(fold(c.alpha3), i);
        m_countryIndex.insert(fold(c.name), i);
    }
    for (int i = 0; i < int(m_regions.size()); ++i) {
        m_regionIndex.insert(m_regions[i].code, i);
        m_regionIndex.insert(fold(m_regions[i].name), i);
    }
    for (int i = 0; i < int(m_areas.size()); ++i) {
        m_areaIndex.insert(m_areas[i].id, i);
        m_areaIndex.insert(fold(m_areas[i].name), i);
    }
    m_fingerprint = QString::fromLatin1(hash.result().toHex());
}

QString ReferenceData::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.toCaseFolded();
    }
    return out.simplified();
}

const Country *ReferenceData::country(const QString &code) const
{
    const auto it = m_countryByCode.constFind(code);
    return it == m_countryByCode.cend() ? nullptr : &m_countries[*it];
}

const Country *ReferenceData::findCountry(const QString &codeOrName) const
{
    if (const Country *c = country(codeOrName.toUpper()); c && codeOrName.size() == 2)
        return c;
    const auto it = m_countryIndex.constFind(fold(codeOrName));
    return it == m_countryIndex.cend() ? nullptr : &m_countries[*it];
}

const Region *ReferenceData::region(const QString &code) const
{
    const auto it = m_regionIndex.constFind(code);
    return it == m_regionIndex.cend() ? nullptr : &m_regions[*it];
}

const Region *ReferenceData::findRegion(const QString &codeOrName) const
{
    auto it = m_regionIndex.constFind(codeOrName);
    if (it == m_regionIndex.cend())
        it = m_regionIndex.constFind(fold(codeOrName));
    return it == m_regionIndex.cend() ? nullptr : &m_regions[*it];
}

const ProgrammeArea *ReferenceData::programmeArea(const QString &id) const
{
    const auto it = m_areaIndex.constFind(id);
    return it == m_areaIndex.cend() || m_areas[*it].id != id ? nullptr : &m_areas[*it];
}

const ProgrammeArea *ReferenceData::findProgrammeArea(const QString &idOrName) const
{
    auto it = m_areaIndex.constFind(idOrName);
    if (it == m_areaIndex.cend())
        it = m_areaIndex.constFind(fold(idOrName));
    return it == m_areaIndex.cend() ? nullptr : &m_areas[*it];
}

QStringList ReferenceData::areaWithDescendants(const QString &id) const
{
    QStringList result{id};
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const ProgrammeArea &a : m_areas) {
            if (a.parentId == result[i])
                result << a.id;
        }
    }
    return result;
}

bool ReferenceData::isValidSdg(const QString &goalOrTarget)
{
    static const QRegularExpression goal(QStringLiteral("^(1[0-7]|[1-9])$"));
    if (goal.match(goalOrTarget).hasMatch())
        return true;
    // A target only when the UN lists it (withdrawn ones too, as older
    // records cite them): "2.z" or "3.99" has the form of one but is none.
    static const QSet<QString> targets = [] {
        QSet<QString> codes;
        for (const SdgTarget &t : instance().sdgTargets())
            codes.insert(t.code);
        return codes;
    }();
    return targets.contains(goalOrTarget);
}

} // namespace ssc
