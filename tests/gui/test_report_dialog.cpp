// File > Export Report, driven through its widgets on the offscreen platform.
#include "WindowTestSupport.h"

#include "core/generator/CatalogueGenerator.h"
#include "gui/CatalogueSession.h"
#include "gui/FacetModel.h"
#include "gui/FilterPanel.h"
#include "gui/InitiativeTableModel.h"
#include "gui/MainWindow.h"
#include "gui/Preferences.h"
#include "gui/ReportDialog.h"
#include "report/Report.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <nlohmann/json.hpp>

using namespace ssc;
using namespace ssc::test;
using nlohmann::json;

namespace {

ReportDialog *openDialog(MainWindow &window)
{
    // The File menu's action, by its shortcut.
    auto *action = window.findChild<QAction *>(QStringLiteral("actionExportReport"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+E")));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&window] { return window.reportDialog() != nullptr; }, 5000));
    ReportDialog *dialog = window.reportDialog();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

void chooseFormat(ReportDialog *dialog, const char *suffix)
{
    auto *combo = child<QComboBox>(dialog, "formatCombo");
    const int i = combo->findData(QString::fromLatin1(suffix));
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

QPushButton *button(ReportDialog *dialog, QDialogButtonBox::StandardButton which)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(which);
}

QPushButton *previewButton(ReportDialog *dialog)
{
    for (QAbstractButton *b : child<QDialogButtonBox>(dialog, "buttonBox")->buttons()) {
        if (b->text().remove(u'&') == QStringLiteral("Preview"))
            return qobject_cast<QPushButton *>(b);
    }
    FAIL("no Preview button");
    return nullptr;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

json readJson(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return json::parse(f.readAll().toStdString());
}

// Exports with the dialog's Export button and waits for the end.
void exportAndWait(ReportDialog *dialog)
{
    QSignalSpy exported(dialog, &ReportDialog::exported);
    QSignalSpy failed(dialog, &ReportDialog::failed);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, 60000));
    INFO(child<QLabel>(dialog, "statusLabel")->text().toStdString());
    REQUIRE(failed.isEmpty());
}

} // namespace

TEST_CASE("Export Report writes exactly what the filter or selection holds", "[gui][report]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = generatedCatalogue(dir, 5, 400);
    MainWindow window;
    openIn(window, path);
    auto *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));

    // Narrow to one programme area, as a user would, then Ctrl+E.
    FilterPanel *panel = window.filterPanel();
    const QString area =
        panel->modelFor(Facet::ProgrammeArea)->index(0, 0).data(FacetModel::ValueRole).toString();
    REQUIRE(!area.isEmpty());
    CatalogueFilter f;
    f.programmeAreas = {area};
    panel->setFilter(f);
    emit panel->filterChanged();
    settle(window);
    const qint64 filtered = window.resultsModel()->total();
    REQUIRE(filtered > 0);
    REQUIRE(filtered < 400);

    SECTION("the current filter, as JSON; the choices are remembered")
    {
        ReportDialog *dialog = openDialog(window);
        CHECK(child<QRadioButton>(dialog, "scopeFilter")->isChecked());
        CHECK(
            child<QRadioButton>(dialog, "scopeFilter")->text().contains(QString::number(filtered)));
        CHECK_FALSE(child<QRadioButton>(dialog, "scopeSelection")->isEnabled());
        chooseFormat(dialog, "json");
        // Data formats list every initiative; the extension follows the format.
        CHECK(child<QSpinBox>(dialog, "listLimitSpin")->value() == 0);
        const QString out = dir.filePath(QStringLiteral("filtered.json"));
        child<QLineEdit>(dialog, "fileEdit")->setText(out);
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Area briefing"));
        exportAndWait(dialog);

        const json report = readJson(out);
        CHECK(report["title"] == "Area briefing");
        CHECK(report["headline"]["initiatives"] == filtered);
        CHECK(report["initiatives"].size() == std::size_t(filtered));
        CHECK(QString::fromStdString(report["scope"].get<std::string>())
                  .startsWith(QStringLiteral("Programme area: ")));
        // The list is in the window's order: the first row comes first.
        CHECK(report["initiatives"][0]["id"] ==
              window.resultsModel()->initiativeId(0).toStdString());

        // Then the offer to open the file or its folder; Close ends the dialog.
        QMessageBox *done = dialog->doneMessage();
        REQUIRE(done);
        CHECK(done->text().contains(QFileInfo(out).fileName()));
        QStringList labels;
        for (QAbstractButton *b : done->buttons())
            labels << b->text().remove(u'&');
        CHECK(labels.contains(QStringLiteral("Open File")));
        CHECK(labels.contains(QStringLiteral("Open Folder")));
        QPointer<ReportDialog> closing = dialog;
        done->button(QMessageBox::Close)->click();
        REQUIRE(QTest::qWaitFor([&] { return closing.isNull(); }, 5000));

        ReportDialog *again = openDialog(window);
        CHECK(child<QComboBox>(again, "formatCombo")->currentData().toString() == "json");
        CHECK(QFileInfo(child<QLineEdit>(again, "fileEdit")->text()).absolutePath() ==
              QFileInfo(out).absolutePath());
        again->reject();
    }

