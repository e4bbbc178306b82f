#include "core/base/CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace ssc {

namespace {

// What XML 1.0 cannot hold (the catalogue's texts go to IATI XML): C0
// controls but tab and line ends, and the two non-characters.
bool unwanted(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF;
}

} // namespace

Result<std::vector<CsvReader::Row>> CsvReader::parse(const QString &input, const QString &fileName,
                                                     const QList<int> &badLines)
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
    qsizetype lineStart = 0; // index of the current line's first character
    row.line = 1;
    int quoteLine = 0;
    int lastBadLine = 0; // one U+FFFD warning a line is enough

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
    auto newLine = [&](qsizetype next) {
        ++line;
        lineStart = next;
    };
    // false when c is taken out.
    auto keep = [&](QChar c, qsizetype i) {
        const QString column = QString::number(i - lineStart + 1);
        if (unwanted(c)) {
            row.problems << QCoreApplication::translate(
                                "CsvReader", "line %1, column %2: control character U+%3 removed")
                                .arg(QString::number(line), column,
                                     QStringLiteral("%1")
                                         .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                         .toUpper());
            return false;
        }
        if (c == QChar::ReplacementCharacter && line != lastBadLine && badLines.contains(line)) {
            lastBadLine = line;
            row.problems << QCoreApplication::translate(
                                "CsvReader", "line %1, column %2: bytes that are not UTF-8 were "
                                             "replaced by U+FFFD (expected a file saved as UTF-8)")
                                .arg(QString::number(line), column);
        }
        return true;
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
                // A line break inside a field: LF, CRLF (counted at its LF) or a lone CR.
                if (c == QLatin1Char('\n') ||
                    (c == QLatin1Char('\r') &&
                     (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n'))))
                    newLine(i + 1);
                if (keep(c, i))
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
            newLine(i + 1);
            row.line = line;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            newLine(i + 1);
            row.line = line;
        } else {
            if (keep(c, i))
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
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    QList<int> badLines;
    if (utf8.hasError()) {
        // Which lines: each decoded on its own (a line break is never inside
        // a UTF-8 sequence). Lines end at LF, CRLF or a lone CR, as in parse.
        int line = 1;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= bytes.size(); ++i) {
            const bool end = i == bytes.size();
            const char b = end ? '\n' : bytes[i];
            if (b != '\n' && b != '\r')
                continue;
            QStringDecoder one(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)QString(one(QByteArrayView(bytes).sliced(start, i - start)));
            if (one.hasError())
                badLines << line;
            if (b == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
            start = i + 1;
            ++line;
        }
    }
    return parse(text, path, badLines);
}

} // namespace ssc
