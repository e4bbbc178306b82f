#pragma once

#include "core/query/CatalogueFilter.h"
#include "core/query/QueryTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace ssc {

// The results table. Knows the total and the pages fetched so far; a row the
// view asks for that is not there yet shows empty and asks for its page
// (pageWanted), which the window fetches off the GUI thread. Sorting is a
// query too (sortWanted). Pages far from view are forgotten, so memory stays
// flat while scrolling a million rows.
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

    explicit InitiativeTableModel(QObject *parent = nullptr);

    // A new answer: generation identifies it, so late pages of an older one
    // are dropped.
    void setResult(quint64 generation, qint64 total, std::vector<InitiativeRow> firstPage);
    void setPage(quint64 generation, int page, std::vector<InitiativeRow> rows);
    quint64 generation() const { return m_generation; }
    const SortOrder &sortOrder() const { return m_sort; }
    void setSortOrder(const SortOrder &sort) { m_sort = sort; }
    static int columnFor(SortColumn column);
    // The language pages are asked in (PageRequest::titleLanguage): the
    // interface language's ISO 639-1 code, "en" for English.
    static QString titleLanguage();
    qint64 total() const { return m_total; }
    QString initiativeId(int row) const;
    // The row of this initiative among the rows fetched so far, or -1.
    int rowOf(const QString &id) const;
    bool hasRow(int row) const { return rowAt(row) != nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int kPageSize = 200;

signals:
    void pageWanted(quint64 generation, int page) const;
    void sortWanted(const SortOrder &sort);

private:
    const InitiativeRow *rowAt(int row) const;
    static QString titleToolTip(const InitiativeRow &r);

    SortOrder m_sort;
    quint64 m_generation = 0;
    qint64 m_total = 0;
    QHash<int, std::vector<InitiativeRow>> m_pages;
    mutable QSet<int> m_asked;
};

} // namespace ssc
