// MainWindow's editing: Edit > Undo, Redo, New, Edit, Duplicate, Delete,
// the results' row menu and double-click, and showing the catalogue again
// after each change.
#include "MainWindow.h"

#include "CatalogueEdits.h"
#include "CatalogueSession.h"
#include "FilterPanel.h"
#include "HistoryDialog.h"
#include "InitiativeDetailsView.h"
#include "InitiativeTableModel.h"
#include "ResultsView.h"
#include "TeamControl.h"

#include "ui_MainWindow.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace ssc {

void MainWindow::setUpEditing()
{
    m_edits = new CatalogueEdits(m_session, this);
    QUndoStack *undo = m_edits->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    QAction *first = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertAction(first, undoAction);
    m_ui->menuEdit->insertAction(first, redoAction);
    m_ui->menuEdit->insertSeparator(first);

    // Delete only where the rows are: Del in the search box deletes text.
    m_ui->resultsView->addAction(m_ui->actionDelete);
    auto currentId = [this] {
        const QModelIndex current = m_ui->resultsView->currentIndex();
        return current.isValid() ? m_model->initiativeId(current.row()) : QString();
    };
    auto editCurrent = [this, currentId] {
        if (const QString id = currentId(); !id.isEmpty())
            m_edits->edit(id);
    };
    auto duplicateCurrent = [this, currentId] {
        if (const QString id = currentId(); !id.isEmpty())
            m_edits->duplicate(id);
    };
    auto deleteSelected = [this] { m_edits->remove(m_ui->resultsView->selectedIds()); };
    connect(m_ui->actionNewInitiative, &QAction::triggered, m_edits,
            &CatalogueEdits::newInitiative);
    connect(m_ui->actionEditInitiative, &QAction::triggered, this, editCurrent);
    connect(m_ui->actionDuplicate, &QAction::triggered, this, duplicateCurrent);
    connect(m_ui->actionDelete, &QAction::triggered, this, deleteSelected);
    connect(m_ui->actionBulkEdit, &QAction::triggered, this,
            [this] { m_edits->bulkEdit(m_ui->resultsView->selectedIds()); });
    connect(m_ui->resultsView, &ResultsView::editRequested, this, editCurrent);
    connect(m_ui->resultsView, &ResultsView::duplicateRequested, this, duplicateCurrent);
    connect(m_ui->resultsView, &ResultsView::deleteRequested, this, deleteSelected);
    // The details offer the same for the record being read.
    m_ui->detailsView->setOffersEdits(true);
    connect(m_ui->detailsView, &InitiativeDetailsView::editRequested, this,
            [this, currentId, editCurrent, duplicateCurrent](const QString &what) {
                if (what == QLatin1String("edit"))
                    editCurrent();
                else if (what == QLatin1String("duplicate"))
                    duplicateCurrent();
                else if (const QString id = currentId();
                         what == QLatin1String("delete") && !id.isEmpty())
                    m_edits->remove({id});
            });
    for (QAction *a : {m_ui->actionNewInitiative, m_ui->actionEditInitiative, m_ui->actionDuplicate,
                       m_ui->actionDelete, m_ui->actionBulkEdit})
        a->setEnabled(false);

    QAction *duplicates = new QAction(tr("F&ind Duplicates…"), this);
    duplicates->setObjectName(QStringLiteral("actionFindDuplicates"));
    duplicates->setToolTip(tr("Records that are likely one initiative brought in twice, to merge"));
    duplicates->setEnabled(false);
    m_ui->menuEdit->insertAction(m_ui->actionDelete, duplicates);
    connect(m_ui->actionBulkEdit, &QAction::enabledChanged, duplicates, &QAction::setEnabled);
    connect(duplicates, &QAction::triggered, m_edits, &CatalogueEdits::findDuplicates);
    connect(m_edits, &CatalogueEdits::told, this, &MainWindow::setStatus);

    // A copy of a team catalogue syncs from File > Team Catalogue; what it
    // receives is shown as an edit is.
    m_team = new TeamControl(m_session, this, m_ui->menuFile);
    statusBar()->addPermanentWidget(m_team->indicator());
    connect(m_team, &TeamControl::changed, m_edits, &CatalogueEdits::changed);
    connect(m_team, &TeamControl::told, this, &MainWindow::setStatus);
    connect(this, &MainWindow::catalogueOpened, m_team, &TeamControl::refresh);
    connect(m_team, &TeamControl::openRequested, this,
            [this](const QString &path) { openCatalogue(path); });
    connect(m_edits, &CatalogueEdits::changed, m_team, &TeamControl::refresh);

    QAction *recent = m_ui->menuView->addAction(tr("Recent &Changes…"));
    recent->setObjectName(QStringLiteral("actionRecentChanges"));
    recent->setToolTip(tr("The catalogue's history: who changed what, and when"));
    connect(recent, &QAction::triggered, this, &MainWindow::showRecentChanges);

    connect(m_edits, &CatalogueEdits::failed, this, [this](const QString &message) {
        setStatus(message);
        if (isVisible())
            QMessageBox::warning(this, tr("Cannot change the catalogue"), message);
    });
    // The values, counts, results and details all show the change; the
    // filter and the record being read stay.
    connect(m_edits, &CatalogueEdits::changed, this, [this] {
        const CatalogueFilter shown = m_ui->filterPanel->filter();
        m_rereadDetails = true;
        askUniverse([this, shown] {
            m_ui->filterPanel->setFilter(shown);
            refresh();
        });
    });
}

void MainWindow::showRecentChanges()
{
    auto *dialog = findChild<HistoryDialog *>();
    if (!dialog) {
        dialog = new HistoryDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &HistoryDialog::restoreRequested, m_edits, &CatalogueEdits::restore);
        // The list follows the changes made while it is open.
        connect(m_edits, &CatalogueEdits::changed, dialog, [this] { showRecentChanges(); });
        dialog->show();
    }
    using Entries = Result<std::vector<ChangeRecord>>;
    m_session->ask<Entries>(
        [](CatalogueStore &store) {
            return store.history({{}, {}, 500});
        },
        [this](Entries entries) {
            auto *open = findChild<HistoryDialog *>();
            if (!open)
                return;
            if (!entries.ok())
                return setStatus(entries.error().message);
            open->setEntries(std::move(*entries));
        });
}

CatalogueEdits *MainWindow::edits() const
{
    return m_edits;
}

} // namespace ssc
