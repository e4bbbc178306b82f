#pragma once

#include "core/base/Result.h"
#include "core/index/BuildProgress.h"

#include <QDataStream>
#include <QString>

#include <roaring/roaring.hh>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ssc {

class IndexSource;

// Search as typed at a million rows. FTS5 answers a word held by a few
// thousand rows in milliseconds, but a word held by most rows, or a short
// prefix that stands for thousands of words, costs a third of a second: its
// row ids come out one at a time and prefixes merge many lists. So the rows of
// every broad word, and of the rarer words under each broad prefix taken
// together, are kept here as bitmaps read once from FTS5's own index; narrow
// words are still asked of FTS5, where they are cheap. Writes to the
// catalogue reach the bitmaps through removed() and addFrom(), which read a
// row's text with FTS5's own tokenizer.
class TextIndex
{
public:
    // A word or prefix held by at least this many rows is kept in memory.
    static constexpr uint32_t kBroadRows = 50000;

    // Steps a build tells its progress in: the words are read in order, so
    // their first letters measure how far it has got.
    static constexpr int kBuildSteps = 26;
    static Result<std::unique_ptr<TextIndex>> build(const IndexSource &source,
                                                    uint32_t broadRows = kBroadRows,
                                                    BuildProgress *progress = nullptr);
    void save(QDataStream &out) const;
    // Null when the stream is truncated or inconsistent.
    static std::unique_ptr<TextIndex> load(QDataStream &in);

    // The rows whose text holds every word the user typed (the last one as a
    // prefix while it is being typed); no value when nothing searchable was
    // typed. Equal to FTS5's answer for FullTextQuery::toMatchExpression.
    Result<std::optional<Roaring>> matches(const IndexSource &source,
                                           const QString &userText) const;

    // Keeping in step with the catalogue: a removed row, and the rows with
    // an id above afterRowId as they are now (rows read again are harmless).
    void removed(uint32_t rowId);
    [[nodiscard]] Status addFrom(const IndexSource &source, qint64 afterRowId);
    size_t memoryBytes() const;

private:
    struct Term
    {
        std::string text; // as FTS5 stores it: folded, UTF-8
        uint32_t rows = 0;
        int32_t slot = -1; // its bitmap when broad
    };

    TextIndex() = default;
    Result<Roaring> wordRows(const IndexSource &source, const std::string &token,
                             bool prefix) const;
    Result<Roaring> ftsRows(const IndexSource &source, const std::string &expression) const;
    void addRow(uint32_t rowId, std::vector<std::string> &tokens, std::vector<Term> &newTerms);

    std::vector<Term> m_terms; // sorted by text
    std::vector<Roaring> m_bitmaps;
    // Prefix -> the rows of its narrow words together, when they are many.
    std::unordered_map<std::string, int32_t> m_narrowUnder;
    uint32_t m_broadRows = kBroadRows;
};

} // namespace ssc
