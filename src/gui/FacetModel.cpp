#include "FacetModel.h"

#include "core/domain/ReferenceData.h"

#include <QApplication>
#include <QPalette>

#include <unordered_map>

namespace ssc {

FacetModel::FacetModel(QObject *parent) : QAbstractItemModel(parent) {}

void FacetModel::setNodes(std::vector<Node> nodes)
{
    beginResetModel();
    m_nodes = std::move(nodes);
    m_roots.clear();
    m_nodeOf.clear();
    for (int i = 0; i < int(m_nodes.size()); ++i)
        m_nodeOf[int(m_nodes[size_t(i)].facet)].insert(m_nodes[size_t(i)].value, i);
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        m_nodes[size_t(i)].children.clear();
        const int p = m_nodes[size_t(i)].parent;
        if (p >= 0 && p < i)
            m_nodes[size_t(p)].children.push_back(i);
        else
            m_roots.push_back(i);
    }
    endResetModel();
}

void FacetModel::setCounts(const FacetCounts &counts)
{
    for (Node &n : m_nodes)
        n.count = 0;
    for (const auto &[facet, values] : counts) {
        const auto lookup = m_nodeOf.find(int(facet));
        if (lookup == m_nodeOf.end())
            continue;
        for (const FacetValueCount &v : values) {
            const auto node = lookup->second.constFind(v.value);
            if (node != lookup->second.constEnd())
                m_nodes[size_t(*node)].count = v.count;
        }
    }
    emit countsChanged();
}

void FacetModel::setChecked(const CatalogueFilter &filter)
{
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        Node &n = m_nodes[size_t(i)];
        const bool checked = filter.values(n.facet).contains(n.value);
        if (checked != n.checked) {
            n.checked = checked;
            const QModelIndex idx = indexOfNode(i);
            emit dataChanged(idx, idx, {Qt::CheckStateRole, Qt::ForegroundRole});
        }
    }
}

QStringList FacetModel::checkedValues(Facet facet) const
{
    QStringList values;
    for (const Node &n : m_nodes) {
        if (n.facet == facet && n.checked)
            values << n.value;
    }
    return values;
}

int FacetModel::nodeFor(Facet facet, const QString &value) const
{
    const auto values = m_nodeOf.find(int(facet));
    return values == m_nodeOf.end() ? -1 : values->second.value(value, -1);
}

QString FacetModel::labelOf(Facet facet, const QString &value) const
{
    const int node = nodeFor(facet, value);
    return node < 0 ? value : m_nodes[size_t(node)].label;
}

QModelIndex FacetModel::indexOf(Facet facet, const QString &value) const
{
    return indexOfNode(nodeFor(facet, value));
}

int FacetModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex FacetModel::indexOfNode(int node, int column) const
{
    if (node < 0)
        return {};
    const int p = m_nodes[size_t(node)].parent;
    const std::vector<int> &siblings = p < 0 ? m_roots : m_nodes[size_t(p)].children;
    const auto it = std::find(siblings.begin(), siblings.end(), node);
    return createIndex(int(it - siblings.begin()), column, quintptr(node));
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    const int p = nodeOf(parent);
    const std::vector<int> &siblings = p < 0 ? m_roots : m_nodes[size_t(p)].children;
    if (row < 0 || row >= int(siblings.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(siblings[size_t(row)]));
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    return n < 0 ? QModelIndex() : indexOfNode(m_nodes[size_t(n)].parent);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int p = nodeOf(parent);
    return int(p < 0 ? m_roots.size() : m_nodes[size_t(p)].children.size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0)
        return {};
    const Node &node = m_nodes[size_t(n)];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Count)
            return QLocale().toString(node.count);
        return node.label;
    case Qt::ToolTipRole:
        return tr("%1: %n initiative(s) under the current filter", nullptr, int(node.count))
            .arg(node.label);
    case Qt::CheckStateRole:
        if (index.column() == Name)
            return node.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == Name && node.colour.isValid())
            return node.colour;
        return {};
    case Qt::ForegroundRole:
        if (node.count == 0 && !node.checked)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Count)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CountRole:
        return node.count;
    case ValueRole:
        return node.value;
    }
    return {};
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int n = nodeOf(index);
    if (n < 0 || role != Qt::CheckStateRole || index.column() != Name)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_nodes[size_t(n)].checked == checked)
        return true;
    m_nodes[size_t(n)].checked = checked;
    emit dataChanged(index, index.siblingAtColumn(Count));
    emit checkedChanged();
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

FacetFilterProxy::FacetFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void FacetFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    QSortFilterProxyModel::setSourceModel(source);
    if (auto *facets = qobject_cast<FacetModel *>(source)) {
        connect(facets, &FacetModel::countsChanged, this, [this] {
            if (m_hideEmpty)
                invalidateRowsFilter();
        });
    }
}

void FacetFilterProxy::setHideEmpty(bool hide)
{
    if (hide == m_hideEmpty)
        return;
    m_hideEmpty = hide;
    invalidateRowsFilter();
}

void FacetFilterProxy::setFindText(const QString &text)
{
    const QString folded = ReferenceData::fold(text.trimmed());
    if (folded == m_find)
        return;
    m_find = folded;
    invalidateRowsFilter();
}

bool FacetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool checked = idx.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    if (m_hideEmpty && !checked && idx.data(FacetModel::CountRole).toLongLong() == 0)
        return false;
    return m_find.isEmpty() || checked ||
           ReferenceData::fold(idx.data(Qt::DisplayRole).toString()).contains(m_find);
}

} // namespace ssc
