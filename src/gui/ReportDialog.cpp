#include "ReportDialog.h"
#include "Preferences.h"

#include "ui_ReportDialog.h"

#include "report/ReportWriter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace ssc {

namespace {

bool isDocument(ReportFormat f)
{
    return reportFormat(f).previewable;
}

// "Health briefing" -> "health-briefing": a file name from the title.
QString fileNameFor(const QString &title)
{
    QString name;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name += u'-';
    }
    if (name.size() > 48) // whole words only
        name = name.left(name.lastIndexOf(u'-', 48));
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("report") : name;
}

} // namespace

ReportDialog::ReportDialog(Context context, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportDialog>()), m_context(std::move(context))
{
    m_ui->setupUi(this);
    for (const ReportFormatDefinition &f : reportFormats())
        m_ui->formatCombo->addItem(QCoreApplication::translate("ReportDialog", f.label),
                                   reportFormatSuffix(f.format));
    m_ui->paperCombo->addItem(tr("A4"), QStringLiteral("a4"));
    m_ui->paperCombo->addItem(tr("Letter"), QStringLiteral("letter"));
    const QLocale locale;
    m_ui->scopeFilter->setText(
        tr("Under the current &filter (%1)").arg(locale.toString(m_context.filteredCount)));
    m_ui->scopeSelection->setText(
        tr("&Selected rows (%1)").arg(locale.toString(qint64(m_context.selectedRows.size()))));
    m_ui->scopeSelection->setEnabled(!m_context.selectedRows.empty());
    m_ui->scopeCatalogue->setText(
        tr("&Whole catalogue (%1)").arg(locale.toString(m_context.catalogueCount)));
    (m_context.selectedRows.size() > 1 ? m_ui->scopeSelection : m_ui->scopeFilter)
        ->setChecked(true);
    m_ui->titleEdit->setPlaceholderText(defaultTitle());
    m_ui->progressBar->hide();

    m_exportButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_exportButton->setText(tr("&Export"));
    m_previewButton = m_ui->buttonBox->addButton(tr("Pre&view"), QDialogButtonBox::ActionRole);
    m_previewButton->setToolTip(tr("See the PDF or HTML report before saving it"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReportDialog::exportReport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ReportDialog::chooseFile);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ReportDialog::formatChanged);
    connect(m_ui->initiativesCheck, &QCheckBox::toggled, this, &ReportDialog::updateButtons);
    for (QRadioButton *scope : {m_ui->scopeFilter, m_ui->scopeSelection, m_ui->scopeCatalogue})
        connect(scope, &QRadioButton::toggled, this,
                [this] { m_ui->titleEdit->setPlaceholderText(defaultTitle()); });
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ReportDialog::updateButtons);

    // Last time's choices.
    QSettings settings;
    settings.beginGroup(QStringLiteral("report"));
    // The last folder used, the export folder of the preferences,
    // Documents, home: the first that exists, so that the export never
    // starts in a folder that is gone.
    const QString folder = Preferences::startFolder();
    const int format = m_ui->formatCombo->findData(
        settings.value(QStringLiteral("format"), QStringLiteral("pdf")));
    m_ui->formatCombo->setCurrentIndex(std::max(0, format));
    const QStringList sections =
        settings
            .value(QStringLiteral("sections"),
                   QStringList{QStringLiteral("headline"), QStringLiteral("breakdowns"),
                               QStringLiteral("charts"), QStringLiteral("initiatives"),
                               QStringLiteral("sources")})
            .toStringList();
    m_ui->headlineCheck->setChecked(sections.contains(QStringLiteral("headline")));
    m_ui->breakdownsCheck->setChecked(sections.contains(QStringLiteral("breakdowns")));
    m_ui->chartsCheck->setChecked(sections.contains(QStringLiteral("charts")));
    m_ui->initiativesCheck->setChecked(sections.contains(QStringLiteral("initiatives")));
    m_ui->sourcesCheck->setChecked(sections.contains(QStringLiteral("sources")));
    m_ui->paperCombo->setCurrentIndex(
        std::max(0, m_ui->paperCombo->findData(settings.value(QStringLiteral("paper")))));
    m_ui->landscapeCheck->setChecked(settings.value(QStringLiteral("landscape")).toBool());
    settings.endGroup();

    // Named after the filter in words, else after the catalogue.
    const QString base = fileNameFor(
        !m_context.filterTitle.isEmpty() && !m_context.filter.isEmpty() ? m_context.filterTitle
        : m_context.catalogueName.isEmpty()                             ? tr("report")
                                            : m_context.catalogueName + tr(" report"));
    m_ui->fileEdit->setText(
        QDir(folder).filePath(base + u'.' + reportFormatSuffix(this->format())));
    formatChanged();
}

ReportDialog::~ReportDialog() = default;

QString ReportDialog::defaultTitle() const
{
    // The filter in words while the report covers the filter.
    const bool filtered = !m_ui->scopeSelection->isChecked() && !m_ui->scopeCatalogue->isChecked();
    return filtered && !m_context.filterTitle.isEmpty() ? m_context.filterTitle
                                                        : ReportBuilder::defaultTitle();
}

