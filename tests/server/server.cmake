# The server area: the throw-away PKI, and the backend's contract tests over real HTTPS.
gtol_add_test(test_devpki LABEL server
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_devpki.cpp
    LIBS gtol_devpki OpenSSL::Crypto)
