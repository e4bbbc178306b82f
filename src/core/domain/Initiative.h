#pragma once

#include "core/domain/ChangeRecord.h"

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
    QString code;                     // ISO 3166-1 alpha-2
    QString role;                     // Vocabulary::Kind::CountryRole code
    std::optional<double> percentage; // a recipient's share, when the source gives it

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

// The title, summary or description in another language (IATI narratives;
// the summary in this program's own IATI element).
struct Translation
{
    QString field;    // "title", "summary" or "description"
    QString language; // ISO 639-1 code such as "fr"
    QString text;

    bool operator==(const Translation &) const = default;
};

struct Initiative
{
    QString id; // the catalogue's key: letters, digits and . _ : / -
    // The IATI identifier exactly as its publisher wrote it, when that cannot
    // serve as the key (a space in it, say); empty when id is the identifier.
    // Exports write it, and publishers and d-portal find the activity by it.
    QString iatiIdentifier;
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
    bool triangular = false; // a facilitating partner supports the South-South exchange
    QString language;        // of title, summary and description; empty when not stated
    std::vector<Translation> translations;

    // The title, summary or description in this language when the record
    // has it, else the record's own (English or the first language it came
    // in). lang is ISO 639-1 ("fr"); a locale name ("zh_CN") counts by its
    // language.
    QString titleIn(const QString &lang) const
    {
        return textIn(QStringLiteral("title"), lang, title);
    }
    QString summaryIn(const QString &lang) const
    {
        return textIn(QStringLiteral("summary"), lang, summary);
    }
    QString descriptionIn(const QString &lang) const
    {
        return textIn(QStringLiteral("description"), lang, description);
    }
    std::optional<int> startYear() const;
    std::optional<int> endYear() const; // the end's year, else the start's
    // Ongoing with no end date: still running, so it overlaps every later year.
    bool isOpenEnded() const { return end.isEmpty() && status == QLatin1String("ongoing"); }
    bool operator==(const Initiative &) const = default;

private:
    QString textIn(const QString &field, const QString &lang, const QString &own) const
    {
        const QString code = lang.section(QLatin1Char('_'), 0, 0);
        if (code.isEmpty() || code == language)
            return own;
        for (const Translation &t : translations) {
            if (t.field == field && t.language == code)
                return t.text;
        }
        return own;
    }
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

// A saved search as a catalogue file carries it: its name, and its filter
// as FilterCoding writes it (compact JSON), so that the data model need not
// know filters.
struct SavedSearchText
{
    QString name;
    QString filter;

    bool operator==(const SavedSearchText &) const = default;
};

// Everything a catalogue file holds.
struct CatalogueContent
{
    QString name;
    bool synthetic = false;
    std::vector<Source> sources;
    std::vector<Organisation> organisations;
    std::vector<Initiative> initiatives;
    // The whole catalogue's history and saved searches travel with it (an
    // export of some of its records carries neither).
    std::vector<ChangeRecord> history; // oldest first
    std::vector<SavedSearchText> savedSearches;

    bool operator==(const CatalogueContent &) const = default;
};

} // namespace ssc
