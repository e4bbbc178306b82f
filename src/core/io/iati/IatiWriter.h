#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"

#include <functional>
#include <vector>

namespace ssc {

class CatalogueStore;

// Writes initiatives as an IATI 2.03 activity file that validates against
// the official schema. What IATI has no element for (summary, results,
// modalities, roles other than recipient, sources...) goes in this
// program's own namespace, so that the file imports back to the same
// records. Initiatives lacking what IATI requires of every activity (a
// status, a start date, a participating organisation, a description) are
// left out and listed.
class IatiWriter
{
public:
    struct ReportingOrg
    {
        QString ref;  // the publisher's IATI organisation identifier
        QString type; // OrganisationType code
        QString name;
    };
    struct LeftOut
    {
        QString id;
        QString reason;
    };
    struct Summary
    {
        qint64 written = 0;
        std::vector<LeftOut> leftOut;
    };

    // rowIds empty: the whole catalogue. progress is told the number done
    // and may return false to cancel (nothing is written then).
    // withCatalogueFields false leaves out this program's own elements:
    // plain IATI, as other publishers write it (benchmarks).
    static Result<Summary> write(const CatalogueStore &store, const std::vector<qint64> &rowIds,
                                 const QString &path, const ReportingOrg &reporting,
                                 const std::function<bool(qint64, qint64)> &progress = {},
                                 bool withCatalogueFields = true);
    // Why IATI cannot hold this initiative, or empty when it can.
    static QString missingRequirement(const Initiative &initiative);
};

} // namespace ssc
