// Each column's sort order against an order worked out here, not by the engines.
