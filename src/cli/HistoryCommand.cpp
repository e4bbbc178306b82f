// `ssc-catalogue history [ID] [--since DATE]`: who changed what and when,
// newest first; with an ID, that record's changes field by field.
#include "Command.h"
#include "CommandLine.h"
#include "OutputWriter.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void addHistoryOptions(QCommandLineParser &parser)
{
    parser.addOptions({{QStringLiteral("since"),
                        Tr::tr("Only changes on or after DATE (YYYY-MM-DD, or with a time: "
                               "YYYY-MM-DDTHH:MM, UTC)."),
                        Tr::tr("DATE")},
                       {QStringLiteral("limit"), Tr::tr("At most N changes (default 100)."),
                        Tr::tr("N"), QStringLiteral("100")}});
    addOutputFormatOption(parser);
}

QString changedFields(const ChangeRecord &c)
{
    if (c.action == ChangeRecord::Action::Import)
        return c.file;
    QStringList names;
    for (const FieldChange &f : c.fields)
        names << f.field;
    return names.join(QStringLiteral(", "));
}

int runHistory(CommandContext &c)
{
    const auto chosen = outputFormat(c.parser);
    if (!chosen.ok())
        return c.fail(chosen.error());
    const QStringList args = c.parser.positionalArguments();
    if (args.size() > 2)
        return c.fail(CommandLine::InputError, Tr::tr("history: give at most one initiative ID"));
    CatalogueStore::HistoryQuery query;
    query.record = args.value(1);
    bool limitOk = false;
    query.limit = c.parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || query.limit < 1)
        return c.fail(CommandLine::InputError,
                      Tr::tr("history: --limit takes a number of 1 or more, not \"%1\"")
                          .arg(c.parser.value(QStringLiteral("limit"))));
    if (const QString since = c.parser.value(QStringLiteral("since")); !since.isEmpty()) {
        query.since = QDateTime::fromString(since, Qt::ISODate);
        if (!query.since.isValid())
            query.since = QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0));
        if (!query.since.isValid())
            return c.fail(
                CommandLine::InputError,
                Tr::tr("history: --since takes a date as YYYY-MM-DD, not \"%1\"").arg(since));
        query.since.setTimeSpec(Qt::UTC);
    }
    if (Status s = c.open(CommandContext::Open::ToRead); !s)
        return c.fail(s.error());
    const auto entries = c.store->history(query);
    if (!entries.ok())
        return c.fail(entries.error());
    const QString when = QStringLiteral("yyyy-MM-dd HH:mm");
    switch (*chosen) {
    case OutputFormat::Json: {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const ChangeRecord &e : *entries) {
            nlohmann::ordered_json o;
            o["id"] = e.id;
            o["at"] = e.at.toString(Qt::ISODate).toStdString();
            o["author"] = e.author.toStdString();
            o["action"] = ChangeRecord::actionName(e.action).toStdString();
            o["record"] = e.record.toStdString();
            o["title"] = e.title.toStdString();
            if (!e.file.isEmpty())
                o["file"] = e.file.toStdString();
            nlohmann::ordered_json fields = nlohmann::ordered_json::array();
            for (const FieldChange &f : e.fields)
                fields.push_back({{"field", f.field.toStdString()},
                                  {"before", f.before.toStdString()},
                                  {"after", f.after.toStdString()}});
            o["fields"] = std::move(fields);
            // The record as it was before a delete, an edit or a merge.
            if (!e.snapshot.isEmpty())
                o["snapshot"] =
                    nlohmann::ordered_json::parse(e.snapshot.toStdString(), nullptr, false);
            list.push_back(std::move(o));
        }
        c.out << QString::fromStdString(list.dump(2)) << '\n';
        break;
    }
    case OutputFormat::Csv:
    case OutputFormat::Table: {
        const QStringList headers = {Tr::tr("When (UTC)"), Tr::tr("Who"),   Tr::tr("Action"),
                                     Tr::tr("Record"),     Tr::tr("Title"), Tr::tr("Changed")};
        OutputWriter::Rows rows;
        for (const ChangeRecord &e : *entries)
            rows << QStringList{e.at.toString(when),
                                e.author,
                                ChangeRecord::actionName(e.action),
                                e.record,
                                e.title,
                                changedFields(e)};
        c.out << (*chosen == OutputFormat::Csv ? OutputWriter::csv(headers, rows)
                                               : OutputWriter::table(headers, rows));
        // One record: each field's old and new value under the table.
        if (*chosen == OutputFormat::Table && !query.record.isEmpty()) {
            for (const ChangeRecord &e : *entries) {
                if (e.fields.empty() || e.action == ChangeRecord::Action::Add)
                    continue;
                c.out << '\n' << e.at.toString(when) << ' ' << e.author << ":\n";
                for (const FieldChange &f : e.fields)
                    c.out << "  " << f.field << ": " << f.before << "  ->  " << f.after << '\n';
            }
        }
        if (entries->empty())
            c.out << Tr::tr("No changes recorded") << '\n';
        break;
    }
    }
    return CommandLine::Success;
}

} // namespace

const Command kHistoryCommand = {
    "history",
    QT_TRANSLATE_NOOP("CommandLine",
                      "history [ID]   who changed what and when (--since DATE, --format)"),
    false,
    "[ID]",
    addHistoryOptions,
    runHistory};

} // namespace ssc
