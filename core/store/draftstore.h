#pragma once

#include "model/applicationform.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace gtol {

class LocalStore;
class SqliteStatement;

// One saved draft as the wizard needs it back.
struct Draft
{
    qint64 id = 0;
    QDateTime created;
    QDateTime updated;
    int currentPage = 0; // a wizard page id (stable, see wizard/pageids.h)
    ApplicationForm form; // normalised values
    QJsonObject state; // page state beyond the form: e-mail confirmation, consent record,
                       // check results, registration token status, ... (never secrets)
    QJsonObject meta; // createdBy, createdAt, note (from a draft file)
};

struct DraftSummary
{
    qint64 id = 0;
    QDateTime updated;
    QString facilityCode;
    QString facilityName; // resolved from the facility master when known
    int currentPage = 0;
};

// Keeps any number of drafts and the last few revisions of each. Every mutating call has committed
// (synchronous=FULL) before it returns: that is the "nothing the clerk saw accepted is lost"
// promise. A save creates a revision of the form (saveField, saveForm, rollbackTo; not page or
// state changes). remove() also takes the draft's revisions and journal, zeroed on disk
// (secure_delete, then a WAL checkpoint). Error codes: "draft.unknown" for an id that does not
// exist, "draft.revisionUnknown", and the store's own ("store.io", "store.busy", ...). Not
// thread-safe: one DraftStore per thread. Borrowed LocalStore must outlive this object.
class DraftStore
{
public:
    static constexpr int RevisionsKept = 20;

    explicit DraftStore(LocalStore &store);
    ~DraftStore();

    Result<qint64> create(const ApplicationForm &form = {}, const QJsonObject &meta = {});
    Result<Draft> load(qint64 id) const;
    Result<QList<DraftSummary>> list() const; // most recently updated first
    Status remove(qint64 id);

    // The hot path: one field edit, committed before returning (benchmarked by bench-autosave).
    Status saveField(qint64 id, ApplicationForm::Field field, const QString &normalizedValue);
    Status saveForm(qint64 id, const ApplicationForm &form);
    Status saveCurrentPage(qint64 id, int pageId);
    // Sets one key of Draft::state; an undefined QJsonValue removes it. Never a secret.
    Status saveState(qint64 id, const QString &key, const QJsonValue &value);

    struct Revision
    {
        qint64 revisionId = 0;
        QDateTime savedAt;
        ApplicationForm form;
    };
    Result<QList<Revision>> revisions(qint64 id) const; // newest first, at most RevisionsKept
    // Restores a revision's form; that is itself a save (and a new revision).
    Status rollbackTo(qint64 id, qint64 revisionId);

private:
    struct Statements;
    Result<Statements *> statements() const;
    Status touchRevision(Statements &s, qint64 id);
    // One committed UPDATE of a draft row: bindUpdate picks and binds the statement; no row
    // changed means an unknown draft; keepRevision also records the form as a revision.
    Status updateDraft(qint64 id, bool keepRevision, const std::function<SqliteStatement &(Statements &)> &bindUpdate);

    LocalStore &m_store;
    mutable std::unique_ptr<Statements> m_statements; // prepared once, on first use
};

} // namespace gtol
