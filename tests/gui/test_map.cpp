// The Map tab: each country's colour at its interior point follows its
// count under the filter and the chosen role (rendered offscreen, pixels
// read back); a click filters by the country in that role, Ctrl+click adds
// one; small islands are dots that take the click; countries without a
// shape are listed; the map exports as PNG and SVG.
#include "WindowTestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/domain/WorldMap.h"
#include "gui/FilterPanel.h"
#include "gui/MainWindow.h"
#include "gui/MapPane.h"
#include "gui/WorldMapView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineF>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace ssc;
using namespace ssc::test;

namespace {

QColor colourAt(WorldMapView *view, const QString &code)
{
    const QImage image = view->grab().toImage();
    const QPointF at = view->widgetPointOf(code) * image.devicePixelRatio();
    return image.pixelColor(at.toPoint());
}

// Counted, and the picture drawn (on a thread of its own).
void waitCounted(MapPane *map)
{
    REQUIRE(
        QTest::qWaitFor([&] { return !map->isCounting() && map->view()->isUpToDate(); }, 10000));
}

} // namespace

TEST_CASE("The map shades each country by its count under the filter, in the chosen role",
          "[gui][map]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    {
        // Tuvalu has no shape at the map's scale: it is listed instead.
        auto store = okValue(CatalogueStore::open(path));
        Initiative in = okValue(store->initiative(QStringLiteral("cash-transfers-cop")));
        in.countries.push_back({QStringLiteral("TV"), QStringLiteral("recipient"), {}});
        REQUIRE(CatalogueEditor(*store, QStringLiteral("test")).edit(in).ok());
    }
    MainWindow window;
    window.resize(1400, 900);
    openIn(window, path);
    MapPane *map = window.map();
    REQUIRE(map);
    window.findChild<QAction *>(QStringLiteral("actionShowMap"))->trigger();
    waitCounted(map);
    WorldMapView *view = map->view();
    REQUIRE(view->isVisible());

    // Any role: Brazil and Ethiopia in three initiatives, China in one.
    CHECK(colourAt(view, QStringLiteral("BR")) == view->colourFor(3));
    CHECK(colourAt(view, QStringLiteral("ET")) == view->colourFor(3));
    CHECK(colourAt(view, QStringLiteral("CN")) == view->colourFor(1));
    CHECK(colourAt(view, QStringLiteral("AU")) == view->colourFor(0));
    CHECK(view->colourFor(3) != view->colourFor(1));
    CHECK(view->colourFor(1) != view->colourFor(0));
    CHECK(map->missingLabel()->isVisible());
    CHECK(map->missingLabel()->text().contains(QStringLiteral("Tuvalu (1)")));

    // As recipients: Brazil none, Ethiopia two (and Tuvalu's one).
    map->setRole(QStringLiteral("recipient"));
    waitCounted(map);
    CHECK(colourAt(view, QStringLiteral("BR")) == view->colourFor(0));
    CHECK(colourAt(view, QStringLiteral("ET")) == view->colourFor(2));
    CHECK(colourAt(view, QStringLiteral("UG")) == view->colourFor(1));

    // São Tomé and Príncipe is a dot at this scale, and takes the click.
    const QPointF saoTome = view->widgetPointOf(QStringLiteral("ST"));
    CHECK(view->countryAt(saoTome) == QStringLiteral("ST"));
    CHECK(view->countryAt(view->widgetPointOf(QStringLiteral("CV"))) == QStringLiteral("CV"));

    // A click filters by Ethiopia as a recipient; the map follows the filter.
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier,
                      view->widgetPointOf(QStringLiteral("ET")).toPoint());
    REQUIRE(shown.wait(10000));
    CatalogueFilter f = window.findChild<FilterPanel *>()->filter();
    CHECK(f.countries == QStringList{QStringLiteral("ET")});
    CHECK(f.countryRole == QStringLiteral("recipient"));
    waitCounted(map);
    // Under that filter: Ethiopia's two initiatives, one shared with Uganda;
    // Brazil's to São Tomé is out.
    CHECK(colourAt(view, QStringLiteral("ET")) == view->colourFor(2));
    CHECK(colourAt(view, QStringLiteral("UG")) == view->colourFor(1));
    // (The list of countries without a shape went, the map grew.)
    CHECK_FALSE(map->missingLabel()->isVisible());
    CHECK(view->countryAt(view->widgetPointOf(QStringLiteral("ST"))) == QStringLiteral("ST"));

    // Ctrl+click adds São Tomé as an alternative.
    QTest::mouseClick(view, Qt::LeftButton, Qt::ControlModifier,
                      view->widgetPointOf(QStringLiteral("ST")).toPoint());
    REQUIRE(shown.wait(10000));
    f = window.findChild<FilterPanel *>()->filter();
    CHECK(f.countries == (QStringList{QStringLiteral("ET"), QStringLiteral("ST")}));

    // Zoom and reset keep the map whole; the keyboard does both.
    view->setFocus();
    const QPointF whole = view->widgetPointOf(QStringLiteral("ET"));
    QTest::keyClick(view, Qt::Key_Plus);
    const QPointF zoomed = view->widgetPointOf(QStringLiteral("ET"));
    CHECK(zoomed != whole);
    // Zoomed round the centre: Ethiopia moves away from it.
    const QPointF centre = QRectF(view->rect()).center();
    CHECK(QLineF(centre, zoomed).length() > QLineF(centre, whole).length() * 1.4);
    QTest::keyClick(view, Qt::Key_Home);
    CHECK(view->widgetPointOf(QStringLiteral("ET")) == whole);
    waitCounted(map);
    CHECK(colourAt(view, QStringLiteral("ET")) == view->colourFor(2));

    // Links: provider to recipient, under the filter (Ethiopia or São Tomé
    // as recipients): Cuba to Ethiopia, China to Ethiopia, Brazil to São Tomé.
    map->setShowsLinks(true);
    waitCounted(map);
    REQUIRE(view->showsLinks());
    const QImage drawn = view->grab().toImage();
    for (const auto &[from, to] : {std::pair{"CU", "ET"}, std::pair{"CN", "ET"}}) {
        INFO(from << " to " << to);
        const QColor c =
            drawn.pixelColor((view->linkPoint(QString::fromLatin1(from), QString::fromLatin1(to)) *
                              drawn.devicePixelRatio())
                                 .toPoint());
        CHECK(c.blue() > c.red() + 40); // on the blue line, not sea or land
    }
    CHECK(view->accessibleDescription().contains(QStringLiteral("CU → ET: 1")));
    CHECK(view->accessibleDescription().contains(QStringLiteral("BR → ST: 1")));
    CHECK_FALSE(view->accessibleDescription().contains(QStringLiteral("BR → ET")));
    map->setShowsLinks(false);
    waitCounted(map);

    // Export: a PNG that reads back, an SVG that parses.
    QString error;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    REQUIRE(map->exportTo(png, &error));
    CHECK(QImage(png).width() >= 960);
    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    REQUIRE(map->exportTo(svg, &error));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    REQUIRE(xml.readNextStartElement());
    CHECK(xml.name() == QStringLiteral("svg"));
    int paths = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QStringLiteral("path"))
            ++paths;
    CHECK_FALSE(xml.hasError());
    CHECK(paths > 150); // drawn as vectors: a path per country (small ones are dots)
    CHECK_FALSE(map->exportTo(dir.filePath(QStringLiteral("no/such/folder/map.png")), &error));
    CHECK(error.contains(QStringLiteral("map.png")));
    // On a full disk (here a file-size limit) the system's reason is given
    // and no file is left, under the name or beside it. (The SVG was once
    // written straight to its name, and its failed writes went unnoticed.)
    {
        QTemporaryDir full;
        QString pngError;
        QString svgError;
        bool pngSaved = true;
        bool svgSaved = true;
        {
            const FileSizeLimit limit(4 * 1024);
            REQUIRE(limit.on());
            pngSaved = map->exportTo(full.filePath(QStringLiteral("full.png")), &pngError);
            svgSaved = map->exportTo(full.filePath(QStringLiteral("full.svg")), &svgError);
        }
        CHECK_FALSE(pngSaved);
        CHECK(pngError.contains(QStringLiteral("full.png")));
        INFO(pngError.toStdString());
        CHECK(pngError.contains(FileSizeLimit::reason()));
        CHECK_FALSE(svgSaved);
        CHECK(svgError.contains(QStringLiteral("full.svg")));
        CHECK(svgError.contains(FileSizeLimit::reason()));
        CHECK(QDir(full.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    // In the links, a click filters by the country in any role (the role
    // box does not apply there).
    map->setShowsLinks(true);
    waitCounted(map);
    REQUIRE(view->countryAt(view->widgetPointOf(QStringLiteral("CU"))) == QStringLiteral("CU"));
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier,
                      view->widgetPointOf(QStringLiteral("CU")).toPoint());
    REQUIRE(shown.wait(10000));
    f = window.findChild<FilterPanel *>()->filter();
    CHECK(f.countries == QStringList{QStringLiteral("CU")});
    CHECK(f.countryRole.isEmpty());
}

TEST_CASE("Every country the catalogue knows is on the map or listed beside it", "[map]")
{
    const WorldMap &world = WorldMap::instance();
    CHECK(world.countries().size() > 200);
    // The small island states the issue names have shapes (drawn as dots).
    for (const char *code : {"ST", "CV", "MV", "KM", "SC", "FR", "NO"})
        CHECK(world.hasShape(QString::fromLatin1(code)));
    CHECK_FALSE(world.hasShape(QStringLiteral("TV")));
    // Somaliland is drawn apart but counted with Somalia, as ISO does.
    CHECK(world.shapesOf(QStringLiteral("SO")).size() == 2);
    for (const WorldMap::Country &c : world.countries()) {
        INFO(c.name.toStdString());
        CHECK(c.bounds.contains(c.inside));
    }
}
