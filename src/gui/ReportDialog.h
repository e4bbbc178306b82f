#pragma once

#include "ReportTask.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class QPushButton;

#include <memory>

namespace Ui {
class ReportDialog;
}

namespace ssc {

// File > Export Report: format, file, which initiatives (the filter, the
// selected rows or the whole catalogue), title, sections and paper; a
// preview for PDF and HTML; progress with cancel while a large report is
// made on a thread of its own; on success, an offer to open the file or its
// folder. Choices are remembered for next time.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // What the window holds when the dialog opens.
    struct Context
    {
        QString cataloguePath;
        QString catalogueName;
        CatalogueFilter filter;
        SortOrder sort;
        std::vector<int> selectedRows;
        qint64 filteredCount = 0;
        qint64 catalogueCount = 0;
        QString filterTitle; // the filter in words (ReportBuilder::titleFor)
    };

    explicit ReportDialog(Context context, QWidget *parent = nullptr);
    ~ReportDialog() override;
    // The title used when none is typed, for the chosen initiatives.
    QString defaultTitle() const;

    // The request the dialog's fields describe (for preview: no output).
    ReportRequest request(bool preview = false) const;
    bool isWorking() const { return m_task != nullptr; }
    // The message shown after a successful export, while it is open.
    QMessageBox *doneMessage() const { return m_done; }
    // The preview window, while it is open.
    QWidget *previewWindow() const { return m_preview; }

public slots:
    void exportReport();
    void preview();
    void reject() override;

signals:
    void exported(const QString &path);
    void failed(const QString &message);
    void previewShown();

private:
    void chooseFile();
    void formatChanged();
    void updateButtons();
    void run(ReportRequest request);
    void taskFinished(bool ok, const QString &message);
    void showPreview(const std::shared_ptr<Report> &report, ReportFormat format);
    void showDone(const QString &path, qint64 initiatives);
    void setWorking(bool working);
    void saveChoices() const;
    ReportFormat format() const;

    std::unique_ptr<Ui::ReportDialog> m_ui;
    Context m_context;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    ReportTask *m_task = nullptr;
    QString m_confirmed; // a file the file dialog has asked to replace
    QPointer<QMessageBox> m_done;
    QPointer<QWidget> m_preview;
};

} // namespace ssc
