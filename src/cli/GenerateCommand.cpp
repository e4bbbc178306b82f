// `ssc-catalogue generate`: a synthetic catalogue for scale tests.
#include "Command.h"
#include "CommandLine.h"

#include "core/generator/CatalogueGenerator.h"
#include "core/index/IndexedQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace ssc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// A synthetic catalogue for scale tests, built beside the target and renamed
// when complete, so an interrupted run leaves nothing half-written.
int runGenerate(CommandContext &c)
{
    const QString path = c.parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return c.fail(CommandLine::InputError,
                      Tr::tr("generate: give the new catalogue's --db PATH"));
    if (QFileInfo::exists(path))
        return c.fail(CommandLine::InputError,
                      Tr::tr("generate: %1 already exists; give a new file").arg(path));
    bool ok = false;
    const qint64 count = c.parser.value(QStringLiteral("initiatives")).toLongLong(&ok);
    if (!ok || count < 0 || count > 100'000'000)
        return c.fail(CommandLine::InputError,
                      Tr::tr("--initiatives: expected a number of initiatives, such as 1000000"));
    const quint64 seed = c.parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return c.fail(CommandLine::InputError, Tr::tr("--seed: expected a whole number"));

    QElapsedTimer timer;
    timer.start();
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        auto store = CatalogueStore::open(partial);
        if (!store.ok())
            return c.fail(CommandLine::CatalogueError, store.error().message);
        Status s = (*store)->writeWithoutJournal();
        if (s)
            s = CatalogueGenerator(seed).writeInto(**store, count, [&c, count](qint64 done) {
                c.err << Tr::tr("%1 of %2 initiatives written").arg(done).arg(count) << '\r';
                c.err.flush();
                return true;
            });
        if (s)
            s = (*store)->checkpoint();
        if (!s) {
            store.value().reset();
            QFile::remove(partial);
            return c.fail(CommandLine::CatalogueError, s.error().message);
        }
    }
    if (!QFile::rename(partial, path))
        return c.fail(CommandLine::CatalogueError, Tr::tr("Cannot create %1").arg(path));
    // The facet index is built now and saved beside the catalogue, so that
    // the first list, facets or report on it answers at once.
    {
        auto store = CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
        if (!store.ok())
            return c.fail(CommandLine::CatalogueError, store.error().message);
        if (Status s = IndexedQuery::install(**store); !s)
            return c.fail(CommandLine::CatalogueError, s.error().message);
    }
    c.out << Tr::tr("Generated %1 synthetic initiatives (seed %2) into %3 in %4 s.")
                 .arg(QString::number(count), QString::number(seed), path,
                      QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
          << '\n';
    return CommandLine::Success;
}

void addGenerateOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("initiatives"), Tr::tr("How many initiatives to generate."), Tr::tr("N"),
         QStringLiteral("1000")},
        {QStringLiteral("seed"), Tr::tr("Seed: the same seed gives the same catalogue."),
         Tr::tr("S"), QStringLiteral("1")},
    });
}

} // namespace

const Command kGenerateCommand = {
    "generate",
    QT_TRANSLATE_NOOP("CommandLine",
                      "generate       write a synthetic catalogue: --initiatives N --db PATH "
                      "[--seed S]"),
    false,
    nullptr,
    addGenerateOptions,
    runGenerate};

} // namespace ssc
