#pragma once

#include "core/catalogue/FieldEdit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ssc {

// Edit > Bulk Edit: one change (set, add or remove a value of a field) for
// every selected initiative, in one step that one undo takes back. The
// value is checked when written, like any edit; nothing is written when one
// record would be wrong.
class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    BulkEditDialog(int records, QWidget *parent = nullptr);
    // The change as the fields say it, or what is wrong with it.
    Result<FieldEdit> fieldEdit() const;
    void showProblem(const QString &message);

signals:
    void applyRequested(const ssc::FieldEdit &edit);

private:
    QComboBox *m_field;
    QComboBox *m_operation;
    QLineEdit *m_value;
    QLabel *m_problem;
};

} // namespace ssc
