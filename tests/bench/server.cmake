# Server throughput (facility search, application submission) on 2 client threads over HTTPS.
if(TARGET gtol_server_lib)
    add_executable(bench-server ${CMAKE_CURRENT_LIST_DIR}/bench_server.cpp)
    target_link_libraries(bench-server PRIVATE gtol_server_lib gtol_httplib gtol_options)
endif()
