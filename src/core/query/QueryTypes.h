#pragma once

#include "core/query/CatalogueFilter.h"

#include <QString>

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace ssc {

enum class SortColumn
{
    Title,
    Countries,
    ProgrammeAreas,
    Partners,
    Funding,
    Years,
    Status,
    ActivityType,
    Identifier,
};

struct SortOrder
{
    SortColumn column = SortColumn::Title;
    bool descending = false;
    bool operator==(const SortOrder &) const = default;
};

// One line of the results list: what the table shows, precomputed at write
// time so a page is one indexed query.
struct InitiativeRow
{
    QString id;
    QString title;
    QString countries; // "Cuba (provider); Ethiopia (recipient)"
    QString programmeAreas;
    QString partners;
    QString funding; // "USD 3,000,000 (SSCAF, 2017)"
    std::optional<int> startYear;
    std::optional<int> endYear;
    QString status;
    QString activityType;
    QString language;      // of the record's own texts (ISO 639-1); empty when not stated
    QString titleLanguage; // set when title is a translation: its language

    // The title's translation into the language the page was asked in: shown
    // instead of the record's own title unless the record is in that language.
    void useTitleIn(const QString &lang, const QString &translated)
    {
        if (translated.isEmpty() || lang.isEmpty() || lang == language)
            return;
        title = translated;
        titleLanguage = lang;
    }

    // "2014", "2014-2016", or "2020-" for an ongoing one with no end.
    QString years() const
    {
        if (!startYear)
            return {};
        if (!endYear)
            return status == QLatin1String("ongoing") ? QStringLiteral("%1–").arg(*startYear)
                                                      : QString::number(*startYear);
        if (*endYear == *startYear)
            return QString::number(*startYear);
        return QStringLiteral("%1–%2").arg(*startYear).arg(*endYear);
    }
};

struct FacetValueCount
{
    QString value; // code or id, as used in CatalogueFilter
    QString label; // name for display
    qint64 count = 0;
    bool operator==(const FacetValueCount &) const = default;
};

// The initiatives that join two countries, one in the first role and the
// other in the second: provider to recipient, the map's links.
struct CountryLink
{
    QString from;
    QString to;
    qint64 count = 0;
    bool operator==(const CountryLink &) const = default;
};

// Initiatives that start in one year (the dashboard's first chart).
struct YearCount
{
    int year = 0;
    qint64 initiatives = 0;
    bool operator==(const YearCount &) const = default;
};

// Funding recorded in one currency for one year: the funding's own year,
// else its initiative's start year; 0 when neither is recorded. Amounts are
// never added across currencies.
struct FundingTotal
{
    int year = 0;
    QString currency;
    double amount = 0;
    qint64 initiatives = 0; // with funding in this currency that year
    bool operator==(const FundingTotal &) const = default;
};

// By year, then currency: the order both engines give.
inline void sortFundingTotals(std::vector<FundingTotal> &totals)
{
    std::sort(totals.begin(), totals.end(), [](const FundingTotal &a, const FundingTotal &b) {
        return a.year != b.year ? a.year < b.year : a.currency < b.currency;
    });
}

// Largest first, then by the countries' codes: the order both engines give.
inline void sortLinks(std::vector<CountryLink> &links)
{
    std::sort(links.begin(), links.end(), [](const CountryLink &a, const CountryLink &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
}

// For each facet, the values with at least one match under the filter with
// every other facet's selection applied but not the facet's own.
using FacetCounts = std::map<Facet, std::vector<FacetValueCount>>;

struct PageRequest
{
    SortOrder sort;
    int offset = 0;
    int limit = 50;
    // ISO 639-1: each row's title in this language where the record has a
    // translation of it (the window asks in the interface language); empty:
    // the records' own titles. Only the page's rows are looked up. Sorting
    // by title still sorts by the records' own titles: the order is read
    // from an index of the stored column, and a translated order would need
    // every row's translation.
    QString titleLanguage;
};

struct QueryResult
{
    std::vector<InitiativeRow> rows;
    qint64 total = 0;
    FacetCounts facets;
};

} // namespace ssc
