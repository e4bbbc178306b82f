// The window in other languages: a pseudo-translation 40% longer clips no
// label or button, and Arabic lays everything out right to left.
#include "WindowTestSupport.h"

#include "core/domain/InterfaceLanguage.h"
#include "gui/BulkEditDialog.h"
#include "gui/CatalogueEdits.h"
#include "gui/InitiativeDetailsView.h"
#include "gui/InitiativeEditor.h"
#include "gui/MainWindow.h"
#include "gui/OrganisationDialog.h"
#include "gui/Preferences.h"
#include "gui/ReportDialog.h"
#include "gui/TeamCloneDialog.h"
#include "gui/TeamConnectDialog.h"
#include "gui/TeamPasswords.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace ssc;
using namespace ssc::test;

namespace {

// Labels and buttons narrower than their text needs, in the shown widgets
// under top: "objectName 'text' 80 < 112".
QStringList clippedIn(QWidget *top)
{
    QStringList out;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        int needed = 0;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            needed = label->minimumSizeHint().width();
            text = label->text();
        } else if (qobject_cast<QPushButton *>(w) || qobject_cast<QCheckBox *>(w) ||
                   qobject_cast<QRadioButton *>(w)) {
            auto *button = static_cast<QAbstractButton *>(w);
            if (button->text().isEmpty())
                continue;
            needed = button->minimumSizeHint().width();
            text = button->text();
        } else {
            continue;
        }
        if (w->width() < needed) {
            out << QStringLiteral("%1 '%2' %3 < %4")
                       .arg(w->objectName(), text.left(40))
                       .arg(w->width())
                       .arg(needed);
        }
    }
    return out;
}

// Every page of every tab widget under top, checked in turn.
QStringList clippedOnEveryPage(QWidget *top)
{
    QCoreApplication::processEvents();
    QStringList out = clippedIn(top);
    for (QTabWidget *tabs : top->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            out << clippedIn(tabs->widget(i));
        }
        tabs->setCurrentIndex(was);
    }
    out.removeDuplicates();
    return out;
}

QStringList clippedInDialog(QWidget *dialog)
{
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QStringList out = clippedOnEveryPage(dialog);
    dialog->close();
    return out;
}

struct PseudoTranslation
{
    QTranslator translator;
    PseudoTranslation()
    {
        REQUIRE(translator.load(QStringLiteral(SSC_PSEUDO_QM)));
        QCoreApplication::installTranslator(&translator);
    }
    ~PseudoTranslation() { QCoreApplication::removeTranslator(&translator); }
};

} // namespace

TEST_CASE("A pseudo-translation 40% longer clips no label or button", "[gui][languages]")
{
    {
        // The check itself finds a label and a button too narrow.
        QWidget probe;
        auto *label = new QLabel(QStringLiteral("A label far too long for its width"), &probe);
        auto *button = new QPushButton(QStringLiteral("A button far too long"), &probe);
        label->setGeometry(0, 0, 30, 20);
        button->setGeometry(0, 30, 30, 20);
        probe.show();
        CHECK(clippedIn(&probe).size() == 2);
    }
    QSettings().clear();
    PseudoTranslation pseudo;
    REQUIRE(QCoreApplication::translate("MainWindow", "&File").size() > 6);
    QTemporaryDir dir;
    MainWindow window;
    for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
        window.resize(size);
        if (!window.isVisible())
            openIn(window, fixtureCatalogue(dir));
        settle(window);
        INFO("main window at " << size.width() << "x" << size.height());
        CHECK(clippedOnEveryPage(&window).join(QStringLiteral("\n")).toStdString() == "");
    }

    PreferencesDialog preferences(&window);
    CHECK(clippedInDialog(&preferences).join(QStringLiteral("\n")).toStdString() == "");
    BulkEditDialog bulk(3, &window);
    CHECK(clippedInDialog(&bulk).join(QStringLiteral("\n")).toStdString() == "");
    OrganisationDialog organisation({}, QStringLiteral("Ministry of Health"), &window);
    CHECK(clippedInDialog(&organisation).join(QStringLiteral("\n")).toStdString() == "");
    TeamCloneDialog clone(&window);
    CHECK(clippedInDialog(&clone).join(QStringLiteral("\n")).toStdString() == "");
    TeamPasswords passwords;
    TeamConnectDialog connect(QStringLiteral("postgresql://host/db"), &passwords, &window);
    CHECK(clippedInDialog(&connect).join(QStringLiteral("\n")).toStdString() == "");

    window.findChild<QAction *>(QStringLiteral("actionExportReport"))->trigger();
    REQUIRE(QTest::qWaitFor([&window] { return window.reportDialog() != nullptr; }, 5000));
    CHECK(clippedInDialog(window.reportDialog()).join(QStringLiteral("\n")).toStdString() == "");

    window.findChild<QAction *>(QStringLiteral("actionNewInitiative"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return window.edits()->editor() != nullptr; }, 5000));
    CHECK(clippedInDialog(window.edits()->editor()).join(QStringLiteral("\n")).toStdString() == "");
}

