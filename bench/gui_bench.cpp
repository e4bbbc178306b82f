// Measures how long the GUI thread is busy at a time while a user clicks
// through the filter panes of a large catalogue: every event the window
// handles is timed (QApplication::notify), and the longest must stay under
// one frame (16 ms). Queries themselves run on the catalogue's thread.
//
//   ssc-gui-bench --db catalogue.ssccat [--clicks 60] [--view list|map|links]
//                 [--scroll 20]
//
// Then, with the filters cleared, it jumps --scroll times through the whole
// list (as a drag of the scroll bar does) and times each page's fetch until
// the row at the top shows.
//
// With SSC_BENCH_VERBOSE=1 it lists the events over 16 ms (=N: over N ms)
// and, under each, the events it sent on that took over 0.1 ms (for paint
// events, with the size of the area painted).
#include "gui/DashboardPane.h"
#include "gui/FacetModel.h"
#include "gui/FilterPanel.h"
#include "gui/InitiativeTableModel.h"
#include "gui/MainWindow.h"
#include "gui/MapPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPaintEvent>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <random>

using nlohmann::json;
using namespace ssc;

namespace {

// Times each event delivered from the event loop (not the nested ones).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread()) {
            // Named before delivery: the event may delete its receiver.
            QString what;
            if (m_verbose && m_depth == 1) {
                what = QStringLiteral("event %1 to %2 %3")
                           .arg(int(event->type()))
                           .arg(QLatin1String(receiver->metaObject()->className()),
                                receiver->objectName());
                if (event->type() == QEvent::Paint) {
                    const QRect r = static_cast<QPaintEvent *>(event)->rect();
                    what += QStringLiteral(" (%1×%2)").arg(r.width()).arg(r.height());
                }
            }
            ++m_depth;
            QElapsedTimer nested;
            nested.start();
            const bool r = QApplication::notify(receiver, event);
            // Kept to be listed under the event they were part of, if slow.
            if (!what.isEmpty() && nested.nsecsElapsed() > 100000)
                m_inside.push_back(QStringLiteral("  %1 ms: %2")
                                       .arg(double(nested.nsecsElapsed()) / 1e6, 0, 'f', 1)
                                       .arg(what));
            --m_depth;
            return r;
        }
        ++m_depth;
        m_inside.clear();
        const int type = int(event->type());
        const QString name = m_verbose ? QLatin1String(receiver->metaObject()->className()) +
                                             QLatin1Char(' ') + receiver->objectName()
                                       : QString();
        QElapsedTimer t;
        t.start();
        const bool r = QApplication::notify(receiver, event);
        if (recording) {
            durations.push_back(double(t.nsecsElapsed()) / 1e6);
            if (m_verbose && durations.back() > m_slowMs) {
                std::fprintf(stderr, "%.1f ms: event %d to %s\n", durations.back(), type,
                             qPrintable(name));
                for (const QString &line : m_inside)
                    std::fprintf(stderr, "%s\n", qPrintable(line));
            }
        }
        --m_depth;
        return r;
    }
    bool recording = false;
    std::vector<double> durations;

private:
    int m_depth = 0;
    // SSC_BENCH_VERBOSE=N lists the events over N ms (16 when not a number).
    bool m_verbose = qEnvironmentVariableIsSet("SSC_BENCH_VERBOSE");
    int m_slowMs = [] {
        bool ok = false;
        const int n = qEnvironmentVariableIntValue("SSC_BENCH_VERBOSE", &ok);
        return ok && n > 0 ? n : 16;
    }();
    QStringList m_inside;
};

json summary(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&v](double q) { return v.empty() ? 0.0 : v[size_t(q * double(v.size() - 1))]; };
    const auto over = std::count_if(v.begin(), v.end(), [](double ms) { return ms > 16.0; });
    return {{"n", v.size()},
            {"over_16ms", over},
            {"p50_ms", at(0.5)},
            {"p99_ms", at(0.99)},
            {"max_ms", v.empty() ? 0.0 : v.back()}};
}

