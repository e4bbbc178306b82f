#pragma once

// A PostgreSQL server of the tests' (and the team benchmark's) own: initdb into a temporary folder,
// started on a free port on 127.0.0.1, stopped when the test program ends.
// PostgreSQL refuses to run as root, so when the tests do, the server runs
// as the unprivileged account "nobody" (runuser). Each test takes a fresh
// database of its own.

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ssc::test {

// Thrown when the server cannot be set up or started; says why.
struct PgFailure : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

class PgServer
{
public:
    static constexpr const char *kBin = "/usr/lib/postgresql/15/bin";
    static constexpr const char *kOwner = "ssc_owner";
    static constexpr const char *kPassword = "owner-secret";

    static PgServer &shared()
    {
        static PgServer server;
        return server;
    }

    int port() const { return m_port; }
    // The URL of a database as libpq takes it (the password comes from
    // PGPASSWORD, which the tests set).
    QString url(const QString &database, const QString &user = QString::fromLatin1(kOwner)) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=prefer")
            .arg(user)
            .arg(m_port)
            .arg(database);
    }
    // A new empty database.
    QString createDatabase()
    {
        const QString name = QStringLiteral("t%1").arg(++m_databases);
        sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
        return name;
    }
    // Runs SQL as the owner; throws when it fails.
    void sql(const QString &database, const QString &statement)
    {
        const auto [code, output] = psql(database, statement);
        if (code != 0)
            throw PgFailure(output.toStdString());
    }
    std::pair<int, QString> psql(const QString &database, const QString &statement) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("%1/psql").arg(QLatin1String(kBin)),
                {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qAt"),
                 url(database), QStringLiteral("-c"), statement});
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }
    // Stops and starts the server again (a restart mid-sync).
    void restart()
    {
        control({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                 QStringLiteral("restart")});
    }

    ~PgServer()
    {
        if (m_started)
            tryControl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                        QStringLiteral("stop")});
    }

private:
    PgServer()
    {
        qputenv("PGPASSWORD", kPassword);
        qputenv("PGCONNECT_TIMEOUT", "10");
        if (!m_dir.isValid() || (m_port = freePort()) <= 0)
            throw PgFailure("no temporary folder or free port for PostgreSQL");
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        if (!pw.open(QIODevice::WriteOnly))
            throw PgFailure("cannot write the password file");
        pw.write(kPassword);
        pw.close();
        if (geteuid() == 0)
            QProcess::execute(
                QStringLiteral("chown"),
                {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"), m_dir.path()});
        runAsServer(QStringLiteral("initdb"),
                    {QStringLiteral("-D"), data(), QStringLiteral("-U"),
                     QString::fromLatin1(kOwner), QStringLiteral("--pwfile"),
                     m_dir.filePath(QStringLiteral("pw")), QStringLiteral("-A"),
                     QStringLiteral("scram-sha-256"), QStringLiteral("--auth-local=trust"),
                     QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale")});
        control({QStringLiteral("-w"), QStringLiteral("start")});
        m_started = true;
    }

    void tryControl(const QStringList &args) const
    {
        try {
            control(args);
        } catch (const PgFailure &) {
        }
    }

    QString data() const { return m_dir.filePath(QStringLiteral("data")); }

    // A port nothing listens on now: the kernel's choice for port 0.
    static int freePort()
    {
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        int port = 0;
        if (::bind(s, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
            ::getsockname(s, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(s);
        return port;
    }

    void control(QStringList args) const
    {
        args = QStringList{QStringLiteral("-D"),
                           data(),
                           QStringLiteral("-l"),
                           m_dir.filePath(QStringLiteral("log")),
                           QStringLiteral("-o"),
                           QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                               .arg(m_port)
                               .arg(m_dir.path())} +
               args;
        runAsServer(QStringLiteral("pg_ctl"), args);
    }

    void runAsServer(const QString &program, const QStringList &args) const
    {
        const QString path = QStringLiteral("%1/%2").arg(QLatin1String(kBin), program);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (geteuid() == 0)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                QStringLiteral("--"), path} +
                        args);
        else
            p.start(path, args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            throw PgFailure(QStringLiteral("%1 failed: %2")
                                .arg(program, QString::fromUtf8(p.readAll()))
                                .toStdString());
    }

    QTemporaryDir m_dir;
    int m_port = 0;
    int m_databases = 0;
    bool m_started = false;
};

} // namespace ssc::test
