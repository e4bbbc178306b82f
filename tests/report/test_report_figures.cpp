// A filtered report's breakdowns counted independently from the fixture.
//
// The window, `list` and the report share the store and its SQL, so
// comparing them with each other proves little. Here the fixture catalogue
// (JSON) and the reference data (CSV, JSON) are read with nlohmann_json and a
// few lines of CSV splitting, the filter is applied in plain C++ over the
// records, every headline figure and breakdown row is counted, and the
// report the program writes as JSON (docs/report-json.md), run as a separate
// process, must say the same.
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>

using json = nlohmann::json;
using namespace ssc::test;

namespace {

// A JSON string as std::string (map keys need it spelled out: the implicit
// conversion picks the wrong overload).
std::string str(const json &value)
{
    return value.get<std::string>();
}

json readJsonFile(const std::string &path)
{
    std::ifstream in(path);
    REQUIRE(in.good());
    return json::parse(in);
}

// One CSV line's fields: commas, and double quotes that may hold commas and
// doubled quotes (no line breaks inside fields in these files).
std::vector<std::string> csvFields(const std::string &line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

// Rows of a CSV file by the value of its key column: column name -> value.
std::map<std::string, std::map<std::string, std::string>> csvBy(const std::string &path,
                                                                const std::string &key)
{
    std::ifstream in(path);
    REQUIRE(in.good());
    std::string line;
    std::getline(in, line);
    const std::vector<std::string> header = csvFields(line);
    std::map<std::string, std::map<std::string, std::string>> rows;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        const std::vector<std::string> f = csvFields(line);
        std::map<std::string, std::string> row;
        for (size_t i = 0; i < header.size() && i < f.size(); ++i)
            row[header[i]] = f[i];
        rows[row[key]] = row;
    }
    return rows;
}

const std::string kData = SSC_SOURCE_DIR "/data/";

// The English labels of the vocabularies, written out here.
const std::map<std::string, std::string> kLabels = {
    {"knowledge-exchange", "Knowledge exchange"},
    {"technical-assistance", "Technical assistance"},
    {"technology-exchange", "Technology exchange"},
    {"resource-exchange", "Resource exchange"},
    {"programme", "Programme"},
    {"high-level-meeting", "High-level meeting"},
    {"conference", "Conference"},
    {"side-event", "Side event"},
    {"webinar", "Webinar"},
    {"study-tour", "Study tour"},
    {"training", "Training"},
    {"community-of-practice", "Community of practice"},
    {"publication", "Publication"},
    {"internship", "Internship"},
    {"humanitarian-response", "Humanitarian response"},
    {"fund", "Fund"},
    {"provider", "Provider"},
    {"recipient", "Recipient"},
    {"facilitator", "Facilitator"},
    {"host", "Host"},
    {"participant", "Participant"},
};

std::string label(const std::string &code)
{
    const auto it = kLabels.find(code);
    INFO("no label written here for " << code);
    REQUIRE(it != kLabels.end());
    return it->second;
}

struct Reference
{
    std::map<std::string, std::map<std::string, std::string>> countries =
        csvBy(kData + "countries.csv", "alpha-2");
    std::map<std::string, std::map<std::string, std::string>> goals =
        csvBy(kData + "sdg-goals.csv", "goal");
    std::map<std::string, std::string> areaNames;
    std::map<std::string, std::string> areaParents;
    Reference()
    {
        const json file = readJsonFile(kData + "programme-areas.json");
        for (const json &a : file["areas"]) {
            areaNames[str(a["id"])] = str(a["name"]);
            if (a.contains("parent"))
                areaParents[str(a["id"])] = str(a["parent"]);
        }
    }
    std::string country(const std::string &code) const { return countries.at(code).at("name"); }
    std::string region(const std::string &code) const { return countries.at(code).at("region"); }
    // The area and every area above it.
    bool within(std::string area, const std::string &selected) const
    {
        for (;;) {
            if (area == selected)
                return true;
            const auto up = areaParents.find(area);
            if (up == areaParents.end())
                return false;
            area = up->second;
        }
    }
    std::string goal(const std::string &sdg) const
    {
        const std::string number = sdg.substr(0, sdg.find('.'));
        const std::string padded = number.size() == 1 ? "0" + number : number;
        return padded + " " + goals.at(number).at("short_title_en");
    }
};

std::optional<int> yearOf(const json &in, const char *field)
{
    if (!in.contains(field) || in[field].get<std::string>().size() < 4)
        return std::nullopt;
    return std::stoi(in[field].get<std::string>().substr(0, 4));
}

// The filter as the command line takes it, applied over the JSON records.
struct Filter
{
    std::vector<std::string> args;
    std::set<std::string> countries;
    std::string role; // with countries; empty: any
    std::string area; // with its sub-areas
    std::optional<int> from;
    std::optional<int> to;

