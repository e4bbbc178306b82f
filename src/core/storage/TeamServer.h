#pragma once

#include "core/base/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct pg_conn;

namespace ssc {

// One record as the team catalogue on the server keeps it: its kind
// (initiative, organisation, source), key, body in the catalogue's JSON
// format (one object), and the revision the server gave its last change.
// Revisions rise with every change the server accepts, across all records.
struct ServerRecord
{
    QString kind;
    QString key;
    QString body; // empty when deleted
    bool deleted = false;
    qint64 revision = 0;
    QString author; // the server role that made the last change
};

// The team catalogue on a PostgreSQL server, through libpq: the only place
// with its SQL. Records are kept whole, as JSON text; merging them field by
// field is the client's (core/team). Every statement binds its values.
//
// Writes are serialised by a transaction-level advisory lock, so revisions
// are given in commit order: a client that has read everything up to
// revision R misses nothing when it next asks for what is newer than R.
class TeamServer
{
public:
    static constexpr int kSchemaVersion = 1;

    ~TeamServer();
    TeamServer(const TeamServer &) = delete;
    TeamServer &operator=(const TeamServer &) = delete;

    // Connects (URL or key=value string as libpq takes it). A wrong password,
    // an unreachable host: one line saying so.
    // password, when given, is used for this connection only (the window
    // keeps one typed for the session); else libpq's: ~/.pgpass, PGPASSWORD.
    static Result<std::unique_ptr<TeamServer>> connect(const QString &url,
                                                       const QString &password = {});

    // Where a URL leads, as libpq resolves it (its defaults and environment
    // filling what the URL leaves out): the name a saved password goes by.
    struct Address
    {
        QString host;
        QString port;
        QString database;
        QString user;
    };
    static Result<Address> address(const QString &url);
    // The URL with another user (role) in it.
    static Result<QString> withUser(const QString &url, const QString &user);

    // Whether the connection is encrypted (TLS), for the message that says
    // plainly when it is not.
    bool isEncrypted() const;
    QString user() const;

    // Makes an empty database a team catalogue (tables, the reader and
    // editor roles' grants where those roles exist). Refuses a database
    // that already holds one.
    Status create();
    // Checks this is a team catalogue this program can use: not something
    // else, not a newer schema.
    Status check() const;

    // Every record newer than revision (all with 0), in revision order;
    // the highest revision seen is the new mark.
    Status changesSince(qint64 revision, const std::function<bool(ServerRecord &&)> &visit) const;
    Result<qint64> latestRevision() const;

    // One push, all or nothing: each record written only if the server's
    // revision for it is still expected (0: it must be new, or deleted).
    // Stale: the server has a newer change to a record; nothing written.
    // expected kAddIfMissing: written only when the server lacks it.
    static constexpr qint64 kAddIfMissing = -1;
    struct Push
    {
        ServerRecord record;
        qint64 expected = 0;
    };
    struct Pushed
    {
        bool stale = false;
        std::vector<ServerRecord> written; // with their new revisions
    };
    Result<Pushed> push(const std::vector<Push> &records);

    // LISTEN: each push the server accepts from now on, from any client, is
    // announced on this connection; notices() reads what has arrived once
    // socket() is readable. An error when the connection is lost.
    [[nodiscard]] Status listen();
    int socket() const;
    struct Notice
    {
        qint64 revision = 0; // the push's last revision
        QString author;
    };
    Result<std::vector<Notice>> notices();

private:
    explicit TeamServer(pg_conn *connection);
    Error failure(const QString &what) const;

    pg_conn *m_connection;
};

} // namespace ssc
