#include "core/io/ImportSpill.h"
#include "core/base/FileCommit.h"

#include <QCoreApplication>
#include <QDir>

namespace ssc {

namespace {

// Every field of the records the write pass needs; a test reads back a
// record with every field set and compares it with the original.
template <typename T> void put(QDataStream &s, const std::optional<T> &v)
{
    s << bool(v);
    if (v)
        s << *v;
}

template <typename T> void get(QDataStream &s, std::optional<T> &v)
{
    bool has = false;
    s >> has;
    v.reset();
    if (has) {
        T value{};
        s >> value;
        v = value;
    }
}

void put(QDataStream &s, const Source &v)
{
    s << v.id << v.title << v.url << v.date << v.publisher << v.file;
}

void get(QDataStream &s, Source &v)
{
    s >> v.id >> v.title >> v.url >> v.date >> v.publisher >> v.file;
}

void put(QDataStream &s, const Organisation &v)
{
    s << v.id << v.name << v.acronym << v.type << v.country << v.sources;
}

void get(QDataStream &s, Organisation &v)
{
    s >> v.id >> v.name >> v.acronym >> v.type >> v.country >> v.sources;
}

void put(QDataStream &s, const CountryParticipation &v)
{
    s << v.code << v.role;
    put(s, v.percentage);
}

void get(QDataStream &s, CountryParticipation &v)
{
    s >> v.code >> v.role;
    get(s, v.percentage);
}

void put(QDataStream &s, const Partnership &v)
{
    s << v.organisation << v.role;
}

void get(QDataStream &s, Partnership &v)
{
    s >> v.organisation >> v.role;
}

void put(QDataStream &s, const FundingRecord &v)
{
    s << v.source;
    put(s, v.amount);
    s << v.currency;
    put(s, v.year);
}

void get(QDataStream &s, FundingRecord &v)
{
    s >> v.source;
    get(s, v.amount);
    s >> v.currency;
    get(s, v.year);
}

void put(QDataStream &s, const Translation &v)
{
    s << v.field << v.language << v.text;
}

void get(QDataStream &s, Translation &v)
{
    s >> v.field >> v.language >> v.text;
}

void put(QDataStream &s, const FieldChange &v)
{
    s << v.field << v.before << v.after;
}

void get(QDataStream &s, FieldChange &v)
{
    s >> v.field >> v.before >> v.after;
}

void put(QDataStream &s, const SavedSearchText &v)
{
    s << v.name << v.filter;
}

void get(QDataStream &s, SavedSearchText &v)
{
    s >> v.name >> v.filter;
}

template <typename T> void put(QDataStream &s, const std::vector<T> &list);
template <typename T> void get(QDataStream &s, std::vector<T> &list);

void put(QDataStream &s, const ChangeRecord &v)
{
    s << v.id << v.at << v.author << int(v.action) << v.record << v.title << v.file;
    put(s, v.fields);
    s << v.snapshot;
}

void get(QDataStream &s, ChangeRecord &v)
{
    int action = 0;
    s >> v.id >> v.at >> v.author >> action >> v.record >> v.title >> v.file;
    v.action = ChangeRecord::Action(action);
    get(s, v.fields);
    s >> v.snapshot;
}

template <typename T> void put(QDataStream &s, const std::vector<T> &list)
{
    s << quint32(list.size());
    for (const T &v : list)
        put(s, v);
}

template <typename T> void get(QDataStream &s, std::vector<T> &list)
{
    quint32 n = 0;
    s >> n;
    list.clear();
    for (quint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i)
        get(s, list.emplace_back());
}

void put(QDataStream &s, const Initiative &v)
{
    s << v.id << v.iatiIdentifier << v.title << v.summary << v.description << v.status << v.start
      << v.end << v.modalities << v.activityType;
    put(s, v.countries);
    s << v.programmeAreas;
    put(s, v.partners);
    put(s, v.funding);
    s << v.sdgs << v.beneficiaries << v.results << v.sources << v.triangular << v.language;
    put(s, v.translations);
}

void get(QDataStream &s, Initiative &v)
{
    s >> v.id >> v.iatiIdentifier >> v.title >> v.summary >> v.description >> v.status >> v.start >>
        v.end >> v.modalities >> v.activityType;
    get(s, v.countries);
    s >> v.programmeAreas;
    get(s, v.partners);
    get(s, v.funding);
    s >> v.sdgs >> v.beneficiaries >> v.results >> v.sources >> v.triangular >> v.language;
    get(s, v.translations);
}

} // namespace

ImportSpill::ImportSpill() : m_file(QDir::tempPath() + QStringLiteral("/ssc-import-XXXXXX.tmp")) {}

Error ImportSpill::failure()
{
    // A write that failed in QDataStream leaves no reason on the file; a
    // flush gets the system's ("No space left on device", "File too
    // large"). The disk, not the input, is at fault: a catalogue error.
    QString reason = flushFile(m_file);
    if (reason.isEmpty())
        reason = m_file.errorString();
    return Error{
        QCoreApplication::translate("ImportSpill", "Cannot keep the checked records in %1: %2")
            .arg(m_file.fileName(), reason),
        Error::Kind::Catalogue};
}

Status ImportSpill::clear()
{
    m_count = 0;
    m_progress = 0;
    m_out.setDevice(nullptr);
    if (!m_file.isOpen() && !m_file.open())
        return failure();
    if (!m_file.resize(0) || !m_file.seek(0))
        return failure();
    m_out.setDevice(&m_file);
    m_out.setVersion(QDataStream::Qt_6_4);
    return success();
}

Status ImportSpill::add(const ImportedRecord &r)
{
    m_out << qint64(r.line) << qint64(r.ordinal);
    put(m_out, r.initiative);
    put(m_out, r.organisations);
    put(m_out, r.sources);
    m_out << r.sharedOnly << r.catalogueName << r.synthetic;
    put(m_out, r.history);
    put(m_out, r.savedSearches);
    if (m_out.status() != QDataStream::Ok)
        return failure();
    ++m_count;
    return success();
}

Status ImportSpill::flush()
{
    return m_file.flush() ? success() : failure();
}

Status ImportSpill::read(const std::function<bool(ImportedRecord &&)> &visit)
{
    m_progress = 0;
    if (!m_file.isOpen() || !m_file.flush() || !m_file.seek(0))
        return failure();
    QDataStream in(&m_file);
    in.setVersion(QDataStream::Qt_6_4);
    const double size = double(std::max<qint64>(1, m_file.size()));
    for (qint64 i = 0; i < m_count; ++i) {
        ImportedRecord r;
        qint64 line = 0;
        qint64 ordinal = 0;
        in >> line >> ordinal;
        r.line = line;
        r.ordinal = qsizetype(ordinal);
        get(in, r.initiative);
        get(in, r.organisations);
        get(in, r.sources);
        in >> r.sharedOnly >> r.catalogueName >> r.synthetic;
        get(in, r.history);
        get(in, r.savedSearches);
        if (in.status() != QDataStream::Ok)
            return failure();
        m_progress = double(m_file.pos()) / size;
        if (!visit(std::move(r)))
            break;
    }
    // Later records are written after the end of what was read.
    m_file.seek(m_file.size());
    m_progress = 1;
    return success();
}

} // namespace ssc
