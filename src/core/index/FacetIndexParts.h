#pragma once

// What the facet index's files share: its slots and small helpers.
#include "core/query/QueryTypes.h"

#include <roaring/roaring.hh>

#include <cstddef>
#include <vector>

namespace ssc::facetindex {

// An end year for "still running": after every year asked for.
constexpr qint16 kOpenEnded = 32767;
// The bitmap slot of "any role".
constexpr int kAnyRole = 0;

inline std::size_t indexOf(Facet facet)
{
    return std::size_t(facet);
}

inline Roaring unionAll(const std::vector<const Roaring *> &parts)
{
    if (parts.empty())
        return Roaring();
    return Roaring::fastunion(parts.size(), const_cast<const Roaring **>(parts.data()));
}

} // namespace ssc::facetindex
