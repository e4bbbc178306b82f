#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace ssc {

// The few fields of a record by which likely duplicates are found: read for
// every record of a catalogue at once, so nothing more than these.
struct RecordSketch
{
    QString key;
    QString iatiIdentifier; // as published, when it is not the key
    QString title;
    std::vector<QString> countries; // ISO alpha-2, any role
    std::optional<int> startYear;
    std::optional<int> endYear;
    bool openEnded = false; // ongoing with no end: runs into every later year
};

} // namespace ssc
