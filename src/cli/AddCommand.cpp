// `ssc-catalogue add FILE.json`: adds the initiatives of a file in the
// catalogue format as new records, checked like an import, recorded in the
// history one by one.
#include "Command.h"
#include "CommandLine.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/io/json/CatalogueJson.h"

#include <QCoreApplication>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int runAdd(CommandContext &c)
{
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 2)
        return c.fail(CommandLine::InputError,
                      Tr::tr("add: give one file of initiatives in the catalogue format (JSON)"));
    auto content = CatalogueJson::readFile(args[1]);
    if (!content.ok())
        return c.fail(content.error());
    if (content->initiatives.empty())
        return c.fail(CommandLine::InputError,
                      Tr::tr("add: %1 has no initiatives to add").arg(args[1]));
    if (Status s = c.open(CommandContext::Open::ToWrite); !s)
        return c.fail(s.error());
    // The organisations and sources the initiatives cite come first, as an
    // import would write them; then the initiatives, each an entry in the history.
    if (!content->organisations.empty() || !content->sources.empty()) {
        CatalogueContent references = *content;
        references.initiatives.clear();
        references.name.clear();
        std::erase_if(references.organisations,
                      [&c](const Organisation &o) { return c.store->hasOrganisation(o.id); });
        std::erase_if(references.sources,
                      [&c](const Source &s) { return c.store->hasSource(s.id); });
        if (Status s = c.store->check(references); !s)
            return c.fail(s.error());
        if (Status s = c.store->addContent(references); !s)
            return c.fail(s.error());
    }
    if (Status s = CatalogueEditor(*c.store, authorOf(c.parser)).add(content->initiatives); !s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("CommandLine", "Added %n initiative(s)", nullptr,
                                         int(content->initiatives.size()))
          << '\n';
    return CommandLine::Success;
}

} // namespace

const Command kAddCommand = {
    "add",
    QT_TRANSLATE_NOOP("CommandLine",
                      "add FILE       add the initiatives of a catalogue file (JSON) as new"),
    false,
    "FILE",
    addAuthorOption,
    runAdd};

} // namespace ssc
