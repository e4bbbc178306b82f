#include "KeyboardNavigation.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QShortcut>

namespace ssc {

namespace {

// The area itself when it takes the focus, or the control it names as its
// focus proxy (the filters: the first pane's list), else the first control
// in it that does.
void focusInto(QWidget *area)
{
    const QWidget *proxy = area->focusProxy();
    if ((area->focusPolicy() & Qt::TabFocus) ||
        (proxy && proxy->isVisible() && proxy->isEnabled())) {
        area->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget *w : area->findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace

KeyboardNavigation::KeyboardNavigation(QWidget *window, QLineEdit *search, QWidget *filters,
                                       QAbstractItemView *results, QWidget *details)
    : QObject(window), m_areas{search, filters, results, details}
{
    // Each shortcut says what it does: Help > Keyboard Shortcuts lists them.
    auto *find = new QShortcut(QKeySequence::Find, window);
    find->setWhatsThis(tr("Go to the search box"));
    connect(find, &QShortcut::activated, search, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    // Enter on a result reads it.
    for (int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *read =
            new QShortcut(QKeySequence(key), results, nullptr, nullptr, Qt::WidgetShortcut);
        read->setWhatsThis(tr("Read the selected result (in the results)"));
        connect(read, &QShortcut::activated, this, &KeyboardNavigation::readRequested);
    }
    auto *next = new QShortcut(QKeySequence(Qt::Key_F6), window);
    next->setWhatsThis(tr("Next area: search, filters, results, details"));
    connect(next, &QShortcut::activated, this, [this] { cycle(1); });
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), window);
    previous->setWhatsThis(tr("Previous area"));
    connect(previous, &QShortcut::activated, this, [this] { cycle(-1); });
    // Tab moves on to the next control, not to the next cell.
    results->setTabKeyNavigation(false);
}

void KeyboardNavigation::cycle(int step)
{
    const QWidget *focused = QApplication::focusWidget();
    int at = -1;
    for (size_t i = 0; i < m_areas.size(); ++i)
        if (focused && (m_areas[i] == focused || m_areas[i]->isAncestorOf(focused)))
            at = int(i);
    const int count = int(m_areas.size());
    const int next = at < 0 ? (step > 0 ? 0 : count - 1) : (at + step + count) % count;
    focusInto(m_areas[size_t(next)]);
}

} // namespace ssc
