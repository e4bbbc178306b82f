// CatalogueEdits' steps beyond one record: finding and merging duplicates,
// and taking back an import.
#include "CatalogueEdits.h"

#include "CatalogueSession.h"
#include "DuplicatesDialog.h"
#include "MergeDialog.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/storage/CatalogueStore.h"

#include <QFileInfo>
#include <QUndoStack>

namespace ssc {

DuplicatesDialog *CatalogueEdits::duplicatesDialog() const
{
    return m_window->findChild<DuplicatesDialog *>();
}

MergeDialog *CatalogueEdits::mergeDialog() const
{
    return m_window->findChild<MergeDialog *>();
}

void CatalogueEdits::findDuplicates()
{
    DuplicatesDialog *dialog = duplicatesDialog();
    if (!dialog) {
        dialog = new DuplicatesDialog(m_session, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DuplicatesDialog::mergeRequested, this, &CatalogueEdits::mergePair);
        dialog->show();
        dialog->search();
    }
    dialog->raise();
    dialog->activateWindow();
}

void CatalogueEdits::mergePair(const QString &first, const QString &second)
{
    if (mergeDialog())
        return;
    using Pair = Result<std::pair<Initiative, Initiative>>;
    m_session->ask<Pair>(
        [first, second](CatalogueStore &store) -> Pair {
            auto a = store.initiative(first);
            if (!a.ok())
                return a.error();
            auto b = store.initiative(second);
            if (!b.ok())
                return b.error();
            return std::pair{*a, *b};
        },
        [this](Pair pair) {
            if (!pair.ok())
                return emit failed(pair.error().message);
            QWidget *parent =
                duplicatesDialog() ? static_cast<QWidget *>(duplicatesDialog()) : m_window;
            auto *dialog = new MergeDialog(pair->first, pair->second, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &MergeDialog::mergeRequested, this,
                    [this, dialog](const Initiative &kept, const Initiative &other,
                                   const Initiative &merged) {
                        Step redo = [id = other.id, merged](CatalogueEditor &e) {
                            return e.merge(id, merged);
                        };
                        Step undo = [kept, other](CatalogueEditor &e) {
                            return e.unmerge(kept, other);
                        };
                        const QString text = tr("Merge '%1'").arg(merged.title.left(40));
                        run(redo, [this, dialog, text, redo, undo,
                                   gone = other.id](const QString &error) {
                            if (!error.isEmpty())
                                return emit failed(error);
                            push(text, redo, undo);
                            if (DuplicatesDialog *list = duplicatesDialog())
                                list->merged(gone);
                            dialog->accept();
                        });
                    });
            dialog->open();
        });
}

void CatalogueEdits::imported(const QString &file, const CatalogueImport::Changes &changes)
{
    const QString name = QFileInfo(file).fileName();
    if (!changes.complete) {
        // The steps before it would write over what the import brought.
        m_undo->clear();
        emit told(tr("The import of %1 changed more than %L2 records: it cannot be undone "
                     "(its entry in the history says what it did).")
                      .arg(name)
                      .arg(CatalogueImport::kKeptChanges));
        return;
    }
    if (changes.added.empty() && changes.after.empty())
        return;
    QStringList added;
    for (const Initiative &in : changes.added)
        added << in.id;
    Step undo = [added, before = changes.before](CatalogueEditor &e) {
        return e.change(added, {}, before);
    };
    Step redo = [records = changes.added, after = changes.after](CatalogueEditor &e) {
        return e.change({}, records, after);
    };
    push(tr("Import '%1'").arg(name), redo, undo);
}

} // namespace ssc
