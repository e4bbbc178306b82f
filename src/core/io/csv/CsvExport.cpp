#include "core/io/csv/CsvExport.h"

#include "core/base/FileCommit.h"
#include "core/io/csv/CsvImporter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ssc {

namespace {

QString joined(const QStringList &values)
{
    return values.join(QStringLiteral("; "));
}

// Begins, after any apostrophes, with what makes a spreadsheet read a
// formula. The apostrophes count so that a value that begins with one is
// marked too and unmarkedCell never takes off one the value had.
bool runsAsFormula(const QString &value)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    qsizetype i = 0;
    while (i < value.size() && value[i] == QLatin1Char('\''))
        ++i;
    return i < value.size() && risky.contains(value[i]);
}

} // namespace

QString CsvExport::safeCell(const QString &value)
{
    return runsAsFormula(value) ? QLatin1Char('\'') + value : value;
}

QString CsvExport::unmarkedCell(const QString &value)
{
    return value.startsWith(QLatin1Char('\'')) && runsAsFormula(value) ? value.mid(1) : value;
}

QString CsvExport::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString q = value;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QStringList CsvExport::row(const Initiative &in)
{
    QStringList countries;
    for (const CountryParticipation &c : in.countries)
        countries << c.code + QLatin1Char(':') + c.role;
    QStringList partners;
    for (const Partnership &p : in.partners)
        partners << p.organisation + QLatin1Char(':') + p.role;
    QStringList funding;
    for (const FundingRecord &f : in.funding) {
        QString text = f.source;
        if (f.amount)
            text += QStringLiteral(":%1 %2").arg(QString::number(*f.amount, 'f', -1), f.currency);
        if (f.year)
            text += QStringLiteral(":%1").arg(*f.year);
        funding << text;
    }
    // In the order of CsvImporter::columns().
    return {in.id,
            in.title,
            in.summary,
            in.description,
            in.status,
            in.start,
            in.end,
            joined(in.modalities),
            in.activityType,
            joined(countries),
            joined(in.programmeAreas),
            joined(partners),
            joined(funding),
            joined(in.sdgs),
            in.beneficiaries,
            in.results,
            joined(in.sources),
            in.language,
            in.triangular ? QStringLiteral("yes") : QString()};
}

Status CsvExport::write(const QString &path, const std::function<bool(Initiative &)> &next)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    file.write("\xEF\xBB\xBF");
    file.write(CsvImporter::columns().join(QLatin1Char(',')).toUtf8() + "\r\n");
    Initiative in;
    while (next(in)) {
        QStringList fields;
        for (const QString &f : row(in))
            fields << field(safeCell(f));
        file.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
    }
    if (const QString failed = commitSaveFile(file); !failed.isEmpty())
        return Error{
            QCoreApplication::translate("CsvExport", "Cannot write %1: %2").arg(path, failed)};
    return success();
}

} // namespace ssc
