// A catalogue file of any bytes (a damaged SQLite file): opened as the
// program opens one, queried with SQL, then with the index built from it.
#include "FuzzSupport.h"

#include "core/index/IndexedQuery.h"

using namespace ssc;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::tempPath(QStringLiteral("fuzz.ssccat"));
    fuzz::removeCatalogue(path);
    fuzz::writeFile(path, fuzz::bytesOf(data, size));
    {
        auto store = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
        if (store.ok()) {
            CatalogueStore &s = **store;
            PageRequest request;
            request.limit = 20;
            (void)s.count({});
            (void)s.facetCounts({});
            (void)s.page({}, request);
            (void)s.content();
            if (IndexedQuery::install(s).ok()) {
                (void)s.count({});
                (void)s.facetCounts({});
                (void)s.page({}, request);
            }
        }
    }
    fuzz::removeCatalogue(path);
    return 0;
}
