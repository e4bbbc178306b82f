#include "CatalogueStore.h"

#include "CatalogueValidator.h"
#include "FilterSql.h"
#include "InitiativeReader.h"
#include "InitiativeWriter.h"
#include "ReferenceData.h"
#include "SchemaMigrator.h"
#include "ScopedTransaction.h"
#include "Vocabulary.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogueStore", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ssc-catalogue-%1").arg(counter.fetchAndAddRelaxed(1));
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.exec();
    return q;
}

// Adds a condition to a " WHERE ..." fragment (or starts one).
SqlFragment withCondition(SqlFragment where, const QString &condition, const QVariantList &binds)
{
    where.sql +=
        (where.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
    where.binds += binds;
    return where;
}

QString orderBy(const SortOrder &sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QString();
    QString column;
    switch (sort.column) {
    case SortColumn::Title:
        column = QStringLiteral("i.title COLLATE NOCASE") + dir;
        break;
    case SortColumn::Countries:
        column = QStringLiteral("i.countries_label COLLATE NOCASE") + dir;
        break;
    case SortColumn::ProgrammeAreas:
        column = QStringLiteral("i.areas_label COLLATE NOCASE") + dir;
        break;
    case SortColumn::Partners:
        column = QStringLiteral("i.partners_label COLLATE NOCASE") + dir;
        break;
    case SortColumn::Funding:
        column = QStringLiteral("i.funding_label COLLATE NOCASE") + dir;
        break;
    case SortColumn::Years:
        column = QStringLiteral("i.start_year%1, i.end_year%1").arg(dir);
        break;
    case SortColumn::Status:
        column = QStringLiteral("i.status") + dir;
        break;
    case SortColumn::ActivityType:
        column = QStringLiteral("i.activity_type") + dir;
        break;
    case SortColumn::Identifier:
        column = QStringLiteral("i.key") + dir;
        break;
    }
    return QStringLiteral(" ORDER BY %1, i.id%2").arg(column, dir);
}

} // namespace

CatalogueStore::CatalogueStore(QSqlDatabase db, QString path)
    : m_db(std::move(db)), m_connectionName(m_db.connectionName()), m_path(std::move(path))
{}

CatalogueStore::~CatalogueStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CatalogueStore>> CatalogueStore::open(const QString &path, OpenMode mode)
{
    const QFileInfo file(path);
    const bool existed = file.exists();
    if (existed) {
        if (file.isDir())
            return Error{tr("%1 is a folder, not a catalogue file").arg(path)};
        if (!file.isReadable())
            return Error{tr("%1 cannot be read (permission denied)").arg(path)};
        if (!(file.permissions() & QFileDevice::WriteOwner) || !file.isWritable())
            return Error{tr("%1 is read-only: SSC Catalogue needs to write to its catalogue. "
                            "Copy it to a folder you can write to, or make it writable.")
                             .arg(path)};
        if (file.size() > 0) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return Error{tr("%1 cannot be read: %2").arg(path, f.errorString())};
            if (f.read(16) != QByteArray("SQLite format 3\0", 16))
                return Error{
                    tr("%1 is not an SSC catalogue (it is not an SQLite database)").arg(path)};
        }
        if (!QFileInfo(file.absolutePath()).isWritable())
            return Error{tr("The folder of %1 is read-only: SSC Catalogue needs to write beside "
                            "its catalogue.")
                             .arg(path)};
    } else {
        if (mode == OpenMode::ExistingOnly)
            return Error{tr("%1 does not exist").arg(path)};
        if (!QFileInfo(file.absolutePath()).isDir())
            return Error{tr("Cannot create %1: the folder %2 does not exist")
                             .arg(path, file.absolutePath())};
    }
    auto store = openConnection(path, false);
    if (!store.ok() && !existed)
        QFile::remove(path);
    return store;
}

Result<std::unique_ptr<CatalogueStore>> CatalogueStore::openInMemory()
{
    return openConnection(QStringLiteral(":memory:"), true);
}

Result<std::unique_ptr<CatalogueStore>> CatalogueStore::openConnection(const QString &path,
                                                                       bool inMemory)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString message = db.lastError().text();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{tr("Cannot open %1: %2").arg(path, message)};
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
        return Error{tr("Cannot configure %1: %2").arg(path, wal.lastError().text())};
    return store;
}

