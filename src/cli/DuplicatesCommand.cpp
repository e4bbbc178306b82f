// `ssc-catalogue duplicates [--min-score N]`: the records that are likely one
// initiative brought in twice, best first, with the reason and a score; and
// `ssc-catalogue merge KEEP OTHER [--take FIELD=kept|other|both]`, which
// makes such a pair one record under KEEP.
#include "Command.h"
#include "CommandLine.h"
#include "OutputWriter.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/catalogue/DuplicateFinder.h"
#include "core/catalogue/InitiativeMerge.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void addDuplicatesOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("min-score"),
                      Tr::tr("Only pairs scoring N or more, 0 to 100 (default 60)."), Tr::tr("N"),
                      QStringLiteral("60")});
    addOutputFormatOption(parser);
}

int runDuplicates(CommandContext &c)
{
    const auto chosen = outputFormat(c.parser);
    if (!chosen.ok())
        return c.fail(chosen.error());
    if (c.parser.positionalArguments().size() > 1)
        return c.fail(CommandLine::InputError, Tr::tr("duplicates: takes no arguments"));
    DuplicateFinder::Options options;
    bool ok = false;
    options.minimumScore = c.parser.value(QStringLiteral("min-score")).toInt(&ok);
    if (!ok || options.minimumScore < 0 || options.minimumScore > 100)
        return c.fail(CommandLine::InputError,
                      Tr::tr("duplicates: --min-score takes a number from 0 to 100, not \"%1\"")
                          .arg(c.parser.value(QStringLiteral("min-score"))));
    if (Status s = c.open(CommandContext::Open::ToRead); !s)
        return c.fail(s.error());
    const auto pairs = DuplicateFinder::find(*c.store, options);
    if (!pairs.ok())
        return c.fail(pairs.error());
    switch (*chosen) {
    case OutputFormat::Json: {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const DuplicatePair &p : *pairs) {
            nlohmann::ordered_json reasons = nlohmann::ordered_json::array();
            for (const QString &r : p.reasons)
                reasons.push_back(r.toStdString());
            list.push_back({{"score", p.score},
                            {"first", p.first.toStdString()},
                            {"firstTitle", p.firstTitle.toStdString()},
                            {"second", p.second.toStdString()},
                            {"secondTitle", p.secondTitle.toStdString()},
                            {"reasons", std::move(reasons)}});
        }
        c.out << QString::fromStdString(list.dump(2)) << '\n';
        break;
    }
    case OutputFormat::Csv:
    case OutputFormat::Table: {
        const QStringList headers = {Tr::tr("Score"),  Tr::tr("First"), Tr::tr("Title"),
                                     Tr::tr("Second"), Tr::tr("Title"), Tr::tr("Why")};
        OutputWriter::Rows rows;
        for (const DuplicatePair &p : *pairs)
            rows << QStringList{QString::number(p.score),
                                p.first,
                                p.firstTitle,
                                p.second,
                                p.secondTitle,
                                p.reasons.join(QStringLiteral("; "))};
        c.out << (*chosen == OutputFormat::Csv ? OutputWriter::csv(headers, rows)
                                               : OutputWriter::table(headers, rows));
        if (pairs->empty() && *chosen == OutputFormat::Table)
            c.out << Tr::tr("No likely duplicates") << '\n';
        break;
    }
    }
    return CommandLine::Success;
}

void addMergeOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("take"),
         Tr::tr("Which record's value a field takes: FIELD=kept, FIELD=other or (lists) "
                "FIELD=both. By default lists are united and other fields are the kept "
                "record's unless it has none."),
         Tr::tr("FIELD=WHICH")});
    addAuthorOption(parser);
}

Result<InitiativeMerge::Choices> takes(const QStringList &values)
{
    InitiativeMerge::Choices choices;
    for (const QString &value : values) {
        const QString field = value.section(QLatin1Char('='), 0, 0);
        const QString which = value.section(QLatin1Char('='), 1);
        const auto &fields = InitiativeMerge::fields();
        const auto f = std::find_if(fields.begin(), fields.end(),
                                    [&field](const auto &d) { return d.name == field; });
        if (f == fields.end()) {
            QStringList names;
            for (const auto &d : fields)
                names << d.name;
            return Error{Tr::tr("merge: --take names a field of %1, not \"%2\"")
                             .arg(names.join(QStringLiteral(", ")), field)};
        }
        if (which == QLatin1String("kept"))
            choices[field] = InitiativeMerge::Take::Kept;
        else if (which == QLatin1String("other"))
            choices[field] = InitiativeMerge::Take::Other;
        else if (which == QLatin1String("both") && f->list)
            choices[field] = InitiativeMerge::Take::Both;
        else
            return Error{Tr::tr("merge: --take %1= takes kept, other%2, not \"%3\"")
                             .arg(field, f->list ? Tr::tr(" or both") : QString(), which)};
    }
    return choices;
}

int runMerge(CommandContext &c)
{
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 3)
        return c.fail(
            CommandLine::InputError,
            Tr::tr("merge: give the ID of the record to keep and of the one to merge into it"));
    const auto choices = takes(c.parser.values(QStringLiteral("take")));
    if (!choices.ok())
        return c.fail(CommandLine::InputError, choices.error().message);
    if (Status s = c.open(CommandContext::Open::ToWrite); !s)
        return c.fail(s.error());
    std::vector<Initiative> both;
    for (const QString &id : args.mid(1)) {
        auto in = c.store->initiative(id);
        if (!in.ok())
            return c.fail(in.error().kind == Error::Kind::NotFound
                              ? CommandLine::InputError
                              : CommandLine::exitCodeFor(in.error()),
                          Tr::tr("merge: %1; nothing was merged").arg(in.error().message));
        both.push_back(std::move(*in));
    }
    const Initiative merged = InitiativeMerge::merged(both[0], both[1], *choices);
    if (Status s = CatalogueEditor(*c.store, authorOf(c.parser)).merge(both[1].id, merged); !s)
        return c.fail(s.error().kind == Error::Kind::Catalogue ? CommandLine::exitCodeFor(s.error())
                                                               : CommandLine::InputError,
                      Tr::tr("merge: %1").arg(s.error().message));
    c.out << Tr::tr("Merged %1 into %2; %1 now finds %2").arg(both[1].id, both[0].id) << '\n';
    return CommandLine::Success;
}

} // namespace

const Command kMergeCommand = {
    "merge",
    QT_TRANSLATE_NOOP("CommandLine",
                      "merge KEEP OTHER  make two records one under KEEP (--take FIELD=other)"),
    false,
    "KEEP OTHER",
    addMergeOptions,
    runMerge};

const Command kDuplicatesCommand = {
    "duplicates",
    QT_TRANSLATE_NOOP("CommandLine",
                      "duplicates     likely duplicate records, best first (--min-score N)"),
    false,
    "",
    addDuplicatesOptions,
    runDuplicates};

} // namespace ssc
