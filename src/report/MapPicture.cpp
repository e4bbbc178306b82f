#include "MapPicture.h"

#include "core/domain/WorldMap.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ssc {

namespace {

// ColorBrewer's YlGnBu, six classes from its seven (the palest left out, to
// stand apart from the grey of "none"); ColorBrewer marks it colour-blind
// safe and readable in greyscale.
const QColor kClasses[] = {QColor(0xc7, 0xe9, 0xb4), QColor(0x7f, 0xcd, 0xbb),
                           QColor(0x41, 0xb6, 0xc4), QColor(0x1d, 0x91, 0xc0),
                           QColor(0x22, 0x5e, 0xa8), QColor(0x0c, 0x2c, 0x84)};
const QColor kNone(0xe4, 0xe4, 0xe4);
const QColor kSea(0xf6, 0xf9, 0xfc);
const QColor kBorder(0x9a, 0x9a, 0x9a);
const QColor kSelected(0x11, 0x11, 0x11);
// Links: ColorBrewer Dark2's orange and teal for the two ends, told apart
// by colour-blind readers too, and a blue line.
const QColor kLink(0x22, 0x5e, 0xa8, 190);
const QColor kProvider(0xd9, 0x5f, 0x02);
const QColor kRecipient(0x1b, 0x9e, 0x77);
constexpr double kSouthernEdge = -58; // Antarctica left out: no initiative is there

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorldMapView)
};

} // namespace

bool MapPicture::belowMap(size_t country)
{
    static const double south = WorldMap::project(0, kSouthernEdge).y();
    return WorldMap::instance().countries()[country].bounds.bottom() < south;
}

void MapPicture::classify()
{
    qint64 most = 0;
    for (qint64 n : counts)
        most = std::max(most, n);
    // Counts run from one to thousands: one class per count when there are
    // few, else steps growing by a constant ratio.
    breaks.clear();
    if (most <= kClassCount) {
        for (qint64 n = 1; n <= most; ++n)
            breaks.push_back(n);
        return;
    }
    for (int k = 0; k < kClassCount; ++k) {
        const qint64 from =
            std::max<qint64>(1, qint64(std::ceil(std::pow(double(most), double(k) / kClassCount))));
        if (breaks.empty() || from > breaks.back())
            breaks.push_back(from);
    }
}

const std::vector<QPainterPath> &MapPicture::paths()
{
    // The countries' outlines as paths, in projection coordinates, once:
    // read by every view, and by pictures drawn on other threads.
    static const std::vector<QPainterPath> all = [] {
        std::vector<QPainterPath> out;
        for (const WorldMap::Country &c : WorldMap::instance().countries()) {
            QPainterPath path;
            for (const auto &ring : c.rings) {
                path.moveTo(ring.front());
                for (size_t i = 1; i < ring.size(); ++i)
                    path.lineTo(ring[i]);
                path.closeSubpath();
            }
            // Its bounds worked out now: shared paths cache them on first
            // use, and the drawing thread and the window's both read them.
            path.boundingRect();
            path.controlPointRect();
            out.push_back(std::move(path));
        }
        return out;
    }();
    return all;
}

QPointF MapPicture::bendOf(const QPointF &a, const QPointF &b)
{
    const QPointF middle = (a + b) / 2, along = b - a;
    return middle + QPointF(along.y(), -along.x()) * 0.2;
}

QPointF MapPicture::anchorOf(const QString &code)
{
    // Each country's point inside its largest shape, found once.
    static const QHash<QString, QPointF> anchors = [] {
        QHash<QString, QPointF> out;
        QHash<QString, double> area;
        for (const WorldMap::Country &c : WorldMap::instance().countries())
            if (!c.code.isEmpty() && c.area > area.value(c.code, -1)) {
                area[c.code] = c.area;
                out[c.code] = c.inside;
            }
        return out;
    }();
    return anchors.value(code, QPointF(qQNaN(), qQNaN()));
}

