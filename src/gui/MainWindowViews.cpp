// The views beside the results list: the Map tab (MapPane) and the
// Dashboard tab (DashboardPane), with View > List, Map and Dashboard to move
// between them from the keyboard.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "CatalogueSession.h"
#include "DashboardChart.h"
#include "DashboardPane.h"
#include "LanguageMenu.h"
#include "MapPane.h"
#include "WorldMapView.h"

#include <QAction>
#include <QChartView>
#include <QCoreApplication>
#include <QProcess>
#include <QSettings>

namespace ssc {

void MainWindow::setUpViews()
{
    m_map = new MapPane(m_session, m_ui->viewTabs);
    m_ui->viewTabs->addTab(m_map, tr("Map"));
    m_ui->viewTabs->setTabToolTip(0, tr("The initiatives under the filter, as a list (Ctrl+1)"));
    m_dashboard = new DashboardPane(m_session, m_ui->viewTabs);
    m_ui->viewTabs->addTab(m_dashboard, tr("Dashboard"));
    m_ui->viewTabs->setTabToolTip(1, tr("Where they are, on a world map (Ctrl+2)"));
    m_ui->viewTabs->setTabToolTip(2,
                                  tr("Charts of them: years, areas, partners, funding (Ctrl+3)"));
    auto *list = new QAction(tr("&List"), this);
    list->setObjectName(QStringLiteral("actionShowList"));
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto *map = new QAction(tr("&Map"), this);
    map->setObjectName(QStringLiteral("actionShowMap"));
    map->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    auto *dashboard = new QAction(tr("&Dashboard"), this);
    dashboard->setObjectName(QStringLiteral("actionShowDashboard"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *first = m_ui->menuView->actions().value(0);
    m_ui->menuView->insertAction(first, list);
    m_ui->menuView->insertAction(first, map);
    m_ui->menuView->insertAction(first, dashboard);
    m_ui->menuView->insertSeparator(first);
    auto *language = new LanguageMenu(this);
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(language);
    // Restart on the same catalogue, once this window has closed as on
    // File > Quit (saving its layout and filter).
    connect(language, &LanguageMenu::restartWanted, this, [this] {
        const QString path = m_session->path();
        if (!close())
            return;
        QStringList arguments;
        if (!path.isEmpty())
            arguments << QStringLiteral("--db") << path;
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
        QCoreApplication::quit();
    });
    connect(list, &QAction::triggered, this, [this] {
        m_ui->viewTabs->setCurrentIndex(0);
        m_ui->resultsView->setFocus();
    });
    connect(map, &QAction::triggered, this, [this] {
        m_ui->viewTabs->setCurrentWidget(m_map);
        m_map->view()->setFocus();
    });
    connect(dashboard, &QAction::triggered, this, [this] {
        m_ui->viewTabs->setCurrentWidget(m_dashboard);
        m_dashboard->charts().front()->view()->setFocus();
    });
    // A click on a bar filters by its value; on a year, by that year.
    connect(m_dashboard, &DashboardPane::facetClicked, this,
            [this](Facet facet, const QString &value, bool add) {
                filterBy(facet, value, QString(), add);
            });
    connect(m_dashboard, &DashboardPane::yearClicked, this, [this](int year) {
        CatalogueFilter f = m_ui->filterPanel->filter();
        f.text = m_ui->searchEdit->text();
        f.fromYear = year;
        f.toYear = year;
        applyFilter(f);
    });
    // A click on a country filters by it, as a link in the details does.
    connect(m_map, &MapPane::countryClicked, this,
            [this](const QString &code, const QString &role, bool add) {
                filterBy(Facet::Country, code, role, add);
            });
    // The tab and the map's role are remembered.
    QSettings settings;
    m_ui->viewTabs->setCurrentIndex(settings.value(QStringLiteral("view/tab"), 0).toInt());
    m_map->setRole(settings.value(QStringLiteral("map/role")).toString());
    m_map->setShowsLinks(settings.value(QStringLiteral("map/links"), false).toBool());
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this,
            [](int tab) { QSettings().setValue(QStringLiteral("view/tab"), tab); });
    connect(m_map, &MapPane::counted, this, [this] {
        QSettings().setValue(QStringLiteral("map/role"), m_map->role());
        QSettings().setValue(QStringLiteral("map/links"), m_map->showsLinks());
    });
}

} // namespace ssc
