# Field rules, prefectures, password policy and account formats (core/rules).
gtol_add_test(test_rules
    SOURCES test_fieldrules.cpp
    LIBS gtol_rules)
