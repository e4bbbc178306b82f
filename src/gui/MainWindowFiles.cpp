// MainWindow's file work beyond opening: importing (File > Import, a file
// dropped on the window) and exporting to IATI.
#include "MainWindow.h"

#include "CatalogueEdits.h"
#include "CatalogueSession.h"
#include "ImportDialog.h"
#include "TeamControl.h"

#include "core/io/FileFormats.h"
#include "core/io/iati/IatiWriter.h"
#include "core/team/ChangeBundle.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

namespace ssc {

ImportDialog *MainWindow::importDialog() const
{
    return findChild<ImportDialog *>();
}

void MainWindow::chooseFileToImport()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), settings.value(QStringLiteral("import/folder")).toString(),
        tr("Importable files (*.xml *.csv *.json);;IATI activity files (*.xml);;CSV files "
           "(*.csv);;Catalogue files (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    importFile(path);
}

void MainWindow::importFile(const QString &path)
{
    if (!m_session->isOpen() || importDialog())
        return;
    if (ChangeBundle::isBundle(path))
        return applyBundle(path);
    const auto format = FileFormats::guess(path);
    if (!format) {
        QMessageBox::warning(this, tr("Cannot import"),
                             tr("%1 is not an IATI activity file (.xml), a CSV file (.csv) or a "
                                "catalogue file (.json).")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto *dialog = new ImportDialog(m_session, path, *format, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this, path, dialog] {
        setStatus(tr("Imported %1").arg(QDir::toNativeSeparators(path)));
        m_edits->imported(path, dialog->changes());
        // The panes' values and counts change with the records.
        openCatalogue(m_session->path());
    });
    dialog->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_session->isOpen() && urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    // After the drop has finished, so the source application is not kept waiting.
    const QString path = urls.front().toLocalFile();
    QMetaObject::invokeMethod(
        this, [this, path] { importFile(path); }, Qt::QueuedConnection);
}

void MainWindow::exportIati()
{
    if (!m_session->isOpen())
        return;
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to IATI"),
        QDir(settings.value(QStringLiteral("iati/folder"), QDir::homePath()).toString())
            .filePath(m_catalogueName + QStringLiteral(".xml")),
        tr("IATI activity files (*.xml)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("iati/folder"), QFileInfo(path).absolutePath());
    IatiWriter::ReportingOrg reporting{
        settings.value(QStringLiteral("iati/reportingOrg")).toString(),
        settings.value(QStringLiteral("iati/reportingOrgType")).toString(), m_catalogueName};
    setStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const CatalogueFilter filter = m_shown;
    m_session->ask<Result<IatiWriter::Summary>>(
        [filter, path, reporting](CatalogueStore &store) -> Result<IatiWriter::Summary> {
            auto ids = store.rowIds(filter);
            if (!ids)
                return ids.error();
            if (ids->empty())
                return Error{tr("No initiative is shown: there is nothing to export.")};
            return IatiWriter::write(store, *ids, path, reporting);
        },
        [this, path](Result<IatiWriter::Summary> summary) {
            if (!summary) {
                setStatus(summary.error().message);
                QMessageBox::warning(this, tr("Cannot export"), summary.error().message);
                return;
            }
            const int written = int(summary->written);
            setStatus(tr("Exported %Ln initiative(s) to %1", nullptr, written)
                          .arg(QDir::toNativeSeparators(path)));
            QMessageBox box(QMessageBox::Information, tr("Exported to IATI"),
                            tr("%Ln initiative(s) written to %1 as IATI 2.03.", nullptr, written)
                                .arg(QDir::toNativeSeparators(path)),
                            QMessageBox::Close, this);
            if (!summary->leftOut.empty()) {
                box.setInformativeText(
                    tr("%Ln left out because IATI requires what they lack (see details).", nullptr,
                       int(summary->leftOut.size())));
                QStringList lines;
                for (const auto &l : summary->leftOut)
                    lines << l.id + QStringLiteral(": ") + l.reason;
                box.setDetailedText(lines.join(QLatin1Char('\n')));
            }
            box.exec();
        });
}

void MainWindow::exportCatalogueFile()
{
    if (!m_session->isOpen())
        return;
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Catalogue File"),
        QDir(settings.value(QStringLiteral("import/folder"), QDir::homePath()).toString())
            .filePath(m_catalogueName + QStringLiteral(".json")),
        tr("Catalogue files (*.json)"));
    if (!path.isEmpty())
        exportCatalogueFileTo(path);
}

void MainWindow::exportCatalogueFileTo(const QString &path)
{
    setStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    // The whole catalogue with its history and saved searches, so that they
    // travel with it; written beside the target and renamed when complete.
    m_session->ask<Result<ExportSummary>>(
        [path](CatalogueStore &store) {
            return FileFormats::entry(ImportFormat::Json)->exporter(store, std::nullopt, path, {});
        },
        [this, path](Result<ExportSummary> summary) {
            if (!summary) {
                setStatus(summary.error().message);
                if (isVisible())
                    QMessageBox::warning(this, tr("Cannot export"), summary.error().message);
                return;
            }
            setStatus(tr("Exported the catalogue (%Ln initiative(s), its history and saved "
                         "searches) to %1",
                         nullptr, int(summary->written))
                          .arg(QDir::toNativeSeparators(path)));
            emit catalogueExported(path);
        });
}

// A change bundle from an office without a connection: applied by the
// sync's rules; its conflicts wait in File > Team Catalogue > Review
// Conflicts, and a copy sends its changes with the next sync.
void MainWindow::applyBundle(const QString &path)
{
    setStatus(tr("Applying %1…").arg(QDir::toNativeSeparators(path)));
    using Applied = Result<ChangeBundle::Applied>;
    m_session->ask<Applied>(
        [path](CatalogueStore &store) { return ChangeBundle::apply(store, path); },
        [this, path](Applied applied) {
            if (!applied.ok()) {
                setStatus(applied.error().message);
                if (isVisible())
                    QMessageBox::warning(this, tr("Cannot apply the change bundle"),
                                         applied.error().message);
                return;
            }
            setStatus(tr("Applied %1: %2 changed, %3 already so, %4 in conflict")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(applied->changed)
                          .arg(applied->unchanged)
                          .arg(applied->conflicts));
            emit m_edits->changed();
            m_team->refresh();
            if (applied->conflicts > 0 && isVisible())
                m_team->reviewConflicts();
        });
}

} // namespace ssc
