#include "core/query/FullTextQuery.h"

#include <QStringList>

namespace ssc {

namespace {

// Splits into runs of letters and digits, as FTS5's unicode61 tokenizer does.
QStringList tokens(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current += c;
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

} // namespace

FullTextQuery::Words FullTextQuery::words(const QString &userText, bool lastWordIsPrefix)
{
    Words result;
    const QStringList quoted = userText.split(QLatin1Char('"'));
    const bool endsInsideOrAfterPhrase =
        quoted.size() % 2 == 0 || userText.trimmed().endsWith(QLatin1Char('"'));
    for (const QString &part : quoted)
        result.words << tokens(part);
    const bool typingWord =
        !userText.isEmpty() && !userText.back().isSpace() && !endsInsideOrAfterPhrase;
    result.lastIsPrefix = lastWordIsPrefix && typingWord && !result.words.isEmpty();
    return result;
}

QString FullTextQuery::toMatchExpression(const QString &userText, bool lastWordIsPrefix)
{
    const Words w = words(userText, lastWordIsPrefix);
    QStringList parts;
    for (const QString &word : w.words)
        parts << QLatin1Char('"') + word + QLatin1Char('"');
    if (parts.isEmpty())
        return {};
    if (w.lastIsPrefix)
        parts.last() += QLatin1Char('*');
    return parts.join(QLatin1Char(' '));
}

} // namespace ssc
