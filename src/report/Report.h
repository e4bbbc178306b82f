#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"
#include "core/query/CatalogueFilter.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ssc {

class CatalogueStore;
class ReportListFile;

// What a summary report includes and how a PDF is laid out.
struct ReportOptions
{
    QString title;
    bool headline = true;
    bool breakdowns = true;
    bool charts = true; // bar charts of the main breakdowns (PDF, HTML)
    bool initiatives = true;
    bool sources = true;
    // At most this many initiatives in the list (the first in title order);
    // -1 lists all. The figures always cover every initiative.
    int listLimit = -1;
    // The list goes to a temporary file as it is read, not into memory, and
    // is read back with Report::forEachListed (what the CSV and XLSX writers
    // do): a million rows would take gigabytes.
    bool listOnDisk = false;
    // Where that file is kept: the folder of the report being written (the
    // command line, the window's export and the bench set it), so that a
    // million rows go to the disk the report goes to, not to a /tmp that may
    // be memory (tmpfs). Empty, or a folder that cannot hold it: the
    // system's temporary folder.
    QString temporaryFolder;
    // Asked before each listed row is written (Report::forEachListed): true
    // stops the writing, which fails as cancelled and leaves no file. Set by
    // the window's report task; may be called on any thread.
    std::function<bool()> cancelled;
    bool letterPaper = false; // else A4
    bool landscape = false;
    // From Preferences: an image drawn at the top of the first page, and a
    // paragraph under the title. Either may be empty.
    QString logoPath;
    QString introduction;
};

struct CurrencyAmount
{
    QString currency;
    double amount = 0;
    bool operator==(const CurrencyAmount &) const = default;
};

struct BreakdownRow
{
    QString label;
    qint64 initiatives = 0;
    bool notRecorded = false;            // the row of initiatives without a value, last
    std::vector<CurrencyAmount> amounts; // funding sources only, per currency
    bool operator==(const BreakdownRow &) const = default;
};

// Initiatives counted per value; an initiative with two values counts in both.
struct Breakdown
{
    QString id; // "programme-area", "recipient-country", ...
    QString title;
    bool charted = false; // one of the main breakdowns drawn as bars
    bool withAmounts = false;
    // Largest first, then by label; last, the initiatives with no value, so
    // that every initiative is in at least one row.
    std::vector<BreakdownRow> rows;
    // Said under the rows when an initiative counts in several of them (the
    // rows then add up to more than the initiatives).
    QString note;
    bool operator==(const Breakdown &) const = default;
};

// The rows a chart draws: those with a value (the "Not recorded" row stays
// in the table beneath, where it does not dwarf the bars).
inline Breakdown chartedRows(Breakdown b)
{
    std::erase_if(b.rows, [](const BreakdownRow &row) { return row.notRecorded; });
    return b;
}

struct ReportInitiative
{
    QString id;
    QString title;
    QString countries;
    QString programmeAreas;
    QString partners;
    QString funding;
    QString years;
    QString status;
    QStringList sources;
};

// A summary of exactly the initiatives the filter (or selection) holds.
struct Report
{
    ReportOptions options;
    QString title;
    QDateTime generated;
    QString catalogueName;
    QString scope; // the filter in words
    qint64 initiativeCount = 0;
    std::vector<std::pair<QString, qint64>> countriesByRole; // role label, distinct countries
    qint64 countryCount = 0;                                 // distinct countries, any role
    qint64 partnerCount = 0;
    std::vector<CurrencyAmount> funding; // never summed across currencies
    std::optional<int> firstYear;
    std::optional<int> lastYear;
    // Initiatives per country code, in any role: what the report's map shades.
    QHash<QString, qint64> countryInitiatives;
    std::vector<Breakdown> breakdowns;
    std::vector<ReportInitiative> initiatives;      // the list, unless it is on disk
    std::shared_ptr<const ReportListFile> listFile; // the list, when options.listOnDisk
    std::vector<Source> sources;                    // cited by the initiatives, in citation order

    const Breakdown *breakdown(const QString &id) const;
    // The initiatives listed, in memory or on disk.
    qint64 listedCount() const;
    // Each listed initiative in list order, from memory or from the file;
    // an error of kind Cancelled, "Cancelled", once options.cancelled says so.
    Status forEachListed(const std::function<void(const ReportInitiative &)> &visit) const;
    // The list holds fewer initiatives than the report covers.
    bool listShortened() const { return options.initiatives && listedCount() < initiativeCount; }
    // "The list shows the first 1,000 of 9,071 initiatives ..."
    QString listNote() const;
};

class ReportBuilder
{
public:
    explicit ReportBuilder(const CatalogueStore &store) : m_store(store) {}

    // Told (done, total) now and then; returning false cancels.
    using Progress = std::function<bool(qint64, qint64)>;

    // The initiatives the filter holds (row ids), in title order.
    Result<std::vector<qint64>> idsFor(const CatalogueFilter &filter) const;
    // The filter in words: "Programme area: Health; recipient countries:
    // Ethiopia, Uganda; 2015–2020".
    QString describe(const CatalogueFilter &filter) const;
    // A report on these initiatives; scope says in words which they are.
    // The list keeps the order of ids.
    Result<Report> build(const std::vector<qint64> &ids, const QString &scope,
                         const ReportOptions &options, const Progress &progress = {}) const;

    static QString defaultTitle();
    // A title in words from the filter, for a report's default title and
    // file name: "Health initiatives with recipients in Africa, 2015–2020".
    // nameOf names a value as the panes do. An empty filter gives
    // defaultTitle().
    static QString titleFor(const CatalogueFilter &filter,
                            const std::function<QString(Facet, const QString &)> &nameOf);

private:
    const CatalogueStore &m_store;
};

} // namespace ssc
