#pragma once

#include "core/domain/ChangeRecord.h"

#include <QDialog>

#include <vector>

class QPushButton;
class QTableWidget;
class QTextBrowser;

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
    // The selected entry in full: each field from what to what, and for a
    // deleted record its last state.
    QTextBrowser *entryView() const { return m_entry; }
    QPushButton *restoreButton() const { return m_restore; }

signals:
    void restoreRequested(const QString &id);

private:
    void updateButtons();
    void showEntry();

    QTableWidget *m_table;
    QTextBrowser *m_entry;
    QPushButton *m_restore;
    std::vector<ChangeRecord> m_entries;
};

} // namespace ssc
