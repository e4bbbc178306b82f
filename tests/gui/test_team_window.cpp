// File > Team Catalogue in the window, against a PostgreSQL server the test
// starts: the status-bar indicator, Sync Now, and the review of a conflict;
// and a change bundle applied through File > Import.
#include "PgTestSupport.h"
#include "WindowTestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/team/ChangeBundle.h"
#include "core/team/TeamSync.h"
#include "gui/CatalogueSession.h"
#include "gui/ConflictDialog.h"
#include "gui/MainWindow.h"
#include "gui/TeamCloneDialog.h"
#include "gui/TeamControl.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ssc;
using namespace ssc::test;

TEST_CASE("The window syncs a copy, shows what waits, and reviews a conflict", "[gui][team]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString id = QStringLiteral("cash-transfers-cop");
    auto [url, first] = publishFixture(dir);
    const QString secondPath = dir.filePath(QStringLiteral("second.ssccat"));
    {
        auto second = okValue(CatalogueStore::open(secondPath));
        REQUIRE(TeamSync::clone(url, *second).ok());
        Initiative in = okValue(second->initiative(id));
        in.status = QStringLiteral("completed");
        REQUIRE(CatalogueEditor(*second, QStringLiteral("Kofi")).edit(in).ok());
    }
    Initiative theirs = okValue(first->initiative(id));
    theirs.status = QStringLiteral("ongoing");
    REQUIRE(CatalogueEditor(*first, QStringLiteral("Ama")).edit(theirs).ok());
    REQUIRE(TeamSync::sync(*first).ok());

    MainWindow window;
    openIn(window, secondPath);
    QLabel *indicator = window.team()->indicator();
    REQUIRE(QTest::qWaitFor([&] { return indicator->isVisible(); }, 5000));
    CHECK(indicator->text().contains(QStringLiteral("1 change(s) waiting")));
    auto *sync = window.findChild<QAction *>(QStringLiteral("actionTeamSync"));
    REQUIRE(sync);
    REQUIRE(sync->isEnabled());
    CHECK(sync->shortcut() == QKeySequence(Qt::Key_F9));
    auto *review = window.findChild<QAction *>(QStringLiteral("actionTeamConflicts"));
    CHECK_FALSE(review->isEnabled());

    sync->trigger();
    REQUIRE(QTest::qWaitFor(
        [&] { return indicator->text().contains(QStringLiteral("1 conflict(s)")); }, 20000));
    CHECK(indicator->text().contains(QStringLiteral("Team: synced")));
    REQUIRE(review->isEnabled());
    review->trigger();
    ConflictDialog *dialog = window.team()->conflictDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog->table()->rowCount() == 1; }, 5000));
    CHECK(dialog->table()->item(0, 0)->text() == id);
    CHECK(dialog->table()->item(0, 1)->text() == QStringLiteral("status"));
    CHECK(dialog->table()->item(0, 2)->text() == QStringLiteral("completed"));
    CHECK(dialog->table()->item(0, 3)->text() == QStringLiteral("ongoing"));
    CHECK(dialog->table()->item(0, 4)->text() == QString::fromLatin1(PgServer::kOwner));

    dialog->table()->selectRow(0);
    dialog->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click();
    REQUIRE(QTest::qWaitFor([&] { return dialog->table()->rowCount() == 0; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return !indicator->text().contains(QStringLiteral("conflict")); },
                            5000));
    std::optional<QString> status;
    window.session()->ask<QString>(
        [id](CatalogueStore &store) {
            auto in = store.initiative(id);
            return in.ok() ? in->status : QString();
        },
        [&status](QString s) { status = s; });
    REQUIRE(QTest::qWaitFor([&] { return status.has_value(); }, 5000));
    CHECK(*status == QStringLiteral("ongoing"));
}

