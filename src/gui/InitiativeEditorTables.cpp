// The initiative editor's funding and translation tables, its SDG tree and
// the organisations made from its rows.
#include "InitiativeEditor.h"

#include "EditorWidgets.h"
#include "OrganisationDialog.h"
#include "ui_InitiativeEditor.h"

#include "core/domain/ReferenceData.h"
#include "core/io/iati/IatiCodelists.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>
#include <map>

namespace ssc {

using namespace EditorWidgets;

namespace {

// The tables' columns.
namespace FundingColumn {
constexpr int Source = 0, Amount = 1, Currency = 2, Year = 3;
}
namespace TranslationColumn {
constexpr int Field = 0, Language = 1, Text = 2;
}

// An amount as the editor shows it ("1500.5") or as a person writes it
// here ("1 500,50"); nullopt when it does not read.
std::optional<double> amountFrom(const QString &text)
{
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString textOf(const QTableWidget *table, int row, int column)
{
    const QWidget *w = table->cellWidget(row, column);
    if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        return edit->text().trimmed();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(w))
        return text->toPlainText().trimmed();
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        return combo->isEditable() ? codeIn(combo) : combo->currentData().toString();
    return {};
}

} // namespace

void InitiativeEditor::setUpTables()
{
    setUpTable(m_ui->fundingTable, {tr("Source"), tr("Amount"), tr("Currency"), tr("Year")},
               {QStringLiteral("source"), QStringLiteral("amount"), QStringLiteral("currency"),
                QStringLiteral("year")});
    setUpTable(m_ui->translationsTable, {tr("Field"), tr("Language"), tr("Text")},
               {QStringLiteral("field"), QStringLiteral("language"), QStringLiteral("text")},
               TranslationColumn::Text);
    // Fixed widths where the combos' long entries (currency and language
    // names) would otherwise squeeze the stretched column; the user may
    // widen them.
    const std::pair<QTableWidget *, std::vector<std::pair<int, int>>> widths[] = {
        {m_ui->fundingTable,
         {{FundingColumn::Amount, 12}, {FundingColumn::Currency, 24}, {FundingColumn::Year, 7}}},
        {m_ui->translationsTable,
         {{TranslationColumn::Field, 12}, {TranslationColumn::Language, 20}}},
    };
    for (const auto &[table, columns] : widths)
        for (const auto &[column, characters] : columns) {
            table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
            table->setColumnWidth(column, characters * fontMetrics().averageCharWidth());
        }
    // A translated description may run to a few lines.
    m_ui->translationsTable->verticalHeader()->setDefaultSectionSize(4 *
                                                                     fontMetrics().lineSpacing());
    connect(m_ui->addFundingButton, &QPushButton::clicked, this, [this] {
        addFundingRow({});
        m_ui->fundingTable->cellWidget(m_ui->fundingTable->rowCount() - 1, FundingColumn::Source)
            ->setFocus();
        check();
    });
    connect(m_ui->removeFundingButton, &QPushButton::clicked, this, [this] {
        m_ui->fundingTable->removeRow(m_ui->fundingTable->currentRow());
        check();
    });
    connect(m_ui->addTranslationButton, &QPushButton::clicked, this, [this] {
        // A title's translation to start with; the language comes first.
        addTranslationRow({QStringLiteral("title"), {}, {}});
        QTableWidget *table = m_ui->translationsTable;
        table->cellWidget(table->rowCount() - 1, TranslationColumn::Language)->setFocus();
        check();
    });
    connect(m_ui->removeTranslationButton, &QPushButton::clicked, this, [this] {
        m_ui->translationsTable->removeRow(m_ui->translationsTable->currentRow());
        check();
    });
}

void InitiativeEditor::addFundingRow(const FundingRecord &f)
{
    QTableWidget *table = m_ui->fundingTable;
    const int row = table->rowCount();
    table->insertRow(row);
    QComboBox *source = findingCombo(table);
    source->setAccessibleName(tr("Funding source"));
    fillFinding(source, organisationChoices(m_organisations), f.source);
    // Shortest exact form, so that an untouched amount reads back the same.
    auto *amount = new QLineEdit(
        f.amount ? QLocale::c().toString(*f.amount, 'f', QLocale::FloatingPointShortest)
                 : QString(),
        table);
    amount->setAccessibleName(tr("Amount"));
    amount->setPlaceholderText(tr("such as 250000"));
    // The codes the import's check accepts, from the same list.
    QComboBox *currency = findingCombo(table);
    currency->setAccessibleName(tr("Currency"));
    std::vector<std::pair<QString, QString>> currencies{{QString(), QString()}};
    for (const ssc::Currency &c : ReferenceData::instance().currencies())
        currencies.emplace_back(c.withdrawn ? tr("%1 — %2 (withdrawn)").arg(c.code, c.name)
                                            : QStringLiteral("%1 — %2").arg(c.code, c.name),
                                c.code);
    fillFinding(currency, currencies, f.currency);
    auto *year = new QLineEdit(f.year ? QString::number(*f.year) : QString(), table);
    year->setAccessibleName(tr("Year"));
    year->setPlaceholderText(tr("YYYY"));
    table->setCellWidget(row, FundingColumn::Source, source);
    table->setCellWidget(row, FundingColumn::Amount, amount);
    table->setCellWidget(row, FundingColumn::Currency, currency);
    table->setCellWidget(row, FundingColumn::Year, year);
    for (QComboBox *combo : {source, currency})
        connect(combo, &QComboBox::currentTextChanged, this, &InitiativeEditor::check);
    for (QLineEdit *edit : {amount, year})
        connect(edit, &QLineEdit::textChanged, this, &InitiativeEditor::check);
}

void InitiativeEditor::addTranslationRow(const Translation &t)
{
    QTableWidget *table = m_ui->translationsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *field = new QComboBox(table);
    field->setAccessibleName(tr("Translated field"));
    field->addItem(tr("Title"), QStringLiteral("title"));
    field->addItem(tr("Summary"), QStringLiteral("summary"));
    field->addItem(tr("Description"), QStringLiteral("description"));
    field->setCurrentIndex(std::max(0, field->findData(t.field)));
    // ISO 639-1, as IATI lists it; another code stays as typed for the check.
    QComboBox *language = findingCombo(table);
    language->setAccessibleName(tr("Language"));
    const IatiCodelists &lists = IatiCodelists::instance();
    std::vector<std::pair<QString, QString>> languages;
    for (const QString &code : lists.activeCodes(QStringLiteral("Language")))
        languages.emplace_back(
            QStringLiteral("%1 (%2)").arg(lists.name(QStringLiteral("Language"), code), code),
            code);
    fillFinding(language, languages, t.language);
    auto *text = new QPlainTextEdit(t.text, table);
    text->setAccessibleName(tr("Translated text"));
    text->setTabChangesFocus(true);
    table->setCellWidget(row, TranslationColumn::Field, field);
    table->setCellWidget(row, TranslationColumn::Language, language);
    table->setCellWidget(row, TranslationColumn::Text, text);
    connect(field, &QComboBox::currentIndexChanged, this, &InitiativeEditor::check);
    connect(language, &QComboBox::currentTextChanged, this, &InitiativeEditor::check);
    connect(text, &QPlainTextEdit::textChanged, this, &InitiativeEditor::check);
}

std::vector<FundingRecord> InitiativeEditor::funding() const
{
    std::vector<FundingRecord> records;
    const QTableWidget *table = m_ui->fundingTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        FundingRecord f;
        f.source = textOf(table, row, FundingColumn::Source);
        f.amount = amountFrom(textOf(table, row, FundingColumn::Amount));
        f.currency = textOf(table, row, FundingColumn::Currency);
        bool ok = false;
        if (const int year = textOf(table, row, FundingColumn::Year).toInt(&ok); ok)
            f.year = year;
        records.push_back(f);
    }
    return records;
}

