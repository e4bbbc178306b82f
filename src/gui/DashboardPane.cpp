#include "DashboardPane.h"

#include "CatalogueSession.h"
#include "DashboardChart.h"

#include "core/domain/ReferenceData.h"
#include "core/storage/CatalogueStore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace ssc {

namespace {

std::vector<ChartBar> barsOf(const std::vector<FacetValueCount> &counts, size_t most = 0)
{
    std::vector<FacetValueCount> sorted = counts;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const FacetValueCount &a, const FacetValueCount &b) { return a.count > b.count; });
    if (most > 0 && sorted.size() > most)
        sorted.resize(most);
    std::vector<ChartBar> bars;
    for (const FacetValueCount &c : sorted)
        bars.push_back({c.value, c.label.isEmpty() ? c.value : c.label, double(c.count), {}});
    return bars;
}

qint64 sumOf(const std::vector<ChartBar> &bars)
{
    double sum = 0;
    for (const ChartBar &b : bars)
        sum += b.value;
    return qint64(sum);
}

} // namespace

DashboardPane::DashboardPane(CatalogueSession *session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_years(new DashboardChart(tr("Initiatives by start year"), Qt::Vertical)),
      m_areas(new DashboardChart(tr("By programme area"), Qt::Horizontal)),
      m_modalities(new DashboardChart(tr("By modality"), Qt::Horizontal)),
      m_types(new DashboardChart(tr("By activity type"), Qt::Horizontal)),
      m_partners(new DashboardChart(tr("Top partners"), Qt::Horizontal)),
      m_funding(new DashboardChart(tr("Funding by year"), Qt::Vertical)), m_currency(new QComboBox),
      m_summary(new QLabel), m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("dashboardPane"));
    m_charts = {m_years, m_areas, m_modalities, m_types, m_partners, m_funding};
    const char *names[] = {"years", "areas", "modalities", "types", "partners", "funding"};
    for (size_t k = 0; k < m_charts.size(); ++k)
        m_charts[k]->setObjectName(QStringLiteral("chart-%1").arg(QLatin1String(names[k])));
    m_years->setValueTitle(tr("Initiatives"));
    m_currency->setObjectName(QStringLiteral("dashboardCurrency"));
    m_currency->setAccessibleName(tr("Currency of the funding chart"));
    m_currency->setToolTip(tr("Amounts are charted one currency at a time: they are never added "
                              "across currencies"));
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_funding->addHeaderWidget(m_currency);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(4, 4, 4, 4);
    innerLayout->addWidget(m_summary);
    innerLayout->addLayout(m_grid, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    arrange();

    const std::pair<DashboardChart *, Facet> facetCharts[] = {{m_areas, Facet::ProgrammeArea},
                                                              {m_modalities, Facet::Modality},
                                                              {m_types, Facet::ActivityType},
                                                              {m_partners, Facet::Partner}};
    for (const auto &[chart, facet] : facetCharts) {
        connect(chart, &DashboardChart::barClicked, this,
                [this, facet = facet](const QString &key, bool add) {
                    emit facetClicked(facet, key, add);
                });
    }
    for (DashboardChart *chart : {m_years, m_funding}) {
        connect(chart, &DashboardChart::barClicked, this, [this](const QString &key) {
            if (const int year = key.toInt(); year > 0)
                emit yearClicked(year);
        });
    }
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("dashboard/currency"), m_currency->currentData());
        showFunding();
    });
}

bool DashboardPane::isCounting() const
{
    return m_pending > 0 || std::any_of(m_charts.begin(), m_charts.end(),
                                        [](const DashboardChart *c) { return !c->isDrawn(); });
}

DashboardChart *DashboardPane::chart(const QString &name) const
{
    return findChild<DashboardChart *>(QStringLiteral("chart-%1").arg(name));
}

void DashboardPane::setFilter(const CatalogueFilter &filter)
{
    m_filter = filter;
    m_stale = true;
    if (isVisible())
        recount();
}

void DashboardPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recount();
}

void DashboardPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void DashboardPane::arrange()
{
    // Two charts side by side where they stay readable, else one column.
    const int columns = width() >= 900 ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (DashboardChart *chart : m_charts)
        m_grid->removeWidget(chart);
    for (size_t k = 0; k < m_charts.size(); ++k)
        m_grid->addWidget(m_charts[k], int(k) / columns, int(k) % columns);
}

void DashboardPane::recount()
{
    if (!m_session->isOpen())
        return;
    m_stale = false;
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    ++m_pending;
    m_session->ask<DashboardFigures>(
        [filter = m_filter, generation, latest = m_latest](CatalogueStore &store) {
            DashboardFigures f;
            // Clicks come faster than SQL counts while the index builds:
            // the results list waits on this thread, so overtaken work goes.
            if (latest->load() != generation) {
                f.outdated = true;
                return f;
            }
            QueryEngine &engine = store.engine();
            f.total = engine.count(filter);
            f.years = engine.startYearCounts(filter);
            auto facet = [&](Facet which) {
                DashboardFigures::Facet out;
                out.counts = engine.countsWithin(filter, which);
                if (!filter.values(which).isEmpty() || !out.counts.ok()) {
                    out.withValue = f.total; // the filter holds only those with a value
                    return out;
                }
                CatalogueFilter any = filter;
                QStringList values;
                for (const FacetValueCount &c : *out.counts)
                    values << c.value;
                any.setValues(which, values);
                out.withValue = values.isEmpty() ? Result<qint64>(qint64(0)) : engine.count(any);
                return out;
            };
            f.areas = facet(Facet::ProgrammeArea);
            f.modalities = facet(Facet::Modality);
            f.types = facet(Facet::ActivityType);
            f.partners = facet(Facet::Partner);
            f.funding = engine.fundingByYear(filter);
            return f;
        },
        [this, generation](DashboardFigures figures) {
            --m_pending;
            if (generation != m_generation || figures.outdated)
                return;
            show(figures);
            emit counted();
        });
}

void DashboardPane::showFacet(DashboardChart *chart, const DashboardFigures::Facet &figures,
                              qint64 total, QStringList &failures, size_t most)
{
    const QLocale locale;
    std::vector<FacetValueCount> counts;
    if (figures.counts.ok())
        counts = *figures.counts;
    else
        failures << figures.counts.error().message;
    // Programme areas at the top of the tree only: each holds its sub-areas.
    if (chart == m_areas) {
        std::erase_if(counts, [](const FacetValueCount &c) {
            const ProgrammeArea *a = ReferenceData::instance().programmeArea(c.value);
            return a && !a->parentId.isEmpty();
        });
    }
    const std::vector<ChartBar> bars = barsOf(counts, most);
    QStringList said;
    if (most > 0 && counts.size() > most)
        said << tr("The %1 with the most initiatives, of %2.")
                    .arg(most)
                    .arg(locale.toString(qint64(counts.size())));
    if (!figures.withValue.ok())
        failures << figures.withValue.error().message;
    else if (const qint64 none = total - *figures.withValue; none > 0)
        said << tr("%1 of the %2 initiatives have none recorded.")
                    .arg(locale.toString(none), locale.toString(total));
    if (figures.withValue.ok() && sumOf(bars) > *figures.withValue)
        said << tr("An initiative with several values counts in each of their bars.");
    chart->setBars(bars, said.join(QLatin1Char(' ')));
}

