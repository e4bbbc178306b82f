// The report on pages (PDF, print preview): the HTML laid out as rich text,
// its charts and map as text objects drawn with QPainter (vectors on a PDF,
// text selectable), and pages broken where nothing is cut in two.
#include "ReportFigures.h"
#include "ReportWording.h"
#include "ReportWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QImageReader>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <map>

namespace ssc {

using namespace wording;

namespace {

const QMarginsF kMargins(15, 20, 15, 18); // millimetres; room for header and footer

constexpr int kFigureObject = QTextFormat::UserObject + 1;
enum FigureProperty
{
    FigureKind = QTextFormat::UserProperty + 1,
    FigureBreakdown,
    FigureRows,
    FigureSize,
};
const QString kFigureUrl = QStringLiteral("ssc-figure:");

// Draws the figures where the document holds them, from a copy of the
// report's figures: the document may outlive the report (the preview).
class FigureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    FigureObject(const Report &r, QObject *parent) : QObject(parent), m_counts(r.countryInitiatives)
    {
        for (const Breakdown &b : r.breakdowns)
            if (b.charted)
                m_breakdowns.emplace(b.id, b);
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return format.property(FigureSize).toSizeF();
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        if (format.intProperty(FigureKind) == FigureRequest::Map) {
            drawMap(*painter, rect, m_counts);
            return;
        }
        const auto it = m_breakdowns.find(format.stringProperty(FigureBreakdown));
        if (it != m_breakdowns.end())
            drawChart(*painter, rect, it->second, format.intProperty(FigureRows));
    }

private:
    QHash<QString, qint64> m_counts;
    std::map<QString, Breakdown> m_breakdowns;
};

// Where a page may begin, in document coordinates, and where one must.
struct Breaks
{
    std::vector<double> allowed;
    std::vector<double> forced;
};

// A page may begin at a paragraph's line, at a block kept together (a
// one-cell table) or, in a table too tall for a page, at a row; never right
// after a heading, which stays with what follows it.
void collectBreaks(QTextFrame::iterator it, QAbstractTextDocumentLayout &layout, double pageHeight,
                   bool topLevel, Breaks &out)
{
    bool afterHeading = false;
    for (; !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF box = layout.frameBoundingRect(frame);
            if (topLevel &&
                frame->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                out.forced.push_back(box.top());
            if (!afterHeading)
                out.allowed.push_back(box.top());
            afterHeading = false;
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table || box.height() <= pageHeight)
                continue;
            if (table->rows() == 1 && table->columns() == 1) {
                collectBreaks(table->cellAt(0, 0).begin(), layout, pageHeight, false, out);
                continue;
            }
            const QTextTableFormat format = table->format();
            const double above = format.cellPadding() + format.border() + 1;
            for (int row = 1; row < table->rows(); ++row) {
                const QTextBlock first = table->cellAt(row, 0).firstCursorPosition().block();
                out.allowed.push_back(layout.blockBoundingRect(first).top() - above);
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QRectF box = layout.blockBoundingRect(block);
        if (topLevel && block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            out.forced.push_back(box.top());
        const QTextLayout *lines = block.layout();
        for (int i = afterHeading ? 1 : 0; i < lines->lineCount(); ++i)
            out.allowed.push_back(box.top() + lines->lineAt(i).y());
        afterHeading = block.blockFormat().headingLevel() > 0;
    }
}

// The top of each page in the laid-out document, and its end: pages as
// full as they can be without cutting a line, a kept block or a heading
// from what follows it.
std::vector<double> pageTops(QTextDocument &doc, double pageHeight)
{
    QAbstractTextDocumentLayout &layout = *doc.documentLayout();
    const double end = layout.documentSize().height();
    Breaks breaks;
    collectBreaks(doc.rootFrame()->begin(), layout, pageHeight, true, breaks);
    std::sort(breaks.allowed.begin(), breaks.allowed.end());
    std::sort(breaks.forced.begin(), breaks.forced.end());
    std::vector<double> tops{0};
    for (;;) {
        const double top = tops.back(), limit = top + pageHeight;
        const auto forced = std::upper_bound(breaks.forced.begin(), breaks.forced.end(), top + 1);
        if (forced != breaks.forced.end() && *forced <= limit) {
            tops.push_back(*forced);
            continue;
        }
        if (end <= limit)
            break;
        const auto after = std::upper_bound(breaks.allowed.begin(), breaks.allowed.end(), limit);
        const bool fits = after != breaks.allowed.begin() && *(after - 1) > top + 1;
        // Nothing to break at (a figure taller than a page): cut it.
        tops.push_back(fits ? *(after - 1) : limit);
    }
    tops.push_back(end);
    return tops;
}

} // namespace

QSizeF reportBodySize(const ReportOptions &o)
{
    QSizeF paper =
        QPageSize(o.letterPaper ? QPageSize::Letter : QPageSize::A4).size(QPageSize::Millimeter);
    if (o.landscape)
        paper.transpose();
    const QSizeF mm(paper.width() - kMargins.left() - kMargins.right(),
                    paper.height() - kMargins.top() - kMargins.bottom());
    return mm * (96.0 / 25.4);
}

void setReportPageLayout(const Report &r, QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(r.options.letterPaper ? QPageSize::Letter : QPageSize::A4));
    device.setPageOrientation(r.options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    device.setPageMargins(kMargins, QPageLayout::Millimeter);
}

// Rich-text layout slows down far faster than a text grows when the text
// has nowhere to break a line (a 1,000,000-character title took 37 s, a
// 50 MB one gigabytes). A field is not read in print past a page or two, so
// the pages cut each one to this many characters with a visible note, as
// the XLSX writer does at a cell's limit; the HTML, CSV and JSON keep it all.
constexpr qsizetype kPageFieldCharacters = 5000;

void cutForPages(QString &value)
{
    if (value.size() <= kPageFieldCharacters)
        return;
    qsizetype keep = kPageFieldCharacters;
    if (value[keep - 1].isHighSurrogate())
        --keep;
    const qsizetype cut = value.size() - keep;
    value.truncate(keep);
    value += ReportTr::tr(" … [cut: %1 characters]").arg(cut);
}

// The report with every text the pages show cut to kPageFieldCharacters.
Report forPages(Report r)
{
    for (QString *text : {&r.title, &r.catalogueName, &r.scope, &r.options.introduction})
        cutForPages(*text);
    for (auto &[role, count] : r.countriesByRole)
        cutForPages(role);
    for (Breakdown &b : r.breakdowns) {
        cutForPages(b.title);
        cutForPages(b.note);
        for (BreakdownRow &row : b.rows)
            cutForPages(row.label);
    }
    for (ReportInitiative &in : r.initiatives) {
        for (QString *text : {&in.id, &in.title, &in.countries, &in.programmeAreas, &in.partners,
                              &in.funding, &in.years, &in.status})
            cutForPages(*text);
        for (QString &s : in.sources)
            cutForPages(s);
    }
    for (Source &s : r.sources) {
        for (QString *text : {&s.id, &s.title, &s.url, &s.date, &s.publisher, &s.file})
            cutForPages(*text);
    }
    return r;
}

std::unique_ptr<QTextDocument> reportDocument(const Report &report)
{
    const Report r = forPages(report);
    auto doc = std::make_unique<QTextDocument>();
    QTextDocument *d = doc.get();
    // Each figure an image placeholder first (the HTML importer knows
    // images, not objects of ours), turned into a figure object below.
    std::vector<FigureRequest> figures;
    d->setHtml(reportHtml(r, [&](const FigureRequest &f) {
        if (f.kind == FigureRequest::Logo) {
            // The logo is a picture: the one raster image in the PDF.
            QImageReader reader(r.options.logoPath);
            reader.setScaledSize(f.size * 4); // sharp in print
            d->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("ssc-logo")),
                           reader.read());
            return QStringLiteral("<img src=\"ssc-logo\" width=\"%1\" height=\"%2\">")
                .arg(f.size.width())
                .arg(f.size.height());
        }
        figures.push_back(f);
        return QStringLiteral("<img src=\"%1%2\" width=\"%3\" height=\"%4\">")
            .arg(kFigureUrl)
            .arg(figures.size() - 1)
            .arg(f.size.width())
            .arg(f.size.height());
    }));
    d->documentLayout()->registerHandler(kFigureObject, new FigureObject(r, d));
    std::vector<std::pair<int, size_t>> placed; // position, figure
    for (QTextBlock block = d->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString name = fragment.charFormat().toImageFormat().name();
            if (fragment.charFormat().isImageFormat() && name.startsWith(kFigureUrl))
                placed.push_back({fragment.position(), name.mid(kFigureUrl.size()).toULong()});
        }
    }
    for (const auto &[position, index] : placed) {
        if (index >= figures.size())
            continue;
        const FigureRequest &f = figures[index];
        QTextCharFormat object;
        object.setObjectType(kFigureObject);
        object.setProperty(FigureKind, int(f.kind));
        object.setProperty(FigureBreakdown, f.breakdown ? f.breakdown->id : QString());
        object.setProperty(FigureRows, f.rows);
        object.setProperty(FigureSize, QSizeF(f.size));
        QTextCursor cursor(d);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(object);
    }
    return doc;
}

