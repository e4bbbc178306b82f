#pragma once

#include "core/base/Result.h"
#include "core/storage/TeamServer.h"

#include <QString>

namespace ssc {

// libpq's own file of passwords, ~/.pgpass (or $PGPASSFILE): where a team
// catalogue's password is kept on a system without a keychain. libpq reads
// it by itself on every connection; this only writes it. Each line is
// host:port:database:user:password with ':' and '\' escaped, and libpq
// ignores the file unless only its owner may read it.
class PgPassFile
{
public:
    static QString path();
    // Adds the password for that address, replacing one kept for the same
    // address; the other lines are kept as they are. All or nothing.
    [[nodiscard]] static Status save(const TeamServer::Address &address, const QString &password);
    // The password kept for exactly that address (empty: none).
    static QString find(const TeamServer::Address &address);
};

} // namespace ssc
