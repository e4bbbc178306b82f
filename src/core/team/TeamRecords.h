#pragma once

// The record helpers the team catalogue's sync and change bundles share
// (core/team only).

#include "core/base/Result.h"
#include "core/io/json/CatalogueJson.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>

namespace ssc::team {

// Bodies are compared and merged as JSON objects with sorted keys, so the
// order a writer gave the fields does not matter.
using Json = nlohmann::json;

inline const QString kInitiative = QStringLiteral("initiative");
inline const QString kOrganisation = QStringLiteral("organisation");
inline const QString kSource = QStringLiteral("source");

// A record's JSON as an object (null when it is not one).
Json objectOf(const QString &body);
// A field's value as a conflict keeps it: its JSON ("null" when absent).
QString textOf(const Json &object, const std::string &field);
Json field(const Json &object, const std::string &name);
void setField(Json &object, const std::string &name, const Json &value);
// The open conflicts, by record and field.
using OpenConflicts = std::map<QString, std::map<QString, CatalogueStore::TeamConflict>>;
Result<OpenConflicts> openConflicts(const CatalogueStore &store);
// The record here, or none when it is not (deleted, or never here).
Result<std::optional<Initiative>> localRecord(const CatalogueStore &store, const QString &key);
Result<std::optional<Initiative>> initiativeFrom(const Json &object);
// Writes a record here as given (or removes it) in step, with its history
// entry naming whoever changed it.
Status writeLocally(CatalogueStore::TeamStep &step, const std::optional<Initiative> &before,
                    const std::optional<Initiative> &after, const QString &author);
// The three-way merge of one record: its state when last in step (was),
// here, and theirs (null: deleted). A field changed on one side takes that
// side's value; on both, a conflict keeps mine and theirs beside it (open
// conflicts stay open, with their latest value). A delete against an edit
// is a conflict on the field "deleted". What the record here becomes, and
// the conflicts, go into step.
Status mergeRecord(CatalogueStore::TeamStep &step, const QString &key, const Json &was,
                   const std::optional<Initiative> &here, const Json &theirs,
                   const std::map<QString, CatalogueStore::TeamConflict> &open,
                   const QString &author);

// One organisation or source as the catalogue format writes it, and back.
template <typename T>
inline QString bodyOf(const T &record, std::vector<T> CatalogueContent::*list, const char *name)
{
    CatalogueContent c;
    (c.*list).push_back(record);
    return QString::fromStdString(
        Json::parse(CatalogueJson::serialize(c).toStdString())[name][0].dump());
}

template <typename T>
inline Result<T> fromBody(const QString &body, std::vector<T> CatalogueContent::*list,
                          const char *name)
{
    Json root = {{"format", "ssc-catalogue"}, {"formatVersion", CatalogueJson::kFormatVersion}};
    root[name] = Json::array({objectOf(body)});
    auto content = CatalogueJson::parse(QByteArray::fromStdString(root.dump()),
                                        QStringLiteral("the team catalogue"));
    if (!content.ok())
        return content.error();
    if ((*content.*list).size() != 1)
        return Error{QCoreApplication::translate("TeamSync", "A damaged record"),
                     Error::Kind::Catalogue};
    return (*content.*list).front();
}

} // namespace ssc::team
