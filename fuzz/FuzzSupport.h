#pragma once

// What every harness shares: the QCoreApplication Qt's SQL plugin needs,
// Qt's messages dropped (a refused file warns, and libFuzzer's output must
// stay readable), a temporary folder that is the only place a harness
// writes, and the small catalogue several harnesses query.
#include "core/io/json/CatalogueJson.h"
#include "core/storage/CatalogueStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace ssc::fuzz {

inline void dropMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

// Call from LLVMFuzzerInitialize.
inline void init()
{
    qInstallMessageHandler(dropMessage);
    // CRoaring's readSafe explains each refusal on stderr (the .facets
    // harness would print thousands a second). The sanitizers write to
    // descriptor 2 and libFuzzer to the stream it kept at start, so only
    // what goes through the stderr variable is dropped.
    if (FILE *null = std::fopen("/dev/null", "w"))
        stderr = null;
    static int argc = 1;
    static char name[] = "ssc-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// Removed at exit; libFuzzer's -fork and crashes may leave it in $TMPDIR.
inline const QTemporaryDir &tempDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/ssc-fuzz-XXXXXX"));
    if (!dir.isValid())
        std::abort();
    return dir;
}

inline QString tempPath(const QString &name)
{
    return tempDir().filePath(name);
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
}

// The catalogue the tests use most (tests/fixtures/small-catalogue.json).
inline const CatalogueContent &smallCatalogue()
{
    static const CatalogueContent content = [] {
        auto read =
            CatalogueJson::readFile(QStringLiteral(SSC_FUZZ_FIXTURES "/small-catalogue.json"));
        if (!read.ok())
            std::abort();
        return *read;
    }();
    return content;
}

// A catalogue file holding the small catalogue, written once: harnesses
// that write to a catalogue copy it and open the copy on every input.
inline QString smallCatalogueFile()
{
    static const QString path = [] {
        const QString p = tempPath(QStringLiteral("template.ssccat"));
        auto store = CatalogueStore::open(p);
        if (!store.ok() || !(*store)->addContent(smallCatalogue()).ok())
            std::abort();
        return p;
    }();
    return path;
}

// Removes a catalogue file and what SQLite and the index keep beside it.
inline void removeCatalogue(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".facets"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace ssc::fuzz
