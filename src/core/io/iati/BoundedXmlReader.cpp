#include "core/io/iati/BoundedXmlReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

namespace ssc {

namespace {

constexpr qint64 kChunk = 64 * 1024;

// The '&' of the bytes that may start a reference to a declared entity:
// not a character reference (&#..;) nor one of XML's five predefined
// entities. One cut off at the end of the chunk counts: an overestimate.
qint64 entityReferences(const QByteArray &bytes)
{
    static const QByteArrayView predefined[] = {"amp;", "lt;", "gt;", "quot;", "apos;"};
    qint64 count = 0;
    for (qsizetype i = bytes.indexOf('&'); i >= 0; i = bytes.indexOf('&', i + 1)) {
        const QByteArrayView rest = QByteArrayView(bytes).sliced(i + 1);
        if (rest.startsWith('#'))
            continue;
        if (std::none_of(std::begin(predefined), std::end(predefined),
                         [&](QByteArrayView p) { return rest.startsWith(p); }))
            ++count;
    }
    return count;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("BoundedXmlReader", text);
}

} // namespace

BoundedXmlReader::BoundedXmlReader(QIODevice *device) : m_device(device)
{
    m_xml.setEntityExpansionLimit(kEntityExpansionLimit);
}

bool BoundedXmlReader::feed()
{
    if (!m_device || m_device->atEnd())
        return false;
    const QByteArray bytes = m_device->read(kChunk);
    if (bytes.isEmpty())
        return false;
    m_references += entityReferences(bytes);
    // Checked before the parser sees the bytes: it expands every reference
    // of a text into one token, so afterwards would be too late.
    if (m_entityBound > 0 && m_references * m_entityBound > kMaxEntityChars) {
        m_xml.raiseError(tr("its entity references could expand to more than %1 characters")
                             .arg(kMaxEntityChars));
        return false;
    }
    m_xml.addData(bytes);
    return true;
}

void BoundedXmlReader::learnEntities()
{
    // The declarations come before any element, but the bytes after them
    // may already be fed: the references counted so far count too.
    for (const QXmlStreamEntityDeclaration &e : m_xml.entityDeclarations()) {
        const qint64 bound = e.value().contains(QLatin1Char('&'))
                                 ? kEntityExpansionLimit
                                 : std::min<qint64>(e.value().size(), kEntityExpansionLimit);
        m_entityBound = std::max(m_entityBound, std::max<qint64>(bound, 1));
    }
    if (m_entityBound > 0 && m_references * m_entityBound > kMaxEntityChars) {
        m_xml.raiseError(tr("its entity references could expand to more than %1 characters")
                             .arg(kMaxEntityChars));
    }
}

QXmlStreamReader::TokenType BoundedXmlReader::readNext()
{
    for (;;) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid &&
            m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
            continue;
        if (token == QXmlStreamReader::Invalid &&
            m_xml.error() == QXmlStreamReader::NotWellFormedError)
            locateEncodingError();
        if (token == QXmlStreamReader::DTD)
            learnEntities();
        else if (token == QXmlStreamReader::StartElement && ++m_depth > kMaxDepth)
            m_xml.raiseError(tr("nesting deeper than %1 elements").arg(kMaxDepth));
        else if (token == QXmlStreamReader::EndElement)
            --m_depth;
        return m_xml.hasError() ? QXmlStreamReader::Invalid : token;
    }
}

bool BoundedXmlReader::readNextStartElement()
{
    while (readNext() != QXmlStreamReader::Invalid) {
        if (m_xml.isEndElement())
            return false;
        if (m_xml.isStartElement())
            return true;
    }
    return false;
}

void BoundedXmlReader::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0 && readNext() != QXmlStreamReader::Invalid) {
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement())
            --depth;
    }
}

std::optional<QString> BoundedXmlReader::readElementText(bool includeChildren)
{
    QString text;
    int depth = 1;
    while (depth > 0 && readNext() != QXmlStreamReader::Invalid) {
        if (m_xml.isStartElement()) {
            if (includeChildren)
                ++depth;
            else
                skipCurrentElement();
        } else if (m_xml.isEndElement()) {
            --depth;
        } else if (m_xml.isCharacters() || m_xml.isEntityReference()) {
            if (text.size() + m_xml.text().size() > kMaxTextChars)
                return std::nullopt;
            text += m_xml.text();
        }
    }
    return text;
}

void BoundedXmlReader::locateEncodingError()
{
    // QXmlStreamReader decodes a block ahead of where it parses: the
    // position it gives for a bad byte can be dozens of lines early. The
    // file is decoded again from the start to find the byte itself.
    // Qt's own message, translated as Qt translates it (the context and
    // text are variables so that lupdate does not take them as ours).
    static const char *const qtContext = "QXmlStream";
    static const char *const qtMessage = "Encountered incorrectly encoded content.";
    static const QString encodingError = QCoreApplication::translate(qtContext, qtMessage);
    if (m_encodingError || m_xml.errorString() != encodingError || !m_device ||
        m_device->isSequential() || !m_device->seek(0))
        return;
    const QByteArray head = m_device->peek(4);
    std::optional<QStringConverter::Encoding> encoding =
        QStringConverter::encodingForData(head, u'<');
    if (!encoding && !m_xml.documentEncoding().isEmpty())
        encoding = QStringConverter::encodingForName(m_xml.documentEncoding().toLatin1());
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8));
    qint64 line = 1;
    qint64 column = 0;
    while (!m_device->atEnd()) {
        const QString text = decoder.decode(m_device->read(kChunk));
        const qsizetype bad = decoder.hasError() ? text.indexOf(QChar::ReplacementCharacter) : -1;
        const QStringView seen = QStringView(text).left(bad >= 0 ? bad : text.size());
        for (const QChar c : seen) {
            if (c == QLatin1Char('\n')) {
                ++line;
                column = 0;
            } else {
                ++column;
            }
        }
        if (bad >= 0) {
            m_encodingError = {line, column};
            return;
        }
    }
}

qint64 BoundedXmlReader::errorLine() const
{
    return m_encodingError ? m_encodingError->first : m_xml.lineNumber();
}

qint64 BoundedXmlReader::errorColumn() const
{
    return m_encodingError ? m_encodingError->second : m_xml.columnNumber();
}

} // namespace ssc
