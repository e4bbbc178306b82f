#include "core/team/PgPassFile.h"
#include "core/base/FileCommit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PgPassFile)
};

QString escaped(QString field)
{
    field.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    field.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return field;
}

// A line's fields, unescaped; fewer than five for a line that is no entry.
QStringList fieldsOf(const QString &line)
{
    QStringList fields;
    QString field;
    for (int i = 0; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('\\') && i + 1 < line.size()) {
            field += line[++i];
        } else if (line[i] == QLatin1Char(':') && fields.size() < 4) {
            fields << field;
            field.clear();
        } else {
            field += line[i];
        }
    }
    fields << field;
    return fields;
}

QStringList keyOf(const TeamServer::Address &a)
{
    return {a.host, a.port, a.database, a.user};
}

} // namespace

QString PgPassFile::path()
{
    const QString given = qEnvironmentVariable("PGPASSFILE");
    return given.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : given;
}

QString PgPassFile::find(const TeamServer::Address &address)
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList key = keyOf(address);
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QStringList fields = fieldsOf(line);
        if (fields.size() == 5 && fields.mid(0, 4) == key)
            return fields[4];
    }
    return {};
}

Status PgPassFile::save(const TeamServer::Address &address, const QString &password)
{
    const QString file = path();
    QStringList lines;
    QFile existing(file);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error{Tr::tr("Cannot read %1").arg(file), Error::Kind::Catalogue};
        const QStringList key = keyOf(address);
        for (const QString &line : QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'))) {
            const QStringList fields = fieldsOf(line);
            if (!line.isEmpty() && !(fields.size() == 5 && fields.mid(0, 4) == key))
                lines << line;
        }
    }
    QStringList entry;
    const QStringList fields = keyOf(address) << password;
    for (const QString &field : fields)
        entry << escaped(field);
    lines << entry.join(QLatin1Char(':'));
    // Written beside the file and renamed, readable by its owner alone from
    // before the password is in it.
    QSaveFile out(file);
    QString why;
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0)
        why = out.errorString();
    else
        why = commitSaveFile(out);
    if (!why.isEmpty())
        return Error{Tr::tr("Cannot write %1: %2").arg(file, why), Error::Kind::Catalogue};
    return success();
}

} // namespace ssc
