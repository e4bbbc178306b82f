#pragma once

#include <QObject>

#include <vector>

class QLineEdit;
class QAbstractItemView;
class QWidget;

namespace ssc {

// The window's keys for moving between its areas without a mouse: F6 and
// Shift+F6 cycle through them (search, filters, results, details), Ctrl+F
// goes to the search, Enter on a result reads it, and Tab leaves the results
// table instead of walking its cells.
class KeyboardNavigation : public QObject
{
    Q_OBJECT

public:
    KeyboardNavigation(QWidget *window, QLineEdit *search, QWidget *filters,
                       QAbstractItemView *results, QWidget *details);

    // Moves the focus to the next area (or the previous one when step < 0).
    void cycle(int step);

signals:
    // Enter on a result: the window shows its details and moves there.
    void readRequested();

private:
    std::vector<QWidget *> m_areas;
};

} // namespace ssc
