# Facility master and search: folding, import, search on the real Nara list, and the CLI.
gtol_add_test(test_facilitysearch SOURCES test_facilitysearch.cpp LIBS gtol_store)
gtol_add_test(test_facilitycli SOURCES test_facilitycli.cpp LIBS gtol_store)
# The CLI tests run the real binary.
add_dependencies(test_facilitycli gtol-onboard)
