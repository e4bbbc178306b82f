#pragma once

#include "core/query/CatalogueFilter.h"

#include <QWidget>

#include <vector>

class QListWidget;
class QPushButton;

namespace ssc {

// The saved searches of the open catalogue, at the top of the filter dock:
// apply one (double-click or Enter), save the current filter under a name,
// update a search to the current filter, rename, delete. The searches live
// in the catalogue file; the window does the writing (the signals).
class SavedSearchesPane : public QWidget
{
    Q_OBJECT
public:
    struct Search
    {
        QString name;
        CatalogueFilter filter;
    };

    explicit SavedSearchesPane(QWidget *parent = nullptr);
    void setSearches(std::vector<Search> searches);
    const std::vector<Search> &searches() const { return m_searches; }
    QListWidget *list() const { return m_list; }
    QString currentName() const;

signals:
    void applyRequested(const ssc::CatalogueFilter &filter);
    // Save the current filter as name (new, or the one of that name again).
    void saveRequested(const QString &name);
    void renameRequested(const QString &from, const QString &to);
    void removeRequested(const QString &name);

public slots:
    // Asks for a name and saves the current filter under it.
    void saveCurrent();

private:
    QListWidget *m_list;
    QPushButton *m_update;
    QPushButton *m_rename;
    QPushButton *m_remove;
    std::vector<Search> m_searches;
};

} // namespace ssc
