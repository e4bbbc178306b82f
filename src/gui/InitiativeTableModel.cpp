#include "InitiativeTableModel.h"

#include "core/CatalogueStore.h"
#include "core/Vocabulary.h"

namespace ssc {

namespace {

SortColumn sortColumnFor(int column)
{
    switch (column) {
    case InitiativeTableModel::Countries:
        return SortColumn::Countries;
    case InitiativeTableModel::ProgrammeAreas:
        return SortColumn::ProgrammeAreas;
    case InitiativeTableModel::Partners:
        return SortColumn::Partners;
    case InitiativeTableModel::Funding:
        return SortColumn::Funding;
    case InitiativeTableModel::Years:
        return SortColumn::Years;
    case InitiativeTableModel::Status:
        return SortColumn::Status;
    default:
        return SortColumn::Title;
    }
}

} // namespace

InitiativeTableModel::InitiativeTableModel(const CatalogueStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

void InitiativeTableModel::setFilter(const CatalogueFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void InitiativeTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    // A catalogue that cannot be read shows as empty; the window reports the error.
    const auto total = m_store.count(m_filter);
    m_total = total.ok() ? *total : 0;
    m_error = total.ok() ? QString() : total.error().message;
    endResetModel();
}

int InitiativeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int InitiativeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const InitiativeRow *InitiativeTableModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // Keep memory flat while scrolling far: forget pages out of view.
        if (m_pages.size() > 32)
            m_pages.clear();
        PageRequest request{m_sort, page * kPageSize, kPageSize};
        auto rows = m_store.page(m_filter, request);
        if (!rows.ok())
            m_error = rows.error().message;
        it = m_pages.insert(page,
                            rows.ok() ? std::move(rows.value()) : std::vector<InitiativeRow>{});
    }
    const int offset = row % kPageSize;
    return offset < int(it->size()) ? &(*it)[size_t(offset)] : nullptr;
}

QString InitiativeTableModel::initiativeId(int row) const
{
    const InitiativeRow *r = rowAt(row);
    return r ? r->id : QString();
}

QVariant InitiativeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const InitiativeRow *r = rowAt(index.row());
    if (!r)
        return {};
    switch (index.column()) {
    case Title:
        return r->title;
    case Countries:
        return r->countries;
    case ProgrammeAreas:
        return r->programmeAreas;
    case Partners:
        return r->partners;
    case Funding:
        return r->funding;
    case Years:
        return r->years();
    case Status:
        return Vocabulary::label(Vocabulary::Kind::Status, r->status);
    }
    return {};
}

QVariant InitiativeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Countries:
        return tr("Countries");
    case ProgrammeAreas:
        return tr("Programme areas");
    case Partners:
        return tr("Partners");
    case Funding:
        return tr("Funding");
    case Years:
        return tr("Years");
    case Status:
        return tr("Status");
    }
    return {};
}

void InitiativeTableModel::sort(int column, Qt::SortOrder order)
{
    const SortOrder sort{sortColumnFor(column), order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    m_sort = sort;
    beginResetModel();
    m_pages.clear();
    endResetModel();
}

} // namespace ssc
