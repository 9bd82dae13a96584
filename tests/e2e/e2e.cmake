# Network area end to end: the wizard's controller and sync presenter (and the wizard itself,
# offscreen) against the real server; the officer approves with the server's admin command line.
if(TARGET gtol_server_lib AND TARGET gtol-onboard-server)
    gtol_add_test(test_e2e_sync GUI LABEL e2e
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_e2e_sync.cpp
        LIBS gtol_wizard gtol_net gtol_server_lib gtol_devpki Qt6::Network Qt6::Test)
    target_include_directories(test_e2e_sync PRIVATE
        ${PROJECT_SOURCE_DIR}/tests/unit ${PROJECT_SOURCE_DIR}/tests/wizard)
    add_dependencies(test_e2e_sync gtol-onboard-server)
endif()
