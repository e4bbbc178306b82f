// Saved searches in the window: save the current filters and search under a
// name, apply, rename and delete; they are kept in the catalogue file.
#include "WindowTestSupport.h"

#include "gui/InitiativeTableModel.h"
#include "gui/SavedSearchesPane.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTimer>

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
