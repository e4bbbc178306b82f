#include "InitiativeWriter.h"

#include "InitiativeLabels.h"
#include "ReferenceData.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ssc {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// Qt binds a null QString as NULL; NOT NULL text columns need ''.
QVariant textNotNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

template <typename T> QVariant optionalOrNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

InitiativeWriter::InitiativeWriter(QSqlDatabase db) : m_db(std::move(db))
{
    m_findInitiative = prepare(QStringLiteral("SELECT 1 FROM initiative WHERE key = ?"));
    m_findSource = prepare(QStringLiteral("SELECT id FROM source WHERE key = ?"));
    m_findOrganisation =
        prepare(QStringLiteral("SELECT id, name, acronym FROM organisation WHERE key = ?"));
    m_insertInitiative = prepare(QStringLiteral(
        "INSERT INTO initiative (key, title, summary, description, status, start_date, end_date, "
        "start_year, end_year, activity_type, beneficiaries, results, countries_label, "
        "areas_label, partners_label, funding_label, country_names, partner_names) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_insertModality = prepare(QStringLiteral(
        "INSERT INTO initiative_modality (initiative_id, modality, position) VALUES (?,?,?)"));
    m_insertCountry = prepare(QStringLiteral("INSERT INTO initiative_country "
                                             "(initiative_id, country_code, role, position) "
                                             "VALUES (?,?,?,?)"));
    m_insertArea = prepare(QStringLiteral(
        "INSERT INTO initiative_area (initiative_id, area_id, position) VALUES (?,?,?)"));
    m_insertPartner = prepare(QStringLiteral("INSERT INTO initiative_partner "
                                             "(initiative_id, organisation_id, role, position) "
                                             "VALUES (?,?,?,?)"));
    m_insertFunding = prepare(QStringLiteral(
        "INSERT INTO funding (initiative_id, source_id, amount, currency, year, position) "
        "VALUES (?,?,?,?,?,?)"));
    m_insertSdg = prepare(QStringLiteral(
        "INSERT INTO initiative_sdg (initiative_id, goal, target, position) VALUES (?,?,?,?)"));
    m_insertInitiativeSource = prepare(QStringLiteral(
        "INSERT INTO initiative_source (initiative_id, source_id, position) VALUES (?,?,?)"));
}

QSqlQuery InitiativeWriter::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    return q;
}

Status InitiativeWriter::fail(const QSqlQuery &query, const QString &what)
{
    return Error{QCoreApplication::translate("InitiativeWriter", "Could not write %1: %2")
                     .arg(what, query.lastError().text()),
                 Error::Kind::Catalogue};
}

qint64 InitiativeWriter::sourceRowId(const QString &key)
{
    if (const auto it = m_sources.constFind(key); it != m_sources.cend())
        return *it;
    QSqlQuery &q = m_findSource;
    q.bindValue(0, key);
    if (q.exec() && q.next()) {
        const qint64 rowId = q.value(0).toLongLong();
        q.finish();
        m_sources.insert(key, rowId);
        return rowId;
    }
    q.finish();
    return -1;
}

const InitiativeWriter::OrganisationRow *InitiativeWriter::organisationRow(const QString &key)
{
    if (const auto it = m_organisations.constFind(key); it != m_organisations.cend())
        return &*it;
    QSqlQuery &q = m_findOrganisation;
    q.bindValue(0, key);
    if (!q.exec() || !q.next()) {
        q.finish();
        return nullptr;
    }
    Organisation o;
    o.name = q.value(1).toString();
    o.acronym = q.value(2).toString();
    OrganisationRow row{q.value(0).toLongLong(), o.displayName(),
                        o.acronym.isEmpty() ? o.name : o.name + QLatin1Char(' ') + o.acronym};
    q.finish();
    return &*m_organisations.insert(key, row);
}

