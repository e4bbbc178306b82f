#include "MergeDialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ssc {

namespace {

enum Column
{
    FieldName,
    KeptValue,
    OtherValue,
    BothValues,
    Columns,
};

// Long texts (a description) are shortened in the cell and whole in the
// tooltip; lines are broken between words, since a radio button's text
// does not wrap by itself.
QString shortened(const QString &text)
{
    constexpr int kLongest = 240;
    constexpr int kLine = 52;
    const QString cut = text.size() > kLongest ? text.left(kLongest) + QChar(0x2026) : text;
    QStringList lines;
    for (const QString &paragraph : cut.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > kLine) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    // A button's text takes "&" for a mnemonic; the value's own is doubled.
    return lines.join(QLatin1Char('\n')).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

MergeDialog::MergeDialog(const Initiative &first, const Initiative &second, QWidget *parent)
    : QDialog(parent), m_kept(first), m_other(second), m_heading(new QLabel(this)),
      m_table(new QTableWidget(0, Columns, this))
{
    setWindowTitle(tr("Merge Duplicates"));
    setObjectName(QStringLiteral("mergeDialog"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setAccessibleName(tr("Fields of the two records"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(FieldName, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KeptValue, QHeaderView::Stretch);
    header->setSectionResizeMode(OtherValue, QHeaderView::Stretch);
    header->setSectionResizeMode(BothValues, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeConfirm"));
    merge->setDefault(true);
    QPushButton *swapButton =
        buttons->addButton(tr("&Keep the Other's Key"), QDialogButtonBox::ActionRole);
    swapButton->setToolTip(tr("Keep the second record's identifier and merge the first into it"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(swapButton, &QPushButton::clicked, this, &MergeDialog::swap);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit mergeRequested(m_kept, m_other, InitiativeMerge::merged(m_kept, m_other, choices()));
    });
    fill();
}

void MergeDialog::fill()
{
    m_heading->setText(
        tr("Keep %1 \"%2\" and merge %3 \"%4\" into it. Choose each field that differs; lists "
           "are united unless you choose one side. Afterwards %3 finds the merged record, and "
           "Edit > Undo takes the merge back.")
            .arg(m_kept.id, m_kept.title, m_other.id, m_other.title));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Keep: %1").arg(m_kept.id), tr("Other: %1").arg(m_other.id), tr("Both")});
    m_table->setRowCount(0);
    m_groups.clear();
    const InitiativeMerge::Choices defaults = InitiativeMerge::defaults(m_kept, m_other);
    for (const InitiativeMerge::Field &f : InitiativeMerge::fields()) {
        const QString kept = f.text(m_kept);
        const QString other = f.text(m_other);
        if (kept == other)
            continue; // nothing to choose
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, FieldName, new QTableWidgetItem(f.label));
        auto *group = new QButtonGroup(m_table);
        auto add = [&](int column, const QString &text, InitiativeMerge::Take take,
                       const QString &whose) {
            auto *button = new QRadioButton(text.isEmpty() ? tr("(none)") : shortened(text));
            button->setToolTip(text);
            button->setAccessibleName(QStringLiteral("%1: %2").arg(f.label, whose));
            button->setObjectName(QStringLiteral("take-%1-%2").arg(f.name).arg(int(take)));
            button->setChecked(defaults.at(f.name) == take);
            group->addButton(button, int(take));
            m_table->setCellWidget(row, column, button);
        };
        add(KeptValue, kept, InitiativeMerge::Take::Kept, tr("the kept record's"));
        add(OtherValue, other, InitiativeMerge::Take::Other, tr("the other record's"));
        if (f.list)
            add(BothValues, tr("both"), InitiativeMerge::Take::Both, tr("both records'"));
        m_groups[f.name] = group;
    }
    m_table->resizeRowsToContents();
}

InitiativeMerge::Choices MergeDialog::choices() const
{
    InitiativeMerge::Choices out;
    for (const auto &[name, group] : m_groups)
        if (group->checkedId() >= 0)
            out[name] = InitiativeMerge::Take(group->checkedId());
    return out;
}

void MergeDialog::choose(const QString &field, InitiativeMerge::Take take)
{
    if (const auto at = m_groups.find(field); at != m_groups.end())
        if (QAbstractButton *button = at->second->button(int(take)))
            button->click();
}

void MergeDialog::swap()
{
    std::swap(m_kept, m_other);
    fill();
}

} // namespace ssc
