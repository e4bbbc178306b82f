#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace ssc {

// The world's countries as the map draws them: Natural Earth's 1:50m
// outlines (data/world-map.json, made by scripts/import-reference-data.py),
// joined to the catalogue by ISO alpha-2 code and projected once with the
// Equal Earth projection (areas true to size, shapes close to a globe's).
// Coordinates are the projection's, y growing north; a view scales them.
class WorldMap
{
public:
    struct Country
    {
        QString code; // ISO alpha-2; empty for a territory with none
        QString name;
        std::vector<std::vector<QPointF>> rings; // outer rings, projected
        QRectF bounds;
        // A point inside the country's largest ring, for its marker, its
        // label and tests that read the colour there.
        QPointF inside;
        double area = 0; // projected, all rings
    };

    // Loaded from the program's resources on first use.
    static const WorldMap &instance();

    const std::vector<Country> &countries() const { return m_countries; }
    QRectF bounds() const { return m_bounds; }
    // The countries drawn with this code (one code may have several
    // shapes: Somaliland and Somalia are both SO); empty when none.
    std::vector<const Country *> shapesOf(const QString &code) const;
    bool hasShape(const QString &code) const { return !shapesOf(code).empty(); }

    // Equal Earth (Šavrič, Patterson and Jenny, 2018), degrees in.
    static QPointF project(double longitude, double latitude);

private:
    WorldMap();

    std::vector<Country> m_countries;
    QRectF m_bounds;
};

} // namespace ssc
