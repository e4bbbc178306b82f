#include "HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ssc {

HistoryDialog::HistoryDialog(QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this)), m_restore(new QPushButton(this))
{
    setWindowTitle(tr("Recent Changes"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Recent changes to the catalogue"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Title"), tr("Changed")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setText(tr("&Restore Deleted Initiative"));
    m_restore->setToolTip(tr("Write the selected deleted initiative back as it was"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::updateButtons);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < int(m_entries.size()))
            emit restoreRequested(m_entries[size_t(row)].record);
    });
    resize(900, 500);
    updateButtons();
}

void HistoryDialog::setEntries(std::vector<ChangeRecord> entries)
{
    m_entries = std::move(entries);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < int(m_entries.size()); ++row) {
        const ChangeRecord &c = m_entries[size_t(row)];
        QStringList changed;
        for (const FieldChange &f : c.fields)
            changed << (c.action == ChangeRecord::Action::Edit
                            ? tr("%1: %2 → %3").arg(f.field, f.before.left(40), f.after.left(40))
                            : f.field);
        const QStringList cells = {QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat),
                                   c.author,
                                   ChangeRecord::actionName(c.action),
                                   c.record,
                                   c.action == ChangeRecord::Action::Import ? c.file : c.title,
                                   c.action == ChangeRecord::Action::Edit
                                       ? changed.join(QStringLiteral("; "))
                                       : QString()};
        for (int column = 0; column < int(cells.size()); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        m_table->item(row, 5)->setToolTip(changed.join(QLatin1Char('\n')));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(4, std::min(m_table->columnWidth(4), 320));
    updateButtons();
}

void HistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_restore->setEnabled(row >= 0 && row < int(m_entries.size()) &&
                          m_entries[size_t(row)].action == ChangeRecord::Action::Delete);
}

} // namespace ssc
