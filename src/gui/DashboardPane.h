#pragma once

#include "core/base/Result.h"
#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;

namespace ssc {

class CatalogueSession;
class DashboardChart;

// Everything the dashboard charts, counted in one visit to the catalogue's
// thread: facet counts within the filter (QueryEngine::countsWithin), the
// start years and the funding per year and currency.
struct DashboardFigures
{
    // One facet's bars, and how many initiatives have any value of it, so
    // that a chart can say how many it leaves out.
    struct Facet
    {
        Result<std::vector<FacetValueCount>> counts = std::vector<FacetValueCount>{};
        Result<qint64> withValue = qint64(0);
    };
    bool outdated = false; // a newer filter came first: not counted
    Result<qint64> total = qint64(0);
    Result<std::vector<YearCount>> years = std::vector<YearCount>{};
    Facet areas, modalities, types, partners;
    Result<std::vector<FundingTotal>> funding = std::vector<FundingTotal>{};
};

// The Dashboard tab beside the results: charts of the initiatives under
// the window's filter (by start year, programme area, modality, activity
// type, top partners, and funding per year in one currency at a time,
// never added across currencies). Counted when the tab shows and again at
// each filter change while it does. A click on a bar asks the window to
// filter by it.
class DashboardPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTopPartners = 10;
    // Beyond this span the start years are charted as recorded, without the
    // empty years between: one mistyped year ("0201") would make thousands.
    static constexpr int kMostYearsFilled = 60;

    DashboardPane(CatalogueSession *session, QWidget *parent = nullptr);

    void setFilter(const CatalogueFilter &filter);
    // Counting, or charts still to be drawn.
    bool isCounting() const;
    const std::vector<DashboardChart *> &charts() const { return m_charts; }
    DashboardChart *chart(const QString &name) const;
    QComboBox *currency() const { return m_currency; }

signals:
    // A bar of a facet's chart: filter by that value (add: Ctrl+click).
    void facetClicked(Facet facet, const QString &value, bool add);
    // A bar of the start years or the funding: the initiatives that year.
    void yearClicked(int year);
    void counted();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void recount();
    void show(const DashboardFigures &figures);
    void showFunding();
    void arrange();

    CatalogueSession *m_session;
    CatalogueFilter m_filter;
    std::vector<DashboardChart *> m_charts;
    DashboardChart *m_years;
    DashboardChart *m_areas;
    DashboardChart *m_modalities;
    DashboardChart *m_types;
    DashboardChart *m_partners;
    DashboardChart *m_funding;
    QComboBox *m_currency;
    QLabel *m_summary;
    QGridLayout *m_grid;
    void showFacet(DashboardChart *chart, const DashboardFigures::Facet &figures, qint64 total,
                   QStringList &failures, size_t most = 0);

    std::vector<FundingTotal> m_fundingTotals;
    // The newest filter's number, read by the catalogue's thread, which
    // skips counts a newer filter has overtaken.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_columns = 0;
    bool m_stale = true;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace ssc
