#include "core/storage/TeamServer.h"

#include <QCoreApplication>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamServer)
};

// A result freed when it goes out of scope.
struct Reply
{
    PGresult *result;
    explicit Reply(PGresult *r) : result(r) {}
    ~Reply() { PQclear(result); }
    Reply(const Reply &) = delete;
    Reply &operator=(const Reply &) = delete;
    bool ok() const
    {
        const ExecStatusType s = PQresultStatus(result);
        return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_SINGLE_TUPLE;
    }
    QString text(int row, int column) const
    {
        return QString::fromUtf8(PQgetvalue(result, row, column), PQgetlength(result, row, column));
    }
    int rows() const { return PQntuples(result); }
};

// Runs sql with its values bound as text parameters.
PGresult *run(pg_conn *c, const char *sql, const std::vector<QByteArray> &values = {})
{
    std::vector<const char *> pointers;
    for (const QByteArray &v : values)
        pointers.push_back(v.constData());
    return PQexecParams(c, sql, int(pointers.size()), nullptr, pointers.data(), nullptr, nullptr,
                        0);
}

// The team catalogue's tables. A record is kept whole (its JSON); every
// insert or update is given the next revision, the time, and the role that
// made it, by the server: a client cannot write in someone else's name.
const char *const kSchema = R"sql(
CREATE TABLE team_info (key text PRIMARY KEY, value text NOT NULL);
CREATE SEQUENCE team_revision;
CREATE TABLE record (
    kind text NOT NULL CHECK (kind IN ('initiative', 'organisation', 'source')),
    key text NOT NULL,
    body text NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    revision bigint NOT NULL,
    author text NOT NULL,
    at timestamptz NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE INDEX record_revision ON record (revision);
CREATE FUNCTION record_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.revision := nextval('team_revision');
    NEW.author := session_user;
    NEW.at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER record_stamp BEFORE INSERT OR UPDATE ON record
    FOR EACH ROW EXECUTE FUNCTION record_stamp();
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ssc_team_reader') THEN
        GRANT SELECT ON team_info, record TO ssc_team_reader;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ssc_team_editor') THEN
        GRANT SELECT ON team_info TO ssc_team_editor;
        GRANT SELECT, INSERT, UPDATE ON record TO ssc_team_editor;
        GRANT USAGE ON SEQUENCE team_revision TO ssc_team_editor;
    END IF;
END $$;
)sql";

} // namespace

TeamServer::TeamServer(pg_conn *connection) : m_connection(connection) {}

TeamServer::~TeamServer()
{
    PQfinish(m_connection);
}

Error TeamServer::failure(const QString &what) const
{
    const QString why = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    return Error{Tr::tr("Team catalogue on %1: %2: %3")
                     .arg(QString::fromUtf8(PQhost(m_connection)), what,
                          why.section(QLatin1Char('\n'), 0, 0)),
                 Error::Kind::Catalogue};
}

