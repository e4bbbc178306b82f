#include "InitiativeWriter.h"

#include "InitiativeLabels.h"
#include "ParallelTextIndex.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace ssc {

InitiativeWriter::InitiativeWriter(QSqlDatabase db)
    : m_db(std::move(db)), m_findInitiative(m_db, "SELECT 1 FROM initiative WHERE key = ?"),
      m_findSource(m_db, "SELECT id FROM source WHERE key = ?"),
      m_findOrganisation(m_db, "SELECT id, name, acronym FROM organisation WHERE key = ?"),
      m_insertSource(m_db, "INSERT INTO source (key, title, url, date, publisher, file) "
                           "VALUES (?,?,?,?,?,?)"),
      m_insertOrganisation(m_db, "INSERT INTO organisation (key, name, acronym, type, "
                                 "country_code) VALUES (?,?,?,?,?)"),
      m_insertOrganisationSource(m_db, "INSERT INTO organisation_source "
                                       "(organisation_id, source_id, position) VALUES (?,?,?)"),
      m_insertInitiative(
          m_db, "INSERT INTO initiative (key, title, summary, description, status, "
                "start_date, end_date, start_year, end_year, activity_type, beneficiaries, "
                "results, countries_label, areas_label, partners_label, funding_label, "
                "country_names, partner_names, triangular, language) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      m_insertModality(m_db, "INSERT INTO initiative_modality (initiative_id, modality, position) "
                             "VALUES (?,?,?)"),
      m_insertCountry(m_db, "INSERT INTO initiative_country (initiative_id, country_code, role, "
                            "position, percentage) VALUES (?,?,?,?,?)"),
      m_insertArea(m_db, "INSERT INTO initiative_area (initiative_id, area_id, position) "
                         "VALUES (?,?,?)"),
      m_insertPartner(m_db, "INSERT INTO initiative_partner (initiative_id, organisation_id, role, "
                            "position) VALUES (?,?,?,?)"),
      m_insertFunding(m_db, "INSERT INTO funding (initiative_id, source_id, amount, currency, "
                            "year, position) VALUES (?,?,?,?,?,?)"),
      m_insertSdg(m_db, "INSERT INTO initiative_sdg (initiative_id, goal, target, position) "
                        "VALUES (?,?,?,?)"),
      m_insertInitiativeSource(m_db, "INSERT INTO initiative_source (initiative_id, source_id, "
                                     "position) VALUES (?,?,?)"),
      m_insertTranslation(m_db, "INSERT INTO initiative_translation (initiative_id, field, "
                                "language, text, position) VALUES (?,?,?,?,?)")
{}

Status InitiativeWriter::fail(const SqliteStatement &statement, const QString &what)
{
    return Error{QCoreApplication::translate("InitiativeWriter", "Could not write %1: %2")
                     .arg(what, statement.errorText()),
                 Error::Kind::Catalogue};
}

qint64 InitiativeWriter::sourceRowId(const QString &key)
{
    if (const auto it = m_sources.constFind(key); it != m_sources.cend())
        return *it;
    m_findSource.bindText(1, key);
    const qint64 rowId = m_findSource.next() ? m_findSource.columnInt(0) : -1;
    m_findSource.reset();
    if (rowId >= 0)
        m_sources.insert(key, rowId);
    return rowId;
}

const InitiativeWriter::OrganisationRow *InitiativeWriter::organisationRow(const QString &key)
{
    if (const auto it = m_organisations.constFind(key); it != m_organisations.cend())
        return &*it;
    m_findOrganisation.bindText(1, key);
    if (!m_findOrganisation.next()) {
        m_findOrganisation.reset();
        return nullptr;
    }
    Organisation o;
    o.name = m_findOrganisation.columnText(1);
    o.acronym = m_findOrganisation.columnText(2);
    const OrganisationRow row{m_findOrganisation.columnInt(0), o.displayName(),
                              o.acronym.isEmpty() ? o.name : o.name + QLatin1Char(' ') + o.acronym};
    m_findOrganisation.reset();
    return &*m_organisations.insert(key, row);
}

bool InitiativeWriter::initiativeExists(const QString &key)
{
    m_findInitiative.bindText(1, key);
    const bool found = m_findInitiative.next();
    m_findInitiative.reset();
    return found;
}

Status InitiativeWriter::addSource(const Source &s)
{
    SqliteStatement &q = m_insertSource;
    int i = 1;
    for (const QString &v : {s.id, s.title, s.url, s.date, s.publisher, s.file})
        q.bind(i++, v.isEmpty() ? QString() : v);
    if (!q.execute())
        return fail(q, QCoreApplication::translate("InitiativeWriter", "source %1").arg(s.id));
    m_sources.insert(s.id, sqlite3_last_insert_rowid(SqliteStatement::handle(m_db)));
    return success();
}

Status InitiativeWriter::addOrganisation(const Organisation &o)
{
    const QString what =
        QCoreApplication::translate("InitiativeWriter", "organisation %1").arg(o.id);
    SqliteStatement &q = m_insertOrganisation;
    int i = 1;
    for (const QString &v : {o.id, o.name, o.acronym, o.type, o.country})
        q.bind(i++, v.isEmpty() ? QString() : v);
    if (!q.execute())
        return fail(q, what);
    const qint64 rowId = sqlite3_last_insert_rowid(SqliteStatement::handle(m_db));
    qint64 position = 0;
    for (const QString &sourceKey : o.sources) {
        m_insertOrganisationSource.bind(1, rowId);
        m_insertOrganisationSource.bind(2, sourceRowId(sourceKey));
        m_insertOrganisationSource.bind(3, position++);
        if (!m_insertOrganisationSource.execute())
            return fail(m_insertOrganisationSource, what);
    }
    return success();
}

