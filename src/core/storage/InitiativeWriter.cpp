#include "core/storage/InitiativeWriter.h"

#include "core/domain/InitiativeLabels.h"
#include "core/storage/ParallelTextIndex.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace ssc {

namespace {

// What search reads of the translations: their texts, one a line, as
// resources/schema/008_translation_search.sql fills the column.
QString translationTexts(const Initiative &in)
{
    if (in.translations.empty())
        return {};
    QString texts;
    for (const Translation &t : in.translations) {
        if (!texts.isEmpty())
            texts += QLatin1Char('\n');
        texts += t.text;
    }
    return texts;
}

} // namespace

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
                "country_names, partner_names, triangular, language, iati_identifier, "
                "translation_texts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      m_insertModality(m_db, "INSERT INTO initiative_modality (initiative_id, modality, position)",
                       3),
      m_insertCountry(m_db,
                      "INSERT INTO initiative_country (initiative_id, country_code, role, "
                      "position, percentage)",
                      5),
      m_insertArea(m_db, "INSERT INTO initiative_area (initiative_id, area_id, position)", 3),
      m_insertPartner(m_db,
                      "INSERT INTO initiative_partner (initiative_id, organisation_id, role, "
                      "position)",
                      4),
      m_insertFunding(m_db,
                      "INSERT INTO funding (initiative_id, source_id, amount, currency, year, "
                      "position)",
                      6),
      m_insertSdg(m_db, "INSERT INTO initiative_sdg (initiative_id, goal, target, position)", 4),
      m_insertInitiativeSource(
          m_db, "INSERT INTO initiative_source (initiative_id, source_id, position)", 3),
      m_insertTranslation(m_db,
                          "INSERT INTO initiative_translation (initiative_id, field, language, "
                          "text, position)",
                          5)
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
    auto missing = [&](const QString &organisation) {
        return Error{QCoreApplication::translate("InitiativeWriter",
                                                 "Could not write initiative %1: organisation %2 "
                                                 "is not in the catalogue")
                         .arg(in.id, organisation),
                     Error::Kind::Catalogue};
    };
    InitiativeLabels labels(&m_labels);
    labels.describeCountries(in.countries);
    labels.describeAreas(in.programmeAreas);
    QVarLengthArray<qint64, 16> partnerRows;
    QVarLengthArray<qint64, 16> fundingRows;
    for (const Partnership &p : in.partners) {
        const OrganisationRow *org = organisationRow(p.organisation);
        if (!org)
            return missing(p.organisation);
        labels.addPartner(org->displayName, org->searchName, p.role);
        partnerRows.push_back(org->rowId);
    }
    for (const FundingRecord &f : in.funding) {
        const OrganisationRow *org = organisationRow(f.source);
        if (!org)
            return missing(f.source);
        labels.addFunding(org->displayName, f);
        fundingRows.push_back(org->rowId);
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
    q.bindText(21, in.iatiIdentifier);
    q.bindText(22, translationTexts(in));
    if (!q.execute())
        return fail(q, what());
    const qint64 rowId = sqlite3_last_insert_rowid(SqliteStatement::handle(m_db));
    // The columns the full-text trigger indexes, in the table's order.
    if (m_textIndex)
        m_textIndex->add(rowId, {q.boundText(2), q.boundText(3), q.boundText(4), q.boundText(18),
                                 q.boundText(17), q.boundText(22)});

    // Each table's rows of this initiative go in with one statement.
    // Modalities and programme areas: (initiative, code, position).
    auto codesIn = [rowId](const QStringList &codes) {
        return [rowId, &codes](SqliteStatement &q, qsizetype i, int p) {
            q.bind(p, rowId);
            q.bindText(p + 1, codes[i]);
            q.bind(p + 2, qint64(i));
        };
    };
    const SqliteStatement *failed =
        m_insertModality.insert(in.modalities.size(), codesIn(in.modalities));
    if (!failed)
        failed = m_insertCountry.insert(qsizetype(in.countries.size()),
                                        [&](SqliteStatement &q, qsizetype i, int p) {
                                            const CountryParticipation &c = in.countries[size_t(i)];
                                            q.bind(p, rowId);
                                            q.bindText(p + 1, c.code);
                                            q.bindText(p + 2, c.role);
                                            q.bind(p + 3, qint64(i));
                                            q.bind(p + 4, c.percentage);
                                        });
    if (!failed)
        failed = m_insertArea.insert(in.programmeAreas.size(), codesIn(in.programmeAreas));
    if (!failed)
        failed = m_insertPartner.insert(qsizetype(in.partners.size()),
                                        [&](SqliteStatement &q, qsizetype i, int p) {
                                            const Partnership &partner = in.partners[size_t(i)];
                                            q.bind(p, rowId);
                                            q.bind(p + 1, partnerRows[i]);
                                            q.bindText(p + 2, partner.role);
                                            q.bind(p + 3, qint64(i));
                                        });
    if (!failed)
        failed = m_insertFunding.insert(qsizetype(in.funding.size()),
                                        [&](SqliteStatement &q, qsizetype i, int p) {
                                            const FundingRecord &f = in.funding[size_t(i)];
                                            q.bind(p, rowId);
                                            q.bind(p + 1, fundingRows[i]);
                                            q.bind(p + 2, f.amount);
                                            q.bind(p + 3, orNull(f.currency));
                                            q.bind(p + 4, f.year);
                                            q.bind(p + 5, qint64(i));
                                        });
    if (!failed)
        failed = m_insertSdg.insert(in.sdgs.size(), [&](SqliteStatement &q, qsizetype i, int p) {
            const QString &sdg = in.sdgs[i];
            q.bind(p, rowId);
            q.bind(p + 1, qint64(sdg.section(QLatin1Char('.'), 0, 0).toInt()));
            q.bindText(p + 2, sdg.contains(QLatin1Char('.')) ? sdg : QString());
            q.bind(p + 3, qint64(i));
        });
    if (!failed)
        failed = m_insertInitiativeSource.insert(in.sources.size(),
                                                 [&](SqliteStatement &q, qsizetype i, int p) {
                                                     q.bind(p, rowId);
                                                     q.bind(p + 1, sourceRowId(in.sources[i]));
                                                     q.bind(p + 2, qint64(i));
                                                 });
    if (!failed)
        failed = m_insertTranslation.insert(qsizetype(in.translations.size()),
                                            [&](SqliteStatement &q, qsizetype i, int p) {
                                                const Translation &t = in.translations[size_t(i)];
                                                q.bind(p, rowId);
                                                q.bindText(p + 1, t.field);
                                                q.bindText(p + 2, t.language);
                                                q.bindText(p + 3, t.text);
                                                q.bind(p + 4, qint64(i));
                                            });
    return failed ? fail(*failed, what()) : success();
}

} // namespace ssc
