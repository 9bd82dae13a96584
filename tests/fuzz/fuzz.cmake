gtol_add_test(test_fuzz_inputs LABEL fuzz SOURCES test_fuzz_inputs.cpp LIBS gtol_session gtol_store)