Status InitiativeWriter::addInitiative(const Initiative &in)
{
    // Named only when a write fails: a million translations add up.
    auto what = [&in] {
        return QCoreApplication::translate("InitiativeWriter", "initiative %1").arg(in.id);
    };
    InitiativeLabels labels(&m_labels);
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

    SqliteStatement &q = m_insertInitiative;
    auto orNull = [](const QString &text) { return text.isEmpty() ? QString() : text; };
    q.bindText(1, in.id);
    q.bindText(2, in.title);
    q.bindText(3, in.summary);
    q.bindText(4, in.description);
    q.bind(5, orNull(in.status));
    q.bind(6, orNull(in.start));
    q.bind(7, orNull(in.end));
    q.bind(8, in.startYear());
    // NULL for an ongoing initiative with no end: it is still running.
    q.bind(9, in.isOpenEnded() ? std::optional<int>() : in.endYear());
    q.bind(10, orNull(in.activityType));
    q.bindText(11, in.beneficiaries);
    q.bindText(12, in.results);
    q.bindText(13, labels.countriesLabel());
    q.bindText(14, labels.areasLabel());
    q.bindText(15, labels.partnersLabel());
    q.bindText(16, labels.fundingLabel());
    q.bindText(17, labels.countryNames());
    q.bindText(18, labels.partnerNames());
    q.bind(19, qint64(in.triangular ? 1 : 0));
    q.bindText(20, in.language);
    if (!q.execute())
        return fail(q, what());
    const qint64 rowId = sqlite3_last_insert_rowid(SqliteStatement::handle(m_db));
    // The columns the full-text trigger indexes, in the table's order.
    if (m_textIndex)
        m_textIndex->add(rowId, {q.boundText(2), q.boundText(3), q.boundText(4), q.boundText(18),
                                 q.boundText(17)});

    qint64 position = 0;
    for (const QString &m : in.modalities) {
        m_insertModality.bind(1, rowId);
        m_insertModality.bindText(2, m);
        m_insertModality.bind(3, position++);
        if (!m_insertModality.execute())
            return fail(m_insertModality, what());
    }
    position = 0;
    for (const CountryParticipation &c : in.countries) {
        m_insertCountry.bind(1, rowId);
        m_insertCountry.bindText(2, c.code);
        m_insertCountry.bindText(3, c.role);
        m_insertCountry.bind(4, position++);
        if (c.percentage)
            m_insertCountry.bind(5, *c.percentage);
        else
            m_insertCountry.bindNull(5);
        if (!m_insertCountry.execute())
            return fail(m_insertCountry, what());
    }
    position = 0;
    for (const QString &area : in.programmeAreas) {
        m_insertArea.bind(1, rowId);
        m_insertArea.bindText(2, area);
        m_insertArea.bind(3, position++);
        if (!m_insertArea.execute())
            return fail(m_insertArea, what());
    }
    position = 0;
    for (const Partnership &p : in.partners) {
        const OrganisationRow *org = organisationRow(p.organisation);
        if (!org)
            return fail(m_insertPartner, what());
        m_insertPartner.bind(1, rowId);
        m_insertPartner.bind(2, org->rowId);
        m_insertPartner.bindText(3, p.role);
        m_insertPartner.bind(4, position++);
        if (!m_insertPartner.execute())
            return fail(m_insertPartner, what());
    }
    position = 0;
    for (const FundingRecord &f : in.funding) {
        const OrganisationRow *org = organisationRow(f.source);
        if (!org)
            return fail(m_insertFunding, what());
        m_insertFunding.bind(1, rowId);
        m_insertFunding.bind(2, org->rowId);
        if (f.amount)
            m_insertFunding.bind(3, *f.amount);
        else
            m_insertFunding.bindNull(3);
        m_insertFunding.bind(4, orNull(f.currency));
        m_insertFunding.bind(5, f.year);
        m_insertFunding.bind(6, position++);
        if (!m_insertFunding.execute())
            return fail(m_insertFunding, what());
    }
    position = 0;
    for (const QString &sdg : in.sdgs) {
        m_insertSdg.bind(1, rowId);
        m_insertSdg.bind(2, qint64(sdg.section(QLatin1Char('.'), 0, 0).toInt()));
        m_insertSdg.bindText(3, sdg.contains(QLatin1Char('.')) ? sdg : QString());
        m_insertSdg.bind(4, position++);
        if (!m_insertSdg.execute())
            return fail(m_insertSdg, what());
    }
    position = 0;
    for (const QString &sourceKey : in.sources) {
        m_insertInitiativeSource.bind(1, rowId);
        m_insertInitiativeSource.bind(2, sourceRowId(sourceKey));
        m_insertInitiativeSource.bind(3, position++);
        if (!m_insertInitiativeSource.execute())
            return fail(m_insertInitiativeSource, what());
    }
    position = 0;
    for (const Translation &t : in.translations) {
        m_insertTranslation.bind(1, rowId);
        m_insertTranslation.bindText(2, t.field);
        m_insertTranslation.bindText(3, t.language);
        m_insertTranslation.bindText(4, t.text);
        m_insertTranslation.bind(5, position++);
        if (!m_insertTranslation.execute())
            return fail(m_insertTranslation, what());
    }
    return success();
}

} // namespace ssc
