// The index saved beside a catalogue (<file>.facets), of any bytes after its
// header and given a matching checksum (as a forged file would be): what
// gets past the checksum must be refused by the bounds or answer queries
// without leaving the engine's arrays. The header (magic, format, this
// catalogue's revision) is written by the harness so that every input
// reaches FacetIndex::load and TextIndex::load.
#include "FuzzSupport.h"

#include "core/index/IndexedQuery.h"

#include <QDataStream>

#include <zlib.h>

using namespace ssc;

namespace {

struct Catalogue
{
    std::unique_ptr<CatalogueStore> store;
    QString revision;
    QString facets;
};

Catalogue &catalogue()
{
    static Catalogue c = [] {
        Catalogue made;
        const QString path = fuzz::tempPath(QStringLiteral("facets.ssccat"));
        auto opened = CatalogueStore::open(path);
        if (!opened.ok() || !(*opened)->addContent(fuzz::smallCatalogue()).ok())
            std::abort();
        made.store = std::move(opened.value());
        auto revision = made.store->ensureRevision();
        if (!revision.ok())
            std::abort();
        made.revision = *revision;
        made.facets = fuzz::tempPath(QStringLiteral("fuzz.facets"));
        return made;
    }();
    return c;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    catalogue();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Catalogue &c = catalogue();
    QByteArray file;
    {
        QDataStream out(&file, QIODevice::WriteOnly);
        out << quint32(0x53534349) << quint32(3) << c.revision; // IndexedQuerySaved.cpp
    }
    file.append(reinterpret_cast<const char *>(data), qsizetype(size));
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(file.constData()),
                            uInt(file.size()));
    QDataStream tail(&file, QIODevice::Append);
    tail << quint32(crc);
    fuzz::writeFile(c.facets, file);

    auto loaded = IndexedQuery::loadSaved(c.store->indexSource(), c.facets, c.revision);
    if (!loaded.ok())
        std::abort(); // a damaged file is refused, never an error
    if (IndexedQuery *index = loaded->get()) {
        // Loaded: every question must stay in bounds. A wrong answer is
        // possible (the checksum was forged), a crash is not.
        PageRequest request;
        request.limit = 20;
        CatalogueFilter filter;
        (void)index->count(filter);
        (void)index->facetCounts(filter);
        for (int column = 0; column <= int(SortColumn::Identifier); ++column) {
            request.sort.column = SortColumn(column);
            (void)index->page(filter, request);
        }
        filter.countries = {QStringLiteral("ET")};
        filter.fromYear = 2010;
        filter.text = QStringLiteral("health");
        (void)index->query(filter, request);
        (void)index->countsWithin(filter, Facet::Partner, {});
        (void)index->startYearCounts(filter);
    }
    return 0;
}
