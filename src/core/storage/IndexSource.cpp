#include "core/storage/IndexSource.h"

#include "core/storage/FilterSql.h"

#include <QCoreApplication>

namespace ssc {

Error IndexSource::readFailure(const QString &why) const
{
    return Error{QCoreApplication::translate("CatalogueStore", "Cannot read %1: %2")
                     .arg(m_path.isEmpty() ? QStringLiteral("the catalogue") : m_path, why),
                 Error::Kind::Catalogue};
}

SqliteStatement IndexSource::initiatives(qint64 afterRowId) const
{
    SqliteStatement q(m_db, "SELECT id, status, activity_type, start_year, end_year "
                            "FROM initiative WHERE id > ? ORDER BY id");
    q.bind(1, afterRowId);
    return q;
}

SqliteStatement IndexSource::facetValues(Facet facet, qint64 afterRowId) const
{
    // Each reads a covering index in value order, so every bitmap is built
    // by appending ascending row ids.
    const char *sql = nullptr;
    switch (facet) {
    case Facet::Country:
        sql = "SELECT country_code, role, initiative_id FROM initiative_country "
              "WHERE initiative_id > ? ORDER BY country_code, role, initiative_id";
        break;
    case Facet::ProgrammeArea:
        sql = "SELECT area_id, NULL, initiative_id FROM initiative_area "
              "WHERE initiative_id > ? ORDER BY area_id, initiative_id";
        break;
    case Facet::Partner:
        sql = "SELECT o.key, o.name || CASE WHEN coalesce(o.acronym, '') = '' THEN '' "
              "ELSE ' (' || o.acronym || ')' END, p.initiative_id "
              "FROM initiative_partner p JOIN organisation o ON o.id = "
              "p.organisation_id WHERE p.initiative_id > ? "
              "ORDER BY p.organisation_id, p.initiative_id";
        break;
    case Facet::FundingSource:
        sql = "SELECT o.key, o.name || CASE WHEN coalesce(o.acronym, '') = '' "
              "THEN '' ELSE ' (' || o.acronym || ')' END, f.initiative_id "
              "FROM funding f JOIN organisation o ON o.id = f.source_id "
              "WHERE f.initiative_id > ? ORDER BY f.source_id, f.initiative_id";
        break;
    case Facet::Modality:
        sql = "SELECT modality, NULL, initiative_id FROM initiative_modality "
              "WHERE initiative_id > ? ORDER BY modality, initiative_id";
        break;
    case Facet::Sdg:
        sql = "SELECT goal, NULL, initiative_id FROM initiative_sdg "
              "WHERE initiative_id > ? ORDER BY goal, initiative_id";
        break;
    case Facet::Region:
    case Facet::ActivityType:
    case Facet::Status:
        return SqliteStatement(); // derived, or read with initiatives()
    }
    SqliteStatement q(m_db, sql);
    q.bind(1, afterRowId);
    return q;
}

SqliteStatement IndexSource::sortOrder(SortColumn column) const
{
    const QByteArray sql = (QStringLiteral("SELECT i.id FROM initiative i") +
                            FilterSql::orderBy(SortOrder{column, false}))
                               .toUtf8();
    return SqliteStatement(m_db, sql.constData());
}

SqliteStatement IndexSource::listRows(const uint32_t *ids, size_t count) const
{
    QString sql = QStringLiteral(
        "SELECT i.id, i.key, i.title, i.countries_label, i.areas_label, i.partners_label, "
        "i.funding_label, i.start_year, i.end_year, i.status, i.activity_type "
        "FROM initiative i WHERE i.id IN (");
    for (size_t k = 0; k < count; ++k)
        sql += k ? QStringLiteral(",?") : QStringLiteral("?");
    sql += QLatin1Char(')');
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement q(m_db, utf8.constData());
    for (size_t k = 0; k < count; ++k)
        q.bind(int(k) + 1, qint64(ids[k]));
    return q;
}

SqliteStatement IndexSource::texts(qint64 afterRowId) const
{
    SqliteStatement q(m_db, "SELECT id, title, summary, description, partner_names, country_names "
                            "FROM initiative WHERE id > ? ORDER BY id");
    q.bind(1, afterRowId);
    return q;
}

SqliteStatement IndexSource::textPostings() const
{
    SqliteStatement vocabulary(m_db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ssc_fts_postings "
                                     "USING fts5vocab(main, initiative_fts, 'instance')");
    if (!vocabulary.execute())
        return vocabulary; // not ok(): its errorText() says why
    return SqliteStatement(m_db, "SELECT term, doc FROM temp.ssc_fts_postings");
}

SqliteStatement IndexSource::textMatches(const std::string &expression) const
{
    SqliteStatement q(m_db, "SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH ?");
    q.bindText(1, QString::fromStdString(expression));
    return q;
}

FtsTokenizer IndexSource::tokenizer() const
{
    return FtsTokenizer(SqliteStatement::handle(m_db));
}

} // namespace ssc
