// Report files: XLSX through libxlsxwriter, PDF through QPdfWriter, and the
// one place that writes any format to disk, beside the target first.
#include "ReportWriter.h"

#include "core/base/FileCommit.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

Error cannotWrite(const QString &path, const QString &why)
{
    return Error{Tr::tr("Cannot write the report to %1: %2").arg(path, why), Error::Kind::Input};
}

// Excel's rows per worksheet, the heading included; a test makes it small.
int g_xlsxSheetRows = int(LXW_ROW_MAX);

// Excel's most characters in a cell; libxlsxwriter refuses a longer string.
constexpr qsizetype kXlsxCellCharacters = 32767;

// Value, or as much of it as a cell holds with "… [cut: N characters]".
// Counted in UTF-16 units, as Excel counts (libxlsxwriter counts code
// points, which is never more).
QString cellText(const QString &value, qint64 &cutCells)
{
    if (value.size() <= kXlsxCellCharacters)
        return value;
    ++cutCells;
    auto marker = [](qsizetype n) { return Tr::tr(" … [cut: %1 characters]").arg(n); };
    // The marker for the whole length is at least as long as the one used.
    qsizetype keep = std::max<qsizetype>(0, kXlsxCellCharacters - marker(value.size()).size());
    if (keep > 0 && value[keep - 1].isHighSurrogate())
        --keep;
    return value.left(keep) + marker(value.size() - keep);
}

