// MainWindow's opening of catalogues: Open, New, Open Recent, the values and
// size of the catalogue opened, and the switch to the index when a large
// catalogue's is built in the background.
#include "MainWindow.h"

#include "CatalogueEdits.h"

#include "CatalogueSession.h"
#include "CatalogueViewState.h"
#include "FilterPanel.h"
#include "IndexStatus.h"
#include "InitiativeTableModel.h"
#include "ResultsView.h"

#include "ui_MainWindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace ssc {

namespace {

constexpr int kRecentCount = 8;

// The values a catalogue has, with counts when the engine gives them
// quickly, and its size and name.
struct Universe
{
    Result<FacetCounts> counts = FacetCounts{};
    Result<qint64> size = qint64(0);
    QString name;
    bool counted = false;
};

} // namespace

void MainWindow::openCatalogue(const QString &path, CatalogueStore::OpenMode mode)
{
    ++m_pending;
    setStatus(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    const QString typedBefore = m_ui->searchEdit->text();
    m_session->open(path, mode, [this, path, typedBefore](const QString &error) {
        --m_pending;
        if (!error.isEmpty()) {
            setStatus(error);
            emit catalogueFailed(error);
            if (isVisible())
                QMessageBox::warning(this, tr("Cannot open the catalogue"), error);
            return;
        }
        rememberRecent(path);
        // Undo belongs to the catalogue it was done in.
        if (path != m_viewStatePath)
            m_edits->undoStack()->clear();
        askUniverse([this, path, typedBefore] {
            setWindowTitle(tr("%1 — SSC Catalogue").arg(m_catalogueName));
            m_ui->actionExportReport->setEnabled(true);
            m_ui->actionImport->setEnabled(true);
            m_ui->actionExportIati->setEnabled(true);
            m_ui->actionExportCatalogue->setEnabled(true);
            for (QAction *a : {m_ui->actionNewInitiative, m_ui->actionEditInitiative,
                               m_ui->actionDuplicate, m_ui->actionDelete, m_ui->actionBulkEdit})
                a->setEnabled(true);
            reloadSavedSearches();
            emit catalogueOpened(path);
            // This catalogue's own filter, sort and columns, as it was
            // left; the one open before keeps its own.
            saveViewState();
            m_viewStatePath = path;
            const auto state = CatalogueViewState::load(path);
            CatalogueFilter restored = state ? state->filter : CatalogueFilter{};
            QHeaderView *header = m_ui->resultsView->horizontalHeader();
            if (!header->restoreState(state && !state->columns.isEmpty() ? state->columns
                                                                         : m_defaultColumns)) {
                m_ui->resultsView->useDefaultColumns();
                header->setSortIndicator(InitiativeTableModel::Title, Qt::AscendingOrder);
            }
            m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
            // What the user typed while the catalogue opened is kept.
            if (m_ui->searchEdit->text() != typedBefore)
                restored.text = m_ui->searchEdit->text();
            m_ui->searchEdit->blockSignals(true);
            m_ui->searchEdit->setText(restored.text);
            m_ui->searchEdit->blockSignals(false);
            applyFilter(restored);
        });
    });
}

void MainWindow::askUniverse(std::function<void()> then)
{
    ++m_pending;
    m_session->ask<Universe>(
        [](CatalogueStore &store) {
            Universe u{FacetCounts{}, store.initiativeCount(), store.name(),
                       store.engine().countsQuickly()};
            if (u.counted)
                u.counts = store.facetCounts({});
            return u;
        },
        [this, then](Universe u) {
            --m_pending;
            // A catalogue that opened but cannot be read says so.
            if (!u.counts.ok() || !u.size.ok())
                setStatus((u.counts.ok() ? u.size.error() : u.counts.error()).message);
            m_catalogueSize = u.size.ok() ? *u.size : 0;
            m_catalogueName = u.name.isEmpty() ? QFileInfo(m_session->path()).fileName() : u.name;
            if (u.counted)
                m_ui->filterPanel->setUniverse(u.counts.ok() ? *u.counts : FacetCounts{});
            else
                m_ui->filterPanel->clearUniverse(IndexStatus::paneMessage(m_session->indexState()));
            then();
        });
}

void MainWindow::indexStateChanged()
{
    const CatalogueSession::IndexState state = m_session->indexState();
    if (state != CatalogueSession::IndexState::Ready) {
        if (!m_ui->filterPanel->paneMessage().isEmpty())
            m_ui->filterPanel->setPaneMessage(IndexStatus::paneMessage(state));
        return;
    }
    // The panes fill in and the results gain their counts; the filter and
    // the search are the ones shown meanwhile.
    if (!m_ui->filterPanel->paneMessage().isEmpty()) {
        const CatalogueFilter shown = m_ui->filterPanel->filter();
        askUniverse([this, shown] {
            m_ui->filterPanel->setFilter(shown);
            refresh();
        });
    }
}

void MainWindow::chooseCatalogueToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Catalogue"), QFileInfo(m_session->path()).absolutePath(),
        tr("SSC catalogues (*.ssccat);;All files (*)"));
    if (!path.isEmpty())
        openCatalogue(path);
}

void MainWindow::chooseNewCatalogue()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Catalogue"), QFileInfo(m_session->path()).absolutePath(),
        tr("SSC catalogues (*.ssccat)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ssccat");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Catalogue"),
                             tr("%1 already exists. Choose a new name, or open it with "
                                "File > Open Catalogue.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openCatalogue(path, CatalogueStore::OpenMode::CreateIfMissing);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent"), recent);
}

void MainWindow::fillRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recent")).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_ui->menuRecent->addAction(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openCatalogue(path); });
    }
    if (recent.isEmpty())
        m_ui->menuRecent->addAction(tr("No recent catalogues"))->setEnabled(false);
}

} // namespace ssc