TEST_CASE("File > Import applies a change bundle; its conflict opens for review", "[gui][bundle]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString id = QStringLiteral("cash-transfers-cop");
    auto from = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("from.ssccat"))));
    REQUIRE(from->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
    Initiative theirs = okValue(from->initiative(id));
    theirs.status = QStringLiteral("ongoing");
    theirs.results = QStringLiteral("Two peer exchanges");
    REQUIRE(CatalogueEditor(*from, QStringLiteral("Ama")).edit(theirs).ok());
    const QString file = dir.filePath(QStringLiteral("stick.json"));
    REQUIRE(ChangeBundle::write(*from, since, file).ok());

    const QString mine = fixtureCatalogue(dir);
    {
        auto store = okValue(CatalogueStore::open(mine));
        Initiative in = okValue(store->initiative(id));
        in.status = QStringLiteral("completed");
        REQUIRE(CatalogueEditor(*store, QStringLiteral("Kofi")).edit(in).ok());
    }
    MainWindow window;
    openIn(window, mine);
    window.importFile(file);
    // Results merged in, status in conflict: the review opens on it.
    REQUIRE(QTest::qWaitFor([&] { return window.team()->conflictDialog() != nullptr; }, 10000));
    ConflictDialog *dialog = window.team()->conflictDialog();
    REQUIRE(QTest::qWaitFor([&] { return dialog->table()->rowCount() == 1; }, 5000));
    CHECK(dialog->table()->item(0, 1)->text() == QStringLiteral("status"));
    CHECK(dialog->table()->item(0, 2)->text() == QStringLiteral("completed"));
    CHECK(dialog->table()->item(0, 3)->text() == QStringLiteral("ongoing"));
    CHECK(window.findChild<QAction *>(QStringLiteral("actionTeamConflicts"))->isEnabled());
    std::optional<Initiative> now;
    window.session()->ask<Initiative>(
        [id](CatalogueStore &store) {
            auto in = store.initiative(id); // on the catalogue's thread: no test macros
            return in.ok() ? *in : Initiative{};
        },
        [&now](Initiative in) { now = in; });
    REQUIRE(QTest::qWaitFor([&] { return now.has_value(); }, 5000));
    CHECK(now->results == QStringLiteral("Two peer exchanges"));
    CHECK(now->status == QStringLiteral("completed"));
}

TEST_CASE("Clone from the window with a password kept for the session only", "[gui][team]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto [url, first] = publishFixture(dir);

    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    // No password from the environment: only the one typed.
    qunsetenv("PGPASSWORD");
    auto *clone = window.findChild<QAction *>(QStringLiteral("actionTeamClone"));
    REQUIRE(clone);
    clone->trigger();
    TeamCloneDialog *dialog = window.team()->cloneDialog();
    REQUIRE(dialog);
    const QString copy = dir.filePath(QStringLiteral("copy.ssccat"));
    dialog->findChild<QLineEdit *>(QStringLiteral("teamUrl"))->setText(url);
    dialog->findChild<QLineEdit *>(QStringLiteral("teamPath"))->setText(copy);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("teamCloneStatus"));
    // Without the password: refused, said in one line, no file left.
    dialog->findChild<QLineEdit *>(QStringLiteral("teamPassword"))
        ->setText(QStringLiteral("wrong"));
    dialog->start();
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isRunning(); }, 20000));
    CHECK(status->text().startsWith(QStringLiteral("Cannot connect")));
    CHECK_FALSE(QFileInfo::exists(copy));
    dialog->findChild<QLineEdit *>(QStringLiteral("teamPassword"))
        ->setText(QString::fromLatin1(PgServer::kPassword));
    QSignalSpy opened(&window, &MainWindow::catalogueOpened);
    dialog->start();
    REQUIRE(opened.wait(20000));
    CHECK(opened.at(0).at(0).toString() == copy);
    QLabel *indicator = window.team()->indicator();
    REQUIRE(QTest::qWaitFor([&] { return indicator->isVisible(); }, 5000));
    // The session's password serves the syncs.
    window.findChild<QAction *>(QStringLiteral("actionTeamSync"))->trigger();
    REQUIRE(QTest::qWaitFor(
        [&] { return indicator->text().contains(QStringLiteral("Team: synced")); }, 20000));
    qputenv("PGPASSWORD", PgServer::kPassword);
}
