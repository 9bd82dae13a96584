gtol_add_test(test_translations SOURCES test_translations.cpp LIBS gtol_options Qt6::Core)