bool waitIdle(const MainWindow &w)
{
    return QTest::qWaitFor(
        [&w] { return !w.isBusy() && !w.map()->isCounting() && !w.dashboard()->isCounting(); },
        600000);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SSCCatalogueBench"));
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Catalogue to open."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("clicks"), QStringLiteral("Facet clicks to make."),
                      QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption(
        {QStringLiteral("view"),
         QStringLiteral("The view shown while clicking: list, map, links or dashboard."),
         QStringLiteral("VIEW"), QStringLiteral("list")});
    parser.addOption({QStringLiteral("scroll"),
                      QStringLiteral("Jumps through the whole list, each timed until its page "
                                     "shows."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.process(app);
    // The map recolours (or redraws its links) after every click when shown.
    const QString view = parser.value(QStringLiteral("view"));
    QSettings().setValue(QStringLiteral("view/tab"), view == QLatin1String("list")        ? 0
                                                     : view == QLatin1String("dashboard") ? 2
                                                                                          : 1);
    QSettings().setValue(QStringLiteral("map/links"), view == QLatin1String("links"));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QElapsedTimer t;
    t.start();
    app.recording = true;
    window.openCatalogue(parser.value(QStringLiteral("db")));
    if (!waitIdle(window))
        return 2;
    const double openMs = double(t.elapsed());
    const std::vector<double> opening = std::exchange(app.durations, {});

    // Clicks on values of every pane, and a few searches typed in, each
    // waited for until its results are shown.
    std::mt19937 rng(7);
    FilterPanel *panel = window.filterPanel();
    std::vector<double> clickToResults;
    const Facet facets[] = {Facet::Country,       Facet::ProgrammeArea, Facet::Partner,
                            Facet::FundingSource, Facet::Modality,      Facet::Sdg,
                            Facet::Status,        Facet::Region};
    const int clicks = parser.value(QStringLiteral("clicks")).toInt();
    for (int i = 0; i < clicks; ++i) {
        const Facet facet = facets[size_t(i) % std::size(facets)];
        FacetModel *model = panel->modelFor(facet);
        // A value of the facet: walk down from a random top-level row.
        QModelIndex index = model->index(int(rng() % uint32_t(std::max(1, model->rowCount()))), 0);
        while (index.isValid() && model->index(0, 0, index).isValid() &&
               model->data(index, FacetModel::ValueRole).isNull())
            index = model->index(0, 0, index);
        if (!index.isValid())
            continue;
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        t.restart();
        model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        if (!waitIdle(window))
            return 2;
        clickToResults.push_back(double(t.nsecsElapsed()) / 1e6);
        if (i % 10 == 9) { // start afresh now and then, as users do
            t.restart();
            QMetaObject::invokeMethod(panel, &FilterPanel::clearAllRequested);
            waitIdle(window);
            clickToResults.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    for (const char *word : {"children", "water", "vaccine"}) {
        search->clear();
        for (const char c : std::string(word)) {
            QTest::keyClick(search, c);
            QTest::qWait(30);
        }
        t.restart();
        QTest::keyClick(search, Qt::Key_Return);
        waitIdle(window);
        clickToResults.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    // Jumps through the whole list: each page is fetched on the catalogue's
    // thread and shown when it arrives.
    std::vector<double> scrollToPage;
    search->clear();
    QMetaObject::invokeMethod(panel, &FilterPanel::clearAllRequested);
    waitIdle(window);
    auto *table = window.findChild<QTableView *>(QStringLiteral("resultsView"));
    auto *results = qobject_cast<InitiativeTableModel *>(table->model());
    const int jumps = parser.value(QStringLiteral("scroll")).toInt();
    for (int k = 0; results && k < jumps; ++k) {
        const int row = int(double(results->rowCount()) * (k + 0.5) / jumps);
        t.restart();
        table->scrollTo(results->index(row, 0), QAbstractItemView::PositionAtTop);
        if (!QTest::qWaitFor([&] { return results->hasRow(row); }, 60000))
            return 2;
        scrollToPage.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    app.recording = false;
    json out;
    out["catalogue"] = parser.value(QStringLiteral("db")).toStdString();
    out["view"] = view.toStdString();
    out["open_until_ready_ms"] = openMs;
    out["gui_thread_events_while_opening"] = summary(opening);
    out["gui_thread_events_while_browsing"] = summary(app.durations);
    out["click_to_results"] = summary(clickToResults);
    out["scroll_to_page"] = summary(scrollToPage);
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
