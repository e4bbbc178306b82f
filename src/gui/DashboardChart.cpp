#include "DashboardChart.h"

#include "PictureExport.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ssc {

namespace {

// The report's blue, so that the dashboard and the report look alike.
const QColor kBarColour(0x1c, 0xab, 0xe2);
// Axis labels longer than this are shortened; the tooltip has them whole.
constexpr int kLabelChars = 24;

QString shortened(const QString &label)
{
    return label.size() <= kLabelChars ? label : label.left(kLabelChars - 1) + QChar(0x2026);
}

// A round axis maximum a little above the largest bar, so the value
// printed past its end stays inside the chart.
double axisTop(double largest)
{
    if (largest <= 0)
        return 1;
    const double padded = largest * 1.15;
    const double step = std::pow(10.0, std::floor(std::log10(padded)));
    return std::ceil(padded / step * 2) / 2 * step;
}

} // namespace

DashboardChart::DashboardChart(const QString &title, Qt::Orientation bars, QWidget *parent)
    : QWidget(parent), m_title(title), m_orientation(bars), m_chart(new QChart),
      m_view(new QChartView(m_chart, this)), m_caption(new QLabel(this)), m_header(new QHBoxLayout)
{
    m_chart->setAnimationOptions(QChart::NoAnimation); // redrawn at each filter change
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->installEventFilter(this);
    m_view->setMinimumHeight(220);
    m_view->setAccessibleName(title);
    m_view->setToolTip(tr("Click a bar to filter by it; Ctrl+click adds it. From the keyboard: "
                          "arrow keys and Enter"));
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setAccessibleName(tr("Export the chart %1").arg(title));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    addPictureActions(menu, this, [this] { return picture(); });
    exportButton->setMenu(menu);
    m_header->addWidget(heading, 1);
    m_header->addWidget(exportButton);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
}

void DashboardChart::setValueTitle(const QString &title, int precision)
{
    if (title == m_valueTitle && precision == m_precision)
        return;
    m_valueTitle = title;
    m_precision = precision;
    m_everDrawn = false; // drawn again with the next bars, even the same ones
}

void DashboardChart::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->count() - 1, widget);
}

void DashboardChart::setBars(std::vector<ChartBar> bars, const QString &caption,
                             const QString &valueFormat)
{
    if (m_everDrawn && bars == m_bars && caption == m_caption->text() &&
        valueFormat == m_valueFormat)
        return; // a filter change that leaves this chart as it was
    m_bars = std::move(bars);
    m_valueFormat = valueFormat;
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    if (m_rebuildPending)
        return;
    // Rebuilding a chart takes a few milliseconds: each chart on a turn of
    // its own keeps every event of the window short (bench/gui_bench).
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &DashboardChart::rebuild);
}

