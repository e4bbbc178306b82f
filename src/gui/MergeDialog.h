#pragma once

#include "core/catalogue/InitiativeMerge.h"
#include "core/domain/Initiative.h"

#include <QDialog>

#include <map>

class QButtonGroup;
class QLabel;
class QTableWidget;

namespace ssc {

// Two records side by side, field by field, to be made one: for each field
// that differs, the kept record's value, the other's, or for a list both
// (countries, partners, funding and sources are united at first). Swap
// keeps the other record's key instead. Merge asks the window to write it
// (mergeRequested); one undoable step.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(const Initiative &first, const Initiative &second, QWidget *parent = nullptr);

    const Initiative &kept() const { return m_kept; }
    const Initiative &other() const { return m_other; }
    InitiativeMerge::Choices choices() const;
    // Picks a value for a field, as a click on its button would.
    void choose(const QString &field, InitiativeMerge::Take take);
    // Keeps the other record's key instead.
    void swap();
    QTableWidget *table() const { return m_table; }

signals:
    void mergeRequested(const ssc::Initiative &keptBefore, const ssc::Initiative &otherBefore,
                        const ssc::Initiative &merged);

private:
    void fill();

    Initiative m_kept;
    Initiative m_other;
    QLabel *m_heading;
    QTableWidget *m_table;
    std::map<QString, QButtonGroup *> m_groups;
};

} // namespace ssc