Status writeXlsx(const Report &r, const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    // Rows go to disk as they are written, so a million-row list stays small
    // in memory; every sheet is written top to bottom, as this needs. They
    // go to files beside the report, not to a /tmp that may be memory.
    QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = folder.data();
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book)
        return cannotWrite(path, Tr::tr("the file cannot be created"));
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    // Strings are written as strings: nothing in them runs as a formula.
    // One longer than a cell holds is cut (never between a surrogate pair)
    // and ends with a note of how much, so that no text goes missing
    // without a word; the Summary counts them.
    qint64 cutCells = 0;
    auto text = [&cutCells](lxw_worksheet *sheet, int row, int col, const QString &value,
                            lxw_format *format = nullptr) {
        const QByteArray utf8 = cellText(value, cutCells).toUtf8();
        return worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), utf8.constData(),
                                      format);
    };
    auto num = [](lxw_worksheet *sheet, int row, int col, double value,
                  lxw_format *format = nullptr) {
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), value, format);
    };

    lxw_worksheet *summary = workbook_add_worksheet(book, "Summary");
    int row = 0;
    text(summary, row++, 0, r.title, bold);
    text(summary, row, 0, Tr::tr("Catalogue"));
    text(summary, row++, 1, r.catalogueName);
    text(summary, row, 0, Tr::tr("Prepared on"));
    text(summary, row++, 1, r.generated.date().toString(Qt::ISODate));
    text(summary, row, 0, Tr::tr("Scope"));
    text(summary, row++, 1, r.scope);
    ++row;
    text(summary, row, 0, Tr::tr("Initiatives"));
    num(summary, row++, 1, double(r.initiativeCount));
    text(summary, row, 0, Tr::tr("Countries involved"));
    num(summary, row++, 1, double(r.countryCount));
    for (const auto &[role, n] : r.countriesByRole) {
        text(summary, row, 0, Tr::tr("%1 countries").arg(role));
        num(summary, row++, 1, double(n));
    }
    text(summary, row, 0, Tr::tr("Partners"));
    num(summary, row++, 1, double(r.partnerCount));
    for (const CurrencyAmount &a : r.funding) {
        text(summary, row, 0, Tr::tr("Funding in %1").arg(a.currency));
        num(summary, row++, 1, a.amount, money);
    }
    if (r.firstYear) {
        text(summary, row, 0, Tr::tr("First year"));
        num(summary, row++, 1, *r.firstYear);
        text(summary, row, 0, Tr::tr("Last year"));
        num(summary, row++, 1, *r.lastYear);
    }
    const int summaryRows = row;
    worksheet_set_column(summary, 0, 0, 28, nullptr);
    worksheet_set_column(summary, 1, 1, 40, nullptr);

    // The list, continued on "Initiatives (2)" and so on past a sheet's
    // rows, each sheet with the heading.
    const char *heads[] = {"Identifier", "Title",   "Countries", "Programme areas",
                           "Partners",   "Funding", "Years",     "Status"};
    const int sheetRows = std::max(2, g_xlsxSheetRows);
    int listSheets = 0;
    auto listSheet = [&] {
        ++listSheets;
        const QByteArray name = listSheets == 1 ? QByteArrayLiteral("Initiatives")
                                                : QByteArrayLiteral("Initiatives (") +
                                                      QByteArray::number(listSheets) + ')';
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
        if (!sheet)
            return sheet;
        worksheet_set_column(sheet, 1, 1, 50, nullptr);
        worksheet_set_column(sheet, 2, 5, 30, nullptr);
        for (int c = 0; c < 8; ++c)
            text(sheet, 0, c, Tr::tr(heads[c]), bold);
        return sheet;
    };
    lxw_worksheet *list = listSheet();
    row = 1;
    lxw_error cellError = list ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
    const Status listed = r.forEachListed([&](const ReportInitiative &in) {
        if (cellError != LXW_NO_ERROR)
            return;
        if (row == sheetRows) {
            if (!(list = listSheet())) {
                cellError = LXW_ERROR_MEMORY_MALLOC_FAILED;
                return;
            }
            row = 1;
        }
        int c = 0;
        for (const QString &v : {in.id, in.title, in.countries, in.programmeAreas, in.partners,
                                 in.funding, in.years, in.status})
            if (const lxw_error e = text(list, row, c++, v); e != LXW_NO_ERROR)
                cellError = e;
        ++row;
    });
    if (!listed.ok() && listed.error().kind == Error::Kind::Cancelled) {
        // Freed without writing: closing would still zip the rows so far.
        // Freeing leaves the sheets' temporary files (constant-memory mode,
        // already without a name) open in libxlsxwriter 1.1.4, so they are
        // closed here; the test of cancelling counts the open files.
        lxw_worksheet *sheet = nullptr;
        STAILQ_FOREACH(sheet, book->worksheets, list_pointers)
        {
            if (sheet->optimize_tmpfile) {
                std::fclose(sheet->optimize_tmpfile);
                sheet->optimize_tmpfile = nullptr;
            }
        }
        lxw_workbook_free(book);
        return listed;
    }
    if (!listed.ok() || cellError != LXW_NO_ERROR) {
        workbook_close(book); // frees it; the partial file is removed by writeReport
        if (!listed.ok())
            return listed;
        return cannotWrite(path, Tr::tr("a row of the list could not be written (%1)")
                                     .arg(QString::fromUtf8(lxw_strerror(cellError))));
    }

    // The breakdowns are short (a row per country, area or funder), but a
    // sheet never takes more rows than Excel opens: the rest are counted
    // and the Summary says so.
    qint64 rowsLeftOut = 0;
    auto room = [&](int at) {
        if (at < sheetRows)
            return true;
        ++rowsLeftOut;
        return false;
    };
    auto breakdownSheet = [&](const char *name, std::initializer_list<const char *> ids) {
        lxw_worksheet *sheet = workbook_add_worksheet(book, name);
        text(sheet, 0, 0, Tr::tr("Breakdown"), bold);
        text(sheet, 0, 1, Tr::tr("Value"), bold);
        text(sheet, 0, 2, Tr::tr("Initiatives"), bold);
        int at = 1;
        for (const char *id : ids) {
            const Breakdown *b = r.breakdown(QString::fromLatin1(id));
            for (const BreakdownRow &br : b ? b->rows : std::vector<BreakdownRow>{}) {
                if (!room(at))
                    continue;
                text(sheet, at, 0, b->title);
                text(sheet, at, 1, br.label);
                num(sheet, at++, 2, double(br.initiatives));
            }
        }
        worksheet_set_column(sheet, 0, 1, 30, nullptr);
    };
    breakdownSheet("By country", {"recipient-country", "provider-country", "region"});
    breakdownSheet("By programme area", {"programme-area"});

    lxw_worksheet *funds = workbook_add_worksheet(book, "By funding");
    const char *fundHeads[] = {"Funding source", "Initiatives", "Currency", "Amount"};
    for (int c = 0; c < 4; ++c)
        text(funds, 0, c, Tr::tr(fundHeads[c]), bold);
    row = 1;
    if (const Breakdown *b = r.breakdown(QStringLiteral("funding-source"))) {
        for (const BreakdownRow &br : b->rows) {
            if (br.amounts.empty() && room(row)) {
                text(funds, row, 0, br.label);
                num(funds, row++, 1, double(br.initiatives));
            }
            for (const CurrencyAmount &a : br.amounts) {
                if (!room(row))
                    continue;
                text(funds, row, 0, br.label);
                num(funds, row, 1, double(br.initiatives));
                text(funds, row, 2, a.currency);
                num(funds, row++, 3, a.amount, money);
            }
        }
    }
    worksheet_set_column(funds, 0, 0, 40, nullptr);
    worksheet_set_column(funds, 3, 3, 18, nullptr);

    // What did not fit, at the end of the Summary (the last row written
    // there; constant-memory sheets are written top to bottom).
    int noteRow = summaryRows + 1;
    if (cutCells > 0) {
        text(summary, noteRow, 0, Tr::tr("Cells cut to Excel's 32,767 characters"));
        num(summary, noteRow++, 1, double(cutCells));
    }
    if (rowsLeftOut > 0) {
        text(summary, noteRow, 0, Tr::tr("Rows left out: more than a worksheet holds"));
        num(summary, noteRow++, 1, double(rowsLeftOut));
    }

    errno = 0;
    const lxw_error closed = workbook_close(book);
    const int systemError = errno;
    if (closed == LXW_ERROR_ZIP_FILE_OPERATION && systemError != 0) {
        // The zip writer's failure is the system's ("No space left on
        // device"), which libxlsxwriter's own message leaves out.
        return cannotWrite(path, QString::fromLocal8Bit(std::strerror(systemError)));
    }
    if (closed != LXW_NO_ERROR)
        return cannotWrite(path, QString::fromUtf8(lxw_strerror(closed)));
    return success();
}

