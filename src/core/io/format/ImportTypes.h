#pragma once

#include "core/base/Result.h"
#include "core/domain/Initiative.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace ssc {

enum class ImportFormat
{
    Iati,
    Csv,
    Json,
};

// One record as an importer read it: the initiative, the organisations and
// sources it refers to (those already in the catalogue are kept as they
// are), what was untidy about it, and why it cannot be imported if so.
struct ImportedRecord
{
    qint64 line = 0;
    // Its place among the records the file gave, from 0; set when checked.
    qsizetype ordinal = 0;
    Initiative initiative;
    std::vector<Organisation> organisations;
    std::vector<Source> sources;
    QStringList warnings;
    QString rejection; // empty when the record can be imported
    // No initiative: the sources and organisations a catalogue file lists,
    // handed over first so that those no initiative cites come in too.
    bool sharedOnly = false;
    QString catalogueName; // with sharedOnly: the file's name, for an unnamed catalogue
    bool synthetic = false;
    // With sharedOnly: a catalogue file's history and saved searches.
    std::vector<ChangeRecord> history;
    std::vector<SavedSearchText> savedSearches;
};

// Reads one file format into records. read() starts from the beginning of
// the file each time it is called, hands records over one at a time so
// memory stays flat,
// and stops early when visit returns false. It fails only when the file
// cannot be read at all (not found, not well-formed), naming the line.
class Importer
{
public:
    virtual ~Importer() = default;
    virtual Status read(const std::function<bool(ImportedRecord &&)> &visit) = 0;
    // How far the last read() got, 0 to 1 (for progress bars).
    virtual double progress() const = 0;
    // What the last read() found about the file as a whole (columns it
    // does not know, say), for the import report.
    virtual QStringList notes() const { return {}; }

    // Which importer reads which format: see FileFormats (core/io).
    static QString formatName(ImportFormat format);

    // The imported file as a source every record from it cites:
    // "<kind>-file:<name>" with this title and date.
    static Source fileSource(const QString &kind, const QString &path, const QString &title,
                             const QString &date = {});
    // The id of an organisation known only by its name: "name:" and the
    // name folded to lower-case ASCII words joined by "-"; empty for a name
    // with no letters or digits.
    static QString organisationIdForName(const QString &name);
};

} // namespace ssc
