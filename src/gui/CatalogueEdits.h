#pragma once

#include "core/base/Result.h"
#include "core/domain/ChangeRecord.h"
#include "core/domain/Initiative.h"
#include "core/io/CatalogueImport.h"

#include <QObject>

#include <functional>

class QUndoStack;
class QWidget;

namespace ssc {

class CatalogueEditor;
class CatalogueSession;
class InitiativeEditor;

// The window's edits of the open catalogue: New, Edit, Duplicate and
// Delete, each written on the catalogue's thread through CatalogueEditor
// (checked, one transaction, an entry in the history), and each a step on
// the undo stack whose undo is an edit too. changed() tells the window to
// show the catalogue again.
class CatalogueEdits : public QObject
{
    Q_OBJECT
public:
    CatalogueEdits(CatalogueSession *session, QWidget *window);

    QUndoStack *undoStack() const { return m_undo; }

    // Opens the editor on a new record, on a copy of id, or on id.
    void newInitiative();
    void duplicate(const QString &id);
    void edit(const QString &id);
    // One change to each of these initiatives, in one step (Edit > Bulk Edit).
    void bulkEdit(const QStringList &ids);
    // Writes a deleted initiative back as it was before its last delete.
    void restore(const QString &id);
    // Deletes these initiatives, after asking when confirm is true.
    void remove(const QStringList &ids, bool confirm = true);
    // Edit > Find Duplicates: the list of likely pairs, and the
    // side-by-side merge of one (one step; CatalogueEditsMerge.cpp).
    void findDuplicates();
    void mergePair(const QString &first, const QString &second);
    class DuplicatesDialog *duplicatesDialog() const;
    class MergeDialog *mergeDialog() const;
    // An import was written: a step whose undo takes it back (the records
    // it added removed, those it replaced as they were). An import too large
    // to keep (CatalogueImport::kKeptChanges) cannot be undone, nor can the
    // steps before it.
    void imported(const QString &file, const CatalogueImport::Changes &changes);
    // The bulk edit dialog while it is open.
    class BulkEditDialog *bulkDialog() const;
    // The editor while it is open.
    InitiativeEditor *editor() const;

signals:
    void changed();
    void failed(const QString &message);
    // Said in the status bar: a step that cannot be undone, say.
    void told(const QString &message);

private:
    using Step = std::function<Status(CatalogueEditor &)>;
    friend class EditStep;
    // Runs a step on the catalogue's thread; done(error or empty) here.
    void run(const Step &step, std::function<void(QString)> done);
    void openEditor(const Initiative &in, int mode);
    void push(const QString &text, Step redo, Step undo);

    CatalogueSession *m_session;
    QWidget *m_window;
    QUndoStack *m_undo;
};

} // namespace ssc
