#include "EditorWidgets.h"

#include "core/domain/ReferenceData.h"
#include "core/domain/ReferenceNames.h"

#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QListWidget>
#include <QTableWidget>

namespace ssc::EditorWidgets {

QComboBox *findingCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return combo;
}

QString codeIn(const QComboBox *combo)
{
    const int at = combo->findText(combo->currentText());
    return at >= 0 ? combo->itemData(at).toString() : combo->currentText().trimmed();
}

void fillFinding(QComboBox *combo, const std::vector<std::pair<QString, QString>> &choices,
                 const QString &value)
{
    for (const auto &[text, code] : choices)
        combo->addItem(text, code);
    if (const int at = combo->findData(value); at >= 0)
        combo->setCurrentIndex(at);
    else
        combo->setEditText(value);
}

void vocabularyInto(QComboBox *combo, Vocabulary::Kind kind, bool withNone)
{
    if (withNone)
        combo->addItem(QObject::tr("(not given)"), QString());
    for (const QString &code : Vocabulary::codes(kind))
        combo->addItem(Vocabulary::label(kind, code), code);
}

std::vector<std::pair<QString, QString>> countryChoices()
{
    std::vector<std::pair<QString, QString>> countries;
    for (const Country &c : ReferenceData::instance().countries())
        countries.emplace_back(
            QStringLiteral("%1 (%2)").arg(ReferenceNames::country(c.code), c.code), c.code);
    // In the language's order, which is not the reference data's English one.
    const QCollator collator;
    std::sort(countries.begin(), countries.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    return countries;
}

QString organisationText(const Organisation &o)
{
    return o.acronym.isEmpty() ? o.name : QStringLiteral("%1 (%2)").arg(o.name, o.acronym);
}

std::vector<std::pair<QString, QString>>
organisationChoices(const std::vector<Organisation> &organisations)
{
    std::vector<std::pair<QString, QString>> choices;
    for (const Organisation &o : organisations)
        choices.emplace_back(organisationText(o), o.id);
    return choices;
}

QStringList checkedIn(const QListWidget *list)
{
    QStringList values;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            values << list->item(i)->data(Qt::UserRole).toString();
    return values;
}

void addCheckable(QListWidget *list, const QString &text, const QString &value, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, value);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void setUpTable(QTableWidget *table, const QStringList &headers, const QStringList &fields,
                int stretch)
{
    table->setColumnCount(int(headers.size()));
    table->verticalHeader()->hide();
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QTableWidgetItem(headers[column]);
        header->setData(Qt::UserRole, fields.value(column));
        table->setHorizontalHeaderItem(column, header);
        table->horizontalHeader()->setSectionResizeMode(
            column, column == stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
}

void followFocus(QTableWidget *table)
{
    QObject::connect(qApp, &QApplication::focusChanged, table, [table](QWidget *, QWidget *now) {
        for (int row = 0; now && row < table->rowCount(); ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                if (const QWidget *cell = table->cellWidget(row, column);
                    cell && (cell == now || cell->isAncestorOf(now)))
                    return table->setCurrentCell(row, column);
    });
}

} // namespace ssc::EditorWidgets
