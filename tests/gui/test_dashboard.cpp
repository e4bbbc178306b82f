// The Dashboard tab: each chart's bars are the facet counts under the
// window's filter (checked against counts the engine gives for the filter
// with each value added); a click on a bar filters by it; the funding is
// charted one currency at a time; a chart exports as PNG and SVG.
#include "WindowTestSupport.h"

#include "gui/DashboardChart.h"
#include "gui/DashboardPane.h"
#include "gui/FilterPanel.h"
#include "gui/MainWindow.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

using namespace ssc;
using namespace ssc::test;

namespace {

void waitCounted(DashboardPane *dashboard, QSignalSpy &counted)
{
    REQUIRE(
        QTest::qWaitFor([&] { return counted.count() > 0 && !dashboard->isCounting(); }, 10000));
    counted.clear();
}

std::map<QString, double> valuesOf(const DashboardChart *chart)
{
    std::map<QString, double> out;
    for (const ChartBar &b : chart->bars())
        out[b.key] = b.value;
    return out;
}

// Each bar of a facet's chart, counted afresh: the filter with that value.
void checkAgainstCounts(CatalogueStore &store, const CatalogueFilter &filter,
                        const DashboardChart *chart, Facet facet)
{
    INFO(chart->title().toStdString());
    REQUIRE_FALSE(chart->bars().empty());
    for (const ChartBar &bar : chart->bars()) {
        INFO(bar.key.toStdString());
        CatalogueFilter with = filter;
        with.setValues(facet, {bar.key});
        // A value the filter already selects stands alone, not beside others.
        CHECK(bar.value == double(okValue(store.engine().count(with))));
    }
}

} // namespace

