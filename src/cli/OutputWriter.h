#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ssc {

// Tabular command output as an aligned text table or RFC 4180 CSV.
class OutputWriter
{
public:
    using Rows = QList<QStringList>;

    // Columns padded to their widest cell, cut at maxWidth with an ellipsis.
    static QString table(const QStringList &headers, const Rows &rows, int maxWidth = 48);
    // CRLF line ends; fields with commas, quotes or line breaks quoted; a
    // cell a spreadsheet would run as a formula gets a leading apostrophe
    // (CsvExport::safeCell).
    static QString csv(const QStringList &headers, const Rows &rows);
    static QString csvField(const QString &value);
};

} // namespace ssc
