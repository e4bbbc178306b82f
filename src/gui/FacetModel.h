#pragma once

#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QSortFilterProxyModel>

#include <unordered_map>
#include <vector>

namespace ssc {

// The values of one filter pane as a tree (regions over countries, parent
// areas over their children) or a list: a check box and a name in the first
// column, the count under the current filter in the second. Counts change
// with every query; the values only when another catalogue opens.
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Count,
        ColumnCount
    };
    enum Role
    {
        CountRole = Qt::UserRole + 1,
        ValueRole,
    };

    struct Node
    {
        Facet facet = Facet::Country;
        QString value;
        QString label;
        QColor colour; // shown as a swatch when valid (SDG goals)
        int parent = -1;
        std::vector<int> children;
        qint64 count = 0;
        bool checked = false;
    };

    explicit FacetModel(QObject *parent = nullptr);

    // nodes[i].parent refers to an earlier node; children are filled in here.
    void setNodes(std::vector<Node> nodes);
    // New counts come with countsChanged rather than dataChanged: a view
    // told of a range of thousands of rows measures every row in it (over
    // 10 ms for the partner list), while the counts only matter where they
    // are painted. Views repaint on countsChanged; a filter depending on the
    // counts re-filters.
    void setCounts(const FacetCounts &counts);
    // Check boxes as the filter says; no checkedChanged.
    void setChecked(const CatalogueFilter &filter);
    QStringList checkedValues(Facet facet) const;
    QString labelOf(Facet facet, const QString &value) const;
    QModelIndex indexOf(Facet facet, const QString &value) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The user ticked or cleared a box.
    void checkedChanged();
    void countsChanged();

private:
    int nodeOf(const QModelIndex &index) const;
    int nodeFor(Facet facet, const QString &value) const;
    QModelIndex indexOfNode(int node, int column = Name) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    std::unordered_map<int, QHash<QString, int>> m_nodeOf; // facet -> value -> node
};

// What a pane shows of its model: values with no matches hidden on request
// (a checked one always stays), and the values whose name holds the find text.
class FacetFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FacetFilterProxy(QObject *parent = nullptr);
    void setHideEmpty(bool hide);
    void setSourceModel(QAbstractItemModel *source) override;
    void setFindText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideEmpty = false;
    QString m_find;
};

} // namespace ssc
