#include "FullTextQuery.h"

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

QString FullTextQuery::toMatchExpression(const QString &userText, bool lastWordIsPrefix)
{
    QStringList parts;
    const QStringList quoted = userText.split(QLatin1Char('"'));
    const bool endsInsideOrAfterPhrase =
        quoted.size() % 2 == 0 || userText.trimmed().endsWith(QLatin1Char('"'));
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const QStringList words = tokens(quoted[i]);
        if (words.isEmpty())
            continue;
        for (const QString &w : words)
            parts << QLatin1Char('"') + w + QLatin1Char('"');
    }
    if (parts.isEmpty())
        return {};
    const bool typingWord =
        !userText.isEmpty() && !userText.back().isSpace() && !endsInsideOrAfterPhrase;
    if (lastWordIsPrefix && typingWord)
        parts.last() += QLatin1Char('*');
    return parts.join(QLatin1Char(' '));
}

} // namespace ssc
