#pragma once

#include "Report.h"

#include <QHash>

#include <memory>

namespace ssc {

class ReportListFile;

// "03 Good health", as the report names an SDG.
QString reportSdgName(int goal);

// What a report sums while its initiatives are read: the headline figures,
// each breakdown, the sources in citation order, and the list rows. It is
// told one initiative at a time, on one thread, and is read when all are in.
class ReportTally
{
public:
    // The first `listed` positions go into the list: into listFile, or
    // when there is none into report.initiatives (sized by the caller).
    ReportTally(Report &report, QHash<QString, Organisation> organisations, std::size_t listed,
                ReportListFile *listFile);
    ~ReportTally();

    // The initiative at this position in the report's order.
    Status add(qsizetype position, const Initiative &in);
    // Puts the headline figures and breakdowns into the report; the keys
    // of the sources cited, in the order the list first cites them.
    QStringList finish();

private:
    struct Sums;
    Report &m_report;
    std::unique_ptr<Sums> m_sums;
};

} // namespace ssc
