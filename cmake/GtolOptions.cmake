# One place for the language level, warnings and Qt's strictness switches; every target links it.
add_library(gtol_options INTERFACE)
target_compile_features(gtol_options INTERFACE cxx_std_20)
target_compile_definitions(gtol_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(MSVC)
    # /utf-8: the sources hold Japanese literals; /permissive-: standard conformance.
    target_compile_options(gtol_options INTERFACE /utf-8 /permissive- /W4 /Zc:__cplusplus)
else()
    target_compile_options(gtol_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual -Wnull-dereference
        -Wimplicit-fallthrough)
    if(CMAKE_BUILD_TYPE STREQUAL "Release")
        # Hardening for release builds, as KeePassXC does.
        target_compile_definitions(gtol_options INTERFACE _FORTIFY_SOURCE=2)
        target_compile_options(gtol_options INTERFACE -fstack-protector-strong)
        if(NOT APPLE)
            target_link_options(gtol_options INTERFACE -Wl,-z,relro,-z,now)
        endif()
    endif()
endif()
