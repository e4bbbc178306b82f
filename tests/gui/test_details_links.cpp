// Names in the details pane filter by what they show: the country in the
// role it has in that initiative, replacing the pane's selection (Ctrl+click
// adds), and the initiative being read stays selected.
#include "WindowTestSupport.h"

#include "core/catalogue/DefaultCatalogue.h"
#include "gui/InitiativeDetailsView.h"
#include "gui/InitiativeTableModel.h"

#include <QComboBox>
#include <QSettings>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>

using namespace ssc;
using namespace ssc::test;

namespace {

// Clicks the link whose text starts with name in the details pane.
void clickLink(InitiativeDetailsView *details, const QString &name,
               Qt::KeyboardModifiers modifiers = {})
{
    // The first occurrence that is a link (the title may hold the name too).
    QTextCursor link = details->document()->find(name);
    while (!link.isNull()) {
        QTextCursor inside = link;
        inside.setPosition(link.selectionStart() + 1);
        if (inside.charFormat().isAnchor())
            break;
        link = details->document()->find(name, link);
    }
    REQUIRE_FALSE(link.isNull());
    link.setPosition(link.selectionStart() + 1);
    QTest::mouseClick(details->viewport(), Qt::LeftButton, modifiers,
                      details->cursorRect(link).center());
}

// Selects the result row of this initiative and waits for its details.
void read(MainWindow &window, QTableView *table, InitiativeDetailsView *details, const QString &id,
          const QString &shows)
{
    auto *model = qobject_cast<InitiativeTableModel *>(table->model());
    REQUIRE(model);
    const int row = model->rowOf(id);
    REQUIRE(row >= 0);
    table->setCurrentIndex(model->index(row, 0));
    REQUIRE(QTest::qWaitFor([&] { return details->toPlainText().contains(shows); }));
    settle(window);
}

QString readingId(QTableView *table)
{
    auto *model = qobject_cast<InitiativeTableModel *>(table->model());
    return table->currentIndex().isValid() ? model->initiativeId(table->currentIndex().row())
                                           : QString();
}

} // namespace

TEST_CASE("A link in the details filters by what it shows and keeps the initiative read",
          "[gui][links]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    auto *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));
    auto *details = window.findChild<InitiativeDetailsView *>(QStringLiteral("detailsView"));
    FilterPanel *panel = window.filterPanel();
    REQUIRE(table);
    REQUIRE(details);

    // Recipient: Ethiopia, and reading an initiative where Cuba provides.
    tick(panel, Facet::Country, QStringLiteral("ET"));
    settle(window);
    auto *role = qobject_cast<QComboBox *>(panel->roleChooser());
    role->setCurrentIndex(role->findData(QStringLiteral("recipient")));
    settle(window);
    CHECK(table->model()->rowCount() == 2);
    read(window, table, details, QStringLiteral("emtct-cuba-ethiopia"), QStringLiteral("Cuba"));

    SECTION("a click filters by the country in its role here, replacing the pane's selection")
    {
        clickLink(details, QStringLiteral("Cuba"));
        settle(window);
        CHECK(window.shownFilter().countries == QStringList{QStringLiteral("CU")});
        CHECK(window.shownFilter().countryRole == QStringLiteral("provider"));
        CHECK(window.chipTexts() == QStringList{QStringLiteral("Provider: Cuba  ×")});
        CHECK(table->model()->rowCount() == 1);
        // Still reading the same initiative, still selected.
        CHECK(readingId(table) == QStringLiteral("emtct-cuba-ethiopia"));
        REQUIRE(QTest::qWaitFor([&] { return details->toPlainText().contains("Cuba"); }));
    }

    SECTION("Ctrl+click adds a value of the same role as an alternative")
    {
        read(window, table, details, QStringLiteral("mnch-china-uganda"), QStringLiteral("Uganda"));
        clickLink(details, QStringLiteral("Uganda"), Qt::ControlModifier);
        settle(window);
        QStringList countries = window.shownFilter().countries;
        countries.sort();
        CHECK(countries == QStringList{QStringLiteral("ET"), QStringLiteral("UG")});
        CHECK(window.shownFilter().countryRole == QStringLiteral("recipient"));
        CHECK(readingId(table) == QStringLiteral("mnch-china-uganda"));
    }

    SECTION("Ctrl+click in another role cannot be an alternative, so it replaces")
    {
        read(window, table, details, QStringLiteral("mnch-china-uganda"), QStringLiteral("China"));
        clickLink(details, QStringLiteral("China"), Qt::ControlModifier);
        settle(window);
        CHECK(window.shownFilter().countries == QStringList{QStringLiteral("CN")});
        CHECK(window.shownFilter().countryRole == QStringLiteral("provider"));
    }
}

