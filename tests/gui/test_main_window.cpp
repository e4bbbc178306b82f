// The browsing window, driven through its widgets on the offscreen platform.
#include "WindowTestSupport.h"

#include "core/generator/CatalogueGenerator.h"
#include "gui/FacetModel.h"
#include "gui/FilterPanel.h"
#include "gui/InitiativeDetailsView.h"
#include "gui/InitiativeTableModel.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace ssc;
using namespace ssc::test;

namespace {

qint64 countShown(FilterPanel *panel, Facet facet, const QString &value)
{
    return panel->modelFor(facet)->indexOf(facet, value).data(FacetModel::CountRole).toLongLong();
}

QString firstTitle(QTableView *table)
{
    return table->model()->index(0, InitiativeTableModel::Title).data().toString();
}

} // namespace

TEST_CASE("The window filters by facets, searches, shows chips and details", "[gui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    MainWindow window;
    openIn(window, path);

    auto *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    auto *details = window.findChild<InitiativeDetailsView *>(QStringLiteral("detailsView"));
    FilterPanel *panel = window.filterPanel();
    REQUIRE(table);
    REQUIRE(details);
    CHECK(table->model()->rowCount() == 6);
    CHECK(count->text() == QStringLiteral("6 of 6 initiatives"));
    CHECK(window.chipTexts().isEmpty());
    auto *noFilters = window.findChild<QLabel *>(QStringLiteral("noFiltersLabel"));
    REQUIRE(noFilters);
    CHECK(noFilters->isVisible());
    // The country pane is a tree: Africa > Sub-Saharan Africa > Ethiopia.
    const QModelIndex ethiopia = panel->modelFor(Facet::Country)->indexOf(Facet::Country, "ET");
    CHECK(ethiopia.parent().data().toString() == QStringLiteral("Sub-Saharan Africa"));
    CHECK(ethiopia.parent().parent().data().toString() == QStringLiteral("Africa"));
    CHECK(countShown(panel, Facet::Country, "ET") == 3);

    SECTION("country, role, area, search, chips, details and links")
    {
        tick(panel, Facet::Country, QStringLiteral("ET"));
        settle(window);
        CHECK(table->model()->rowCount() == 3);
        CHECK(window.chipTexts() == QStringList{QStringLiteral("Country: Ethiopia  ×")});
        CHECK_FALSE(noFilters->isVisible());
        // A facet's own selection does not shrink its counts.
        CHECK(countShown(panel, Facet::Country, "UG") == 1);
        CHECK(countShown(panel, Facet::ProgrammeArea, "health") == 2);

        auto *role = qobject_cast<QComboBox *>(panel->roleChooser());
        role->setCurrentIndex(role->findData(QStringLiteral("recipient")));
        settle(window);
        CHECK(table->model()->rowCount() == 2);
        CHECK(window.chipTexts() == QStringList{QStringLiteral("Recipient: Ethiopia  ×")});
        CHECK(countShown(panel, Facet::Country, "ET") == 2);
        CHECK(countShown(panel, Facet::Country, "BR") == 0);
        CHECK(countShown(panel, Facet::ProgrammeArea, "nutrition") == 1);
        // Values with no match are dimmed.
        const QModelIndex brazil = panel->modelFor(Facet::Country)->indexOf(Facet::Country, "BR");
        CHECK(brazil.data(Qt::ForegroundRole).isValid());

        tick(panel, Facet::ProgrammeArea, QStringLiteral("nutrition"));
        settle(window);
        CHECK(table->model()->rowCount() == 1);
        CHECK(firstTitle(table).startsWith(QStringLiteral("Maternal and newborn")));
        CHECK(window.chipTexts().contains(QStringLiteral("Programme area: Nutrition  ×")));

        // Hiding values with no matches.
        QTreeView *countries = panel->viewFor(Facet::Country);
        auto *hide = panel->findChild<QCheckBox *>(QStringLiteral("hideEmptyCheck"));
        countries->expandAll();
        auto rowsShown = [](const QAbstractItemModel *m, const QModelIndex &parent,
                            auto &self) -> int {
            int rows = m->rowCount(parent);
            for (int r = m->rowCount(parent) - 1; r >= 0; --r)
                rows += self(m, m->index(r, 0, parent), self);
            return rows;
        };
        const int before = rowsShown(countries->model(), {}, rowsShown);
        hide->setChecked(true);
        const int narrow = rowsShown(countries->model(), {}, rowsShown);
        CHECK(narrow < before);

        // A chip removes its filter; hidden values come back as their counts
        // grow.
        for (QToolButton *chip : window.findChildren<QToolButton *>()) {
            if (chip->text().startsWith(QStringLiteral("Programme area")))
                QTest::mouseClick(chip, Qt::LeftButton);
        }
        settle(window);
        CHECK(table->model()->rowCount() == 2);
        CHECK(rowsShown(countries->model(), {}, rowsShown) > narrow);
        hide->setChecked(false);
        CHECK(rowsShown(countries->model(), {}, rowsShown) == before);

        // Search, applied at once on Enter; malformed syntax is plain words.
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("China (\""));
        QTest::keyClick(search, Qt::Key_Return);
        settle(window);
        CHECK(table->model()->rowCount() == 1);
        CHECK(window.chipTexts().contains(QStringLiteral("Search: China (\"  ×")));

        // Details, with the searched word marked.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        REQUIRE(QTest::qWaitFor([&] { return details->toPlainText().contains("Maternal"); }));
        CHECK(details->toPlainText().contains(QStringLiteral("Uganda")));
        CHECK_FALSE(details->extraSelections().isEmpty());

        // Clicking a partner in the details filters by it.
        QTextCursor link = details->document()->find(QStringLiteral("United Nations Children"));
        REQUIRE_FALSE(link.isNull());
        link.setPosition(link.selectionStart() + 3);
        const QPoint at = details->cursorRect(link).center();
        QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, at);
        settle(window);
        CHECK(window.shownFilter().partners == QStringList{QStringLiteral("unicef")});
        INFO("chips: " << window.chipTexts().join(QStringLiteral(" | ")).toStdString());
        CHECK(window.chipTexts().contains(
            QStringLiteral("Partner: United Nations Children's Fund (UNICEF)  ×")));
        CHECK(table->model()->rowCount() == 1);
    }

    SECTION("an empty result offers to clear the filters")
    {
        auto *empty = window.findChild<QWidget *>(QStringLiteral("emptyPanel"));
        search->setText(QStringLiteral("zzzz"));
        QTest::keyClick(search, Qt::Key_Return);
        settle(window);
        CHECK(table->model()->rowCount() == 0);
        CHECK(count->text() == QStringLiteral("0 of 6 initiatives"));
        CHECK(empty->isVisible());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("emptyClearButton")),
                          Qt::LeftButton);
        settle(window);
        CHECK(table->model()->rowCount() == 6);
        CHECK(search->text().isEmpty());
        CHECK_FALSE(empty->isVisible());
    }

    SECTION("sorting is a query")
    {
        table->sortByColumn(InitiativeTableModel::Years, Qt::AscendingOrder);
        settle(window);
        CHECK(firstTitle(table).startsWith(QStringLiteral("Publication")));
        table->sortByColumn(InitiativeTableModel::Title, Qt::DescendingOrder);
        settle(window);
        CHECK(firstTitle(table).startsWith(QStringLiteral("Regional WASH")));
    }
}

