#include "core/query/FullTextQuery.h"

#include <QStringList>

namespace ssc {

namespace {

// The combining marks FTS5's unicode61 tokenizer keeps inside a word (and
// removes, remove_diacritics 2): some of U+0300-U+0331, as SQLite's
// sqlite3Fts5UnicodeIsdiacritic() lists them. It splits at every other
// non-spacing mark (Arabic harakat, a Hindi virama), so keeping those here
// made one quoted word two tokens: a phrase, which detail=none refuses.
bool isFtsDiacritic(QChar c)
{
    constexpr quint32 kMask0 = 0x08029FDF; // U+0300-U+031F
    constexpr quint32 kMask1 = 0x000361F8; // U+0320-U+0331
    const char16_t u = c.unicode();
    if (u < 0x300 || u > 0x331)
        return false;
    return u < 0x320 ? (kMask0 >> (u - 0x300)) & 1 : (kMask1 >> (u - 0x320)) & 1;
}

// Splits into runs of letters and digits, as FTS5's unicode61 tokenizer does.
QStringList tokens(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || isFtsDiacritic(c)) {
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
