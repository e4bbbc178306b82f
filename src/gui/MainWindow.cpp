#include "MainWindow.h"

#include "CatalogueSession.h"
#include "CatalogueViewState.h"
#include "DashboardPane.h"
#include "ElidingDelegate.h"
#include "FilterPanel.h"
#include "FlowLayout.h"
#include "HelpDialogs.h"
#include "ImportDialog.h"
#include "IndexStatus.h"
#include "InitiativeDetailsView.h"
#include "InitiativeTableModel.h"
#include "KeyboardNavigation.h"
#include "MapPane.h"
#include "Preferences.h"
#include "ReportDialog.h"
#include "ResultsView.h"

#include "ui_MainWindow.h"

#include "core/query/FilterCoding.h"

#include "core/domain/Vocabulary.h"
#include "core/query/FacetDefinitions.h"
#include "core/query/FullTextQuery.h"
#include "report/Report.h"

#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QToolButton>

namespace ssc {

namespace {

struct Details
{
    QString html;
    QString history;
    bool found = false;
};

// Results with every facet's counts when the engine counts quickly; the
// page and total alone otherwise (SQL takes up to a minute over a million
// rows for the counts, a few milliseconds for a page).
struct Answer
{
    Result<QueryResult> result = QueryResult{};
    bool counted = false;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_session = new CatalogueSession(this);
    m_model = new InitiativeTableModel(this);
    m_ui->resultsView->setModel(m_model);
    m_ui->resultsView->setItemDelegate(new ElidingDelegate(m_ui->resultsView));
    ElidingDelegate::preferFastText(m_ui->resultsView);
    m_ui->resultsView->horizontalHeader()->setSortIndicator(InitiativeTableModel::Title,
                                                            Qt::AscendingOrder);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->resultsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({600, 300});
    // The chips wrap onto more rows rather than widen the window; the bar
    // keeps its height while they fit one row, and the count keeps its width
    // whatever the numbers, so that a click repaints what changed, not the
    // whole re-laid-out window.
    m_chipsLayout = new FlowLayout(m_ui->chipsBar);
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);
    m_chipsLayout->addWidget(m_ui->noFiltersLabel);
    m_ui->chipsBar->setMinimumHeight(QToolButton().sizeHint().height());
    m_ui->countLabel->setMinimumWidth(m_ui->countLabel->fontMetrics().horizontalAdvance(
        tr("%L1 of %L2 initiatives").arg(99999999).arg(99999999)));
    m_ui->emptyPanel->hide();
    // Nothing is claimed about filters before a catalogue has answered.
    m_ui->noFiltersLabel->hide();
    m_ui->menuView->addAction(m_ui->filterDock->toggleViewAction());
    m_indexStatus = new IndexStatus(m_session, this);
    statusBar()->addPermanentWidget(m_indexStatus);
    connect(m_session, &CatalogueSession::indexStateChanged, this, &MainWindow::indexStateChanged);

    // Typing waits for a pause; Enter applies at once.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::refresh);
    // F6 and Enter land in the tab shown, Details or History.
    m_ui->detailsTabs->setFocusProxy(m_ui->detailsTabs->currentWidget());
    connect(m_ui->detailsTabs, &QTabWidget::currentChanged, this,
            [this] { m_ui->detailsTabs->setFocusProxy(m_ui->detailsTabs->currentWidget()); });
    auto *keys = new KeyboardNavigation(this, m_ui->searchEdit, m_ui->filterPanel,
                                        m_ui->resultsView, m_ui->detailsTabs);

