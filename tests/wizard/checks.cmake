# Requirements page (利用要件) and its check list, under the offscreen platform.
gtol_add_test(test_requirements_page GUI LABEL wizard
    SOURCES checks/test_requirementspage.cpp checks/pagefixture.h
    LIBS gtol_wizard Qt6::Test)

# Not a test: renders the requirements page and the report to PNG/HTML/PDF for a look.
#   checks-render OUTPUT_DIR [ja|en]
add_executable(checks-render checks/checks_render.cpp checks/pagefixture.h)
target_link_libraries(checks-render PRIVATE gtol_app_lib gtol_options)