ReportFormat ReportDialog::format() const
{
    return reportFormatFromName(m_ui->formatCombo->currentData().toString())
        .value_or(ReportFormat::Pdf);
}

void ReportDialog::formatChanged()
{
    const ReportFormat f = format();
    // The file's extension follows the format.
    QString path = m_ui->fileEdit->text().trimmed();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        path = QDir(info.path()).filePath(info.completeBaseName() + u'.' + reportFormatSuffix(f));
        m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    }
    const int limit = defaultListLimit(f);
    m_ui->listLimitSpin->setValue(limit < 0 ? 0 : limit);
    m_ui->chartsCheck->setEnabled(isDocument(f));
    m_ui->paperCombo->setEnabled(f == ReportFormat::Pdf);
    m_ui->landscapeCheck->setEnabled(f == ReportFormat::Pdf);
    updateButtons();
}

void ReportDialog::updateButtons()
{
    const bool idle = m_task == nullptr;
    m_exportButton->setEnabled(idle && !m_ui->fileEdit->text().trimmed().isEmpty());
    m_previewButton->setEnabled(idle && isDocument(format()));
    m_ui->listLimitSpin->setEnabled(idle && m_ui->initiativesCheck->isChecked());
}

void ReportDialog::chooseFile()
{
    const ReportFormat f = format();
    const QString suffix = reportFormatSuffix(f);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report"), m_ui->fileEdit->text(),
                                     tr("%1 (*.%2)").arg(m_ui->formatCombo->currentText(), suffix));
    if (path.isEmpty())
        return;
    // The file dialog has asked about replacing an existing file.
    m_confirmed = QFileInfo(path).absoluteFilePath();
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

ReportRequest ReportDialog::request(bool forPreview) const
{
    ReportRequest r;
    r.cataloguePath = m_context.cataloguePath;
    r.scope = m_ui->scopeSelection->isChecked()   ? ReportRequest::Scope::Selection
              : m_ui->scopeCatalogue->isChecked() ? ReportRequest::Scope::Catalogue
                                                  : ReportRequest::Scope::Filter;
    r.filter = m_context.filter;
    r.sort = m_context.sort;
    r.rows = m_context.selectedRows;
    r.format = format();
    ReportOptions &o = r.options;
    o.title = m_ui->titleEdit->text().trimmed();
    if (o.title.isEmpty())
        o.title = m_ui->titleEdit->placeholderText();
    o.headline = m_ui->headlineCheck->isChecked();
    o.breakdowns = m_ui->breakdownsCheck->isChecked();
    o.charts = m_ui->chartsCheck->isChecked();
    o.initiatives = m_ui->initiativesCheck->isChecked();
    o.sources = m_ui->sourcesCheck->isChecked();
    o.listLimit = m_ui->listLimitSpin->value() == 0 ? -1 : m_ui->listLimitSpin->value();
    o.letterPaper = m_ui->paperCombo->currentData().toString() == QLatin1String("letter");
    o.landscape = m_ui->landscapeCheck->isChecked();
    const Preferences preferences = Preferences::load();
    o.logoPath = preferences.reportLogo;
    o.introduction = preferences.reportIntroduction;
    if (!forPreview)
        r.output = QFileInfo(QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed()))
                       .absoluteFilePath();
    return r;
}

void ReportDialog::exportReport()
{
    if (m_task)
        return;
    ReportRequest r = request();
    const QFileInfo target(r.output);
    auto refuse = [this](const QString &message) {
        m_ui->statusLabel->setText(message);
        m_ui->fileEdit->setFocus();
        emit failed(message);
    };
    if (m_ui->fileEdit->text().trimmed().isEmpty())
        return refuse(tr("Choose the file to write the report to."));
    if (!target.dir().exists())
        return refuse(
            tr("Cannot write the report to %1: the folder %2 does not exist.")
                .arg(QDir::toNativeSeparators(r.output), QDir::toNativeSeparators(target.path())));
    if (target.isDir())
        return refuse(tr("Cannot write the report to %1: it is a folder.")
                          .arg(QDir::toNativeSeparators(r.output)));
    if (target.exists() && target.absoluteFilePath() != m_confirmed &&
        QMessageBox::question(
            this, tr("Export Report"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(r.output))) !=
            QMessageBox::Yes)
        return;
    run(std::move(r));
}

void ReportDialog::preview()
{
    if (!m_task && isDocument(format()))
        run(request(true));
}

