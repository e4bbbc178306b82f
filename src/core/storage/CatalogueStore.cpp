#include "core/storage/CatalogueStore.h"

#include "core/domain/CatalogueValidator.h"
#include "core/domain/ReferenceData.h"
#include "core/storage/BulkLoad.h"
#include "core/storage/IndexSource.h"
#include "core/storage/InitiativeReader.h"
#include "core/storage/InitiativeWriter.h"
#include "core/storage/PreparedQuery.h"
#include "core/storage/ReferenceTableWriter.h"
#include "core/storage/SchemaMigrator.h"
#include "core/storage/ScopedTransaction.h"
#include "core/storage/SqlQueryEngine.h"
#include "core/storage/SqliteStatement.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueStore)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ssc-catalogue-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

CatalogueStore::CatalogueStore(QSqlDatabase db, QString path)
    : m_db(std::move(db)), m_engine(std::make_unique<SqlQueryEngine>(m_db, path)),
      m_connectionName(m_db.connectionName()), m_path(std::move(path))
{}

CatalogueStore::~CatalogueStore()
{
    m_lookup.reset();
    m_reader.reset();
    m_engine.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

// Whatever stops a catalogue from opening is a catalogue error (exit code 2
// on the command line), however the check that found it phrased it.
Result<std::unique_ptr<CatalogueStore>> asCatalogueError(Result<std::unique_ptr<CatalogueStore>> r)
{
    if (r.ok())
        return r;
    Error e = r.error();
    e.kind = Error::Kind::Catalogue;
    return e;
}

} // namespace

Result<std::unique_ptr<CatalogueStore>> CatalogueStore::open(const QString &path, OpenMode mode)
{
    return asCatalogueError(openFile(path, mode));
}

Result<std::unique_ptr<CatalogueStore>> CatalogueStore::openFile(const QString &path, OpenMode mode)
{
    const QFileInfo file(path);
    const bool existed = file.exists();
    if (existed) {
        if (file.isDir())
            return Error{Tr::tr("%1 is a folder, not a catalogue file").arg(path)};
        if (!file.isReadable())
            return Error{Tr::tr("%1 cannot be read (permission denied)").arg(path)};
        if (!(file.permissions() & QFileDevice::WriteOwner) || !file.isWritable())
            return Error{Tr::tr("%1 is read-only: SSC Catalogue needs to write to its catalogue. "
                                "Copy it to a folder you can write to, or make it writable.")
                             .arg(path)};
        // An empty file is not a new catalogue: SQLite would make it one, and
        // a file that lost its contents (or a wrong name) would open as an
        // empty catalogue without a word. New catalogues are made only where
        // no file is (File > New Catalogue, or a --db that does not exist).
        if (file.size() == 0)
            return Error{Tr::tr("%1 is empty (0 bytes), not an SSC catalogue; it was left as it "
                                "is. To start a new catalogue, give a file name that does not "
                                "exist yet.")
                             .arg(path)};
        {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return Error{Tr::tr("%1 cannot be read: %2").arg(path, f.errorString())};
            if (f.read(16) != QByteArray("SQLite format 3\0", 16))
                return Error{
                    Tr::tr("%1 is not an SSC catalogue (it is not an SQLite database)").arg(path)};
        }
        if (!QFileInfo(file.absolutePath()).isWritable())
            return Error{
                Tr::tr("The folder of %1 is read-only: SSC Catalogue needs to write beside "
                       "its catalogue.")
                    .arg(path)};
    } else {
        if (mode == OpenMode::ExistingOnly)
            return Error{Tr::tr("%1 does not exist").arg(path)};
        if (!QFileInfo(file.absolutePath()).isDir())
            return Error{Tr::tr("Cannot create %1: the folder %2 does not exist")
                             .arg(path, file.absolutePath())};
    }
    auto store = openConnection(path, false);
    if (!store.ok() && !existed)
        QFile::remove(path);
    return store;
}

Result<std::unique_ptr<CatalogueStore>> CatalogueStore::openInMemory()
{
    return asCatalogueError(openConnection(QStringLiteral(":memory:"), true));
}

Result<std::unique_ptr<CatalogueStore>> CatalogueStore::openConnection(const QString &path,
                                                                       bool inMemory)
{
    SqliteStatement::configureLibrary();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString message = db.lastError().text();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{Tr::tr("Cannot open %1: %2").arg(path, message)};
    }
    std::unique_ptr<CatalogueStore> store(new CatalogueStore(db, inMemory ? QString() : path));
    db = QSqlDatabase(); // the store holds the only handle, so it can remove the connection
    if (Status s = store->checkIdentity(); !s)
        return s.error();
    if (Status s = store->configure(); !s)
        return s.error();
    if (Status s = store->upgrade(); !s)
        return s.error();
    // WAL only once the file is known good and current: a refused or failed
    // open leaves the file byte for byte as it was.
    QSqlQuery wal(store->m_db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return Error{Tr::tr("Cannot configure %1: %2").arg(path, wal.lastError().text())};
    return store;
}

