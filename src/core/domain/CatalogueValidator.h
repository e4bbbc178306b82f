#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"

#include <functional>

namespace ssc {

// Checks catalogue content before anything is written: codes against the
// reference data, dates, duplicate ids, and references between records.
// Each problem names the record and the field and says what was expected.
class CatalogueValidator
{
public:
    // What the target catalogue already holds (all false for an empty one).
    struct Existing
    {
        std::function<bool(const QString &)> source = [](const QString &) { return false; };
        std::function<bool(const QString &)> organisation = [](const QString &) { return false; };
        std::function<bool(const QString &)> initiative = [](const QString &) { return false; };
    };

    static Status validate(const CatalogueContent &content, const Existing &existing);
    static Status validate(const CatalogueContent &content);
    static bool isValidDate(const QString &date);
    static bool isValidKey(const QString &key, bool allowSlash);
    // A key for an identifier published elsewhere (IATI): the identifier
    // itself when it is a valid key; else each run of other characters
    // becomes "_" and eight hex digits of the identifier's SHA-1 follow
    // ("FI-3-2020-_2020000056.1a2b3c4d"), so that it is the same on every
    // import and two identifiers that differ only there stay apart.
    static QString keyForIdentifier(const QString &identifier);
};

} // namespace ssc
