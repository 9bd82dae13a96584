# Wizard area: the onboarding wizard's pages, driven under the offscreen platform.
gtol_add_test(test_wizard GUI LABEL wizard
    SOURCES test_wizard.cpp wizarddriver.h
    LIBS gtol_wizard Qt6::Test)

# Not a test: renders every page to PNG (scripts/screenshots).
add_executable(wizard-screenshots wizard_screenshots.cpp wizarddriver.h)
target_link_libraries(wizard-screenshots PRIVATE gtol_app_lib Qt6::Test gtol_options)