// The writer is given a CheckedWrites, not a path: QPdfWriter ignores a
// failed write, and a PDF cut short on a full disk was reported written.
Status writePdf(const Report &r, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    CheckedWrites checked(out);
    bool printed = false;
    {
        QPdfWriter pdf(&checked);
        pdf.setTitle(r.title);
        pdf.setCreator(QStringLiteral("SSC Catalogue"));
        pdf.setResolution(300);
        setReportPageLayout(r, pdf);
        printed = printReport(r, pdf);
    }
    if (const QString why = checked.failure(); !why.isEmpty())
        return cannotWrite(path, why);
    if (const QString why = flushFile(out); !why.isEmpty())
        return cannotWrite(path, why);
    if (!printed)
        return cannotWrite(path, Tr::tr("the PDF could not be written"));
    return success();
}

// The text formats: the bytes, written in one go.
template <QByteArray (*bytesOf)(const Report &)>
Status writeBytes(const Report &r, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    const QByteArray bytes = bytesOf(r);
    if (out.write(bytes) != bytes.size() || !out.flush())
        return cannotWrite(path, out.errorString());
    return success();
}

// CSV and JSON a buffer at a time, straight to the file: the list may be a
// million rows.
template <Status (*writeTo)(const Report &, QIODevice &)>
Status writeStreamed(const Report &r, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    if (Status s = writeTo(r, out); !s.ok())
        return s;
    if (!out.flush())
        return cannotWrite(path, out.errorString());
    return success();
}

QByteArray htmlBytes(const Report &r)
{
    return reportHtml(r).toUtf8();
}

QByteArray markdownBytes(const Report &r)
{
    return reportMarkdown(r).toUtf8();
}

} // namespace