std::vector<Translation> InitiativeEditor::translations() const
{
    std::vector<Translation> records;
    const QTableWidget *table = m_ui->translationsTable;
    for (int row = 0; row < table->rowCount(); ++row)
        records.push_back({textOf(table, row, TranslationColumn::Field),
                           textOf(table, row, TranslationColumn::Language),
                           textOf(table, row, TranslationColumn::Text)});
    return records;
}

QString InitiativeEditor::numberProblem() const
{
    // Said as the import's checks say a problem, so that showProblem marks
    // the table and names the row and column.
    const QTableWidget *table = m_ui->fundingTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString amount = textOf(table, row, FundingColumn::Amount);
        if (!amount.isEmpty() && !amountFrom(amount))
            return tr("field \"funding[%1].amount\": \"%2\" is not a number (expected an amount "
                      "such as 250000)")
                .arg(row)
                .arg(amount);
        const QString year = textOf(table, row, FundingColumn::Year);
        bool ok = false;
        year.toInt(&ok);
        if (!year.isEmpty() && !ok)
            return tr("field \"funding[%1].year\": \"%2\" is not a year (expected YYYY)")
                .arg(row)
                .arg(year);
    }
    return {};
}

void InitiativeEditor::fillSdgs(const QStringList &sdgs)
{
    // Goals with their targets beneath, each ticked on its own: a record
    // may name goal 3, target 3.2, or both.
    std::map<int, QTreeWidgetItem *> goals;
    auto checkable = [&sdgs](QTreeWidgetItem *item, const QString &code, const QString &text) {
        item->setText(0, text);
        item->setToolTip(0, text);
        item->setData(0, Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, sdgs.contains(code) ? Qt::Checked : Qt::Unchecked);
    };
    for (const SdgGoal &g : ReferenceData::instance().sdgGoals()) {
        auto *item = new QTreeWidgetItem(m_ui->sdgTree);
        checkable(item, QString::number(g.goal),
                  QStringLiteral("%1 %2").arg(g.goal).arg(g.shortTitle));
        goals[g.goal] = item;
    }
    QStringList listed;
    for (const SdgTarget &t : ReferenceData::instance().sdgTargets()) {
        if (QTreeWidgetItem *goal = goals[t.goal]) {
            checkable(new QTreeWidgetItem(goal), t.code,
                      QStringLiteral("%1 %2").arg(t.code, t.title));
            listed << t.code;
        }
    }
    // A target the list lacks stays on the record, under its goal.
    for (const QString &sdg : sdgs) {
        QTreeWidgetItem *goal = goals[sdg.section(QLatin1Char('.'), 0, 0).toInt()];
        if (sdg.contains(QLatin1Char('.')) && goal && !listed.contains(sdg))
            checkable(new QTreeWidgetItem(goal), sdg, sdg);
    }
    // Open the goals whose targets are ticked, so that they show.
    for (const auto &[number, goal] : goals)
        for (int i = 0; goal && i < goal->childCount(); ++i)
            if (goal->child(i)->checkState(0) == Qt::Checked)
                goal->setExpanded(true);
}

