# The server area: the throw-away PKI, and the backend's contract tests over real HTTPS.
gtol_add_test(test_devpki LABEL server
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_devpki.cpp
    LIBS gtol_devpki OpenSSL::Crypto)

if(TARGET gtol_server_lib)
    gtol_add_test(test_server LABEL server
        SOURCES
            ${CMAKE_CURRENT_LIST_DIR}/serverfixture.h
            ${CMAKE_CURRENT_LIST_DIR}/test_server_contract.cpp
            ${CMAKE_CURRENT_LIST_DIR}/test_server_cli.cpp
            ${CMAKE_CURRENT_LIST_DIR}/test_server_units.cpp
            ${CMAKE_CURRENT_LIST_DIR}/test_server_tls.cpp
            ${CMAKE_CURRENT_LIST_DIR}/test_server_races.cpp
        LIBS gtol_server_lib gtol_httplib)
    # The CLI cases run the executable.
    add_dependencies(test_server gtol-onboard-server)
endif()
