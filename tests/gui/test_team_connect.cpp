// File > Team Catalogue > Connect and the server's notices, against a
// PostgreSQL server the test starts: a sync without a password opens the
// connect dialog; the password is kept in ~/.pgpass where the system has no
// keychain; once synced, the window hears another copy's change at once and
// offers to sync.
#include "PgTestSupport.h"
#include "WindowTestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/team/PgPassFile.h"
#include "core/team/TeamSync.h"
#include "gui/MainWindow.h"
#include "gui/TeamConnectDialog.h"
#include "gui/TeamControl.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace ssc;
using namespace ssc::test;

TEST_CASE("Connect asks for the password, keeps it in ~/.pgpass, and the window hears the team",
          "[gui][team]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString id = QStringLiteral("cash-transfers-cop");
    auto [url, first] = publishFixture(dir);
    const QString secondPath = dir.filePath(QStringLiteral("second.ssccat"));
    REQUIRE(TeamSync::cloneTo(url, secondPath).ok());

    // No password from the environment, a password file of the test's own,
    // and no keychain to reach (no session bus).
    const QString passFile = dir.filePath(QStringLiteral("pgpass"));
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", passFile.toUtf8());
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ssc-test-bus");

    MainWindow window;
    openIn(window, secondPath);
    TeamControl *team = window.team();
    REQUIRE(QTest::qWaitFor([&] { return team->indicator()->isVisible(); }, 5000));
    auto *connectAction = window.findChild<QAction *>(QStringLiteral("actionTeamConnect"));
    REQUIRE(connectAction);
    CHECK(connectAction->isEnabled());

    // The sync finds no password: the connect dialog opens and says why.
    window.findChild<QAction *>(QStringLiteral("actionTeamSync"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return team->connectDialog() != nullptr; }, 20000));
    TeamConnectDialog *dialog = team->connectDialog();
    auto *reason = dialog->findChild<QLabel *>(QStringLiteral("teamConnectReason"));
    CHECK(reason->text().startsWith(QStringLiteral("The team catalogue's server asks for your")));
    CHECK(reason->text().contains(QStringLiteral("Cannot connect to the team catalogue")));
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("teamConnectUser"))->text() ==
          QString::fromLatin1(PgServer::kOwner));
    CHECK(dialog->findChild<QCheckBox *>(QStringLiteral("teamConnectRemember"))->isChecked());
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("teamConnectPassword"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("teamConnectStatus"));

    password->setText(QStringLiteral("wrong"));
    dialog->start();
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isRunning(); }, 20000));
    CHECK(status->text().startsWith(QStringLiteral("Cannot connect")));
    CHECK_FALSE(QFile::exists(passFile));

    QSignalSpy told(team, &TeamControl::told);
    password->setText(QString::fromLatin1(PgServer::kPassword));
    dialog->start();
    REQUIRE(QTest::qWaitFor([&] { return team->connectDialog() == nullptr; }, 20000));
    // No keychain here: kept in the password file, for the owner alone.
    REQUIRE(QFile::exists(passFile));
    CHECK(QFile(passFile).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(PgPassFile::find(okValue(TeamServer::address(url))) ==
          QString::fromLatin1(PgServer::kPassword));
    CHECK(told.size() >= 1);
    CHECK(told.at(0).at(0).toString().contains(passFile));
    // No password in the settings file.
    QSettings().sync();
    QFile settings(QSettings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        CHECK_FALSE(settings.readAll().contains(PgServer::kPassword));

    QLabel *indicator = team->indicator();
    REQUIRE(QTest::qWaitFor(
        [&] { return indicator->text().contains(QStringLiteral("Team: synced")); }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return team->isListening(); }, 20000));
    CHECK_FALSE(team->serverAhead());

    // Another copy changes a record and syncs: the window hears of it at once.
    Initiative in = okValue(first->initiative(id));
    in.status = QStringLiteral("completed");
    REQUIRE(CatalogueEditor(*first, QStringLiteral("Ama")).edit(in).ok());
    REQUIRE(TeamSync::sync(*first, QString::fromLatin1(PgServer::kPassword)).ok());
    REQUIRE(QTest::qWaitFor([&] { return team->serverAhead(); }, 10000));
    CHECK(indicator->text().contains(QStringLiteral("new changes on the server by ssc_owner")));
    CHECK(indicator->text().contains(QStringLiteral("Sync now")));

    // Taking them: the offer goes, and the window's own send is no news.
    QSignalSpy changed(team, &TeamControl::changed);
    window.findChild<QAction *>(QStringLiteral("actionTeamSync"))->trigger();
    REQUIRE(changed.wait(20000));
    REQUIRE(QTest::qWaitFor([&] { return !team->serverAhead(); }, 5000));
    CHECK_FALSE(indicator->text().contains(QStringLiteral("Sync now")));

    qputenv("PGPASSWORD", PgServer::kPassword);
    qunsetenv("PGPASSFILE");
    if (bus.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
}
