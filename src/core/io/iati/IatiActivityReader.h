#pragma once

#include "core/io/iati/BoundedXmlReader.h"
#include "core/io/iati/IatiActivity.h"

#include <QHash>
#include <QString>
#include <QXmlStreamReader>

class QIODevice;

namespace ssc {

// Reads iati-activity elements one at a time from an IATI activity file
// (versions 1.0x to 2.03) with QXmlStreamReader, so a file of any size
// needs the memory of one activity. Elements of other namespaces are
// skipped (and noted on the activity), this program's own are read.
class IatiActivityReader
{
public:
    IatiActivityReader(QIODevice *device, QString fileName);

    // The next activity; false at the end of the file, when it is not
    // well-formed XML or passes one of BoundedXmlReader's bounds (error()
    // then names the line).
    bool next(IatiActivity &activity);
    QString error() const { return m_error; }
    // From the iati-activities element: the file's version and date.
    QString fileVersion() const { return m_fileVersion; }
    QString generated() const { return m_generated; }

private:
    void readActivity(IatiActivity &a);
    void readCatalogueElement(IatiActivity &a, const QString &name);
    std::vector<IatiActivity::Narrative> readNarratives(IatiActivity &a, const QString &field);
    // The current element's text; empty, with the error raised, when it is
    // longer than BoundedXmlReader::kMaxTextChars.
    QString text(IatiActivity &a, const QString &field, bool includeChildren);
    void tooLong(IatiActivity &a, const QString &field);
    IatiActivity::Org readOrg(IatiActivity &a, const QString &field);
    IatiActivity::Value readValue(IatiActivity &a, const QString &field);
    QString attribute(const char *name) const;
    // The local name when the element is in this program's namespace, else
    // empty; notes other prefixes on the activity.
    QString catalogueName(IatiActivity &a, const QString &qualifiedName);
    QString catalogueAttribute(const char *localName) const;
    void learnPrefixes();

    BoundedXmlReader m_in;
    QXmlStreamReader &m_xml = m_in.xml(); // names and attributes; tokens come through m_in
    QString m_fileName;
    QString m_error;
    QString m_fileVersion;
    QString m_fileLanguage;
    QString m_fileCurrency;
    QString m_generated;
    QHash<QString, QString> m_prefixes; // prefix -> namespace URI, as declared
    QString m_cataloguePrefix;          // "ssc:" when this program's namespace is declared
};

} // namespace ssc
