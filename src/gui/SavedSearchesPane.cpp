#include "SavedSearchesPane.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ssc {

SavedSearchesPane::SavedSearchesPane(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_update(new QPushButton(this)),
      m_rename(new QPushButton(this)), m_remove(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    auto *title = new QLabel(tr("<b>Saved searches</b>"), this);
    layout->addWidget(title);
    m_list->setObjectName(QStringLiteral("savedSearchList"));
    m_list->setAccessibleName(tr("Saved searches"));
    m_list->setToolTip(tr("Double-click or press Enter to apply a saved search"));
    // As tall as its searches, up to five; the filters below get the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save…"), this);
    save->setObjectName(QStringLiteral("saveSearchButton"));
    save->setToolTip(tr("Save the current filters and search under a name"));
    m_update->setText(tr("Update"));
    m_update->setToolTip(tr("Make the selected saved search the current filters"));
    m_rename->setText(tr("Rename…"));
    m_remove->setText(tr("Delete"));
    for (QPushButton *b : {save, m_update, m_rename, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto apply = [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < int(m_searches.size()))
            emit applyRequested(m_searches[size_t(row)].filter);
    };
    connect(m_list, &QListWidget::itemActivated, this, apply);
    connect(save, &QPushButton::clicked, this, &SavedSearchesPane::saveCurrent);
    connect(m_update, &QPushButton::clicked, this, [this] {
        if (!currentName().isEmpty())
            emit saveRequested(currentName());
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QString from = currentName();
        if (from.isEmpty())
            return;
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Rename Saved Search"), tr("New name:"),
                                                 QLineEdit::Normal, from, &ok);
        if (ok && !to.trimmed().isEmpty() && to.trimmed() != from)
            emit renameRequested(from, to.trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = currentName();
        if (!name.isEmpty() &&
            QMessageBox::question(this, tr("Delete Saved Search"),
                                  tr("Delete the saved search \"%1\"?").arg(name)) ==
                QMessageBox::Yes)
            emit removeRequested(name);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        for (QPushButton *b : {m_update, m_rename, m_remove})
            b->setEnabled(row >= 0);
    });
    setSearches({});
}

void SavedSearchesPane::saveCurrent()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"),
                                               tr("Name for the current filters and search:"),
                                               QLineEdit::Normal, currentName(), &ok);
    if (ok && !name.trimmed().isEmpty())
        emit saveRequested(name.trimmed());
}

void SavedSearchesPane::setSearches(std::vector<Search> searches)
{
    const QString current = currentName();
    m_searches = std::move(searches);
    m_list->clear();
    for (const Search &s : m_searches)
        m_list->addItem(s.name);
    if (m_searches.empty()) {
        auto *none = new QListWidgetItem(tr("None yet: Save… keeps the current filters"), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    const int rows = std::clamp(m_list->count(), 1, 5);
    m_list->setFixedHeight(rows * (m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0)
                                                                 : fontMetrics().height() + 4) +
                           2 * m_list->frameWidth());
    const auto found = m_list->findItems(current, Qt::MatchExactly);
    m_list->setCurrentItem(found.isEmpty() ? nullptr : found.first());
    for (QPushButton *b : {m_update, m_rename, m_remove})
        b->setEnabled(!found.isEmpty());
}

QString SavedSearchesPane::currentName() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_searches.size()) ? m_searches[size_t(row)].name : QString();
}

} // namespace ssc
