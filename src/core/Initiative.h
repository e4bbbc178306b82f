#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ssc {

// A document that records cite.
struct Source
{
    QString id;
    QString title;
    QString url;
    QString date; // YYYY, YYYY-MM or YYYY-MM-DD, empty when not stated
    QString publisher;
    QString file;

    bool operator==(const Source &) const = default;
};

// A partner of initiatives or a funding source (funds are organisations of
// type "fund").
struct Organisation
{
    QString id;
    QString name;
    QString acronym;
    QString type;    // Vocabulary::Kind::OrganisationType code or empty
    QString country; // ISO alpha-2 or empty
    QStringList sources;

    QString displayName() const { return acronym.isEmpty() ? name : acronym; }
    bool operator==(const Organisation &) const = default;
};

struct CountryParticipation
{
    QString code; // ISO 3166-1 alpha-2
    QString role; // Vocabulary::Kind::CountryRole code

    bool operator==(const CountryParticipation &) const = default;
};

struct Partnership
{
    QString organisation; // Organisation::id
    QString role;         // Vocabulary::Kind::PartnerRole code

    bool operator==(const Partnership &) const = default;
};

struct FundingRecord
{
    QString source; // Organisation::id
    std::optional<double> amount;
    QString currency; // ISO 4217, set when amount is
    std::optional<int> year;

    bool operator==(const FundingRecord &) const = default;
};

struct Initiative
{
    QString id;
    QString title;
    QString summary;
    QString description;
    QString status; // Vocabulary::Kind::Status code or empty
    QString start;  // YYYY, YYYY-MM or YYYY-MM-DD, or empty
    QString end;
    QStringList modalities;
    QString activityType;
    std::vector<CountryParticipation> countries;
    QStringList programmeAreas;
    std::vector<Partnership> partners;
    std::vector<FundingRecord> funding;
    QStringList sdgs; // "3" or "3.2"
    QString beneficiaries;
    QString results;
    QStringList sources;

    std::optional<int> startYear() const;
    std::optional<int> endYear() const; // the end's year, else the start's
    // Ongoing with no end date: still running, so it overlaps every later year.
    bool isOpenEnded() const { return end.isEmpty() && status == QLatin1String("ongoing"); }
    bool operator==(const Initiative &) const = default;
};

inline std::optional<int> yearOf(const QString &date)
{
    bool ok = false;
    const int y = date.left(4).toInt(&ok);
    return ok && date.size() >= 4 ? std::optional<int>(y) : std::nullopt;
}

inline std::optional<int> Initiative::startYear() const
{
    return yearOf(start);
}

inline std::optional<int> Initiative::endYear() const
{
    const auto y = yearOf(end);
    return y ? y : startYear();
}

// Everything a catalogue file holds.
struct CatalogueContent
{
    QString name;
    bool synthetic = false;
    std::vector<Source> sources;
    std::vector<Organisation> organisations;
    std::vector<Initiative> initiatives;

    bool operator==(const CatalogueContent &) const = default;
};

} // namespace ssc
