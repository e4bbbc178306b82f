// `ssc-catalogue show ID`: everything about one initiative.
#include "Command.h"
#include "CommandLine.h"
#include "InitiativeText.h"
#include "OutputWriter.h"

#include "core/domain/CatalogueValidator.h"
#include "core/io/json/CatalogueJson.h"

#include <QCoreApplication>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int runShow(CommandContext &c)
{
    if (Status s = c.open(CommandContext::Open::ToRead); !s)
        return c.fail(s.error());
    const auto chosen = outputFormat(c.parser);
    if (!chosen.ok())
        return c.fail(chosen.error());
    const OutputFormat format = *chosen;
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 2)
        return c.fail(CommandLine::InputError,
                      Tr::tr("show: give one initiative ID (see `ssc-catalogue list`)"));
    // By its key, or by the IATI identifier it was published under.
    // A key merged into another record finds that record.
    auto in = c.store->findInitiative(args[1]);
    if (!in.ok() && in.error().kind == Error::Kind::NotFound)
        in = c.store->initiative(CatalogueValidator::keyForIdentifier(args[1]));
    if (!in.ok() && in.error().kind == Error::Kind::NotFound)
        return c.fail(CommandLine::InputError,
                      Tr::tr("show: no initiative \"%1\" in %2").arg(args[1], c.store->path()));
    if (!in.ok())
        return c.fail(in.error());
    if (format == OutputFormat::Json) {
        const auto content = c.store->contentWith({*in});
        if (!content.ok())
            return c.fail(content.error());
        c.out << QString::fromUtf8(CatalogueJson::serialize(*content));
        return CommandLine::Success;
    }
    const auto lines = InitiativeText::lines(*c.store, *in);
    if (!lines.ok())
        return c.fail(lines.error());
    switch (format) {
    case OutputFormat::Json:
        break;
    case OutputFormat::Csv: {
        OutputWriter::Rows rows;
        for (const QString &line : lines->mid(2))
            rows << QStringList{line.section(QStringLiteral(": "), 0, 0),
                                line.section(QStringLiteral(": "), 1)};
        c.out << OutputWriter::csv({Tr::tr("Field"), Tr::tr("Value")}, rows);
        break;
    }
    case OutputFormat::Table:
        c.out << lines->join(QLatin1Char('\n')) << '\n';
        break;
    }
    return CommandLine::Success;
}

} // namespace

const Command kShowCommand = {
    "show",
    QT_TRANSLATE_NOOP("CommandLine", "show ID        everything about one initiative"),
    false,
    "ID",
    addOutputFormatOption,
    runShow};

} // namespace ssc
