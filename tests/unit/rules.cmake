# Field rules, prefectures, password policy and account formats (core/rules).
gtol_add_test(test_rules
    SOURCES test_fieldrules.cpp test_prefectures.cpp test_passwordpolicy.cpp test_accountrules.cpp
            test_verificationcode.cpp test_rules_translations.cpp test_rules_properties.cpp
    LIBS gtol_rules)
# The Japanese catalogue compiled from the source .ts at build time, so the test checks what a
# Japanese user would read, independently of how the application bundles its catalogues.
qt_add_lrelease(test_rules
    TS_FILES ${PROJECT_SOURCE_DIR}/translations/core_rules_ja.ts
    QM_FILES_OUTPUT_VARIABLE test_rules_qm
    NO_GLOBAL_TARGET)
qt_add_resources(test_rules test_rules_i18n
    PREFIX /test-i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${test_rules_qm})