void DashboardChart::rebuild()
{
    m_rebuildPending = false;
    m_everDrawn = true;
    m_drawn = m_bars;
    m_set = nullptr;
    m_current = -1;
    // A screen reader hears the figures the eye reads off the bars.
    QStringList said;
    for (size_t k = 0; k < std::min<size_t>(m_drawn.size(), 20); ++k)
        said << tipOf(m_drawn[k]);
    m_view->setAccessibleDescription(said.join(QStringLiteral("; ")));
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    if (m_bars.empty()) {
        m_chart->setTitle(tr("Nothing to chart under this filter"));
        return;
    }
    m_chart->setTitle(QString());
    // Room for every label when the bars lie across: Qt Charts shows a
    // category label whole only where about two lines fit beside its bar.
    const int rowHeight = fontMetrics().height() * 2 + 4;
    m_view->setMinimumHeight(
        m_orientation == Qt::Horizontal ? std::max(220, int(m_bars.size()) * rowHeight + 70) : 260);
    const bool across = m_orientation == Qt::Horizontal;
    QAbstractBarSeries *series = across
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    auto *set = new QBarSet(m_title);
    m_set = set;
    set->setColor(kBarColour);
    set->setSelectedColor(kBarColour.darker(160));
    set->setBorderColor(kBarColour);
    set->setLabelColor(QColor(0x20, 0x20, 0x20));
    QStringList categories;
    double largest = 0;
    // Bars lying across are drawn from the bottom up: reversed, the first
    // (largest) is at the top, where it is read first.
    const int n = int(m_bars.size());
    for (int k = 0; k < n; ++k) {
        const ChartBar &bar = m_bars[size_t(across ? n - 1 - k : k)];
        set->append(bar.value);
        categories << shortened(bar.label);
        largest = std::max(largest, bar.value);
    }
    series->append(set);
    series->setBarWidth(across ? 0.7 : 0.8);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(m_valueFormat);
    series->setLabelsPrecision(m_precision);
    m_chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    // Years side by side leave a label less room than "2019" needs: upright,
    // each takes the bar's width in height instead.
    if (!across && n > 6)
        names->setLabelsAngle(-90);
    auto *values = new QValueAxis;
    values->setRange(0, axisTop(largest));
    values->setLabelFormat(largest < 10 && m_precision < 12 ? QStringLiteral("%.1f")
                                                            : QStringLiteral("%.0f"));
    values->setTitleText(m_valueTitle);
    values->applyNiceNumbers();
    if (values->max() < largest * 1.1)
        values->setMax(axisTop(largest));
    m_chart->addAxis(names, across ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(values, across ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
    auto toBar = [across, n](int index) { return across ? n - 1 - index : index; };
    connect(set, &QBarSet::clicked, this, [this, toBar](int index) {
        clickBar(toBar(index), QApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
    });
    connect(set, &QBarSet::hovered, this, [this, toBar](bool on, int index) {
        if (on && size_t(toBar(index)) < m_drawn.size())
            QToolTip::showText(QCursor::pos(), tipOf(m_drawn[size_t(toBar(index))]), m_view);
        else
            QToolTip::hideText();
    });
}

QString DashboardChart::tipOf(const ChartBar &bar) const
{
    return bar.detail.isEmpty() ? bar.label + QStringLiteral(": ") + QLocale().toString(bar.value)
                                : bar.detail;
}

void DashboardChart::setCurrentBar(int index)
{
    if (!m_set || m_drawn.empty())
        return;
    const int n = int(m_drawn.size());
    m_current = std::clamp(index, 0, n - 1);
    m_set->deselectAllBars();
    // The set holds the bars bottom up when they lie across.
    m_set->selectBar(m_orientation == Qt::Horizontal ? n - 1 - m_current : m_current);
    const QString tip = tipOf(m_drawn[size_t(m_current)]);
    m_view->setAccessibleDescription(tip);
    QToolTip::showText(m_view->mapToGlobal(QPoint(m_view->width() / 2, 0)), tip, m_view);
}

bool DashboardChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Down and Right go to the next bar in reading order: down the list
    // when the bars lie across, rightwards through the years.
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        setCurrentBar(m_current + 1);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Left:
        setCurrentBar(m_current < 0 ? 0 : m_current - 1);
        return true;
    case Qt::Key_Home:
        setCurrentBar(0);
        return true;
    case Qt::Key_End:
        setCurrentBar(int(m_drawn.size()) - 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0 && size_t(m_current) < m_drawn.size()) {
            emit barClicked(m_drawn[size_t(m_current)].key,
                            key->modifiers().testFlag(Qt::ControlModifier));
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardChart::clickBar(int index, bool add)
{
    if (index >= 0 && size_t(index) < m_drawn.size())
        emit barClicked(m_drawn[size_t(index)].key, add);
}

QSize DashboardChart::exportSize() const
{
    return m_view->size() + QSize(0, kExportTitleHeight);
}

void DashboardChart::render(QPainter &painter, const QSize &size) const
{
    // The chart alone under its title, on white: what a slide needs. A
    // chart just rebuilt lays out its axes on a later event: now, so that
    // an export straight after a filter change has them.
    if (m_rebuildPending)
        const_cast<DashboardChart *>(this)->rebuild();
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate();
    painter.fillRect(QRect(QPoint(), size), Qt::white);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(QRect(8, 0, size.width() - 16, kExportTitleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_title);
    m_view->render(&painter,
                   QRectF(0, kExportTitleHeight, size.width(), size.height() - kExportTitleHeight),
                   m_view->rect());
}

ExportablePicture DashboardChart::picture() const
{
    QString name = m_title.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return {exportSize(), m_title, name, tr("Made with SSC Catalogue."),
            [this](QPainter &p, const QSize &size) { render(p, size); }};
}

bool DashboardChart::exportTo(const QString &path, QString *error) const
{
    return savePicture(picture(), path, error);
}

} // namespace ssc
