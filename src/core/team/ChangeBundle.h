#pragma once

#include "core/base/Result.h"
#include "core/storage/CatalogueStore.h"

#include <QDateTime>
#include <QString>

namespace ssc {

// Changes carried as a file, for offices without a connection: `bundle`
// writes the records changed since a moment (or, in a copy of a team
// catalogue, since its last sync), each with the state it was changed from;
// `import` of the file applies them by the sync's rules, field by field,
// conflicts kept both ways. Applying a bundle twice changes nothing.
class ChangeBundle
{
public:
    static constexpr int kFormatVersion = 1;

    // since invalid: the changes not yet sent to the team catalogue.
    // Returns the number of records written to the file.
    static Result<int> write(const CatalogueStore &store, const QDateTime &since,
                             const QString &path);

    struct Applied
    {
        int changed = 0;   // records written here
        int unchanged = 0; // already as the bundle has them
        int conflicts = 0; // fields changed here and in the bundle
    };
    static Result<Applied> apply(CatalogueStore &store, const QString &path);
    // Whether the file is a change bundle (by its first bytes).
    static bool isBundle(const QString &path);
};

} // namespace ssc
