#include "InitiativeReader.h"

#include "PreparedQuery.h"

#include <QSqlQuery>
#include <QVariant>

namespace ssc {

namespace {

const char *const kInitiativeColumns =
    "SELECT id, key, title, summary, description, status, start_date, end_date, "
    "activity_type, beneficiaries, results FROM initiative ";

Initiative initiativeFrom(const QSqlQuery &q)
{
    Initiative in;
    in.id = q.value(1).toString();
    in.title = q.value(2).toString();
    in.summary = q.value(3).toString();
    in.description = q.value(4).toString();
    in.status = q.value(5).toString();
    in.start = q.value(6).toString();
    in.end = q.value(7).toString();
    in.activityType = q.value(8).toString();
    in.beneficiaries = q.value(9).toString();
    in.results = q.value(10).toString();
    return in;
}

QStringList stringsOf(QSqlQuery &q)
{
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

} // namespace

void InitiativeReader::fillLists(qint64 rowId, Initiative &in) const
{
    QSqlQuery q = execPrepared(m_db,
                               QStringLiteral("SELECT modality FROM initiative_modality "
                                              "WHERE initiative_id = ? ORDER BY position"),
                               {rowId});
    in.modalities = stringsOf(q);
    q = execPrepared(m_db,
                     QStringLiteral("SELECT country_code, role FROM initiative_country "
                                    "WHERE initiative_id = ? ORDER BY position"),
                     {rowId});
    while (q.next())
        in.countries.push_back({q.value(0).toString(), q.value(1).toString()});
    q = execPrepared(m_db,
                     QStringLiteral("SELECT area_id FROM initiative_area WHERE initiative_id = ? "
                                    "ORDER BY position"),
                     {rowId});
    in.programmeAreas = stringsOf(q);
    q = execPrepared(m_db,
                     QStringLiteral("SELECT o.key, p.role FROM initiative_partner p "
                                    "JOIN organisation o ON o.id = p.organisation_id "
                                    "WHERE p.initiative_id = ? ORDER BY p.position"),
                     {rowId});
    while (q.next())
        in.partners.push_back({q.value(0).toString(), q.value(1).toString()});
    q = execPrepared(m_db,
                     QStringLiteral("SELECT o.key, f.amount, f.currency, f.year FROM funding f "
                                    "JOIN organisation o ON o.id = f.source_id "
                                    "WHERE f.initiative_id = ? ORDER BY f.position"),
                     {rowId});
    while (q.next()) {
        FundingRecord f;
        f.source = q.value(0).toString();
        if (!q.value(1).isNull())
            f.amount = q.value(1).toDouble();
        f.currency = q.value(2).toString();
        if (!q.value(3).isNull())
            f.year = q.value(3).toInt();
        in.funding.push_back(f);
    }
    q = execPrepared(
        m_db,
        QStringLiteral("SELECT CASE WHEN target = '' THEN CAST(goal AS TEXT) ELSE target END "
                       "FROM initiative_sdg WHERE initiative_id = ? ORDER BY position"),
        {rowId});
    in.sdgs = stringsOf(q);
    q = execPrepared(
        m_db,
        QStringLiteral("SELECT s.key FROM initiative_source x JOIN source s "
                       "ON s.id = x.source_id WHERE x.initiative_id = ? ORDER BY x.position"),
        {rowId});
    in.sources = stringsOf(q);
}

std::optional<Initiative> InitiativeReader::initiative(const QString &key) const
{
    QSqlQuery q = execPrepared(
        m_db, QLatin1String(kInitiativeColumns) + QStringLiteral("WHERE key = ?"), {key});
    if (!q.next())
        return std::nullopt;
    Initiative in = initiativeFrom(q);
    fillLists(q.value(0).toLongLong(), in);
    return in;
}

bool InitiativeReader::forEachInitiative(const std::function<void(Initiative &&)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kInitiativeColumns) + QStringLiteral("ORDER BY id")))
        return false;
    while (q.next()) {
        Initiative in = initiativeFrom(q);
        fillLists(q.value(0).toLongLong(), in);
        visit(std::move(in));
    }
    return true;
}

std::vector<Source> InitiativeReader::sources() const
{
    std::vector<Source> list;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT key, title, url, date, publisher, file FROM source ORDER BY id"));
    while (q.next()) {
        list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return list;
}

std::vector<Organisation> InitiativeReader::organisations() const
{
    std::vector<Organisation> list;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT key FROM organisation ORDER BY id"));
    while (q.next()) {
        if (auto o = organisation(q.value(0).toString()))
            list.push_back(*o);
    }
    return list;
}

std::optional<Organisation> InitiativeReader::organisation(const QString &key) const
{
    QSqlQuery q = execPrepared(m_db,
                               QStringLiteral("SELECT id, key, name, acronym, type, country_code "
                                              "FROM organisation WHERE key = ?"),
                               {key});
    if (!q.next())
        return std::nullopt;
    Organisation o{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toString(), {}};
    QSqlQuery s =
        execPrepared(m_db,
                     QStringLiteral("SELECT s.key FROM organisation_source x JOIN source s "
                                    "ON s.id = x.source_id WHERE x.organisation_id = ? "
                                    "ORDER BY x.position"),
                     {q.value(0)});
    o.sources = stringsOf(s);
    return o;
}

} // namespace ssc
