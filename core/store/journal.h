#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace gtol {

class LocalStore;

// What support may know about a secret (password, verification code, token): its length and
// which kinds of characters it holds, enough to explain a policy failure ("the password had
// full-width characters") without the secret itself. Length counts characters (code points).
struct SecretShape
{
    int length = 0;
    bool upper = false; // A-Z
    bool lower = false; // a-z
    bool digit = false; // 0-9
    bool symbol = false; // other printable ASCII
    bool space = false; // any white space, ideographic space included
    bool nonAscii = false; // full-width letters, kana, ... (an IME left on)

    QJsonObject toJson() const;
    friend bool operator==(const SecretShape &, const SecretShape &) = default;
};

SecretShape describeSecret(QStringView secret);

// One event of the session journal (DESIGN 7).
struct JournalEvent
{
    enum class Kind { PageEnter, PageLeave, FieldChange, CheckResult, Request, ErrorShown, Button };

    qint64 id = 0; // set by the store
    qint64 draftId = 0; // 0: not about a draft
    qint64 timeMs = 0; // UTC milliseconds since the epoch; 0 on append means "now"
    Kind kind = Kind::FieldChange;
    int pageId = -1; // a wizard page id, -1 when none
    QString fieldKey; // ApplicationForm::key() or a page's own field name
    QString typedValue; // what the clerk typed
    QString storedValue; // what was stored after normalisation
    QJsonObject details; // check result, request summary (method, path, status, latency), ...

    static QString kindName(Kind kind); // "pageEnter", "fieldChange", ...
    static std::optional<Kind> kindForName(QStringView name);
};

// The session journal: appends events as they happen and gives a draft's events back in order,
// for support and for replay. Every append is committed before it returns.
//
// Secrets never reach the file: recordSecretChange() stores only describeSecret(), and append()
// applies the same to any event whose field key names a secret (isSecretField), as a second line
// of defence against a caller that forgets. Borrowed LocalStore must outlive this object.
class Journal
{
public:
    explicit Journal(LocalStore &store);
    ~Journal();

    Result<qint64> append(JournalEvent event);
    // A secret field changed: journals a FieldChange with {"secret": shape} as details.
    Result<qint64> recordSecretChange(qint64 draftId, int pageId, const QString &fieldKey, QStringView secret);

    Result<QList<JournalEvent>> events(qint64 draftId) const; // oldest first

    // password, passwordConfirmation, verificationCode, registrationToken, ... (case-insensitive).
    static bool isSecretField(QStringView fieldKey);

private:
    struct Statements;
    Result<Statements *> statements() const;

    LocalStore &m_store;
    mutable std::unique_ptr<Statements> m_statements;
};

} // namespace gtol
