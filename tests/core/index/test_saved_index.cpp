// The index saved beside a catalogue (<file>.facets) is a cache: whatever
// happened to the file (a flipped bit, a damaged block, a copy cut short, a
// file an older version wrote), opening the catalogue must give the counts
// and orders the catalogue itself gives (the plain SQL engine is the
// oracle), never crash, and rebuild the file rather than trust it again.
#include "TestSupport.h"

#include "core/generator/CatalogueGenerator.h"
#include "core/index/IndexedQuery.h"

#include <QFile>
#include <QtEndian>

#include <zlib.h>

using namespace ssc;
using namespace ssc::test;

namespace {

struct Answers
{
    std::vector<FacetCounts> counts;
    std::vector<QStringList> pages;
    bool operator==(const Answers &) const = default;
};

std::vector<CatalogueFilter> probeFilters(const FacetCounts &universe)
{
    std::vector<CatalogueFilter> filters(5);
    // A narrow scope, so that counting visits rows (the forward lists)
    // rather than intersecting bitmaps.
    filters[1].countries = {universe.at(Facet::Country).back().value};
    filters[2].partners = {universe.at(Facet::Partner).front().value};
    filters[2].countryRole = QStringLiteral("recipient");
    filters[3].fromYear = 2012;
    filters[3].toYear = 2018;
    filters[4].text = QStringLiteral("health");
    return filters;
}

Answers answersOf(const CatalogueStore &store, const std::vector<CatalogueFilter> &filters)
{
    Answers a;
    for (const CatalogueFilter &f : filters) {
        a.counts.push_back(facetsOf(store, f));
        for (SortColumn column : {SortColumn::Title, SortColumn::Years, SortColumn::Partners}) {
            PageRequest request;
            request.sort.column = column;
            request.limit = 40;
            a.pages.push_back(idsOf(pageOf(store, f, request)));
        }
    }
    return a;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

struct SavedCatalogue
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("saved.ssccat"));
    QString facets = path + QStringLiteral(".facets");
    std::vector<CatalogueFilter> filters;
    Answers oracle;
    QByteArray good;

    SavedCatalogue()
    {
        {
            auto writer = okValue(CatalogueStore::open(path));
            REQUIRE(CatalogueGenerator(41).writeInto(*writer, 300).ok());
        }
        auto plain = okValue(CatalogueStore::open(path));
        filters = probeFilters(facetsOf(*plain, {}));
        oracle = answersOf(*plain, filters);
        {
            auto first = okValue(CatalogueStore::open(path));
            REQUIRE(IndexedQuery::install(*first).ok());
            REQUIRE(answersOf(*first, filters) == oracle);
        }
        good = readAll(facets);
        REQUIRE(good.size() > 1000);
    }

    // Opens the catalogue with these bytes as its saved index: the answers
    // must be the catalogue's, and a file that was refused is rebuilt.
    IndexedQuery::SavedIndex openWith(const QByteArray &bytes, bool answersChecked = true)
    {
        writeFile(facets, bytes);
        auto store = okValue(CatalogueStore::open(path));
        REQUIRE(IndexedQuery::install(*store).ok());
        const IndexedQuery *indexed = IndexedQuery::of(*store);
        REQUIRE(indexed);
        const Answers answers = answersOf(*store, filters);
        if (answersChecked)
            CHECK(answers == oracle);
        return indexed->savedIndex();
    }
};

} // namespace

TEST_CASE("A damaged saved index is refused and rebuilt, never trusted",
          "[saved-index][robustness]")
{
    SavedCatalogue saved;
    REQUIRE(saved.openWith(saved.good) == IndexedQuery::SavedIndex::Loaded);

    // Every bit of the header (magic, format, revision) and of the last
    // bytes (the checksum), and a few hundred bytes spread over the bitmaps,
    // year arrays, value labels, forward lists, sort orders and text index.
    std::vector<std::pair<qsizetype, int>> flips;
    const qsizetype size = saved.good.size();
    for (qsizetype byte = 0; byte < 96; ++byte)
        for (int bit = 0; bit < 8; bit += 4)
            flips.emplace_back(byte, bit);
    for (qsizetype byte = size - 8; byte < size; ++byte)
        for (int bit = 0; bit < 8; ++bit)
            flips.emplace_back(byte, bit);
    const int spread = 240;
    for (int i = 0; i < spread; ++i)
        flips.emplace_back(96 + (size - 104) * i / spread, (i * 5) % 8);
    int refused = 0;
    for (const auto &[byte, bit] : flips) {
        INFO("bit " << bit << " of byte " << byte << " of " << size);
        QByteArray damaged = saved.good;
        damaged[byte] = char(damaged[byte] ^ (1 << bit));
        const auto state = saved.openWith(damaged);
        CHECK(state != IndexedQuery::SavedIndex::Loaded);
        refused += state != IndexedQuery::SavedIndex::Loaded;
    }
    CHECK(refused == int(flips.size()));

    // The file written in its place is whole again: the next open loads it.
    REQUIRE(saved.openWith(readAll(saved.facets)) == IndexedQuery::SavedIndex::Loaded);
}

