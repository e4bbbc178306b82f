// A change bundle of any bytes applied to a copy of the small catalogue,
// then the catalogue queried.
#include "FuzzSupport.h"

#include "core/team/ChangeBundle.h"

using namespace ssc;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    fuzz::smallCatalogueFile();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString bundle = fuzz::tempPath(QStringLiteral("fuzz.bundle.json"));
    fuzz::writeFile(bundle, fuzz::bytesOf(data, size));
    // A fresh copy for every input: what one input applied must not change
    // what the next one meets.
    const QString path = fuzz::tempPath(QStringLiteral("bundle.ssccat"));
    fuzz::removeCatalogue(path);
    if (!QFile::copy(fuzz::smallCatalogueFile(), path))
        std::abort();
    {
        auto store = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
        if (!store.ok())
            std::abort();
        (void)ChangeBundle::isBundle(bundle);
        auto applied = ChangeBundle::apply(**store, bundle);
        if (applied.ok()) {
            // The catalogue must still answer.
            if (!(*store)->facetCounts({}).ok() || !(*store)->content().ok())
                std::abort();
        }
    }
    fuzz::removeCatalogue(path);
    return 0;
}