void ReportDialog::reject()
{
    if (m_task) { // Cancel stops the report; a second Cancel closes
        m_task->cancel();
        m_ui->statusLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ReportDialog::run(ReportRequest r)
{
    m_task = new ReportTask(std::move(r), this);
    connect(m_task, &ReportTask::progress, this, [this](qint64 done, qint64 total) {
        m_ui->progressBar->setMaximum(int(std::min<qint64>(total, INT_MAX)));
        m_ui->progressBar->setValue(int(std::min<qint64>(done, INT_MAX)));
        const QLocale locale;
        m_ui->statusLabel->setText(
            tr("Reading initiatives: %1 of %2").arg(locale.toString(done), locale.toString(total)));
    });
    connect(m_task, &ReportTask::finished, this, &ReportDialog::taskFinished);
    setWorking(true);
    m_ui->statusLabel->setText(m_task->request().output.isEmpty() ? tr("Preparing the preview…")
                                                                  : tr("Preparing the report…"));
    m_task->start();
}

void ReportDialog::setWorking(bool working)
{
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->formatCombo, m_ui->fileEdit, m_ui->browseButton, m_ui->scopeFilter,
             m_ui->scopeCatalogue, m_ui->titleEdit, m_ui->headlineCheck, m_ui->breakdownsCheck,
             m_ui->initiativesCheck, m_ui->sourcesCheck})
        w->setEnabled(!working);
    m_ui->scopeSelection->setEnabled(!working && !m_context.selectedRows.empty());
    m_ui->chartsCheck->setEnabled(!working && isDocument(format()));
    m_ui->paperCombo->setEnabled(!working && format() == ReportFormat::Pdf);
    m_ui->landscapeCheck->setEnabled(!working && format() == ReportFormat::Pdf);
    m_ui->progressBar->setVisible(working);
    m_ui->progressBar->setRange(0, 0); // busy until the first progress
    updateButtons();
}

void ReportDialog::taskFinished(bool ok, const QString &message)
{
    ReportTask *task = m_task;
    m_task = nullptr;
    const ReportRequest r = task->request();
    const qint64 initiatives = task->report().initiativeCount;
    // Only a preview needs the report itself; it moves out of the task.
    auto report =
        std::make_shared<Report>(ok && r.output.isEmpty() ? task->takeReport() : Report{});
    task->deleteLater();
    setWorking(false);
    if (!ok) {
        m_ui->statusLabel->setText(message == tr("Cancelled")
                                       ? (r.output.isEmpty()
                                              ? tr("Preview cancelled.")
                                              : tr("Cancelled: no file was written."))
                                       : message);
        emit failed(message);
        return;
    }
    if (r.output.isEmpty()) {
        m_ui->statusLabel->clear();
        showPreview(report, r.format);
        return;
    }
    saveChoices();
    m_ui->statusLabel->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(r.output)));
    showDone(r.output, initiatives);
    emit exported(r.output);
}

void ReportDialog::showDone(const QString &path, qint64 initiatives)
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Report Exported"),
                        tr("The report on %1 initiatives was written to %2.")
                            .arg(QLocale().toString(initiatives), QDir::toNativeSeparators(path)),
                        QMessageBox::NoButton, this);
    QPushButton *openFile = box->addButton(tr("Open &File"), QMessageBox::ActionRole);
    QPushButton *openFolder = box->addButton(tr("Open F&older"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(openFile);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [=](QAbstractButton *button) {
        if (button == openFile)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        else if (button == openFolder)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    connect(box, &QMessageBox::finished, this, &QDialog::accept);
    m_done = box;
    box->open();
}

void ReportDialog::showPreview(const std::shared_ptr<Report> &report, ReportFormat f)
{
    if (f == ReportFormat::Pdf) {
        auto printer = std::make_shared<QPrinter>(QPrinter::ScreenResolution);
        setReportPageLayout(*report, *printer);
        auto *dialog = new QPrintPreviewDialog(printer.get(), this);
        dialog->setWindowTitle(tr("Preview: %1").arg(report->title));
        // The printer and the report live as long as the preview's connection.
        connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                [printer, report](QPrinter *p) { printReport(*report, *p); });
        m_preview = dialog;
    } else {
        auto *dialog = new QDialog(this);
        dialog->setWindowTitle(tr("Preview: %1").arg(report->title));
        auto *browser = new QTextBrowser(dialog);
        browser->setOpenExternalLinks(true);
        QTextDocument *doc = reportDocument(*report).release();
        doc->setParent(browser);
        browser->setDocument(doc);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(browser);
        layout->addWidget(buttons);
        dialog->resize(900, 700);
        m_preview = dialog;
    }
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    static_cast<QDialog *>(m_preview.data())->open();
    emit previewShown();
}

void ReportDialog::saveChoices() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("report"));
    settings.setValue(QStringLiteral("format"), m_ui->formatCombo->currentData());
    settings.setValue(QStringLiteral("folder"),
                      QFileInfo(QDir::fromNativeSeparators(m_ui->fileEdit->text())).absolutePath());
    QStringList sections;
    for (const auto &[box, name] :
         {std::pair{m_ui->headlineCheck, "headline"},
          std::pair{m_ui->breakdownsCheck, "breakdowns"}, std::pair{m_ui->chartsCheck, "charts"},
          std::pair{m_ui->initiativesCheck, "initiatives"},
          std::pair{m_ui->sourcesCheck, "sources"}}) {
        if (box->isChecked())
            sections << QString::fromLatin1(name);
    }
    settings.setValue(QStringLiteral("sections"), sections);
    settings.setValue(QStringLiteral("paper"), m_ui->paperCombo->currentData());
    settings.setValue(QStringLiteral("landscape"), m_ui->landscapeCheck->isChecked());
}

} // namespace ssc
