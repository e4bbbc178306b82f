#pragma once

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace ssc {

// FTS5's own tokenizer on a connection, set up as the full-text table
// declares it (resources/schema/002_full_text_search.sql), so that a word is
// folded exactly as the index folded the text.
class FtsTokenizer
{
public:
    explicit FtsTokenizer(sqlite3 *db);
    ~FtsTokenizer();
    FtsTokenizer(FtsTokenizer &&) noexcept;
    FtsTokenizer &operator=(FtsTokenizer &&) noexcept;
    bool isValid() const;

    // The tokens of what a user typed, folded as a query.
    std::vector<std::string> queryTokens(const QString &text) const;
    // Appends the tokens of a document's UTF-8 text to out.
    void addDocument(std::string_view utf8, std::vector<std::string> &out) const;

private:
    struct Module;
    std::unique_ptr<Module> m_module;
};

} // namespace ssc
