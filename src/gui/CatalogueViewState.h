#pragma once

#include "core/query/CatalogueFilter.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ssc {

// What the window shows of one catalogue file, kept in the settings per
// file: its filter, and the results' sort order and columns. Opening another
// catalogue starts from that one's own state, not from the last one's.
struct CatalogueViewState
{
    CatalogueFilter filter;
    QByteArray columns; // QHeaderView::saveState(): order, widths, sort

    // The state saved for this file, if any.
    static std::optional<CatalogueViewState> load(const QString &cataloguePath);
    void save(const QString &cataloguePath) const;
};

} // namespace ssc
