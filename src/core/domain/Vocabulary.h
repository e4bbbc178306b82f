#pragma once

#include <QString>
#include <QStringList>

namespace ssc {

// The closed lists of codes a catalogue uses (status, modality, roles...).
// Codes are stored and exchanged; labels are translated for display.
class Vocabulary
{
public:
    enum class Kind
    {
        Status,
        Modality,
        ActivityType,
        CountryRole,
        PartnerRole,
        OrganisationType,
    };

    static const QStringList &codes(Kind kind);
    static bool contains(Kind kind, const QString &code);
    // In the interface language.
    static QString label(Kind kind, const QString &code);
    // As written in the source: stored labels (InitiativeLabels) must not
    // depend on the language the program ran in when it wrote them.
    static QString englishLabel(Kind kind, const QString &code);
    // Accepts a code or its English label in any case ("Technical assistance").
    static QString codeFor(Kind kind, const QString &text);
    static QString kindName(Kind kind);
};

} // namespace ssc
