#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"
#include "core/domain/InitiativeLabels.h"
#include "core/storage/MultiRowInsert.h"
#include "core/storage/SqliteStatement.h"

#include <QHash>
#include <QSqlDatabase>

namespace ssc {

class ParallelTextIndex;

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
    // During a bulk write that builds the full-text index alongside: each
    // initiative's searchable texts also go to index.
    void setTextIndex(ParallelTextIndex *index) { m_textIndex = index; }

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
    Status fail(const SqliteStatement &statement, const QString &what);

    QSqlDatabase m_db;
    ParallelTextIndex *m_textIndex = nullptr;
    QHash<QString, qint64> m_sources;
    QHash<QString, OrganisationRow> m_organisations;
    InitiativeLabels::Memo m_labels;
    SqliteStatement m_findInitiative;
    SqliteStatement m_findSource;
    SqliteStatement m_findOrganisation;
    SqliteStatement m_insertSource;
    SqliteStatement m_insertOrganisation;
    SqliteStatement m_insertOrganisationSource;
    SqliteStatement m_insertInitiative;
    MultiRowInsert m_insertModality;
    MultiRowInsert m_insertCountry;
    MultiRowInsert m_insertArea;
    MultiRowInsert m_insertPartner;
    MultiRowInsert m_insertFunding;
    MultiRowInsert m_insertSdg;
    MultiRowInsert m_insertInitiativeSource;
    MultiRowInsert m_insertTranslation;
};

} // namespace ssc
