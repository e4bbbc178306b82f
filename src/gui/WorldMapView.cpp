#include "WorldMapView.h"

#include "core/domain/ReferenceNames.h"
#include "core/domain/WorldMap.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ssc {

WorldMapView::WorldMapView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("worldMap"));
    setAccessibleName(tr("World map"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    // One thread draws, niced: on two cores the window's thread and the
    // catalogue's come first, yet the map is never starved (as it would be
    // at idle priority while an index builds).
    m_painter.setMaxThreadCount(1);
    m_painter.setExpiryTimeout(-1); // the same (niced) thread throughout
    m_painter.start([] {
#ifdef Q_OS_LINUX
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
#endif
    });
    setCounts({}, QString());
}

WorldMapView::~WorldMapView()
{
    // A picture still being drawn must not outlive the fonts it draws with.
    m_painter.waitForDone();
}

void WorldMapView::setCounts(const QHash<QString, qint64> &counts, const QString &what)
{
    m_state.showLinks = false;
    m_state.links.clear();
    m_state.counts = counts;
    m_state.what = what;
    m_state.classify();
    describe();
    changed();
}

void WorldMapView::setLinks(const std::vector<CountryLink> &links, size_t all)
{
    m_state.linkCount = std::max(all, links.size());
    m_state.links.assign(links.begin(),
                         links.begin() + std::min(links.size(), MapPicture::kMostLinks));
    m_state.showLinks = true;
    QStringList parts;
    for (size_t i = 0; i < std::min<size_t>(links.size(), 10); ++i)
        parts << QStringLiteral("%1 → %2: %3").arg(links[i].from, links[i].to).arg(links[i].count);
    setAccessibleDescription(links.empty() ? tr("No provider-to-recipient links under the filter.")
                                           : tr("Provider to recipient: %1").arg(parts.join(", ")));
    changed();
}

QPointF WorldMapView::linkPoint(const QString &from, const QString &to) const
{
    const QTransform t = m_state.transformFor(rect());
    const QPointF a = t.map(MapPicture::anchorOf(from)), b = t.map(MapPicture::anchorOf(to));
    // The quadratic curve at its middle.
    return 0.25 * a + 0.5 * MapPicture::bendOf(a, b) + 0.25 * b;
}

void WorldMapView::setSelected(const QStringList &codes)
{
    if (codes == m_state.selected)
        return;
    m_state.selected = codes;
    changed();
}

void WorldMapView::resetView()
{
    m_state.zoom = 1;
    m_state.pan = {};
    changed();
}

void WorldMapView::render(QPainter &painter, const QRectF &target) const
{
    // The same view at another size: the pan, in pixels, scales with it.
    MapPicture state = m_state;
    const double here = m_state.transformFor(rect()).m11();
    if (here != 0)
        state.pan *= state.transformFor(target).m11() / here;
    state.draw(painter, target);
}

void WorldMapView::changed()
{
    ++m_wanted;
    // A map not shown (the List tab is, at start-up) is drawn when it is.
    if (!m_drawing && isVisible())
        drawNext();
    update();
}

void WorldMapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_drawing && !isUpToDate())
        drawNext();
}

void WorldMapView::drawNext()
{
    // A copy of the state is drawn into an image on a pool thread; the
    // window shows the previous picture meanwhile, and a change made during
    // the drawing starts another when it is done.
    m_drawing = true;
    const quint64 generation = m_wanted;
    const qreal ratio = devicePixelRatioF();
    const QSize size = this->size().expandedTo(QSize(1, 1));
    QPointer<WorldMapView> self(this);
    m_painter.start([self, state = m_state, generation, ratio, size] {
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        {
            QPainter p(&image);
            state.draw(p, QRectF(QPointF(), size));
        }
        QMetaObject::invokeMethod(qApp, [self, image, generation] {
            if (!self)
                return;
            self->m_drawing = false;
            self->m_picture = QPixmap::fromImage(image);
            self->m_shown = generation;
            self->update();
            if (self->m_wanted != generation)
                self->drawNext();
        });
    });
}

void WorldMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xf6, 0xf9, 0xfc));
    p.drawPixmap(0, 0, m_picture);
    // The hovered country's outline over the picture: moving the pointer
    // draws only this.
    if (!m_hover.isEmpty() && isUpToDate()) {
        const QTransform t = m_state.transformFor(rect());
        const auto &countries = WorldMap::instance().countries();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0xd9, 0x5f, 0x02), 2));
        for (size_t i = 0; i < countries.size(); ++i) {
            if (countries[i].code != m_hover)
                continue;
            if (MapPicture::isDot(i, t))
                p.drawEllipse(t.map(countries[i].inside), MapPicture::kDotRadius + 1,
                              MapPicture::kDotRadius + 1);
            else
                p.drawPath(t.map(MapPicture::paths()[i]));
        }
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
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
    return m_state.transformFor(rect()).map((*largest)->inside);
}

QString WorldMapView::countryAt(const QPointF &point) const
{
    const auto &countries = WorldMap::instance().countries();
    const QTransform t = m_state.transformFor(rect());
    // The nearest dot within reach.
    double nearest = MapPicture::kDotReach;
    QString dot;
    for (size_t i = 0; i < countries.size(); ++i) {
        if (!MapPicture::isDot(i, t) || MapPicture::belowMap(i) || countries[i].code.isEmpty())
            continue;
        const QPointF d = t.map(countries[i].inside) - point;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= nearest) {
            nearest = distance;
            dot = countries[i].code;
        }
    }
    // A dot drawn under the pointer sits on top of everything; a country's
    // own shape comes before a dot merely near (the Cayman Islands must not
    // take a click on Cuba); then the dot, so a small island is easy to hit.
    if (!dot.isEmpty() && nearest <= MapPicture::kDotRadius + 1.5)
        return dot;
    const QPointF at = t.inverted().map(point);
    for (size_t i = 0; i < countries.size(); ++i)
        if (!MapPicture::belowMap(i) && !MapPicture::isDot(i, t) &&
            countries[i].bounds.contains(at) && MapPicture::paths()[i].contains(at))
            return countries[i].code;
    return dot;
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
            panBy(at - m_lastDrag);
            m_lastDrag = at;
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
    const QString name = ReferenceNames::country(code);
    if (m_state.showLinks) {
        int to = 0, from = 0;
        for (const CountryLink &l : m_state.links) {
            to += l.from == code;
            from += l.to == code;
        }
        return QToolTip::showText(
            event->globalPosition().toPoint(),
            tr("%1: among the links drawn, provider to %2 countries, recipient from %3")
                .arg(name)
                .arg(to)
                .arg(from),
            this);
    }
    QToolTip::showText(
        event->globalPosition().toPoint(),
        tr("%1: %Ln initiative(s)", nullptr, int(m_state.counts.value(code))).arg(name), this);
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
    const double zoom = std::clamp(m_state.zoom * factor, 1.0, 40.0);
    factor = zoom / m_state.zoom;
    // The point under the pointer stays where it is.
    const QPointF centre = QRectF(rect()).center() + m_state.pan;
    m_state.pan += (around - centre) * (1 - factor);
    m_state.zoom = zoom;
    if (m_state.zoom == 1)
        m_state.pan = {};
    changed();
}

void WorldMapView::panBy(const QPointF &by)
{
    m_state.pan += by;
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
        return panBy({40, 0});
    case Qt::Key_Right:
        return panBy({-40, 0});
    case Qt::Key_Up:
        return panBy({0, 40});
    case Qt::Key_Down:
        return panBy({0, -40});
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
    for (auto it = m_state.counts.begin(); it != m_state.counts.end(); ++it)
        if (it.value() > 0)
            ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList parts;
    for (int i = 0; i < std::min<qsizetype>(ranked.size(), 10); ++i) {
        parts << QStringLiteral("%1 %2")
                     .arg(ReferenceNames::country(ranked[i].second))
                     .arg(ranked[i].first);
    }
    setAccessibleDescription(parts.isEmpty()
                                 ? tr("No country has initiatives under the filter.")
                                 : tr("%1. Most: %2").arg(m_state.what, parts.join(", ")));
}

} // namespace ssc
