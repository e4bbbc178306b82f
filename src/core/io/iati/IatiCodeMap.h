#pragma once

#include <QString>

#include <initializer_list>
#include <vector>

namespace ssc {

// One IATI code list as the catalogue maps it, both ways, in one table, so
// that the importer and the exporter cannot drift apart. A row pairs an IATI
// code with a catalogue code and says which ways it is read: IATI has codes
// the catalogue folds together (roles 2 and 3 are both a coordinator), and
// the catalogue has codes IATI folds together (a UN agency is multilateral).
class IatiCodeMap
{
public:
    enum class Way
    {
        Both,
        ImportOnly, // read from IATI; export writes the pair's other row
        ExportOnly, // written to IATI; import reads the code as another row says
    };
    struct Row
    {
        const char *iati;
        const char *catalogue;
        Way way = Way::Both;
    };
    // exportFallback: the IATI code written for a catalogue code no row
    // exports (empty: none is written).
    IatiCodeMap(std::initializer_list<Row> rows, const char *exportFallback = "");

    // The catalogue's code for an IATI code, or empty when it has none.
    QString toCatalogue(const QString &iati) const;
    // The IATI code to write for a catalogue code.
    QString toIati(const QString &catalogue) const;
    const std::vector<Row> &rows() const { return m_rows; }

    static const IatiCodeMap &organisationTypes(); // OrganisationType
    static const IatiCodeMap &organisationRoles(); // OrganisationRole (and 1.0x's words)
    static const IatiCodeMap &activityStatuses();  // ActivityStatus

private:
    std::vector<Row> m_rows;
    QString m_exportFallback;
};

} // namespace ssc
