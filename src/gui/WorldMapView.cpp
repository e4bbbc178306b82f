#include "WorldMapView.h"

#include "core/domain/WorldMap.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

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
constexpr int kClassCount = 6;
const QColor kNone(0xe4, 0xe4, 0xe4);
const QColor kSea(0xf6, 0xf9, 0xfc);
const QColor kBorder(0x9a, 0x9a, 0x9a);
const QColor kSelected(0x11, 0x11, 0x11);
// Links: ColorBrewer Dark2's orange and teal for the two ends, told apart
// by colour-blind readers too, and a blue line.
const QColor kLink(0x22, 0x5e, 0xa8, 190);
const QColor kProvider(0xd9, 0x5f, 0x02);
const QColor kRecipient(0x1b, 0x9e, 0x77);
constexpr double kDotRadius = 4.5;    // pixels
constexpr double kDotReach = 8;       // a click this near a dot takes it
constexpr double kSouthernEdge = -58; // Antarctica left out: no initiative is there

} // namespace

WorldMapView::WorldMapView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("worldMap"));
    setAccessibleName(tr("World map"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    for (const WorldMap::Country &c : WorldMap::instance().countries()) {
        QPainterPath path;
        for (const auto &ring : c.rings) {
            path.moveTo(ring.front());
            for (size_t i = 1; i < ring.size(); ++i)
                path.lineTo(ring[i]);
            path.closeSubpath();
        }
        m_paths.push_back(std::move(path));
    }
    setCounts({}, QString());
}

void WorldMapView::setLinks(const std::vector<CountryLink> &links)
{
    m_links = links;
    m_showLinks = true;
    QStringList parts;
    for (size_t i = 0; i < std::min<size_t>(links.size(), 10); ++i)
        parts << QStringLiteral("%1 → %2: %3").arg(links[i].from, links[i].to).arg(links[i].count);
    setAccessibleDescription(links.empty() ? tr("No provider-to-recipient links under the filter.")
                                           : tr("Provider to recipient: %1").arg(parts.join(", ")));
    changed();
}

QPointF WorldMapView::anchorOf(const QString &code) const
{
    const auto shapes = WorldMap::instance().shapesOf(code);
    if (shapes.empty())
        return {qQNaN(), qQNaN()};
    return (*std::max_element(shapes.begin(), shapes.end(),
                              [](auto *a, auto *b) { return a->area < b->area; }))
        ->inside;
}

namespace {

// A link bends to its right, so that A to B and B to A stay apart.
QPointF bendOf(const QPointF &a, const QPointF &b)
{
    const QPointF middle = (a + b) / 2, along = b - a;
    return middle + QPointF(along.y(), -along.x()) * 0.2;
}

} // namespace

QPointF WorldMapView::linkPoint(const QString &from, const QString &to) const
{
    const QTransform t = transformFor(rect());
    const QPointF a = t.map(anchorOf(from)), b = t.map(anchorOf(to));
    // The quadratic curve at its middle.
    return 0.25 * a + 0.5 * bendOf(a, b) + 0.25 * b;
}

void WorldMapView::drawLinks(QPainter &p, const QTransform &t) const
{
    qint64 most = 1;
    for (const CountryLink &l : m_links)
        most = std::max(most, l.count);
    // The smallest first, so the largest lie on top.
    for (auto l = m_links.rbegin(); l != m_links.rend(); ++l) {
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
    for (const CountryLink &l : m_links) {
        p.setBrush(kProvider);
        p.drawEllipse(t.map(anchorOf(l.from)), 3.5, 3.5);
        p.setBrush(kRecipient);
        p.drawEllipse(t.map(anchorOf(l.to)), 3.5, 3.5);
    }
}

void WorldMapView::setCounts(const QHash<QString, qint64> &counts, const QString &what)
{
    m_showLinks = false;
    m_links.clear();
    m_counts = counts;
    m_what = what;
    qint64 most = 0;
    for (qint64 n : counts)
        most = std::max(most, n);
    // Up to six classes: one per count when there are few, else steps
    // growing by a constant ratio (counts run from one to thousands).
    m_breaks.clear();
    if (most <= kClassCount) {
        for (qint64 n = 1; n <= most; ++n)
            m_breaks.push_back(n);
    } else {
        for (int k = 0; k < kClassCount; ++k) {
            const qint64 from = std::max<qint64>(
                1, qint64(std::ceil(std::pow(double(most), double(k) / kClassCount))));
            if (m_breaks.empty() || from > m_breaks.back())
                m_breaks.push_back(from);
        }
    }
    describe();
    changed();
}

void WorldMapView::setSelected(const QStringList &codes)
{
    if (codes == m_selected)
        return;
    m_selected = codes;
    changed();
}

void WorldMapView::resetView()
{
    m_zoom = 1;
    m_pan = {};
    changed();
}

QColor WorldMapView::colourFor(qint64 count) const
{
    if (count <= 0 || m_breaks.empty())
        return kNone;
    const auto above = std::upper_bound(m_breaks.begin(), m_breaks.end(), count);
    const int k = int(above - m_breaks.begin()) - 1;
    // Few classes spread over the whole scale, so the darkest is the most.
    const int of = int(m_breaks.size());
    const int index = of == 1 ? kClassCount - 1 : k * (kClassCount - 1) / (of - 1);
    return kClasses[std::clamp(index, 0, kClassCount - 1)];
}

QTransform WorldMapView::transformFor(const QRectF &target) const
{
    QRectF world = WorldMap::instance().bounds();
    world.setTop(WorldMap::project(0, kSouthernEdge).y()); // y grows north here
    const double scale =
        std::min(target.width() / world.width(), target.height() / world.height()) * m_zoom;
    QTransform t;
    t.translate(target.center().x() + m_pan.x(), target.center().y() + m_pan.y());
    t.scale(scale, -scale);
    t.translate(-world.center().x(), -world.center().y());
    return t;
}

bool WorldMapView::isDot(size_t country, const QTransform &t) const
{
    const QRectF r = t.mapRect(WorldMap::instance().countries()[country].bounds);
    return r.width() < 6 && r.height() < 6;
}

void WorldMapView::drawMap(QPainter &p, const QRectF &target) const
{
    const auto &countries = WorldMap::instance().countries();
    const QTransform t = transformFor(target);
    p.save();
    p.setClipRect(target);
    p.fillRect(target, kSea);
    p.setRenderHint(QPainter::Antialiasing);
    QPen border(kBorder, 0.6);
    border.setCosmetic(true);
    std::vector<size_t> dots, selected;
    const double south = WorldMap::project(0, kSouthernEdge).y();
    for (size_t i = 0; i < countries.size(); ++i) {
        if (countries[i].bounds.bottom() < south)
            continue; // Antarctica, below the map's edge
        const QColor fill = m_showLinks ? kNone : colourFor(m_counts.value(countries[i].code));
        if (m_selected.contains(countries[i].code) && !countries[i].code.isEmpty())
            selected.push_back(i);
        if (isDot(i, t)) {
            dots.push_back(i);
            continue;
        }
        p.setPen(border);
        p.setBrush(fill);
        p.drawPath(t.map(m_paths[i]));
    }
    // Dots above the shapes, the outlines of the selection above all.
    // A small country with none is a speck (it places the island), one with
    // initiatives a dot in its colour.
    for (size_t i : dots) {
        const qint64 n = m_showLinks ? 0 : m_counts.value(countries[i].code);
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
    for (size_t i : selected) {
        if (isDot(i, t))
            p.drawEllipse(t.map(countries[i].inside), kDotRadius + 2, kDotRadius + 2);
        else
            p.drawPath(t.map(m_paths[i]));
    }
    if (m_showLinks)
        drawLinks(p, t);
    p.restore();
    drawLegend(p, target);
}

void WorldMapView::drawLegend(QPainter &p, const QRectF &target) const
{
    if (m_showLinks) {
        const QFontMetrics fm = p.fontMetrics();
        const QStringList lines{tr("Provider → recipient"), tr("line width: initiatives shared")};
        int width = 0;
        for (const QString &l : lines)
            width = std::max(width, fm.horizontalAdvance(l));
        const int row = fm.height() + 2;
        const QRectF box(target.left() + 8, target.bottom() - 8 - row * 2 - 8, width + 40,
                         row * 2 + 8);
        p.save();
        p.setPen(QPen(kBorder, 1));
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawRect(box);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(kProvider);
        p.drawEllipse(QPointF(box.left() + 12, box.top() + 4 + row / 2.0), 4, 4);
        p.setBrush(kRecipient);
        p.drawEllipse(QPointF(box.left() + 26, box.top() + 4 + row / 2.0), 4, 4);
        p.setPen(palette().color(QPalette::WindowText));
        for (int k = 0; k < lines.size(); ++k)
            p.drawText(QPointF(box.left() + 36, box.top() + 4 + row * k + fm.ascent()), lines[k]);
        p.restore();
        return;
    }
    QStringList labels;
    std::vector<QColor> colours;
    const QLocale locale;
    for (size_t k = 0; k < m_breaks.size(); ++k) {
        const qint64 from = m_breaks[k];
        qint64 to = k + 1 < m_breaks.size() ? m_breaks[k + 1] - 1 : 0;
        if (k + 1 == m_breaks.size())
            for (qint64 n : m_counts)
                to = std::max(to, n);
        labels << (from == to
                       ? locale.toString(from)
                       : QStringLiteral("%1–%2").arg(locale.toString(from), locale.toString(to)));
        colours.push_back(colourFor(from));
    }
    labels << tr("none");
    colours.push_back(kNone);
    const QFontMetrics fm = p.fontMetrics();
    const int row = fm.height() + 2;
    int width = fm.horizontalAdvance(m_what);
    for (const QString &l : labels)
        width = std::max(width, 18 + fm.horizontalAdvance(l));
    const QRectF box(target.left() + 8, target.bottom() - 8 - row * (labels.size() + 1) - 8,
                     width + 16, row * (labels.size() + 1) + 8);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(kBorder, 1));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRect(box);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QPointF(box.left() + 8, box.top() + 4 + fm.ascent()), m_what);
    for (int k = 0; k < labels.size(); ++k) {
        const double y = box.top() + 4 + row * (k + 1);
        p.fillRect(QRectF(box.left() + 8, y + 2, 12, row - 4), colours[size_t(k)]);
        p.drawText(QPointF(box.left() + 26, y + fm.ascent()), labels[k]);
    }
    p.restore();
}

void WorldMapView::render(QPainter &painter, const QRectF &target) const
{
    drawMap(painter, target);
}

void WorldMapView::paintEvent(QPaintEvent *)
{
    // The map is drawn once per change into a picture; moving the pointer
    // only draws the hovered outline over it.
    const qreal ratio = devicePixelRatioF();
    if (m_picture.isNull() || m_picture.size() != size() * ratio) {
        m_picture = QPixmap(size() * ratio);
        m_picture.setDevicePixelRatio(ratio);
        QPainter onto(&m_picture);
        drawMap(onto, rect());
    }
    QPainter p(this);
    p.drawPixmap(0, 0, m_picture);
    if (!m_hover.isEmpty()) {
        const QTransform t = transformFor(rect());
        const auto &countries = WorldMap::instance().countries();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0xd9, 0x5f, 0x02), 2));
        for (size_t i = 0; i < countries.size(); ++i) {
            if (countries[i].code != m_hover)
                continue;
            if (isDot(i, t))
                p.drawEllipse(t.map(countries[i].inside), kDotRadius + 1, kDotRadius + 1);
            else
                p.drawPath(t.map(m_paths[i]));
        }
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void WorldMapView::changed()
{
    m_picture = QPixmap();
    update();
}

