#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ssc {

// What a user sets once and the program remembers, kept in QSettings under
// the keys the window and the dialogs read.
struct Preferences
{
    QString author;             // recorded in the history; empty: the account's name
    QString exportFolder;       // where reports are written first
    bool rememberFolder = true; // start in the last folder used instead
    bool hideEmptyValues = false;
    QString reportingOrgRef;              // IATI organisation identifier
    QString reportingOrgType;             // IATI OrganisationType code
    QString paper = QStringLiteral("a4"); // "a4" or "letter", for PDF reports
    QString reportLogo;                   // an image file, top of a report's first page
    QString reportIntroduction;           // a paragraph under a report's title

    static Preferences load();
    void save() const;
    // The folder a report dialog starts in: the last one used (when
    // remembered), the export folder, Documents, home: the first that exists.
    static QString startFolder();
};

// Edit > Preferences: the settings above in one dialog.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    Preferences preferences() const;
    void accept() override;

private:
    QLineEdit *m_author;
    QLineEdit *m_folder;
    QCheckBox *m_remember;
    QCheckBox *m_hideEmpty;
    QLineEdit *m_orgRef;
    QComboBox *m_orgType;
    QComboBox *m_paper;
    QLineEdit *m_logo;
    QPlainTextEdit *m_introduction;
};

} // namespace ssc
