#pragma once

#include <QString>

#include <optional>

namespace gtol {

// The registration token as the clerk pastes it back in Step 1: the whole link from the mail
// (https://<host>/registrationForm/<token>), the link wrapped in <> or quotes or broken over lines
// by a mail program, or the bare token. Tokens are 43 characters of base64url (docs/api.md).
class RegistrationLink
{
public:
    static constexpr int TokenLength = 43;

    static std::optional<QString> tokenFrom(const QString &pasted);
    static bool isToken(const QString &text);
};

} // namespace gtol
