#include "core/storage/IndexSource.h"

#include "core/query/FacetDefinitions.h"
#include "core/storage/FilterSql.h"
#include "core/storage/ParallelTextIndex.h"

#include <QCoreApplication>

namespace ssc {

Error IndexSource::readFailure(const QString &why) const
{
    return Error{QCoreApplication::translate("CatalogueStore", "Cannot read %1: %2")
                     .arg(m_path.isEmpty() ? QStringLiteral("the catalogue") : m_path, why),
                 Error::Kind::Catalogue};
}

std::vector<Facet> IndexSource::columnFacets()
{
    std::vector<Facet> facets;
    for (const FacetDefinition &d : facetDefinitions())
        if (d.storage.shape == FacetStorage::Shape::InitiativeColumn)
            facets.push_back(d.facet);
    return facets;
}

SqliteStatement IndexSource::initiatives(qint64 afterRowId) const
{
    QString sql = QStringLiteral("SELECT id, start_year, end_year");
    for (Facet facet : columnFacets())
        sql += QStringLiteral(", ") + QString::fromLatin1(facetDefinition(facet).storage.column);
    sql += QStringLiteral(" FROM initiative WHERE id > ? ORDER BY id");
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement q(m_db, utf8.constData());
    q.bind(1, afterRowId);
    return q;
}

SqliteStatement IndexSource::facetValues(Facet facet, qint64 afterRowId, bool byRow) const
{
    const FacetStorage &st = facetDefinition(facet).storage;
    if (st.shape != FacetStorage::Shape::Junction)
        return SqliteStatement(); // read with initiatives(), or derived
    // In value order, reading a covering index, so that every bitmap is
    // built by appending ascending row ids.
    const QString table = QString::fromLatin1(st.table);
    const QString column = QString::fromLatin1(st.column);
    QString sql =
        st.byOrganisation
            ? QStringLiteral("SELECT o.key, %1, x.initiative_id FROM %2 x JOIN organisation o ON "
                             "o.id = x.%3 WHERE x.initiative_id > ? ORDER BY x.%3, "
                             "x.initiative_id")
                  .arg(FilterSql::organisationLabel(), table, column)
            : QStringLiteral("SELECT x.%1, %2, x.initiative_id FROM %3 x WHERE x.initiative_id > ? "
                             "ORDER BY x.%1%4, x.initiative_id")
                  .arg(column, st.withRole ? QStringLiteral("x.role") : QStringLiteral("NULL"),
                       table, st.withRole ? QStringLiteral(", x.role") : QString());
    if (byRow)
        sql = sql.left(sql.lastIndexOf(QStringLiteral(" ORDER BY "))) +
              QStringLiteral(" ORDER BY x.initiative_id");
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement q(m_db, utf8.constData());
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

SqliteStatement IndexSource::firstInOrder(SortColumn column, qint64 a, qint64 b) const
{
    const QByteArray sql =
        (QStringLiteral("SELECT i.id FROM initiative i WHERE i.id IN (?, ?)") +
         FilterSql::orderBy(SortOrder{column, false}) + QStringLiteral(" LIMIT 1"))
            .toUtf8();
    SqliteStatement q(m_db, sql.constData());
    q.bind(1, a);
    q.bind(2, b);
    return q;
}

SqliteStatement IndexSource::listRows(const uint32_t *ids, size_t count,
                                      const QString &titleLanguage) const
{
    // The translation is looked up by its key for each of these rows only.
    QString sql =
        QStringLiteral("SELECT i.id, i.key, i.title, i.countries_label, i.areas_label, "
                       "i.partners_label, i.funding_label, i.start_year, i.end_year, i.status, "
                       "i.activity_type, i.language, %1 FROM initiative i WHERE i.id IN (")
            .arg(titleLanguage.isEmpty() ? QStringLiteral("NULL") : FilterSql::translatedTitle());
    for (size_t k = 0; k < count; ++k)
        sql += k ? QStringLiteral(",?") : QStringLiteral("?");
    sql += QLatin1Char(')');
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement q(m_db, utf8.constData());
    int next = 1;
    if (!titleLanguage.isEmpty()) {
        q.bindText(next++, titleLanguage);
        q.bindText(next++, titleLanguage);
    }
    for (size_t k = 0; k < count; ++k)
        q.bind(next++, qint64(ids[k]));
    return q;
}

SqliteStatement IndexSource::texts(qint64 afterRowId) const
{
    static_assert(size_t(kTextColumns) == ParallelTextIndex::kTextColumns);
    SqliteStatement q(m_db, "SELECT id, title, summary, description, partner_names, country_names, "
                            "translation_texts FROM initiative WHERE id > ? ORDER BY id");
    q.bind(1, afterRowId);
    return q;
}

SqliteStatement IndexSource::fundingAmounts(qint64 afterRowId) const
{
    SqliteStatement q(
        m_db, "SELECT f.initiative_id, coalesce(f.year, i.start_year, 0), f.currency, f.amount "
              "FROM funding f JOIN initiative i ON i.id = f.initiative_id WHERE f.initiative_id > "
              "? AND f.amount IS NOT NULL AND f.currency IS NOT NULL AND f.currency <> '' ORDER "
              "BY f.initiative_id");
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
