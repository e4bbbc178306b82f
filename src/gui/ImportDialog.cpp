#include "ImportDialog.h"
#include "Preferences.h"

#include "CatalogueSession.h"
#include "ui_ImportDialog.h"

#include "core/io/CatalogueImport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>

namespace ssc {

namespace {

// The fields two versions of a record differ in, for the conflict list.
QStringList differences(const Initiative &a, const Initiative &b)
{
    QStringList fields;
    auto check = [&fields](bool same, const QString &name) {
        if (!same)
            fields << name;
    };
    check(a.title == b.title, ImportDialog::tr("title"));
    check(a.summary == b.summary && a.description == b.description, ImportDialog::tr("texts"));
    check(a.status == b.status, ImportDialog::tr("status"));
    check(a.start == b.start && a.end == b.end, ImportDialog::tr("dates"));
    check(a.countries == b.countries, ImportDialog::tr("countries"));
    check(a.programmeAreas == b.programmeAreas, ImportDialog::tr("programme areas"));
    check(a.partners == b.partners, ImportDialog::tr("partners"));
    check(a.funding == b.funding, ImportDialog::tr("funding"));
    check(a.sdgs == b.sdgs, ImportDialog::tr("SDGs"));
    check(a.sources == b.sources, ImportDialog::tr("sources"));
    if (fields.isEmpty())
        fields << ImportDialog::tr("other details");
    return fields;
}

} // namespace

ImportDialog::ImportDialog(CatalogueSession *session, const QString &path, ImportFormat format,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_session(session), m_path(path),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    m_ui->conflictBox->hide();
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ImportDialog::chooseReportFile);
    connect(m_ui->keepAllButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->conflictList->topLevelItemCount(); ++i)
            setTakeTheirs(i, false);
    });
    connect(m_ui->takeAllButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->conflictList->topLevelItemCount(); ++i)
            setTakeTheirs(i, true);
    });
    // The import is made here but used only on the catalogue's thread.
    auto made = std::make_shared<std::shared_ptr<CatalogueImport>>();
    QPointer<ImportDialog> self(this);
    const QString author = Preferences::load().author;
    session->ask<bool>(
        [made, format, path, author](CatalogueStore &store) {
            *made = std::make_shared<CatalogueImport>(store, path, format);
            (*made)->setAuthor(author);
            return true;
        },
        [self, made](bool) {
            if (!self)
                return;
            self->m_import = *made;
            self->start();
        });
    setStage(Stage::Checking);
    m_ui->statusLabel->setText(tr("Reading and checking %1…").arg(QDir::toNativeSeparators(path)));
}

ImportDialog::~ImportDialog()
{
    m_cancel->store(true);
}

void ImportDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool working = stage == Stage::Checking || stage == Stage::Writing;
    m_ui->progressBar->setVisible(working);
    m_ui->saveButton->setEnabled(!working && !m_ui->reportView->toPlainText().isEmpty());
    m_ui->importButton->setVisible(stage == Stage::Checked);
    m_ui->cancelButton->setText(stage == Stage::Done || stage == Stage::Failed ? tr("Close")
                                                                               : tr("Cancel"));
    m_ui->keepAllButton->setEnabled(stage == Stage::Checked);
    m_ui->takeAllButton->setEnabled(stage == Stage::Checked);
    m_ui->conflictList->setEnabled(stage == Stage::Checked);
    emit stageChanged(stage);
}

void ImportDialog::showProgress(double done)
{
    m_ui->progressBar->setValue(int(done * 1000));
}

void ImportDialog::start()
{
    runPass(&CatalogueImport::check, &ImportDialog::checked);
}

void ImportDialog::runPass(Status (CatalogueImport::*pass)(const CatalogueImport::Progress &),
                           void (ImportDialog::*done)(const Status &))
{
    // On the catalogue's thread; progress comes back queued, and a dialog
    // closed meanwhile is not touched.
    auto import = m_import;
    auto cancel = m_cancel;
    QPointer<ImportDialog> self(this);
    m_session->ask<Status>(
        [import, cancel, self, pass](CatalogueStore &) {
            return ((*import).*pass)([cancel, self](double fraction) {
                QMetaObject::invokeMethod(qApp, [self, fraction] {
                    if (self)
                        self->showProgress(fraction);
                });
                return !cancel->load();
            });
        },
        [self, done](Status status) {
            if (self)
                ((*self).*done)(status);
        });
}

