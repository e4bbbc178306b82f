#include "PaneNodes.h"

#include "core/base/CsvReader.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/ReferenceNames.h"
#include "core/query/FacetDefinitions.h"

#include <QCollator>
#include <QColor>

#include <algorithm>
#include <map>

namespace ssc {

namespace {

using Node = FacetModel::Node;

std::map<QString, QString> labelsOf(const FacetCounts &all, Facet facet)
{
    std::map<QString, QString> labels;
    if (auto it = all.find(facet); it != all.end()) {
        for (const FacetValueCount &v : it->second)
            labels.emplace(v.value, v.label);
    }
    return labels;
}

std::vector<Node> flatNodes(const FacetCounts &all, Facet facet)
{
    std::vector<Node> nodes;
    for (const auto &[value, label] : labelsOf(all, facet))
        nodes.push_back(Node{facet, value, label.isEmpty() ? value : label, {}, -1, {}, 0, false});
    // QCollator follows QLocale's default, the interface language: "Côte
    // d'Ivoire" sorts under C, and Chinese names by their pinyin.
    const QCollator collator;
    std::sort(nodes.begin(), nodes.end(), [&collator](const Node &a, const Node &b) {
        return collator.compare(a.label, b.label) < 0;
    });
    return nodes;
}

// Region > sub-region > country, for the countries the catalogue has.
std::vector<Node> countryNodes(const FacetCounts &all)
{
    const ReferenceData &ref = ReferenceData::instance();
    std::vector<Node> nodes;
    std::map<QString, int> regionNode;
    auto regionFor = [&](const QString &code, int parent) {
        if (code.isEmpty())
            return parent;
        if (auto it = regionNode.find(code); it != regionNode.end())
            return it->second;
        nodes.push_back(
            Node{Facet::Region, code, ReferenceNames::region(code), {}, parent, {}, 0, false});
        return regionNode[code] = int(nodes.size() - 1);
    };
    std::vector<Node> countries = flatNodes(all, Facet::Country);
    // Regions in name order, then countries in name order within them.
    std::vector<std::pair<QString, QString>> regionPairs;
    for (const Node &c : countries) {
        const Country *country = ref.country(c.value);
        if (country)
            regionPairs.emplace_back(country->regionCode, country->subregionCode);
    }
    // In the language's alphabetical order ("Afrique" before "Amériques").
    const QCollator collator;
    std::sort(regionPairs.begin(), regionPairs.end(), [&collator](const auto &a, const auto &b) {
        const int first =
            collator.compare(ReferenceNames::region(a.first), ReferenceNames::region(b.first));
        if (first != 0)
            return first < 0;
        return collator.compare(ReferenceNames::region(a.second),
                                ReferenceNames::region(b.second)) < 0;
    });
    for (const auto &[region, subregion] : regionPairs)
        regionFor(subregion, regionFor(region, -1));
    for (Node c : countries) {
        const Country *country = ref.country(c.value);
        c.parent =
            country ? regionFor(country->subregionCode, regionFor(country->regionCode, -1)) : -1;
        nodes.push_back(std::move(c));
    }
    return nodes;
}

// The taxonomy in its own order, for the areas the catalogue has.
std::vector<Node> areaNodes(const FacetCounts &all)
{
    const auto present = labelsOf(all, Facet::ProgrammeArea);
    std::vector<ProgrammeArea> areas = ReferenceData::instance().programmeAreas();
    std::sort(areas.begin(), areas.end(),
              [](const ProgrammeArea &a, const ProgrammeArea &b) { return a.order < b.order; });
    std::vector<Node> nodes;
    std::map<QString, int> at;
    for (const ProgrammeArea &a : areas) {
        if (!a.parentId.isEmpty() || !present.count(a.id))
            continue;
        nodes.push_back(Node{
            Facet::ProgrammeArea, a.id, ReferenceNames::programmeArea(a.id), {}, -1, {}, 0, false});
        at[a.id] = int(nodes.size() - 1);
    }
    for (const ProgrammeArea &a : areas) {
        if (a.parentId.isEmpty() || !present.count(a.id) || !at.count(a.parentId))
            continue;
        nodes.push_back(Node{Facet::ProgrammeArea,
                             a.id,
                             ReferenceNames::programmeArea(a.id),
                             {},
                             at[a.parentId],
                             {},
                             0,
                             false});
    }
    return nodes;
}

std::vector<Node> sdgNodes(const FacetCounts &all)
{
    std::map<int, QColor> colours;
    const auto rows = CsvReader::readFile(QStringLiteral(":/data/sdg-colours.csv"));
    if (rows.ok()) {
        for (size_t r = 1; r < rows->size(); ++r) {
            const QStringList &fields = (*rows)[r].fields;
            if (fields.size() >= 2)
                colours[fields[0].toInt()] = QColor(fields[1]);
        }
    }
    std::vector<Node> nodes;
    for (const auto &[value, label] : labelsOf(all, Facet::Sdg))
        nodes.push_back(Node{Facet::Sdg,
                             value,
                             value + QLatin1Char(' ') + label,
                             colours[value.toInt()],
                             -1,
                             {},
                             0,
                             false});
    std::sort(nodes.begin(), nodes.end(),
              [](const Node &a, const Node &b) { return a.value.toInt() < b.value.toInt(); });
    return nodes;
}

} // namespace

std::vector<Node> paneNodes(const FacetCounts &all, Facet facet)
{
    // Trees where the values have parents; flat lists elsewhere.
    switch (facetDefinition(facet).domain) {
    case FacetDomain::Country:
        return countryNodes(all);
    case FacetDomain::ProgrammeArea:
        return areaNodes(all);
    case FacetDomain::SdgGoal:
        return sdgNodes(all);
    default:
        return flatNodes(all, facet);
    }
}

} // namespace ssc
