#include "TeamPasswords.h"

#include "core/storage/TeamServer.h"
#include "core/team/PgPassFile.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace ssc {

namespace {

// The name a password goes by in the keychain: the role and the server it
// is for, as the user would recognise them there.
QString keyOf(const TeamServer::Address &a)
{
    return QStringLiteral("%1@%2:%3/%4").arg(a.user, a.host, a.port, a.database);
}

} // namespace

QString TeamPasswords::service()
{
    return QStringLiteral("SSC Catalogue team catalogue");
}

void TeamPasswords::read(const QString &url, std::function<void(const QString &)> done)
{
    auto address = TeamServer::address(url);
    if (!address.ok())
        return done({});
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(keyOf(*address));
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start();
}

void TeamPasswords::save(const QString &url, const QString &password,
                         std::function<void(const Saved &)> done)
{
    auto address = TeamServer::address(url);
    if (!address.ok())
        return done({false, address.error().message});
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(keyOf(*address));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [job, a = *address, password, done = std::move(done)] {
                if (job->error() == QKeychain::NoError)
                    return done({true, tr("The password is kept in the system keychain.")});
                // No keychain here (no Secret Service or KWallet running):
                // libpq's own file, readable by its owner alone.
                if (Status s = PgPassFile::save(a, password); !s)
                    return done({false, tr("The password could not be kept: %1; %2")
                                            .arg(job->errorString(), s.error().message)});
                done({true, tr("There is no system keychain here (%1); the password is kept in "
                               "%2, readable by you alone.")
                                .arg(job->errorString(), PgPassFile::path())});
            });
    job->start();
}

} // namespace ssc
