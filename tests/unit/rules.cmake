# Field rules, prefectures, password policy and account formats (core/rules).
gtol_add_test(test_rules
    SOURCES test_fieldrules.cpp test_prefectures.cpp
    LIBS gtol_rules)
