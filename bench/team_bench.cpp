// The team catalogue against a real PostgreSQL server this program starts
// (tests/PgServer.h): publishing N generated initiatives, cloning them, a
// sync sending 1,000 changed records and one receiving them, and ten copies
// syncing at once, which must all converge with the server.
// Prints JSON (milliseconds).
//
//   ssc-team-bench [--initiatives N] [--changes N] [--clients N]
#include "PgServer.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/generator/CatalogueGenerator.h"
#include "core/storage/TeamServer.h"
#include "core/team/TeamSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <thread>

using namespace ssc;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "ssc-team-bench: %s\n", qPrintable(what));
    std::exit(2);
}

template <typename T> T value(Result<T> r)
{
    if (!r.ok())
        die(r.error().message);
    return std::move(*r);
}

std::unique_ptr<CatalogueStore> openStore(const QString &path)
{
    return value(CatalogueStore::open(path));
}

std::vector<Initiative> records(const CatalogueStore &store)
{
    auto c = value(store.content());
    std::sort(c.initiatives.begin(), c.initiatives.end(),
              [](const Initiative &a, const Initiative &b) { return a.id < b.id; });
    return c.initiatives;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("initiatives"), QStringLiteral("Team catalogue size."),
                        QStringLiteral("N"), QStringLiteral("100000")},
                       {QStringLiteral("changes"), QStringLiteral("Records changed in one sync."),
                        QStringLiteral("N"), QStringLiteral("1000")},
                       {QStringLiteral("clients"), QStringLiteral("Copies syncing at once."),
                        QStringLiteral("N"), QStringLiteral("10")}});
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("initiatives")).toLongLong();
    const int changes = parser.value(QStringLiteral("changes")).toInt();
    const int clients = parser.value(QStringLiteral("clients")).toInt();

    try {
        test::PgServer &server = test::PgServer::shared();
        const QString url = server.url(server.createDatabase());
        QTemporaryDir dir;
        nlohmann::ordered_json out;
        out["initiatives"] = count;

        auto first = openStore(dir.filePath(QStringLiteral("first.ssccat")));
        if (Status s = CatalogueGenerator(3).writeInto(*first, count); !s)
            die(s.error().message);
        QElapsedTimer t;
        t.start();
        value(TeamSync::createServer(url, first.get()));
        out["publish_ms"] = ms(t);

        // The clone's reading alone: every record streamed through COPY.
        {
            auto reader = value(TeamServer::connect(url));
            qint64 bytes = 0;
            t.restart();
            if (Status s = reader->changesSince(0,
                                                [&](ServerRecord &&r) {
                                                    bytes += r.body.size();
                                                    return true;
                                                });
                !s)
                die(s.error().message);
            out["clone_read_ms"] = ms(t);
            out["clone_read_characters"] = bytes;
        }

        const QString secondPath = dir.filePath(QStringLiteral("second.ssccat"));
        auto second = openStore(secondPath);
        t.restart();
        value(TeamSync::clone(url, *second));
        out["clone_ms"] = ms(t);

        // One sync sending `changes` edited records, one receiving them.
        std::vector<Initiative> all = records(*second);
        std::vector<Initiative> edited(all.begin(), all.begin() + std::min<qint64>(changes, count));
        for (Initiative &in : edited)
            in.beneficiaries = QStringLiteral("Revised count for ") + in.id;
        if (Status s = CatalogueEditor(*second, QStringLiteral("bench")).edit(edited); !s)
            die(s.error().message);
        t.restart();
        const auto sent = value(TeamSync::sync(*second));
        out["sync_send_ms"] = ms(t);
        out["sync_sent"] = sent.sent;
        t.restart();
        const auto received = value(TeamSync::sync(*first));
        out["sync_receive_ms"] = ms(t);
        out["sync_received"] = received.received;

        // Copies of the second (a file copy is a copy of the same link),
        // each changing records of its own and one field of shared ones,
        // all syncing at once on threads of their own.
        second.reset();
        std::vector<QString> paths;
        for (int c = 0; c < clients; ++c) {
            paths.push_back(dir.filePath(QStringLiteral("client%1.ssccat").arg(c)));
            QFile::copy(secondPath, paths.back());
        }
        std::vector<std::thread> threads;
        std::vector<QString> failures(paths.size());
        t.restart();
        for (int c = 0; c < clients; ++c) {
            threads.emplace_back([&, c] {
                auto store = CatalogueStore::open(paths[std::size_t(c)]);
                if (!store.ok())
                    return void(failures[std::size_t(c)] = store.error().message);
                std::vector<Initiative> mine;
                for (int i = 0; i < 20; ++i) {
                    Initiative in = all[std::size_t(c * 20 + i)];
                    in.results = QStringLiteral("Reported by client %1").arg(c);
                    mine.push_back(in);
                }
                if (Status s = CatalogueEditor(**store, QStringLiteral("c")).edit(mine); !s)
                    return void(failures[std::size_t(c)] = s.error().message);
                for (int round = 0; round < 2; ++round) {
                    auto r = TeamSync::sync(**store);
                    if (!r.ok())
                        return void(failures[std::size_t(c)] = r.error().message);
                }
            });
        }
        for (std::thread &th : threads)
            th.join();
        out["clients"] = clients;
        out["clients_two_syncs_each_ms"] = ms(t);
        for (const QString &f : failures)
            if (!f.isEmpty())
                die(f);
        // Once more each, then every copy against a fresh clone.
        for (const QString &p : paths)
            value(TeamSync::sync(*openStore(p)));
        auto fresh = openStore(dir.filePath(QStringLiteral("fresh.ssccat")));
        value(TeamSync::clone(url, *fresh));
        const auto expected = records(*fresh);
        int converged = 0;
        for (const QString &p : paths)
            converged += records(*openStore(p)) == expected;
        out["clients_converged"] = converged;
        std::printf("%s\n", out.dump(2).c_str());
        return converged == clients ? 0 : 1;
    } catch (const test::PgFailure &e) {
        die(QString::fromStdString(e.what()));
    }
}
