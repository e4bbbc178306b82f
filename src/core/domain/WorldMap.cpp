#include "core/domain/WorldMap.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ssc {

namespace {

double ringArea(const std::vector<QPointF> &ring)
{
    double twice = 0;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        twice += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
    return std::abs(twice) / 2;
}

// A point inside a ring: its centroid when that is inside (most countries),
// else the middle of the widest stretch of the ring across the centroid's
// latitude (a crescent, an archipelago's main island bent round a bay).
QPointF pointInside(const std::vector<QPointF> &ring)
{
    double cx = 0, cy = 0, twice = 0;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const double cross = ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
        twice += cross;
        cx += (ring[j].x() + ring[i].x()) * cross;
        cy += (ring[j].y() + ring[i].y()) * cross;
    }
    if (std::abs(twice) < 1e-12)
        return ring.front();
    const QPointF centroid(cx / (3 * twice), cy / (3 * twice));
    // Where the ring crosses the centroid's latitude, left to right.
    std::vector<double> crossings;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF a = ring[j], b = ring[i];
        if ((a.y() > centroid.y()) != (b.y() > centroid.y()))
            crossings.push_back(a.x() + (centroid.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
    }
    std::sort(crossings.begin(), crossings.end());
    double bestWidth = -1, bestX = centroid.x();
    for (size_t k = 0; k + 1 < crossings.size(); k += 2) {
        if (centroid.x() >= crossings[k] && centroid.x() <= crossings[k + 1])
            return centroid; // inside: the crossings pair up into the ring's stretches
        if (crossings[k + 1] - crossings[k] > bestWidth) {
            bestWidth = crossings[k + 1] - crossings[k];
            bestX = (crossings[k] + crossings[k + 1]) / 2;
        }
    }
    return bestWidth < 0 ? centroid : QPointF(bestX, centroid.y());
}

} // namespace

QPointF WorldMap::project(double longitude, double latitude)
{
    constexpr double a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796;
    const double lambda = longitude * std::numbers::pi / 180;
    const double phi = latitude * std::numbers::pi / 180;
    const double m = std::sqrt(3.0) / 2;
    const double theta = std::asin(m * std::sin(phi));
    const double t2 = theta * theta, t6 = t2 * t2 * t2;
    const double x =
        lambda * std::cos(theta) / (m * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)));
    const double y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2));
    return {x, y};
}

WorldMap::WorldMap()
{
    QFile file(QStringLiteral(":/data/world-map.json"));
    if (!file.open(QIODevice::ReadOnly))
        return; // built into the program: only a broken build lacks it
    const auto json = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (!json.is_object() || !json.contains("countries"))
        return;
    for (const auto &c : json["countries"]) {
        Country country;
        country.code = QString::fromStdString(c.value("code", std::string()));
        country.name = QString::fromStdString(c.value("name", std::string()));
        const std::vector<QPointF> *largest = nullptr;
        double largestArea = -1;
        for (const auto &flat : c.value("rings", nlohmann::json::array())) {
            std::vector<QPointF> ring;
            for (size_t i = 0; i + 1 < flat.size(); i += 2)
                ring.push_back(
                    project(flat[i].get<double>() / 100, flat[i + 1].get<double>() / 100));
            if (ring.size() < 3)
                continue;
            for (const QPointF &p : ring)
                country.bounds |= QRectF(p, QSizeF(1e-9, 1e-9));
            country.rings.push_back(std::move(ring));
        }
        for (const auto &ring : country.rings) {
            const double area = ringArea(ring);
            country.area += area;
            if (area > largestArea) {
                largestArea = area;
                largest = &ring;
            }
        }
        if (!largest)
            continue;
        country.inside = pointInside(*largest);
        m_bounds |= country.bounds;
        m_countries.push_back(std::move(country));
    }
}

const WorldMap &WorldMap::instance()
{
    static const WorldMap map;
    return map;
}

std::vector<const WorldMap::Country *> WorldMap::shapesOf(const QString &code) const
{
    std::vector<const Country *> out;
    if (code.isEmpty())
        return out;
    for (const Country &c : m_countries)
        if (c.code == code)
            out.push_back(&c);
    return out;
}

} // namespace ssc
