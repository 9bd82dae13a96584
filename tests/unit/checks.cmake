# Requirements self-check (core/checks): profile parsing, verdict tables with fake platforms, and
# the network probes against real peers on 127.0.0.1.
gtol_add_test(test_checks_profile SOURCES checks/test_profile.cpp LIBS gtol_model)
gtol_add_test(test_checks_verdicts SOURCES checks/test_verdicts.cpp checks/fakeplatformfacts.h LIBS gtol_checks)
if(TARGET gtol_devpki)
    gtol_add_test(test_checks_network
        SOURCES checks/test_network.cpp checks/fakeplatformfacts.h
                checks/legacytlsserver.h checks/legacytlsserver.cpp
        LIBS gtol_checks gtol_devpki OpenSSL::SSL)
endif()
if(TARGET gtol-onboard)
    gtol_add_test(test_checks_cli SOURCES checks/test_cli.cpp LIBS Qt6::Network)
    add_dependencies(test_checks_cli gtol-onboard)
endif()
