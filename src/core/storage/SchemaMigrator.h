#pragma once

#include "core/base/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace ssc {

// Applies the numbered schema files in resources/schema (NNN_name.sql) to a
// catalogue. The version is recorded in the file (PRAGMA user_version); all
// pending steps run in the caller's transaction.
class SchemaMigrator
{
public:
    // 'SSCC': marks an SQLite file as an SSC catalogue.
    static constexpr int kApplicationId = 0x53534343;

    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    // Runs the steps after the file's version up to targetVersion. Must be
    // called inside a transaction; returns the first failing statement.
    static Status migrate(QSqlDatabase &db, int targetVersion = latestVersion());
    // Executes a script of statements separated by ';' at line ends.
    static Status executeScript(QSqlDatabase &db, const QString &script, const QString &name);
    static QStringList splitStatements(const QString &script);
    // For tests of upgrades: creates a file at an older schema version.
    static Status createAtVersion(const QString &path, int version);

private:
    static QStringList migrationFiles();
};

} // namespace ssc
