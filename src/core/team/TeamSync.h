#pragma once

#include "core/base/Result.h"
#include "core/storage/CatalogueStore.h"

#include <QString>

namespace ssc {

// A local catalogue kept in step with a team catalogue on a PostgreSQL
// server (core/storage/TeamServer). The local file stays the working copy;
// a sync receives the server's changes since the last one and sends the
// records changed here, merging each record field by field against the
// server's state last seen (its base): a field changed on one side only
// takes that side's value; the same field changed on both sides is a
// conflict, which keeps the user's value here and the server's beside it
// until the user chooses. A delete against an edit is a conflict too.
//
// Each side writes in one transaction: receiving is one local transaction,
// sending one server transaction that is refused whole when the server has
// moved on meanwhile (then the sync receives again). A sync cut off at any
// point leaves both sides consistent, and the next one completes it.
class TeamSync
{
public:
    struct Report
    {
        QString server;
        bool encrypted = false;
        int received = 0;  // records the server changed, taken in here
        int sent = 0;      // records changed here, sent
        int merged = 0;    // records changed on both sides, merged field by field
        int conflicts = 0; // fields changed on both sides, awaiting a choice
        // The server's revision for this sync's push (0: nothing sent): the
        // change the server then announces to its listeners is this one's.
        qint64 pushedRevision = 0;
    };

    // `server init`: makes an empty PostgreSQL database a team catalogue;
    // with from, publishes that catalogue to it and makes it a copy.
    static Result<Report> createServer(const QString &url, CatalogueStore *from);
    // `clone`: fills an empty local catalogue from the server.
    // password: for this connection only, when not in ~/.pgpass.
    static Result<Report> clone(const QString &url, CatalogueStore &store,
                                const QString &password = {});
    // `sync`: with the server the catalogue records.
    // `clone --db PATH`: into a new file, written beside it and renamed when
    // complete, so that a clone cut off leaves no half catalogue.
    static Result<Report> cloneTo(const QString &url, const QString &path,
                                  const QString &password = {});
    static Result<Report> sync(CatalogueStore &store, const QString &password = {});
    // Connect as another user (role) of the same server from now on: the
    // copy's URL with that user.
    [[nodiscard]] static Status changeUser(CatalogueStore &store, const QString &user);
    // `resolve`: settles a conflict with the value here (mine) or the
    // server's; field "deleted" settles a delete against an edit.
    static Status resolve(CatalogueStore &store, const QString &key, const QString &field,
                          bool mine);

    // A conflict's value as a person reads it: a string as it is, a whole
    // record (a delete against an edit) by its title, anything else as its
    // JSON, "(none)" for a field the record lacks.
    static QString readableValue(const QString &value);

    // The name of the pseudo-field of a delete against an edit.
    static constexpr const char *kDeleted = "deleted";
};

} // namespace ssc
