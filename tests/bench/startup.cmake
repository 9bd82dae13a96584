add_executable(bench-bare-wizard bench_bare_wizard.cpp)
target_link_libraries(bench-bare-wizard PRIVATE gtol_options Qt6::Widgets)

add_executable(bench-startup bench_startup.cpp)
target_link_libraries(bench-startup PRIVATE gtol_options Qt6::Core)
add_dependencies(bench-startup bench-bare-wizard gtol-onboard)