TEST_CASE("In Arabic the window is laid out right to left", "[gui][languages]")
{
    QSettings().clear();
    REQUIRE(InterfaceLanguage::install(QStringLiteral("ar")).ok());
    QGuiApplication::setLayoutDirection(QLocale().textDirection());
    struct Restore
    {
        ~Restore()
        {
            InterfaceLanguage::reset();
            QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        }
    } restore;
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1400, 900);
    openIn(window, fixtureCatalogue(dir));
    REQUIRE(window.layoutDirection() == Qt::RightToLeft);

    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("filterDock"));
    auto *results = window.findChild<QWidget *>(QStringLiteral("resultsView"));
    auto *details = window.findChild<QWidget *>(QStringLiteral("detailsTabs"));
    REQUIRE(dock);
    REQUIRE(results);
    REQUIRE(details);
    auto left = [&window](QWidget *w) { return w->mapTo(&window, QPoint(0, 0)).x(); };
    // The filters, on the left in English, are on the right; the details,
    // on the right in English, are on the left of the results.
    CHECK(left(dock) > left(results));
    CHECK(left(details) < left(results));
    CHECK(left(dock) + dock->width() > window.width() - 20);

    // The first chip sits at the right end of its row.
    tick(window.filterPanel(), Facet::Country, QStringLiteral("ET"));
    settle(window);
    auto *chipsBar = window.findChild<QWidget *>(QStringLiteral("chipsBar"));
    REQUIRE(chipsBar);
    const QList<QToolButton *> chips = chipsBar->findChildren<QToolButton *>();
    REQUIRE_FALSE(chips.isEmpty());
    CHECK(chips.front()->geometry().right() > chipsBar->width() - 40);

    // The menus read from the right: File is the rightmost title.
    CHECK(window.menuBar()->actionGeometry(window.menuBar()->actions().front()).x() >
          window.menuBar()->width() / 2);
}

TEST_CASE("View > Language keeps the choice for the next start", "[gui][languages]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    openIn(window, fixtureCatalogue(dir));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    REQUIRE(menu);
    // Every language in its own name, and the system's.
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text();
    CHECK(texts.contains(QStringLiteral("Français")));
    CHECK(texts.contains(QStringLiteral("العربية")));
    CHECK(texts.contains(QStringLiteral("简体中文")));
    auto *french = menu->findChild<QAction *>(QStringLiteral("language_fr"));
    auto *system = menu->findChild<QAction *>(QStringLiteral("language_system"));
    REQUIRE(french);
    REQUIRE(system);
    CHECK(system->isChecked());

    // The message offers to restart; Later keeps this window as it is.
    QString said;
    QTimer::singleShot(0, [&said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        said = box->text();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::RejectRole)
                b->click();
    });
    french->trigger();
    CHECK(said.contains(QStringLiteral("Français")));
    CHECK(QSettings().value(QStringLiteral("language")).toString() == "fr");
    CHECK(french->isChecked());
    CHECK(window.isVisible());
    // Back to the system's language (a question only if that is not English).
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->reject();
    });
    system->trigger();
    CHECK(QSettings().value(QStringLiteral("language")).toString().isEmpty());
}

TEST_CASE("The details write dates as the language does", "[gui][languages]")
{
    auto store = CatalogueStore::openInMemory();
    REQUIRE(store.ok());
    Initiative in;
    in.id = QStringLiteral("dated");
    in.title = QStringLiteral("Dated");
    in.start = QStringLiteral("2019-03");
    in.end = QStringLiteral("2020-06-15");
    const QString english = InitiativeDetailsView::htmlFor(**store, in);
    CHECK(english.contains(QStringLiteral("March 2019")));
    CHECK((english.contains(QStringLiteral("June 15, 2020")) ||
           english.contains(QStringLiteral("15 June 2020"))));
    REQUIRE(InterfaceLanguage::install(QStringLiteral("fr")).ok());
    const QString french = InitiativeDetailsView::htmlFor(**store, in);
    REQUIRE(InterfaceLanguage::install(QStringLiteral("zh_CN")).ok());
    const QString chinese = InitiativeDetailsView::htmlFor(**store, in);
    InterfaceLanguage::reset();
    CHECK(french.contains(QStringLiteral("mars 2019 – 15 juin 2020")));
    CHECK(chinese.contains(QStringLiteral("2019年3月")));
    CHECK(chinese.contains(QStringLiteral("2020年6月15日")));
}
