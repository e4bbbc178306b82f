#include "core/base/CsvReader.h"

#include <QCoreApplication>
#include <QFile>

namespace ssc {

Result<std::vector<CsvReader::Row>> CsvReader::parse(const QString &input, const QString &fileName)
{
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    std::vector<Row> rows;
    Row row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    int quoteLine = 0;

    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty()))
            rows.push_back(row);
        row = Row{};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF or lone CR both end the row.
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRow();
            row.line = ++line;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            row.line = ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{QCoreApplication::translate("CsvReader",
                                                 "%1, line %2: a quoted field is not closed "
                                                 "(expected a closing \" before the end of file)")
                         .arg(fileName, QString::number(quoteLine))};
    if (fieldStarted || !field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return rows;
}

Result<std::vector<CsvReader::Row>> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("CsvReader", "Cannot read %1: %2")
                         .arg(path, file.errorString())};
    return parse(QString::fromUtf8(file.readAll()), path);
}

} // namespace ssc
