#include "core/io/json/JsonImporter.h"

#include "core/io/json/CatalogueJson.h"

#include <QHash>

namespace ssc {

Status JsonImporter::read(const std::function<bool(ImportedRecord &&)> &visit)
{
    m_progress = 0;
    Result<CatalogueContent> content = CatalogueJson::readFile(m_path);
    if (!content)
        return content.error();
    QHash<QString, const Source *> sources;
    for (const Source &s : content->sources)
        sources.insert(s.id, &s);
    QHash<QString, const Organisation *> organisations;
    for (const Organisation &o : content->organisations)
        organisations.insert(o.id, &o);
    ImportedRecord shared;
    shared.sharedOnly = true;
    shared.sources = content->sources;
    shared.organisations = content->organisations;
    shared.catalogueName = content->name;
    shared.synthetic = content->synthetic;
    shared.history = content->history;
    shared.savedSearches = content->savedSearches;
    if (!visit(std::move(shared)))
        return success();
    const double count = double(std::max<std::size_t>(1, content->initiatives.size()));
    for (std::size_t i = 0; i < content->initiatives.size(); ++i) {
        ImportedRecord r;
        r.initiative = content->initiatives[i];
        // Organisations first, then the sources they and the record cite.
        QStringList orgIds;
        for (const Partnership &p : r.initiative.partners)
            orgIds << p.organisation;
        for (const FundingRecord &f : r.initiative.funding)
            orgIds << f.source;
        orgIds.removeDuplicates();
        QStringList sourceIds = r.initiative.sources;
        for (const QString &id : orgIds) {
            if (const Organisation *o = organisations.value(id)) {
                r.organisations.push_back(*o);
                sourceIds += o->sources;
            }
        }
        sourceIds.removeDuplicates();
        for (const QString &id : sourceIds) {
            if (const Source *s = sources.value(id))
                r.sources.push_back(*s);
        }
        m_progress = double(i) / count;
        if (!visit(std::move(r)))
            return success();
    }
    m_progress = 1;
    return success();
}

} // namespace ssc
