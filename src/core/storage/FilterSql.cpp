#include "core/storage/FilterSql.h"

#include "core/query/FacetDefinitions.h"
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

QString FilterSql::condition(const FacetDefinition &d, qsizetype count, bool withRole)
{
    const FacetStorage &st = d.storage;
    const QString marks = placeholders(count);
    const QString role = withRole ? QStringLiteral(" AND x.role = ?") : QString();
    const QString column = QString::fromLatin1(st.column);
    const QString table = QString::fromLatin1(st.table);
    switch (st.shape) {
    case FacetStorage::Shape::InitiativeColumn:
        return QStringLiteral("i.%1 IN (%2)").arg(column, marks);
    case FacetStorage::Shape::RegionOfCountry:
        return QStringLiteral(
                   "i.id IN (SELECT x.initiative_id FROM %1 x JOIN country c ON c.code = "
                   "x.%2 WHERE (c.region_code IN (%3) OR c.subregion_code IN (%3) OR "
                   "c.intermediate_code IN (%3))%4)")
            .arg(table, column, marks, role);
    case FacetStorage::Shape::Junction:
        break;
    }
    if (st.byOrganisation)
        return QStringLiteral("i.id IN (SELECT x.initiative_id FROM %1 x JOIN organisation o ON "
                              "o.id = x.%2 WHERE o.key IN (%3)%4)")
            .arg(table, column, marks, role);
    if (st.closure)
        return QStringLiteral("i.id IN (SELECT x.initiative_id FROM %1 x JOIN %2 pc ON "
                              "pc.descendant = x.%3 WHERE pc.ancestor IN (%4)%5)")
            .arg(table, QString::fromLatin1(st.closure), column, marks, role);
    return QStringLiteral("i.id IN (SELECT x.initiative_id FROM %1 x WHERE x.%2 IN (%3)%4)")
        .arg(table, column, marks, role);
}

QString FilterSql::organisationLabel()
{
    return QStringLiteral("o.name || CASE WHEN coalesce(o.acronym, '') = '' THEN '' ELSE ' (' || "
                          "o.acronym || ')' END");
}

QString FilterSql::translatedTitle()
{
    return QStringLiteral(
        "CASE WHEN i.language = ? THEN NULL ELSE (SELECT t.text FROM initiative_translation t "
        "WHERE t.initiative_id = i.id AND t.field = 'title' AND t.language = ?) END");
}

SqlFragment FilterSql::where(const CatalogueFilter &f)
{
    QStringList conditions;
    QVariantList binds;
    // Values ticked in one pane are alternatives (OR), a region and a
    // country too; the panes all hold (AND).
    QString pane;
    QStringList alternatives;
    auto closePane = [&] {
        if (alternatives.size() == 1)
            conditions << alternatives.constFirst();
        else if (!alternatives.isEmpty())
            conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                              QLatin1Char(')');
        alternatives.clear();
    };
    for (const FacetDefinition &d : facetDefinitions()) {
        const QStringList values = f.values(d.facet);
        if (values.isEmpty())
            continue;
        if (QLatin1String(d.pane) != pane) {
            closePane();
            pane = QLatin1String(d.pane);
        }
        const bool withRole = d.takesRole() && !f.countryRole.isEmpty();
        alternatives << condition(d, values.size(), withRole);
        // The region's three code columns each take the list.
        const int lists = d.storage.shape == FacetStorage::Shape::RegionOfCountry ? 3 : 1;
        for (int k = 0; k < lists; ++k) {
            for (const QString &v : values) {
                if (d.numbers)
                    binds << v.toInt();
                else
                    binds << v;
            }
        }
        if (withRole)
            binds << f.countryRole;
    }
    closePane();
    // A role on its own: initiatives with any country in that role.
    if (f.countries.isEmpty() && f.regions.isEmpty() && !f.countryRole.isEmpty()) {
        conditions << QStringLiteral("i.id IN (SELECT x.initiative_id FROM %1 x WHERE x.role = ?)")
                          .arg(QString::fromLatin1(facetDefinition(Facet::Country).storage.table));
        binds << f.countryRole;
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
