#pragma once

#include "core/domain/Initiative.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ssc {

// A new organisation, made from the editor's partner or funding rows when
// the one wanted is not in the catalogue: name, acronym, type and country,
// checked by the import's rules as the user types. Its id comes from the
// acronym (else the name) and is new among taken.
class OrganisationDialog : public QDialog
{
    Q_OBJECT
public:
    OrganisationDialog(QSet<QString> taken, const QString &name, QWidget *parent = nullptr);

    Organisation organisation() const;
    // "Ministère de la Santé" -> "ministere-de-la-sante", with "-2", "-3"...
    // until it is not among taken.
    static QString keyFor(const QString &text, const QSet<QString> &taken);

private:
    void check();

    QSet<QString> m_taken;
    QLineEdit *m_name;
    QLineEdit *m_acronym;
    QComboBox *m_type;
    QComboBox *m_country;
    QLabel *m_id;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ssc
