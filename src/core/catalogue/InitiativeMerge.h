#pragma once

#include "core/domain/Initiative.h"

#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace ssc {

// Two records of one initiative made into one, field by field: the kept
// record's value, the other's, or for a list both (united, each entry
// once). The kept record keeps its key; the other's key becomes an alias
// of it (CatalogueEditor::merge).
class InitiativeMerge
{
public:
    enum class Take
    {
        Kept,
        Other,
        Both, // lists only
    };

    // One field of the merge, declared once in InitiativeMerge.cpp.
    struct Field
    {
        QString name; // as the catalogue format names it: "countries"
        QString label;
        bool list = false;
        // The field's value, for the person choosing: one line per entry.
        std::function<QString(const Initiative &)> text;
        // Writes the choice into merged, from kept and other.
        std::function<void(Initiative &merged, const Initiative &kept, const Initiative &other,
                           Take take)>
            apply;
    };
    static const std::vector<Field> &fields();

    using Choices = std::map<QString, Take>;
    // What a merge takes unless told otherwise: countries, partners,
    // funding, sources (and the other lists) united; for the rest the kept
    // record's value, or the other's where the kept one has none.
    static Choices defaults(const Initiative &kept, const Initiative &other);
    // The merged record: the kept one's key, each field as chosen (a field
    // not in choices as defaults() would take it).
    static Initiative merged(const Initiative &kept, const Initiative &other,
                             const Choices &choices);
};

} // namespace ssc
