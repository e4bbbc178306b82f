#include "core/io/iati/IatiImporter.h"

#include "core/base/BoundedQueue.h"
#include "core/io/iati/IatiActivityReader.h"
#include "core/io/iati/IatiMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <thread>

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

    // The XML is read on a thread of its own and mapped on this one: on two
    // cores reading no longer waits for mapping.
    struct Batch
    {
        std::vector<IatiActivity> activities;
        double progress = 0;
        QString generated;
    };
    BoundedQueue<Batch> queue(8);
    std::thread xml([&] {
        constexpr std::size_t kBatch = 32;
        Batch batch;
        auto hand = [&] {
            batch.progress = double(file.pos()) / size;
            batch.generated = reader.generated();
            return queue.push(std::exchange(batch, Batch()));
        };
        IatiActivity activity;
        while (reader.next(activity)) {
            batch.activities.push_back(std::move(activity));
            if (batch.activities.size() == kBatch && !hand())
                break;
        }
        if (!batch.activities.empty())
            hand();
        queue.finish();
    });
    std::optional<IatiMapping> mapping;
    bool stopped = false;
    while (std::optional<Batch> batch = queue.pop()) {
        if (!mapping)
            mapping.emplace(fileSource(m_path, batch->generated));
        m_progress = batch->progress;
        for (const IatiActivity &activity : batch->activities) {
            if (!visit(mapping->map(activity))) {
                stopped = true;
                break;
            }
        }
        if (stopped) {
            queue.stop();
            break;
        }
    }
    xml.join();
    if (stopped)
        return success();
    if (!reader.error().isEmpty())
        return Error{reader.error()};
    m_progress = 1;
    return success();
}

} // namespace ssc
