#pragma once

#include "core/catalogue/DuplicateFinder.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ssc {

class CatalogueSession;

// Edit > Find Duplicates: the likely duplicate records of the open
// catalogue, best first, each pair with its score and why. The search runs
// on the catalogue's thread with a progress bar and Stop. Merge opens the
// side-by-side merge (mergeRequested); Not Duplicates keeps the pair from
// being offered again.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    DuplicatesDialog(CatalogueSession *session, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    void search();
    // A merge was made: pairs with the merged-away record go from the list.
    void merged(const QString &gone);
    bool isSearching() const { return m_searching; }
    QTableWidget *table() const { return m_table; }
    const std::vector<DuplicatePair> &pairs() const { return m_pairs; }

signals:
    void mergeRequested(const QString &first, const QString &second);

private:
    void showPairs();
    void updateButtons();
    int currentPair() const;
    void dismissCurrent();

    CatalogueSession *m_session;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QTableWidget *m_table;
    QPushButton *m_merge;
    QPushButton *m_dismiss;
    QPushButton *m_again;
    std::vector<DuplicatePair> m_pairs;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_searching = false;
};

} // namespace ssc
