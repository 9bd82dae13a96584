# Field rules, prefectures, password policy and account formats (core/rules).
gtol_add_test(test_rules
    SOURCES test_fieldrules.cpp test_prefectures.cpp test_passwordpolicy.cpp test_accountrules.cpp
    LIBS gtol_rules)