Status CatalogueStore::checkIdentity() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return Error{Tr::tr("%1 is not an SSC catalogue (%2)").arg(m_path, q.lastError().text())};
    const int objects = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA application_id"));
    const int applicationId = q.next() ? q.value(0).toInt() : 0;
    if (objects > 0 && applicationId != SchemaMigrator::kApplicationId)
        return Error{Tr::tr("%1 is an SQLite database but not an SSC catalogue").arg(m_path)};
    const int version = SchemaMigrator::currentVersion(m_db);
    // Only damage gives a version below 0 (found by the catalogue_open
    // fuzzer: the upgrade then read before its list of steps).
    if (version < 0)
        return Error{Tr::tr("%1 is damaged: its schema version is %2, which no SSC Catalogue "
                            "writes")
                         .arg(m_path, QString::number(version))};
    if (version > SchemaMigrator::latestVersion())
        return Error{Tr::tr("%1 was made by a newer SSC Catalogue (schema version %2; this program "
                            "knows up to %3). Update the program to open it.")
                         .arg(m_path, QString::number(version),
                              QString::number(SchemaMigrator::latestVersion()))};
    return success();
}

Status CatalogueStore::configure()
{
    QSqlQuery q(m_db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                               "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -65536"}) {
        if (!q.exec(QLatin1String(pragma)))
            return Error{Tr::tr("Cannot configure %1: %2").arg(m_path, q.lastError().text())};
    }
    return success();
}

Status CatalogueStore::upgrade()
{
    const bool needsSchema = SchemaMigrator::currentVersion(m_db) < SchemaMigrator::latestVersion();
    if (!needsSchema &&
        info(QStringLiteral("reference_fingerprint")) == ReferenceData::instance().fingerprint())
        return success();
    return writeChange([this](CatalogueChange &) -> Status {
        if (Status s = SchemaMigrator::migrate(m_db); !s)
            return Error{Tr::tr("Cannot upgrade %1: %2").arg(m_path, s.error().message)};
        if (Status s = ReferenceTableWriter(m_db, m_path).write(ReferenceData::instance()); !s)
            return s;
        return setInfo(QStringLiteral("reference_fingerprint"),
                       ReferenceData::instance().fingerprint());
    });
}

IndexSource CatalogueStore::indexSource() const
{
    return IndexSource(m_db, m_path);
}

Result<QString> CatalogueStore::ensureRevision()
{
    if (revision().isEmpty() && !m_path.isEmpty() && !bumpRevision())
        return writeError(m_db.lastError().text());
    return revision();
}

Result<qint64> CatalogueStore::rowIdOf(const QString &id) const
{
    QSqlQuery q =
        execPrepared(m_db, QStringLiteral("SELECT id FROM initiative WHERE key = ?"), {id});
    if (q.lastError().isValid())
        return readError(q);
    if (!q.next())
        return Error{Tr::tr("No initiative \"%1\" in %2").arg(id, m_path), Error::Kind::NotFound};
    return q.value(0).toLongLong();
}