    connect(m_ui->filterPanel, &FilterPanel::filterChanged, this, &MainWindow::refresh);
    auto clearAll = [this] {
        m_ui->searchEdit->blockSignals(true);
        m_ui->searchEdit->clear();
        m_ui->searchEdit->blockSignals(false);
        applyFilter(CatalogueFilter{});
    };
    connect(m_ui->filterPanel, &FilterPanel::clearAllRequested, this, clearAll);
    connect(m_ui->actionClearAll, &QAction::triggered, this, clearAll);
    connect(m_ui->emptyClearButton, &QPushButton::clicked, this, clearAll);
    connect(m_model, &InitiativeTableModel::pageWanted, this, &MainWindow::fetchPage,
            Qt::QueuedConnection);
    connect(m_model, &InitiativeTableModel::sortWanted, this, &MainWindow::refresh);
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);
    connect(m_ui->detailsView, &InitiativeDetailsView::filterRequested, this,
            &MainWindow::filterBy);
    // Reading a result is reading its details, whichever tab was shown.
    auto read = [this] {
        m_ui->detailsTabs->setCurrentWidget(m_ui->detailsView);
        m_ui->detailsView->setFocus();
    };
    connect(m_ui->resultsView, &ResultsView::openRequested, this, read);
    connect(keys, &KeyboardNavigation::readRequested, this, read);
    connect(m_ui->resultsView, &ResultsView::exportRequested, this, &MainWindow::exportReport);
    setUpEditing();
    setUpSavedSearches();
    setUpViews();
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseCatalogueToOpen);
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::chooseNewCatalogue);
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, [this] { showUserGuide(this); });
    connect(m_ui->actionShortcuts, &QAction::triggered, this,
            [this] { showKeyboardShortcuts(this); });
    connect(m_ui->actionPreferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this] { m_ui->filterPanel->setHideEmpty(Preferences::load().hideEmptyValues); });
        dialog->open();
    });
    connect(m_ui->actionExportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::chooseFileToImport);
    connect(m_ui->actionExportIati, &QAction::triggered, this, &MainWindow::exportIati);
    connect(m_ui->actionExportCatalogue, &QAction::triggered, this,
            &MainWindow::exportCatalogueFile);
    setAcceptDrops(true);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first time: the designed size, or what fits on a small screen.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QSize room = screen->availableSize() * 0.95;
            resize(size().boundedTo(room));
        }
    }
    // Qt mirrors the widgets for a right-to-left language but not the dock
    // areas: the filters go to the right (the reading start) here, and the
    // layout is kept apart from the left-to-right one.
    if (layoutDirection() == Qt::RightToLeft)
        addDockWidget(Qt::RightDockWidgetArea, m_ui->filterDock);
    if (!restoreState(settings.value(stateKey()).toByteArray()))
        resizeDocks({m_ui->filterDock}, {width() < 1200 ? 320 : 380}, Qt::Horizontal);
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    // Catalogues with no state of their own start from the last layout, or
    // the first start's.
    if (header->restoreState(settings.value(QStringLiteral("window/columns")).toByteArray()))
        m_defaultColumns = header->saveState();
    else
        m_ui->resultsView->useDefaultColumns();
    // The restored sort indicator becomes the model's order.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_ui->filterPanel->restoreState(settings);
}

MainWindow::~MainWindow() = default;

QString MainWindow::stateKey() const
{
    return layoutDirection() == Qt::RightToLeft ? QStringLiteral("window/state-rtl")
                                                : QStringLiteral("window/state");
}

FilterPanel *MainWindow::filterPanel() const
{
    return m_ui->filterPanel;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(stateKey(), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("window/columns"),
                      m_ui->resultsView->horizontalHeader()->saveState());
    m_ui->filterPanel->saveState(settings);
    saveViewState();
    event->accept();
}

void MainWindow::saveViewState() const
{
    if (!m_viewStatePath.isEmpty())
        CatalogueViewState{m_shown, m_ui->resultsView->horizontalHeader()->saveState()}.save(
            m_viewStatePath);
}

