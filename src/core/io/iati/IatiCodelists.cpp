#include "core/io/iati/IatiCodelists.h"

#include "core/base/CsvReader.h"

namespace ssc {

const IatiCodelists &IatiCodelists::instance()
{
    static const IatiCodelists lists;
    return lists;
}

IatiCodelists::IatiCodelists()
{
    const auto rows = CsvReader::readFile(QStringLiteral(":/data/iati-codelists.csv"));
    if (!rows)
        qFatal("Cannot read the bundled IATI codelists: %s", qPrintable(rows.error().message));
    for (const CsvReader::Row &row : *rows) {
        if (row.line == 1 || row.fields.size() < 4)
            continue;
        const bool withdrawn = row.fields[3] == QLatin1String("1");
        m_items.insert(row.fields[0] + QLatin1Char('/') + row.fields[1],
                       {row.fields[2], withdrawn});
        if (!withdrawn)
            m_active[row.fields[0]] << row.fields[1];
    }
}

IatiCodelists::Status IatiCodelists::status(const QString &list, const QString &code) const
{
    const auto it = m_items.constFind(list + QLatin1Char('/') + code);
    if (it == m_items.cend())
        return Status::Unknown;
    return it->withdrawn ? Status::Withdrawn : Status::Active;
}

QString IatiCodelists::name(const QString &list, const QString &code) const
{
    return m_items.value(list + QLatin1Char('/') + code).name;
}

} // namespace ssc
