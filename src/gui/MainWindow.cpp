#include "MainWindow.h"

#include "InitiativeDetailsView.h"
#include "InitiativeTableModel.h"
#include "ui_MainWindow.h"

#include "core/CatalogueStore.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>

namespace ssc {

MainWindow::MainWindow(std::unique_ptr<CatalogueStore> store, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_store(std::move(store))
{
    m_ui->setupUi(this);
    const QString name =
        m_store->name().isEmpty() ? QFileInfo(m_store->path()).fileName() : m_store->name();
    setWindowTitle(tr("%1 — SSC Catalogue").arg(name));

    m_model = new InitiativeTableModel(*m_store, this);
    m_ui->resultsView->setModel(m_model);
    m_ui->resultsView->horizontalHeader()->setSortIndicator(InitiativeTableModel::Title,
                                                            Qt::AscendingOrder);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->resultsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsView->setColumnWidth(InitiativeTableModel::Title, 320);
    m_ui->resultsView->setColumnWidth(InitiativeTableModel::Countries, 220);
    m_ui->resultsView->setColumnWidth(InitiativeTableModel::ProgrammeAreas, 180);
    m_ui->resultsView->setColumnWidth(InitiativeTableModel::Partners, 180);
    m_ui->resultsView->setColumnWidth(InitiativeTableModel::Funding, 160);
    m_ui->resultsView->setColumnWidth(InitiativeTableModel::Years, 80);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    // Typing waits for a pause; Enter applies at once.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    updateCount();
    statusBar()->showMessage(tr("Catalogue: %1").arg(m_store->path()));
}

MainWindow::~MainWindow()
{
    // The model and the views read the store: let them go before it does.
    m_ui->resultsView->setModel(nullptr);
    delete m_model;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    event->accept();
}

void MainWindow::applySearch()
{
    m_searchDelay.stop();
    CatalogueFilter filter = m_model->filter();
    filter.text = m_ui->searchEdit->text();
    m_model->setFilter(filter);
}

void MainWindow::updateCount()
{
    m_ui->countLabel->setText(
        tr("%1 of %2 initiatives").arg(m_model->total()).arg(m_store->initiativeCount()));
    m_ui->detailsView->showNothing();
    if (!m_model->error().isEmpty())
        statusBar()->showMessage(m_model->error());
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_ui->resultsView->currentIndex();
    const auto initiative = current.isValid()
                                ? m_store->initiative(m_model->initiativeId(current.row()))
                                : std::nullopt;
    if (initiative)
        m_ui->detailsView->showInitiative(*m_store, *initiative);
    else
        m_ui->detailsView->showNothing();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SSC Catalogue"),
        tr("<h3>SSC Catalogue %1</h3>"
           "<p>A catalogue of South-South and triangular cooperation initiatives for children.</p>"
           "<p>Qt %2. Catalogue schema version %3.</p>"
           "<p>Data: country codes and UN M49 regions from ISO-3166-Countries-with-Regional-Codes "
           "(CC BY-SA 4.0); DAC sectors and currencies from the IATI Standard "
           "(iatistandard.org, CC BY 4.0); SDG short titles from Open SDG (MIT). The bundled "
           "catalogue is drawn from UNICEF's public pages on South-South cooperation.</p>")
            .arg(QStringLiteral(SSC_VERSION), QString::fromLatin1(qVersion()))
            .arg(m_store->schemaVersion()));
}

} // namespace ssc
