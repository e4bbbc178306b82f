#include "core/io/iati/IatiCodeMap.h"

namespace ssc {

IatiCodeMap::IatiCodeMap(std::initializer_list<Row> rows, const char *exportFallback)
    : m_rows(rows), m_exportFallback(QString::fromLatin1(exportFallback))
{}

QString IatiCodeMap::toCatalogue(const QString &iati) const
{
    for (const Row &r : m_rows)
        if (r.way != Way::ExportOnly && iati == QLatin1String(r.iati))
            return QString::fromLatin1(r.catalogue);
    return {};
}

QString IatiCodeMap::toIati(const QString &catalogue) const
{
    for (const Row &r : m_rows)
        if (r.way != Way::ImportOnly && catalogue == QLatin1String(r.catalogue))
            return QString::fromLatin1(r.iati);
    return m_exportFallback;
}

const IatiCodeMap &IatiCodeMap::organisationTypes()
{
    using W = Way;
    static const IatiCodeMap map({
        {"10", "government"},
        {"11", "government", W::ImportOnly},
        {"15", "government", W::ImportOnly},
        {"21", "ngo"},
        {"22", "ngo", W::ImportOnly},
        {"23", "ngo", W::ImportOnly},
        {"24", "ngo", W::ImportOnly},
        {"40", "multilateral"},
        {"40", "un-agency", W::ExportOnly},
        {"70", "private-sector"},
        {"71", "private-sector", W::ImportOnly},
        {"72", "private-sector", W::ImportOnly},
        {"73", "private-sector", W::ImportOnly},
        {"80", "academia"},
    });
    return map;
}

const IatiCodeMap &IatiCodeMap::organisationRoles()
{
    using W = Way;
    // Implementers, technical partners and hosts are all implementing (4).
    static const IatiCodeMap map(
        {
            {"1", "funder"},
            {"2", "coordinator"},
            {"3", "coordinator", W::ImportOnly},
            {"4", "implementer"},
            // IATI 1.0x wrote the role as a word.
            {"funding", "funder", W::ImportOnly},
            {"accountable", "coordinator", W::ImportOnly},
            {"extending", "coordinator", W::ImportOnly},
            {"implementing", "implementer", W::ImportOnly},
        },
        "4");
    return map;
}

const IatiCodeMap &IatiCodeMap::activityStatuses()
{
    using W = Way;
    static const IatiCodeMap map({
        {"1", "planned"},
        {"2", "ongoing"},
        {"3", "completed", W::ImportOnly}, // finalisation
        {"4", "completed"},
    });
    return map;
}

} // namespace ssc
