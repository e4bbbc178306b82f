#pragma once

#include "core/Initiative.h"

#include <QTextBrowser>

namespace ssc {

class CatalogueStore;

// Everything about one initiative as a readable page: summary, countries by
// role, partners, funding, dates, SDGs, results and sources as links.
class InitiativeDetailsView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit InitiativeDetailsView(QWidget *parent = nullptr);

    void showInitiative(const CatalogueStore &store, const Initiative &initiative);
    void showNothing();

    static QString htmlFor(const CatalogueStore &store, const Initiative &initiative);
};

} // namespace ssc
