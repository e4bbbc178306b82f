#pragma once

#include "Initiative.h"
#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace ssc {

// Writes sources, organisations and initiatives with prepared statements,
// including the display labels and search names kept on each initiative row.
// Runs inside the caller's transaction; the store owns the transaction.
class InitiativeWriter
{
public:
    explicit InitiativeWriter(QSqlDatabase db);

    Status addSource(const Source &source);
    Status addOrganisation(const Organisation &organisation);
    Status addInitiative(const Initiative &initiative);

    bool initiativeExists(const QString &key);
    bool sourceExists(const QString &key) { return sourceRowId(key) >= 0; }
    bool organisationExists(const QString &key) { return organisationRow(key) != nullptr; }

private:
    struct OrganisationRow
    {
        qint64 rowId = -1;
        QString displayName;
        QString searchName;
    };

    qint64 sourceRowId(const QString &key);
    const OrganisationRow *organisationRow(const QString &key);
    Status fail(const QSqlQuery &query, const QString &what);
    QSqlQuery prepare(const QString &sql);

    QSqlDatabase m_db;
    QSqlQuery m_findInitiative;
    QSqlQuery m_findSource;
    QSqlQuery m_findOrganisation;
    QHash<QString, qint64> m_sources;
    QHash<QString, OrganisationRow> m_organisations;
    QSqlQuery m_insertInitiative;
    QSqlQuery m_insertModality;
    QSqlQuery m_insertCountry;
    QSqlQuery m_insertArea;
    QSqlQuery m_insertPartner;
    QSqlQuery m_insertFunding;
    QSqlQuery m_insertSdg;
    QSqlQuery m_insertInitiativeSource;
};

} // namespace ssc