QString CatalogueStore::info(const QString &key) const
{
    QSqlQuery q =
        execPrepared(m_db, QStringLiteral("SELECT value FROM catalogue_info WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

bool CatalogueStore::bumpRevision()
{
    // A fresh random token per write: the facet index saved beside the file
    // is used only while it carries the same token.
    return setInfo(QStringLiteral("revision"),
                   QString::number(QRandomGenerator::global()->generate64(), 16))
        .ok();
}

QString CatalogueStore::revision() const
{
    return info(QStringLiteral("revision"));
}

Status CatalogueStore::setInfo(const QString &key, const QString &value)
{
    QSqlQuery q =
        execPrepared(m_db,
                     QStringLiteral("INSERT INTO catalogue_info (key, value) VALUES (?,?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {key, value});
    if (q.lastError().isValid())
        return Error{Tr::tr("Cannot write to %1: %2").arg(m_path, q.lastError().text()),
                     Error::Kind::Catalogue};
    return success();
}

int CatalogueStore::schemaVersion() const
{
    return SchemaMigrator::currentVersion(m_db);
}

QString CatalogueStore::name() const
{
    return info(QStringLiteral("name"));
}

bool CatalogueStore::isSynthetic() const
{
    return info(QStringLiteral("synthetic")) == QLatin1String("1");
}

Status CatalogueStore::check(const CatalogueContent &content) const
{
    InitiativeWriter lookup(m_db);
    CatalogueValidator::Existing existing;
    existing.source = [&lookup](const QString &k) { return lookup.sourceExists(k); };
    existing.organisation = [&lookup](const QString &k) { return lookup.organisationExists(k); };
    existing.initiative = [&lookup](const QString &k) { return lookup.initiativeExists(k); };
    return CatalogueValidator::validate(content, existing);
}

Result<CatalogueContent> CatalogueStore::content() const
{
    InitiativeReader reader(m_db);
    CatalogueContent c;
    c.name = name();
    c.synthetic = isSynthetic();
    auto sources = reader.sources();
    if (!sources.ok())
        return sources.error();
    c.sources = std::move(*sources);
    auto organisations = reader.organisations();
    if (!organisations.ok())
        return organisations.error();
    c.organisations = std::move(*organisations);
    if (Status s = reader.forEachInitiative(
            [&c](Initiative &&in) { c.initiatives.push_back(std::move(in)); });
        !s)
        return s.error();
    // The history and saved searches travel with the catalogue.
    auto history = this->history({{}, {}, std::numeric_limits<int>::max()});
    if (!history.ok())
        return history.error();
    c.history.assign(std::make_move_iterator(history->rbegin()),
                     std::make_move_iterator(history->rend()));
    QSqlQuery searches(m_db);
    if (!searches.exec(QStringLiteral("SELECT name, filter FROM saved_search ORDER BY name")))
        return readError(searches);
    while (searches.next())
        c.savedSearches.push_back({searches.value(0).toString(), searches.value(1).toString()});
    return c;
}

Result<CatalogueContent>
CatalogueStore::contentWith(const std::vector<Initiative> &initiatives) const
{
    CatalogueContent content;
    content.name = name();
    content.synthetic = isSynthetic();
    QSet<QString> orgKeys;
    QSet<QString> sourceKeys;
    for (const Initiative &in : initiatives) {
        for (const Partnership &p : in.partners)
            orgKeys.insert(p.organisation);
        for (const FundingRecord &f : in.funding)
            orgKeys.insert(f.source);
        for (const QString &k : in.sources)
            sourceKeys.insert(k);
    }
    auto allOrganisations = organisations();
    if (!allOrganisations.ok())
        return allOrganisations.error();
    auto allSources = sources();
    if (!allSources.ok())
        return allSources.error();
    for (const Organisation &o : *allOrganisations) {
        if (orgKeys.contains(o.id)) {
            content.organisations.push_back(o);
            for (const QString &k : o.sources)
                sourceKeys.insert(k);
        }
    }
    for (const Source &src : *allSources) {
        if (sourceKeys.contains(src.id))
            content.sources.push_back(src);
    }
    content.initiatives = initiatives;
    return content;
}

Result<qint64> CatalogueStore::initiativeCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM initiative")) || !q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

Result<Initiative> CatalogueStore::initiative(const QString &id) const
{
    return reader().initiative(id);
}

Status
CatalogueStore::forEachInitiative(const std::vector<qint64> &rowIds, bool withTexts,
                                  const std::function<bool(qsizetype, Initiative &&)> &visit) const
{
    return InitiativeReader(m_db).forEachRow(
        rowIds, withTexts ? InitiativeReader::Texts::Included : InitiativeReader::Texts::Left,
        visit);
}

Result<Organisation> CatalogueStore::organisation(const QString &id) const
{
    return InitiativeReader(m_db).organisation(id);
}

Result<std::vector<Organisation>> CatalogueStore::organisations() const
{
    return InitiativeReader(m_db).organisations();
}

Result<std::vector<Source>> CatalogueStore::sources() const
{
    return InitiativeReader(m_db).sources();
}

Error CatalogueStore::readError(const QSqlQuery &query) const
{
    return Error{
        Tr::tr("Cannot read %1: %2")
            .arg(m_path.isEmpty() ? Tr::tr("the catalogue") : m_path, query.lastError().text()),
        Error::Kind::Catalogue};
}

Status CatalogueStore::checkpoint()
{
    QSqlQuery q(m_db);
    // Returns (busy, log frames, checkpointed frames); busy = 1 means not all moved.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next() ||
        q.value(0).toInt() != 0)
        return Error{Tr::tr("Cannot finish writing %1: %2").arg(m_path, q.lastError().text()),
                     Error::Kind::Catalogue};
    return success();
}

Status CatalogueStore::writeWithoutJournal()
{
    QSqlQuery q(m_db);
    for (const char *pragma :
         {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA foreign_keys = OFF"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error{Tr::tr("Cannot configure %1: %2").arg(m_path, q.lastError().text()),
                         Error::Kind::Catalogue};
    }
    return success();
}

} // namespace ssc
