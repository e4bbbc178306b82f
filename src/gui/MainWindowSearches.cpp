// MainWindow's saved searches: the pane at the top of the filter dock,
// View > Save Search and View > Saved Searches (each search, to apply); the
// searches are written to the catalogue file.
#include "MainWindow.h"

#include "CatalogueSession.h"
#include "FilterPanel.h"
#include "SavedSearchesPane.h"

#include "ui_MainWindow.h"

#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

namespace ssc {

void MainWindow::setUpSavedSearches()
{
    m_searches = new SavedSearchesPane(m_ui->filterPanel);
    m_searches->setEnabled(false);
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_ui->filterPanel->layout()))
        layout->insertWidget(0, m_searches);
    QAction *save = m_ui->menuView->addAction(tr("&Save Search…"));
    save->setObjectName(QStringLiteral("actionSaveSearch"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    save->setToolTip(tr("Keep the current filters and search under a name, in the catalogue"));
    connect(save, &QAction::triggered, m_searches, &SavedSearchesPane::saveCurrent);
    m_savedMenu = m_ui->menuView->addMenu(tr("Saved Searc&hes"));
    m_savedMenu->setObjectName(QStringLiteral("menuSavedSearches"));
    m_savedMenu->setEnabled(false);

    connect(m_searches, &SavedSearchesPane::applyRequested, this,
            [this](const CatalogueFilter &filter) {
                m_ui->searchEdit->blockSignals(true);
                m_ui->searchEdit->setText(filter.text);
                m_ui->searchEdit->blockSignals(false);
                applyFilter(filter);
            });
    auto write = [this](std::function<Status(CatalogueStore &)> change) {
        m_session->ask<Status>(std::move(change), [this](Status s) {
            if (!s.ok()) {
                setStatus(s.error().message);
                if (isVisible())
                    QMessageBox::warning(this, tr("Saved searches"), s.error().message);
            }
            reloadSavedSearches();
        });
    };
    connect(
        m_searches, &SavedSearchesPane::saveRequested, this, [this, write](const QString &name) {
            CatalogueFilter filter = m_ui->filterPanel->filter();
            filter.text = m_ui->searchEdit->text();
            write([name, filter](CatalogueStore &store) { return store.saveSearch(name, filter); });
            setStatus(tr("Search saved as \"%1\"").arg(name));
        });
    connect(m_searches, &SavedSearchesPane::renameRequested, this,
            [write](const QString &from, const QString &to) {
                write([from, to](CatalogueStore &store) { return store.renameSearch(from, to); });
            });
    connect(m_searches, &SavedSearchesPane::removeRequested, this, [write](const QString &name) {
        write([name](CatalogueStore &store) { return store.removeSearch(name); });
    });
}

void MainWindow::reloadSavedSearches()
{
    using Searches = Result<std::vector<CatalogueStore::SavedSearch>>;
    m_session->ask<Searches>(
        [](CatalogueStore &store) { return store.savedSearches(); },
        [this](Searches searches) {
            if (!searches.ok())
                return setStatus(searches.error().message);
            std::vector<SavedSearchesPane::Search> shown;
            for (const CatalogueStore::SavedSearch &s : *searches)
                shown.push_back({s.name, s.filter});
            // The menu lists the same searches.
            m_savedMenu->clear();
            for (const SavedSearchesPane::Search &s : shown) {
                QAction *apply = m_savedMenu->addAction(s.name);
                connect(apply, &QAction::triggered, this,
                        [this, filter = s.filter] { emit m_searches->applyRequested(filter); });
            }
            m_savedMenu->setEnabled(!shown.empty());
            m_searches->setSearches(std::move(shown));
            m_searches->setEnabled(true);
        });
}

} // namespace ssc
