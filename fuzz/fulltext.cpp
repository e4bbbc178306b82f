// What a user types in the search box, of any bytes: read as words and as an
// FTS5 MATCH expression, which must never be an error, and counted by both
// engines, which must agree (the plain SQL engine is the oracle).
#include "FuzzSupport.h"

#include "core/index/IndexedQuery.h"
#include "core/query/FullTextQuery.h"

using namespace ssc;

namespace {

struct Stores
{
    std::unique_ptr<CatalogueStore> plain;
    std::unique_ptr<CatalogueStore> indexed;
};

Stores &stores()
{
    static Stores s = [] {
        Stores made;
        for (auto *store : {&made.plain, &made.indexed}) {
            auto opened = CatalogueStore::openInMemory();
            if (!opened.ok() || !(*opened)->addContent(fuzz::smallCatalogue()).ok())
                std::abort();
            *store = std::move(opened.value());
        }
        if (!IndexedQuery::install(*made.indexed).ok())
            std::abort();
        return made;
    }();
    return s;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    stores();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte: whether the last word is still being typed.
    const bool prefix = data[0] & 1;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const FullTextQuery::Words words = FullTextQuery::words(text, prefix);
    const QString expression = FullTextQuery::toMatchExpression(text, prefix);
    if (words.words.isEmpty() != expression.isEmpty())
        std::abort();
    CatalogueFilter filter;
    filter.text = text;
    auto plain = stores().plain->count(filter);
    auto indexed = stores().indexed->count(filter);
    if (!plain.ok() || !indexed.ok() || *plain != *indexed)
        std::abort();
    return 0;
}
