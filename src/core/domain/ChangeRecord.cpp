#include "core/domain/ChangeRecord.h"

#include <array>
#include <utility>

namespace ssc {

namespace {

// The names stored in the catalogue file and printed by `history`.
constexpr std::array<std::pair<ChangeRecord::Action, const char *>, 5> kNames{{
    {ChangeRecord::Action::Add, "add"},
    {ChangeRecord::Action::Edit, "edit"},
    {ChangeRecord::Action::Delete, "delete"},
    {ChangeRecord::Action::Restore, "restore"},
    {ChangeRecord::Action::Import, "import"},
}};

} // namespace

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
