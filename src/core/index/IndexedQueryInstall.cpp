// How a store gets the index as its engine: built or loaded beside the
// catalogue, on the store's connection or on one of its own meanwhile.
#include "core/index/IndexedQuery.h"

#include "core/storage/CatalogueStore.h"

namespace ssc {

namespace {

Result<std::unique_ptr<IndexedQuery>> indexFor(CatalogueStore &store, bool savedOnly,
                                               BuildProgress *progress = nullptr)
{
    // Catalogues written before revisions existed get one now, so that the
    // saved index can be matched to them.
    auto revision = store.ensureRevision();
    if (!revision.ok())
        return revision.error();
    const QString cachePath =
        store.path().isEmpty() ? QString() : store.path() + QStringLiteral(".facets");
    return savedOnly ? IndexedQuery::loadSaved(store.indexSource(), cachePath, *revision)
                     : IndexedQuery::build(store.indexSource(), cachePath, *revision, progress);
}

} // namespace

Status IndexedQuery::install(CatalogueStore &store)
{
    if (of(store))
        return success();
    auto indexed = indexFor(store, false);
    if (!indexed.ok())
        return indexed.error();
    store.setEngine(std::move(indexed.value()));
    return success();
}

Result<bool> IndexedQuery::installIfSaved(CatalogueStore &store)
{
    if (of(store))
        return true;
    auto indexed = indexFor(store, true);
    if (!indexed.ok())
        return indexed.error();
    if (!*indexed)
        return false;
    store.setEngine(std::move(indexed.value()));
    return true;
}

Result<std::unique_ptr<IndexedQuery>> IndexedQuery::buildSeparately(const QString &path,
                                                                    BuildProgress *progress)
{
    auto store = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
    if (!store.ok())
        return store.error();
    auto indexed = indexFor(**store, false, progress);
    if (!indexed.ok())
        return indexed.error();
    // The connection closes with this store; the store that adopts the
    // index gives it its own.
    (*indexed)->m_source = IndexSource(QSqlDatabase(), path);
    return indexed;
}

bool IndexedQuery::adopt(CatalogueStore &store, std::unique_ptr<IndexedQuery> index)
{
    if (!index || store.revision() != index->m_revision)
        return false;
    index->m_source = store.indexSource();
    store.setEngine(std::move(index));
    return true;
}

IndexedQuery *IndexedQuery::of(const CatalogueStore &store)
{
    return dynamic_cast<IndexedQuery *>(&store.engine());
}

} // namespace ssc