void ImportDialog::checked(const Status &status)
{
    if (!status) {
        m_ui->statusLabel->setText(status.error().message);
        m_ui->reportView->setPlainText(status.error().message);
        setStage(Stage::Failed);
        return;
    }
    const ImportReport &report = m_import->report();
    m_ui->reportView->setPlainText(report.toText());
    const int changes = report.added + report.updated + report.conflicts;
    m_ui->statusLabel->setText(
        changes == 0
            ? tr("Nothing to import: %n record(s) checked, none new or changed.", "",
                 report.records())
            : tr("Checked %n record(s): %1 to add, %2 to update, %3 in conflict, %4 rejected. "
                 "Nothing has been written yet.",
                 "", report.records())
                  .arg(report.added)
                  .arg(report.updated)
                  .arg(report.conflicts)
                  .arg(report.rejected));
    m_ui->conflictList->clear();
    for (const ImportConflict &c : m_import->conflicts()) {
        auto *item = new QTreeWidgetItem(m_ui->conflictList);
        item->setCheckState(0, Qt::Unchecked);
        item->setText(1, c.mine.id);
        item->setText(2, differences(c.mine, c.theirs).join(QStringLiteral(", ")));
        item->setToolTip(1, tr("Catalogue: %1\nFile: %2").arg(c.mine.title, c.theirs.title));
    }
    m_ui->conflictBox->setVisible(!m_import->conflicts().empty());
    m_ui->conflictList->resizeColumnToContents(0);
    m_ui->conflictList->resizeColumnToContents(1);
    m_ui->importButton->setText(tr("&Import %n record(s)", "", changes));
    m_ui->importButton->setEnabled(changes > 0);
    // A record that breaks a rule refuses the whole file: the report lists
    // each, and nothing can be written until the file is corrected.
    if (const Status refused = m_import->refusal(); !refused) {
        m_ui->statusLabel->setText(refused.error().message);
        m_ui->importButton->setEnabled(false);
    }
    setStage(Stage::Checked);
    m_ui->importButton->setFocus();
}

void ImportDialog::setTakeTheirs(int conflict, bool take)
{
    if (QTreeWidgetItem *item = m_ui->conflictList->topLevelItem(conflict))
        item->setCheckState(0, take ? Qt::Checked : Qt::Unchecked);
}

void ImportDialog::startImport()
{
    if (m_stage != Stage::Checked || !m_ui->importButton->isEnabled())
        return;
    auto &conflicts = m_import->conflicts();
    for (int i = 0; i < m_ui->conflictList->topLevelItemCount(); ++i)
        conflicts[std::size_t(i)].takeTheirs =
            m_ui->conflictList->topLevelItem(i)->checkState(0) == Qt::Checked;
    m_ui->statusLabel->setText(tr("Writing to the catalogue… Cancel leaves it as it was."));
    setStage(Stage::Writing);
    runPass(&CatalogueImport::write, &ImportDialog::written);
}

void ImportDialog::written(const Status &status)
{
    if (!status) {
        m_ui->statusLabel->setText(status.error().message);
        m_ui->reportView->setPlainText(m_import->report().toText() + QLatin1Char('\n') +
                                       status.error().message);
        setStage(Stage::Failed);
        return;
    }
    const ImportReport &report = m_import->report();
    m_ui->reportView->setPlainText(report.toText());
    m_ui->statusLabel->setText(tr("Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.")
                                   .arg(report.added)
                                   .arg(report.updated)
                                   .arg(report.unchanged + report.keptMine)
                                   .arg(report.rejected));
    m_ui->conflictBox->hide();
    setStage(Stage::Done);
    emit imported();
}

QString ImportDialog::reportText() const
{
    return m_ui->reportView->toPlainText();
}

void ImportDialog::saveReport(const QString &path)
{
    // The dialog's text is the report as it stands (after writing, it says so).
    const Status saved = m_import ? m_import->report().save(path) : Status(success());
    if (!saved)
        QMessageBox::warning(this, tr("Cannot save the report"), saved.error().message);
}

void ImportDialog::chooseReportFile()
{
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("import/reportFolder"), QDir::homePath()).toString();
    const QString suggested =
        QDir(folder).filePath(QFileInfo(m_path).completeBaseName() + tr("-import-report.txt"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Report"), suggested,
                                                      tr("Text (*.txt);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/reportFolder"), QFileInfo(path).absolutePath());
    saveReport(path);
}

void ImportDialog::reject()
{
    if (m_stage == Stage::Checking || m_stage == Stage::Writing) {
        // The work stops at its next step; a write rolls back.
        m_cancel->store(true);
        m_ui->statusLabel->setText(tr("Cancelling…"));
        m_ui->cancelButton->setEnabled(false);
        QPointer<ImportDialog> self(this);
        m_session->ask<bool>([](CatalogueStore &) { return true; },
                             [self](bool) {
                                 if (self)
                                     self->QDialog::reject();
                             });
        return;
    }
    QDialog::reject();
}

} // namespace ssc
