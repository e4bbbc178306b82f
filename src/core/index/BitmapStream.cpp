// Checks a Roaring bitmap read from a file against the rules CRoaring's own
// operations take for granted. Debian's CRoaring (0.2.66) has no validator of
// its own, and its readSafe() only checks that each container's bytes are in
// the buffer: an array out of order, a bitset whose stated cardinality is not
// its count, or runs that overlap get through it and then make an AND or a
// conversion write past an allocation. A file made to match its checksum
// (FacetIndexFile.cpp) must not reach that.
#include "core/index/BitmapStream.h"

#include <roaring/containers/containers.h>

#include <bit>

namespace ssc {

namespace {

constexpr int kArrayMax = 4096; // DEFAULT_MAX_SIZE: above it, a bitset
constexpr int kBitsetWords = 1024;

bool arrayWellFormed(const array_container_t *c)
{
    if (c->cardinality < 1 || c->cardinality > kArrayMax || c->cardinality > c->capacity)
        return false;
    for (int32_t i = 1; i < c->cardinality; ++i)
        if (c->array[i - 1] >= c->array[i])
            return false;
    return true;
}

bool bitsetWellFormed(const bitset_container_t *c)
{
    int64_t count = 0;
    for (int i = 0; i < kBitsetWords; ++i)
        count += std::popcount(c->array[i]);
    return count == c->cardinality && count > kArrayMax;
}

bool runWellFormed(const run_container_t *c)
{
    if (c->n_runs < 1 || c->n_runs > c->capacity)
        return false;
    int32_t previousEnd = -2;
    for (int32_t i = 0; i < c->n_runs; ++i) {
        const int32_t start = c->runs[i].value;
        const int32_t end = start + c->runs[i].length;
        // Runs in order, apart (touching runs would be one run), inside
        // the container's 65,536 values.
        if (start <= previousEnd + 1 || end > 0xFFFF)
            return false;
        previousEnd = end;
    }
    return true;
}

} // namespace

bool wellFormed(const Roaring &bitmap)
{
    const roaring_array_t &ra = bitmap.roaring.high_low_container;
    if (ra.size < 0 || ra.size > 65536)
        return false;
    for (int32_t i = 0; i < ra.size; ++i) {
        if (i > 0 && ra.keys[i - 1] >= ra.keys[i])
            return false;
        const void *c = ra.containers[i];
        if (!c)
            return false;
        switch (ra.typecodes[i]) {
        case ARRAY_CONTAINER_TYPE_CODE:
            if (!arrayWellFormed(static_cast<const array_container_t *>(c)))
                return false;
            break;
        case BITSET_CONTAINER_TYPE_CODE:
            if (!bitsetWellFormed(static_cast<const bitset_container_t *>(c)))
                return false;
            break;
        case RUN_CONTAINER_TYPE_CODE:
            if (!runWellFormed(static_cast<const run_container_t *>(c)))
                return false;
            break;
        default: // shared containers are never read from a file
            return false;
        }
    }
    return true;
}

} // namespace ssc
