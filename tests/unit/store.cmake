# Store area: the SQLite store, drafts, journal, draft files and the "draft" command.
gtol_add_test(test_store
    SOURCES test_localstore.cpp test_draftstore.cpp test_journal.cpp storetesthelpers.h
    LIBS gtol_store)

# Crash safety: a child process edits through DraftStore and is killed with SIGKILL.
add_executable(gtol-crashchild crashchild.cpp)
target_link_libraries(gtol-crashchild PRIVATE gtol_store gtol_options)
gtol_add_test(test_crashsafety SOURCES test_crashsafety.cpp LIBS gtol_store)
add_dependencies(test_crashsafety gtol-crashchild)
target_compile_definitions(test_crashsafety PRIVATE GTOL_CRASHCHILD="$<TARGET_FILE:gtol-crashchild>")

gtol_add_test(test_draftfile SOURCES test_draftfile.cpp storetesthelpers.h LIBS gtol_session)

# The "draft" command, run as the built binary.
gtol_add_test(test_draftcli SOURCES test_draftcli.cpp storetesthelpers.h LIBS gtol_store)
add_dependencies(test_draftcli gtol-onboard)
