#include "ReportFigures.h"

#include "MapPicture.h"
#include "ReportWording.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace ssc {

using namespace wording;

namespace {

const QColor kBar(0x1c, 0xab, 0xe2);
const QColor kText(0x22, 0x22, 0x22);

QFont figureFont(double pixels)
{
    QFont font = QGuiApplication::font();
    font.setFamily(QStringLiteral("sans-serif"));
    font.setPixelSize(int(pixels));
    return font;
}

} // namespace

int chartHeight(const Breakdown &b, int maxRows)
{
    const int shown = int(std::min<size_t>(chartedRows(b).rows.size(), size_t(maxRows)));
    return shown * kChartRowHeight + 4;
}

void drawChart(QPainter &p, const QRectF &target, const Breakdown &all, int maxRows)
{
    const Breakdown b = chartedRows(all);
    const int shown = int(std::min<size_t>(b.rows.size(), size_t(maxRows)));
    if (shown == 0)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(figureFont(11));
    const QFontMetricsF fm(p.font());
    qint64 top = 1;
    double widestValue = 0, widestLabel = 0;
    for (int i = 0; i < shown; ++i) {
        top = std::max(top, b.rows[size_t(i)].initiatives);
        widestValue =
            std::max(widestValue, fm.horizontalAdvance(number(b.rows[size_t(i)].initiatives)));
        widestLabel = std::max(widestLabel, fm.horizontalAdvance(b.rows[size_t(i)].label));
    }
    // Labels as wide as they need, up to half: the bars keep room to differ.
    const double labelWidth = std::min(widestLabel + 6, target.width() * 0.5);
    const double barSpace = target.width() - labelWidth - widestValue - 10;
    for (int i = 0; i < shown; ++i) {
        const BreakdownRow &row = b.rows[size_t(i)];
        const double y = target.top() + 2 + i * kChartRowHeight;
        const double w = std::max(1.0, barSpace * double(row.initiatives) / double(top));
        p.setPen(kText);
        p.drawText(QRectF(target.left(), y, labelWidth - 6, kChartRowHeight),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(row.label, Qt::ElideRight, labelWidth - 6));
        p.fillRect(QRectF(target.left() + labelWidth, y + 3, w, kChartRowHeight - 6), kBar);
        p.drawText(QRectF(target.left() + labelWidth + w + 4, y, widestValue + 6, kChartRowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, number(row.initiatives));
    }
    p.restore();
}

void drawMap(QPainter &p, const QRectF &target, const QHash<QString, qint64> &counts)
{
    MapPicture map;
    map.counts = counts;
    map.what = ReportTr::tr("Initiatives");
    map.classify();
    p.save();
    p.setFont(figureFont(10));
    map.draw(p, target);
    p.restore();
}

QString figureSvg(QSize size, const QString &title,
                  const std::function<void(QPainter &, const QRectF &)> &draw)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    svg.setResolution(96);
    svg.setTitle(title);
    QPainter p;
    if (!p.begin(&svg))
        return {};
    draw(p, QRectF(QPointF(), QSizeF(size)));
    p.end();
    // Inline in HTML5: the element alone, without the XML prologue.
    const QString text = QString::fromUtf8(buffer.data());
    const qsizetype at = text.indexOf(QLatin1String("<svg"));
    return at < 0 ? QString() : text.mid(at);
}

} // namespace ssc
