# Network area: ApiClient, TLS policy, Outbox and SyncEngine (core/net, core/store/outbox).
gtol_add_test(test_netcore SOURCES test_netcore.cpp LIBS gtol_net Qt6::Network)
# Against the real server, in-process over real TLS (gtol_server_lib, gtol_devpki).
if(TARGET gtol_server_lib)
    gtol_add_test(test_netserver SOURCES test_netserver.cpp testbackend.h netwait.h
        LIBS gtol_net gtol_server_lib gtol_devpki Qt6::Network)
    gtol_add_test(test_netfaults SOURCES test_netfaults.cpp faultynetwork.h faultynetwork.cpp testbackend.h netwait.h
        LIBS gtol_net gtol_server_lib gtol_devpki Qt6::Network)
endif()
