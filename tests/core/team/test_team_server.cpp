// The team catalogue's connection to a real PostgreSQL server the tests
// start: COPY carrying awkward text whole, passwords from libpq's ~/.pgpass
// (written by PgPassFile) and the error that asks for one, the addresses a
// password goes by, and the notices a listening connection receives.
#include "PgTestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/storage/TeamServer.h"
#include "core/team/PgPassFile.h"
#include "core/team/TeamSync.h"

#include <QFile>
#include <QThread>

#include <sys/select.h>

using namespace ssc;
using namespace ssc::test;

namespace {

// Sets an environment variable for one scope.
struct EnvironmentChange
{
    QByteArray name;
    QByteArray was;
    bool had;
    EnvironmentChange(const char *variable, const QByteArray &value)
        : name(variable), was(qgetenv(variable)), had(qEnvironmentVariableIsSet(variable))
    {
        if (value.isNull())
            qunsetenv(variable);
        else
            qputenv(variable, value);
    }
    ~EnvironmentChange()
    {
        if (had)
            qputenv(name.constData(), was);
        else
            qunsetenv(name.constData());
    }
};

} // namespace

TEST_CASE("Text with tabs, backslashes, newlines and any script comes through COPY whole", "[team]")
{
    PgServer &server = PgServer::shared();
    const QString url = server.url(server.createDatabase());
    QTemporaryDir dir;
    auto first = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("first.ssccat"))));
    REQUIRE(first->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    Initiative in = okValue(first->initiative(QStringLiteral("cash-transfers-cop")));
    in.title =
        QStringLiteral("Tab\there, back\\slash \\N, \"quoted\",\nnew line, تعاون, 合作 \\x41");
    in.summary = QStringLiteral("\\\\ two \\t not a tab \r\n end");
    REQUIRE(CatalogueEditor(*first, QStringLiteral("Ama")).edit(in).ok());
    REQUIRE(TeamSync::createServer(url, first.get()).ok());
    auto copy = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("copy.ssccat"))));
    REQUIRE(TeamSync::clone(url, *copy).ok());
    const Initiative back = okValue(copy->initiative(in.id));
    CHECK(back.title == in.title);
    CHECK(back.summary == in.summary);
    CHECK(okValue(copy->initiativeCount()) == okValue(first->initiativeCount()));
}

TEST_CASE("A password in ~/.pgpass serves the connection; none or a wrong one asks for it",
          "[team]")
{
    PgServer &server = PgServer::shared();
    const QString url = server.url(server.createDatabase());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pgpass"));
    EnvironmentChange noPassword("PGPASSWORD", QByteArray());
    EnvironmentChange passFile("PGPASSFILE", file.toUtf8());
    REQUIRE(PgPassFile::path() == file);

    auto none = TeamServer::connect(url);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind == Error::Kind::Password);

    const TeamServer::Address address = okValue(TeamServer::address(url));
    CHECK(address.host == QStringLiteral("127.0.0.1"));
    CHECK(address.port == QString::number(server.port()));
    CHECK(address.user == QStringLiteral("ssc_owner"));
    // Another entry, with the characters the file escapes, stays as it is.
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("elsewhere:5432:*:someone:pa\\:ss\\\\word\n");
    }
    REQUIRE(PgPassFile::save(address, QStringLiteral("wrong")).ok());
    auto wrong = TeamServer::connect(url);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == Error::Kind::Password);
    CHECK(wrong.error().message.contains(QStringLiteral("password")));

    REQUIRE(PgPassFile::save(address, QString::fromLatin1(PgServer::kPassword)).ok());
    CHECK(TeamServer::connect(url).ok());
    CHECK(PgPassFile::find(address) == QString::fromLatin1(PgServer::kPassword));
    CHECK(PgPassFile::find({QStringLiteral("elsewhere"), QStringLiteral("5432"),
                            QStringLiteral("*"), QStringLiteral("someone")}) ==
          QStringLiteral("pa:ss\\word"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    CHECK(lines.size() == 3); // two entries, the wrong password replaced, and the last newline
    // libpq ignores a password file others may read.
    CHECK(f.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ReadUser | QFileDevice::WriteUser));

    // A database missing behind a password that works is not a password question.
    auto missing = TeamServer::connect(server.url(QStringLiteral("no_such_database")),
                                       QString::fromLatin1(PgServer::kPassword));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::Catalogue);
}

TEST_CASE("A server address names its host, port, database and user, with another user too",
          "[team]")
{
    const auto a = okValue(TeamServer::address(
        QStringLiteral("postgresql://kofi@db.example.org:6543/team?sslmode=require")));
    CHECK(a.host == QStringLiteral("db.example.org"));
    CHECK(a.port == QStringLiteral("6543"));
    CHECK(a.database == QStringLiteral("team"));
    CHECK(a.user == QStringLiteral("kofi"));
    const QString asAma = okValue(TeamServer::withUser(
        QStringLiteral("postgresql://kofi@db.example.org:6543/team?sslmode=require"),
        QStringLiteral("ama")));
    CHECK(okValue(TeamServer::address(asAma)).user == QStringLiteral("ama"));
    CHECK(asAma.contains(QStringLiteral("sslmode=require")));
    const QString keyValue = okValue(TeamServer::withUser(
        QStringLiteral("host=db.example.org dbname=team user=kofi"), QStringLiteral("o'brien \\")));
    const auto b = okValue(TeamServer::address(keyValue));
    CHECK(b.user == QStringLiteral("o'brien \\"));
    CHECK(b.database == QStringLiteral("team"));
    auto bad = TeamServer::address(QStringLiteral("host=db nonsense"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("host=db nonsense")));
}

TEST_CASE("A listening connection hears each push the server accepts, with its revision and author",
          "[team]")
{
    QTemporaryDir dir;
    auto [url, first] = publishFixture(dir);
    auto listener = okValue(TeamServer::connect(url));
    REQUIRE(listener->listen().ok());
    CHECK(okValue(listener->notices()).empty());

    Initiative in = okValue(first->initiative(QStringLiteral("cash-transfers-cop")));
    in.status = QStringLiteral("completed");
    REQUIRE(CatalogueEditor(*first, QStringLiteral("Ama")).edit(in).ok());
    const auto report = okValue(TeamSync::sync(*first));
    REQUIRE(report.sent == 1);
    REQUIRE(report.pushedRevision > 0);

    // Waits on the socket as the window's event loop does.
    std::vector<TeamServer::Notice> heard;
    for (int i = 0; i < 100 && heard.empty(); ++i) {
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(listener->socket(), &readable);
        timeval wait{0, 100000};
        select(listener->socket() + 1, &readable, nullptr, nullptr, &wait);
        heard = okValue(listener->notices());
    }
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].revision == report.pushedRevision);
    CHECK(heard[0].author == QStringLiteral("ssc_owner"));
    // A sync with nothing to send announces nothing.
    CHECK(okValue(TeamSync::sync(*first)).pushedRevision == 0);
    QThread::msleep(300);
    CHECK(okValue(listener->notices()).empty());
}
