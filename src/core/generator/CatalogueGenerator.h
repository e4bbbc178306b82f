#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"

#include <QStringList>

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace ssc {

class CatalogueStore;

// A realistic synthetic catalogue for scale tests and benchmarks: about 200
// countries with a skewed distribution, 1-5 countries per initiative with
// roles, 1-3 programme areas, 1-4 partners out of 5,000 organisations, 0-2
// funding records out of 50 sources, SDGs, years 1990-2026 and about 1 KB of
// varied text. Each initiative depends only on the seed and its index, so
// the output is the same for a seed whatever the order of generation.
// SplitMix64: tiny state, cheap to seed per initiative, good enough spread.
struct SplitMix64
{
    using result_type = std::uint64_t;
    std::uint64_t state;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }
    result_type operator()()
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
};

class CatalogueGenerator
{
public:
    static constexpr int kOrganisations = 5000;
    static constexpr int kFundingSources = 50;

    explicit CatalogueGenerator(quint64 seed);

    // Writes `count` initiatives into an empty catalogue in one transaction,
    // generating the next batch on another thread while one is written.
    Status writeInto(CatalogueStore &store, qint64 count,
                     const std::function<bool(qint64)> &progress = {}) const;

    // The sources and organisations every generated initiative refers to.
    CatalogueContent base() const;
    Initiative initiative(qint64 index) const;

private:
    void appendSentence(SplitMix64 &rng, int words, QString &text) const;
    static size_t skewedIndex(SplitMix64 &rng, size_t size);
    template <typename T> const T &skewed(SplitMix64 &rng, const std::vector<T> &from) const;

    quint64 m_seed;
    std::vector<QString> m_countries;
    std::vector<QString> m_areas;
    std::vector<QString> m_words;
    // For appendSentence(): words as UTF-16, each followed by its capitalised
    // form; word w starts at m_wordStarts[2w], its capitalised form at
    // m_wordStarts[2w + 1].
    static constexpr size_t kWordCopy = 16; // characters copied per word, at least
    std::vector<char16_t> m_wordChars;
    std::vector<quint32> m_wordStarts;
    std::vector<QString> m_organisationIds;
    std::vector<QString> m_fundIds;
};

} // namespace ssc