void MainWindow::setStatus(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::applyFilter(const CatalogueFilter &filter)
{
    m_ui->filterPanel->setFilter(filter);
    refresh();
}

void MainWindow::refresh()
{
    m_searchDelay.stop();
    if (!m_session->isOpen())
        return;
    CatalogueFilter filter = m_ui->filterPanel->filter();
    filter.text = m_ui->searchEdit->text();
    const SortOrder sort = m_model->sortOrder();
    const QString language = InitiativeTableModel::titleLanguage();
    const quint64 generation = ++m_generation;
    ++m_pending;
    setStatus(tr("Searching…"));
    m_session->ask<Answer>(
        [filter, sort, language](CatalogueStore &store) {
            const PageRequest first{sort, 0, InitiativeTableModel::kPageSize, language};
            if (store.engine().countsQuickly())
                return Answer{store.query(filter, first), true};
            auto rows = store.page(filter, first);
            if (!rows.ok())
                return Answer{rows.error()};
            auto total = store.count(filter);
            if (!total.ok())
                return Answer{total.error()};
            return Answer{QueryResult{std::move(*rows), *total, {}}};
        },
        [this, generation, filter](Answer answer) {
            --m_pending;
            showResult(generation, filter, std::move(answer.result), answer.counted);
        });
}

void MainWindow::showResult(quint64 generation, const CatalogueFilter &filter,
                            Result<QueryResult> result, bool counted)
{
    if (generation != m_generation)
        return; // a newer filter overtook this one
    if (!result.ok()) {
        setStatus(result.error().message);
        emit resultsShown();
        return;
    }
    m_shown = filter;
    m_map->setFilter(filter);
    m_dashboard->setFilter(filter);
    // The initiative being read stays selected while the results hold it.
    const QModelIndex current = m_ui->resultsView->currentIndex();
    const QString reading = current.isValid() ? m_model->initiativeId(current.row()) : QString();
    m_model->setResult(generation, result->total, std::move(result->rows));
    if (counted)
        m_ui->filterPanel->setCounts(result->facets);
    m_ui->countLabel->setText(tr("%L1 of %L2 initiatives").arg(result->total).arg(m_catalogueSize));
    m_ui->emptyPanel->setVisible(result->total == 0 && !filter.isEmpty());
    if (const int row = reading.isEmpty() ? -1 : m_model->rowOf(reading); row >= 0) {
        m_ui->resultsView->setCurrentIndex(m_model->index(row, 0));
        // After an edit the same row holds a changed record.
        if (std::exchange(m_rereadDetails, false))
            showSelected();
    } else {
        showNoDetails();
    }
    rebuildChips();
    setStatus(
        tr("%Ln initiative(s) shown", nullptr, int(std::min<qint64>(result->total, INT_MAX))));
    emit resultsShown();
}

void MainWindow::fetchPage(quint64 generation, int page)
{
    if (generation != m_generation)
        return;
    const CatalogueFilter filter = m_shown;
    const SortOrder sort = m_model->sortOrder();
    const QString language = InitiativeTableModel::titleLanguage();
    m_session->ask<Result<std::vector<InitiativeRow>>>(
        [filter, sort, page, language](CatalogueStore &store) {
            const int size = InitiativeTableModel::kPageSize;
            return store.page(filter, PageRequest{sort, page * size, size, language});
        },
        [this, generation, page](Result<std::vector<InitiativeRow>> rows) {
            if (rows.ok())
                m_model->setPage(generation, page, std::move(*rows));
            else
                setStatus(rows.error().message);
        });
}

void MainWindow::showNoDetails()
{
    m_ui->detailsView->showNothing();
    m_ui->historyView->showNothing();
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_ui->resultsView->currentIndex();
    const QString id = current.isValid() ? m_model->initiativeId(current.row()) : QString();
    const quint64 asked = ++m_detailsAsked;
    if (id.isEmpty()) {
        showNoDetails();
        return;
    }
    m_session->ask<Details>(
        [id](CatalogueStore &store) {
            const auto initiative = store.initiative(id);
            return initiative ? Details{InitiativeDetailsView::htmlFor(store, *initiative),
                                        InitiativeDetailsView::historyHtml(store, id), true}
                              : Details{};
        },
        [this, asked](Details details) {
            if (asked != m_detailsAsked)
                return;
            if (details.found) {
                m_ui->detailsView->showHtml(details.html, FullTextQuery::words(m_shown.text).words);
                m_ui->historyView->showHtml(details.history);
            } else {
                showNoDetails();
            }
            emit detailsShown();
        });
}

void MainWindow::filterBy(Facet facet, const QString &value, const QString &role, bool add)
{
    CatalogueFilter f = m_ui->filterPanel->filter();
    f.text = m_ui->searchEdit->text();
    const FacetDefinition &d = facetDefinition(facet);
    // One role holds for the whole country pane: a value in another role
    // cannot be an alternative to the ones selected, so it replaces them.
    if (d.takesRole() && f.countryRole != role && (!f.countries.isEmpty() || !f.regions.isEmpty()))
        add = false;
    if (add) {
        QStringList selected = f.values(facet);
        if (!selected.contains(value))
            f.setValues(facet, selected << value);
    } else {
        // The link replaces the selection of its whole pane.
        for (const FacetDefinition &other : facetDefinitions())
            if (QLatin1String(other.pane) == QLatin1String(d.pane))
                f.setValues(other.facet, {});
        f.setValues(facet, {value});
    }
    if (d.takesRole())
        f.countryRole = role;
    applyFilter(f);
}

ReportDialog *MainWindow::reportDialog() const
{
    return findChild<ReportDialog *>();
}

void MainWindow::exportReport()
{
    if (!m_session->isOpen() || reportDialog())
        return;
    ReportDialog::Context context;
    context.cataloguePath = m_session->path();
    context.catalogueName = m_catalogueName;
    context.filter = m_shown;
    context.sort = m_model->sortOrder();
    for (const QModelIndex &row : m_ui->resultsView->selectionModel()->selectedRows())
        context.selectedRows.push_back(row.row());
    std::sort(context.selectedRows.begin(), context.selectedRows.end());
    context.filteredCount = m_model->total();
    context.catalogueCount = m_catalogueSize;
    FilterPanel *panel = m_ui->filterPanel;
    context.filterTitle =
        ReportBuilder::titleFor(m_shown, [panel](Facet facet, const QString &value) {
            return panel->labelOf(facet, value);
        });
    auto *dialog = new ReportDialog(std::move(context), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::exported, this, [this](const QString &path) {
        setStatus(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SSC Catalogue"),
        tr("<h3>SSC Catalogue %1</h3>"
           "<p>A catalogue of South-South and triangular cooperation initiatives for children.</p>"
           "<p>Qt %2 (built with %3).</p>"
           "<p>Data: country codes and UN M49 regions from ISO-3166-Countries-with-Regional-Codes "
           "(CC BY-SA 4.0); DAC sectors and currencies from the IATI Standard "
           "(iatistandard.org, CC BY 4.0); SDG short titles from Open SDG (MIT); SDG colours "
           "from the United Nations' SDG guidelines. The bundled catalogue is drawn from "
           "UNICEF's public pages on South-South cooperation.</p>")
            .arg(QStringLiteral(SSC_VERSION), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR)));
}

} // namespace ssc
