#pragma once

#include "core/domain/Initiative.h"
#include "core/domain/Vocabulary.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class QComboBox;
class QListWidget;
class QTableWidget;
class QWidget;

namespace ssc {

// The controls the initiative editor and its organisation dialog share.
namespace EditorWidgets {

// A combo box that finds its entries as the user types any part of them.
QComboBox *findingCombo(QWidget *parent);
// The code a finding combo stands on: its entry's data when the text is an
// entry, else the text as typed (so that the check can name it).
QString codeIn(const QComboBox *combo);
// Fills it with (text, code) choices and stands it on value; a value that
// is not among them stays as typed, for the check to name.
void fillFinding(QComboBox *combo, const std::vector<std::pair<QString, QString>> &choices,
                 const QString &value);
void vocabularyInto(QComboBox *combo, Vocabulary::Kind kind, bool withNone);

// Every country as "Name (CODE)" with its code.
std::vector<std::pair<QString, QString>> countryChoices();
// Every organisation as "Name (ACRONYM)" with its id.
std::vector<std::pair<QString, QString>>
organisationChoices(const std::vector<Organisation> &organisations);
QString organisationText(const Organisation &organisation);

// The check boxes of a list as values, by the data they carry.
QStringList checkedIn(const QListWidget *list);
void addCheckable(QListWidget *list, const QString &text, const QString &value, bool checked);

// Tables of rows of controls: columns named, one stretched, the header
// keyed by the record's field names so that a problem can name the column
// ("Funding (row 1), amount: is negative").
void setUpTable(QTableWidget *table, const QStringList &headers, const QStringList &fields,
                int stretch = 0);
// Makes the row whose control has the focus the table's current row: the
// one that Remove and New organisation… act on.
void followFocus(QTableWidget *table);

} // namespace EditorWidgets

} // namespace ssc