TEST_CASE("A source with no address is said to be an offline copy", "[gui][sources]")
{
    const auto bundled = DefaultCatalogue::bundledContent();
    REQUIRE(bundled.ok());
    auto store = storeWith(*bundled);
    const Initiative in = okValue(store->initiative(QStringLiteral("sscaf-lebanon-somalia-2017")));
    QTextDocument document;
    document.setHtml(InitiativeDetailsView::htmlFor(*store, in));
    const QString text = document.toPlainText();
    CHECK(text.contains(QStringLiteral("offline copy: 000_cecbec05dffba7fb.txt")));
    CHECK(text.contains(QStringLiteral("offline copy: 002_fa21434d53db62cb.txt")));
}

TEST_CASE("The details' programme area and funding source links filter by them", "[gui][links]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    auto *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));
    auto *details = window.findChild<InitiativeDetailsView *>(QStringLiteral("detailsView"));
    REQUIRE(table);
    REQUIRE(details);
    CHECK(table->model()->rowCount() == 6);
    read(window, table, details, QStringLiteral("mnch-china-uganda"), QStringLiteral("Nutrition"));

    // The expected rows are read off tests/fixtures/small-catalogue.json.
    auto shownIds = [&] {
        auto *model = qobject_cast<InitiativeTableModel *>(table->model());
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->initiativeId(row);
        ids.sort();
        return ids;
    };

    SECTION("a programme area: its id, and only the initiatives in it")
    {
        clickLink(details, QStringLiteral("Nutrition"));
        settle(window);
        CHECK(window.shownFilter().programmeAreas == QStringList{QStringLiteral("nutrition")});
        CHECK(window.shownFilter().countries.isEmpty());
        REQUIRE(window.chipTexts().size() == 1);
        CHECK(window.chipTexts().front().contains(QStringLiteral("Nutrition")));
        CHECK(shownIds() == QStringList{QStringLiteral("mnch-china-uganda")});
        CHECK(readingId(table) == QStringLiteral("mnch-china-uganda"));
    }

    SECTION("a funding source: its organisation, and the initiatives it funds")
    {
        clickLink(details, QStringLiteral("South-South Cooperation Assistance Fund"));
        settle(window);
        CHECK(window.shownFilter().fundingSources == QStringList{QStringLiteral("sscaf")});
        CHECK(window.shownFilter().partners.isEmpty());
        REQUIRE(window.chipTexts().size() == 1);
        CHECK(window.chipTexts().front().contains(QStringLiteral("SSCAF")));
        CHECK(shownIds() == QStringList{QStringLiteral("emtct-cuba-ethiopia"),
                                        QStringLiteral("mnch-china-uganda")});
        CHECK(readingId(table) == QStringLiteral("mnch-china-uganda"));
    }

    SECTION("a partner: the organisation, not the funding source of the same name")
    {
        clickLink(details, QStringLiteral("United Nations Children"));
        settle(window);
        CHECK(window.shownFilter().partners == QStringList{QStringLiteral("unicef")});
        CHECK(window.shownFilter().fundingSources.isEmpty());
        CHECK(shownIds() == QStringList{QStringLiteral("brazil-sao-tome-ecd"),
                                        QStringLiteral("cash-transfers-cop"),
                                        QStringLiteral("emtct-cuba-ethiopia"),
                                        QStringLiteral("mnch-china-uganda"),
                                        QStringLiteral("wash-asia-conference")});
    }
}
