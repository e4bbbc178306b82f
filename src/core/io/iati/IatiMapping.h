#pragma once

#include "core/io/format/ImportTypes.h"
#include "core/io/iati/IatiActivity.h"

namespace ssc {

// Turns an IATI activity into a catalogue record, following
// docs/IATI_MAPPING.md. Untidy values never stop the record: each becomes a
// warning naming the element and what was expected, checked against the
// IATI codelists. Only a missing identifier or title rejects it.
class IatiMapping
{
public:
    // fileSource is the imported file as a source: every record cites it.
    explicit IatiMapping(Source fileSource);

    ImportedRecord map(const IatiActivity &activity) const;

    // The catalogue's organisation type for an IATI OrganisationType code.
    static QString organisationType(const QString &iatiType);
    // An IATI OrganisationRole (code or 1.0x name) as a partner role.
    static QString partnerRole(const QString &iatiRole);
    // The IATI identifier for the programme-area sector vocabulary (99).
    static QString programmeAreaVocabularyUri();

private:
    Source m_source;
};

} // namespace ssc
