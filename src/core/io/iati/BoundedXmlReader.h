#pragma once

#include <QXmlStreamReader>

#include <optional>

class QIODevice;

namespace ssc {

// QXmlStreamReader fed from a device in chunks, with the bounds a hostile
// file needs: elements nested no deeper than kMaxDepth (text and skipping
// are read without recursion), entity references that could not expand
// past kMaxEntityChars in all (checked before the bytes holding them reach
// the parser, which would otherwise build the whole expanded text in one
// token), and text of at most kMaxTextChars per element. External entities
// are never resolved: no resolver is set.
class BoundedXmlReader
{
public:
    // An IATI activity nests about six deep (iati-activities, iati-activity,
    // transaction, provider-org, narrative); extensions add a few. 256 is
    // far beyond any real file and far below what a stack can take.
    static constexpr int kMaxDepth = 256;
    // The longest field of a real activity (a description of several pages)
    // is tens of thousands of characters; 4 Mi characters (8 MB in memory)
    // is a book's worth and keeps one field's memory bounded.
    static constexpr qsizetype kMaxTextChars = 4 * 1024 * 1024;
    // IATI files do not declare entities; a file that does may use a few
    // names for long organisation names. All its references together may
    // add at most this many characters.
    static constexpr qint64 kMaxEntityChars = 1'000'000;
    // What one reference may expand to, nested references included (Qt's
    // own default, stated here because the bound above relies on it).
    static constexpr int kEntityExpansionLimit = 4096;

    explicit BoundedXmlReader(QIODevice *device);

    // The parser itself, for names, attributes and errors. Read tokens only
    // through the functions below, which feed it and keep the bounds.
    QXmlStreamReader &xml() { return m_xml; }
    const QXmlStreamReader &xml() const { return m_xml; }

    QXmlStreamReader::TokenType readNext();
    // As QXmlStreamReader's, through readNext().
    bool readNextStartElement();
    void skipCurrentElement();
    // The text of the current element up to its end (with its children's
    // text when includeChildren, else children are skipped); nothing when
    // it is longer than kMaxTextChars (the caller says which field).
    std::optional<QString> readElementText(bool includeChildren);

    bool atEnd() const { return m_xml.atEnd(); }
    bool hasError() const { return m_xml.hasError(); }
    void raiseError(const QString &message) { m_xml.raiseError(message); }
    // Where the error is: for a badly encoded byte, that byte's line and
    // column (0-based, as QXmlStreamReader counts), not the parser's
    // position, which may be a block (dozens of lines) earlier.
    qint64 errorLine() const;
    qint64 errorColumn() const;

private:
    bool feed();
    void learnEntities();
    void locateEncodingError();

    QIODevice *m_device;
    QXmlStreamReader m_xml;
    int m_depth = 0;
    qint64 m_references = 0;  // '&' in the bytes fed that may name an entity
    qint64 m_entityBound = 0; // the most one reference may expand to; 0: none declared
    std::optional<std::pair<qint64, qint64>> m_encodingError; // line, column
};

} // namespace ssc