TEST_CASE("The dashboard charts the facet counts under the filter; a click on a bar filters",
          "[gui][dashboard]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    auto store = okValue(CatalogueStore::open(path));
    MainWindow window;
    window.resize(1400, 900);
    openIn(window, path);
    DashboardPane *dashboard = window.dashboard();
    REQUIRE(dashboard);
    QSignalSpy counted(dashboard, &DashboardPane::counted);
    window.findChild<QAction *>(QStringLiteral("actionShowDashboard"))->trigger();
    REQUIRE(dashboard->isVisible());
    waitCounted(dashboard, counted);

    // The whole catalogue: the bars are the filter pane's counts.
    const FacetCounts facets = okValue(store->engine().facetCounts({}));
    for (const auto &[name, facet] :
         {std::pair{"modalities", Facet::Modality}, std::pair{"types", Facet::ActivityType}}) {
        INFO(name);
        std::map<QString, double> expected;
        for (const FacetValueCount &c : facets.at(facet))
            expected[c.value] = double(c.count);
        CHECK(valuesOf(dashboard->chart(QString::fromLatin1(name))) == expected);
    }
    checkAgainstCounts(*store, {}, dashboard->chart(QStringLiteral("areas")), Facet::ProgrammeArea);
    const DashboardChart *partners = dashboard->chart(QStringLiteral("partners"));
    CHECK(partners->bars().size() <= size_t(DashboardPane::kTopPartners));
    checkAgainstCounts(*store, {}, partners, Facet::Partner);
    // Largest first.
    for (size_t k = 1; k < partners->bars().size(); ++k)
        CHECK(partners->bars()[k - 1].value >= partners->bars()[k].value);

    // Start years: every year from the first to the last, as the engine counts.
    std::map<QString, double> years;
    for (const YearCount &y : okValue(store->engine().startYearCounts({})))
        years[QString::number(y.year)] = double(y.initiatives);
    const std::map<QString, double> charted = valuesOf(dashboard->chart(QStringLiteral("years")));
    REQUIRE_FALSE(charted.empty());
    for (const auto &[year, n] : charted)
        CHECK(n == (years.count(year) ? years.at(year) : 0.0));
    CHECK(charted.size() >= years.size());

    // A real click on the largest modality bar filters by it.
    DashboardChart *modalities = dashboard->chart(QStringLiteral("modalities"));
    const ChartBar largest = modalities->bars().front();
    QChart *chart = modalities->view()->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    REQUIRE(series);
    const int row = int(modalities->bars().size()) - 1; // drawn bottom up: the top row
    const QPointF barCentre = chart->mapToPosition(QPointF(largest.value / 2, row), series);
    const QPoint at = modalities->view()->mapFromScene(chart->mapToScene(barCentre));
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    QTest::mouseClick(modalities->view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    REQUIRE(shown.wait(10000));
    CatalogueFilter f = window.findChild<FilterPanel *>()->filter();
    CHECK(f.modalities == QStringList{largest.key});
    waitCounted(dashboard, counted);

    // Under that filter the charts follow it.
    // (Other modalities show as far as these initiatives have them too.)
    CHECK(valuesOf(modalities).at(largest.key) == largest.value);
    for (const ChartBar &bar : modalities->bars())
        CHECK(bar.value <= largest.value);
    checkAgainstCounts(*store, f, dashboard->chart(QStringLiteral("areas")), Facet::ProgrammeArea);
    checkAgainstCounts(*store, f, dashboard->chart(QStringLiteral("types")), Facet::ActivityType);

    // From the keyboard: the arrow keys pick a bar, Enter filters by it.
    DashboardChart *areas = dashboard->chart(QStringLiteral("areas"));
    const ChartBar area = areas->bars().front();
    areas->view()->setFocus();
    QTest::keyClick(areas->view(), Qt::Key_Down);
    CHECK(areas->currentBar() == 0);
    CHECK(areas->view()->accessibleDescription().startsWith(area.label));
    QTest::keyClick(areas->view(), Qt::Key_Return);
    REQUIRE(shown.wait(10000));
    f = window.findChild<FilterPanel *>()->filter();
    CHECK(f.programmeAreas == QStringList{area.key});
    CHECK(f.modalities == QStringList{largest.key});
    waitCounted(dashboard, counted);
    const QString summary =
        dashboard->findChild<QLabel *>(QStringLiteral("dashboardSummary"))->text();
    CHECK(summary.startsWith(area.value == 1 ? QStringLiteral("One initiative")
                                             : QString::number(qint64(area.value))));

    // A year's bar filters by that year.
    window.findChild<QAction *>(QStringLiteral("actionClearAll"))->trigger();
    REQUIRE(shown.wait(10000));
    waitCounted(dashboard, counted);
    DashboardChart *yearChart = dashboard->chart(QStringLiteral("years"));
    const ChartBar lastYear = yearChart->bars().back();
    yearChart->clickBar(int(yearChart->bars().size()) - 1, false);
    REQUIRE(shown.wait(10000));
    f = window.findChild<FilterPanel *>()->filter();
    CHECK(f.fromYear == lastYear.key.toInt());
    CHECK(f.toYear == lastYear.key.toInt());
    waitCounted(dashboard, counted);
    window.findChild<QAction *>(QStringLiteral("actionClearAll"))->trigger();
    REQUIRE(shown.wait(10000));
    waitCounted(dashboard, counted);

    // Funding: one currency at a time, in the currency's own figures.
    QComboBox *currency = dashboard->currency();
    REQUIRE(currency->count() > 0);
    const std::vector<FundingTotal> totals = okValue(store->engine().fundingByYear({}));
    for (int c = 0; c < currency->count(); ++c) {
        currency->setCurrentIndex(c);
        const QString code = currency->currentData().toString();
        INFO(code.toStdString());
        const std::map<QString, double> bars =
            valuesOf(dashboard->chart(QStringLiteral("funding")));
        double largestAmount = 0;
        for (const FundingTotal &t : totals)
            if (t.currency == code)
                largestAmount = std::max(largestAmount, t.amount);
        const double unit = largestAmount >= 1e6 ? 1e6 : largestAmount >= 1e4 ? 1e3 : 1;
        size_t withYear = 0;
        for (const FundingTotal &t : totals) {
            if (t.currency != code || t.year == 0)
                continue;
            ++withYear;
            REQUIRE(bars.count(QString::number(t.year)));
            CHECK(bars.at(QString::number(t.year)) == Approx(t.amount / unit));
        }
        CHECK(bars.size() == withYear);
    }

    // Export: PNG and SVG, and a clear message where it cannot be written.
    QString error;
    const QString png = dir.filePath(QStringLiteral("areas.png"));
    REQUIRE(areas->exportTo(png, &error));
    CHECK(QImage(png).width() >= areas->view()->width());
    const QString svg = dir.filePath(QStringLiteral("areas.svg"));
    REQUIRE(areas->exportTo(svg, &error));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    REQUIRE(xml.readNextStartElement());
    CHECK(xml.name() == QStringLiteral("svg"));
    int texts = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QStringLiteral("text"))
            ++texts;
    CHECK_FALSE(xml.hasError());
    CHECK(texts > int(areas->bars().size())); // the labels are text, not pixels
    CHECK_FALSE(areas->exportTo(dir.filePath(QStringLiteral("no/such/folder/c.png")), &error));
    CHECK(error.contains(QStringLiteral("c.png")));

    // The tab is remembered.
    CHECK(QSettings().value(QStringLiteral("view/tab")).toInt() == 2);
}
