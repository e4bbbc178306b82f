#pragma once

#include <QString>

#include <utility>
#include <vector>

class QDialog;
class QWidget;

namespace ssc {

// Help > User Guide (F1): the guide bundled with the program
// (docs/USER_GUIDE.md), readable offline.
QDialog *showUserGuide(QWidget *window);

// Help > Keyboard Shortcuts: every key of the window, read from its actions
// and shortcuts, so the list cannot drift from what the keys do.
std::vector<std::pair<QString, QString>> keyboardShortcuts(const QWidget *window);
QDialog *showKeyboardShortcuts(QWidget *window);

} // namespace ssc
