#pragma once

#include "core/base/Result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace ssc {

// RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks;
// a UTF-8 byte order mark is skipped; CRLF, LF and a lone CR end a row. Each
// row keeps the line it started on. Control characters XML cannot hold (NUL,
// U+0001-U+001F but tab and line ends) are taken out, and bytes that are not
// UTF-8 become U+FFFD; each such change is named in the row's problems
// (line and column) so that an import can warn instead of passing it on.
class CsvReader
{
public:
    struct Row
    {
        int line = 0;
        QStringList fields;
        QStringList problems;
    };

    // badLines: the lines (from 1) whose bytes were not UTF-8, so that their
    // U+FFFD are reported (a U+FFFD written as such is left alone).
    static Result<std::vector<Row>> parse(const QString &text, const QString &fileName,
                                          const QList<int> &badLines = {});
    static Result<std::vector<Row>> readFile(const QString &path);
};

} // namespace ssc
