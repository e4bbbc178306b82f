// A large catalogue opens at once: the results come from SQL while the
// facet index is built in the background, with progress and Stop, and the
// panes fill in when it is ready, keeping what the user did meanwhile.
#include "WindowTestSupport.h"

#include "gui/CatalogueSession.h"
#include "gui/CatalogueViewState.h"
#include "gui/IndexStatus.h"
#include "gui/InitiativeTableModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>

#include <atomic>

using namespace ssc;
using namespace ssc::test;

using State = CatalogueSession::IndexState;

namespace {

// Holds the build at its first step until released.
struct Gate
{
    QSemaphore entered;
    QSemaphore release;
    std::atomic<bool> hold{true};
    BuildProgress::Report observer()
    {
        return [this](int, int) {
            if (hold.exchange(false)) {
                entered.release();
                release.acquire();
            }
            return true;
        };
    }
};

} // namespace

TEST_CASE("A large catalogue answers from SQL while its index is built, then from the index",
          "[gui][open]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = generatedCatalogue(dir, 5, 400);
    // The last time this catalogue was open, it was filtered to one status.
    CatalogueFilter saved;
    saved.statuses = {QStringLiteral("completed")};
    CatalogueViewState{saved, {}}.save(path);

    MainWindow window;
    Gate gate;
    window.session()->setBackgroundBuildFrom(100);
    window.session()->setBuildObserver(gate.observer());
    openIn(window, path);
    REQUIRE(gate.entered.tryAcquire(1, 20000));

    // Results without counts, under the saved filter, and panes that say why.
    CHECK(window.session()->indexState() == State::Building);
    const qint64 completed = window.resultsModel()->total();
    CHECK(completed > 0);
    CHECK(completed < 400);
    CHECK(window.shownFilter().statuses == saved.statuses);
    CHECK(window.chipTexts().size() == 1);
    CHECK_FALSE(window.findChild<QLabel *>(QStringLiteral("noFiltersLabel"))->isVisible());
    FilterPanel *panel = window.filterPanel();
    CHECK(panel->paneMessage() == IndexStatus::paneMessage(State::Building));
    CHECK(panel->modelFor(Facet::Country)->rowCount() == 0);
    auto *status = window.findChild<IndexStatus *>();
    REQUIRE(status);
    CHECK(status->isVisible());
    CHECK(status->progressBar()->isVisible());
    CHECK(status->actionButton()->text() == QStringLiteral("Stop"));

    // A search meanwhile is answered by SQL, within the saved filter.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("health"));
    QTest::keyClick(search, Qt::Key_Return);
    settle(window);
    const qint64 found = window.resultsModel()->total();
    CHECK(found <= completed);
    CHECK(window.shownFilter().text == QStringLiteral("health"));

    // Stop: the results stay, the panes say what it means.
    QTest::mouseClick(status->actionButton(), Qt::LeftButton);
    CHECK(window.session()->indexState() == State::Stopped);
    CHECK(panel->paneMessage() == IndexStatus::paneMessage(State::Stopped));
    CHECK(status->actionButton()->text() == QStringLiteral("Build index"));
    CHECK(window.resultsModel()->total() == found);
    gate.release.release();

    // Build again: the panes fill in, with counts, and the filter and the
    // search typed meanwhile are the ones still shown.
    QTest::mouseClick(status->actionButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window.session()->indexState() == State::Ready; }, 30000));
    settle(window);
    CHECK_FALSE(status->isVisible());
    CHECK(panel->paneMessage().isEmpty());
    CHECK(panel->modelFor(Facet::Country)->rowCount() > 0);
    CHECK(search->text() == QStringLiteral("health"));
    CHECK(window.shownFilter().statuses == saved.statuses);
    CHECK(window.resultsModel()->total() == found);
    const QModelIndex completedRow =
        panel->modelFor(Facet::Status)->indexOf(Facet::Status, QStringLiteral("completed"));
    CHECK(completedRow.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(completedRow.data(FacetModel::CountRole).toLongLong() == found);
}

TEST_CASE("A small catalogue has its index before the first answer", "[gui][open]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    CHECK(window.session()->indexState() == State::Ready);
    CHECK(window.filterPanel()->paneMessage().isEmpty());
    CHECK(window.filterPanel()->modelFor(Facet::Country)->rowCount() > 0);
    CHECK_FALSE(window.findChild<IndexStatus *>()->isVisible());
}

TEST_CASE("A damaged saved index is built again and the window says so until dismissed",
          "[gui][open][saved-index]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = generatedCatalogue(dir, 9, 400);
    // Opening once saves the index beside the catalogue.
    {
        MainWindow window;
        openIn(window, path);
        REQUIRE(window.session()->indexState() == State::Ready);
    }
    const QString facets = path + QStringLiteral(".facets");
    const QByteArray good = readAll(facets);
    REQUIRE(good.size() > 1000);
    // Opened at once (small) and built in the background (large).
    for (const qint64 backgroundFrom : {qint64(100000), qint64(100)}) {
        INFO("background build from " << backgroundFrom);
        QByteArray damaged = good;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x10);
        {
            QFile file(facets);
            REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            REQUIRE(file.write(damaged) == damaged.size());
        }
        MainWindow window;
        window.session()->setBackgroundBuildFrom(backgroundFrom);
        openIn(window, path);
        REQUIRE(
            QTest::qWaitFor([&] { return window.session()->indexState() == State::Ready; }, 20000));
        settle(window);
        auto *status = window.findChild<IndexStatus *>();
        REQUIRE(status);
        CHECK_FALSE(status->isHidden());
        auto *label = status->findChild<QLabel *>();
        CHECK(label->text().contains(QStringLiteral("damaged")));
        CHECK(label->text().contains(QStringLiteral("built again")));
        // Counts are right: they come from the index built again.
        CHECK(window.filterPanel()->paneMessage().isEmpty());
        CHECK(window.resultsModel()->total() == 400);
        // Read and dismissed.
        auto *button = status->findChild<QPushButton *>();
        CHECK(button->text() == QStringLiteral("Dismiss"));
        button->click();
        CHECK(status->isHidden());
        // The index rewritten verifies: the next open says nothing.
        window.close();
    }
    MainWindow window;
    openIn(window, path);
    CHECK(window.findChild<IndexStatus *>()->isHidden());
    CHECK(readAll(facets) != QByteArray());
}
