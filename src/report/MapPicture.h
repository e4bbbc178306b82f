#pragma once

#include "core/query/QueryTypes.h"

#include <QColor>
#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QStringList>
#include <QTransform>

#include <vector>

class QPainter;

namespace ssc {

// Everything the world map draws, as a value: the counts and their colour
// classes, or the links; the selection; the zoom and pan. WorldMapView
// keeps one and copies it to draw on a thread of its own, so a map that
// takes longer than a frame to draw never holds up the window; hit tests
// and exports use the same geometry.
struct MapPicture
{
    static constexpr int kClassCount = 6;
    static constexpr size_t kMostLinks = 150; // beyond that, a tangle
    static constexpr double kDotReach = 8;    // pixels: a click this near a dot takes it
    static constexpr double kDotRadius = 4.5;

    QHash<QString, qint64> counts;
    QString what;               // the legend's title: "Initiatives as recipient"
    std::vector<qint64> breaks; // the lowest count of each colour class
    QStringList selected;
    std::vector<CountryLink> links; // the largest, in order
    size_t linkCount = 0;           // all there were
    bool showLinks = false;
    double zoom = 1;
    QPointF pan;                            // pixels
    QColor text = QColor(0x20, 0x20, 0x20); // on the legend's white box, in any theme

    // The classes for these counts: one per count when there are few,
    // else steps growing by a constant ratio.
    void classify();
    QColor colourFor(qint64 count) const;
    // Projection coordinates to a target rectangle at this zoom and pan.
    QTransform transformFor(const QRectF &target) const;
    // Too small to see at this transform: drawn as a dot.
    static bool isDot(size_t country, const QTransform &t);
    // Antarctica, below the map's southern edge: neither drawn nor hit.
    static bool belowMap(size_t country);
    void draw(QPainter &painter, const QRectF &target) const;
    // A country's point inside its largest shape; NaN when it has none.
    static QPointF anchorOf(const QString &code);
    // The bend of the curve from a to b (to its right, so A to B and B to A
    // stay apart).
    static QPointF bendOf(const QPointF &a, const QPointF &b);
    // The countries' outlines, in projection coordinates, by WorldMap index.
    static const std::vector<QPainterPath> &paths();

private:
    void drawLegend(QPainter &painter, const QRectF &target) const;
    void drawLinks(QPainter &painter, const QTransform &t) const;
};

} // namespace ssc
