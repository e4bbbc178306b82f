// CatalogueStore's side of imports: lookups one record at a time and the
// one transaction an import writes in.
#include "core/storage/CatalogueStore.h"

#include "core/storage/BulkLoad.h"
#include "core/storage/InitiativeReader.h"
#include "core/storage/InitiativeWriter.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueStore)
};

class StoreImportSink : public ImportSink
{
public:
    StoreImportSink(const QSqlDatabase &db, ParallelTextIndex *textIndex)
        : m_writer(db), m_find(db, "SELECT id FROM initiative WHERE key = ?"),
          m_delete(db, "DELETE FROM initiative WHERE id = ?"), m_textIndex(textIndex)
    {
        m_writer.setTextIndex(textIndex);
    }

    Status addSource(const Source &source) override
    {
        return m_writer.sourceExists(source.id) ? success() : m_writer.addSource(source);
    }

    Status addOrganisation(const Organisation &organisation) override
    {
        return m_writer.organisationExists(organisation.id)
                   ? success()
                   : m_writer.addOrganisation(organisation);
    }

    Status putInitiative(const Initiative &initiative) override
    {
        m_find.bindText(1, initiative.id);
        const qint64 rowId = m_find.next() ? m_find.columnInt(0) : -1;
        m_find.reset();
        if (rowId >= 0) {
            m_delete.bind(1, rowId);
            if (!m_delete.execute())
                return Error{Tr::tr("Could not replace initiative %1: %2")
                                 .arg(initiative.id, m_delete.errorText()),
                             Error::Kind::Catalogue};
            replaced.push_back(rowId);
            // The index built alongside holds the old texts: rebuild instead.
            if (m_textIndex)
                m_textIndex->abandon();
        }
        return m_writer.addInitiative(initiative);
    }

    Status adoptHistory(const std::vector<ChangeRecord> &history,
                        const std::vector<SavedSearchText> &searches) override
    {
        this->history.insert(this->history.end(), history.begin(), history.end());
        this->searches.insert(this->searches.end(), searches.begin(), searches.end());
        return success();
    }

    Status adoptDetails(const QString &name, bool synthetic) override
    {
        this->name = name;
        this->synthetic = synthetic;
        return success();
    }

    std::vector<qint64> replaced;
    std::vector<ChangeRecord> history;
    std::vector<SavedSearchText> searches;
    QString name;
    bool synthetic = false;

private:
    InitiativeWriter m_writer;
    SqliteStatement m_find;
    SqliteStatement m_delete;
    ParallelTextIndex *m_textIndex;
};

} // namespace

InitiativeWriter &CatalogueStore::lookup() const
{
    if (!m_lookup)
        m_lookup = std::make_unique<InitiativeWriter>(m_db);
    return *m_lookup;
}

InitiativeReader &CatalogueStore::reader() const
{
    if (!m_reader)
        m_reader = std::make_unique<InitiativeReader>(m_db);
    return *m_reader;
}

bool CatalogueStore::hasSource(const QString &id) const
{
    return lookup().sourceExists(id);
}

bool CatalogueStore::hasOrganisation(const QString &id) const
{
    return lookup().organisationExists(id);
}

bool CatalogueStore::hasInitiative(const QString &id) const
{
    return lookup().initiativeExists(id);
}

Status CatalogueStore::writeImport(const std::function<Status(ImportSink &)> &write, bool bulk,
                                   const ChangeRecord *log)
{
    return writeChange([&](CatalogueChange &change) -> Status {
        BulkLoad load(m_db, m_path);
        if (bulk) {
            if (Status s = load.suspendIndexes(); !s)
                return s;
        }
        StoreImportSink sink(m_db, load.textIndex());
        if (Status s = write(sink); !s)
            return s;
        if (bulk) {
            if (Status s = load.rebuildIndexes(); !s)
                return s;
        }
        if (!sink.name.isEmpty() && name().isEmpty()) {
            if (Status s = setInfo(QStringLiteral("name"), sink.name); !s)
                return s;
        }
        if (sink.synthetic) {
            if (Status s = setInfo(QStringLiteral("synthetic"), QStringLiteral("1")); !s)
                return s;
        }
        change.removedRowIds = std::move(sink.replaced);
        if (Status s = adoptHistory(sink.history, sink.searches); !s)
            return s;
        return log ? logChange(*log) : success();
    });
}

} // namespace ssc
