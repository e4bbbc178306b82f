#include "core/storage/SchemaMigrator.h"

#include "core/storage/ScopedTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace ssc {

QStringList SchemaMigrator::migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/schema"))
                            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

int SchemaMigrator::latestVersion()
{
    return int(migrationFiles().size());
}

int SchemaMigrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Status SchemaMigrator::executeScript(QSqlDatabase &db, const QString &script, const QString &name)
{
    for (const QString &statement : splitStatements(script)) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return Error{
                QCoreApplication::translate("SchemaMigrator", "Schema step %1 failed: %2 (in: %3)")
                    .arg(name, q.lastError().text(), statement.left(80))};
    }
    return success();
}

Status SchemaMigrator::migrate(QSqlDatabase &db, int targetVersion)
{
    const QStringList files = migrationFiles();
    const int from = currentVersion(db);
    if (from < 0) // a damaged file (CatalogueStore refuses it before this)
        return Error{QCoreApplication::translate(
                         "SchemaMigrator", "Schema version %1 is not one this program can upgrade")
                         .arg(from)};
    for (int version = from + 1; version <= targetVersion && version <= files.size(); ++version) {
        const QString name = files[version - 1];
        QFile file(QStringLiteral(":/schema/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("SchemaMigrator",
                                                     "Schema step %1 is missing from the program")
                             .arg(name)};
        if (Status s = executeScript(db, QString::fromUtf8(file.readAll()), name); !s)
            return s;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return Error{q.lastError().text()};
    }
    if (from == 0) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    }
    return success();
}

Status SchemaMigrator::createAtVersion(const QString &path, int version)
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ssc-schema-create"));
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

} // namespace ssc
