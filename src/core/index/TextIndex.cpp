#include "core/index/TextIndex.h"

#include "core/index/BitmapStream.h"
#include "core/query/FullTextQuery.h"
#include "core/storage/IndexSource.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace ssc {

namespace {

bool isCharacterStart(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

std::string quoted(const std::string &token)
{
    std::string out = "\"";
    for (char c : token) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + '"';
}

// Builds the bitmaps in one pass over FTS5's postings, which come in term
// order: the prefixes of the current term are open, each gathering the rows
// of its narrow terms, and are kept when they close if those rows are many.
class Builder
{
public:
    Builder(std::vector<Roaring> &bitmaps, std::unordered_map<std::string, int32_t> &narrowUnder,
            uint32_t broadRows)
        : m_bitmaps(bitmaps), m_narrowUnder(narrowUnder), m_broadRows(broadRows)
    {}

    int32_t addTerm(const std::string &term, const std::vector<uint32_t> &rows)
    {
        while (!m_open.empty() &&
               term.compare(0, m_open.back().prefix.size(), m_open.back().prefix) != 0)
            close();
        const size_t deepest = m_open.empty() ? 0 : m_open.back().prefix.size();
        for (size_t length = deepest + 1; length <= term.size(); ++length) {
            if (length == term.size() || isCharacterStart(term[length]))
                m_open.push_back(Open{term.substr(0, length), {}, 0, -1, 0});
        }
        if (rows.size() >= m_broadRows) {
            Roaring bitmap;
            bitmap.addMany(rows.size(), rows.data());
            bitmap.runOptimize();
            bitmap.shrinkToFit();
            m_bitmaps.push_back(std::move(bitmap));
            return int32_t(m_bitmaps.size() - 1);
        }
        for (Open &o : m_open) {
            o.narrow.insert(o.narrow.end(), rows.begin(), rows.end());
            ++o.narrowTerms;
        }
        return -1;
    }

    void finish()
    {
        while (!m_open.empty())
            close();
    }

private:
    struct Open
    {
        std::string prefix;
        std::vector<uint32_t> narrow; // rows of its narrow terms, in term order
        uint32_t narrowTerms = 0;
        int32_t keptChildSlot = -1;  // a longer prefix kept with ...
        uint32_t keptChildTerms = 0; // ... this many narrow terms
    };

    void close()
    {
        Open o = std::move(m_open.back());
        m_open.pop_back();
        if (o.narrow.size() < m_broadRows)
            return;
        int32_t slot = o.keptChildSlot;
        if (slot < 0 || o.keptChildTerms != o.narrowTerms) {
            // Not the same words as a longer prefix already kept.
            std::sort(o.narrow.begin(), o.narrow.end());
            Roaring bitmap;
            bitmap.addMany(o.narrow.size(), o.narrow.data());
            bitmap.runOptimize();
            bitmap.shrinkToFit();
            m_bitmaps.push_back(std::move(bitmap));
            slot = int32_t(m_bitmaps.size() - 1);
        }
        m_narrowUnder.emplace(o.prefix, slot);
        if (!m_open.empty()) {
            m_open.back().keptChildSlot = slot;
            m_open.back().keptChildTerms = o.narrowTerms;
        }
    }

    std::vector<Roaring> &m_bitmaps;
    std::unordered_map<std::string, int32_t> &m_narrowUnder;
    uint32_t m_broadRows;
    std::vector<Open> m_open;
};

} // namespace

Result<std::unique_ptr<TextIndex>> TextIndex::build(const IndexSource &source, uint32_t broadRows,
                                                    BuildProgress *progress)
{
    std::unique_ptr<TextIndex> index(new TextIndex);
    index->m_broadRows = std::max<uint32_t>(1, broadRows);
    SqliteStatement postings = source.textPostings();
    if (!postings.ok())
        return source.readFailure(postings.errorText());
    Builder builder(index->m_bitmaps, index->m_narrowUnder, index->m_broadRows);
    std::string term;
    std::vector<uint32_t> rows;
    auto finishTerm = [&] {
        if (!term.empty())
            index->m_terms.push_back(
                Term{term, uint32_t(rows.size()), builder.addTerm(term, rows)});
        rows.clear();
    };
    int step = 0;
    while (postings.next()) {
        const std::string_view t = postings.columnBytes(0);
        const qint64 row = postings.columnInt(1);
        if (t != term) {
            finishTerm();
            term.assign(t);
            const int letter = std::clamp(int(t.empty() ? 0 : t[0] - 'a'), 0, kBuildSteps - 1);
            for (; progress && step < letter; ++step) {
                if (!progress->advance())
                    return BuildProgress::cancelled();
            }
        }
        rows.push_back(uint32_t(row));
    }
    if (!postings.ok())
        return source.readFailure(postings.errorText());
    finishTerm();
    builder.finish();
    for (; progress && step < kBuildSteps; ++step) {
        if (!progress->advance())
            return BuildProgress::cancelled();
    }
    return index;
}

void TextIndex::save(QDataStream &out) const
{
    out << quint32(m_broadRows) << quint64(m_terms.size());
    for (const Term &t : m_terms)
        out << QByteArray::fromRawData(t.text.data(), qsizetype(t.text.size())) << quint32(t.rows)
            << qint32(t.slot);
    out << quint64(m_bitmaps.size());
    for (const Roaring &b : m_bitmaps)
        writeBitmap(out, b);
    out << quint64(m_narrowUnder.size());
    for (const auto &[prefix, slot] : m_narrowUnder)
        out << QByteArray::fromRawData(prefix.data(), qsizetype(prefix.size())) << qint32(slot);
}

std::unique_ptr<TextIndex> TextIndex::load(QDataStream &in)
{
    std::unique_ptr<TextIndex> index(new TextIndex);
    quint32 broad = 0;
    quint64 terms = 0;
    in >> broad >> terms;
    // Each term takes at least 12 bytes: a damaged count must not reserve
    // more than the file could hold.
    const qint64 left = in.device() ? in.device()->bytesAvailable() : 0;
    if (in.status() != QDataStream::Ok || broad == 0 || terms > (quint64(1) << 32) ||
        terms > quint64(left) / 12)
        return nullptr;
    index->m_broadRows = broad;
    std::vector<qint32> slotRefs;
    index->m_terms.reserve(size_t(terms));
    for (quint64 i = 0; i < terms; ++i) {
        QByteArray text;
        quint32 rows = 0;
        qint32 slot = -1;
        in >> text >> rows >> slot;
        if (in.status() != QDataStream::Ok)
            return nullptr;
        index->m_terms.push_back(Term{text.toStdString(), rows, slot});
        slotRefs.push_back(slot);
    }
    quint64 bitmaps = 0;
    in >> bitmaps;
    if (in.status() != QDataStream::Ok || bitmaps > terms * 64 + 64)
        return nullptr;
    index->m_bitmaps.resize(size_t(bitmaps));
    for (Roaring &b : index->m_bitmaps) {
        if (!readBitmap(in, b))
            return nullptr;
    }
    quint64 prefixes = 0;
    in >> prefixes;
    for (quint64 i = 0; i < prefixes && in.status() == QDataStream::Ok; ++i) {
        QByteArray prefix;
        qint32 slot = -1;
        in >> prefix >> slot;
        // A kept prefix always has its bitmap (rows are added to it).
        if (slot < 0)
            return nullptr;
        index->m_narrowUnder.emplace(prefix.toStdString(), slot);
        slotRefs.push_back(slot);
    }
    if (in.status() != QDataStream::Ok)
        return nullptr;
    const bool sorted =
        std::is_sorted(index->m_terms.begin(), index->m_terms.end(),
                       [](const Term &a, const Term &b) { return a.text < b.text; });
    const bool slotsValid = std::all_of(slotRefs.begin(), slotRefs.end(), [&](qint32 s) {
        return s >= -1 && s < qint32(index->m_bitmaps.size());
    });
    if (!sorted || !slotsValid)
        return nullptr;
    return index;
}

void TextIndex::removed(uint32_t rowId)
{
    for (Roaring &b : m_bitmaps)
        b.remove(rowId);
}

void TextIndex::addRow(uint32_t rowId, std::vector<std::string> &tokens,
                       std::vector<Term> &newTerms)
{
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    auto byText = [](const Term &t, const std::string &s) { return t.text < s; };
    for (const std::string &token : tokens) {
        auto term = std::lower_bound(m_terms.begin(), m_terms.end(), token, byText);
        if (term != m_terms.end() && term->text == token) {
            if (term->slot >= 0) {
                m_bitmaps[size_t(term->slot)].add(rowId);
                continue;
            }
            ++term->rows;
        } else {
            newTerms.push_back(Term{token, 1, -1});
        }
        // A narrow word: its row joins every kept prefix it falls under.
        for (size_t length = 1; length <= token.size(); ++length) {
            if (length < token.size() && !isCharacterStart(token[length]))
                continue;
            auto kept = m_narrowUnder.find(token.substr(0, length));
            if (kept != m_narrowUnder.end())
                m_bitmaps[size_t(kept->second)].add(rowId);
        }
    }
    tokens.clear();
}

Status TextIndex::addFrom(const IndexSource &source, qint64 afterRowId)
{
    const FtsTokenizer tokenizer = source.tokenizer();
    if (!tokenizer.isValid())
        return source.readFailure(QStringLiteral("the full-text tokenizer is not available"));
    SqliteStatement q = source.texts(afterRowId);
    std::vector<std::string> tokens;
    std::vector<Term> newTerms;
    while (q.next()) {
        for (int column = 1; column <= IndexSource::kTextColumns; ++column)
            tokenizer.addDocument(q.columnBytes(column), tokens);
        addRow(uint32_t(q.columnInt(0)), tokens, newTerms);
    }
    if (!q.ok())
        return source.readFailure(q.errorText());
    // Words first seen now are narrow: FTS5 answers for them.
    std::sort(newTerms.begin(), newTerms.end(),
              [](const Term &a, const Term &b) { return a.text < b.text; });
    std::vector<Term> merged;
    merged.reserve(m_terms.size() + newTerms.size());
    for (auto a = m_terms.begin(), b = newTerms.begin();
         a != m_terms.end() || b != newTerms.end();) {
        if (b == newTerms.end() || (a != m_terms.end() && a->text < b->text)) {
            merged.push_back(std::move(*a++));
        } else if (!merged.empty() && merged.back().text == b->text) {
            ++merged.back().rows; // the same new word in another row
            ++b;
        } else {
            merged.push_back(std::move(*b++));
        }
    }
    m_terms = std::move(merged);
    return success();
}

size_t TextIndex::memoryBytes() const
{
    size_t bytes = 0;
    for (const Roaring &b : m_bitmaps)
        bytes += b.getSizeInBytes();
    for (const Term &t : m_terms)
        bytes += sizeof(Term) + t.text.capacity();
    return bytes + m_narrowUnder.size() * 64;
}

Result<Roaring> TextIndex::ftsRows(const IndexSource &source, const std::string &expression) const
{
    SqliteStatement q = source.textMatches(expression);
    std::vector<uint32_t> ids;
    while (q.next())
        ids.push_back(uint32_t(q.columnInt(0)));
    if (!q.ok())
        return source.readFailure(q.errorText());
    Roaring rows;
    rows.addMany(ids.size(), ids.data());
    return rows;
}

Result<Roaring> TextIndex::wordRows(const IndexSource &source, const std::string &token,
                                    bool prefix) const
{
    auto byText = [](const Term &t, const std::string &s) { return t.text < s; };
    auto first = std::lower_bound(m_terms.begin(), m_terms.end(), token, byText);
    if (!prefix) {
        if (first == m_terms.end() || first->text != token || first->slot < 0)
            return ftsRows(source, quoted(token)); // narrow or unknown: FTS5 is quick
        return m_bitmaps[size_t(first->slot)];
    }
    auto last = first;
    std::vector<const Roaring *> parts;
    std::string narrow;
    for (; last != m_terms.end() && last->text.compare(0, token.size(), token) == 0; ++last) {
        if (last->slot >= 0) {
            parts.push_back(&m_bitmaps[size_t(last->slot)]);
        } else {
            narrow += (narrow.empty() ? "" : " OR ") + quoted(last->text);
        }
    }
    const std::string expression = quoted(token) + '*';
    const auto kept = m_narrowUnder.find(token);
    if (parts.empty() && kept == m_narrowUnder.end())
        return ftsRows(source, expression); // only a few narrow words: FTS5 is quick
    Roaring rows;
    if (kept != m_narrowUnder.end()) {
        parts.push_back(&m_bitmaps[size_t(kept->second)]);
    } else if (!narrow.empty()) {
        auto few = ftsRows(source, narrow);
        if (!few.ok())
            return few;
        rows = std::move(*few);
    }
    return rows |= Roaring::fastunion(parts.size(), parts.data());
}

Result<std::optional<Roaring>> TextIndex::matches(const IndexSource &source,
                                                  const QString &userText) const
{
    const FullTextQuery::Words words = FullTextQuery::words(userText);
    if (words.words.isEmpty())
        return std::optional<Roaring>();
    const FtsTokenizer tokenizer = source.tokenizer();
    if (!tokenizer.isValid())
        return source.readFailure(QStringLiteral("the full-text tokenizer is not available"));
    std::optional<Roaring> all;
    for (qsizetype w = 0; w < words.words.size(); ++w) {
        const std::vector<std::string> tokens = tokenizer.queryTokens(words.words[w]);
        for (size_t t = 0; t < tokens.size(); ++t) {
            const bool prefix =
                words.lastIsPrefix && w == words.words.size() - 1 && t == tokens.size() - 1;
            auto rows = wordRows(source, tokens[t], prefix);
            if (!rows.ok())
                return rows.error();
            if (all)
                *all &= *rows;
            else
                all = std::move(*rows);
            if (all->isEmpty())
                return all;
        }
    }
    if (!all) // words the tokenizer drops entirely match nothing
        all = Roaring();
    return all;
}

} // namespace ssc
