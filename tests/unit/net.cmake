# Network area: ApiClient, TLS policy, Outbox and SyncEngine (core/net, core/store/outbox).
gtol_add_test(test_netcore SOURCES test_netcore.cpp LIBS gtol_net Qt6::Network)
