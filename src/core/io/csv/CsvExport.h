#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"

#include <functional>

namespace ssc {

// Writes initiatives as CSV in the columns the CSV import reads
// (docs/CSV_IMPORT.md): UTF-8 with a byte order mark so spreadsheets
// recognise it, ";" between values, "Country:role". Importing the file
// into a catalogue holding the same organisations and sources gives the
// same records.
class CsvExport
{
public:
    // next() hands over the initiatives one by one and returns false when done.
    static Status write(const QString &path, const std::function<bool(Initiative &)> &next);
    static QStringList row(const Initiative &initiative);
    // A field as RFC 4180 writes it: quoted, with quotes doubled, when it
    // holds a comma, a quote or a line break.
    static QString field(const QString &value);
    // A cell a spreadsheet would run as a formula (one beginning with = + -
    // @, a tab or a carriage return, after any apostrophes) with one more
    // apostrophe in front, as spreadsheets mark text themselves. Every CSV
    // the program writes (export, reports, list) passes through this.
    static QString safeCell(const QString &value);
    // What safeCell added, taken off again: the CSV import reads an export
    // back exactly, and a cell "'=1" typed in a spreadsheet as "=1".
    static QString unmarkedCell(const QString &value);
};

} // namespace ssc
