#include "OrganisationDialog.h"

#include "EditorWidgets.h"

#include "core/domain/CatalogueValidator.h"
#include "core/domain/ReferenceData.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace ssc {

OrganisationDialog::OrganisationDialog(QSet<QString> taken, const QString &name, QWidget *parent)
    : QDialog(parent), m_taken(std::move(taken)), m_name(new QLineEdit(name, this)),
      m_acronym(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_country(EditorWidgets::findingCombo(this)), m_id(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Organisation"));
    m_name->setObjectName(QStringLiteral("organisationName"));
    m_acronym->setObjectName(QStringLiteral("organisationAcronym"));
    m_type->setObjectName(QStringLiteral("organisationType"));
    m_country->setObjectName(QStringLiteral("organisationCountry"));
    m_problem->setObjectName(QStringLiteral("organisationProblem"));
    EditorWidgets::vocabularyInto(m_type, Vocabulary::Kind::OrganisationType, true);
    m_country->addItem(tr("(not given)"), QString());
    EditorWidgets::fillFinding(m_country, EditorWidgets::countryChoices(), QString());
    m_country->setCurrentIndex(0);
    m_acronym->setPlaceholderText(tr("such as UNICEF"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->setAccessibleName(tr("What is wrong with the organisation"));
    m_id->setAccessibleName(tr("Identifier"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Acronym:"), m_acronym);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("Identifier:"), m_id);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    // The form's labels name their fields for screen readers too.
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_acronym),
                           static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_country)})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            field->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(u':'));

    connect(m_name, &QLineEdit::textChanged, this, &OrganisationDialog::check);
    connect(m_acronym, &QLineEdit::textChanged, this, &OrganisationDialog::check);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OrganisationDialog::check);
    connect(m_country, &QComboBox::currentTextChanged, this, &OrganisationDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QString OrganisationDialog::keyFor(const QString &text, const QSet<QString> &taken)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString base = ReferenceData::fold(text).replace(other, QStringLiteral("-"));
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("organisation");
    QString key = base;
    for (int n = 2; taken.contains(key); ++n)
        key = QStringLiteral("%1-%2").arg(base).arg(n);
    return key;
}

Organisation OrganisationDialog::organisation() const
{
    Organisation o;
    o.name = m_name->text().trimmed();
    o.acronym = m_acronym->text().trimmed();
    o.type = m_type->currentData().toString();
    o.country = EditorWidgets::codeIn(m_country);
    o.id = keyFor(o.acronym.isEmpty() ? o.name : o.acronym, m_taken);
    return o;
}

void OrganisationDialog::check()
{
    const Organisation o = organisation();
    m_id->setText(o.id);
    CatalogueContent content;
    content.organisations = {o};
    CatalogueValidator::Existing existing;
    existing.organisation = [this](const QString &id) { return m_taken.contains(id); };
    const Status s = CatalogueValidator::validate(content, existing);
    // The check names the record and the field (organisations[0] "id",
    // field "name": ...); here it is said with the form's name for it.
    QString message = s.ok() ? QString() : s.error().message;
    static const QRegularExpression named(
        QStringLiteral("^organisations\\[0\\][^,]*, field \"(\\w+)\": "));
    if (const auto m = named.match(message); m.hasMatch()) {
        const std::pair<const char *, QWidget *> fields[] = {
            {"name", m_name}, {"type", m_type}, {"country", m_country}};
        QString label = m.captured(1);
        for (const auto &[field, control] : fields)
            if (label == QLatin1String(field))
                label = control->accessibleName();
        message = label + QStringLiteral(": ") + message.mid(m.capturedLength());
    }
    m_problem->setText(message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(s.ok());
}

} // namespace ssc
