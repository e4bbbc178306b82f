#include "CatalogueEdits.h"

#include "BulkEditDialog.h"
#include "CatalogueSession.h"
#include "InitiativeEditor.h"
#include "Preferences.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/storage/CatalogueStore.h"

#include <QMessageBox>
#include <QUndoStack>

namespace ssc {

// One step on the undo stack. It is pushed once its first write has been
// made, so its first redo() does nothing.
class EditStep : public QUndoCommand
{
public:
    EditStep(CatalogueEdits *edits, const QString &text, CatalogueEdits::Step redo,
             CatalogueEdits::Step undo)
        : QUndoCommand(text), m_edits(edits), m_redo(std::move(redo)), m_undo(std::move(undo))
    {}
    void redo() override
    {
        if (std::exchange(m_done, false))
            return;
        m_edits->run(m_redo, {});
    }
    void undo() override { m_edits->run(m_undo, {}); }

private:
    CatalogueEdits *m_edits;
    CatalogueEdits::Step m_redo;
    CatalogueEdits::Step m_undo;
    bool m_done = true;
};

CatalogueEdits::CatalogueEdits(CatalogueSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window), m_undo(new QUndoStack(this))
{}

InitiativeEditor *CatalogueEdits::editor() const
{
    return m_window->findChild<InitiativeEditor *>();
}

void CatalogueEdits::run(const Step &step, std::function<void(QString)> done)
{
    const QString author = Preferences::load().author;
    m_session->ask<QString>(
        [step, author](CatalogueStore &store) {
            CatalogueEditor editor(store, author);
            const Status s = step(editor);
            return s.ok() ? QString() : s.error().message;
        },
        [this, done](QString error) {
            if (done)
                done(error);
            else if (!error.isEmpty())
                emit failed(error);
            if (error.isEmpty())
                emit changed();
        });
}

void CatalogueEdits::push(const QString &text, Step redo, Step undo)
{
    m_undo->push(new EditStep(this, text, std::move(redo), std::move(undo)));
}

void CatalogueEdits::newInitiative()
{
    Initiative in;
    in.status = QStringLiteral("planned");
    openEditor(in, int(InitiativeEditor::Mode::New));
}

void CatalogueEdits::duplicate(const QString &id)
{
    m_session->ask<Result<Initiative>>([id](CatalogueStore &store) { return store.initiative(id); },
                                       [this](Result<Initiative> in) {
                                           if (!in.ok())
                                               return emit failed(in.error().message);
                                           openEditor(*in, int(InitiativeEditor::Mode::Duplicate));
                                       });
}

void CatalogueEdits::edit(const QString &id)
{
    m_session->ask<Result<Initiative>>([id](CatalogueStore &store) { return store.initiative(id); },
                                       [this](Result<Initiative> in) {
                                           if (!in.ok())
                                               return emit failed(in.error().message);
                                           openEditor(*in, int(InitiativeEditor::Mode::Edit));
                                       });
}

void CatalogueEdits::openEditor(const Initiative &in, int mode)
{
    if (editor())
        return;
    struct Lists
    {
        Result<std::vector<Organisation>> organisations = std::vector<Organisation>{};
        Result<std::vector<Source>> sources = std::vector<Source>{};
    };
    m_session->ask<Lists>(
        [](CatalogueStore &store) {
            return Lists{store.organisations(), store.sources()};
        },
        [this, in, mode](Lists lists) {
            if (!lists.organisations.ok() || !lists.sources.ok())
                return emit failed(
                    (lists.organisations.ok() ? lists.sources.error() : lists.organisations.error())
                        .message);
            auto *dialog = new InitiativeEditor(in, InitiativeEditor::Mode(mode),
                                                *lists.organisations, *lists.sources, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            const Initiative before = in;
            connect(
                dialog, &InitiativeEditor::saveRequested, this,
                [this, dialog, before](const Initiative &after) {
                    const bool isNew = dialog->mode() != InitiativeEditor::Mode::Edit;
                    // Organisations made in the editor go in with the record, in
                    // its transaction. Undo takes the record back and leaves them
                    // in the catalogue, unused: another edit may have come to use
                    // them since. A redo finds them there and writes the record.
                    const std::vector<Organisation> made = dialog->newOrganisations();
                    Step redo = [after, made](CatalogueEditor &e) { return e.edit(after, made); };
                    if (isNew)
                        redo = [after, made](CatalogueEditor &e) {
                            return e.add({after}, ChangeRecord::Action::Add, made);
                        };
                    Step undo =
                        isNew ? Step([id = after.id](CatalogueEditor &e) { return e.remove({id}); })
                              : Step([before](CatalogueEditor &e) { return e.edit(before); });
                    const QString text =
                        (isNew ? tr("New '%1'") : tr("Edit '%1'")).arg(after.title.left(40));
                    run(redo, [this, dialog, text, redo, undo](const QString &error) {
                        if (!error.isEmpty())
                            return dialog->showProblem(error);
                        push(text, redo, undo);
                        dialog->saved();
                    });
                });
            dialog->open();
        });
}

BulkEditDialog *CatalogueEdits::bulkDialog() const
{
    return m_window->findChild<BulkEditDialog *>();
}

void CatalogueEdits::bulkEdit(const QStringList &ids)
{
    if (ids.isEmpty() || bulkDialog())
        return;
    auto *dialog = new BulkEditDialog(int(ids.size()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkEditDialog::applyRequested, this,
            [this, dialog, ids](const FieldEdit &edit) {
                // The records as they are, the change applied to each: written as
                // one step, or not at all.
                using Pair = Result<std::pair<std::vector<Initiative>, std::vector<Initiative>>>;
                m_session->ask<Pair>(
                    [ids, edit](CatalogueStore &store) -> Pair {
                        std::vector<Initiative> before, after;
                        for (const QString &id : ids) {
                            auto in = store.initiative(id);
                            if (!in.ok())
                                return in.error();
                            Initiative changed = *in;
                            if (Status s = edit.applyTo(changed); !s)
                                return Error{QStringLiteral("%1: %2").arg(id, s.error().message)};
                            before.push_back(*in);
                            after.push_back(changed);
                        }
                        return std::pair{before, after};
                    },
                    [this, dialog, ids](Pair records) {
                        if (!records.ok())
                            return dialog->showProblem(records.error().message);
                        Step redo = [after = records->second](CatalogueEditor &e) {
                            return e.edit(after);
                        };
                        Step undo = [before = records->first](CatalogueEditor &e) {
                            return e.edit(before);
                        };
                        const QString text =
                            tr("Bulk edit of %n initiative(s)", nullptr, int(ids.size()));
                        run(redo, [this, dialog, text, redo, undo](const QString &error) {
                            if (!error.isEmpty())
                                return dialog->showProblem(error);
                            push(text, redo, undo);
                            dialog->accept();
                        });
                    });
            });
    dialog->open();
}

void CatalogueEdits::restore(const QString &id)
{
    Step redo = [id](CatalogueEditor &e) { return e.restore(id); };
    Step undo = [id](CatalogueEditor &e) { return e.remove({id}); };
    run(redo, [this, id, redo, undo](const QString &error) {
        if (!error.isEmpty())
            return emit failed(error);
        push(tr("Restore '%1'").arg(id), redo, undo);
    });
}

void CatalogueEdits::remove(const QStringList &ids, bool confirm)
{
    if (ids.isEmpty())
        return;
    if (confirm &&
        QMessageBox::question(m_window, tr("Delete"),
                              tr("Delete %n initiative(s)? Edit > Undo brings them back, and the "
                                 "history keeps them.",
                                 nullptr, int(ids.size()))) != QMessageBox::Yes)
        return;
    // What is deleted is read first: undo writes it back as it was.
    m_session->ask<Result<std::vector<Initiative>>>(
        [ids](CatalogueStore &store) -> Result<std::vector<Initiative>> {
            std::vector<Initiative> records;
            for (const QString &id : ids) {
                auto in = store.initiative(id);
                if (!in.ok())
                    return in.error();
                records.push_back(*in);
            }
            return records;
        },
        [this, ids](Result<std::vector<Initiative>> records) {
            if (!records.ok())
                return emit failed(records.error().message);
            Step redo = [ids](CatalogueEditor &e) { return e.remove(ids); };
            Step undo = [records = *records](CatalogueEditor &e) {
                return e.add(records, ChangeRecord::Action::Restore);
            };
            const QString text = ids.size() == 1
                                     ? tr("Delete '%1'").arg(records->front().title.left(40))
                                     : tr("Delete %n initiative(s)", nullptr, int(ids.size()));
            run(redo, [this, text, redo, undo](const QString &error) {
                if (!error.isEmpty())
                    return emit failed(error);
                push(text, redo, undo);
            });
        });
}

} // namespace ssc
