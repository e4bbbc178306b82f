// An IATI activity file of any bytes: read activity by activity as the
// importer reads it, and each activity mapped to a record.
#include "FuzzSupport.h"

#include "core/io/iati/IatiActivityReader.h"
#include "core/io/iati/IatiImporter.h"
#include "core/io/iati/IatiMapping.h"

#include <QBuffer>

using namespace ssc;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QString name = QStringLiteral("fuzz.xml");
    IatiActivityReader reader(&buffer, name);
    IatiActivity activity;
    std::optional<IatiMapping> mapping;
    while (reader.next(activity)) {
        if (!mapping)
            mapping.emplace(IatiImporter::fileSource(name, reader.generated()));
        const ImportedRecord record = mapping->map(activity);
        (void)record;
    }
    return 0;
}