TEST_CASE("The window restores the last filter and sort, and refuses a bad file", "[gui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = fixtureCatalogue(dir);
    {
        MainWindow window;
        openIn(window, path);
        tick(window.filterPanel(), Facet::Sdg, QStringLiteral("3"));
        settle(window);
        CHECK(window.resultsModel()->total() == 2);
        // Latest first: mnch-china-uganda (2020) before emtct-cuba-ethiopia
        // (2019), the reverse of the default order by title.
        window.findChild<QTableView *>(QStringLiteral("resultsView"))
            ->sortByColumn(InitiativeTableModel::Years, Qt::DescendingOrder);
        settle(window);
        CHECK(window.resultsModel()->initiativeId(0) == QStringLiteral("mnch-china-uganda"));
        window.close();
    }
    MainWindow again;
    openIn(again, path);
    CHECK(again.shownFilter().sdgGoals == QList<int>{3});
    CHECK(again.resultsModel()->total() == 2);
    CHECK(again.resultsModel()->sortOrder() == SortOrder{SortColumn::Years, true});
    const QHeaderView *header =
        again.findChild<QTableView *>(QStringLiteral("resultsView"))->horizontalHeader();
    CHECK(header->sortIndicatorSection() == InitiativeTableModel::Years);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(again.resultsModel()->initiativeId(0) == QStringLiteral("mnch-china-uganda"));
    CHECK(again.resultsModel()->initiativeId(1) == QStringLiteral("emtct-cuba-ethiopia"));
    CHECK(again.chipTexts() == QStringList{QStringLiteral("SDG: 3 Good health and well-being  ×")});

    // A file that is not a catalogue: a message, and the open one stays.
    const QString junk = dir.filePath(QStringLiteral("junk.ssccat"));
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a catalogue\n");
    file.close();
    QString failure;
    QObject::connect(&again, &MainWindow::catalogueFailed,
                     [&failure](const QString &m) { failure = m; });
    again.hide(); // no modal message box in a test
    again.openCatalogue(junk);
    settle(again);
    CHECK(failure.contains(QStringLiteral("junk.ssccat")));
    CHECK(again.resultsModel()->total() == 2);
}

