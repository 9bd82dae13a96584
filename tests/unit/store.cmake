# Store area: the SQLite store, drafts, journal, draft files and the "draft" command.
gtol_add_test(test_store
    SOURCES test_localstore.cpp test_draftstore.cpp test_journal.cpp storetesthelpers.h
    LIBS gtol_store)
