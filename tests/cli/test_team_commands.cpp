// server init, clone, sync, conflicts and resolve on the command line,
// against a PostgreSQL server the tests start: output and exit codes.
#include "CliTestSupport.h"
#include "PgTestSupport.h"

#include <nlohmann/json.hpp>

using namespace ssc;
using namespace ssc::test;

TEST_CASE("The team commands publish, clone, sync and settle a conflict", "[cli][team]")
{
    PgServer &server = PgServer::shared();
    const QString url = server.url(server.createDatabase());
    CatalogueFile first;
    Run r = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), url,
                 QStringLiteral("--from"), first.path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Published 6 initiative(s)")));
    // Again: the database holds one already.
    r = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), url});
    CHECK(r.code == 1);
    CHECK(r.err.count(QLatin1Char('\n')) == 1);

    const QString second = first.dir.filePath(QStringLiteral("second.ssccat"));
    r = cli(
        {QStringLiteral("clone"), QStringLiteral("--server"), url, QStringLiteral("--db"), second});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Received 6")));
    // The server offered no TLS: said plainly.
    CHECK(r.err.contains(QStringLiteral("not encrypted")));
    // Into a file that exists: refused, nothing written.
    CHECK(cli({QStringLiteral("clone"), QStringLiteral("--server"), url, QStringLiteral("--db"),
               second})
              .code == 1);

    const QString id = QStringLiteral("cash-transfers-cop");
    for (const auto &[db, status] : {std::pair{first.path, QStringLiteral("ongoing")},
                                     std::pair{second, QStringLiteral("completed")}}) {
        r = cli({QStringLiteral("edit"), id, QStringLiteral("--set"),
                 QStringLiteral("status=") + status, QStringLiteral("--db"), db});
        REQUIRE(r.code == 0);
    }
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), first.path});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("sent 1")));
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), second});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("in conflict 1")));

    r = cli({QStringLiteral("conflicts"), QStringLiteral("--db"), second,
             QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const auto conflicts = nlohmann::json::parse(r.out.toStdString());
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0]["id"] == id.toStdString());
    CHECK(conflicts[0]["field"] == "status");
    CHECK(conflicts[0]["mine"] == "completed");
    CHECK(conflicts[0]["theirs"] == "ongoing");

    // Bad input: exit 1, one line.
    for (const QStringList &bad :
         {QStringList{id, QStringLiteral("status")},
          QStringList{id, QStringLiteral("status"), QStringLiteral("--mine"),
                      QStringLiteral("--theirs")},
          QStringList{id, QStringLiteral("title"), QStringLiteral("--mine")}}) {
        r = cli(QStringList{QStringLiteral("resolve")} + bad +
                QStringList{QStringLiteral("--db"), second});
        INFO(bad.join(' ').toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
    r = cli({QStringLiteral("resolve"), id, QStringLiteral("status"), QStringLiteral("--mine"),
             QStringLiteral("--db"), second});
    REQUIRE(r.code == 0);
    CHECK(cli({QStringLiteral("sync"), QStringLiteral("--db"), second})
              .out.contains(QStringLiteral("sent 1")));
    REQUIRE(cli({QStringLiteral("sync"), QStringLiteral("--db"), first.path}).code == 0);
    r = cli({QStringLiteral("show"), id, QStringLiteral("--db"), first.path,
             QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(nlohmann::json::parse(r.out.toStdString())["initiatives"][0]["status"] == "completed");

    // A catalogue that is no copy cannot sync.
    CatalogueFile lone;
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), lone.path});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not a copy of a team catalogue")));
}

TEST_CASE("bundle writes the changes as a file; import applies it, twice changing nothing",
          "[cli][bundle]")
{
    CatalogueFile from;
    CatalogueFile to;
    const QString id = QStringLiteral("cash-transfers-cop");
    REQUIRE(cli({QStringLiteral("edit"), id, QStringLiteral("--set"),
                 QStringLiteral("status=ongoing"), QStringLiteral("--db"), from.path})
                .code == 0);
    const QString file = from.dir.filePath(QStringLiteral("stick.json"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    Run r = cli({QStringLiteral("bundle"), QStringLiteral("--since"), today,
                 QStringLiteral("--output"), file, QStringLiteral("--db"), from.path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // The fixture's import is a change too, but to no record: one record.
    CHECK(r.out.contains(QStringLiteral("Wrote 1 changed initiative(s)")));
    r = cli({QStringLiteral("import"), file, QStringLiteral("--db"), to.path});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("changed 1")));
    r = cli({QStringLiteral("import"), file, QStringLiteral("--db"), to.path});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("changed 0")));
    r = cli({QStringLiteral("show"), id, QStringLiteral("--db"), to.path,
             QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(nlohmann::json::parse(r.out.toStdString())["initiatives"][0]["status"] == "ongoing");

    // Bad input: exit 1, one line.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--output"), file, QStringLiteral("--since"),
                      QStringLiteral("soon")},
          QStringList{QStringLiteral("--output"), file}, // not a copy: --since is needed
          QStringList{QStringLiteral("--since"), today}}) {
        r = cli(QStringList{QStringLiteral("bundle")} + bad +
                QStringList{QStringLiteral("--db"), from.path});
        INFO(bad.join(' ').toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
    }
}
