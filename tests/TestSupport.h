#pragma once

#include "core/io/json/CatalogueJson.h"
#include "core/storage/CatalogueStore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ostream>

#include <sys/resource.h>

// Lets Catch print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}

namespace ssc::test {

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(SSC_TEST_FIXTURES "/") + name;
}

inline CatalogueContent loadFixture(const QString &name)
{
    auto content = CatalogueJson::readFile(fixturePath(name));
    INFO((content.ok() ? QString() : content.error().message).toStdString());
    REQUIRE(content.ok());
    return *content;
}

inline std::unique_ptr<CatalogueStore> storeWith(const CatalogueContent &content)
{
    auto store = CatalogueStore::openInMemory();
    REQUIRE(store.ok());
    const Status added = (*store)->addContent(content);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    return std::move(store.value());
}

inline QStringList idsOf(const std::vector<InitiativeRow> &rows)
{
    QStringList ids;
    for (const auto &r : rows)
        ids << r.id;
    ids.sort();
    return ids;
}

// The store's answers, required to succeed.
template <typename T> T okValue(Result<T> &&result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result.value());
}

inline qint64 countOf(const CatalogueStore &store, const CatalogueFilter &filter)
{
    return okValue(store.count(filter));
}

inline FacetCounts facetsOf(const CatalogueStore &store, const CatalogueFilter &filter)
{
    return okValue(store.facetCounts(filter));
}

inline std::vector<InitiativeRow> pageOf(const CatalogueStore &store, const CatalogueFilter &filter,
                                         const PageRequest &request)
{
    return okValue(store.page(filter, request));
}

inline QueryResult queryOf(const CatalogueStore &store, const CatalogueFilter &filter,
                           const PageRequest &request)
{
    return okValue(store.query(filter, request));
}

inline QStringList matching(const CatalogueStore &store, const CatalogueFilter &filter)
{
    PageRequest all;
    all.limit = -1;
    return idsOf(pageOf(store, filter, all));
}

// Runs checks on a closed catalogue file through a connection of its own,
// for what only SQL can see (foreign keys, the journal mode, SQLite's
// integrity checks).
template <typename Check> void withConnection(const QString &path, Check &&check)
{
    const QString name = QStringLiteral("test-own-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        {
            QSqlQuery q(db);
            check(q);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// SQLite's own checks on a catalogue file: integrity_check says "ok" and
// foreign_key_check finds nothing (after a crash, a fault or a kill).
inline void checkIntact(const QString &path)
{
    withConnection(path, [](QSqlQuery &q) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("ok"));
        CHECK_FALSE(q.next());
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(q.next());
    });
}

// The initiatives in a catalogue file, opened on its own.
inline qint64 initiativesIn(const QString &path)
{
    auto store = okValue(CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly));
    return okValue(store->initiativeCount());
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The images pdfimages lists in a PDF (a raster chart would be one; the
// logo is).
inline int pdfImageCount(const QString &pdf)
{
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(images.waitForFinished(60000));
    INFO(images.readAllStandardError().toStdString());
    REQUIRE(images.exitCode() == 0);
    // Two lines of column titles, then one line per image.
    return int(QString::fromUtf8(images.readAllStandardOutput())
                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                   .size()) -
           2;
}

// A file-size limit for this process while in scope: a write past it fails
// with EFBIG ("File too large") as a write on a full disk fails with ENOSPC,
// without needing the right to mount a small disk. Check the results after
// the scope ends, so that the test's own output is not limited.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_on = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool on() const { return m_on; }
    // The system's words for the failure.
    static QString reason() { return QString::fromLocal8Bit(std::strerror(EFBIG)); }

private:
    struct rlimit m_old = {};
    void (*m_handler)(int) = SIG_DFL;
    bool m_on = false;
};

} // namespace ssc::test
