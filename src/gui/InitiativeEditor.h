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
// dialog stays open until it is written. An organisation the catalogue lacks
// can be made from a partner or funding row (New organisation…); it is
// written with the record (newOrganisations). Helpers for the funding,
// translation and SDG controls are in InitiativeEditorTables.cpp.
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
    // The organisations made here that the record refers to.
    std::vector<Organisation> newOrganisations() const;
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

    // InitiativeEditorTables.cpp: funding, translations, SDGs, new organisations.
    void setUpTables();
    void addFundingRow(const FundingRecord &funding);
    void addTranslationRow(const Translation &translation);
    void fillSdgs(const QStringList &sdgs);
    QStringList checkedSdgs() const;
    // The tables' rows; a number that does not read is left out here and
    // said by numberProblem, in the words of the import's checks.
    std::vector<FundingRecord> funding() const;
    std::vector<Translation> translations() const;
    QString numberProblem() const;
    // Asks for a new organisation and stands the current row (else a new
    // one) of the partners' or funding table on it.
    void newOrganisation(QTableWidget *table);

    std::unique_ptr<Ui::InitiativeEditor> m_ui;
    Mode m_mode;
    Initiative m_original; // what the editor keeps as it was (shares, the SDGs' order)
    std::vector<Organisation> m_organisations; // the catalogue's and the new ones, by name
    std::vector<Organisation> m_newOrganisations;
    std::vector<Source> m_sources;
    bool m_filling = false;
};

} // namespace ssc
