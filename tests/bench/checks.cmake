# Requirements self-check: wall time of a full check on a dead network against its timeout bound.
add_executable(bench-checks bench_checks.cpp)
target_link_libraries(bench-checks PRIVATE gtol_checks gtol_options)
