#include "TestSupport.h"

#include "cli/CommandLine.h"
#include "core/domain/CatalogueValidator.h"
#include "core/generator/CatalogueGenerator.h"

#include <QSet>

using namespace ssc;
using namespace ssc::test;

TEST_CASE("The generator is deterministic for a seed", "[generator]")
{
    const CatalogueGenerator a(42), b(42), other(43);
    CHECK(a.base() == b.base());
    for (qint64 i : {0LL, 1LL, 17LL, 999LL, 123456LL}) {
        INFO(i);
        CHECK(a.initiative(i) == b.initiative(i));
        CHECK_FALSE(a.initiative(i) == other.initiative(i));
    }
    // Order of generation does not matter.
    const Initiative late = a.initiative(500);
    (void)a.initiative(3);
    CHECK(a.initiative(500) == late);
}

TEST_CASE("Generated content is valid and realistic", "[generator]")
{
    const CatalogueGenerator generator(7);
    CatalogueContent content = generator.base();
    CHECK(content.synthetic);
    CHECK(content.organisations.size() ==
          size_t(CatalogueGenerator::kOrganisations + CatalogueGenerator::kFundingSources));
    QSet<QString> countries;
    qint64 textBytes = 0;
    for (qint64 i = 0; i < 2000; ++i) {
        Initiative in = generator.initiative(i);
        CHECK(in.countries.size() >= 1);
        CHECK(in.countries.size() <= 5);
        CHECK(in.programmeAreas.size() >= 1);
        CHECK(in.programmeAreas.size() <= 3);
        CHECK(in.partners.size() >= 1);
        CHECK(in.partners.size() <= 4);
        CHECK(in.funding.size() <= 2);
        CHECK(*in.startYear() >= 1990);
        CHECK(*in.startYear() <= 2026);
        for (const auto &c : in.countries)
            countries.insert(c.code);
        textBytes += (in.title + in.summary + in.description).toUtf8().size();
        content.initiatives.push_back(std::move(in));
    }
    const Status valid = CatalogueValidator::validate(content);
    INFO((valid.ok() ? QString() : valid.error().message).toStdString());
    CHECK(valid.ok());
    CHECK(countries.size() > 100);
    const qint64 average = textBytes / 2000;
    CHECK(average > 700);
    CHECK(average < 1500);
}

TEST_CASE("A generated catalogue is written in bulk with its indexes and search intact",
          "[generator]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gen.ssccat"));
    const QString copyPath = dir.filePath(QStringLiteral("gen2.ssccat"));
    QString out, err;
    QTextStream o(&out), e(&err);
    REQUIRE(CommandLine::run({QStringLiteral("generate"), QStringLiteral("--initiatives"),
                              QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("5"),
                              QStringLiteral("--db"), path},
                             o, e) == 0);
    REQUIRE(CommandLine::run({QStringLiteral("generate"), QStringLiteral("--initiatives"),
                              QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("5"),
                              QStringLiteral("--db"), copyPath},
                             o, e) == 0);
    // An existing file is never overwritten.
    CHECK(CommandLine::run({QStringLiteral("generate"), QStringLiteral("--db"), path}, o, e) == 1);

    auto store = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
    REQUIRE(store.ok());
    CHECK((*store)->initiativeCount() == 3000);
    CHECK((*store)->isSynthetic());
    // The rows match the generator, and the search index covers every row.
    const CatalogueGenerator generator(5);
    CHECK(*(*store)->initiative(QStringLiteral("syn-0002999")) == generator.initiative(2999));
    CatalogueFilter f;
    f.text = QStringLiteral("children");
    const qint64 withChildren = countOf(**store, f);
    CHECK(withChildren > 100);
    CHECK(withChildren < 3000);
    // Same seed, same catalogue: the same counts everywhere.
    auto copy = CatalogueStore::open(copyPath, CatalogueStore::OpenMode::ExistingOnly);
    REQUIRE(copy.ok());
    f = {};
    f.countryRole = QStringLiteral("recipient");
    f.fromYear = 2000;
    CHECK(facetsOf(**store, f) == facetsOf(**copy, f));
    CHECK(facetsOf(**store, {}).at(Facet::Country).size() > 100);
}