Status CatalogueStore::checkIdentity() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return Error{tr("%1 is not an SSC catalogue (%2)").arg(m_path, q.lastError().text())};
    const int objects = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA application_id"));
    const int applicationId = q.next() ? q.value(0).toInt() : 0;
    if (objects > 0 && applicationId != SchemaMigrator::kApplicationId)
        return Error{tr("%1 is an SQLite database but not an SSC catalogue").arg(m_path)};
    const int version = SchemaMigrator::currentVersion(m_db);
    if (version > SchemaMigrator::latestVersion())
        return Error{tr("%1 was made by a newer SSC Catalogue (schema version %2; this program "
                        "knows up to %3). Update the program to open it.")
                         .arg(m_path)
                         .arg(version)
                         .arg(SchemaMigrator::latestVersion())};
    return success();
}

Status CatalogueStore::configure()
{
    QSqlQuery q(m_db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                               "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -65536"}) {
        if (!q.exec(QLatin1String(pragma)))
            return Error{tr("Cannot configure %1: %2").arg(m_path, q.lastError().text())};
    }
    return success();
}

Status CatalogueStore::upgrade()
{
    const bool needsSchema = SchemaMigrator::currentVersion(m_db) < SchemaMigrator::latestVersion();
    if (!needsSchema &&
        info(QStringLiteral("reference_fingerprint")) == ReferenceData::instance().fingerprint())
        return success();
    ScopedTransaction transaction(m_db);
    if (!transaction.isActive())
        return Error{tr("Cannot write to %1: %2").arg(m_path, m_db.lastError().text()),
                     Error::Kind::Catalogue};
    if (Status s = SchemaMigrator::migrate(m_db); !s)
        return Error{tr("Cannot upgrade %1: %2").arg(m_path, s.error().message)};
    if (Status s = syncReferenceData(); !s)
        return s;
    if (!transaction.commit())
        return Error{tr("Cannot write to %1: %2").arg(m_path, m_db.lastError().text()),
                     Error::Kind::Catalogue};
    return success();
}

