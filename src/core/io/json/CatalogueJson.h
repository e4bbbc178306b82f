#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"

#include <QByteArray>

namespace ssc {

// The JSON catalogue format (docs/CATALOGUE_FORMAT.md), read and written with
// nlohmann_json. Reading checks structure and types and names the record and
// field of the first problem; code and reference checks are the validator's.
class CatalogueJson
{
public:
    static constexpr int kFormatVersion = 1;

    static Result<CatalogueContent> parse(const QByteArray &json, const QString &fileName);
    static Result<CatalogueContent> readFile(const QString &path);
    static QByteArray serialize(const CatalogueContent &content);
    // Writes to a temporary file beside the target and renames it, so a
    // failed write never leaves a half-written file.
    static Status writeFile(const CatalogueContent &content, const QString &path);
};

} // namespace ssc
