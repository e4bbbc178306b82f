#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>

#include <functional>

namespace ssc {

// How far a build of the index has got, told step by step to whoever waits
// for it (the window's progress bar), who may answer false to stop it: the
// build then returns cancelled() and leaves nothing behind. A build of a
// million initiatives takes about a minute in some twenty steps.
class BuildProgress
{
public:
    // done and total steps; false stops the build.
    using Report = std::function<bool(int done, int total)>;

    explicit BuildProgress(Report report = {}) : m_report(std::move(report)) {}

    void setTotal(int total) { m_total = total; }
    // One more step done; false when the build is to stop.
    [[nodiscard]] bool advance()
    {
        ++m_done;
        return !m_report || m_report(m_done, m_total);
    }
    static Error cancelled()
    {
        return Error{QCoreApplication::translate("BuildProgress", "Building the index was stopped"),
                     Error::Kind::Cancelled};
    }

private:
    Report m_report;
    int m_done = 0;
    int m_total = 1;
};

} // namespace ssc