QStringList InitiativeEditor::checkedSdgs() const
{
    QStringList ticked;
    for (QTreeWidgetItemIterator it(m_ui->sdgTree); *it; ++it)
        if ((*it)->checkState(0) == Qt::Checked)
            ticked << (*it)->data(0, Qt::UserRole).toString();
    // In the record's order, new ones after, so that an untouched list is
    // not a change in the history.
    QStringList ordered;
    for (const QString &sdg : m_original.sdgs)
        if (ticked.contains(sdg))
            ordered << sdg;
    for (const QString &sdg : ticked)
        if (!ordered.contains(sdg))
            ordered << sdg;
    return ordered;
}

void InitiativeEditor::newOrganisation(QTableWidget *table)
{
    QSet<QString> taken;
    for (const Organisation &o : m_organisations)
        taken.insert(o.id);
    // What the user typed and the catalogue lacks is the new one's name.
    const int current = table->currentRow();
    const auto *combo =
        current >= 0 ? qobject_cast<QComboBox *>(table->cellWidget(current, 0)) : nullptr;
    const QString typed = combo && combo->findText(combo->currentText()) < 0
                              ? combo->currentText().trimmed()
                              : QString();
    OrganisationDialog dialog(taken, typed, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Organisation o = dialog.organisation();
    const auto at = std::find_if(m_organisations.begin(), m_organisations.end(),
                                 [&o](const Organisation &other) {
                                     return QString::localeAwareCompare(o.name, other.name) < 0;
                                 });
    const int index = int(at - m_organisations.begin());
    m_organisations.insert(at, o);
    m_newOrganisations.push_back(o);
    // Every organisation box offers it, in its place by name.
    for (QTableWidget *t : {m_ui->partnersTable, m_ui->fundingTable})
        for (int row = 0; row < t->rowCount(); ++row) {
            auto *box = qobject_cast<QComboBox *>(t->cellWidget(row, 0));
            const QString text = box->currentText();
            const bool typedOnly = box->findText(text) < 0;
            // Inserting may move the current entry; what was shown stays.
            box->blockSignals(true);
            box->insertItem(index, organisationText(o), o.id);
            if (typedOnly)
                box->setEditText(text);
            box->blockSignals(false);
        }
    int row = current;
    if (row < 0) {
        if (table == m_ui->partnersTable)
            addPartnerRow(o.id, QStringLiteral("implementer"));
        else
            addFundingRow({o.id, {}, {}, {}});
        row = table->rowCount() - 1;
    }
    auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
    box->setCurrentIndex(box->findData(o.id));
    box->setFocus();
    check();
}

} // namespace ssc
