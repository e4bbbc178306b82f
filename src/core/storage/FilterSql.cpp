#include "core/storage/FilterSql.h"

#include "core/query/FullTextQuery.h"

#include <QStringList>

namespace ssc {

QString FilterSql::placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

SqlFragment FilterSql::where(const CatalogueFilter &f)
{
    QStringList conditions;
    QVariantList binds;
    auto bindAll = [&binds](const QStringList &values) {
        for (const QString &v : values)
            binds << v;
    };
    const QString roleCondition =
        f.countryRole.isEmpty() ? QString() : QStringLiteral(" AND ic.role = ?");

    if (!f.countries.isEmpty()) {
        conditions << QStringLiteral("i.id IN (SELECT ic.initiative_id FROM initiative_country ic "
                                     "WHERE ic.country_code IN (%1)%2)")
                          .arg(placeholders(f.countries.size()), roleCondition);
        bindAll(f.countries);
        if (!f.countryRole.isEmpty())
            binds << f.countryRole;
    }
    if (!f.regions.isEmpty()) {
        const QString marks = placeholders(f.regions.size());
        conditions << QStringLiteral("i.id IN (SELECT ic.initiative_id FROM initiative_country ic "
                                     "JOIN country c ON c.code = ic.country_code "
                                     "WHERE (c.region_code IN (%1) OR c.subregion_code IN (%1) OR "
                                     "c.intermediate_code IN (%1))%2)")
                          .arg(marks, roleCondition);
        bindAll(f.regions);
        bindAll(f.regions);
        bindAll(f.regions);
        if (!f.countryRole.isEmpty())
            binds << f.countryRole;
    }
    // A role on its own: initiatives with any country in that role.
    if (f.countries.isEmpty() && f.regions.isEmpty() && !f.countryRole.isEmpty()) {
        conditions << QStringLiteral(
            "i.id IN (SELECT ic.initiative_id FROM initiative_country ic WHERE ic.role = ?)");
        binds << f.countryRole;
    }
    if (!f.programmeAreas.isEmpty()) {
        conditions << QStringLiteral("i.id IN (SELECT ia.initiative_id FROM initiative_area ia "
                                     "JOIN programme_area_closure pc ON pc.descendant = ia.area_id "
                                     "WHERE pc.ancestor IN (%1))")
                          .arg(placeholders(f.programmeAreas.size()));
        bindAll(f.programmeAreas);
    }
    if (!f.partners.isEmpty()) {
        conditions << QStringLiteral("i.id IN (SELECT ip.initiative_id FROM initiative_partner ip "
                                     "JOIN organisation o ON o.id = ip.organisation_id "
                                     "WHERE o.key IN (%1))")
                          .arg(placeholders(f.partners.size()));
        bindAll(f.partners);
    }
    if (!f.fundingSources.isEmpty()) {
        conditions << QStringLiteral("i.id IN (SELECT fu.initiative_id FROM funding fu "
                                     "JOIN organisation o ON o.id = fu.source_id "
                                     "WHERE o.key IN (%1))")
                          .arg(placeholders(f.fundingSources.size()));
        bindAll(f.fundingSources);
    }
    if (!f.modalities.isEmpty()) {
        conditions << QStringLiteral("i.id IN (SELECT im.initiative_id FROM initiative_modality im "
                                     "WHERE im.modality IN (%1))")
                          .arg(placeholders(f.modalities.size()));
        bindAll(f.modalities);
    }
    if (!f.activityTypes.isEmpty()) {
        conditions
            << QStringLiteral("i.activity_type IN (%1)").arg(placeholders(f.activityTypes.size()));
        bindAll(f.activityTypes);
    }
    if (!f.sdgGoals.isEmpty()) {
        conditions << QStringLiteral("i.id IN (SELECT s.initiative_id FROM initiative_sdg s "
                                     "WHERE s.goal IN (%1))")
                          .arg(placeholders(f.sdgGoals.size()));
        for (int goal : f.sdgGoals)
            binds << goal;
    }
    if (!f.statuses.isEmpty()) {
        conditions << QStringLiteral("i.status IN (%1)").arg(placeholders(f.statuses.size()));
        bindAll(f.statuses);
    }
    // end_year holds the end's year, or the start's when there is no end; it
    // is NULL for an ongoing initiative with no end (still running).
    if (f.fromYear) {
        conditions << QStringLiteral(
            "(i.end_year >= ? OR (i.end_year IS NULL AND i.start_year IS NOT NULL))");
        binds << *f.fromYear;
    }
    if (f.toYear) {
        conditions << QStringLiteral("i.start_year <= ?");
        binds << *f.toYear;
    }
    if (const QString match = FullTextQuery::toMatchExpression(f.text); !match.isEmpty()) {
        conditions << QStringLiteral(
            "i.id IN (SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH ?)");
        binds << match;
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), binds};
}

QString FilterSql::orderBy(const SortOrder &sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QString();
    QString column;
    switch (sort.column) {
    case SortColumn::Title:
        column = QStringLiteral("i.title COLLATE NOCASE") + dir;
        break;
    case SortColumn::Countries:
        column = QStringLiteral("i.countries_label COLLATE NOCASE") + dir;
        break;
    case SortColumn::ProgrammeAreas:
        column = QStringLiteral("i.areas_label COLLATE NOCASE") + dir;
        break;
    case SortColumn::Partners:
        column = QStringLiteral("i.partners_label COLLATE NOCASE") + dir;
        break;
    case SortColumn::Funding:
        column = QStringLiteral("i.funding_label COLLATE NOCASE") + dir;
        break;
    case SortColumn::Years:
        column = QStringLiteral("i.start_year%1, i.end_year%1").arg(dir);
        break;
    case SortColumn::Status:
        column = QStringLiteral("i.status") + dir;
        break;
    case SortColumn::ActivityType:
        column = QStringLiteral("i.activity_type") + dir;
        break;
    case SortColumn::Identifier:
        column = QStringLiteral("i.key") + dir;
        break;
    }
    return QStringLiteral(" ORDER BY %1, i.id%2").arg(column, dir);
}

} // namespace ssc