Status CatalogueStore::createAtVersion(const QString &path, int version)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    const QString name = db.connectionName();
    Status result = success();
    db.setDatabaseName(path);
    if (!db.open()) {
        result = Error{db.lastError().text()};
    } else {
        ScopedTransaction transaction(db);
        result = SchemaMigrator::migrate(db, version);
        if (result)
            transaction.commit();
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status CatalogueStore::syncReferenceData()
{
    const ReferenceData &ref = ReferenceData::instance();
    auto fail = [this](const QSqlQuery &q) {
        return Error{tr("Cannot write reference data to %1: %2").arg(m_path, q.lastError().text())};
    };
    auto exec = [this](const QString &sql, const QVariantList &binds) {
        return prepared(m_db, sql, binds);
    };
    // Parents first: sub-regions refer to regions, intermediate regions to
    // sub-regions.
    for (int depth = 0; depth < 3; ++depth) {
        for (const Region &r : ref.regions()) {
            int level = 0;
            for (const Region *p = &r; !p->parentCode.isEmpty(); p = ref.region(p->parentCode))
                ++level;
            if (level != depth)
                continue;
            QSqlQuery q = exec(QStringLiteral("INSERT INTO region (code, name, parent_code) "
                                              "VALUES (?,?,?) ON CONFLICT(code) DO UPDATE SET "
                                              "name = excluded.name, parent_code = "
                                              "excluded.parent_code"),
                               {r.code, r.name,
                                r.parentCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(r.parentCode)});
            if (q.lastError().isValid())
                return fail(q);
        }
    }
    for (const Country &c : ref.countries()) {
        auto orNull = [](const QString &s) {
            return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
        };
        QSqlQuery q = exec(
            QStringLiteral("INSERT INTO country (code, alpha3, name, region_code, subregion_code, "
                           "intermediate_code) VALUES (?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE "
                           "SET alpha3 = excluded.alpha3, name = excluded.name, region_code = "
                           "excluded.region_code, subregion_code = excluded.subregion_code, "
                           "intermediate_code = excluded.intermediate_code"),
            {c.code, c.alpha3, c.name, orNull(c.regionCode), orNull(c.subregionCode),
             orNull(c.intermediateCode)});
        if (q.lastError().isValid())
            return fail(q);
    }
    for (const SdgGoal &g : ref.sdgGoals()) {
        QSqlQuery q = exec(QStringLiteral("INSERT INTO sdg_goal (goal, short_title, title) "
                                          "VALUES (?,?,?) ON CONFLICT(goal) DO UPDATE SET "
                                          "short_title = excluded.short_title, title = "
                                          "excluded.title"),
                           {g.goal, g.shortTitle, g.title});
        if (q.lastError().isValid())
            return fail(q);
    }
    for (const DacSector &s : ref.dacSectors()) {
        QSqlQuery q = exec(QStringLiteral("INSERT INTO dac_sector (code, name, category) "
                                          "VALUES (?,?,?) ON CONFLICT(code) DO UPDATE SET name = "
                                          "excluded.name, category = excluded.category"),
                           {s.code, s.name, s.category});
        if (q.lastError().isValid())
            return fail(q);
    }
    for (bool children : {false, true}) {
        for (const ProgrammeArea &a : ref.programmeAreas()) {
            if (a.parentId.isEmpty() == children)
                continue;
            QSqlQuery q =
                exec(QStringLiteral("INSERT INTO programme_area (id, parent_id, name, sort_order) "
                                    "VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET parent_id = "
                                    "excluded.parent_id, name = excluded.name, sort_order = "
                                    "excluded.sort_order"),
                     {a.id,
                      a.parentId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(a.parentId),
                      a.name, a.order});
            if (q.lastError().isValid())
                return fail(q);
        }
    }
    QSqlQuery clear(m_db);
    clear.exec(QStringLiteral("DELETE FROM programme_area_closure"));
    clear.exec(QStringLiteral("DELETE FROM programme_area_sector"));
    for (const ProgrammeArea &a : ref.programmeAreas()) {
        for (const QString &descendant : ref.areaWithDescendants(a.id)) {
            QSqlQuery q = exec(QStringLiteral("INSERT INTO programme_area_closure "
                                              "(ancestor, descendant) VALUES (?,?)"),
                               {a.id, descendant});
            if (q.lastError().isValid())
                return fail(q);
        }
        for (const QString &code : a.dacCodes) {
            QSqlQuery q = exec(QStringLiteral("INSERT INTO programme_area_sector "
                                              "(area_id, dac_code) VALUES (?,?)"),
                               {a.id, code});
            if (q.lastError().isValid())
                return fail(q);
        }
    }
    return setInfo(QStringLiteral("reference_fingerprint"), ref.fingerprint());
}

QString CatalogueStore::info(const QString &key) const
{
    QSqlQuery q =
        prepared(m_db, QStringLiteral("SELECT value FROM catalogue_info WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

Status CatalogueStore::setInfo(const QString &key, const QString &value)
{
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("INSERT INTO catalogue_info (key, value) VALUES (?,?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {key, value});
    if (q.lastError().isValid())
        return Error{tr("Cannot write to %1: %2").arg(m_path, q.lastError().text()),
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

Status CatalogueStore::setName(const QString &name)
{
    return setInfo(QStringLiteral("name"), name);
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

Status CatalogueStore::addContent(const CatalogueContent &content)
{
    InitiativeWriter writer(m_db);
    CatalogueValidator::Existing existing;
    existing.source = [&writer](const QString &k) { return writer.sourceExists(k); };
    existing.organisation = [&writer](const QString &k) { return writer.organisationExists(k); };
    existing.initiative = [&writer](const QString &k) { return writer.initiativeExists(k); };
    if (Status s = CatalogueValidator::validate(content, existing); !s)
        return s;

    ScopedTransaction transaction(m_db);
    if (!transaction.isActive())
        return Error{tr("Cannot write to %1: %2").arg(m_path, m_db.lastError().text()),
                     Error::Kind::Catalogue};
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
        if (Status st = setName(content.name); !st)
            return st;
    }
    if (content.synthetic) {
        if (Status st = setInfo(QStringLiteral("synthetic"), QStringLiteral("1")); !st)
            return st;
    }
    if (!transaction.commit())
        return Error{tr("Cannot write to %1: %2").arg(m_path, m_db.lastError().text()),
                     Error::Kind::Catalogue};
    return success();
}

CatalogueContent CatalogueStore::content() const
{
    InitiativeReader reader(m_db);
    CatalogueContent c;
    c.name = name();
    c.synthetic = isSynthetic();
    c.sources = reader.sources();
    c.organisations = reader.organisations();
    reader.forEachInitiative([&c](Initiative &&in) { c.initiatives.push_back(std::move(in)); });
    return c;
}

qint64 CatalogueStore::initiativeCount() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT count(*) FROM initiative"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Initiative> CatalogueStore::initiative(const QString &id) const
{
    return InitiativeReader(m_db).initiative(id);
}

std::optional<Organisation> CatalogueStore::organisation(const QString &id) const
{
    return InitiativeReader(m_db).organisation(id);
}

std::vector<Organisation> CatalogueStore::organisations() const
{
    return InitiativeReader(m_db).organisations();
}

std::vector<Source> CatalogueStore::sources() const
{
    return InitiativeReader(m_db).sources();
}

Error CatalogueStore::readError(const QSqlQuery &query) const
{
    return Error{
        tr("Cannot read %1: %2")
            .arg(m_path.isEmpty() ? tr("the catalogue") : m_path, query.lastError().text()),
        Error::Kind::Catalogue};
}

Status CatalogueStore::checkpoint()
{
    QSqlQuery q(m_db);
    // Returns (busy, log frames, checkpointed frames); busy = 1 means not all moved.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next() ||
        q.value(0).toInt() != 0)
        return Error{tr("Cannot finish writing %1: %2").arg(m_path, q.lastError().text()),
                     Error::Kind::Catalogue};
    return success();
}

Result<std::vector<InitiativeRow>> CatalogueStore::page(const CatalogueFilter &filter,
                                                        const PageRequest &request) const
{
    SqlFragment where = FilterSql::where(filter);
    where.binds << request.limit << request.offset;
    QSqlQuery q = prepared(
        m_db,
        QStringLiteral("SELECT i.key, i.title, i.countries_label, i.areas_label, "
                       "i.partners_label, i.funding_label, i.start_year, i.end_year, i.status, "
                       "i.activity_type FROM initiative i") +
            where.sql + orderBy(request.sort) + QStringLiteral(" LIMIT ? OFFSET ?"),
        where.binds);
    if (q.lastError().isValid())
        return readError(q);
    std::vector<InitiativeRow> rows;
    while (q.next()) {
        InitiativeRow r;
        r.id = q.value(0).toString();
        r.title = q.value(1).toString();
        r.countries = q.value(2).toString();
        r.programmeAreas = q.value(3).toString();
        r.partners = q.value(4).toString();
        r.funding = q.value(5).toString();
        if (!q.value(6).isNull())
            r.startYear = q.value(6).toInt();
        if (!q.value(7).isNull())
            r.endYear = q.value(7).toInt();
        r.status = q.value(8).toString();
        r.activityType = q.value(9).toString();
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<qint64> CatalogueStore::count(const CatalogueFilter &filter) const
{
    const SqlFragment where = FilterSql::where(filter);
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT count(*) FROM initiative i") + where.sql,
                           where.binds);
    if (!q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

Result<std::vector<FacetValueCount>> CatalogueStore::facetCounts(const CatalogueFilter &filter,
                                                                 Facet facet) const
{
    SqlFragment where = FilterSql::where(filter.without(facet));
    const QVariantList role =
        filter.countryRole.isEmpty() ? QVariantList() : QVariantList{filter.countryRole};
    const QString roleCondition = QStringLiteral("ic.role = ?");
    QString select;
    switch (facet) {
    case Facet::Country:
        if (!role.isEmpty())
            where = withCondition(where, roleCondition, role);
        select = QStringLiteral("SELECT ic.country_code, c.name, count(DISTINCT ic.initiative_id) "
                                "FROM initiative_country ic JOIN country c ON c.code = "
                                "ic.country_code JOIN initiative i ON i.id = ic.initiative_id%1 "
                                "GROUP BY ic.country_code");
        break;
    case Facet::Region:
        if (!role.isEmpty())
            where = withCondition(where, roleCondition, role);
        select = QStringLiteral(
            "SELECT r.code, r.name, count(DISTINCT ic.initiative_id) FROM initiative_country ic "
            "JOIN country c ON c.code = ic.country_code JOIN region r ON r.code IN "
            "(c.region_code, c.subregion_code, c.intermediate_code) JOIN initiative i ON i.id = "
            "ic.initiative_id%1 "
            "GROUP BY r.code");
        break;
    case Facet::ProgrammeArea:
        select = QStringLiteral(
            "SELECT pa.id, pa.name, count(DISTINCT ia.initiative_id) FROM initiative_area ia "
            "JOIN programme_area_closure pc ON pc.descendant = ia.area_id JOIN programme_area pa "
            "ON pa.id = pc.ancestor JOIN initiative i ON i.id = ia.initiative_id%1 "
            "GROUP BY pa.id");
        break;
    case Facet::Partner:
        select = QStringLiteral(
            "SELECT o.key, o.name || CASE WHEN coalesce(o.acronym, '') = '' THEN '' ELSE ' (' || "
            "o.acronym || ')' END, count(DISTINCT ip.initiative_id) FROM initiative_partner ip "
            "JOIN organisation o ON o.id = ip.organisation_id JOIN initiative i ON i.id = "
            "ip.initiative_id%1 GROUP BY o.id");
        break;
    case Facet::FundingSource:
        select = QStringLiteral(
            "SELECT o.key, o.name || CASE WHEN coalesce(o.acronym, '') = '' THEN '' ELSE ' (' || "
            "o.acronym || ')' END, count(DISTINCT fu.initiative_id) FROM funding fu JOIN "
            "organisation o ON o.id = fu.source_id JOIN initiative i ON i.id = "
            "fu.initiative_id%1 GROUP BY o.id");
        break;
    case Facet::Modality:
        select = QStringLiteral("SELECT im.modality, '', count(*) FROM initiative_modality im "
                                "JOIN initiative i ON i.id = im.initiative_id%1 "
                                "GROUP BY im.modality");
        break;
    case Facet::ActivityType:
        where = withCondition(where, QStringLiteral("i.activity_type IS NOT NULL"), {});
        select = QStringLiteral(
            "SELECT i.activity_type, '', count(*) FROM initiative i%1 GROUP BY i.activity_type");
        break;
    case Facet::Sdg:
        select = QStringLiteral(
            "SELECT s.goal, g.short_title, count(DISTINCT s.initiative_id) FROM initiative_sdg s "
            "JOIN sdg_goal g ON g.goal = s.goal JOIN initiative i ON i.id = s.initiative_id%1 "
            "GROUP BY s.goal");
        break;
    case Facet::Status:
        where = withCondition(where, QStringLiteral("i.status IS NOT NULL"), {});
        select =
            QStringLiteral("SELECT i.status, '', count(*) FROM initiative i%1 GROUP BY i.status");
        break;
    }
    QSqlQuery q = prepared(m_db, select.arg(where.sql), where.binds);
    if (q.lastError().isValid())
        return readError(q);
    std::vector<FacetValueCount> counts;
    while (q.next()) {
        FacetValueCount c{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
        if (c.label.isEmpty())
            c.label = facetLabel(facet, c.value);
        counts.push_back(std::move(c));
    }
    std::sort(counts.begin(), counts.end(), [](const FacetValueCount &a, const FacetValueCount &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return counts;
}

QString CatalogueStore::facetLabel(Facet facet, const QString &value) const
{
    switch (facet) {
    case Facet::Modality:
        return Vocabulary::label(Vocabulary::Kind::Modality, value);
    case Facet::ActivityType:
        return Vocabulary::label(Vocabulary::Kind::ActivityType, value);
    case Facet::Status:
        return Vocabulary::label(Vocabulary::Kind::Status, value);
    default:
        return value;
    }
}

Result<FacetCounts> CatalogueStore::facetCounts(const CatalogueFilter &filter) const
{
    FacetCounts counts;
    for (Facet facet : kAllFacets) {
        auto values = facetCounts(filter, facet);
        if (!values.ok())
            return values.error();
        counts[facet] = std::move(values.value());
    }
    return counts;
}

Result<QueryResult> CatalogueStore::query(const CatalogueFilter &filter,
                                          const PageRequest &request) const
{
    auto rows = page(filter, request);
    if (!rows.ok())
        return rows.error();
    auto total = count(filter);
    if (!total.ok())
        return total.error();
    auto facets = facetCounts(filter);
    if (!facets.ok())
        return facets.error();
    return QueryResult{std::move(rows.value()), *total, std::move(facets.value())};
}

} // namespace ssc
