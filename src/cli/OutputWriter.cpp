#include "OutputWriter.h"

#include "core/io/csv/CsvExport.h"

#include <algorithm>

namespace ssc {

QString OutputWriter::table(const QStringList &headers, const Rows &rows, int maxWidth)
{
    auto cell = [maxWidth](QString text) {
        text = text.simplified();
        if (text.size() > maxWidth)
            text = text.left(maxWidth - 1) + QChar(0x2026);
        return text;
    };
    QList<int> widths;
    for (const QString &h : headers)
        widths << int(h.size());
    Rows cells;
    for (const QStringList &row : rows) {
        QStringList line;
        for (int c = 0; c < row.size() && c < widths.size(); ++c) {
            line << cell(row[c]);
            widths[c] = std::max(widths[c], int(line.back().size()));
        }
        cells << line;
    }
    auto format = [&widths](const QStringList &line) {
        QStringList padded;
        for (int c = 0; c < line.size(); ++c)
            padded << (c + 1 == line.size() ? line[c] : line[c].leftJustified(widths[c]));
        return padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    QString out = format(headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    out += rule.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList &line : cells)
        out += format(line);
    return out;
}

QString OutputWriter::csvField(const QString &value)
{
    return CsvExport::field(CsvExport::safeCell(value));
}

QString OutputWriter::csv(const QStringList &headers, const Rows &rows)
{
    auto line = [](const QStringList &fields) {
        QStringList escaped;
        for (const QString &f : fields)
            escaped << csvField(f);
        return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString out = line(headers);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

} // namespace ssc
