# One bounded run of a harness (fuzz/CMakeLists.txt): the seed corpus copied
# into WORK, replayed (every committed reproducer with it), then 20 s of
# mutation. A crash, leak or sanitizer report fails the test; its input is
# left in WORK as crash-*.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus)
file(GLOB seeds ${CORPUS}/*)
file(COPY ${seeds} DESTINATION ${WORK}/corpus)
set(options -max_total_time=20 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
    -artifact_prefix=${WORK}/)
if(OPTIONS)
    list(APPEND options ${OPTIONS})
endif()
execute_process(COMMAND ${FUZZER} ${WORK}/corpus ${options}
    WORKING_DIRECTORY ${WORK} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input is in ${WORK}")
endif()
