#include "core/io/iati/IatiWriter.h"

#include "core/base/FileCommit.h"
#include "core/io/iati/IatiActivity.h"
#include "core/io/iati/IatiCodeMap.h"
#include "core/io/iati/IatiMapping.h"
#include "core/query/CatalogueFilter.h"
#include "core/storage/CatalogueStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

namespace ssc {

namespace {

// A complete date for iso-date: "2017" and "2017-05" start on the first.
QString fullDate(const QString &date)
{
    if (date.size() == 4)
        return date + QStringLiteral("-01-01");
    if (date.size() == 7)
        return date + QStringLiteral("-01");
    return date;
}

// XML 1.0 cannot hold C0 controls but tab and line ends, nor U+FFFE/U+FFFF:
// QXmlStreamWriter stops at the first and the whole export failed. Imports
// take them out with a warning; what reaches here by another way (an edit,
// an older catalogue) is dropped from the exported text only.
void xmlSafe(QString &text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF;
    });
}

void xmlSafe(Initiative &in)
{
    for (QString *text : {&in.id, &in.iatiIdentifier, &in.title, &in.summary, &in.description,
                          &in.beneficiaries, &in.results, &in.language})
        xmlSafe(*text);
    for (Translation &t : in.translations)
        xmlSafe(t.text);
}

class ActivityWriter
{
public:
    ActivityWriter(QXmlStreamWriter &xml, const IatiWriter::ReportingOrg &reporting,
                   const QHash<QString, Organisation> &orgs, const QHash<QString, Source> &sources,
                   bool own)
        : m_xml(xml), m_reporting(reporting), m_orgs(orgs), m_sources(sources), m_own(own)
    {}

    void write(const Initiative &in)
    {
        const QString ns = catalogueNamespace();
        m_xml.writeStartElement(QStringLiteral("iati-activity"));
        if (!in.language.isEmpty())
            m_xml.writeAttribute(QStringLiteral("xml:lang"), in.language);
        m_xml.writeTextElement(QStringLiteral("iati-identifier"),
                               in.iatiIdentifier.isEmpty() ? in.id : in.iatiIdentifier);
        m_xml.writeStartElement(QStringLiteral("reporting-org"));
        m_xml.writeAttribute(QStringLiteral("ref"), m_reporting.ref);
        m_xml.writeAttribute(QStringLiteral("type"), m_reporting.type);
        narrative(m_reporting.name);
        m_xml.writeEndElement();

        m_xml.writeStartElement(QStringLiteral("title"));
        narrative(in.title);
        translations(in, QStringLiteral("title"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("description"));
        m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("1"));
        narrative(in.description.isEmpty() ? in.summary : in.description);
        translations(in, QStringLiteral("description"));
        // Standing in for a missing description, the summary does so in each
        // language the description lacks too; the import drops these again.
        if (in.description.isEmpty()) {
            for (const Translation &t : in.translations) {
                if (t.field == QLatin1String("summary") &&
                    in.descriptionIn(t.language) == in.description)
                    narrative(t.text, t.language);
            }
        }
        m_xml.writeEndElement();
        if (!in.beneficiaries.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("description"));
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("3"));
            narrative(in.beneficiaries);
            m_xml.writeEndElement();
        }
        for (const Partnership &p : in.partners) {
            m_xml.writeStartElement(QStringLiteral("participating-org"));
            m_xml.writeAttribute(QStringLiteral("ref"), p.organisation);
            m_xml.writeAttribute(QStringLiteral("role"),
                                 IatiCodeMap::organisationRoles().toIati(p.role));
            const Organisation o = m_orgs.value(p.organisation);
            if (const QString type = IatiCodeMap::organisationTypes().toIati(o.type);
                !type.isEmpty())
                m_xml.writeAttribute(QStringLiteral("type"), type);
            m_xml.writeAttribute(ns, QStringLiteral("role"), p.role);
            narrative(o.name.isEmpty() ? p.organisation : o.name);
            m_xml.writeEndElement();
        }
        empty(QStringLiteral("activity-status"),
              {{QStringLiteral("code"), IatiCodeMap::activityStatuses().toIati(in.status)}});
        date(in.status == QLatin1String("planned") ? QStringLiteral("1") : QStringLiteral("2"),
             in.start);
        if (!in.end.isEmpty())
            date(in.status == QLatin1String("completed") ? QStringLiteral("4")
                                                         : QStringLiteral("3"),
                 in.end);
        for (const CountryParticipation &c : in.countries) {
            if (c.role != QLatin1String("recipient"))
                continue;
            m_xml.writeEmptyElement(QStringLiteral("recipient-country"));
            m_xml.writeAttribute(QStringLiteral("code"), c.code);
            if (c.percentage)
                m_xml.writeAttribute(QStringLiteral("percentage"), QString::number(*c.percentage));
        }
        for (const QString &area : in.programmeAreas)
            empty(QStringLiteral("sector"),
                  {{QStringLiteral("vocabulary"), QStringLiteral("99")},
                   {QStringLiteral("vocabulary-uri"), IatiMapping::programmeAreaVocabularyUri()},
                   {QStringLiteral("code"), area}});
        for (const QString &sdg : in.sdgs)
            empty(QStringLiteral("tag"),
                  {{QStringLiteral("vocabulary"),
                    sdg.contains(QLatin1Char('.')) ? QStringLiteral("3") : QStringLiteral("2")},
                   {QStringLiteral("code"), sdg}});
        if (in.triangular)
            empty(QStringLiteral("collaboration-type"),
                  {{QStringLiteral("code"), QStringLiteral("8")}});
        for (const FundingRecord &f : in.funding) {
            if (!f.amount || !f.year)
                continue;
            const QString day = QStringLiteral("%1-01-01").arg(*f.year);
            m_xml.writeStartElement(QStringLiteral("transaction"));
            empty(QStringLiteral("transaction-type"),
                  {{QStringLiteral("code"), QStringLiteral("2")}});
            empty(QStringLiteral("transaction-date"), {{QStringLiteral("iso-date"), day}});
            m_xml.writeStartElement(QStringLiteral("value"));
            m_xml.writeAttribute(QStringLiteral("currency"), f.currency);
            m_xml.writeAttribute(QStringLiteral("value-date"), day);
            m_xml.writeCharacters(QString::number(*f.amount, 'f', -1));
            m_xml.writeEndElement();
            m_xml.writeStartElement(QStringLiteral("provider-org"));
            m_xml.writeAttribute(QStringLiteral("ref"), f.source);
            if (const QString name = m_orgs.value(f.source).name; !name.isEmpty())
                narrative(name);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        }
        if (m_own)
            writeOwn(in);
        m_xml.writeEndElement();
    }

