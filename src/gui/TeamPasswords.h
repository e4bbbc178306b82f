#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace ssc {

// Where the window keeps a team catalogue's password when asked to remember
// it: the system keychain (QtKeychain: the Secret Service or KWallet), or,
// on a system without one, libpq's ~/.pgpass, readable by its owner alone.
// Never the settings file. libpq reads ~/.pgpass by itself; a password in the
// keychain is read before each connection.
class TeamPasswords : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The keychain's password for the server (url: as libpq takes it);
    // done("") when it has none or there is no keychain.
    void read(const QString &url, std::function<void(const QString &)> done);
    // done(where it was kept, in words) or done with an error message.
    struct Saved
    {
        bool ok = false;
        QString said;
    };
    void save(const QString &url, const QString &password, std::function<void(const Saved &)> done);

    static QString service();
};

} // namespace ssc
