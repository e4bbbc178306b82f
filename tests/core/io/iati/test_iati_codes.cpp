// Each IATI code list the catalogue maps is one two-way table: what export
// writes, import reads back as the same code, except where the table says a
// row is one way.
#include "TestSupport.h"

#include "core/domain/Vocabulary.h"
#include "core/io/iati/IatiCodeMap.h"
#include "core/io/iati/IatiCodelists.h"

using namespace ssc;

TEST_CASE("IATI code lists map both ways from one table each", "[iati][codes]")
{
    const struct
    {
        const char *list;
        const IatiCodeMap *map;
        Vocabulary::Kind kind;
    } lists[] = {
        {"OrganisationType", &IatiCodeMap::organisationTypes(), Vocabulary::Kind::OrganisationType},
        {"OrganisationRole", &IatiCodeMap::organisationRoles(), Vocabulary::Kind::PartnerRole},
        {"ActivityStatus", &IatiCodeMap::activityStatuses(), Vocabulary::Kind::Status},
    };
    for (const auto &l : lists) {
        INFO(l.list);
        for (const IatiCodeMap::Row &row : l.map->rows()) {
            INFO(row.iati << " / " << row.catalogue);
            const QString iati = QString::fromLatin1(row.iati);
            const QString catalogue = QString::fromLatin1(row.catalogue);
            // Every catalogue code is one the catalogue knows.
            CHECK(Vocabulary::contains(l.kind, catalogue));
            // Numeric codes are real codes of the IATI list.
            if (iati.front().isDigit())
                CHECK(IatiCodelists::instance().status(QString::fromLatin1(l.list), iati) !=
                      IatiCodelists::Status::Unknown);
            if (row.way == IatiCodeMap::Way::Both) {
                CHECK(l.map->toIati(catalogue) == iati);
                CHECK(l.map->toCatalogue(iati) == catalogue);
            }
            // Whatever is written reads back as a code of the catalogue.
            if (row.way != IatiCodeMap::Way::ImportOnly)
                CHECK_FALSE(l.map->toCatalogue(l.map->toIati(catalogue)).isEmpty());
        }
    }
    // What the tables fold together, as IATI and the catalogue define it.
    CHECK(IatiCodeMap::organisationRoles().toCatalogue(QStringLiteral("3")) ==
          QStringLiteral("coordinator"));
    CHECK(IatiCodeMap::organisationRoles().toCatalogue(QStringLiteral("implementing")) ==
          QStringLiteral("implementer"));
    CHECK(IatiCodeMap::organisationRoles().toIati(QStringLiteral("host")) == QStringLiteral("4"));
    CHECK(IatiCodeMap::organisationTypes().toIati(QStringLiteral("un-agency")) ==
          QStringLiteral("40"));
    CHECK(IatiCodeMap::organisationTypes().toCatalogue(QStringLiteral("40")) ==
          QStringLiteral("multilateral"));
    CHECK(IatiCodeMap::activityStatuses().toCatalogue(QStringLiteral("3")) ==
          QStringLiteral("completed"));
    CHECK(IatiCodeMap::activityStatuses().toCatalogue(QStringLiteral("9")).isEmpty());
}
