#include "HistoryDialog.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/catalogue/InitiativeMerge.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ssc {

namespace {

// Entries whose fields are worth listing one by one.
bool shownField(ChangeRecord::Action action)
{
    return action == ChangeRecord::Action::Edit || action == ChangeRecord::Action::Merge;
}

} // namespace

HistoryDialog::HistoryDialog(QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this)), m_entry(new QTextBrowser(this)),
      m_restore(new QPushButton(this))
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
    m_entry->setObjectName(QStringLiteral("historyEntry"));
    m_entry->setAccessibleName(tr("The selected change in full"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_entry);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::showEntry);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < int(m_entries.size()))
            emit restoreRequested(m_entries[size_t(row)].record);
    });
    resize(900, 620);
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
            changed << (shownField(c.action)
                            ? tr("%1: %2 → %3").arg(f.field, f.before.left(40), f.after.left(40))
                            : f.field);
        const QStringList cells = {QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat),
                                   c.author,
                                   ChangeRecord::actionName(c.action),
                                   c.record,
                                   c.action == ChangeRecord::Action::Import ? c.file : c.title,
                                   shownField(c.action) ? changed.join(QStringLiteral("; "))
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
                          m_entries[size_t(row)].removesRecord());
}

void HistoryDialog::showEntry()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_entries.size()))
        return m_entry->clear();
    const ChangeRecord &c = m_entries[size_t(row)];
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(ChangeRecord::actionName(c.action).toHtmlEscaped(),
                            (c.action == ChangeRecord::Action::Import
                                 ? c.file
                                 : c.record + QStringLiteral(" ") + c.title)
                                .toHtmlEscaped());
    if (!c.fields.empty() && !c.removesRecord()) {
        html += QStringLiteral("<table cellpadding='3'>");
        for (const FieldChange &f : c.fields)
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>→</td><td>%3</td></tr>")
                        .arg(f.field.toHtmlEscaped(), f.before.toHtmlEscaped(),
                             f.after.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    // A removed record stays readable: its last state, field by field.
    if (c.removesRecord() && !c.snapshot.isEmpty()) {
        const auto was =
            CatalogueEditor::fromSnapshot(c.snapshot, tr("history entry %1").arg(c.id));
        if (!was.ok()) {
            html += QStringLiteral("<p>%1</p>").arg(was.error().message.toHtmlEscaped());
        } else {
            html += QStringLiteral("<p>%1</p><table cellpadding='3'>")
                        .arg(tr("As it was before:").toHtmlEscaped());
            for (const InitiativeMerge::Field &f : InitiativeMerge::fields()) {
                const QString text = f.text(*was);
                if (!text.isEmpty())
                    html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                                .arg(f.label.toHtmlEscaped(),
                                     text.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                  QStringLiteral("<br>")));
            }
            html += QStringLiteral("</table>");
        }
    }
    m_entry->setHtml(html);
}

} // namespace ssc
