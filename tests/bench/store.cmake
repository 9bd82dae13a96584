# bench-autosave: one field edit committed to a real store file (p50/p99).
add_executable(bench-autosave bench_autosave.cpp)
target_link_libraries(bench-autosave PRIVATE gtol_store gtol_options)
