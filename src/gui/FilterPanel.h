#pragma once

#include "FacetModel.h"

#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"

#include <QWidget>

#include <memory>
#include <vector>

class QSettings;
class QTreeView;

namespace Ui {
class FilterPanel;
class FacetSection;
} // namespace Ui

namespace ssc {

// The filter panes of the dock: country (region > sub-region > country, with
// a role), programme area, partner (with a find box), funding source,
// modality, activity type, SDG and status, each a collapsible section with
// live counts, plus the years. It holds check states only; the window asks
// it for the filter and gives it the counts each query returns.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    // The values a catalogue has (counts over the whole catalogue).
    void setUniverse(const FacetCounts &all);
    void setCounts(const FacetCounts &counts);
    // Shows the filter's selection (text is not the panel's) without
    // emitting filterChanged.
    void setFilter(const CatalogueFilter &filter);
    // The panel's part of a filter: facets, role and years.
    CatalogueFilter filter() const;
    QString labelOf(Facet facet, const QString &value) const;

    // For tests and keyboard users: the list of a facet and its model.
    QTreeView *viewFor(Facet facet) const;
    FacetModel *modelFor(Facet facet) const;
    QWidget *roleChooser() const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void filterChanged();
    void clearAllRequested();

private:
    struct Section;
    Section &addSection(const QString &title, std::vector<Facet> facets);
    Section &sectionFor(Facet facet) const;
    void setYears(std::optional<int> from, std::optional<int> to);

    std::unique_ptr<Ui::FilterPanel> m_ui;
    std::vector<std::unique_ptr<Section>> m_sections;
    bool m_updating = false;
};

} // namespace ssc
