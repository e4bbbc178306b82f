#include "core/storage/FtsTokenizer.h"

#include <sqlite3.h>

namespace ssc {

struct FtsTokenizer::Module
{
    fts5_tokenizer api{};
    Fts5Tokenizer *tokenizer = nullptr;

    Module() = default;
    Module(const Module &) = delete;
    Module &operator=(const Module &) = delete;
    ~Module()
    {
        if (tokenizer)
            api.xDelete(tokenizer);
    }

    void add(std::string_view utf8, int flags, std::vector<std::string> &out) const
    {
        api.xTokenize(tokenizer, &out, flags, utf8.data(), int(utf8.size()),
                      [](void *context, int, const char *token, int bytes, int, int) {
                          static_cast<std::vector<std::string> *>(context)->emplace_back(
                              token, size_t(bytes));
                          return SQLITE_OK;
                      });
    }
};

FtsTokenizer::FtsTokenizer(sqlite3 *db) : m_module(std::make_unique<Module>())
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    void *context = nullptr;
    if (api && api->xFindTokenizer(api, "unicode61", &context, &m_module->api) == SQLITE_OK) {
        const char *arguments[] = {"remove_diacritics", "2"};
        if (m_module->api.xCreate(context, arguments, 2, &m_module->tokenizer) != SQLITE_OK)
            m_module->tokenizer = nullptr;
    }
}

FtsTokenizer::~FtsTokenizer() = default;
FtsTokenizer::FtsTokenizer(FtsTokenizer &&) noexcept = default;
FtsTokenizer &FtsTokenizer::operator=(FtsTokenizer &&) noexcept = default;

bool FtsTokenizer::isValid() const
{
    return m_module && m_module->tokenizer != nullptr;
}

std::vector<std::string> FtsTokenizer::queryTokens(const QString &text) const
{
    std::vector<std::string> out;
    const QByteArray utf8 = text.toUtf8();
    m_module->add(std::string_view(utf8.constData(), size_t(utf8.size())), FTS5_TOKENIZE_QUERY,
                  out);
    return out;
}

void FtsTokenizer::addDocument(std::string_view utf8, std::vector<std::string> &out) const
{
    m_module->add(utf8, FTS5_TOKENIZE_DOCUMENT, out);
}

} // namespace ssc
