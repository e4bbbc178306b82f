#pragma once

#include "core/domain/Initiative.h"
#include "core/domain/Vocabulary.h"

#include <QDialog>

#include <memory>
#include <utility>
#include <vector>

class QTableWidget;

namespace Ui {
class InitiativeEditor;
}

namespace ssc {

// The editor of one initiative (Edit > New, Edit, Duplicate): every field
// a person keeps up to date, checked as they type by the same rules as an
// import. A wrong value is marked at its field and said below; Save waits
// until the record is valid. Save asks the window to write it
// (saveRequested); the window answers with saved() or a problem, and the
// dialog stays open until it is written. Funding and translations are kept
// as the record has them.
class InitiativeEditor : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        New,
        Edit,
        Duplicate,
    };

    InitiativeEditor(const Initiative &initiative, Mode mode,
                     std::vector<Organisation> organisations, std::vector<Source> sources,
                     QWidget *parent = nullptr);
    ~InitiativeEditor() override;

    Mode mode() const { return m_mode; }
    // The record as the fields say it.
    Initiative initiative() const;
    // What is wrong with it, as the import's checks say it; empty when valid.
    QString problem() const;
    // The window's answer to saveRequested.
    void saved();
    void showProblem(const QString &message);

signals:
    void saveRequested(const ssc::Initiative &initiative);

private:
    void fill(const Initiative &in);
    void addCountryRow(const QString &code, const QString &role);
    void addPartnerRow(const QString &organisation, const QString &role);
    // A row of a finding combo over choices (text, code) and a role box.
    void addRoleRow(QTableWidget *table, const std::vector<std::pair<QString, QString>> &choices,
                    const QString &value, const QStringList &names, Vocabulary::Kind roleKind,
                    const QString &role);
    void check();

    std::unique_ptr<Ui::InitiativeEditor> m_ui;
    Mode m_mode;
    Initiative m_original; // what the editor keeps as it was (funding, translations)
    std::vector<Organisation> m_organisations;
    std::vector<Source> m_sources;
    bool m_filling = false;
};

} // namespace ssc
