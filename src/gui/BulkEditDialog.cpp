#include "BulkEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

BulkEditDialog::BulkEditDialog(int records, QWidget *parent)
    : QDialog(parent), m_field(new QComboBox(this)), m_operation(new QComboBox(this)),
      m_value(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Bulk Edit"));
    m_field->setObjectName(QStringLiteral("bulkField"));
    m_operation->setObjectName(QStringLiteral("bulkOperation"));
    m_value->setObjectName(QStringLiteral("bulkValue"));
    m_problem->setObjectName(QStringLiteral("bulkProblem"));
    m_field->addItems(FieldEdit::fieldNames());
    m_operation->addItem(tr("Set to"), int(FieldEdit::Op::Set));
    m_operation->addItem(tr("Add"), int(FieldEdit::Op::Add));
    m_operation->addItem(tr("Remove"), int(FieldEdit::Op::Remove));
    m_value->setPlaceholderText(tr("for example completed, nutrition, 4, ET:recipient"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->setAccessibleName(tr("What is wrong with the change"));

    auto *form = new QFormLayout;
    form->addRow(new QLabel(
        tr("One change to each of the %n selected initiative(s):", nullptr, records), this));
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Change:"), m_operation);
    form->addRow(tr("&Value:"), m_value);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        const auto edit = fieldEdit();
        if (!edit.ok())
            return showProblem(edit.error().message);
        showProblem({});
        emit applyRequested(*edit);
    });
}

Result<FieldEdit> BulkEditDialog::fieldEdit() const
{
    return FieldEdit::parse(FieldEdit::Op(m_operation->currentData().toInt()),
                            m_field->currentText() + QLatin1Char('=') + m_value->text().trimmed());
}

void BulkEditDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
}

} // namespace ssc
