#pragma once

#include <QString>
#include <QStringList>

namespace ssc {

// Turns what a user typed into a safe FTS5 MATCH expression. Every word is
// quoted, so FTS syntax characters (quotes, brackets, AND/OR/NEAR, ^, *, :)
// are plain words and never an error; all words must match. The index keeps
// no word positions, so a "quoted phrase" matches all of its words. The last
// word is a prefix when the user is still typing it (search as you type).
class FullTextQuery
{
public:
    // Empty when the text has no searchable words.
    static QString toMatchExpression(const QString &userText, bool lastWordIsPrefix = true);

    // The same reading as words: what must match, and whether the last word
    // is a prefix.
    struct Words
    {
        QStringList words;
        bool lastIsPrefix = false;
    };
    static Words words(const QString &userText, bool lastWordIsPrefix = true);
};

} // namespace ssc
