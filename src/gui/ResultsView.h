#pragma once

#include <QTableView>

class QMenu;

namespace ssc {

// The results table: the title column stays in view when the table scrolls
// sideways (a frozen copy of it is laid over the left edge, as in Qt's
// "Frozen Column" example), a right-click on the header chooses the
// columns (the title cannot be hidden), and a right-click on rows offers
// to open, copy and export them.
class ResultsView : public QTableView
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The layout of a first start: the columns that fit the width shown,
    // the title widest; the others wait in the header's menu.
    void useDefaultColumns();

    // The menus as they would open now (for tests and keyboard users:
    // the Menu key opens the row menu).
    QMenu *columnMenu();
    QMenu *rowMenu();
    // What Copy puts on the clipboard for the selected rows.
    QString selectedRowsText() const;
    QStringList selectedIds() const;
    // The frozen title column, shown while the table is scrolled sideways.
    QTableView *frozenTitle() const { return m_frozen; }

signals:
    void openRequested();
    void exportRequested();
    void editRequested();
    void duplicateRequested();
    void deleteRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void updateGeometries() override;

private:
    void placeFrozen();
    QList<int> selectedRowNumbers() const;

    QTableView *m_frozen = nullptr;
    bool m_fitToWidth = false; // the default layout, following the width
    bool m_fitting = false;
};

} // namespace ssc
