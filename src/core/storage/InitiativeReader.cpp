#include "core/storage/InitiativeReader.h"

#include "core/storage/PreparedQuery.h"
#include "core/storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ssc {

namespace {

// Records are read this many at a time: one query per table for each chunk.
constexpr int kChunk = 256;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InitiativeReader)
};

QStringList stringsOf(QSqlQuery &q)
{
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

// "?,?,...,?": the chunk's parameters; a short chunk binds NULL to the rest.
QByteArray placeholders(int size)
{
    QByteArray marks;
    for (int i = 0; i < size; ++i)
        marks += i == 0 ? "?" : ",?";
    return marks;
}

} // namespace

// Reads whole initiatives a chunk of row ids at a time through statements
// prepared once: no SQL is parsed per chunk and no value passes through
// QVariant. Codes that repeat on every record (countries, roles, areas)
// share one QString each.
class InitiativeReader::Chunks
{
public:
    // Lookup binds each chunk's row ids; Scan walks every table once, in
    // row id order, from the first id asked for to the last, and skips the
    // rows of initiatives not asked for: when most rows in that range are
    // wanted, one pass saves a search per chunk and table (a million
    // initiatives read in 9.8 s rather than 11.9).
    enum class Mode
    {
        Lookup,
        Scan
    };

    // size: the row ids one read takes (1 for lookups of one record).
    Chunks(const QSqlDatabase &db, Texts texts, int size = kChunk, Mode mode = Mode::Lookup)
        : m_size(size), m_mode(mode)
    {
        // "IN @ids" becomes "IN (?,?,...)": one parameter per row id; a
        // scan takes the range instead.
        const QByteArray in =
            mode == Mode::Scan ? QByteArray("BETWEEN ? AND ?") : "IN (" + placeholders(size) + ")";
        auto prepare = [&](const char *sql) {
            return Cursor{SqliteStatement(db, QByteArray(sql).replace("IN @ids", in).constData())};
        };
        m_rows = prepare(
            texts == Texts::Included
                ? "SELECT id, key, title, summary, description, status, start_date, "
                  "end_date, activity_type, beneficiaries, results, triangular, language, "
                  "iati_identifier FROM initiative "
                  "WHERE id IN @ids ORDER BY id"
                : "SELECT id, key, title, '', '', status, start_date, end_date, "
                  "activity_type, '', '', triangular, language, iati_identifier FROM initiative "
                  "WHERE id IN @ids ORDER BY id");
        m_modalities = prepare("SELECT initiative_id, modality FROM initiative_modality "
                               "WHERE initiative_id IN @ids ORDER BY initiative_id, position");
        m_countries = prepare("SELECT initiative_id, country_code, role, percentage "
                              "FROM initiative_country "
                              "WHERE initiative_id IN @ids ORDER BY initiative_id, position");
        m_areas = prepare("SELECT initiative_id, area_id FROM initiative_area "
                          "WHERE initiative_id IN @ids ORDER BY initiative_id, position");
        m_partners = prepare("SELECT p.initiative_id, o.key, p.role FROM initiative_partner p "
                             "JOIN organisation o ON o.id = p.organisation_id "
                             "WHERE p.initiative_id IN @ids ORDER BY p.initiative_id, p.position");
        m_funding = prepare("SELECT f.initiative_id, o.key, f.amount, f.currency, f.year "
                            "FROM funding f JOIN organisation o ON o.id = f.source_id "
                            "WHERE f.initiative_id IN @ids ORDER BY f.initiative_id, f.position");
        m_sdgs = prepare("SELECT initiative_id, CASE WHEN target = '' THEN CAST(goal AS TEXT) "
                         "ELSE target END FROM initiative_sdg "
                         "WHERE initiative_id IN @ids ORDER BY initiative_id, position");
        m_sources = prepare("SELECT x.initiative_id, s.key FROM initiative_source x "
                            "JOIN source s ON s.id = x.source_id "
                            "WHERE x.initiative_id IN @ids ORDER BY x.initiative_id, x.position");
        m_withTexts = texts == Texts::Included;
        if (m_withTexts)
            m_translations =
                prepare("SELECT initiative_id, field, language, text FROM initiative_translation "
                        "WHERE initiative_id IN @ids ORDER BY initiative_id, position");
    }