QColor MapPicture::colourFor(qint64 count) const
{
    if (count <= 0 || breaks.empty())
        return kNone;
    const auto above = std::upper_bound(breaks.begin(), breaks.end(), count);
    const int k = int(above - breaks.begin()) - 1;
    // Few classes spread over the whole scale, so the darkest is the most.
    const int of = int(breaks.size());
    const int index = of == 1 ? kClassCount - 1 : k * (kClassCount - 1) / (of - 1);
    return kClasses[std::clamp(index, 0, kClassCount - 1)];
}

QTransform MapPicture::transformFor(const QRectF &target) const
{
    QRectF world = WorldMap::instance().bounds();
    world.setTop(WorldMap::project(0, kSouthernEdge).y()); // y grows north here
    const double scale =
        std::min(target.width() / world.width(), target.height() / world.height()) * zoom;
    QTransform t;
    t.translate(target.center().x() + pan.x(), target.center().y() + pan.y());
    t.scale(scale, -scale);
    t.translate(-world.center().x(), -world.center().y());
    return t;
}

bool MapPicture::isDot(size_t country, const QTransform &t)
{
    const QRectF r = t.mapRect(WorldMap::instance().countries()[country].bounds);
    return r.width() < 6 && r.height() < 6;
}

void MapPicture::draw(QPainter &p, const QRectF &target) const
{
    const auto &countries = WorldMap::instance().countries();
    const QTransform t = transformFor(target);
    p.save();
    p.setClipRect(target);
    p.fillRect(target, kSea);
    p.setRenderHint(QPainter::Antialiasing);
    QPen border(kBorder, 0.6);
    border.setCosmetic(true);
    std::vector<size_t> dots, outlined;
    for (size_t i = 0; i < countries.size(); ++i) {
        if (belowMap(i))
            continue;
        const QColor fill = showLinks ? kNone : colourFor(counts.value(countries[i].code));
        if (selected.contains(countries[i].code) && !countries[i].code.isEmpty())
            outlined.push_back(i);
        if (isDot(i, t)) {
            dots.push_back(i);
            continue;
        }
        p.setPen(border);
        p.setBrush(fill);
        p.drawPath(t.map(paths()[i]));
    }
    // Dots above the shapes, the outlines of the selection above all.
    // A small country with none is a speck (it places the island), one with
    // initiatives a dot in its colour.
    for (size_t i : dots) {
        const qint64 n = showLinks ? 0 : counts.value(countries[i].code);
        if (n > 0) {
            p.setPen(QPen(kBorder.darker(130), 1));
            p.setBrush(colourFor(n));
            p.drawEllipse(t.map(countries[i].inside), kDotRadius, kDotRadius);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(kBorder.lighter(125));
            p.drawEllipse(t.map(countries[i].inside), 1.8, 1.8);
        }
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kSelected, 2.2));
    for (size_t i : outlined) {
        if (isDot(i, t))
            p.drawEllipse(t.map(countries[i].inside), kDotRadius + 2, kDotRadius + 2);
        else
            p.drawPath(t.map(paths()[i]));
    }
    if (showLinks)
        drawLinks(p, t);
    p.restore();
    drawLegend(p, target);
}

