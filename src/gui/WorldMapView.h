#pragma once

#include "report/MapPicture.h"

#include <QHash>
#include <QPixmap>
#include <QStringList>
#include <QThreadPool>
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
    ~WorldMapView() override;

    void setCounts(const QHash<QString, qint64> &counts, const QString &what);
    // The second mode: a line from each provider to each recipient of the
    // filtered initiatives, as wide as the initiatives they share (the
    // largest MapPicture::kMostLinks of them, of all there were).
    void setLinks(const std::vector<CountryLink> &links, size_t all);
    bool showsLinks() const { return m_state.showLinks; }
    void setSelected(const QStringList &codes);
    void resetView();

    // The colour a count is shaded with (tests read it back).
    QColor colourFor(qint64 count) const { return m_state.colourFor(count); }
    // Where a country's inside point is in the widget now (its dot too).
    QPointF widgetPointOf(const QString &code) const;
    // Where the line from one country to another is halfway (tests).
    QPointF linkPoint(const QString &from, const QString &to) const;
    // The country (ISO code) at a point of the widget; empty: none.
    QString countryAt(const QPointF &point) const;
    // The map as it is now, onto any paint device (PNG, SVG, clipboard).
    void render(QPainter &painter, const QRectF &target) const;
    // Whether the picture shown is the map as it is now (it is drawn on a
    // thread of its own after each change).
    bool isUpToDate() const { return m_shown == m_wanted; }

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

signals:
    void countryClicked(const QString &code, bool add);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void zoomBy(double factor, const QPointF &around);
    void panBy(const QPointF &by);
    // The state changed: a new picture is drawn on a thread of its own.
    void changed();
    void drawNext();
    void describe();

    MapPicture m_state;
    QThreadPool m_painter; // draws the pictures, one at a time
    QPixmap m_picture;     // the last picture drawn, without the hover outline
    quint64 m_wanted = 0;  // the state's generation
    quint64 m_shown = 0;   // the generation m_picture shows
    bool m_drawing = false;
    QPoint m_pressedAt;
    QPoint m_lastDrag;
    bool m_dragged = false;
    QString m_hover;
};

} // namespace ssc
