#pragma once
// How every report format words its figures, so that the HTML, the PDF,
// Markdown and CSV say the same numbers the same way. Internal to report.

#include "Report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <utility>
#include <vector>

namespace ssc::wording {

struct ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// In the report's language (QLocale's default, set with the interface
// language): "1,234" in English, "1 234" in French. The CSV, XLSX and JSON
// reports write plain numbers instead, for programs to read.
inline QString number(qint64 n)
{
    return QLocale().toString(n);
}

inline QString amount(double a)
{
    return QLocale().toString(a, 'f', 2);
}

inline QString amounts(const std::vector<CurrencyAmount> &list)
{
    QStringList parts;
    for (const CurrencyAmount &a : list)
        parts << a.currency + QLatin1Char(' ') + amount(a.amount);
    return parts.join(QStringLiteral("; "));
}

inline QString yearsText(const Report &r)
{
    if (!r.firstYear)
        return {};
    return *r.firstYear == *r.lastYear ? QString::number(*r.firstYear)
                                       : QStringLiteral("%1–%2").arg(*r.firstYear).arg(*r.lastYear);
}

// Headline figures as label/value pairs, shared by every format.
inline std::vector<std::pair<QString, QString>> headline(const Report &r)
{
    std::vector<std::pair<QString, QString>> rows;
    rows.push_back({ReportTr::tr("Initiatives"), number(r.initiativeCount)});
    rows.push_back({ReportTr::tr("Countries involved"), number(r.countryCount)});
    for (const auto &[role, n] : r.countriesByRole)
        rows.push_back({ReportTr::tr("%1 countries").arg(role), number(n)});
    rows.push_back({ReportTr::tr("Partners"), number(r.partnerCount)});
    for (const CurrencyAmount &a : r.funding)
        rows.push_back({ReportTr::tr("Funding in %1").arg(a.currency), amount(a.amount)});
    rows.push_back({ReportTr::tr("Years covered"), yearsText(r)});
    return rows;
}

} // namespace ssc::wording
