#pragma once

// One include for Catch2 v2 (Debian 12) and v3 (vcpkg/Homebrew): test files include this, never
// Catch2 directly, and use only the macros both versions share.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define GTOL_CATCH_V3 1
#else
#include <catch2/catch.hpp>
#endif

#include <QString>

#include <ostream>

// Catch prints QStrings readably in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}