    bool matches(const json &in, const Reference &ref) const
    {
        if (!countries.empty()) {
            bool any = false;
            for (const json &c : in.value("countries", json::array()))
                any =
                    any || (countries.count(str(c["code"])) && (role.empty() || c["role"] == role));
            if (!any)
                return false;
        }
        if (!area.empty()) {
            bool any = false;
            for (const json &a : in.value("programmeAreas", json::array()))
                any = any || ref.within(str(a), area);
            if (!any)
                return false;
        }
        const std::optional<int> start = yearOf(in, "start");
        const std::optional<int> end = in.contains("end") ? yearOf(in, "end") : start;
        const bool open = !in.contains("end") && in.value("status", "") == "ongoing";
        if (from && (!start || (!open && *end < *from)))
            return false;
        if (to && (!start || *start > *to))
            return false;
        return true;
    }
};

using Counts = std::map<std::string, long>;

struct Breakdown
{
    Counts rows;
    long notRecorded = 0;
    std::map<std::string, std::map<std::string, double>> amounts; // funding-source only
};

// Counts each value's initiatives (once per initiative), and those with none.
void tally(Breakdown &b, const std::set<std::string> &values)
{
    for (const std::string &v : values)
        ++b.rows[v];
    if (values.empty())
        ++b.notRecorded;
}

struct Expected
{
    long initiatives = 0;
    std::set<std::string> countries;
    std::map<std::string, std::set<std::string>> countriesByRole;
    std::set<std::string> partners;
    std::map<std::string, double> funding;
    std::optional<int> firstYear;
    std::optional<int> lastYear;
    std::map<std::string, Breakdown> breakdowns;
};

Expected count(const json &catalogue, const Filter &filter, const Reference &ref)
{
    std::map<std::string, std::string> organisations;
    for (const json &o : catalogue["organisations"])
        organisations[str(o["id"])] = str(o["name"]);
    Expected e;
    for (const char *id : {"programme-area", "recipient-country", "provider-country", "region",
                           "funding-source", "modality", "activity-type", "year", "sdg"})
        e.breakdowns[id];
    for (const json &in : catalogue["initiatives"]) {
        if (!filter.matches(in, ref))
            continue;
        ++e.initiatives;
        std::set<std::string> areas, recipients, providers, regions, sources, modalities, type,
            year, goals;
        for (const json &c : in.value("countries", json::array())) {
            const std::string code = str(c["code"]);
            e.countries.insert(code);
            e.countriesByRole[label(str(c["role"]))].insert(code);
            regions.insert(ref.region(code));
            if (c["role"] == "recipient")
                recipients.insert(ref.country(code));
            if (c["role"] == "provider")
                providers.insert(ref.country(code));
        }
        for (const json &a : in.value("programmeAreas", json::array()))
            areas.insert(ref.areaNames.at(str(a)));
        for (const json &p : in.value("partners", json::array()))
            e.partners.insert(str(p["organisation"]));
        for (const json &f : in.value("funding", json::array())) {
            const std::string name = organisations.at(str(f["source"]));
            sources.insert(name);
            if (f.contains("amount")) {
                e.funding[str(f["currency"])] += f["amount"].get<double>();
                e.breakdowns["funding-source"].amounts[name][str(f["currency"])] +=
                    f["amount"].get<double>();
            }
        }
        for (const json &m : in.value("modalities", json::array()))
            modalities.insert(label(str(m)));
        if (in.contains("activityType"))
            type.insert(label(str(in["activityType"])));
        for (const json &s : in.value("sdgs", json::array()))
            goals.insert(ref.goal(str(s)));
        const std::optional<int> start = yearOf(in, "start");
        if (start) {
            year.insert(std::to_string(*start));
            const int end = in.contains("end") ? *yearOf(in, "end") : *start;
            e.firstYear = e.firstYear ? std::min(*e.firstYear, *start) : *start;
            e.lastYear = e.lastYear ? std::max(*e.lastYear, end) : end;
        }
        tally(e.breakdowns["programme-area"], areas);
        tally(e.breakdowns["recipient-country"], recipients);
        tally(e.breakdowns["provider-country"], providers);
        tally(e.breakdowns["region"], regions);
        tally(e.breakdowns["funding-source"], sources);
        tally(e.breakdowns["modality"], modalities);
        tally(e.breakdowns["activity-type"], type);
        tally(e.breakdowns["year"], year);
        tally(e.breakdowns["sdg"], goals);
    }
    return e;
}

json reportOf(const QString &fixture, const QStringList &filterArgs)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("figures.ssccat"));
    const QString out = dir.filePath(QStringLiteral("figures.json"));
    auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(SSC_EXECUTABLE), args);
        REQUIRE(p.waitForFinished(60000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
    };
    run({QStringLiteral("import"), fixture, QStringLiteral("--db"), db});
    run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db,
                    QStringLiteral("--output"), out, QStringLiteral("--sections"),
                    QStringLiteral("headline,breakdowns")} +
        filterArgs);
    return readJsonFile(out.toStdString());
}

