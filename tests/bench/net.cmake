# Network area: applications written to the outbox and acknowledged by the in-process server.
if(TARGET gtol_server_lib)
    add_executable(bench-net-sync ${CMAKE_CURRENT_LIST_DIR}/bench_net_sync.cpp)
    target_include_directories(bench-net-sync PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
    target_link_libraries(bench-net-sync PRIVATE gtol_net gtol_server_lib gtol_devpki Qt6::Network Qt6::Test gtol_options)
endif()
