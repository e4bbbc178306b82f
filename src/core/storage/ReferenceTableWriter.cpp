#include "core/storage/ReferenceTableWriter.h"

#include "core/storage/PreparedQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueStore)
};

} // namespace

Status ReferenceTableWriter::write(const ReferenceData &ref)
{
    auto fail = [this](const QSqlQuery &q) {
        return Error{
            Tr::tr("Cannot write reference data to %1: %2").arg(m_path, q.lastError().text())};
    };
    auto exec = [this](const QString &sql, const QVariantList &binds) {
        return execPrepared(m_db, sql, binds);
    };
    // Parents first: sub-regions refer to regions, intermediate regions to
    // sub-regions.
    for (int depth = 0; depth < 3; ++depth) {
        for (const Region &r : ref.regions()) {
            int level = 0;
            for (const Region *p = &r; !p->parentCode.isEmpty(); p = ref.region(p->parentCode))
                ++level;
            if (level != depth)
                continue;
            QSqlQuery q = exec(QStringLiteral("INSERT INTO region (code, name, parent_code) "
                                              "VALUES (?,?,?) ON CONFLICT(code) DO UPDATE SET "
                                              "name = excluded.name, parent_code = "
                                              "excluded.parent_code"),
                               {r.code, r.name,
                                r.parentCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(r.parentCode)});
            if (q.lastError().isValid())
                return fail(q);
        }
    }
    for (const Country &c : ref.countries()) {
        auto orNull = [](const QString &s) {
            return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
        };
        QSqlQuery q = exec(
            QStringLiteral("INSERT INTO country (code, alpha3, name, region_code, subregion_code, "
                           "intermediate_code) VALUES (?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE "
                           "SET alpha3 = excluded.alpha3, name = excluded.name, region_code = "
                           "excluded.region_code, subregion_code = excluded.subregion_code, "
                           "intermediate_code = excluded.intermediate_code"),
            {c.code, c.alpha3, c.name, orNull(c.regionCode), orNull(c.subregionCode),
             orNull(c.intermediateCode)});
        if (q.lastError().isValid())
            return fail(q);
    }
    for (const SdgGoal &g : ref.sdgGoals()) {
        QSqlQuery q = exec(QStringLiteral("INSERT INTO sdg_goal (goal, short_title, title) "
                                          "VALUES (?,?,?) ON CONFLICT(goal) DO UPDATE SET "
                                          "short_title = excluded.short_title, title = "
                                          "excluded.title"),
                           {g.goal, g.shortTitle, g.title});
        if (q.lastError().isValid())
            return fail(q);
    }
    for (const DacSector &s : ref.dacSectors()) {
        QSqlQuery q = exec(QStringLiteral("INSERT INTO dac_sector (code, name, category) "
                                          "VALUES (?,?,?) ON CONFLICT(code) DO UPDATE SET name = "
                                          "excluded.name, category = excluded.category"),
                           {s.code, s.name, s.category});
        if (q.lastError().isValid())
            return fail(q);
    }
    for (bool children : {false, true}) {
        for (const ProgrammeArea &a : ref.programmeAreas()) {
            if (a.parentId.isEmpty() == children)
                continue;
            QSqlQuery q =
                exec(QStringLiteral("INSERT INTO programme_area (id, parent_id, name, sort_order) "
                                    "VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET parent_id = "
                                    "excluded.parent_id, name = excluded.name, sort_order = "
                                    "excluded.sort_order"),
                     {a.id,
                      a.parentId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(a.parentId),
                      a.name, a.order});
            if (q.lastError().isValid())
                return fail(q);
        }
    }
    QSqlQuery clear(m_db);
    clear.exec(QStringLiteral("DELETE FROM programme_area_closure"));
    clear.exec(QStringLiteral("DELETE FROM programme_area_sector"));
    for (const ProgrammeArea &a : ref.programmeAreas()) {
        for (const QString &descendant : ref.areaWithDescendants(a.id)) {
            QSqlQuery q = exec(QStringLiteral("INSERT INTO programme_area_closure "
                                              "(ancestor, descendant) VALUES (?,?)"),
                               {a.id, descendant});
            if (q.lastError().isValid())
                return fail(q);
        }
        for (const QString &code : a.dacCodes) {
            QSqlQuery q = exec(QStringLiteral("INSERT INTO programme_area_sector "
                                              "(area_id, dac_code) VALUES (?,?)"),
                               {a.id, code});
            if (q.lastError().isValid())
                return fail(q);
        }
    }
    return success();
}

} // namespace ssc
