#pragma once

// The tests' PostgreSQL server (PgServer.h), for Catch tests.
#include "PgServer.h"
#include "TestSupport.h"

#include "core/team/TeamSync.h"

#include <QTemporaryDir>

namespace ssc::test {

// The fixture catalogue published to a new team catalogue on the tests'
// server: its URL, and the publishing catalogue (first.ssccat in dir),
// now the first copy.
struct PublishedTeam
{
    QString url;
    std::unique_ptr<CatalogueStore> first;
};

inline PublishedTeam publishFixture(const QTemporaryDir &dir)
{
    PgServer &server = PgServer::shared();
    PublishedTeam team;
    team.url = server.url(server.createDatabase());
    team.first = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("first.ssccat"))));
    REQUIRE(team.first->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    REQUIRE(TeamSync::createServer(team.url, team.first.get()).ok());
    return team;
}

} // namespace ssc::test
