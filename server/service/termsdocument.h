#pragma once

#include "result.h"

#include <QString>

namespace gtol::server {

// The terms of use the applicant agrees to: its text, a version and the SHA-256 of the UTF-8
// text. The consent of an application must name the current version and hash.
struct TermsDocument
{
    QString version;
    QString sha256; // 64 lower-case hex digits
    QString text;

    // A UTF-8 file; a first line "Version: X" sets the version (and is not part of the text),
    // otherwise the version is the first 12 hex digits of the hash. Empty path: the bundled SAMPLE.
    static Result<TermsDocument> load(const QString &path);
    static TermsDocument fromText(const QString &fileText);
};

} // namespace gtol::server