int setXlsxSheetRows(int rows)
{
    return std::exchange(g_xlsxSheetRows, rows);
}

const std::vector<ReportFormatDefinition> &reportFormats()
{
    static const std::vector<ReportFormatDefinition> formats = {
        {ReportFormat::Pdf,
         {QStringLiteral("pdf")},
         QT_TRANSLATE_NOOP("ReportDialog", "PDF document (.pdf)"),
         true,
         false,
         writePdf},
        {ReportFormat::Html,
         {QStringLiteral("html"), QStringLiteral("htm")},
         QT_TRANSLATE_NOOP("ReportDialog", "Web page (.html)"),
         true,
         false,
         writeBytes<htmlBytes>},
        {ReportFormat::Markdown,
         {QStringLiteral("md"), QStringLiteral("markdown")},
         QT_TRANSLATE_NOOP("ReportDialog", "Markdown (.md)"),
         false,
         false,
         writeBytes<markdownBytes>},
        {ReportFormat::Csv,
         {QStringLiteral("csv")},
         QT_TRANSLATE_NOOP("ReportDialog", "CSV table (.csv)"),
         false,
         true,
         writeStreamed<writeReportCsv>},
        {ReportFormat::Xlsx,
         {QStringLiteral("xlsx")},
         QT_TRANSLATE_NOOP("ReportDialog", "Excel workbook (.xlsx)"),
         false,
         true,
         writeXlsx},
        {ReportFormat::Json,
         {QStringLiteral("json")},
         QT_TRANSLATE_NOOP("ReportDialog", "JSON data (.json)"),
         false,
         true,
         writeStreamed<writeReportJson>},
    };
    return formats;
}

const ReportFormatDefinition &reportFormat(ReportFormat format)
{
    for (const ReportFormatDefinition &d : reportFormats())
        if (d.format == format)
            return d;
    return reportFormats().front(); // every enum value has a row (test_report)
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    for (const ReportFormatDefinition &d : reportFormats())
        if (d.names.contains(n))
            return d.format;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromPath(const QString &path)
{
    return reportFormatFromName(QFileInfo(path).suffix());
}

QString reportFormatSuffix(ReportFormat format)
{
    return reportFormat(format).names.constFirst();
}

int defaultListLimit(ReportFormat format)
{
    return reportFormat(format).listsAll ? -1 : kDocumentListLimit;
}

QString reportFormatNames()
{
    QStringList names;
    for (const ReportFormatDefinition &d : reportFormats())
        names << d.names.constFirst();
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + Tr::tr(" or ") + last;
}

bool listsOnDisk(ReportFormat format)
{
    return format == ReportFormat::Csv || format == ReportFormat::Xlsx ||
           format == ReportFormat::Json;
}

bool reportNeedsGui(ReportFormat format)
{
    return reportFormat(format).previewable; // the formats drawn as pages: PDF, HTML
}

Status writeReport(const Report &report, ReportFormat format, const QString &path)
{
    // Fonts without a QGuiApplication abort the program.
    if (reportNeedsGui(format) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return cannotWrite(path, Tr::tr("PDF and HTML reports need the graphical libraries"));
    // The other writers read the list from memory: a list on disk would be
    // left out without a word.
    if (report.listFile && !listsOnDisk(format))
        return cannotWrite(path, Tr::tr("the report was prepared for CSV, XLSX or JSON"));
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    Status written = reportFormat(format).write(report, partial);
    if (!written) {
        QFile::remove(partial);
        return written;
    }
    // Cancelled after the last row (while XLSX is packed, say): the writer
    // did not see it, but a file put in place now would be there after the
    // person was told none was written.
    if (report.options.cancelled && report.options.cancelled()) {
        QFile::remove(partial);
        return Error{Tr::tr("Cancelled"), Error::Kind::Cancelled};
    }
    // rename() replaces an existing report in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) !=
        0) {
        QFile::remove(partial);
        return cannotWrite(path, Tr::tr("the finished file could not be moved into place"));
    }
    return success();
}

} // namespace ssc