Result<std::unique_ptr<TeamServer>> TeamServer::connect(const QString &url, const QString &password)
{
    // No waiting for a password prompt: a missing password is an error.
    const QByteArray conninfo = url.toUtf8();
    const QByteArray secret = password.toUtf8();
    const char *keys[] = {"dbname", "connect_timeout", "application_name",
                          password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {conninfo.constData(), "10", "ssc-catalogue", secret.constData(),
                            nullptr};
    pg_conn *c = PQconnectdbParams(keys, values, 1);
    if (PQstatus(c) != CONNECTION_OK) {
        QString why = QString::fromUtf8(PQerrorMessage(c)).trimmed();
        // libpq's message names the server and what failed; its first line
        // is the one that says it.
        why = why.section(QLatin1Char('\n'), 0, 0);
        // No password, or a wrong one: the window asks for it. (A password
        // that worked, for a database that is missing, is not the question.)
        const bool password =
            PQconnectionNeedsPassword(c) ||
            (PQconnectionUsedPassword(c) && why.contains(QLatin1String("password")));
        PQfinish(c);
        return Error{Tr::tr("Cannot connect to the team catalogue: %1").arg(why),
                     password ? Error::Kind::Password : Error::Kind::Catalogue};
    }
    return std::unique_ptr<TeamServer>(new TeamServer(c));
}

Result<TeamServer::Address> TeamServer::address(const QString &url)
{
    char *error = nullptr;
    PQconninfoOption *given = PQconninfoParse(url.toUtf8().constData(), &error);
    if (!given) {
        const QString why = error ? QString::fromUtf8(error).trimmed() : QString();
        PQfreemem(error);
        return Error{Tr::tr("Not a server address libpq reads: %1: %2").arg(url, why),
                     Error::Kind::Input};
    }
    PQconninfoOption *defaults = PQconndefaults();
    auto value = [&](const char *key) {
        for (PQconninfoOption *o = given; o && o->keyword; ++o)
            if (qstrcmp(o->keyword, key) == 0 && o->val && *o->val)
                return QString::fromUtf8(o->val);
        for (PQconninfoOption *o = defaults; o && o->keyword; ++o)
            if (qstrcmp(o->keyword, key) == 0 && o->val && *o->val)
                return QString::fromUtf8(o->val);
        return QString();
    };
    Address a;
    a.host = value("host");
    // A local socket goes by localhost in ~/.pgpass, as libpq looks it up.
    if (a.host.isEmpty() || a.host.startsWith(QLatin1Char('/')))
        a.host = QStringLiteral("localhost");
    a.port = value("port");
    a.user = value("user");
    a.database = value("dbname");
    if (a.database.isEmpty())
        a.database = a.user;
    PQconninfoFree(given);
    PQconninfoFree(defaults);
    return a;
}

Result<QString> TeamServer::withUser(const QString &url, const QString &user)
{
    if (auto checked = address(url); !checked.ok())
        return checked.error();
    if (url.startsWith(QLatin1String("postgresql://")) ||
        url.startsWith(QLatin1String("postgres://"))) {
        QUrl u(url);
        u.setUserName(user);
        return u.toString();
    }
    // key=value: a later keyword overrides an earlier one.
    QString quoted = user;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return url + QStringLiteral(" user='%1'").arg(quoted);
}

bool TeamServer::isEncrypted() const
{
    return PQsslInUse(m_connection) == 1;
}

QString TeamServer::user() const
{
    return QString::fromUtf8(PQuser(m_connection));
}

Status TeamServer::create()
{
    {
        Reply exists(run(m_connection, "SELECT 1 FROM pg_tables WHERE tablename = 'team_info'"));
        if (!exists.ok())
            return failure(Tr::tr("cannot read the database"));
        if (exists.rows() > 0)
            return Error{Tr::tr("The database already holds a team catalogue")};
    }
    Reply begin(run(m_connection, "BEGIN"));
    Reply schema(PQexec(m_connection, kSchema));
    if (!schema.ok()) {
        const Error e = failure(Tr::tr("cannot create the team catalogue"));
        Reply rollback(run(m_connection, "ROLLBACK"));
        return e;
    }
    Reply info(run(m_connection,
                   "INSERT INTO team_info (key, value) VALUES ('format', 'ssc-team-catalogue'), "
                   "('schema', $1)",
                   {QByteArray::number(kSchemaVersion)}));
    Reply commit(run(m_connection, "COMMIT"));
    if (!info.ok() || !commit.ok())
        return failure(Tr::tr("cannot create the team catalogue"));
    return success();
}

Status TeamServer::check() const
{
    Reply info(run(m_connection, "SELECT key, value FROM team_info WHERE key IN ('format', "
                                 "'schema') ORDER BY key"));
    if (!info.ok() || info.rows() != 2 || info.text(0, 1) != QLatin1String("ssc-team-catalogue"))
        return Error{
            Tr::tr("%1 is not an SSC team catalogue").arg(QString::fromUtf8(PQdb(m_connection))),
            Error::Kind::Catalogue};
    const int schema = info.text(1, 1).toInt();
    if (schema > kSchemaVersion)
        return Error{Tr::tr("The team catalogue's schema (version %1) is newer than this program "
                            "reads (%2): update SSC Catalogue")
                         .arg(schema)
                         .arg(kSchemaVersion),
                     Error::Kind::Catalogue};
    return success();
}

namespace {

// One field of COPY's text format, unescaped: backslash sequences for the
// separators and control characters, and octal or hex bytes.
QByteArray copyField(const char *begin, const char *end)
{
    QByteArray out;
    out.reserve(end - begin);
    for (const char *p = begin; p < end; ++p) {
        if (*p != '\\' || p + 1 == end) {
            out += *p;
            continue;
        }
        const char c = *++p;
        switch (c) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'v':
            out += '\v';
            break;
        case 'x': {
            int value = 0, digits = 0;
            while (digits < 2 && p + 1 < end && std::isxdigit(static_cast<unsigned char>(p[1]))) {
                value = value * 16 + QByteArray(1, *++p).toInt(nullptr, 16);
                ++digits;
            }
            out += char(value);
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                int value = c - '0';
                for (int digits = 1; digits < 3 && p + 1 < end && p[1] >= '0' && p[1] <= '7';
                     ++digits)
                    value = value * 8 + (*++p - '0');
                out += char(value);
            } else {
                out += c; // \\ and any other character stand for themselves
            }
        }
    }
    return out;
}

} // namespace

