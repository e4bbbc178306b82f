// A CSV file of any bytes through the importer: the RFC 4180 reader, the
// columns and each row's cells as a record.
#include "FuzzSupport.h"

#include "core/io/csv/CsvImporter.h"

using namespace ssc;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::tempPath(QStringLiteral("fuzz.csv"));
    fuzz::writeFile(path, fuzz::bytesOf(data, size));
    CsvImporter importer(path);
    const Status read = importer.read([](ImportedRecord &&) { return true; });
    (void)read;
    return 0;
}