void compare(const json &report, const Expected &e)
{
    const json &h = report["headline"];
    CHECK(h["initiatives"] == e.initiatives);
    CHECK(h["countries"] == e.countries.size());
    std::map<std::string, long> byRole;
    for (const auto &[role, codes] : e.countriesByRole)
        byRole[role] = long(codes.size());
    CHECK(h["countriesByRole"].get<std::map<std::string, long>>() == byRole);
    CHECK(h["partners"] == e.partners.size());
    std::map<std::string, double> funding;
    for (const json &f : h["funding"])
        funding[str(f["currency"])] = f["amount"].get<double>();
    CHECK(funding == e.funding);
    CHECK(h["firstYear"] == (e.firstYear ? json(*e.firstYear) : json()));
    CHECK(h["lastYear"] == (e.lastYear ? json(*e.lastYear) : json()));

    std::set<std::string> seen;
    for (const json &b : report["breakdowns"]) {
        const std::string id = str(b["id"]);
        INFO("breakdown " << id);
        seen.insert(id);
        REQUIRE(e.breakdowns.count(id));
        const Breakdown &expected = e.breakdowns.at(id);
        Counts rows;
        long notRecorded = 0;
        std::map<std::string, std::map<std::string, double>> amounts;
        const json &list = b["rows"];
        for (size_t i = 0; i < list.size(); ++i) {
            const json &row = list[i];
            if (row.value("notRecorded", false)) {
                CHECK(i + 1 == list.size()); // last
                notRecorded = row["initiatives"].get<long>();
                continue;
            }
            rows[str(row["label"])] = row["initiatives"].get<long>();
            for (const json &a : row.value("amounts", json::array()))
                amounts[str(row["label"])][str(a["currency"])] = a["amount"].get<double>();
            // Largest first, or by label for years and goals.
            if (i > 0 && !list[i - 1].value("notRecorded", false)) {
                if (id == "year" || id == "sdg")
                    CHECK(list[i - 1]["label"] < row["label"]);
                else
                    CHECK(list[i - 1]["initiatives"] >= row["initiatives"]);
            }
        }
        CHECK(rows == expected.rows);
        CHECK(notRecorded == expected.notRecorded);
        if (id == "funding-source")
            CHECK(amounts == expected.amounts);
    }
    CHECK(seen.size() == e.breakdowns.size());
}

} // namespace

TEST_CASE("A filtered report's headline and every breakdown equal counting the fixture",
          "[report][figures]")
{
    const Reference ref;
    const QString small = fixturePath(QStringLiteral("small-catalogue.json"));
    const QString bundled = QStringLiteral(SSC_SOURCE_DIR "/data/catalogue.json");
    std::vector<std::pair<QString, Filter>> cases;
    cases.push_back({small, Filter{{"--from", "2015"}, {}, {}, {}, 2015, {}}});
    cases.push_back(
        {small, Filter{{"--country", "ET", "--role", "recipient"}, {"ET"}, "recipient"}});
    cases.push_back({small, Filter{{"--area", "health"}, {}, {}, "health"}});
    cases.push_back({small, Filter{{"--from", "2012", "--to", "2019"}, {}, {}, {}, 2012, 2019}});
    cases.push_back({bundled, Filter{{"--area", "health"}, {}, {}, "health"}});
    cases.push_back({bundled, Filter{{"--country", "CN"}, {"CN"}}});
    cases.push_back({bundled, Filter{{"--from", "2016", "--to", "2018"}, {}, {}, {}, 2016, 2018}});
    cases.push_back({bundled, Filter{{"--role", "provider", "--country", "BR", "--country", "CU"},
                                     {"BR", "CU"},
                                     "provider"}});
    for (const auto &[fixture, filter] : cases) {
        QStringList args;
        for (const std::string &a : filter.args)
            args << QString::fromStdString(a);
        INFO(fixture.toStdString() << " " << args.join(QLatin1Char(' ')).toStdString());
        const json catalogue = readJsonFile(fixture.toStdString());
        const Expected expected = count(catalogue, filter, ref);
        CHECK(expected.initiatives > 0); // a filter that selects something
        compare(reportOf(fixture, args), expected);
    }
}