    SECTION("selected rows, as CSV")
    {
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        const QStringList chosen = {window.resultsModel()->initiativeId(0),
                                    window.resultsModel()->initiativeId(1),
                                    window.resultsModel()->initiativeId(2)};
        ReportDialog *dialog = openDialog(window);
        // Several rows selected: the selection is offered first.
        CHECK(child<QRadioButton>(dialog, "scopeSelection")->isChecked());
        chooseFormat(dialog, "json");
        const QString out = dir.filePath(QStringLiteral("selected.json"));
        child<QLineEdit>(dialog, "fileEdit")->setText(out);
        exportAndWait(dialog);
        const json report = readJson(out);
        CHECK(report["headline"]["initiatives"] == 3);
        REQUIRE(report["initiatives"].size() == 3);
        for (int i = 0; i < 3; ++i)
            CHECK(report["initiatives"][i]["id"] == chosen[i].toStdString());
        CHECK(QString::fromStdString(report["scope"].get<std::string>())
                  .startsWith(QStringLiteral("3 selected from: Programme area: ")));
        dialog->doneMessage()->button(QMessageBox::Close)->click();
    }

    SECTION("the whole catalogue, as PDF; a folder that does not exist is refused")
    {
        ReportDialog *dialog = openDialog(window);
        chooseFormat(dialog, "pdf");
        CHECK(child<QSpinBox>(dialog, "listLimitSpin")->value() == 1000);
        child<QRadioButton>(dialog, "scopeCatalogue")->click();
        const QString missing = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        child<QLineEdit>(dialog, "fileEdit")->setText(missing);
        QSignalSpy failed(dialog, &ReportDialog::failed);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        REQUIRE(failed.size() == 1);
        CHECK(child<QLabel>(dialog, "statusLabel")
                  ->text()
                  .contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(missing));

        // The logo and the introduction come from Preferences.
        QImage logo(120, 40, QImage::Format_RGB32);
        logo.fill(Qt::darkCyan);
        const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
        REQUIRE(logo.save(logoPath));
        const Preferences before = Preferences::load();
        Preferences preferences = before;
        preferences.reportLogo = logoPath;
        preferences.reportIntroduction = QStringLiteral("A word to our partners.");
        preferences.save();
        // Put back however this section ends (a failed REQUIRE included).
        const auto restore = qScopeGuard([&before] { before.save(); });
        const QString out = dir.filePath(QStringLiteral("whole.pdf"));
        child<QLineEdit>(dialog, "fileEdit")->setText(out);
        exportAndWait(dialog);
        const QString text = pdfText(out);
        CHECK(text.contains(QStringLiteral("All initiatives in the catalogue")));
        // The first headline figure, right after the scope, is the count
        // (not any "400" that an amount or a year might hold).
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const qsizetype scope =
            lines.indexOf(QStringLiteral("Scope: All initiatives in the catalogue"));
        REQUIRE(scope >= 0);
        REQUIRE(scope + 1 < lines.size());
        CHECK(lines[scope + 1] == QStringLiteral("400"));
        CHECK(lines.indexOf(QStringLiteral("Initiatives"), scope) > scope + 1);
        CHECK(text.section(QLatin1Char('\f'), 0, 0)
                  .contains(QStringLiteral("A word to our partners.")));
        // The logo: charts and map are vectors.
        CHECK(pdfImageCount(out) == 1);
        dialog->doneMessage()->button(QMessageBox::Close)->click();
    }

