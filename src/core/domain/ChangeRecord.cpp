#include "core/domain/ChangeRecord.h"

#include <QDir>

#include <array>
#include <utility>

namespace ssc {

namespace {

// The names stored in the catalogue file and printed by `history`.
constexpr std::array<std::pair<ChangeRecord::Action, const char *>, 6> kNames{{
    {ChangeRecord::Action::Add, "add"},
    {ChangeRecord::Action::Edit, "edit"},
    {ChangeRecord::Action::Delete, "delete"},
    {ChangeRecord::Action::Restore, "restore"},
    {ChangeRecord::Action::Import, "import"},
    {ChangeRecord::Action::Merge, "merge"},
}};

} // namespace

QString ChangeRecord::accountName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // The home folder is named after the account where no variable says it.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

QString ChangeRecord::actionName(Action action)
{
    for (const auto &[a, name] : kNames)
        if (a == action)
            return QString::fromLatin1(name);
    return {};
}

bool ChangeRecord::actionFromName(const QString &name, Action &action)
{
    for (const auto &[a, n] : kNames) {
        if (name == QLatin1String(n)) {
            action = a;
            return true;
        }
    }
    return false;
}

} // namespace ssc
