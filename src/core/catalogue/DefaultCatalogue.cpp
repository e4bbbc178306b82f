#include "core/catalogue/DefaultCatalogue.h"

#include "core/io/json/CatalogueJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace ssc {

QString DefaultCatalogue::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/catalogue.ssccat");
}

Result<CatalogueContent> DefaultCatalogue::bundledContent()
{
    return CatalogueJson::readFile(QStringLiteral(":/data/catalogue.json"));
}

Result<std::unique_ptr<CatalogueStore>> DefaultCatalogue::openOrCreateSeeded(const QString &path)
{
    if (QFileInfo::exists(path))
        return CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);

    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{
            QCoreApplication::translate("DefaultCatalogue", "Cannot create the folder for %1")
                .arg(path),
            Error::Kind::Catalogue};
    // Build beside the target and rename when complete, so an interrupted
    // first start never leaves a half-filled catalogue behind.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        auto content = bundledContent();
        if (!content.ok()) // the program's own data: not the user's input
            return Error{content.error().message, Error::Kind::Catalogue};
        auto store = CatalogueStore::open(partial);
        if (!store.ok())
            return store.error();
        Status s = (*store)->addContent(*content);
        if (s)
            s = (*store)->checkpoint();
        if (!s) {
            store.value().reset();
            QFile::remove(partial);
            return Error{s.error().message, Error::Kind::Catalogue};
        }
    }
    // Closing the last connection after a full checkpoint removes the log.
    if (QFileInfo(partial + QStringLiteral("-wal")).size() > 0)
        return Error{QCoreApplication::translate("DefaultCatalogue",
                                                 "Cannot finish creating %1 (its log is not empty)")
                         .arg(path),
                     Error::Kind::Catalogue};
    if (!QFile::rename(partial, path))
        return Error{QCoreApplication::translate("DefaultCatalogue", "Cannot create %1").arg(path),
                     Error::Kind::Catalogue};
    return CatalogueStore::open(path, CatalogueStore::OpenMode::ExistingOnly);
}

} // namespace ssc