private:
    void narrative(const QString &text, const QString &lang = {})
    {
        m_xml.writeStartElement(QStringLiteral("narrative"));
        if (!lang.isEmpty())
            m_xml.writeAttribute(QStringLiteral("xml:lang"), lang);
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
    }

    void translations(const Initiative &in, const QString &field)
    {
        for (const Translation &t : in.translations) {
            if (t.field == field)
                narrative(t.text, t.language);
        }
    }

    void empty(const QString &name, std::initializer_list<std::pair<QString, QString>> attributes)
    {
        m_xml.writeEmptyElement(name);
        for (const auto &[key, value] : attributes)
            m_xml.writeAttribute(key, value);
    }

    void date(const QString &type, const QString &value)
    {
        m_xml.writeEmptyElement(QStringLiteral("activity-date"));
        m_xml.writeAttribute(QStringLiteral("type"), type);
        m_xml.writeAttribute(QStringLiteral("iso-date"), fullDate(value));
        if (fullDate(value) != value)
            m_xml.writeAttribute(catalogueNamespace(), QStringLiteral("date"), value);
    }

    // This program's own elements: what IATI has no place for.
    void writeOwn(const Initiative &in)
    {
        const QString ns = catalogueNamespace();
        auto own = [&](const QString &name,
                       std::initializer_list<std::pair<QString, QString>> attributes) {
            m_xml.writeEmptyElement(ns, name);
            for (const auto &[key, value] : attributes) {
                if (!value.isEmpty())
                    m_xml.writeAttribute(ns, key, value);
            }
        };
        own(QStringLiteral("record"),
            {{QStringLiteral("sources"), in.sources.join(QLatin1Char(' '))}});
        if (!in.summary.isEmpty())
            m_xml.writeTextElement(ns, QStringLiteral("summary"), in.summary);
        for (const Translation &t : in.translations) {
            if (t.field != QLatin1String("summary"))
                continue;
            m_xml.writeStartElement(ns, QStringLiteral("summary"));
            m_xml.writeAttribute(QStringLiteral("xml:lang"), t.language);
            m_xml.writeCharacters(t.text);
            m_xml.writeEndElement();
        }
        if (!in.results.isEmpty())
            m_xml.writeTextElement(ns, QStringLiteral("results"), in.results);
        for (const QString &m : in.modalities)
            own(QStringLiteral("modality"), {{QStringLiteral("code"), m}});
        if (!in.activityType.isEmpty())
            own(QStringLiteral("activity-type"), {{QStringLiteral("code"), in.activityType}});
        for (const CountryParticipation &c : in.countries)
            own(QStringLiteral("country"),
                {{QStringLiteral("code"), c.code},
                 {QStringLiteral("role"), c.role},
                 {QStringLiteral("percentage"),
                  c.percentage ? QString::number(*c.percentage) : QString()}});
        for (const FundingRecord &f : in.funding)
            own(QStringLiteral("funding"),
                {{QStringLiteral("source"), f.source},
                 {QStringLiteral("amount"),
                  f.amount ? QString::number(*f.amount, 'f', -1) : QString()},
                 {QStringLiteral("currency"), f.currency},
                 {QStringLiteral("year"), f.year ? QString::number(*f.year) : QString()}});
        QStringList orgIds;
        for (const Partnership &p : in.partners)
            orgIds << p.organisation;
        for (const FundingRecord &f : in.funding)
            orgIds << f.source;
        orgIds.removeDuplicates();
        QStringList sourceIds = in.sources;
        for (const QString &id : orgIds) {
            const Organisation o = m_orgs.value(id);
            own(QStringLiteral("organisation"),
                {{QStringLiteral("id"), id},
                 {QStringLiteral("name"), o.name},
                 {QStringLiteral("acronym"), o.acronym},
                 {QStringLiteral("type"), o.type},
                 {QStringLiteral("country"), o.country},
                 {QStringLiteral("sources"), o.sources.join(QLatin1Char(' '))}});
            sourceIds += o.sources;
        }
        sourceIds.removeDuplicates();
        for (const QString &id : sourceIds) {
            const Source s = m_sources.value(id);
            own(QStringLiteral("source"), {{QStringLiteral("id"), id},
                                           {QStringLiteral("title"), s.title},
                                           {QStringLiteral("url"), s.url},
                                           {QStringLiteral("date"), s.date},
                                           {QStringLiteral("publisher"), s.publisher},
                                           {QStringLiteral("file"), s.file}});
        }
    }

    QXmlStreamWriter &m_xml;
    const IatiWriter::ReportingOrg &m_reporting;
    const QHash<QString, Organisation> &m_orgs;
    const QHash<QString, Source> &m_sources;
    bool m_own = true;
};

} // namespace