TEST_CASE("The window refuses a zero-length file as a catalogue and leaves it empty",
          "[gui][hostile]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    const QString empty = dir.filePath(QStringLiteral("empty.ssccat"));
    QFile file(empty);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    QString failure;
    QObject::connect(&window, &MainWindow::catalogueFailed,
                     [&failure](const QString &m) { failure = m; });
    window.hide(); // no modal message box in a test
    window.openCatalogue(empty);
    settle(window);
    CHECK(failure.contains(QStringLiteral("empty.ssccat is empty (0 bytes)")));
    CHECK(QFileInfo(empty).size() == 0);
    CHECK_FALSE(QFileInfo::exists(empty + QStringLiteral("-wal")));
    CHECK(window.resultsModel()->total() > 0); // the open catalogue stays
}

TEST_CASE("The window pages through a larger catalogue and clears by section", "[gui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = generatedCatalogue(dir, 3, 1000);
    MainWindow window;
    openIn(window, path);
    auto *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));
    FilterPanel *panel = window.filterPanel();
    REQUIRE(table->model()->rowCount() == 1000);

    // Rows beyond the first page come when scrolled to, off the GUI thread.
    const QModelIndex last = table->model()->index(999, InitiativeTableModel::Title);
    table->scrollTo(last);
    QCoreApplication::processEvents();
    REQUIRE(QTest::qWaitFor([&] { return window.resultsModel()->hasRow(999); }, 20000));
    CHECK(last.data().toString() != QStringLiteral("Loading…"));
    CHECK_FALSE(last.data().toString().isEmpty());

    // Years narrow the results; their chip shows the range.
    auto *from = panel->findChild<QSpinBox *>(QStringLiteral("fromYear"));
    auto *to = panel->findChild<QSpinBox *>(QStringLiteral("toYear"));
    from->setValue(2000);
    to->setValue(2005);
    settle(window);
    CHECK(window.shownFilter().fromYear == 2000);
    CHECK(window.shownFilter().toYear == 2005);
    CHECK(window.resultsModel()->total() < 1000);
    CHECK(window.chipTexts().contains(QStringLiteral("Years: 2000–2005  ×")));

    // The partner pane's find box shows only matching names.
    QTreeView *partners = panel->viewFor(Facet::Partner);
    const int allPartners = partners->model()->rowCount();
    const QString name = partners->model()->index(0, 0).data().toString();
    auto *find = panel->viewFor(Facet::Partner)
                     ->parentWidget()
                     ->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    REQUIRE(find);
    QTest::keyClicks(find, name);
    CHECK(partners->model()->rowCount() >= 1);
    CHECK(partners->model()->rowCount() < allPartners);
    CHECK(partners->model()->index(0, 0).data().toString() == name);

    // Clear in one section clears only that section.
    tick(panel, Facet::Partner,
         partners->model()->index(0, 0).data(FacetModel::ValueRole).toString());
    settle(window);
    CHECK(window.shownFilter().partners.size() == 1);
    for (QToolButton *clear : panel->viewFor(Facet::Partner)
                                  ->parentWidget()
                                  ->parentWidget()
                                  ->findChildren<QToolButton *>(QStringLiteral("clearButton")))
        QTest::mouseClick(clear, Qt::LeftButton);
    settle(window);
    CHECK(window.shownFilter().partners.isEmpty());
    CHECK(window.shownFilter().fromYear == 2000);

    // Clear all clears everything.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("clearAllButton")),
                      Qt::LeftButton);
    settle(window);
    CHECK(window.shownFilter().isEmpty());
    CHECK(window.resultsModel()->total() == 1000);
    CHECK(window.chipTexts().isEmpty());
}