Status TeamServer::changesSince(qint64 revision,
                                const std::function<bool(ServerRecord &&)> &visit) const
{
    // COPY streams the rows with the least work on both sides, which counts
    // for a clone of the whole catalogue. COPY takes no parameters, so the
    // revision is bound to a setting of this session first.
    Reply since(run(m_connection, "SELECT set_config('ssc.since', $1, false)",
                    {QByteArray::number(revision)}));
    if (!since.ok())
        return failure(Tr::tr("cannot read the changes"));
    Reply copy(run(m_connection,
                   "COPY (SELECT kind, key, body, deleted, revision, author FROM record "
                   "WHERE revision > current_setting('ssc.since')::bigint ORDER BY revision) "
                   "TO STDOUT"));
    if (PQresultStatus(copy.result) != PGRES_COPY_OUT)
        return failure(Tr::tr("cannot read the changes"));
    bool stopped = false;
    bool malformed = false;
    char *line = nullptr;
    int length = 0;
    // Every row is read even after the visitor stops: the connection is
    // usable again only when the COPY has ended.
    while ((length = PQgetCopyData(m_connection, &line, 0)) > 0) {
        if (!stopped && !malformed) {
            const char *end = line + length - (length > 0 && line[length - 1] == '\n' ? 1 : 0);
            std::vector<QByteArray> fields;
            for (const char *start = line;;) {
                const char *tab = std::find(start, end, '\t');
                fields.push_back(copyField(start, tab));
                if (tab == end)
                    break;
                start = tab + 1;
            }
            if (fields.size() != 6) {
                malformed = true;
            } else {
                ServerRecord s;
                s.kind = QString::fromUtf8(fields[0]);
                s.key = QString::fromUtf8(fields[1]);
                s.body = QString::fromUtf8(fields[2]);
                s.deleted = fields[3] == "t";
                s.revision = fields[4].toLongLong();
                s.author = QString::fromUtf8(fields[5]);
                stopped = !visit(std::move(s));
            }
        }
        PQfreemem(line);
    }
    Status status = length == -1 ? success() : failure(Tr::tr("cannot read the changes"));
    while (PGresult *r = PQgetResult(m_connection)) {
        Reply end(r);
        if (!end.ok())
            status = failure(Tr::tr("cannot read the changes"));
    }
    if (malformed && status)
        return failure(Tr::tr("the changes arrived malformed"));
    return status;
}

