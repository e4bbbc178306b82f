#include "IatiImporter.h"

#include "IatiActivityReader.h"
#include "IatiMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ssc {

Source IatiImporter::fileSource(const QString &path, const QString &generated)
{
    return Importer::fileSource(QStringLiteral("iati"), path,
                                QCoreApplication::translate("IatiImporter", "IATI activity file %1")
                                    .arg(QFileInfo(path).fileName()),
                                generated.left(10));
}

Status IatiImporter::read(const std::function<bool(ImportedRecord &&)> &visit)
{
    m_progress = 0;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("IatiImporter", "Cannot read %1: %2")
                         .arg(m_path, file.errorString())};
    const double size = double(std::max<qint64>(1, file.size()));
    IatiActivityReader reader(&file, QFileInfo(m_path).fileName());
    std::optional<IatiMapping> mapping;
    IatiActivity activity;
    while (reader.next(activity)) {
        if (!mapping)
            mapping.emplace(fileSource(m_path, reader.generated()));
        m_progress = double(file.pos()) / size;
        if (!visit(mapping->map(activity)))
            return success();
    }
    if (!reader.error().isEmpty())
        return Error{reader.error()};
    m_progress = 1;
    return success();
}

} // namespace ssc