TEST_CASE("A saved index damaged in blocks, cut short or lengthened is rebuilt",
          "[saved-index][robustness]")
{
    SavedCatalogue saved;
    const qsizetype size = saved.good.size();
    for (int i = 1; i < 12; ++i) {
        const qsizetype at = size * i / 12;
        INFO("block at " << at << " of " << size);
        for (const char fill : {'\0', '\xff', 'A'}) {
            QByteArray damaged = saved.good;
            damaged.replace(at, 64, QByteArray(64, fill).left(std::min<qsizetype>(64, size - at)));
            if (damaged == saved.good)
                continue;
            CHECK(saved.openWith(damaged) != IndexedQuery::SavedIndex::Loaded);
        }
        // Two blocks swapped: every byte still there, in the wrong place.
        QByteArray swapped = saved.good;
        const qsizetype other = size / 24;
        swapped.replace(at, 16, saved.good.mid(other, 16));
        swapped.replace(other, 16, saved.good.mid(at, 16));
        if (swapped != saved.good)
            CHECK(saved.openWith(swapped) != IndexedQuery::SavedIndex::Loaded);
        CHECK(saved.openWith(saved.good.left(at)) != IndexedQuery::SavedIndex::Loaded);
    }
    CHECK(saved.openWith(saved.good + QByteArray(8, '\0')) != IndexedQuery::SavedIndex::Loaded);
    CHECK(saved.openWith(QByteArray()) != IndexedQuery::SavedIndex::Loaded);
}

TEST_CASE("An index saved by the previous version (no checksum) is rebuilt, not misread",
          "[saved-index][robustness]")
{
    // The previous version wrote format 2: the same layout without the
    // checksum at the end. Made here from the current file, byte for byte.
    SavedCatalogue saved;
    QByteArray old = saved.good;
    QDataStream header(saved.good);
    quint32 magic = 0, format = 0;
    header >> magic >> format;
    if (format >= 3)
        old.chop(4);
    QDataStream patch(&old, QIODevice::ReadWrite);
    patch << magic << quint32(2);
    CHECK(saved.openWith(old) == IndexedQuery::SavedIndex::Outdated);
    // Rebuilt and saved in the current format.
    CHECK(saved.openWith(readAll(saved.facets)) == IndexedQuery::SavedIndex::Loaded);
}

TEST_CASE("A saved index damaged and given a matching checksum never crashes the engine",
          "[saved-index][robustness]")
{
    // A file made to match its checksum gets past it: the bounds on every
    // count, offset, slot and row id must still keep the engine in its
    // arrays. (A wrong label can then be read: that is what the checksum
    // is for.)
    SavedCatalogue saved;
    const qsizetype size = saved.good.size();
    auto withChecksum = [](QByteArray bytes) {
        bytes.chop(4);
        const auto crc = quint32(crc32_z(crc32_z(0, nullptr, 0),
                                         reinterpret_cast<const Bytef *>(bytes.constData()),
                                         z_size_t(bytes.size())));
        uchar tail[4];
        qToBigEndian(crc, tail);
        return bytes + QByteArray(reinterpret_cast<const char *>(tail), 4);
    };
    for (int i = 0; i < 200; ++i) {
        const qsizetype byte = 96 + (size - 104) * i / 200;
        INFO("byte " << byte << " of " << size);
        QByteArray damaged = saved.good;
        damaged[byte] = char(damaged[byte] ^ (1 << (i % 8)));
        saved.openWith(withChecksum(damaged), false);
        QByteArray zeroed = saved.good;
        zeroed.replace(byte, 8, QByteArray(8, '\xff'));
        saved.openWith(withChecksum(zeroed), false);
    }
}

TEST_CASE("An index build stopped at any step leaves no saved index behind and does not crash",
          "[saved-index][robustness]")
{
    // Found by fuzz/catalogue_open.cpp (a damaged catalogue whose text
    // could not be read): reading the sort orders marks the engine as worth
    // saving, so a build that stopped after them (an error, or the user
    // cancelling) was saved by the destructor with no text index: SIGSEGV.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stopped.ssccat"));
    const QString facets = path + QStringLiteral(".facets");
    auto store = okValue(CatalogueStore::open(path));
    REQUIRE(store->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    const QString revision = okValue(store->ensureRevision());

    int steps = 0;
    {
        BuildProgress counting([&steps](int done, int) {
            steps = done;
            return true;
        });
        REQUIRE(IndexedQuery::build(store->indexSource(), facets, revision, &counting).ok());
    }
    REQUIRE(steps > 10);
    for (int stop = 1; stop <= steps; ++stop) {
        INFO("stopped at step " << stop << " of " << steps);
        QFile::remove(facets);
        BuildProgress stopping([stop](int done, int) { return done < stop; });
        auto built = IndexedQuery::build(store->indexSource(), facets, revision, &stopping);
        REQUIRE_FALSE(built.ok());
        CHECK(built.error().kind == Error::Kind::Cancelled);
        CHECK_FALSE(QFile::exists(facets));
    }
}

TEST_CASE("Links to a row past the last initiative (a damaged file) are left out of the index, "
          "without a crash",
          "[saved-index][hostile]")
{
    // Found by the catalogue_open fuzzer: such a link indexed past the row
    // arrays when the index was built (a heap overflow).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stray.ssccat"));
    FacetCounts before;
    {
        auto writer = okValue(CatalogueStore::open(path));
        REQUIRE(CatalogueGenerator(7).writeInto(*writer, 50).ok());
        before = facetsOf(*writer, {});
    }
    QFile::remove(path + QStringLiteral(".facets"));
    withConnection(path, [](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO initiative_country (initiative_id, country_code, role, position) "
            "SELECT max(id) + 1000, 'KE', 'recipient', 0 FROM initiative")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO initiative_area (initiative_id, area_id, position) "
            "SELECT max(id) + 5000, (SELECT area_id FROM initiative_area LIMIT 1), 0 "
            "FROM initiative")));
    });
    auto store = okValue(CatalogueStore::open(path));
    REQUIRE(IndexedQuery::install(*store).ok());
    REQUIRE(IndexedQuery::of(*store));
    const FacetCounts after = facetsOf(*store, {});
    CHECK(after.at(Facet::Country) == before.at(Facet::Country));
    CHECK(after.at(Facet::ProgrammeArea) == before.at(Facet::ProgrammeArea));
}
