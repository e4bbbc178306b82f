// The command line's filter flags (--country, --from, --search, ...), of any
// bytes: one argument a line, parsed as list and facets parse them, resolved
// against the small catalogue and, when they resolve, queried.
#include "FuzzSupport.h"

#include "cli/FilterOptions.h"

#include <QCommandLineParser>

using namespace ssc;

namespace {

CatalogueStore &store()
{
    static std::unique_ptr<CatalogueStore> s = [] {
        auto opened = CatalogueStore::openInMemory();
        if (!opened.ok() || !(*opened)->addContent(fuzz::smallCatalogue()).ok())
            std::abort();
        return std::move(opened.value());
    }();
    return *s;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    store();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments{QStringLiteral("ssc-catalogue")};
    arguments << QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size))
                     .split(QLatin1Char('\n'));
    QCommandLineParser parser;
    FilterOptions::addTo(parser);
    if (!parser.parse(arguments))
        return 0;
    auto filter = FilterOptions::read(parser, store());
    if (!filter.ok())
        return 0;
    PageRequest request;
    request.limit = 20;
    if (!store().count(*filter).ok() || !store().facetCounts(*filter).ok() ||
        !store().page(*filter, request).ok())
        std::abort();
    return 0;
}