bool InitiativeWriter::initiativeExists(const QString &key)
{
    QSqlQuery &q = m_findInitiative;
    q.bindValue(0, key);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Status InitiativeWriter::addSource(const Source &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO source (key, title, url, date, publisher, file) VALUES (?,?,?,?,?,?)"));
    for (const QString &v : {s.id, s.title, s.url, s.date, s.publisher, s.file})
        q.addBindValue(textOrNull(v));
    if (!q.exec())
        return fail(q, QCoreApplication::translate("InitiativeWriter", "source %1").arg(s.id));
    m_sources.insert(s.id, q.lastInsertId().toLongLong());
    return success();
}

Status InitiativeWriter::addOrganisation(const Organisation &o)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO organisation (key, name, acronym, type, country_code) "
                             "VALUES (?,?,?,?,?)"));
    for (const QString &v : {o.id, o.name, o.acronym, o.type, o.country})
        q.addBindValue(textOrNull(v));
    if (!q.exec())
        return fail(q,
                    QCoreApplication::translate("InitiativeWriter", "organisation %1").arg(o.id));
    const qint64 rowId = q.lastInsertId().toLongLong();
    int position = 0;
    for (const QString &sourceKey : o.sources) {
        QSqlQuery link(m_db);
        link.prepare(QStringLiteral("INSERT INTO organisation_source "
                                    "(organisation_id, source_id, position) VALUES (?,?,?)"));
        link.addBindValue(rowId);
        link.addBindValue(sourceRowId(sourceKey));
        link.addBindValue(position++);
        if (!link.exec())
            return fail(
                link, QCoreApplication::translate("InitiativeWriter", "organisation %1").arg(o.id));
    }
    return success();
}

Status InitiativeWriter::addInitiative(const Initiative &in)
{
    const QString what =
        QCoreApplication::translate("InitiativeWriter", "initiative %1").arg(in.id);
    InitiativeLabels labels;
    labels.describeCountries(in.countries);
    labels.describeAreas(in.programmeAreas);
    for (const Partnership &p : in.partners) {
        const OrganisationRow *org = organisationRow(p.organisation);
        labels.addPartner(org ? org->displayName : p.organisation,
                          org ? org->searchName : QString(), p.role);
    }
    for (const FundingRecord &f : in.funding) {
        const OrganisationRow *org = organisationRow(f.source);
        labels.addFunding(org ? org->displayName : f.source, f);
    }

    QSqlQuery &q = m_insertInitiative;
    const QVariantList values{in.id,
                              in.title,
                              textNotNull(in.summary),
                              textNotNull(in.description),
                              textOrNull(in.status),
                              textOrNull(in.start),
                              textOrNull(in.end),
                              optionalOrNull(in.startYear()),
                              in.isOpenEnded() ? optionalOrNull(std::optional<int>())
                                               : optionalOrNull(in.endYear()),
                              textOrNull(in.activityType),
                              textNotNull(in.beneficiaries),
                              textNotNull(in.results),
                              textNotNull(labels.countriesLabel()),
                              textNotNull(labels.areasLabel()),
                              textNotNull(labels.partnersLabel()),
                              textNotNull(labels.fundingLabel()),
                              textNotNull(labels.countryNames()),
                              textNotNull(labels.partnerNames())};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return fail(q, what);
    const qint64 rowId = q.lastInsertId().toLongLong();

    auto run = [&](QSqlQuery &query, const QVariantList &row) {
        for (int i = 0; i < row.size(); ++i)
            query.bindValue(i, row[i]);
        return query.exec();
    };
    int position = 0;
    for (const QString &m : in.modalities) {
        if (!run(m_insertModality, {rowId, m, position++}))
            return fail(m_insertModality, what);
    }
    position = 0;
    for (const CountryParticipation &c : in.countries) {
        if (!run(m_insertCountry, {rowId, c.code, c.role, position++}))
            return fail(m_insertCountry, what);
    }
    position = 0;
    for (const QString &area : in.programmeAreas) {
        if (!run(m_insertArea, {rowId, area, position++}))
            return fail(m_insertArea, what);
    }
    position = 0;
    for (const Partnership &p : in.partners) {
        const OrganisationRow *org = organisationRow(p.organisation);
        if (!org || !run(m_insertPartner, {rowId, org->rowId, p.role, position++}))
            return fail(m_insertPartner, what);
    }
    position = 0;
    for (const FundingRecord &f : in.funding) {
        const OrganisationRow *org = organisationRow(f.source);
        if (!org || !run(m_insertFunding,
                         {rowId, org->rowId,
                          f.amount ? QVariant(*f.amount) : QVariant(QMetaType(QMetaType::Double)),
                          textOrNull(f.currency), optionalOrNull(f.year), position++}))
            return fail(m_insertFunding, what);
    }
    position = 0;
    for (const QString &sdg : in.sdgs) {
        const QString goal = sdg.section(QLatin1Char('.'), 0, 0);
        const QString target = sdg.contains(QLatin1Char('.')) ? sdg : QStringLiteral("");
        if (!run(m_insertSdg, {rowId, goal.toInt(), target, position++}))
            return fail(m_insertSdg, what);
    }
    position = 0;
    for (const QString &sourceKey : in.sources) {
        if (!run(m_insertInitiativeSource, {rowId, sourceRowId(sourceKey), position++}))
            return fail(m_insertInitiativeSource, what);
    }
    return success();
}

} // namespace ssc
