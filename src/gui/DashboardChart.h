#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QBarSet;
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;

namespace ssc {

struct ExportablePicture;

// One bar of a dashboard chart: what it filters by (key), what it says.
struct ChartBar
{
    QString key;   // a facet value, or a year
    QString label; // shown on the axis
    double value = 0;
    QString detail; // the tooltip, when more than "label: value"
    bool operator==(const ChartBar &) const = default;
};

// One chart of the Dashboard tab, in a frame of its own: a title, bars
// drawn with Qt Charts (largest at the top when they lie across), a line
// under them that says what they leave out, and an Export button (PNG or
// SVG, or the clipboard). A click on a bar asks to filter by its key
// (Ctrl+click: add to the selection); from the keyboard, the arrow keys
// pick a bar and Enter filters by it.
class DashboardChart : public QWidget
{
    Q_OBJECT
public:
    DashboardChart(const QString &title, Qt::Orientation bars, QWidget *parent = nullptr);

    // The bars, in the order given; an empty list says there is nothing to
    // chart. valueFormat formats the numbers on the bars ("@value").
    void setBars(std::vector<ChartBar> bars, const QString &caption = {},
                 const QString &valueFormat = QStringLiteral("@value"));
    const std::vector<ChartBar> &bars() const { return m_bars; }
    // The bars set are drawn: the chart is rebuilt on the next turn of the
    // event loop, one chart per turn, so no single event takes long.
    bool isDrawn() const { return !m_rebuildPending; }
    QString title() const { return m_title; }
    // The value axis's title ("Initiatives", "Millions of USD"), and the
    // digits of the numbers on the bars.
    void setValueTitle(const QString &title, int precision = 12);
    // A control beside the title (the funding chart's currency).
    void addHeaderWidget(QWidget *widget);
    QChartView *view() const { return m_view; }
    QLabel *caption() const { return m_caption; }

    // The chart as a PNG or SVG file (by the name's suffix); false with a
    // message when it cannot be written.
    bool exportTo(const QString &path, QString *error) const;
    // What a click on bar index does, for the view and for tests.
    void clickBar(int index, bool add);

    // The bar the keyboard picked, -1 for none; moved by the arrow keys.
    int currentBar() const { return m_current; }

signals:
    void barClicked(const QString &key, bool add);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    static constexpr int kExportTitleHeight = 28;
    QSize exportSize() const;
    ExportablePicture picture() const;
    void render(class QPainter &painter, const QSize &size) const;

    QString m_title;
    Qt::Orientation m_orientation;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_caption;
    QHBoxLayout *m_header;
    void setCurrentBar(int index);
    QString tipOf(const ChartBar &bar) const;

    std::vector<ChartBar> m_bars;  // as set
    std::vector<ChartBar> m_drawn; // as drawn: what the chart's clicks and keys refer to
    QBarSet *m_set = nullptr;
    int m_current = -1;
    QString m_valueFormat;
    bool m_rebuildPending = false;
    bool m_everDrawn = false;
    QString m_valueTitle;
    int m_precision = 12; // significant digits: counts never in "1e+06" form
};

} // namespace ssc
