#pragma once

#include "core/io/CatalogueImport.h"
#include "core/io/format/ImportTypes.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

namespace Ui {
class ImportDialog;
}

namespace ssc {

class CatalogueImport;
class CatalogueSession;

// Imports one file into the open catalogue: checks the whole file with a
// progress bar (Cancel stops it), shows the report and any conflicts to
// resolve, writes everything in one transaction when the user says Import
// (Cancel still stops it and leaves the catalogue as it was), and offers to
// save the report. The work runs on the catalogue's own thread.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(CatalogueSession *session, const QString &path, ImportFormat format,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    enum class Stage
    {
        Checking,
        Checked,
        Writing,
        Done,
        Failed,
    };
    Stage stage() const { return m_stage; }
    QString reportText() const;
    // Ticks the conflict's "take theirs" box (tests, keyboard users alike).
    void setTakeTheirs(int conflict, bool take);
    void startImport();
    void saveReport(const QString &path);

    // What the import wrote, for its undo (after imported()).
    const CatalogueImport::Changes &changes() const { return m_import->changes(); }

signals:
    void stageChanged(ImportDialog::Stage stage);
    // After records were written: the window shows the catalogue anew.
    void imported();

protected:
    void reject() override;

private:
    void start();
    // Runs a pass of the import on the catalogue's thread with progress and
    // cancel, then done on this thread.
    void runPass(Status (CatalogueImport::*pass)(const std::function<bool(double)> &),
                 void (ImportDialog::*done)(const Status &));
    void checked(const Status &status);
    void written(const Status &status);
    void setStage(Stage stage);
    void showProgress(double done);
    void chooseReportFile();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    CatalogueSession *m_session;
    QString m_path;
    std::shared_ptr<CatalogueImport> m_import;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    Stage m_stage = Stage::Checking;
};

} // namespace ssc
