#pragma once

#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"
#include "core/storage/CatalogueStore.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

class QMenu;

namespace ssc {

class CatalogueEdits;
class MapPane;
class DashboardPane;
class TeamControl;
class CatalogueSession;
class FilterPanel;
class FlowLayout;
class IndexStatus;
class InitiativeTableModel;
class ImportDialog;
class ReportDialog;
class SavedSearchesPane;

// The browsing window: filter panes in a dock, the active filters as chips,
// search, results and details. Every query runs on the catalogue's thread
// (CatalogueSession); an answer that a newer filter has overtaken is dropped.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the catalogue in this window; a failure leaves the open one.
    void openCatalogue(const QString &path,
                       CatalogueStore::OpenMode mode = CatalogueStore::OpenMode::ExistingOnly);

    InitiativeTableModel *resultsModel() const { return m_model; }
    FilterPanel *filterPanel() const;
    // The filter of the results shown.
    const CatalogueFilter &shownFilter() const { return m_shown; }
    QStringList chipTexts() const;
    // The Export Report dialog, while it is open.
    ReportDialog *reportDialog() const;
    // The Import dialog, while it is open.
    ImportDialog *importDialog() const;
    // Imports a file into the open catalogue (File > Import, a dropped file).
    void importFile(const QString &path);
    // File > Export Catalogue File, to this path without asking.
    void exportCatalogueFileTo(const QString &path);
    // A change bundle (ssc-catalogue bundle), as File > Import applies it.
    void applyBundle(const QString &path);
    // True while a query or an open has not answered yet.
    bool isBusy() const { return m_pending > 0; }
    CatalogueSession *session() const { return m_session; }
    // New, Edit, Duplicate, Delete and their undo stack.
    CatalogueEdits *edits() const;
    // Sync and conflicts of a copy of a team catalogue.
    TeamControl *team() const { return m_team; }
    // The Map tab beside the results.
    MapPane *map() const { return m_map; }
    DashboardPane *dashboard() const { return m_dashboard; }

signals:
    void catalogueOpened(const QString &path);
    void catalogueFailed(const QString &message);
    void resultsShown();
    void detailsShown();
    void catalogueExported(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void setUpEditing();
    void showRecentChanges();
    void setUpSavedSearches();
    void setUpViews();
    // Where the dock layout is kept: one for each reading direction.
    QString stateKey() const;
    void reloadSavedSearches();
    void indexStateChanged();
    // Asks the open catalogue for its values and size; counts only when
    // the engine gives them quickly (the index).
    void askUniverse(std::function<void()> then);
    void applyFilter(const CatalogueFilter &filter);
    void showResult(quint64 generation, const CatalogueFilter &filter, Result<QueryResult> result,
                    bool counted);
    void fetchPage(quint64 generation, int page);
    void showSelected();
    // Details and History both say that no initiative is selected.
    void showNoDetails();
    void rebuildChips();
    void filterBy(Facet facet, const QString &value, const QString &role, bool add);
    void chooseCatalogueToOpen();
    void chooseNewCatalogue();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void showAbout();
    void exportReport();
    void chooseFileToImport();
    void exportIati();
    void exportCatalogueFile();
    void setStatus(const QString &text);
    // Remembers the open catalogue's filter, sort and columns for it.
    void saveViewState() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    FlowLayout *m_chipsLayout = nullptr; // owned by the chips bar
    CatalogueSession *m_session = nullptr;
    IndexStatus *m_indexStatus = nullptr;
    CatalogueEdits *m_edits = nullptr;
    TeamControl *m_team = nullptr;           // File > Team Catalogue
    MapPane *m_map = nullptr;                // the Map tab
    DashboardPane *m_dashboard = nullptr;    // the Dashboard tab
    SavedSearchesPane *m_searches = nullptr; // at the top of the filter dock
    QMenu *m_savedMenu = nullptr;            // View > Saved Searches
    bool m_rereadDetails = false;            // after an edit, the record being read again
    InitiativeTableModel *m_model = nullptr;
    QTimer m_searchDelay;
    CatalogueFilter m_shown;     // the filter of the results in the table
    QString m_viewStatePath;     // the catalogue whose filter and columns are shown
    QByteArray m_defaultColumns; // for a catalogue with no state of its own
    quint64 m_generation = 0;    // of the newest query asked
    quint64 m_detailsAsked = 0;  // of the newest details asked
    int m_pending = 0;
    qint64 m_catalogueSize = 0;
    QString m_catalogueName;
};

} // namespace ssc