void MapPicture::drawLegend(QPainter &p, const QRectF &target) const
{
    // Right to left (Arabic): the legend in the bottom right-hand corner,
    // each swatch to the right of its words.
    const bool rtl = QLocale().textDirection() == Qt::RightToLeft;
    const QFontMetrics fm = p.fontMetrics();
    auto placed = [&](double width, double height) {
        const double left = rtl ? target.right() - 8 - width : target.left() + 8;
        return QRectF(left, target.bottom() - 8 - height, width, height);
    };
    // x of something `width` wide, `offset` in from the box's reading edge.
    auto at = [rtl](const QRectF &box, double offset, double width) {
        return rtl ? box.right() - offset - width : box.left() + offset;
    };
    if (showLinks) {
        QStringList lines{Tr::tr("Provider → recipient"), Tr::tr("line width: initiatives shared")};
        if (linkCount > links.size())
            lines << Tr::tr("the %L1 largest of %L2 links").arg(links.size()).arg(linkCount);
        int width = 0;
        for (const QString &l : lines)
            width = std::max(width, fm.horizontalAdvance(l));
        const int row = fm.height() + 2;
        const QRectF box = placed(width + 40, row * lines.size() + 8);
        p.save();
        p.setPen(QPen(kBorder, 1));
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawRect(box);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        const double dotY = box.top() + 4 + row / 2.0;
        p.setBrush(kProvider);
        p.drawEllipse(QPointF(at(box, 8, 8) + 4, dotY), 4, 4);
        p.setBrush(kRecipient);
        p.drawEllipse(QPointF(at(box, 22, 8) + 4, dotY), 4, 4);
        p.setPen(text);
        for (int k = 0; k < lines.size(); ++k)
            p.drawText(QPointF(at(box, 36, fm.horizontalAdvance(lines[k])),
                               box.top() + 4 + row * k + fm.ascent()),
                       lines[k]);
        p.restore();
        return;
    }
    QStringList labels;
    std::vector<QColor> colours;
    const QLocale locale;
    for (size_t k = 0; k < breaks.size(); ++k) {
        const qint64 from = breaks[k];
        qint64 to = k + 1 < breaks.size() ? breaks[k + 1] - 1 : 0;
        if (k + 1 == breaks.size())
            for (qint64 n : counts)
                to = std::max(to, n);
        labels << (from == to
                       ? locale.toString(from)
                       : QStringLiteral("%1–%2").arg(locale.toString(from), locale.toString(to)));
        colours.push_back(colourFor(from));
    }
    labels << Tr::tr("none");
    colours.push_back(kNone);
    const int row = fm.height() + 2;
    int width = fm.horizontalAdvance(what);
    for (const QString &l : labels)
        width = std::max(width, 18 + fm.horizontalAdvance(l));
    const QRectF box = placed(width + 16, row * (labels.size() + 1) + 8);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(kBorder, 1));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRect(box);
    p.setPen(text);
    p.drawText(QPointF(at(box, 8, fm.horizontalAdvance(what)), box.top() + 4 + fm.ascent()), what);
    for (int k = 0; k < labels.size(); ++k) {
        const double y = box.top() + 4 + row * (k + 1);
        p.fillRect(QRectF(at(box, 8, 12), y + 2, 12, row - 4), colours[size_t(k)]);
        p.drawText(QPointF(at(box, 26, fm.horizontalAdvance(labels[k])), y + fm.ascent()),
                   labels[k]);
    }
    p.restore();
}

void MapPicture::drawLinks(QPainter &p, const QTransform &t) const
{
    qint64 most = 1;
    for (const CountryLink &l : links)
        most = std::max(most, l.count);
    // The smallest first, so the largest lie on top.
    for (auto l = links.rbegin(); l != links.rend(); ++l) {
        const QPointF a = t.map(anchorOf(l->from)), b = t.map(anchorOf(l->to));
        if (qIsNaN(a.x()) || qIsNaN(b.x()))
            continue;
        const QPointF bend = bendOf(a, b);
        QPainterPath curve(a);
        curve.quadTo(bend, b);
        const double width = 1.5 + 7 * std::sqrt(double(l->count) / double(most));
        p.setPen(QPen(kLink, width, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(curve);
        // An arrowhead at the recipient, along the curve's last direction.
        const QPointF back = bend - b;
        const double length = std::hypot(back.x(), back.y());
        if (length > 0) {
            const QPointF u = back / length, n(-u.y(), u.x());
            const double size = 5 + width;
            QPolygonF head{b, b + u * size * 1.6 + n * size * 0.7,
                           b + u * size * 1.6 - n * size * 0.7};
            p.setPen(Qt::NoPen);
            p.setBrush(kLink);
            p.drawPolygon(head);
        }
    }
    p.setPen(QPen(Qt::white, 1));
    for (const CountryLink &l : links) {
        const QPointF a = anchorOf(l.from), b = anchorOf(l.to);
        if (qIsNaN(a.x()) || qIsNaN(b.x()))
            continue; // a country without a shape (listed under the map)
        p.setBrush(kProvider);
        p.drawEllipse(t.map(a), 3.5, 3.5);
        p.setBrush(kRecipient);
        p.drawEllipse(t.map(b), 3.5, 3.5);
    }
}

} // namespace ssc