bool printReport(const Report &report, QPagedPaintDevice &device)
{
    const std::unique_ptr<QTextDocument> doc = reportDocument(report);
    const Report &r = report; // the header and footer elide what is long
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const int resolution = device.logicalDpiY();
    const QRect page = device.pageLayout().paintRectPixels(resolution);
    // Lay out at 96 dpi and scale, so that point sizes print as expected;
    // laid out as one long page, broken into pages by pageTops.
    const double scale = double(resolution) / 96.0;
    const double width = page.width() / scale, pageHeight = page.height() / scale;
    doc->setTextWidth(width);
    const std::vector<double> tops = pageTops(*doc, pageHeight);
    const int pages = int(tops.size()) - 1;
    QFont small = doc->defaultFont();
    small.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -tops[size_t(i)]);
        // Half a pixel inside the page's part: what starts or ends exactly at
        // a break is drawn on its own page only, not clipped away (but still
        // in the PDF's text) on the other.
        const double top = tops[size_t(i)], bottom = tops[size_t(i) + 1];
        doc->drawContents(&painter, QRectF(0, top + 0.5, width, bottom - top - 1));
        painter.restore();
        // Header, and in the footer the catalogue, the date and the page
        // number: a page read alone still says where it comes from.
        painter.save();
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        const int margin = int(8 * resolution / 25.4);
        // A long title shortened to the page's width, as the footer is.
        painter.drawText(QRect(0, -margin - int(6 * scale), page.width(), margin),
                         Qt::AlignLeft | Qt::AlignBottom,
                         painter.fontMetrics().elidedText(r.title, Qt::ElideRight, page.width()));
        painter.drawText(QRect(0, page.height() + int(2 * scale), page.width(), margin),
                         Qt::AlignRight | Qt::AlignTop,
                         ReportTr::tr("Page %1 of %2").arg(i + 1).arg(pages));
        // Shortened where a long name would run into the page number.
        const QString source = QStringLiteral("%1 · %2").arg(
            r.catalogueName, QLocale().toString(r.generated.date(), QLocale::LongFormat));
        painter.drawText(
            QRect(0, page.height() + int(2 * scale), page.width(), margin),
            Qt::AlignLeft | Qt::AlignTop,
            painter.fontMetrics().elidedText(source, Qt::ElideMiddle, page.width() * 3 / 4));
        painter.restore();
    }
    return painter.end();
}

} // namespace ssc

#include "ReportPages.moc"