void WorldMapView::resizeEvent(QResizeEvent *)
{
    changed();
}

QPointF WorldMapView::widgetPointOf(const QString &code) const
{
    const auto shapes = WorldMap::instance().shapesOf(code);
    if (shapes.empty())
        return {-1, -1};
    const auto largest = std::max_element(shapes.begin(), shapes.end(),
                                          [](auto *a, auto *b) { return a->area < b->area; });
    return transformFor(rect()).map((*largest)->inside);
}

QString WorldMapView::countryAt(const QPointF &point) const
{
    const auto &countries = WorldMap::instance().countries();
    const QTransform t = transformFor(rect());
    // Dots first, the nearest within reach: they sit on top, and a small
    // island's neighbour must not take its click.
    double nearest = kDotReach;
    QString dot;
    for (size_t i = 0; i < countries.size(); ++i) {
        if (!isDot(i, t))
            continue;
        const QPointF d = t.map(countries[i].inside) - point;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= nearest) {
            nearest = distance;
            dot = countries[i].code;
        }
    }
    if (!dot.isEmpty())
        return dot;
    const QPointF at = t.inverted().map(point);
    for (size_t i = 0; i < countries.size(); ++i)
        if (countries[i].bounds.contains(at) && m_paths[i].contains(at))
            return countries[i].code;
    return {};
}

void WorldMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressedAt = m_lastDrag = event->position().toPoint();
    m_dragged = false;
    setCursor(Qt::ClosedHandCursor);
}

void WorldMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if ((at - m_pressedAt).manhattanLength() > 3)
            m_dragged = true;
        if (m_dragged) {
            m_pan += at - m_lastDrag;
            m_lastDrag = at;
            changed();
        }
        return;
    }
    const QString code = countryAt(at);
    if (code != m_hover) {
        m_hover = code;
        update();
    }
    if (code.isEmpty())
        return QToolTip::hideText();
    const auto shapes = WorldMap::instance().shapesOf(code);
    const QString name = shapes.empty() ? code : shapes.front()->name;
    if (m_showLinks) {
        int to = 0, from = 0;
        for (const CountryLink &l : m_links) {
            to += l.from == code;
            from += l.to == code;
        }
        return QToolTip::showText(
            event->globalPosition().toPoint(),
            tr("%1: provider to %2 countries, recipient from %3").arg(name).arg(to).arg(from),
            this);
    }
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("%1: %Ln initiative(s)", nullptr, int(m_counts.value(code))).arg(name),
                       this);
}

void WorldMapView::mouseReleaseEvent(QMouseEvent *event)
{
    setCursor(Qt::OpenHandCursor);
    if (m_dragged || event->button() != Qt::LeftButton)
        return;
    const QString code = countryAt(event->position());
    if (!code.isEmpty())
        emit countryClicked(code, event->modifiers() & Qt::ControlModifier);
}

