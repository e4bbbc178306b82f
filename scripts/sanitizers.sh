#!/usr/bin/env bash
# The whole suite again, built by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer in ./build-asan, with the libFuzzer harnesses
# (fuzz/) and their bounded runs. test.sh calls this after the plain suite;
# setup.sh has installed clang and its runtime (libclang-rt-14-dev).
set -euo pipefail
cd "$(dirname "$0")/.."

# nonnull-attribute: Qt 6.4's QList::operator== calls memcmp(p, nullptr, 0) on two
# empty lists (qarraydataops.h), harmless but fatal with -fno-sanitize-recover.
sanitize="-fsanitize=address,undefined -fno-sanitize=nonnull-attribute -fno-sanitize-recover=undefined"
CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=None \
  -DSSC_BUILD_BENCH=OFF -DSSC_BUILD_FUZZERS=ON \
  -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only -fno-omit-frame-pointer $sanitize -fsanitize=fuzzer-no-link" \
  -DCMAKE_EXE_LINKER_FLAGS="$sanitize"
cmake --build build-asan --parallel "$(nproc)"

here="$(pwd)"
# Leaks are reported (and fail the test) except those in the libraries
# listed in scripts/lsan.supp, which the program cannot free.
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=0:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$here/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$here/scripts/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
# Fewer kills per operation than the plain run: each start of the program
# costs more under the sanitizers.
export SSC_KILLS=3
cd build-asan
ctest --output-on-failure --timeout 1800 -j "$(nproc)"
