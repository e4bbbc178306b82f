// A JSON catalogue file of any bytes: parsed, and what parses checked by the
// validator and written back.
#include "FuzzSupport.h"

#include "core/domain/CatalogueValidator.h"
#include "core/io/json/CatalogueJson.h"

using namespace ssc;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto content = CatalogueJson::parse(fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"));
    if (!content.ok())
        return 0;
    const Status valid = CatalogueValidator::validate(*content);
    (void)valid;
    // What was read is written back and must read again.
    const QByteArray again = CatalogueJson::serialize(*content);
    if (!CatalogueJson::parse(again, QStringLiteral("again.json")).ok())
        std::abort();
    return 0;
}