TEST_CASE("Filter chips wrap onto more rows and never widen the window", "[gui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = generatedCatalogue(dir, 4, 600);
    MainWindow window;
    window.resize(900, 700);
    openIn(window, path);
    auto *bar = window.findChild<QWidget *>(QStringLiteral("chipsBar"));
    REQUIRE(bar);
    const int width = window.width();
    const int oneRow = bar->height();

    // Three values in each of four panes: twelve chips, too wide for one row.
    FilterPanel *panel = window.filterPanel();
    for (const Facet facet : {Facet::Partner, Facet::Country, Facet::ProgrammeArea, Facet::Sdg}) {
        // The first three values with matches, leaves of the tree panes.
        QAbstractItemModel *values = panel->modelFor(facet);
        QStringList chosen;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; chosen.size() < 3 && row < values->rowCount(parent); ++row) {
                const QModelIndex index = values->index(row, 0, parent);
                if (values->hasChildren(index))
                    walk(index);
                else if (index.data(FacetModel::CountRole).toLongLong() > 0)
                    chosen << index.data(FacetModel::ValueRole).toString();
            }
        };
        walk({});
        REQUIRE(chosen.size() == 3);
        for (const QString &value : chosen)
            tick(panel, facet, value);
    }
    settle(window);
    QCoreApplication::processEvents();
    REQUIRE(window.chipTexts().size() == 12);
    CHECK(window.width() == width);
    CHECK(window.minimumSizeHint().width() <= width);
    CHECK(bar->height() > oneRow);
    // Every chip is shown whole inside the bar.
    for (const QToolButton *chip : bar->findChildren<QToolButton *>()) {
        INFO(chip->text().toStdString());
        CHECK(chip->isVisible());
        CHECK(bar->rect().contains(chip->geometry()));
    }

    // A fourth value of one pane folds that pane's chips into one.
    QAbstractItemModel *partners = panel->modelFor(Facet::Partner);
    for (int row = 0; window.shownFilter().partners.size() < 4; ++row) {
        const QString value = partners->index(row, 0).data(FacetModel::ValueRole).toString();
        if (!window.shownFilter().partners.contains(value)) {
            tick(panel, Facet::Partner, value);
            settle(window);
        }
    }
    CHECK(window.chipTexts().size() == 10);
    CHECK(window.chipTexts().contains(QStringLiteral("Partner: 4 selected  ×")));
    CHECK(window.width() == width);

    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("clearAllButton")),
                      Qt::LeftButton);
    settle(window);
    CHECK(window.chipTexts().isEmpty());
    CHECK(bar->height() == oneRow);
    CHECK(window.width() == width);
}

TEST_CASE("File > Export to IATI writes the initiatives shown and lists those left out", "[gui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    // Only the initiatives shown are exported: those with Brazil.
    tick(window.filterPanel(), Facet::Country, QStringLiteral("BR"));
    settle(window);
    QStringList shown;
    for (int row = 0; row < window.resultsModel()->rowCount(); ++row)
        shown << window.resultsModel()->initiativeId(row);
    REQUIRE(shown.size() >= 2);

    // Answers the save dialog, then reads and closes the message that follows.
    const QString out = dir.filePath(QStringLiteral("shown.xml"));
    QString message;
    QString leftOut;
    QTimer driver;
    driver.setInterval(50);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *save = qobject_cast<QFileDialog *>(modal)) {
            auto *name = save->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            REQUIRE(name);
            name->setText(out);                     // as typed by the user
            static_cast<QDialog *>(save)->accept(); // QFileDialog::accept, as OK does
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            message = box->text();
            leftOut = box->detailedText();
            box->done(QMessageBox::Close);
            driver.stop();
        }
    });
    driver.start();
    window.findChild<QAction *>(QStringLiteral("actionExportIati"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return !message.isEmpty(); }, 20000));
    INFO(message.toStdString());
    INFO(leftOut.toStdString());

    // The file holds the shown initiatives IATI can take; the rest are listed.
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList written;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("iati-identifier"))
            written << xml.readElementText();
    }
    CHECK_FALSE(xml.hasError());
    REQUIRE_FALSE(written.isEmpty());
    CHECK(message.startsWith(QStringLiteral("%1 initiative(s) written").arg(written.size())));
    const QStringList listed = leftOut.isEmpty() ? QStringList() : leftOut.split(QLatin1Char('\n'));
    CHECK(written.size() + listed.size() == shown.size());
    for (const QString &id : written)
        CHECK(shown.contains(id));
    for (const QString &line : listed)
        CHECK(shown.contains(line.section(QStringLiteral(": "), 0, 0)));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Exported")));

    // Read off tests/fixtures/small-catalogue.json: of the three with Brazil,
    // only the São Tomé exchange has a description; the other two are named
    // with that reason.
    CHECK(written == QStringList{QStringLiteral("brazil-sao-tome-ecd")});
    QStringList reasons = listed;
    reasons.sort();
    CHECK(reasons ==
          QStringList{
              QStringLiteral(
                  "cash-transfers-cop: no description or summary (IATI requires a description)"),
              QStringLiteral(
                  "emtct-cuba-ethiopia: no description or summary (IATI requires a description)")});
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
                  {QStringLiteral("--noout"), QStringLiteral("--schema"),
                   fixturePath(QStringLiteral("iati-schema/iati-activities-schema.xsd")), out});
    REQUIRE(xmllint.waitForFinished(60000));
    INFO(xmllint.readAllStandardError().toStdString());
    CHECK(xmllint.exitCode() == 0);
}
