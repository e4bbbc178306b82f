#pragma once

#include "core/domain/Initiative.h"
#include "core/query/CatalogueFilter.h"

#include <QTextBrowser>

namespace ssc {

class CatalogueStore;

// Everything about one initiative as a readable page: summary, countries by
// role, partners, funding, dates, SDGs, results and sources as links. The
// window shows two, as the tabs Details (htmlFor) and History (historyHtml).
class InitiativeDetailsView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit InitiativeDetailsView(QWidget *parent = nullptr);

    // A page made by htmlFor (on the catalogue's thread), with the searched
    // words marked.
    void showHtml(const QString &html, const QStringList &highlight = {});
    void showNothing();

    // Countries, areas, partners and funds link here to filter by them.
    static constexpr const char *kFilterScheme = "ssc-filter";
    // The page's Edit, Duplicate and Delete links (ssc-edit:edit, ...).
    static constexpr const char *kEditScheme = "ssc-edit";
    // Whether the page begins with Edit, Duplicate and Delete links (the
    // Details tab does; the History tab does not).
    void setOffersEdits(bool offers) { m_offersEdits = offers; }
    // Which language the texts are shown in, when it is not the interface's
    // own or not the record's; empty when both agree.
    static QString languageNote(const Initiative &in, const QString &language);
    static QString htmlFor(const CatalogueStore &store, const Initiative &initiative);
    // The record's history, newest first: who changed it, when, and each
    // field from what to what.
    static QString historyHtml(const CatalogueStore &store, const QString &id);

signals:
    // A link was clicked: filter by value (in role, for a country); add
    // keeps the pane's other values as alternatives.
    void filterRequested(Facet facet, const QString &value, const QString &role, bool add);
    void externalLinkOpened(const QUrl &url);
    // "edit", "duplicate" or "delete", from the page's links or its menu.
    void editRequested(const QString &what);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool m_offersEdits = false;
};

} // namespace ssc
