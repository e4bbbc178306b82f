#include "core/storage/FacetCountQuery.h"

#include "core/domain/Vocabulary.h"
#include "core/storage/FilterSql.h"
#include "core/storage/PreparedQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogueStore", text);
}

// Adds a condition to a " WHERE ..." fragment (or starts one).
SqlFragment withCondition(SqlFragment where, const QString &condition, const QVariantList &binds)
{
    where.sql +=
        (where.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
    where.binds += binds;
    return where;
}

} // namespace

Result<std::vector<FacetValueCount>> FacetCountQuery::run(const CatalogueFilter &filter,
                                                          Facet facet) const
{
    SqlFragment where = FilterSql::where(filter.without(facet));
    const QVariantList role =
        filter.countryRole.isEmpty() ? QVariantList() : QVariantList{filter.countryRole};
    const QString roleCondition = QStringLiteral("ic.role = ?");
    QString select;
    switch (facet) {
    case Facet::Country:
        if (!role.isEmpty())
            where = withCondition(where, roleCondition, role);
        select = QStringLiteral("SELECT ic.country_code, c.name, count(DISTINCT ic.initiative_id) "
                                "FROM initiative_country ic JOIN country c ON c.code = "
                                "ic.country_code JOIN initiative i ON i.id = ic.initiative_id%1 "
                                "GROUP BY ic.country_code");
        break;
    case Facet::Region:
        if (!role.isEmpty())
            where = withCondition(where, roleCondition, role);
        select = QStringLiteral(
            "SELECT r.code, r.name, count(DISTINCT ic.initiative_id) FROM initiative_country ic "
            "JOIN country c ON c.code = ic.country_code JOIN region r ON r.code IN "
            "(c.region_code, c.subregion_code, c.intermediate_code) JOIN initiative i ON i.id = "
            "ic.initiative_id%1 "
            "GROUP BY r.code");
        break;
    case Facet::ProgrammeArea:
        select = QStringLiteral(
            "SELECT pa.id, pa.name, count(DISTINCT ia.initiative_id) FROM initiative_area ia "
            "JOIN programme_area_closure pc ON pc.descendant = ia.area_id JOIN programme_area pa "
            "ON pa.id = pc.ancestor JOIN initiative i ON i.id = ia.initiative_id%1 "
            "GROUP BY pa.id");
        break;
    case Facet::Partner:
        select = QStringLiteral(
            "SELECT o.key, o.name || CASE WHEN coalesce(o.acronym, '') = '' THEN '' ELSE ' (' || "
            "o.acronym || ')' END, count(DISTINCT ip.initiative_id) FROM initiative_partner ip "
            "JOIN organisation o ON o.id = ip.organisation_id JOIN initiative i ON i.id = "
            "ip.initiative_id%1 GROUP BY o.id");
        break;
    case Facet::FundingSource:
        select = QStringLiteral(
            "SELECT o.key, o.name || CASE WHEN coalesce(o.acronym, '') = '' THEN '' ELSE ' (' || "
            "o.acronym || ')' END, count(DISTINCT fu.initiative_id) FROM funding fu JOIN "
            "organisation o ON o.id = fu.source_id JOIN initiative i ON i.id = "
            "fu.initiative_id%1 GROUP BY o.id");
        break;
    case Facet::Modality:
        select = QStringLiteral("SELECT im.modality, '', count(*) FROM initiative_modality im "
                                "JOIN initiative i ON i.id = im.initiative_id%1 "
                                "GROUP BY im.modality");
        break;
    case Facet::ActivityType:
        where = withCondition(where, QStringLiteral("i.activity_type IS NOT NULL"), {});
        select = QStringLiteral(
            "SELECT i.activity_type, '', count(*) FROM initiative i%1 GROUP BY i.activity_type");
        break;
    case Facet::Sdg:
        select = QStringLiteral(
            "SELECT s.goal, g.short_title, count(DISTINCT s.initiative_id) FROM initiative_sdg s "
            "JOIN sdg_goal g ON g.goal = s.goal JOIN initiative i ON i.id = s.initiative_id%1 "
            "GROUP BY s.goal");
        break;
    case Facet::Status:
        where = withCondition(where, QStringLiteral("i.status IS NOT NULL"), {});
        select =
            QStringLiteral("SELECT i.status, '', count(*) FROM initiative i%1 GROUP BY i.status");
        break;
    }
    QSqlQuery q = execPrepared(m_db, select.arg(where.sql), where.binds);
    if (q.lastError().isValid())
        return Error{tr("Cannot read %1: %2").arg(m_path, q.lastError().text()),
                     Error::Kind::Catalogue};
    std::vector<FacetValueCount> counts;
    while (q.next()) {
        FacetValueCount c{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
        if (c.label.isEmpty())
            c.label = label(facet, c.value);
        counts.push_back(std::move(c));
    }
    std::sort(counts.begin(), counts.end(), [](const FacetValueCount &a, const FacetValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return counts;
}

QString FacetCountQuery::label(Facet facet, const QString &value)
{
    switch (facet) {
    case Facet::Modality:
        return Vocabulary::label(Vocabulary::Kind::Modality, value);
    case Facet::ActivityType:
        return Vocabulary::label(Vocabulary::Kind::ActivityType, value);
    case Facet::Status:
        return Vocabulary::label(Vocabulary::Kind::Status, value);
    default:
        return value;
    }
}

} // namespace ssc
