#include "InitiativeEditor.h"

#include "EditorWidgets.h"
#include "ui_InitiativeEditor.h"

#include "core/domain/CatalogueValidator.h"
#include "core/domain/ReferenceData.h"
#include "core/domain/Vocabulary.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace ssc {

using namespace EditorWidgets;

InitiativeEditor::InitiativeEditor(const Initiative &initiative, Mode mode,
                                   std::vector<Organisation> organisations,
                                   std::vector<Source> sources, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::InitiativeEditor>()), m_mode(mode),
      m_original(initiative), m_organisations(std::move(organisations)),
      m_sources(std::move(sources))
{
    m_ui->setupUi(this);
    setWindowTitle(mode == Mode::Edit ? tr("Edit Initiative") : tr("New Initiative"));
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid #a40000; }"));
    vocabularyInto(m_ui->statusCombo, Vocabulary::Kind::Status, true);
    vocabularyInto(m_ui->typeCombo, Vocabulary::Kind::ActivityType, true);
    setUpTable(m_ui->countriesTable, {tr("Country"), tr("Role")},
               {QStringLiteral("code"), QStringLiteral("role")});
    setUpTable(m_ui->partnersTable, {tr("Organisation"), tr("Role")},
               {QStringLiteral("organisation"), QStringLiteral("role")});
    setUpTables();
    for (QTableWidget *table :
         {m_ui->countriesTable, m_ui->partnersTable, m_ui->fundingTable, m_ui->translationsTable})
        followFocus(table);
    std::sort(m_organisations.begin(), m_organisations.end(),
              [](const Organisation &a, const Organisation &b) {
                  return QString::localeAwareCompare(a.name, b.name) < 0;
              });
    m_ui->idEdit->setReadOnly(mode == Mode::Edit);
    fill(initiative);
    if (mode == Mode::Duplicate)
        m_ui->idEdit->setText(initiative.id + QStringLiteral("-copy"));

    connect(m_ui->addCountryButton, &QPushButton::clicked, this, [this] {
        addCountryRow({}, QStringLiteral("recipient"));
        m_ui->countriesTable->cellWidget(m_ui->countriesTable->rowCount() - 1, 0)->setFocus();
        check();
    });
    connect(m_ui->removeCountryButton, &QPushButton::clicked, this, [this] {
        m_ui->countriesTable->removeRow(m_ui->countriesTable->currentRow());
        check();
    });
    connect(m_ui->addPartnerButton, &QPushButton::clicked, this, [this] {
        addPartnerRow({}, QStringLiteral("implementer"));
        m_ui->partnersTable->cellWidget(m_ui->partnersTable->rowCount() - 1, 0)->setFocus();
        check();
    });
    connect(m_ui->removePartnerButton, &QPushButton::clicked, this, [this] {
        m_ui->partnersTable->removeRow(m_ui->partnersTable->currentRow());
        check();
    });
    for (QLineEdit *edit :
         {m_ui->idEdit, m_ui->titleEdit, m_ui->startEdit, m_ui->endEdit, m_ui->beneficiariesEdit})
        connect(edit, &QLineEdit::textChanged, this, &InitiativeEditor::check);
    for (QPlainTextEdit *edit : {m_ui->summaryEdit, m_ui->descriptionEdit, m_ui->resultsEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &InitiativeEditor::check);
    for (QComboBox *combo : {m_ui->statusCombo, m_ui->typeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &InitiativeEditor::check);
    for (QListWidget *list : {m_ui->modalitiesList, m_ui->sourcesList})
        connect(list, &QListWidget::itemChanged, this, &InitiativeEditor::check);
    for (QTreeWidget *tree : {m_ui->areasTree, m_ui->sdgTree})
        connect(tree, &QTreeWidget::itemChanged, this, &InitiativeEditor::check);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->newPartnerOrganisationButton, &QPushButton::clicked, this,
            [this] { newOrganisation(m_ui->partnersTable); });
    connect(m_ui->newFundingOrganisationButton, &QPushButton::clicked, this,
            [this] { newOrganisation(m_ui->fundingTable); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            emit saveRequested(this->initiative());
    });
    check();
}

InitiativeEditor::~InitiativeEditor() = default;

void InitiativeEditor::fill(const Initiative &in)
{
    m_filling = true;
    m_ui->idEdit->setText(in.id);
    m_ui->titleEdit->setText(in.title);
    m_ui->summaryEdit->setPlainText(in.summary);
    m_ui->descriptionEdit->setPlainText(in.description);
    m_ui->statusCombo->setCurrentIndex(std::max(0, m_ui->statusCombo->findData(in.status)));
    m_ui->startEdit->setText(in.start);
    m_ui->endEdit->setText(in.end);
    m_ui->typeCombo->setCurrentIndex(std::max(0, m_ui->typeCombo->findData(in.activityType)));
    m_ui->beneficiariesEdit->setText(in.beneficiaries);
    m_ui->resultsEdit->setPlainText(in.results);
    for (const CountryParticipation &c : in.countries)
        addCountryRow(c.code, c.role);
    for (const Partnership &p : in.partners)
        addPartnerRow(p.organisation, p.role);
    for (const QString &code : Vocabulary::codes(Vocabulary::Kind::Modality))
        addCheckable(m_ui->modalitiesList, Vocabulary::label(Vocabulary::Kind::Modality, code),
                     code, in.modalities.contains(code));
    for (const FundingRecord &f : in.funding)
        addFundingRow(f);
    for (const Translation &t : in.translations)
        addTranslationRow(t);
    fillSdgs(in.sdgs);
    for (const Source &s : m_sources)
        addCheckable(m_ui->sourcesList, s.title.isEmpty() ? s.id : s.title, s.id,
                     in.sources.contains(s.id));
    // The taxonomy as a tree, in its own order.
    std::vector<ProgrammeArea> areas = ReferenceData::instance().programmeAreas();
    std::sort(areas.begin(), areas.end(),
              [](const ProgrammeArea &a, const ProgrammeArea &b) { return a.order < b.order; });
    std::map<QString, QTreeWidgetItem *> items;
    for (int pass = 0; pass < 2; ++pass) {
        for (const ProgrammeArea &a : areas) {
            if (a.parentId.isEmpty() != (pass == 0))
                continue;
            QTreeWidgetItem *item = pass == 0 ? new QTreeWidgetItem(m_ui->areasTree)
                                              : new QTreeWidgetItem(items[a.parentId]);
            item->setText(0, a.name);
            item->setData(0, Qt::UserRole, a.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, in.programmeAreas.contains(a.id) ? Qt::Checked : Qt::Unchecked);
            items[a.id] = item;
        }
    }
    m_ui->areasTree->expandAll();
    m_filling = false;
}

void InitiativeEditor::addCountryRow(const QString &code, const QString &role)
{
    addRoleRow(m_ui->countriesTable, countryChoices(), code,
               {tr("Country"), tr("Role of the country")}, Vocabulary::Kind::CountryRole, role);
}

void InitiativeEditor::addPartnerRow(const QString &organisation, const QString &role)
{
    addRoleRow(m_ui->partnersTable, organisationChoices(m_organisations), organisation,
               {tr("Partner organisation"), tr("Role of the partner")},
               Vocabulary::Kind::PartnerRole, role);
}

void InitiativeEditor::addRoleRow(QTableWidget *table,
                                  const std::vector<std::pair<QString, QString>> &choices,
                                  const QString &value, const QStringList &names,
                                  Vocabulary::Kind roleKind, const QString &role)
{
    const int row = table->rowCount();
    table->insertRow(row);
    // A value the catalogue does not know stays as typed, for the check to name.
    QComboBox *which = findingCombo(table);
    which->setAccessibleName(names.value(0));
    fillFinding(which, choices, value);
    auto *roles = new QComboBox(table);
    roles->setAccessibleName(names.value(1));
    vocabularyInto(roles, roleKind, false);
    roles->setCurrentIndex(std::max(0, roles->findData(role)));
    table->setCellWidget(row, 0, which);
    table->setCellWidget(row, 1, roles);
    connect(which, &QComboBox::currentTextChanged, this, &InitiativeEditor::check);
    connect(roles, &QComboBox::currentIndexChanged, this, &InitiativeEditor::check);
}

Initiative InitiativeEditor::initiative() const
{
    Initiative in = m_original;
    in.id = m_ui->idEdit->text().trimmed();
    in.title = m_ui->titleEdit->text().trimmed();
    in.summary = m_ui->summaryEdit->toPlainText().trimmed();
    in.description = m_ui->descriptionEdit->toPlainText().trimmed();
    in.status = m_ui->statusCombo->currentData().toString();
    in.start = m_ui->startEdit->text().trimmed();
    in.end = m_ui->endEdit->text().trimmed();
    in.activityType = m_ui->typeCombo->currentData().toString();
    in.beneficiaries = m_ui->beneficiariesEdit->text().trimmed();
    in.results = m_ui->resultsEdit->toPlainText().trimmed();
    in.modalities = checkedIn(m_ui->modalitiesList);
    in.sdgs = checkedSdgs();
    in.sources = checkedIn(m_ui->sourcesList);
    in.funding = funding();
    in.translations = translations();
    in.countries.clear();
    for (int row = 0; row < m_ui->countriesTable->rowCount(); ++row) {
        const auto *code = qobject_cast<QComboBox *>(m_ui->countriesTable->cellWidget(row, 0));
        const auto *role = qobject_cast<QComboBox *>(m_ui->countriesTable->cellWidget(row, 1));
        // A share the record had stays with its country and role.
        CountryParticipation c{codeIn(code), role->currentData().toString(), std::nullopt};
        for (const CountryParticipation &had : m_original.countries)
            if (had.code == c.code && had.role == c.role)
                c.percentage = had.percentage;
        in.countries.push_back(c);
    }
    in.partners.clear();
    for (int row = 0; row < m_ui->partnersTable->rowCount(); ++row) {
        const auto *org = qobject_cast<QComboBox *>(m_ui->partnersTable->cellWidget(row, 0));
        const auto *role = qobject_cast<QComboBox *>(m_ui->partnersTable->cellWidget(row, 1));
        in.partners.push_back({codeIn(org), role->currentData().toString()});
    }
    in.programmeAreas.clear();
    for (QTreeWidgetItemIterator it(m_ui->areasTree); *it; ++it)
        if ((*it)->checkState(0) == Qt::Checked)
            in.programmeAreas << (*it)->data(0, Qt::UserRole).toString();
    return in;
}

std::vector<Organisation> InitiativeEditor::newOrganisations() const
{
    const Initiative in = initiative();
    std::vector<Organisation> used;
    for (const Organisation &o : m_newOrganisations) {
        const bool partner =
            std::any_of(in.partners.begin(), in.partners.end(),
                        [&o](const Partnership &p) { return p.organisation == o.id; });
        const bool funder = std::any_of(in.funding.begin(), in.funding.end(),
                                        [&o](const FundingRecord &f) { return f.source == o.id; });
        if (partner || funder)
            used.push_back(o);
    }
    return used;
}

QString InitiativeEditor::problem() const
{
    if (const QString number = numberProblem(); !number.isEmpty())
        return number;
    CatalogueContent content;
    content.initiatives = {initiative()};
    CatalogueValidator::Existing existing;
    existing.organisation = [this](const QString &id) {
        return std::any_of(m_organisations.begin(), m_organisations.end(),
                           [&id](const Organisation &o) { return o.id == id; });
    };
    existing.source = [this](const QString &id) {
        return std::any_of(m_sources.begin(), m_sources.end(),
                           [&id](const Source &s) { return s.id == id; });
    };
    const Status s = CatalogueValidator::validate(content, existing);
    return s.ok() ? QString() : s.error().message;
}

void InitiativeEditor::check()
{
    if (m_filling)
        return;
    showProblem(problem());
}

void InitiativeEditor::showProblem(const QString &message)
{
    // The check names the field ("..., field "countries[1].code": ..."):
    // that field's control is marked and the message said below.
    static const QRegularExpression fieldName(QStringLiteral("field \"([a-zA-Z]+)"));
    const QString field = fieldName.match(message).captured(1);
    const std::map<QString, QWidget *> controls = {
        {QStringLiteral("id"), m_ui->idEdit},
        {QStringLiteral("title"), m_ui->titleEdit},
        {QStringLiteral("status"), m_ui->statusCombo},
        {QStringLiteral("start"), m_ui->startEdit},
        {QStringLiteral("end"), m_ui->endEdit},
        {QStringLiteral("activityType"), m_ui->typeCombo},
        {QStringLiteral("countries"), m_ui->countriesTable},
        {QStringLiteral("partners"), m_ui->partnersTable},
        {QStringLiteral("programmeAreas"), m_ui->areasTree},
        {QStringLiteral("modalities"), m_ui->modalitiesList},
        {QStringLiteral("funding"), m_ui->fundingTable},
        {QStringLiteral("translations"), m_ui->translationsTable},
        {QStringLiteral("sdgs"), m_ui->sdgTree},
        {QStringLiteral("sources"), m_ui->sourcesList},
    };
    for (const auto &[name, control] : controls) {
        const bool invalid = !message.isEmpty() && name == field;
        if (control->property("invalid").toBool() != invalid) {
            control->setProperty("invalid", invalid);
            control->style()->unpolish(control);
            control->style()->polish(control);
        }
    }
    // The message names the record and the field as the import's checks do
    // (initiatives[0] "id", field "countries[1].code": ...); here the record
    // is the one being edited, and the field is named as the form names it.
    QString shown = message;
    shown.remove(QRegularExpression(QStringLiteral("^initiatives\\[0\\] \"[^\"]*\", ")));
    static const QRegularExpression named(
        QStringLiteral("^field \"([a-zA-Z]+)(?:\\[(\\d+)\\])?(?:\\.(\\w+))?\": "));
    const QRegularExpressionMatch m = named.match(shown);
    if (m.hasMatch()) {
        QString label = m.captured(1);
        QString column;
        for (const auto &[name, control] : controls) {
            if (name != label)
                continue;
            // Its accessible name, else its label's text without the
            // mnemonic and colon.
            label = control->accessibleName();
            for (const QLabel *l : findChildren<QLabel *>())
                if (label.isEmpty() && l->buddy() == control)
                    label = l->text().remove(QLatin1Char('&')).remove(QLatin1Char(':'));
            // A table's column, by the field its header is keyed with.
            if (const auto *table = qobject_cast<QTableWidget *>(control))
                for (int c = 0; c < table->columnCount(); ++c)
                    if (table->horizontalHeaderItem(c)->data(Qt::UserRole) == m.captured(3))
                        column = table->horizontalHeaderItem(c)->text().toLower();
        }
        if (!m.captured(2).isEmpty())
            label += tr(" (row %1)").arg(m.captured(2).toInt() + 1);
        if (!column.isEmpty())
            label += QStringLiteral(", ") + column;
        shown = label + QStringLiteral(": ") + shown.mid(m.capturedLength());
    }
    m_ui->problemLabel->setText(shown);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(message.isEmpty());
}

void InitiativeEditor::saved()
{
    accept();
}

} // namespace ssc