    // The initiatives with these row ids (ascending, at most kChunk), in
    // that order. False with error() set when a read fails or one is gone.
    bool read(const qint64 *ids, std::size_t count, std::vector<Initiative> &out)
    {
        out.clear();
        out.resize(count);
        std::size_t at = 0;
        if (!each(m_rows, ids, count, [&](std::size_t i, SqliteStatement &q) {
                Initiative &in = out[i];
                in.id = q.columnText(1);
                in.title = q.columnText(2);
                in.summary = q.columnText(3);
                in.description = q.columnText(4);
                in.status = word(q, 5);
                in.start = q.columnText(6);
                in.end = q.columnText(7);
                in.activityType = word(q, 8);
                in.beneficiaries = q.columnText(9);
                in.results = q.columnText(10);
                in.triangular = q.columnInt(11) != 0;
                in.language = word(q, 12);
                in.iatiIdentifier = q.columnText(13);
                ++at;
            }))
            return false;
        if (at != count) {
            m_error = Tr::tr("initiatives were removed while reading");
            return false;
        }
        return each(m_modalities, ids, count,
                    [&](std::size_t i, SqliteStatement &q) { out[i].modalities << word(q, 1); }) &&
               each(m_countries, ids, count,
                    [&](std::size_t i, SqliteStatement &q) {
                        CountryParticipation c{word(q, 1), word(q, 2), {}};
                        if (!q.columnIsNull(3))
                            c.percentage = q.columnDouble(3);
                        out[i].countries.push_back(std::move(c));
                    }) &&
               each(m_areas, ids, count,
                    [&](std::size_t i, SqliteStatement &q) {
                        out[i].programmeAreas << word(q, 1);
                    }) &&
               each(m_partners, ids, count,
                    [&](std::size_t i, SqliteStatement &q) {
                        out[i].partners.push_back({word(q, 1), word(q, 2)});
                    }) &&
               each(m_funding, ids, count,
                    [&](std::size_t i, SqliteStatement &q) {
                        FundingRecord f;
                        f.source = word(q, 1);
                        if (!q.columnIsNull(2))
                            f.amount = q.columnDouble(2);
                        f.currency = word(q, 3);
                        if (!q.columnIsNull(4))
                            f.year = int(q.columnInt(4));
                        out[i].funding.push_back(std::move(f));
                    }) &&
               each(m_sdgs, ids, count,
                    [&](std::size_t i, SqliteStatement &q) { out[i].sdgs << word(q, 1); }) &&
               each(m_sources, ids, count,
                    [&](std::size_t i, SqliteStatement &q) { out[i].sources << word(q, 1); }) &&
               (!m_withTexts ||
                each(m_translations, ids, count, [&](std::size_t i, SqliteStatement &q) {
                    out[i].translations.push_back({word(q, 1), word(q, 2), q.columnText(3)});
                }));
    }

    QString error() const { return m_error; }
    // A scan's range: the first and last row id it will be asked for.
    void setRange(qint64 first, qint64 last)
    {
        m_first = first;
        m_last = last;
    }

private:
    // A statement and, in a scan, whether it holds a row that belongs to a
    // later chunk.
    struct Cursor
    {
        SqliteStatement q;
        bool started = false;
        bool pending = false;
    };

    // Runs q for these ids (or, in a scan, steps on to the last of them) and
    // hands each row to take with the index of its initiative: rows come in
    // row id order, as the ids do.
    template <typename Take>
    bool each(Cursor &c, const qint64 *ids, std::size_t count, const Take &take)
    {
        SqliteStatement &q = c.q;
        if (!q.ok()) {
            m_error = q.errorText();
            return false;
        }
        if (m_mode == Mode::Lookup) {
            q.reset();
            for (int i = 0; i < m_size; ++i) {
                if (std::size_t(i) < count)
                    q.bind(i + 1, ids[i]);
                else
                    q.bindNull(i + 1);
            }
            c.pending = q.next();
        } else if (!c.started) {
            q.bind(1, m_first);
            q.bind(2, m_last);
            c.pending = q.next();
        }
        c.started = true;
        std::size_t at = 0;
        const qint64 last = count > 0 ? ids[count - 1] : 0;
        for (; c.pending; c.pending = q.next()) {
            const qint64 id = q.columnInt(0);
            if (m_mode == Mode::Scan && id > last)
                break; // the next chunk's
            while (at < count && ids[at] < id)
                ++at;
            if (at < count && ids[at] == id)
                take(at, q);
        }
        if (!q.ok()) {
            m_error = q.errorText();
            return false;
        }
        return true;
    }

    QString word(const SqliteStatement &q, int column)
    {
        const std::string_view bytes = q.columnBytes(column);
        if (bytes.empty())
            return q.columnIsNull(column) ? QString() : QStringLiteral("");
        const QByteArray key = QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size()));
        auto it = m_words.constFind(key);
        if (it == m_words.cend())
            it = m_words.insert(QByteArray(bytes.data(), qsizetype(bytes.size())),
                                QString::fromUtf8(key));
        return *it;
    }

    Cursor m_rows, m_modalities, m_countries, m_areas, m_partners, m_funding, m_sdgs, m_sources,
        m_translations;
    bool m_withTexts = false;
    int m_size = kChunk;
    Mode m_mode = Mode::Lookup;
    qint64 m_first = 0, m_last = 0;
    QHash<QByteArray, QString> m_words;
    QString m_error;
};

InitiativeReader::InitiativeReader(QSqlDatabase db) : m_db(std::move(db)) {}
InitiativeReader::~InitiativeReader() = default;

namespace {

Error readFailure(const QString &why)
{
    return Error{
        QCoreApplication::translate("InitiativeReader", "Cannot read the catalogue: %1").arg(why),
        Error::Kind::Catalogue};
}

} // namespace