void DashboardPane::show(const DashboardFigures &f)
{
    const QLocale locale;
    const qint64 total = f.total.ok() ? *f.total : 0;
    QStringList failures;
    for (const Error *e :
         {f.total.ok() ? nullptr : &f.total.error(), f.years.ok() ? nullptr : &f.years.error(),
          f.funding.ok() ? nullptr : &f.funding.error()})
        if (e)
            failures << e->message;

    // Start years: every year from the first to the last, so that gaps
    // show, unless a stray year would stretch them out of all proportion.
    std::vector<ChartBar> years;
    if (f.years.ok() && !f.years->empty()) {
        const int first = f.years->front().year, last = f.years->back().year;
        const bool filled = last - first < kMostYearsFilled;
        size_t k = 0;
        for (int y = first; y <= last; ++y) {
            const bool recorded = k < f.years->size() && (*f.years)[k].year == y;
            if (recorded || filled) {
                const double n = recorded ? double((*f.years)[k].initiatives) : 0;
                years.push_back({QString::number(y), QString::number(y), n,
                                 tr("%1: %2 initiatives; click for those running that year")
                                     .arg(QString::number(y), locale.toString(n))});
            }
            if (recorded)
                ++k;
            if (!filled && k < f.years->size())
                y = (*f.years)[k].year - 1; // straight to the next recorded year
        }
    }
    const qint64 withYear = sumOf(years);
    m_years->setBars(years,
                     total > withYear
                         ? tr("%1 of the %2 initiatives have no start year recorded.")
                               .arg(locale.toString(total - withYear), locale.toString(total))
                         : QString());
    showFacet(m_areas, f.areas, total, failures);
    showFacet(m_modalities, f.modalities, total, failures);
    showFacet(m_types, f.types, total, failures);
    showFacet(m_partners, f.partners, total, failures, kTopPartners);
    m_summary->setText(
        failures.isEmpty()
            ? (total == 1 ? tr("One initiative under the filter.")
                          : tr("%1 initiatives under the filter.").arg(locale.toString(total))) +
                  QLatin1Char(' ') + tr("Click a bar to filter by it.")
            : tr("Some charts could not be counted: %1").arg(failures.join(QStringLiteral("; "))));

    // Funding: the currencies by how many initiatives record them, the
    // one chosen before (or last time the window was open) kept.
    m_fundingTotals = f.funding.ok() ? *f.funding : std::vector<FundingTotal>{};
    std::map<QString, qint64> perCurrency;
    for (const FundingTotal &t : m_fundingTotals)
        perCurrency[t.currency] += t.initiatives;
    std::vector<std::pair<QString, qint64>> currencies(perCurrency.begin(), perCurrency.end());
    std::stable_sort(currencies.begin(), currencies.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    const QString chosen = m_currency->count() > 0
                               ? m_currency->currentData().toString()
                               : QSettings().value(QStringLiteral("dashboard/currency")).toString();
    {
        const QSignalBlocker quiet(m_currency);
        m_currency->clear();
        for (const auto &[code, n] : currencies)
            m_currency->addItem(code, code);
        m_currency->setCurrentIndex(std::max(0, m_currency->findData(chosen)));
    }
    m_currency->setEnabled(m_currency->count() > 1);
    showFunding();
}

void DashboardPane::showFunding()
{
    const QString currency = m_currency->currentData().toString();
    std::vector<FundingTotal> shown;
    double largest = 0;
    for (const FundingTotal &t : m_fundingTotals) {
        if (t.currency == currency) {
            shown.push_back(t);
            largest = std::max(largest, t.amount);
        }
    }
    // Thousands, millions or billions, so the figures on the bars stay
    // under a thousand and read plainly.
    double unit = 1;
    QString title = tr("Amount in %1").arg(currency);
    if (largest >= 1e9) {
        unit = 1e9;
        title = tr("Billions of %1").arg(currency);
    } else if (largest >= 1e6) {
        unit = 1e6;
        title = tr("Millions of %1").arg(currency);
    } else if (largest >= 1e4) {
        unit = 1e3;
        title = tr("Thousands of %1").arg(currency);
    }
    m_funding->setValueTitle(title, 4);
    std::vector<ChartBar> bars;
    QString caption;
    for (const FundingTotal &t : shown) {
        if (t.year == 0) {
            caption = tr("Without a year (neither the funding's nor the initiative's start): %L1 "
                         "%2.")
                          .arg(t.amount, 0, 'f', 0)
                          .arg(currency);
            continue;
        }
        bars.push_back(
            {QString::number(t.year), QString::number(t.year), t.amount / unit,
             tr("%1: %2 %3 from %4 initiatives; click for those running that year")
                 .arg(QString::number(t.year), currency, QLocale().toString(t.amount, 'f', 0),
                      QLocale().toString(t.initiatives))});
    }
    if (m_currency->count() > 1)
        caption = (caption + QLatin1Char(' ') +
                   tr("Also recorded in other currencies (%1), charted one at a time.")
                       .arg(m_currency->count() - 1))
                      .trimmed();
    m_funding->setBars(bars, caption);
}

} // namespace ssc
