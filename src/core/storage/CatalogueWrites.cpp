// The write side of CatalogueStore: the one write path (writeChange) and
// every write that goes through it. Imports write through it too
// (CatalogueImportSink.cpp).
#include "core/storage/CatalogueStore.h"

#include "core/domain/CatalogueValidator.h"
#include "core/storage/BulkLoad.h"
#include "core/storage/InitiativeWriter.h"
#include "core/storage/PreparedQuery.h"
#include "core/storage/ScopedPragma.h"
#include "core/storage/ScopedTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueStore)
};

} // namespace

Error CatalogueStore::writeError(const QString &detail) const
{
    return Error{Tr::tr("Cannot write to %1: %2").arg(m_path, detail), Error::Kind::Catalogue};
}

Status CatalogueStore::writeChange(const std::function<Status(CatalogueChange &)> &write)
{
    CatalogueChange change;
    {
        // A write waits this long for another program's write (an import
        // there) to finish: reads keep the connection's shorter timeout.
        constexpr int kWriteWaitSeconds = 30;
        ScopedPragma wait(m_db, "busy_timeout", kWriteWaitSeconds * 1000);
        ScopedTransaction transaction(m_db);
        if (!transaction.isActive() && transaction.wasBusy())
            return Error{Tr::tr("Cannot write to %1: another program has been writing to it for "
                                "%2 seconds (an import, perhaps). Nothing was written; try again "
                                "when it has finished.")
                             .arg(m_path)
                             .arg(kWriteWaitSeconds),
                         Error::Kind::Catalogue};
        if (!transaction.isActive())
            return writeError(transaction.error().text());
        if (Status s = write(change); !s)
            return s;
        if (!bumpRevision() || !transaction.commit())
            return writeError(m_db.lastError().text());
    }
    change.revision = revision();
    return m_engine->changed(change);
}

Status CatalogueStore::deleteRow(qint64 rowId, CatalogueChange &change)
{
    QSqlQuery del =
        execPrepared(m_db, QStringLiteral("DELETE FROM initiative WHERE id = ?"), {rowId});
    if (del.lastError().isValid())
        return writeError(del.lastError().text());
    change.removedRowIds.push_back(rowId);
    return success();
}

Status CatalogueStore::setName(const QString &name)
{
    return writeChange([&](CatalogueChange &change) {
        change.rowsAdded = false;
        return setInfo(QStringLiteral("name"), name);
    });
}

// Sources, organisations and initiatives of content, and its name and
// synthetic mark, inside the caller's transaction.
Status CatalogueStore::writeRecords(InitiativeWriter &writer, const CatalogueContent &content)
{
    for (const Source &s : content.sources) {
        if (Status st = writer.addSource(s); !st)
            return st;
    }
    for (const Organisation &o : content.organisations) {
        if (Status st = writer.addOrganisation(o); !st)
            return st;
    }
    for (const Initiative &in : content.initiatives) {
        if (Status st = writer.addInitiative(in); !st)
            return st;
    }
    if (!content.name.isEmpty() && name().isEmpty()) {
        if (Status st = setInfo(QStringLiteral("name"), content.name); !st)
            return st;
    }
    if (content.synthetic)
        return setInfo(QStringLiteral("synthetic"), QStringLiteral("1"));
    return success();
}

Status CatalogueStore::addContent(const CatalogueContent &content)
{
    InitiativeWriter writer(m_db);
    CatalogueValidator::Existing existing;
    existing.source = [&writer](const QString &k) { return writer.sourceExists(k); };
    existing.organisation = [&writer](const QString &k) { return writer.organisationExists(k); };
    existing.initiative = [&writer](const QString &k) { return writer.initiativeExists(k); };
    if (Status s = CatalogueValidator::validate(content, existing); !s)
        return s;
    return writeChange([&](CatalogueChange &) -> Status {
        if (Status s = writeRecords(writer, content); !s)
            return s;
        return adoptHistory(content.history, content.savedSearches);
    });
}

Status CatalogueStore::addInBulk(const CatalogueContent &base,
                                 const std::function<bool(Initiative &)> &next,
                                 const std::function<bool(qint64)> &progress)
{
    return writeChange([&](CatalogueChange &) -> Status {
        BulkLoad bulk(m_db, m_path);
        if (Status s = bulk.suspendIndexes(); !s)
            return s;
        InitiativeWriter writer(m_db);
        writer.setTextIndex(bulk.textIndex());
        if (Status s = writeRecords(writer, base); !s)
            return s;
        Initiative in;
        qint64 written = 0;
        while (next(in)) {
            if (Status st = writer.addInitiative(in); !st)
                return st;
            ++written;
            if (progress && written % 10000 == 0 && !progress(written))
                return Error{Tr::tr("Cancelled; nothing was written to %1").arg(m_path)};
        }
        return bulk.rebuildIndexes();
    });
}

Status CatalogueStore::removeInitiative(const QString &id)
{
    auto rowId = rowIdOf(id);
    if (!rowId.ok())
        return rowId.error();
    return writeChange([&](CatalogueChange &change) -> Status {
        change.rowsAdded = false;
        return deleteRow(*rowId, change);
    });
}

Status CatalogueStore::replaceInitiative(const Initiative &initiative)
{
    auto rowId = rowIdOf(initiative.id);
    if (!rowId.ok())
        return rowId.error();
    InitiativeWriter writer(m_db);
    CatalogueValidator::Existing existing;
    existing.source = [&writer](const QString &k) { return writer.sourceExists(k); };
    existing.organisation = [&writer](const QString &k) { return writer.organisationExists(k); };
    CatalogueContent content;
    content.initiatives = {initiative};
    if (Status s = CatalogueValidator::validate(content, existing); !s)
        return s;
    return writeChange([&](CatalogueChange &change) -> Status {
        if (Status s = deleteRow(*rowId, change); !s)
            return s;
        return writer.addInitiative(initiative);
    });
}

} // namespace ssc
