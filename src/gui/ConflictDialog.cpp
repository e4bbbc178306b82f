#include "ConflictDialog.h"

#include "CatalogueSession.h"

#include "core/team/TeamSync.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace ssc {

namespace {

enum Column
{
    Record,
    Field,
    Mine,
    Theirs,
    By,
    Columns,
};

} // namespace

ConflictDialog::ConflictDialog(CatalogueSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_heading(new QLabel(this)),
      m_table(new QTableWidget(0, Columns, this))
{
    setWindowTitle(tr("Review Conflicts"));
    m_heading->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Conflicts with the team catalogue"));
    m_table->setHorizontalHeaderLabels(
        {tr("Initiative"), tr("Field"), tr("Mine"), tr("Theirs"), tr("Theirs by")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Mine, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Theirs, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const std::vector<std::tuple<QString, const char *, bool, bool>> actions = {
        {tr("Keep &Mine"), "keepMine", true, false},
        {tr("Take &Theirs"), "takeTheirs", false, false},
        {tr("Keep All M&ine"), "keepAllMine", true, true},
        {tr("Take All T&heirs"), "takeAllTheirs", false, true},
    };
    for (const auto &[text, name, mine, all] : actions) {
        QPushButton *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, [this, mine = mine, all = all] {
            settle(all ? std::vector<int>{} : selectedRows(), mine);
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 460);
}

void ConflictDialog::reload()
{
    using Conflicts = Result<std::vector<CatalogueStore::TeamConflict>>;
    QPointer<ConflictDialog> self(this);
    m_session->ask<Conflicts>([](CatalogueStore &store) { return store.teamConflicts(); },
                              [self](Conflicts conflicts) {
                                  if (!self)
                                      return;
                                  if (!conflicts.ok())
                                      return self->m_heading->setText(conflicts.error().message);
                                  self->showConflicts(std::move(*conflicts));
                              });
}

void ConflictDialog::showConflicts(std::vector<CatalogueStore::TeamConflict> conflicts)
{
    m_conflicts = std::move(conflicts);
    m_table->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < int(m_conflicts.size()); ++row) {
        const auto &c = m_conflicts[std::size_t(row)];
        const QStringList cells = {c.key, c.field, TeamSync::readableValue(c.mine),
                                   TeamSync::readableValue(c.theirs), c.author};
        for (int column = 0; column < Columns; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
    m_heading->setText(m_conflicts.empty()
                           ? tr("No conflicts: every field agrees with the team catalogue.")
                           : tr("%n field(s) were changed here and in the team catalogue. Your "
                                "value is kept until you choose; Keep Mine sends it with the "
                                "next sync.",
                                nullptr, int(m_conflicts.size())));
}

std::vector<int> ConflictDialog::selectedRows() const
{
    std::set<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.insert(i.row());
    return {rows.begin(), rows.end()};
}

void ConflictDialog::settle(std::vector<int> rows, bool mine)
{
    if (rows.empty())
        for (int row = 0; row < int(m_conflicts.size()); ++row)
            rows.push_back(row);
    std::vector<std::pair<QString, QString>> chosen;
    for (int row : rows)
        if (row >= 0 && row < int(m_conflicts.size()))
            chosen.emplace_back(m_conflicts[std::size_t(row)].key,
                                m_conflicts[std::size_t(row)].field);
    if (chosen.empty())
        return;
    QPointer<ConflictDialog> self(this);
    m_session->ask<Status>(
        [chosen, mine](CatalogueStore &store) -> Status {
            for (const auto &[key, field] : chosen)
                if (Status s = TeamSync::resolve(store, key, field, mine); !s)
                    return s;
            return success();
        },
        [self](Status s) {
            if (!self)
                return;
            if (!s)
                self->m_heading->setText(s.error().message);
            emit self->resolved();
            self->reload();
        });
}

} // namespace ssc
