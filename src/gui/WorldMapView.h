#pragma once

#include "core/query/QueryTypes.h"

#include <QHash>
#include <QPainterPath>
#include <QPixmap>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace ssc {

// The world map: each country shaded by a count (the initiatives under the
// filter, in a role: MapPane gives them), on a sequential scale that stays
// readable with colour-blindness (ColorBrewer YlGnBu), with a legend.
// Hover names the country and its count; a click asks to filter by it
// (Ctrl+click: add it). Selected countries are outlined. The wheel zooms
// round the pointer, a drag pans, and Home (or Reset) shows the whole
// world; +, - and the arrow keys do the same from the keyboard. Countries
// too small to see at the current zoom (São Tomé and Príncipe, Cabo Verde)
// are drawn as a dot that takes the click.
class WorldMapView : public QWidget
{
    Q_OBJECT
public:
    explicit WorldMapView(QWidget *parent = nullptr);

    void setCounts(const QHash<QString, qint64> &counts, const QString &what);
    // The second mode: a line from each provider to each recipient of the
    // filtered initiatives, as wide as the initiatives they share.
    void setLinks(const std::vector<CountryLink> &links);
    bool showsLinks() const { return m_showLinks; }
    // Where the line from one country to another is halfway (tests).
    QPointF linkPoint(const QString &from, const QString &to) const;
    void setSelected(const QStringList &codes);
    void resetView();

    // The colour a count is shaded with (tests read it back).
    QColor colourFor(qint64 count) const;
    // Where a country's inside point is in the widget now (its dot too).
    QPointF widgetPointOf(const QString &code) const;
    // The country (ISO code) at a point of the widget; empty: none.
    QString countryAt(const QPointF &point) const;
    // The map as it is drawn, onto any paint device (PNG, SVG, clipboard).
    void render(QPainter &painter, const QRectF &target) const;

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

signals:
    void countryClicked(const QString &code, bool add);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    // Projection coordinates to a target rectangle at the current zoom/pan.
    QTransform transformFor(const QRectF &target) const;
    bool isDot(size_t country, const QTransform &t) const;
    void drawMap(QPainter &painter, const QRectF &target) const;
    void drawLegend(QPainter &painter, const QRectF &target) const;
    void zoomBy(double factor, const QPointF &around);
    void changed(); // the cached picture is stale
    void describe();
    void drawLinks(QPainter &painter, const QTransform &t) const;
    QPointF anchorOf(const QString &code) const; // projection coordinates

    std::vector<QPainterPath> m_paths; // by WorldMap country, projection coordinates
    QHash<QString, qint64> m_counts;
    QString m_what;               // "Initiatives (recipient)"
    std::vector<qint64> m_breaks; // the lowest count of each colour class
    QStringList m_selected;
    std::vector<CountryLink> m_links;
    bool m_showLinks = false;
    double m_zoom = 1;
    QPointF m_pan; // widget pixels
    QPoint m_pressedAt;
    QPoint m_lastDrag;
    bool m_dragged = false;
    QString m_hover;
    mutable QPixmap m_picture; // the map without the hover outline
};

} // namespace ssc
