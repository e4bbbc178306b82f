#include "Preferences.h"

#include "core/domain/ChangeRecord.h"
#include "core/io/iati/IatiCodelists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace ssc {

namespace {

// The keys other parts of the window read; one place names them.
const QString kAuthor = QStringLiteral("preferences/author"); // read by the command line too
const QString kExportFolder = QStringLiteral("preferences/exportFolder");
const QString kRememberFolder = QStringLiteral("preferences/rememberFolder");
const QString kHideEmpty = QStringLiteral("filters/hideEmpty");
const QString kOrgRef = QStringLiteral("iati/reportingOrg");
const QString kOrgType = QStringLiteral("iati/reportingOrgType");
const QString kPaper = QStringLiteral("report/paper");
const QString kLogo = QStringLiteral("report/logo");
const QString kIntroduction = QStringLiteral("report/introduction");
const QString kLastReportFolder = QStringLiteral("report/folder");

} // namespace

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.author = s.value(kAuthor).toString();
    p.exportFolder = s.value(kExportFolder).toString();
    p.rememberFolder = s.value(kRememberFolder, true).toBool();
    p.hideEmptyValues = s.value(kHideEmpty, false).toBool();
    p.reportingOrgRef = s.value(kOrgRef).toString();
    p.reportingOrgType = s.value(kOrgType).toString();
    p.paper = s.value(kPaper, QStringLiteral("a4")).toString();
    p.reportLogo = s.value(kLogo).toString();
    p.reportIntroduction = s.value(kIntroduction).toString();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(kAuthor, author);
    s.setValue(kExportFolder, exportFolder);
    s.setValue(kRememberFolder, rememberFolder);
    s.setValue(kHideEmpty, hideEmptyValues);
    s.setValue(kOrgRef, reportingOrgRef);
    s.setValue(kOrgType, reportingOrgType);
    s.setValue(kPaper, paper);
    s.setValue(kLogo, reportLogo);
    s.setValue(kIntroduction, reportIntroduction);
}

