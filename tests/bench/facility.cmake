# Facility search against a plain LIKE scan: bench-facility-search FILE (the nationwide CSV).
add_executable(bench-facility-search bench_facility_search.cpp)
target_link_libraries(bench-facility-search PRIVATE gtol_store gtol_options)
