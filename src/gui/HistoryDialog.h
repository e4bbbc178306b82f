#pragma once

#include "core/domain/ChangeRecord.h"

#include <QDialog>

#include <vector>

class QPushButton;
class QTableWidget;

namespace ssc {

// View > Recent Changes: the catalogue's history, newest first: when, who,
// what was done to which record, and the fields changed. A deleted
// record's entry can be restored from here.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(QWidget *parent = nullptr);
    void setEntries(std::vector<ChangeRecord> entries);
    QTableWidget *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }

signals:
    void restoreRequested(const QString &id);

private:
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_restore;
    std::vector<ChangeRecord> m_entries;
};

} // namespace ssc
