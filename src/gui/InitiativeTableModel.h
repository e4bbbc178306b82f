#pragma once

#include "core/CatalogueFilter.h"
#include "core/QueryTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ssc {

class CatalogueStore;

// The results table. Knows only the total; rows are fetched from the store
// a page at a time when the view asks for them, and sorting is a query.
class InitiativeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Countries,
        ProgrammeAreas,
        Partners,
        Funding,
        Years,
        Status,
        ColumnCount
    };

    explicit InitiativeTableModel(const CatalogueStore &store, QObject *parent = nullptr);

    void setFilter(const CatalogueFilter &filter);
    const CatalogueFilter &filter() const { return m_filter; }
    qint64 total() const { return m_total; }
    QString initiativeId(int row) const;
    // Why the last query failed, or empty.
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int kPageSize = 200;

private:
    const InitiativeRow *rowAt(int row) const;
    void reload();

    const CatalogueStore &m_store;
    CatalogueFilter m_filter;
    SortOrder m_sort;
    qint64 m_total = 0;
    mutable QHash<int, std::vector<InitiativeRow>> m_pages;
    mutable QString m_error;
};

} // namespace ssc