    SECTION("previews of the PDF and the HTML")
    {
        ReportDialog *dialog = openDialog(window);
        chooseFormat(dialog, "pdf");
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Preview title"));
        QSignalSpy shown(dialog, &ReportDialog::previewShown);
        dialog->preview();
        REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 30000));
        CHECK(qobject_cast<QPrintPreviewDialog *>(dialog->previewWindow()));
        dialog->previewWindow()->close();

        chooseFormat(dialog, "html");
        dialog->preview();
        REQUIRE(QTest::qWaitFor([&] { return shown.size() == 2; }, 30000));
        auto *browser = dialog->previewWindow()->findChild<QTextBrowser *>();
        REQUIRE(browser);
        CHECK(browser->toPlainText().contains(QStringLiteral("Preview title")));
        CHECK(browser->toPlainText().contains(QStringLiteral("Programme area: ")));
        dialog->previewWindow()->close();
        // Markdown has no preview.
        CHECK(previewButton(dialog)->isEnabled());
        chooseFormat(dialog, "md");
        CHECK_FALSE(previewButton(dialog)->isEnabled());
        dialog->reject();
    }
}

TEST_CASE("Cancelling an export leaves no file behind", "[gui][report]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = generatedCatalogue(dir, 7, 20000);
    MainWindow window;
    openIn(window, path);
    // A catalogue this large builds its index in the background: the report
    // starts once it is there, as a user would see it, not racing the build.
    REQUIRE(QTest::qWaitFor(
        [&] { return window.session()->indexState() == CatalogueSession::IndexState::Ready; },
        60000));
    settle(window);
    ReportDialog *dialog = openDialog(window);
    chooseFormat(dialog, "xlsx");
    const QString out = dir.filePath(QStringLiteral("cancelled.xlsx"));
    child<QLineEdit>(dialog, "fileEdit")->setText(out);
    QSignalSpy failed(dialog, &ReportDialog::failed);
    QSignalSpy exported(dialog, &ReportDialog::exported);
    // What is written beside the catalogue and its index (left out, with
    // SQLite's files beside it).
    auto written = [&dir] {
        QStringList files;
        for (const QFileInfo &f : QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden)) {
            if (!f.fileName().startsWith(QStringLiteral("generated")) && f.size() > 0)
                files << f.fileName();
        }
        return files;
    };
    REQUIRE(QFileInfo(path).fileName().startsWith(QStringLiteral("generated")));
    REQUIRE(written().isEmpty());
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog->isWorking());
    CHECK_FALSE(child<QLineEdit>(dialog, "fileEdit")->isEnabled());
    // Cancelled once something is on disk (the list kept beside the output,
    // or the partial file), so that there is something to take away.
    REQUIRE(QTest::qWaitFor([&] { return !written().isEmpty() || !exported.isEmpty(); }, 60000));
    INFO("on disk when cancelled: " << written().join(QStringLiteral(", ")).toStdString());
    REQUIRE(exported.isEmpty());
    // Cancel (Escape) stops the report instead of closing the dialog.
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(dialog->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 60000));
    CHECK(child<QLabel>(dialog, "statusLabel")->text() ==
          QStringLiteral("Cancelled: no file was written."));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".part")));
    CHECK(written().isEmpty());
    CHECK(exported.isEmpty());
    CHECK(child<QLineEdit>(dialog, "fileEdit")->isEnabled());
    // A second Escape closes it.
    QPointer<ReportDialog> closing = dialog;
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return closing.isNull(); }, 5000));
}

TEST_CASE("Export Report defaults to a folder that exists and to words from the filter",
          "[gui][report]")
{
    QSettings().clear();
    QTemporaryDir dir;
    // The folder used last time is gone.
    QSettings().setValue(QStringLiteral("report/folder"), dir.filePath(QStringLiteral("gone")));
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    tick(window.filterPanel(), Facet::ProgrammeArea, QStringLiteral("health"));
    settle(window);
    auto *role = qobject_cast<QComboBox *>(window.filterPanel()->roleChooser());
    role->setCurrentIndex(role->findData(QStringLiteral("recipient")));
    settle(window);

    ReportDialog *dialog = openDialog(window);
    auto *title = child<QLineEdit>(dialog, "titleEdit");
    const QString file = child<QLineEdit>(dialog, "fileEdit")->text();
    CHECK(QFileInfo(QFileInfo(file).absolutePath()).isDir());
    CHECK(QFileInfo(file).fileName() ==
          QStringLiteral("health-initiatives-with-any-recipient.pdf"));
    CHECK(title->text().isEmpty());
    CHECK(title->placeholderText() == QStringLiteral("Health initiatives with any recipient"));
    CHECK(dialog->request().options.title ==
          QStringLiteral("Health initiatives with any recipient"));
    // The whole catalogue is not the filter: the general title again.
    child<QRadioButton>(dialog, "scopeCatalogue")->setChecked(true);
    CHECK(title->placeholderText() == ReportBuilder::defaultTitle());
    title->setText(QStringLiteral("Typed"));
    CHECK(dialog->request().options.title == QStringLiteral("Typed"));
    dialog->reject();
}
