#pragma once

#include "core/base/Result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace ssc {

// RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks;
// a UTF-8 byte order mark is skipped. Each row keeps the line it started on.
class CsvReader
{
public:
    struct Row
    {
        int line = 0;
        QStringList fields;
    };

    static Result<std::vector<Row>> parse(const QString &text, const QString &fileName);
    static Result<std::vector<Row>> readFile(const QString &path);
};

} // namespace ssc
