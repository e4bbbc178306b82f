#pragma once

#include "FacetModel.h"

#include "core/query/QueryTypes.h"

#include <vector>

namespace ssc {

// The values of the pane whose last facet is facet, as its model shows them:
// region > sub-region > country, programme areas under their parents in the
// taxonomy's order, SDGs by number with their colours, other values by name.
// Only the values the catalogue has (all: counts over the whole catalogue).
std::vector<FacetModel::Node> paneNodes(const FacetCounts &all, Facet facet);

} // namespace ssc