void WorldMapView::zoomBy(double factor, const QPointF &around)
{
    const double zoom = std::clamp(m_zoom * factor, 1.0, 40.0);
    factor = zoom / m_zoom;
    // The point under the pointer stays where it is.
    const QPointF centre = QRectF(rect()).center() + m_pan;
    m_pan += (around - centre) * (1 - factor);
    m_zoom = zoom;
    if (m_zoom == 1)
        m_pan = {};
    changed();
}

void WorldMapView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()), event->position());
}

void WorldMapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre = QRectF(rect()).center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomBy(1.5, centre);
    case Qt::Key_Minus:
        return zoomBy(1 / 1.5, centre);
    case Qt::Key_Home:
    case Qt::Key_0:
        return resetView();
    case Qt::Key_Left:
        m_pan.rx() += 40;
        return changed();
    case Qt::Key_Right:
        m_pan.rx() -= 40;
        return changed();
    case Qt::Key_Up:
        m_pan.ry() += 40;
        return changed();
    case Qt::Key_Down:
        m_pan.ry() -= 40;
        return changed();
    default:
        QWidget::keyPressEvent(event);
    }
}

void WorldMapView::leaveEvent(QEvent *)
{
    m_hover.clear();
    update();
}

void WorldMapView::describe()
{
    // For a screen reader: the countries with the most, in words.
    QList<QPair<qint64, QString>> ranked;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
        if (it.value() > 0)
            ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList parts;
    for (int i = 0; i < std::min<qsizetype>(ranked.size(), 10); ++i) {
        const auto shapes = WorldMap::instance().shapesOf(ranked[i].second);
        parts << QStringLiteral("%1 %2")
                     .arg(shapes.empty() ? ranked[i].second : shapes.front()->name)
                     .arg(ranked[i].first);
    }
    setAccessibleDescription(parts.isEmpty() ? tr("No country has initiatives under the filter.")
                                             : tr("%1. Most: %2").arg(m_what, parts.join(", ")));
}

} // namespace ssc
