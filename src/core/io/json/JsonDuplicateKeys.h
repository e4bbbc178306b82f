#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace ssc {

// nlohmann_json keeps the last of two equal keys in an object without a
// word, so {"title": "A", "title": "B"} would import as "B". This parses
// with a callback that notes the first key given twice and where.
struct DuplicateKey
{
    QString key;
    // Where the object is, such as "initiatives[3]" or "(top level)".
    QString path;
    // For a key inside one of the three lists: which list and element, so
    // that the record's id can be named.
    QString list;
    qsizetype index = -1;
};

// Parses bytes into root as json::parse does (and throws as it does); the
// first duplicate key, if any, is returned.
std::optional<DuplicateKey> parseNotingDuplicateKeys(const QByteArray &bytes, nlohmann::json &root);

} // namespace ssc
