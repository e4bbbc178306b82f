#pragma once

#include "core/base/Result.h"
#include "core/domain/RecordSketch.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace ssc {

class CatalogueStore;

// Two records that are likely one initiative brought in twice (imports from
// several publishers, each under its own key).
struct DuplicatePair
{
    QString first; // the key of the record added first
    QString second;
    QString firstTitle;
    QString secondTitle;
    int score = 0;       // 0 to 100: how sure the finder is
    QStringList reasons; // why, in words: "same title", "countries in common: ET"
};

// Finds likely duplicates among a catalogue's records: the same IATI
// identifier under another key; or the same or a very similar title (after
// folding case, accents and punctuation) with countries or years in common.
// Similar titles are found by comparing each record with its neighbours in
// three orders of the titles (as written, read backwards, and word by word
// in sorted order), so a million records take seconds: a difference near
// the start, near the end, or words in another order still leave the two
// titles next to each other in one of the orders.
class DuplicateFinder
{
public:
    struct Options
    {
        int minimumScore = 60;
        // Told the share done (0 to 100); returns false to stop.
        std::function<bool(int)> progress;
    };

    // Reads every record's sketch and finds the pairs, best first, leaving
    // out the pairs the user has said are not duplicates.
    static Result<std::vector<DuplicatePair>> find(const CatalogueStore &store,
                                                   const Options &options);

    // The same rules on sketches given one by one (what find() does after
    // reading); pairs() leaves titles as the sketches had them.
    DuplicateFinder() = default;
    explicit DuplicateFinder(Options options);
    void add(RecordSketch &&sketch);
    // Empty with an error when cancelled.
    Result<std::vector<DuplicatePair>> pairs() const;

    // Case, accents and punctuation folded away: "Étude — Santé!" -> "etude sante".
    static std::string normalisedTitle(const QString &title);
    // 1 for the same text, falling with the edits that turn one into the
    // other; 0 when they differ by more than a sixth of the longer one.
    static double titleSimilarity(const std::string &a, const std::string &b);

private:
    struct Entry
    {
        QString key;
        QString title;
        std::string normal;
        std::vector<std::uint16_t> countries; // two letters packed, sorted
        int startYear = 0;                    // 0: not known
        int endYear = 0;                      // 0: not known; 9999: open-ended
    };
    struct Candidate;
    void compareNeighbours(const std::vector<std::string> &texts,
                           std::vector<Candidate> &found) const;
    bool score(const Entry &a, const Entry &b, double similarity, bool sameIdentifier,
               DuplicatePair &pair) const;
    bool progress(int percent) const;

    Options m_options;
    std::vector<Entry> m_entries;
    // The identifier each record is known by in IATI, for the records
    // whose identifier is not their key: (identifier folded, entry).
    std::vector<std::pair<QString, int>> m_identifiers;
};

} // namespace ssc
