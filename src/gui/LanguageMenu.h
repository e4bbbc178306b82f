#pragma once

#include <QMenu>

namespace ssc {

// View > Language: the system's language or one of the program's, kept in
// QSettings "language" and read at start-up (main.cpp). Qt builds the
// translated texts, the locale and the layout direction once, so the new
// language takes effect on the next start: the menu offers to restart now.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The saved choice: empty for the system's language.
    static QString chosen();

signals:
    // The user chose another language and asked to restart at once.
    void restartWanted();

private:
    void choose(const QString &code);
};

} // namespace ssc