Result<qint64> TeamServer::latestRevision() const
{
    Reply r(run(m_connection, "SELECT coalesce(max(revision), 0) FROM record"));
    if (!r.ok() || r.rows() != 1)
        return failure(Tr::tr("cannot read the latest revision"));
    return r.text(0, 0).toLongLong();
}

Result<TeamServer::Pushed> TeamServer::push(const std::vector<Push> &records)
{
    Pushed out;
    auto abandon = [this](const QString &what) {
        const Error e = failure(what);
        Reply rollback(run(m_connection, "ROLLBACK"));
        return e;
    };
    Reply begin(run(m_connection, "BEGIN"));
    if (!begin.ok())
        return failure(Tr::tr("cannot start writing"));
    // One writer at a time: revisions are then given in commit order.
    Reply lock(run(m_connection, "SELECT pg_advisory_xact_lock(7341)"));
    if (!lock.ok())
        return abandon(Tr::tr("cannot start writing"));
    for (const Push &p : records) {
        Reply now(run(m_connection, "SELECT revision FROM record WHERE kind = $1 AND key = $2",
                      {p.record.kind.toUtf8(), p.record.key.toUtf8()}));
        if (!now.ok())
            return abandon(Tr::tr("cannot read %1").arg(p.record.key));
        const qint64 current = now.rows() == 1 ? now.text(0, 0).toLongLong() : 0;
        if (p.expected == kAddIfMissing && current != 0)
            continue; // the server has it: organisations and sources are only added
        if (p.expected != kAddIfMissing && current != p.expected) {
            Reply rollback(run(m_connection, "ROLLBACK"));
            out.stale = true;
            out.written.clear();
            return out;
        }
        Reply written(run(m_connection,
                          "INSERT INTO record (kind, key, body, deleted, revision, author, at) "
                          "VALUES ($1, $2, $3, $4, 0, '', now()) ON CONFLICT (kind, key) DO "
                          "UPDATE SET body = EXCLUDED.body, deleted = EXCLUDED.deleted "
                          "RETURNING revision, author",
                          {p.record.kind.toUtf8(), p.record.key.toUtf8(), p.record.body.toUtf8(),
                           p.record.deleted ? QByteArray("true") : QByteArray("false")}));
        if (!written.ok() || written.rows() != 1)
            return abandon(Tr::tr("the server refused the change to %1").arg(p.record.key));
        ServerRecord s = p.record;
        s.revision = written.text(0, 0).toLongLong();
        s.author = written.text(0, 1);
        out.written.push_back(std::move(s));
    }
    // Delivered on commit to every connection listening (listen()): the
    // windows open on other copies learn of the change at once.
    if (!out.written.empty()) {
        const ServerRecord &last = out.written.back();
        Reply notify(run(m_connection, "SELECT pg_notify('ssc_team', $1)",
                         {QByteArray::number(last.revision) + ' ' + last.author.toUtf8()}));
        if (!notify.ok())
            return abandon(Tr::tr("cannot tell the team of the change"));
    }
    Reply commit(run(m_connection, "COMMIT"));
    if (!commit.ok())
        return abandon(Tr::tr("the server did not keep the changes"));
    return out;
}

Status TeamServer::listen()
{
    Reply r(run(m_connection, "LISTEN ssc_team"));
    return r.ok() ? success() : Status(failure(Tr::tr("cannot listen for the team's changes")));
}

int TeamServer::socket() const
{
    return PQsocket(m_connection);
}

Result<std::vector<TeamServer::Notice>> TeamServer::notices()
{
    if (!PQconsumeInput(m_connection) || PQstatus(m_connection) != CONNECTION_OK)
        return failure(Tr::tr("the connection was lost"));
    std::vector<Notice> out;
    while (PGnotify *n = PQnotifies(m_connection)) {
        const QString payload = QString::fromUtf8(n->extra);
        Notice notice;
        notice.revision = payload.section(QLatin1Char(' '), 0, 0).toLongLong();
        notice.author = payload.section(QLatin1Char(' '), 1);
        out.push_back(std::move(notice));
        PQfreemem(n);
    }
    return out;
}

} // namespace ssc