QString IatiWriter::missingRequirement(const Initiative &in)
{
    // Every reason at once, so that one edit can mend the record.
    QStringList missing;
    if (in.status.isEmpty())
        missing << QCoreApplication::translate("IatiWriter",
                                               "no status (IATI requires activity-status)");
    if (in.start.isEmpty())
        missing << QCoreApplication::translate("IatiWriter",
                                               "no start date (IATI requires an activity-date)");
    if (in.partners.empty())
        missing << QCoreApplication::translate(
            "IatiWriter", "no partner organisation (IATI requires a participating-org)");
    if (in.description.isEmpty() && in.summary.isEmpty())
        missing << QCoreApplication::translate(
            "IatiWriter", "no description or summary (IATI requires a description)");
    return missing.join(QStringLiteral("; "));
}

Result<IatiWriter::Summary> IatiWriter::write(const CatalogueStore &store,
                                              const std::vector<qint64> &rowIds,
                                              const QString &path, const ReportingOrg &reporting,
                                              const std::function<bool(qint64, qint64)> &progress,
                                              bool withCatalogueFields)
{
    std::vector<qint64> ids = rowIds;
    if (ids.empty()) {
        auto all = store.rowIds(CatalogueFilter());
        if (!all)
            return all.error();
        ids = std::move(*all);
    }
    auto allOrganisations = store.organisations();
    if (!allOrganisations.ok())
        return allOrganisations.error();
    auto allSources = store.sources();
    if (!allSources.ok())
        return allSources.error();
    QHash<QString, Organisation> orgs;
    for (Organisation &o : *allOrganisations) {
        xmlSafe(o.name);
        xmlSafe(o.acronym);
        orgs.insert(o.id, std::move(o));
    }
    QHash<QString, Source> sources;
    for (Source &s : *allSources) {
        for (QString *text : {&s.title, &s.url, &s.publisher, &s.file})
            xmlSafe(*text);
        sources.insert(s.id, std::move(s));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("IatiWriter", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeNamespace(catalogueNamespace(), QStringLiteral("ssc"));
    xml.writeStartElement(QStringLiteral("iati-activities"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.03"));
    xml.writeAttribute(QStringLiteral("generated-datetime"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    // The schema requires the publisher's name: the catalogue's, else its ref,
    // else the catalogue file's name.
    ReportingOrg publisher = reporting;
    for (const QString &name :
         {store.name(), reporting.ref, QFileInfo(store.path()).completeBaseName(),
          QStringLiteral("SSC Catalogue")}) {
        if (publisher.name.isEmpty())
            publisher.name = name;
    }
    ActivityWriter activity(xml, publisher, orgs, sources, withCatalogueFields);
    Summary summary;
    bool stopped = false;
    qint64 done = 0;
    const Status read = store.forEachInitiative(ids, true, [&](qsizetype, Initiative &&in) {
        if (const QString missing = missingRequirement(in); !missing.isEmpty())
            summary.leftOut.push_back({in.id, missing});
        else {
            xmlSafe(in);
            activity.write(in);
            ++summary.written;
        }
        if (progress && ++done % 256 == 0 && !progress(done, qint64(ids.size()))) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!read)
        return read.error();
    if (stopped) {
        file.cancelWriting();
        return Error{
            QCoreApplication::translate("IatiWriter", "Export cancelled: %1 was not written")
                .arg(path)};
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    QString failed;
    if (xml.hasError()) {
        // The device refused a write (a full disk), or else the writer a text.
        failed = file.error() != QFileDevice::NoError
                     ? file.errorString()
                     : QCoreApplication::translate("IatiWriter",
                                                   "a text holds a character XML cannot hold");
        file.cancelWriting();
    } else {
        failed = commitSaveFile(file);
    }
    if (!failed.isEmpty())
        return Error{
            QCoreApplication::translate("IatiWriter", "Cannot write %1: %2").arg(path, failed)};
    return summary;
}

} // namespace ssc
