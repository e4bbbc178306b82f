#pragma once

#include "core/storage/CatalogueStore.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ssc {

class CatalogueSession;

// File > Team Catalogue > Review Conflicts: each field changed here and in
// the team catalogue, both values side by side, with who changed theirs.
// Keep Mine (sent by the next sync) or Take Theirs, for the selected rows or
// for all of them.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(CatalogueSession *session, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    const std::vector<CatalogueStore::TeamConflict> &conflicts() const { return m_conflicts; }
    // Settles these rows (all when empty) as mine or theirs.
    void settle(std::vector<int> rows, bool mine);

signals:
    void resolved();

private:
    void showConflicts(std::vector<CatalogueStore::TeamConflict> conflicts);
    std::vector<int> selectedRows() const;

    CatalogueSession *m_session;
    QLabel *m_heading;
    QTableWidget *m_table;
    std::vector<CatalogueStore::TeamConflict> m_conflicts;
};

} // namespace ssc
