// The team server's connection cut at every step of a sync: a proxy between
// the copy and the real PostgreSQL server forwards the bytes both ways and
// closes both ends once a given number has passed, for numbers spread over
// a whole sync's traffic (sending local edits, receiving the server's).
// Each cut sync fails with a message or completes; the next one completes,
// and the copy then equals a fresh clone of the server, nothing lost.
#include "PgTestSupport.h"

#include "core/catalogue/CatalogueEditor.h"
#include "core/team/TeamSync.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace ssc;
using namespace ssc::test;

namespace {

// Forwards connections on its own port to 127.0.0.1:upstream, counting the
// bytes both ways; cuts the connection the limit falls in (once per arming).
class CuttingProxy
{
public:
    explicit CuttingProxy(int upstream) : m_upstream(upstream)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        REQUIRE(::bind(m_listen, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        REQUIRE(::getsockname(m_listen, reinterpret_cast<sockaddr *>(&address), &length) == 0);
        REQUIRE(::listen(m_listen, 16) == 0);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~CuttingProxy()
    {
        m_stop = true;
        m_thread.join();
        for (auto [a, b] : m_pairs) {
            ::close(a);
            ::close(b);
        }
        ::close(m_listen);
    }
    CuttingProxy(const CuttingProxy &) = delete;
    CuttingProxy &operator=(const CuttingProxy &) = delete;

    int port() const { return m_port; }
    // Counts from zero again; cuts once `bytes` have passed (-1: never).
    void arm(qint64 bytes)
    {
        m_count = 0;
        m_limit = bytes;
    }
    qint64 forwarded() const { return m_count; }
    int cuts() const { return m_cuts; }

private:
    static bool sendAll(int fd, const char *data, ssize_t n)
    {
        while (n > 0) {
            const ssize_t sent = ::send(fd, data, size_t(n), MSG_NOSIGNAL);
            if (sent <= 0)
                return false;
            data += sent;
            n -= sent;
        }
        return true;
    }

    int connectUpstream() const
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(quint16(m_upstream));
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    void closePair(size_t i)
    {
        ::close(m_pairs[i].first);
        ::close(m_pairs[i].second);
        m_pairs.erase(m_pairs.begin() + qsizetype(i));
    }

    void run()
    {
        char buffer[16384];
        while (!m_stop) {
            std::vector<pollfd> fds{{m_listen, POLLIN, 0}};
            for (auto [a, b] : m_pairs) {
                fds.push_back({a, POLLIN, 0});
                fds.push_back({b, POLLIN, 0});
            }
            if (::poll(fds.data(), nfds_t(fds.size()), 50) <= 0)
                continue;
            if (fds[0].revents & POLLIN) {
                const int client = ::accept(m_listen, nullptr, nullptr);
                const int server = client >= 0 ? connectUpstream() : -1;
                if (server >= 0)
                    m_pairs.emplace_back(client, server);
                else if (client >= 0)
                    ::close(client);
            }
            // Backwards, so that closing a pair leaves the indexes before it.
            for (size_t p = (fds.size() - 1) / 2; p-- > 0;) {
                for (int side = 0; side < 2; ++side) {
                    if (!(fds[1 + 2 * p + size_t(side)].revents & (POLLIN | POLLHUP | POLLERR)))
                        continue;
                    const int from = side == 0 ? m_pairs[p].first : m_pairs[p].second;
                    const int to = side == 0 ? m_pairs[p].second : m_pairs[p].first;
                    ssize_t n = ::recv(from, buffer, sizeof buffer, 0);
                    bool cut = false;
                    const qint64 limit = m_limit;
                    if (n > 0 && limit >= 0 && m_count + n >= limit) {
                        n = ssize_t(limit - m_count); // what passes before the cut
                        cut = true;
                    }
                    if (n > 0) {
                        m_count += n;
                        if (!sendAll(to, buffer, n))
                            cut = true;
                    }
                    if (n <= 0 || cut) {
                        if (cut) {
                            m_limit = -1;
                            ++m_cuts;
                        }
                        closePair(p);
                        break;
                    }
                }
            }
        }
    }

    int m_upstream = 0;
    int m_listen = -1;
    int m_port = 0;
    std::vector<std::pair<int, int>> m_pairs; // client, server; proxy thread only
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_limit{-1};
    std::atomic<qint64> m_count{0};
    std::atomic<int> m_cuts{0};
    std::thread m_thread;
};

std::vector<Initiative> recordsOf(const CatalogueStore &store)
{
    auto content = okValue(store.content());
    std::sort(content.initiatives.begin(), content.initiatives.end(),
              [](const Initiative &a, const Initiative &b) { return a.id < b.id; });
    return content.initiatives;
}

void edit(CatalogueStore &store, const QString &id, const std::function<void(Initiative &)> &change)
{
    Initiative in = okValue(store.initiative(id));
    change(in);
    REQUIRE(CatalogueEditor(store, QStringLiteral("Test")).edit(in).ok());
}

} // namespace

TEST_CASE("A sync whose connection is cut at any point completes on the next, nothing lost",
          "[team][faults]")
{
    PgServer &server = PgServer::shared();
    const QString database = server.createDatabase();
    const QString url = server.url(database);
    CuttingProxy proxy(server.port());
    // The copy reaches the server through the proxy, the other directly.
    QString proxied = url;
    proxied.replace(QStringLiteral(":%1/").arg(server.port()),
                    QStringLiteral(":%1/").arg(proxy.port()));
    QTemporaryDir dir;
    auto first = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("first.ssccat"))));
    REQUIRE(first->addContent(loadFixture(QStringLiteral("small-catalogue.json"))).ok());
    REQUIRE(TeamSync::createServer(url, first.get()).ok());
    auto copy = okValue(CatalogueStore::open(dir.filePath(QStringLiteral("copy.ssccat"))));
    proxy.arm(-1);
    REQUIRE(TeamSync::clone(proxied, *copy).ok());
    const std::vector<Initiative> records = recordsOf(*copy);
    REQUIRE(records.size() == 6);

    // One round: an edit here to send, one on the server to receive, in
    // different records, then a sync of the copy cut after `cutAt` bytes.
    int round = 0;
    auto prepare = [&] {
        ++round;
        const QString mark = QStringLiteral("round %1").arg(round);
        edit(*copy, records[size_t(round) % 6].id,
             [&](Initiative &in) { in.beneficiaries = mark; });
        edit(*first, records[size_t(round + 3) % 6].id, [&](Initiative &in) { in.results = mark; });
        REQUIRE(TeamSync::sync(*first).ok());
    };
    prepare();
    proxy.arm(-1);
    REQUIRE(TeamSync::sync(*copy).ok());
    const qint64 total = proxy.forwarded();
    REQUIRE(total > 1000);

    // A cut every 48 bytes or so: inside or just after every exchange of
    // the protocol (the queries and their answers are longer than that).
    const int kCuts = int(std::max<qint64>(40, total / 48));
    int failed = 0;
    for (int i = 0; i < kCuts; ++i) {
        const qint64 cutAt = total * (2 * i + 1) / (2 * kCuts);
        INFO("cut after " << cutAt << " of " << total << " bytes");
        prepare();
        proxy.arm(cutAt);
        auto cut = TeamSync::sync(*copy);
        proxy.arm(-1);
        if (!cut.ok()) {
            ++failed;
            CHECK_FALSE(cut.error().message.trimmed().isEmpty());
        }
        // The next sync completes, and the copy is the server's.
        auto next = TeamSync::sync(*copy);
        INFO((next.ok() ? QString() : next.error().message).toStdString());
        REQUIRE(next.ok());
        REQUIRE(TeamSync::sync(*first).ok());
        auto fresh =
            okValue(CatalogueStore::open(dir.filePath(QStringLiteral("fresh%1.ssccat").arg(i))));
        REQUIRE(TeamSync::clone(url, *fresh).ok());
        const auto expected = recordsOf(*fresh);
        CHECK(recordsOf(*copy) == expected);
        CHECK(recordsOf(*first) == expected);
        // Both edits of the round are there: neither side's was lost.
        const QString mark = QStringLiteral("round %1").arg(round);
        CHECK(okValue(fresh->initiative(records[size_t(round) % 6].id)).beneficiaries == mark);
        CHECK(okValue(fresh->initiative(records[size_t(round + 3) % 6].id)).results == mark);
        CHECK(okValue(copy->teamDirty()).isEmpty());
        CHECK(okValue(copy->teamConflicts()).empty());
    }
    WARN("team sync: " << total << " bytes a sync, cut at " << kCuts << " points, " << failed
                       << " reported the failure, the rest had finished; every next sync "
                          "completed with nothing lost");
    CHECK(failed > kCuts / 2);
    CHECK(proxy.cuts() >= failed);
}
