#include "core/io/ImportReport.h"

#include "core/base/FileCommit.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};

} // namespace

QString ImportReport::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Added:
        return Tr::tr("added");
    case Outcome::Updated:
        return Tr::tr("updated");
    case Outcome::Unchanged:
        return Tr::tr("unchanged, skipped");
    case Outcome::Rejected:
        return Tr::tr("rejected");
    case Outcome::Conflict:
        return Tr::tr("conflict");
    case Outcome::KeptMine:
        return Tr::tr("conflict, catalogue's kept");
    }
    return {};
}

QString ImportReport::toText(bool listAdded) const
{
    QString text;
    const QString state = dryRun    ? Tr::tr("checked: nothing has been written")
                          : written ? Tr::tr("written to the catalogue")
                                    : Tr::tr("not written: the catalogue is unchanged");
    text += Tr::tr("Import of %1 (%2), %3\n").arg(file, Importer::formatName(format), state);
    text += Tr::tr("Added: %1   Updated: %2   Unchanged (skipped): %3   Rejected: %4   "
                   "Conflicts: %5   Warnings: %6\n")
                .arg(added)
                .arg(updated)
                .arg(unchanged)
                .arg(rejected)
                .arg(conflicts + keptMine)
                .arg(warnings);
    for (const QString &note : notes)
        text += QStringLiteral("Note: ") + note + QLatin1Char('\n');
    auto section = [&](const QString &title, auto keep) {
        QString body;
        for (const Entry &e : entries) {
            if (!keep(e))
                continue;
            const QString where = e.line > 0 ? Tr::tr("line %1").arg(e.line) : QString();
            const QString head = QStringLiteral("  %1  %2").arg(where, e.id);
            if (keep(e) == 2) {
                for (const QString &w : e.warnings)
                    body += head + QStringLiteral(": ") + w + QLatin1Char('\n');
            } else {
                body += head + (e.reason.isEmpty() ? QString() : QStringLiteral(": ") + e.reason) +
                        QLatin1Char('\n');
            }
        }
        if (!body.isEmpty())
            text += QLatin1Char('\n') + title + QLatin1Char('\n') + body;
    };
    section(Tr::tr("Rejected"),
            [](const Entry &e) { return e.outcome == Outcome::Rejected ? 1 : 0; });
    section(Tr::tr("Conflicts"), [](const Entry &e) {
        return e.outcome == Outcome::Conflict || e.outcome == Outcome::KeptMine ? 1 : 0;
    });
    section(Tr::tr("Warnings"), [](const Entry &e) { return e.warnings.isEmpty() ? 0 : 2; });
    section(Tr::tr("Updated"),
            [](const Entry &e) { return e.outcome == Outcome::Updated ? 1 : 0; });
    section(Tr::tr("Unchanged (skipped)"),
            [](const Entry &e) { return e.outcome == Outcome::Unchanged ? 1 : 0; });
    if (!listAdded)
        return text;
    section(Tr::tr("Added"), [](const Entry &e) { return e.outcome == Outcome::Added ? 1 : 0; });
    const qsizetype listed = std::count_if(
        entries.begin(), entries.end(), [](const Entry &e) { return e.outcome == Outcome::Added; });
    if (listed < added)
        text += Tr::tr("  ... and %1 more added (the report lists the first %2)\n")
                    .arg(added - listed)
                    .arg(listed);
    return text;
}

QByteArray ImportReport::toJson() const
{
    nlohmann::ordered_json root;
    root["file"] = file.toStdString();
    root["format"] = Importer::formatName(format).toStdString();
    root["dryRun"] = dryRun;
    root["written"] = written;
    root["added"] = added;
    root["updated"] = updated;
    root["unchanged"] = unchanged;
    root["rejected"] = rejected;
    root["conflicts"] = conflicts + keptMine;
    root["warnings"] = warnings;
    auto &notesJson = root["notes"] = nlohmann::ordered_json::array();
    for (const QString &note : notes)
        notesJson.push_back(note.toStdString());
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    static const char *names[] = {"added",    "updated",  "unchanged",
                                  "rejected", "conflict", "kept-mine"};
    for (const Entry &e : entries) {
        nlohmann::ordered_json item;
        item["line"] = e.line;
        item["id"] = e.id.toStdString();
        item["outcome"] = names[int(e.outcome)];
        if (!e.reason.isEmpty())
            item["reason"] = e.reason.toStdString();
        if (!e.warnings.isEmpty()) {
            auto &w = item["warnings"] = nlohmann::ordered_json::array();
            for (const QString &text : e.warnings)
                w.push_back(text.toStdString());
        }
        list.push_back(std::move(item));
    }
    root["records"] = std::move(list);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

Status ImportReport::save(const QString &path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write %1: %2").arg(path, out.errorString())};
    out.write(path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? toJson()
                                                                         : toText().toUtf8());
    if (const QString failed = commitSaveFile(out); !failed.isEmpty())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, failed)};
    return success();
}

} // namespace ssc
