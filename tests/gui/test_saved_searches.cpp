// Saved searches in the window: save the current filters and search under a
// name, apply, rename and delete; they are kept in the catalogue file and
// travel in a catalogue file exported from the window.
#include "WindowTestSupport.h"

#include "gui/CatalogueEdits.h"
#include "gui/CatalogueSession.h"
#include "gui/ImportDialog.h"
#include "gui/InitiativeTableModel.h"
#include "gui/SavedSearchesPane.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>

#include <nlohmann/json.hpp>

using namespace ssc;
using namespace ssc::test;

namespace {

// Types text into the next input dialog and accepts it.
void answerNextInput(const QString &text)
{
    QTimer::singleShot(0, [text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->setTextValue(text);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("Saved searches: save, apply, rename, and they stay with the catalogue", "[gui][saved]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    auto window = std::make_unique<MainWindow>();
    openIn(*window, path);
    auto *pane = window->findChild<SavedSearchesPane *>();
    REQUIRE(pane);
    CHECK(pane->searches().empty());

    // Filter by a status and a word; save it as "Ongoing health".
    tick(window->filterPanel(), Facet::Status, QStringLiteral("ongoing"));
    settle(*window);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("HIV"));
    QTest::keyClick(search, Qt::Key_Return);
    settle(*window);
    const qint64 shown = window->resultsModel()->total();
    answerNextInput(QStringLiteral("Ongoing health"));
    window->findChild<QAction *>(QStringLiteral("actionSaveSearch"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return pane->searches().size() == 1; }, 5000));
    CHECK(pane->searches()[0].name == QStringLiteral("Ongoing health"));
    CHECK(pane->searches()[0].filter.text == QStringLiteral("HIV"));

    // Clear everything, then apply the saved search from the list.
    window->findChild<QAction *>(QStringLiteral("actionClearAll"))->trigger();
    settle(*window);
    CHECK(window->resultsModel()->total() == 6);
    pane->list()->setCurrentRow(0);
    emit pane->list()->itemActivated(pane->list()->item(0));
    settle(*window);
    CHECK(window->resultsModel()->total() == shown);
    CHECK(search->text() == QStringLiteral("HIV"));
    CHECK(window->shownFilter().statuses == QStringList{QStringLiteral("ongoing")});

    // Rename; the next window on the same file has it under the new name.
    emit pane->renameRequested(QStringLiteral("Ongoing health"), QStringLiteral("HIV, ongoing"));
    REQUIRE(QTest::qWaitFor(
        [&] { return pane->searches()[0].name == QStringLiteral("HIV, ongoing"); }, 5000));
    window.reset();
    MainWindow again;
    openIn(again, path);
    auto *paneAgain = again.findChild<SavedSearchesPane *>();
    REQUIRE(QTest::qWaitFor([&] { return paneAgain->searches().size() == 1; }, 5000));
    CHECK(paneAgain->searches()[0].name == QStringLiteral("HIV, ongoing"));
    emit paneAgain->removeRequested(QStringLiteral("HIV, ongoing"));
    REQUIRE(QTest::qWaitFor([&] { return paneAgain->searches().empty(); }, 5000));
}

TEST_CASE("Saved searches and history travel in a catalogue file exported from the window",
          "[gui][saved]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("shared.json"));
    {
        MainWindow window;
        openIn(window, fixtureCatalogue(dir));
        auto *pane = window.findChild<SavedSearchesPane *>();
        tick(window.filterPanel(), Facet::Status, QStringLiteral("ongoing"));
        settle(window);
        answerNextInput(QStringLiteral("Ongoing"));
        window.findChild<QAction *>(QStringLiteral("actionSaveSearch"))->trigger();
        REQUIRE(QTest::qWaitFor([&] { return pane->searches().size() == 1; }, 5000));
        // A change for the history to carry.
        window.edits()->remove({QStringLiteral("wash-asia-conference")}, false);
        REQUIRE(QTest::qWaitFor([&] { return window.edits()->undoStack()->count() == 1; }, 5000));
        QAction *exportAction =
            window.findChild<QAction *>(QStringLiteral("actionExportCatalogue"));
        REQUIRE(exportAction);
        CHECK(exportAction->isEnabled());
        QSignalSpy written(&window, &MainWindow::catalogueExported);
        window.exportCatalogueFileTo(exported);
        REQUIRE(written.wait(10000));
    }
    // An independent reader finds a valid catalogue file with the search
    // and the history (the delete) in it.
    QProcess validate;
    validate.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral(SSC_TEST_FIXTURES "/../validate_schema.py"),
                    QStringLiteral(SSC_DATA_DIR "/catalogue.schema.json"), exported});
    REQUIRE(validate.waitForFinished(60000));
    INFO(validate.readAllStandardOutput().toStdString());
    CHECK(validate.exitCode() == 0);
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto json = nlohmann::json::parse(file.readAll().toStdString());
    REQUIRE(json["savedSearches"].size() == 1);
    CHECK(json["savedSearches"][0]["name"] == "Ongoing");
    REQUIRE(json.contains("history"));
    REQUIRE(json["history"].size() == 1);
    CHECK(json["history"][0]["action"] == "delete");
    CHECK(json["history"][0]["snapshot"]["title"] == "Regional WASH conference");

    // Another office imports it into its own catalogue: the search is there.
    const QString theirs = dir.filePath(QStringLiteral("theirs.ssccat"));
    okValue(CatalogueStore::open(theirs));
    MainWindow window;
    openIn(window, theirs);
    auto *pane = window.findChild<SavedSearchesPane *>();
    CHECK(pane->searches().empty());
    window.importFile(exported);
    REQUIRE(QTest::qWaitFor([&] { return window.importDialog() != nullptr; }, 5000));
    ImportDialog *dialog = window.importDialog();
    REQUIRE(
        QTest::qWaitFor([&] { return dialog->stage() == ImportDialog::Stage::Checked; }, 30000));
    dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    REQUIRE(QTest::qWaitFor([&] { return dialog->stage() == ImportDialog::Stage::Done; }, 30000));
    dialog->close();
    REQUIRE(QTest::qWaitFor([&] { return pane->searches().size() == 1; }, 10000));
    CHECK(pane->searches()[0].name == QStringLiteral("Ongoing"));
    CHECK(pane->searches()[0].filter.statuses == QStringList{QStringLiteral("ongoing")});

    // The history came too: the deleted record can be restored here.
    CatalogueStore::HistoryQuery deleted{QStringLiteral("wash-asia-conference"), {}, 5};
    using Entries = Result<std::vector<ChangeRecord>>;
    std::optional<Entries> entries;
    window.session()->ask<Entries>(
        [deleted](CatalogueStore &store) { return store.history(deleted); },
        [&entries](Entries e) { entries = std::move(e); });
    REQUIRE(QTest::qWaitFor([&] { return entries.has_value(); }, 5000));
    const auto carried = okValue(std::move(*entries));
    REQUIRE(carried.size() == 1);
    CHECK(carried.front().action == ChangeRecord::Action::Delete);

    // View > Saved Searches lists it too, and applies it.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuSavedSearches"));
    REQUIRE(menu);
    REQUIRE(menu->isEnabled());
    REQUIRE(menu->actions().size() == 1);
    CHECK(menu->actions()[0]->text() == QStringLiteral("Ongoing"));
    menu->actions()[0]->trigger();
    settle(window);
    CHECK(window.shownFilter().statuses == QStringList{QStringLiteral("ongoing")});
}
