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
    // No values known yet (a large catalogue whose index is being built):
    // the panes are empty and say message, and the panel keeps the
    // selection setFilter() gives it until setUniverse().
    void clearUniverse(const QString &message);
    // Says message above the panes (empty: nothing), which are disabled meanwhile.
    void setPaneMessage(const QString &message);
    QString paneMessage() const;
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

    // Hides the values no initiative under the filter has (a checked one stays).
    void setHideEmpty(bool hide);
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void filterChanged();
    void clearAllRequested();

private:
    struct Section;
    Section &addSection(const QString &title, std::vector<Facet> facets);
    Section &sectionFor(Facet facet) const;
    void setYears(std::optional<int> from, std::optional<int> to);
    // Sizes each pane to its rows, up to kRows; the pane in use may take
    // the dock's height. Coalesced: many changes, one fitting.
    void fitSectionsLater();
    void fitSection(Section &section);

    std::unique_ptr<Ui::FilterPanel> m_ui;
    std::vector<std::unique_ptr<Section>> m_sections;
    bool m_updating = false;
    bool m_hasUniverse = true;
    bool m_fitPending = false;
    Section *m_active = nullptr; // the pane last used
    CatalogueFilter m_held;      // the selection while there is no universe
};

} // namespace ssc