Result<Initiative> InitiativeReader::initiative(const QString &key) const
{
    QSqlQuery q =
        execPrepared(m_db, QStringLiteral("SELECT id FROM initiative WHERE key = ?"), {key});
    if (q.lastError().isValid())
        return readFailure(q.lastError().text());
    if (!q.next())
        return Error{Tr::tr("No initiative \"%1\" in the catalogue").arg(key),
                     Error::Kind::NotFound};
    const qint64 id = q.value(0).toLongLong();
    std::vector<Initiative> one;
    if (!m_single)
        m_single = std::make_unique<Chunks>(m_db, Texts::Included, 1);
    if (!m_single->read(&id, 1, one))
        return readFailure(m_single->error());
    return std::move(one.front());
}

InitiativeReader::Chunks &InitiativeReader::chunks(Texts texts) const
{
    if (!m_chunks || m_chunksTexts != texts) {
        m_chunks = std::make_unique<Chunks>(m_db, texts);
        m_chunksTexts = texts;
    }
    return *m_chunks;
}

Status InitiativeReader::forEachInitiative(const std::function<void(Initiative &&)> &visit) const
{
    std::vector<qint64> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM initiative ORDER BY id")))
        return readFailure(q.lastError().text());
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    Chunks &reader = chunks(Texts::Included);
    std::vector<Initiative> chunk;
    for (std::size_t start = 0; start < ids.size(); start += kChunk) {
        if (!reader.read(ids.data() + start, std::min<std::size_t>(kChunk, ids.size() - start),
                         chunk))
            return readFailure(reader.error());
        for (Initiative &in : chunk)
            visit(std::move(in));
    }
    return success();
}

Status
InitiativeReader::forEachRow(const std::vector<qint64> &rowIds, Texts texts,
                             const std::function<bool(qsizetype, Initiative &&)> &visit) const
{
    std::vector<std::pair<qint64, qsizetype>> order; // row id, position in rowIds
    order.reserve(rowIds.size());
    for (std::size_t i = 0; i < rowIds.size(); ++i)
        order.emplace_back(rowIds[i], qsizetype(i));
    std::sort(order.begin(), order.end());

    // A scan reads every row between the first and the last id: worth it
    // when at least a quarter of them are wanted (a report on a large
    // filter); a few scattered records are looked up.
    std::unique_ptr<Chunks> scan;
    if (!order.empty() &&
        qint64(order.size()) * 4 >= order.back().first - order.front().first + 1) {
        scan = std::make_unique<Chunks>(m_db, texts, kChunk, Chunks::Mode::Scan);
        scan->setRange(order.front().first, order.back().first);
    }
    Chunks &reader = scan ? *scan : chunks(texts);
    std::vector<qint64> ids(kChunk);
    std::vector<Initiative> chunk;
    for (std::size_t start = 0; start < order.size(); start += kChunk) {
        const std::size_t count = std::min<std::size_t>(kChunk, order.size() - start);
        for (std::size_t i = 0; i < count; ++i)
            ids[i] = order[start + i].first;
        if (!reader.read(ids.data(), count, chunk))
            return Error{Tr::tr("Cannot read the catalogue: %1").arg(reader.error()),
                         Error::Kind::Catalogue};
        for (std::size_t i = 0; i < count; ++i) {
            if (!visit(order[start + i].second, std::move(chunk[i])))
                return success();
        }
    }
    return success();
}

Result<std::vector<Source>> InitiativeReader::sources() const
{
    std::vector<Source> list;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT key, title, url, date, publisher, file FROM source ORDER BY id")))
        return readFailure(q.lastError().text());
    while (q.next()) {
        list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return list;
}

Result<std::vector<Organisation>> InitiativeReader::organisations() const
{
    std::vector<Organisation> list;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key FROM organisation ORDER BY id")))
        return readFailure(q.lastError().text());
    while (q.next()) {
        auto o = organisation(q.value(0).toString());
        if (!o.ok())
            return o.error();
        list.push_back(std::move(*o));
    }
    return list;
}

Result<Organisation> InitiativeReader::organisation(const QString &key) const
{
    QSqlQuery q = execPrepared(m_db,
                               QStringLiteral("SELECT id, key, name, acronym, type, country_code "
                                              "FROM organisation WHERE key = ?"),
                               {key});
    if (q.lastError().isValid())
        return readFailure(q.lastError().text());
    if (!q.next())
        return Error{Tr::tr("No organisation \"%1\" in the catalogue").arg(key),
                     Error::Kind::NotFound};
    Organisation o{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toString(), {}};
    QSqlQuery s =
        execPrepared(m_db,
                     QStringLiteral("SELECT s.key FROM organisation_source x JOIN source s "
                                    "ON s.id = x.source_id WHERE x.organisation_id = ? "
                                    "ORDER BY x.position"),
                     {q.value(0)});
    if (s.lastError().isValid())
        return readFailure(s.lastError().text());
    o.sources = stringsOf(s);
    return o;
}

} // namespace ssc