QString Preferences::startFolder()
{
    const Preferences p = load();
    QStringList candidates;
    if (p.rememberFolder)
        candidates << QSettings().value(kLastReportFolder).toString();
    candidates << p.exportFolder
               << QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    for (const QString &candidate : candidates)
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir())
            return candidate;
    return QDir::homePath();
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_author(new QLineEdit(this)), m_folder(new QLineEdit(this)),
      m_remember(new QCheckBox(this)), m_hideEmpty(new QCheckBox(this)),
      m_orgRef(new QLineEdit(this)), m_orgType(new QComboBox(this)), m_paper(new QComboBox(this)),
      m_logo(new QLineEdit(this)), m_introduction(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Preferences"));
    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_remember->setObjectName(QStringLiteral("rememberFolderCheck"));
    m_hideEmpty->setObjectName(QStringLiteral("hideEmptyPreference"));
    m_orgRef->setObjectName(QStringLiteral("reportingOrgEdit"));
    m_orgType->setObjectName(QStringLiteral("reportingOrgTypeCombo"));
    m_paper->setObjectName(QStringLiteral("paperPreference"));
    auto *form = new QFormLayout;
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setPlaceholderText(ChangeRecord::accountName());
    m_author->setToolTip(tr("The name the catalogue's history gives your changes"));
    form->addRow(tr("Your &name:"), m_author);

    auto *folderRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the export folder"));
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);
    m_folder->setPlaceholderText(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_folder->setAccessibleName(tr("Export folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("Export folder"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    // A label of a row of widgets names its field itself (Alt+letter goes
    // to the field, not to the row).
    auto *folderLabel = new QLabel(tr("&Export folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_remember->setText(tr("&Start in the last folder used"));
    form->addRow(QString(), m_remember);
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("letter"));
    form->addRow(tr("&Page size of PDF reports:"), m_paper);
    m_logo->setObjectName(QStringLiteral("reportLogoEdit"));
    m_logo->setPlaceholderText(tr("none"));
    m_logo->setAccessibleName(tr("Logo of reports"));
    m_logo->setToolTip(tr("An image (PNG, JPEG or SVG) drawn at the top of a report's first "
                          "page"));
    auto *logoRow = new QHBoxLayout;
    auto *chooseLogo = new QPushButton(tr("Ch&oose…"), this);
    chooseLogo->setAccessibleName(tr("Choose the logo of reports"));
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Logo of reports"), m_logo->text(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!chosen.isEmpty())
            m_logo->setText(QDir::toNativeSeparators(chosen));
    });
    auto *logoLabel = new QLabel(tr("Report &logo:"), this);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    m_introduction->setObjectName(QStringLiteral("reportIntroductionEdit"));
    m_introduction->setAccessibleName(tr("Introduction of reports"));
    m_introduction->setPlaceholderText(
        tr("A paragraph under the title of every report: who you are, why these initiatives"));
    m_introduction->setTabChangesFocus(true);
    m_introduction->setFixedHeight(m_introduction->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Report &introduction:"), m_introduction);
    // Nothing cuts it short: say what a long one does to the first page.
    auto *introductionHint =
        new QLabel(tr("Printed above the figures on the first page: a long introduction pushes "
                      "the figures and charts onto the next page. A few sentences fit."),
                   this);
    introductionHint->setObjectName(QStringLiteral("reportIntroductionHint"));
    m_introduction->setAccessibleDescription(introductionHint->text());
    introductionHint->setWordWrap(true);
    QFont smaller = introductionHint->font();
    smaller.setPointSizeF(smaller.pointSizeF() * 0.9);
    introductionHint->setFont(smaller);
    form->addRow(QString(), introductionHint);
    m_hideEmpty->setText(tr("&Hide filter values with no matches"));
    form->addRow(QString(), m_hideEmpty);

    m_orgRef->setPlaceholderText(tr("for example XM-DAC-41122"));
    m_orgRef->setToolTip(tr("Your organisation's IATI identifier, written as the reporting "
                            "organisation of IATI exports"));
    form->addRow(tr("IATI &reporting organisation:"), m_orgRef);
    m_orgType->addItem(tr("(not given)"), QString());
    const IatiCodelists &lists = IatiCodelists::instance();
    for (const QString &code : lists.activeCodes(QStringLiteral("OrganisationType")))
        m_orgType->addItem(
            QStringLiteral("%1 %2").arg(code, lists.name(QStringLiteral("OrganisationType"), code)),
            code);
    form->addRow(tr("Organisation &type:"), m_orgType);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const Preferences p = Preferences::load();
    m_author->setText(p.author);
    m_folder->setText(QDir::toNativeSeparators(p.exportFolder));
    m_remember->setChecked(p.rememberFolder);
    m_hideEmpty->setChecked(p.hideEmptyValues);
    m_orgRef->setText(p.reportingOrgRef);
    m_orgType->setCurrentIndex(std::max(0, m_orgType->findData(p.reportingOrgType)));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(p.paper)));
    m_logo->setText(QDir::toNativeSeparators(p.reportLogo));
    m_introduction->setPlainText(p.reportIntroduction);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.author = m_author->text().trimmed();
    p.exportFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    p.rememberFolder = m_remember->isChecked();
    p.hideEmptyValues = m_hideEmpty->isChecked();
    p.reportingOrgRef = m_orgRef->text().trimmed();
    p.reportingOrgType = m_orgType->currentData().toString();
    p.paper = m_paper->currentData().toString();
    p.reportLogo = QDir::fromNativeSeparators(m_logo->text().trimmed());
    p.reportIntroduction = m_introduction->toPlainText().trimmed();
    return p;
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    if (!p.exportFolder.isEmpty() && !QFileInfo(p.exportFolder).isDir()) {
        QMessageBox::warning(this, tr("Preferences"),
                             tr("The export folder %1 does not exist. Choose a folder that "
                                "exists, or leave the field empty for Documents.")
                                 .arg(QDir::toNativeSeparators(p.exportFolder)));
        m_folder->setFocus();
        return;
    }
    if (!p.reportLogo.isEmpty() && QImageReader(p.reportLogo).size().isEmpty()) {
        QMessageBox::warning(this, tr("Preferences"),
                             tr("The report logo %1 is not an image this program can read. "
                                "Choose a PNG, JPEG or SVG file, or leave the field empty.")
                                 .arg(QDir::toNativeSeparators(p.reportLogo)));
        m_logo->setFocus();
        return;
    }
    // An identifier is a code without spaces (IATI's organisation identifier guidance).
    if (p.reportingOrgRef.contains(QLatin1Char(' '))) {
        QMessageBox::warning(this, tr("Preferences"),
                             tr("The IATI reporting organisation is an identifier without "
                                "spaces, such as XM-DAC-41122; \"%1\" has spaces.")
                                 .arg(p.reportingOrgRef));
        m_orgRef->setFocus();
        return;
    }
    p.save();
    QDialog::accept();
}

} // namespace ssc
