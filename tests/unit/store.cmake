# Store area: the SQLite store, drafts, journal, draft files and the "draft" command.
gtol_add_test(test_draftstore SOURCES test_draftstore.cpp LIBS gtol_store)
