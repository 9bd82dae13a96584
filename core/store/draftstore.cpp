#include "draftstore.h"

#include "store/localstore.h"
#include "store/schema.h"
#include "store/sqlitedatabase.h"
#include "store/sqlitestatementreset.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <array>

namespace gtol {

namespace {

QString trDrafts(const char *text)
{
    return QCoreApplication::translate("gtol::DraftStore", text);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Error unknownDraft(qint64 id)
{
    return Error {QStringLiteral("draft.unknown"),
                  trDrafts(QT_TRANSLATE_NOOP("gtol::DraftStore", "The draft no longer exists.")),
                  QStringLiteral("draft id %1").arg(id)};
}

// "email, prefecture_code, ..." in field order.
QString formColumns(const QString &prefix = {})
{
    QStringList columns;
    for (ApplicationForm::Field field : ApplicationForm::allFields())
        columns.append(prefix + fieldColumn(field).toString());
    return columns.join(QStringLiteral(", "));
}

// Reads the form from columns first..first+FieldCount-1 of the current row.
ApplicationForm formFromRow(const SqliteStatement &statement, int first)
{
    ApplicationForm form;
    int column = first;
    for (ApplicationForm::Field field : ApplicationForm::allFields())
        form.setValue(field, statement.columnText(column++));
    return form;
}

// Form columns are NOT NULL: an empty field is the empty string, whether or not the QString is null.
QString nonNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

struct DraftStore::Statements
{
    SqliteStatement insertDraft;
    SqliteStatement loadDraft;
    SqliteStatement listDrafts;
    SqliteStatement removeDraft;
    std::array<SqliteStatement, ApplicationForm::FieldCount> updateField;
    SqliteStatement updateForm;
    SqliteStatement updatePage;
    SqliteStatement selectState;
    SqliteStatement updateState;
    SqliteStatement insertRevision;
    SqliteStatement pruneRevisions;
    SqliteStatement listRevisions;
    SqliteStatement loadRevision;
};

DraftStore::DraftStore(LocalStore &store) : m_store(store) { }

DraftStore::~DraftStore() = default;

Result<DraftStore::Statements *> DraftStore::statements() const
{
    if (m_statements)
        return m_statements.get();
    SqliteDatabase &db = m_store.database();
    auto s = std::make_unique<Statements>();
    QString failure;
    Error error;
    auto prepare = [&](SqliteStatement &target, const QString &sql) {
        if (!failure.isEmpty())
            return;
        Result<SqliteStatement> prepared = db.prepare(sql);
        if (!prepared) {
            failure = sql;
            error = prepared.error();
            return;
        }
        target = std::move(prepared.value());
    };

    QStringList placeholders;
    for (int i = 0; i < ApplicationForm::FieldCount; ++i)
        placeholders.append(u'?' + QString::number(i + 3));
    prepare(s->insertDraft,
            QStringLiteral("INSERT INTO drafts(created, updated, meta, ") + formColumns()
                + QStringLiteral(") VALUES (?1, ?1, ?2, ") + placeholders.join(u", ") + u')');
    prepare(s->loadDraft,
            QStringLiteral("SELECT id, created, updated, current_page, state, meta, ") + formColumns()
                + QStringLiteral(" FROM drafts WHERE id = ?1"));
    prepare(s->listDrafts,
            QStringLiteral("SELECT d.id, d.updated, d.facility_code, f.name, d.current_page"
                           " FROM drafts d LEFT JOIN facilities f ON f.code = d.facility_code"
                           " ORDER BY d.updated DESC, d.id DESC"));
    prepare(s->removeDraft, QStringLiteral("DELETE FROM drafts WHERE id = ?1"));
    for (ApplicationForm::Field field : ApplicationForm::allFields()) {
        prepare(s->updateField[static_cast<int>(field)],
                QStringLiteral("UPDATE drafts SET ") + fieldColumn(field).toString()
                    + QStringLiteral(" = ?2, updated = ?3 WHERE id = ?1"));
    }
    QStringList assignments;
    for (ApplicationForm::Field field : ApplicationForm::allFields())
        assignments.append(fieldColumn(field).toString() + QStringLiteral(" = ?")
                           + QString::number(static_cast<int>(field) + 3));
    prepare(s->updateForm,
            QStringLiteral("UPDATE drafts SET updated = ?2, ") + assignments.join(u", ")
                + QStringLiteral(" WHERE id = ?1"));
    prepare(s->updatePage, QStringLiteral("UPDATE drafts SET current_page = ?2, updated = ?3 WHERE id = ?1"));
    prepare(s->selectState, QStringLiteral("SELECT state FROM drafts WHERE id = ?1"));
    prepare(s->updateState, QStringLiteral("UPDATE drafts SET state = ?2, updated = ?3 WHERE id = ?1"));
    prepare(s->insertRevision,
            QStringLiteral("INSERT INTO draft_revisions(draft_id, saved_at, ") + formColumns()
                + QStringLiteral(") SELECT id, updated, ") + formColumns()
                + QStringLiteral(" FROM drafts WHERE id = ?1"));
    // Everything at or below the (RevisionsKept+1)-th newest goes; uses the (draft_id, id) index.
    prepare(s->pruneRevisions,
            QStringLiteral("DELETE FROM draft_revisions WHERE draft_id = ?1 AND id <= "
                           "(SELECT id FROM draft_revisions WHERE draft_id = ?1"
                           " ORDER BY id DESC LIMIT 1 OFFSET ?2)"));
    prepare(s->listRevisions,
            QStringLiteral("SELECT id, saved_at, ") + formColumns()
                + QStringLiteral(" FROM draft_revisions WHERE draft_id = ?1 ORDER BY id DESC LIMIT ?2"));
    prepare(s->loadRevision,
            QStringLiteral("SELECT ") + formColumns()
                + QStringLiteral(" FROM draft_revisions WHERE draft_id = ?1 AND id = ?2"));
    if (!failure.isEmpty())
        return error;
    m_statements = std::move(s);
    return m_statements.get();
}

// Records the draft's current form as a revision and drops the ones beyond RevisionsKept. Runs
// inside the caller's transaction.
Status DraftStore::touchRevision(Statements &s, qint64 id)
{
    s.insertRevision.bind(1, id);
    if (Status status = s.insertRevision.exec(); !status)
        return status;
    s.pruneRevisions.bind(1, id);
    s.pruneRevisions.bind(2, qint64(RevisionsKept));
    return s.pruneRevisions.exec();
}

Result<qint64> DraftStore::create(const ApplicationForm &form, const QJsonObject &meta)
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteDatabase &db = m_store.database();
    SqliteTransaction transaction(db);
    if (!transaction.began())
        return transaction.began().error();
    Statements &st = *s.value();
    st.insertDraft.bind(1, nowText());
    st.insertDraft.bind(2, toJsonText(meta));
    for (ApplicationForm::Field field : ApplicationForm::allFields())
        st.insertDraft.bind(static_cast<int>(field) + 3, nonNull(form.value(field)));
    if (Status status = st.insertDraft.exec(); !status)
        return status.error();
    const qint64 id = db.lastInsertRowId();
    if (Status status = touchRevision(st, id); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<Draft> DraftStore::load(qint64 id) const
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteStatement &query = s.value()->loadDraft;
    SqliteStatementReset resetter(query);
    query.bind(1, id);
    Result<bool> row = query.step();
    if (!row)
        return row.error();
    if (!row.value())
        return unknownDraft(id);
    Draft draft;
    draft.id = query.columnInt64(0);
    draft.created = timeFromText(query.columnText(1));
    draft.updated = timeFromText(query.columnText(2));
    draft.currentPage = int(query.columnInt64(3));
    draft.state = jsonFromText(query.columnText(4));
    draft.meta = jsonFromText(query.columnText(5));
    draft.form = formFromRow(query, 6);
    return draft;
}

Result<QList<DraftSummary>> DraftStore::list() const
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteStatement &query = s.value()->listDrafts;
    SqliteStatementReset resetter(query);
    return query.collectRows([](SqliteStatement &row) {
        DraftSummary summary;
        summary.id = row.columnInt64(0);
        summary.updated = timeFromText(row.columnText(1));
        summary.facilityCode = row.columnText(2);
        summary.facilityName = row.columnText(3);
        summary.currentPage = int(row.columnInt64(4));
        return summary;
    });
}

Status DraftStore::remove(qint64 id)
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteDatabase &db = m_store.database();
    {
        SqliteTransaction transaction(db);
        if (!transaction.began())
            return transaction.began();
        s.value()->removeDraft.bind(1, id);
        if (Status status = s.value()->removeDraft.exec(); !status)
            return status;
        if (db.changes() == 0)
            return unknownDraft(id);
        if (Status status = transaction.commit(); !status)
            return status;
    }
    // secure_delete zeroed the pages in the database, but the WAL still holds older copies of
    // them until it is reused: move everything into the main file and empty the WAL. Best effort:
    // another connection reading at this moment only delays it.
    (void)db.execute(u"PRAGMA wal_checkpoint(TRUNCATE)");
    return {};
}

Status DraftStore::updateDraft(qint64 id, bool keepRevision,
                               const std::function<SqliteStatement &(Statements &)> &bindUpdate)
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteDatabase &db = m_store.database();
    SqliteTransaction transaction(db);
    if (!transaction.began())
        return transaction.began();
    if (Status status = bindUpdate(*s.value()).exec(); !status)
        return status;
    if (db.changes() == 0)
        return unknownDraft(id);
    if (keepRevision) {
        if (Status status = touchRevision(*s.value(), id); !status)
            return status;
    }
    return transaction.commit();
}

Status DraftStore::saveField(qint64 id, ApplicationForm::Field field, const QString &normalizedValue)
{
    return updateDraft(id, true, [&](Statements &s) -> SqliteStatement & {
        SqliteStatement &update = s.updateField[static_cast<int>(field)];
        update.bind(1, id);
        update.bind(2, nonNull(normalizedValue));
        update.bind(3, nowText());
        return update;
    });
}

Status DraftStore::saveForm(qint64 id, const ApplicationForm &form)
{
    return updateDraft(id, true, [&](Statements &s) -> SqliteStatement & {
        SqliteStatement &update = s.updateForm;
        update.bind(1, id);
        update.bind(2, nowText());
        for (ApplicationForm::Field field : ApplicationForm::allFields())
            update.bind(static_cast<int>(field) + 3, nonNull(form.value(field)));
        return update;
    });
}

Status DraftStore::saveCurrentPage(qint64 id, int pageId)
{
    return updateDraft(id, false, [&](Statements &s) -> SqliteStatement & {
        SqliteStatement &update = s.updatePage;
        update.bind(1, id);
        update.bind(2, qint64(pageId));
        update.bind(3, nowText());
        return update;
    });
}

Status DraftStore::saveState(qint64 id, const QString &key, const QJsonValue &value)
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteDatabase &db = m_store.database();
    SqliteTransaction transaction(db);
    if (!transaction.began())
        return transaction.began();
    QJsonObject state;
    {
        SqliteStatement &query = s.value()->selectState;
        SqliteStatementReset resetter(query);
        query.bind(1, id);
        Result<bool> row = query.step();
        if (!row)
            return row.error();
        if (!row.value())
            return unknownDraft(id);
        state = jsonFromText(query.columnText(0));
    }
    if (value.isUndefined())
        state.remove(key);
    else
        state.insert(key, value);
    SqliteStatement &update = s.value()->updateState;
    update.bind(1, id);
    update.bind(2, toJsonText(state));
    update.bind(3, nowText());
    if (Status status = update.exec(); !status)
        return status;
    return transaction.commit();
}

Result<QList<DraftStore::Revision>> DraftStore::revisions(qint64 id) const
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteStatement &query = s.value()->listRevisions;
    SqliteStatementReset resetter(query);
    query.bind(1, id);
    query.bind(2, qint64(RevisionsKept));
    return query.collectRows([](SqliteStatement &row) {
        Revision revision;
        revision.revisionId = row.columnInt64(0);
        revision.savedAt = timeFromText(row.columnText(1));
        revision.form = formFromRow(row, 2);
        return revision;
    });
}

Status DraftStore::rollbackTo(qint64 id, qint64 revisionId)
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    ApplicationForm form;
    {
        SqliteStatement &query = s.value()->loadRevision;
        SqliteStatementReset resetter(query);
        query.bind(1, id);
        query.bind(2, revisionId);
        Result<bool> row = query.step();
        if (!row)
            return row.error();
        if (!row.value()) {
            return Error {
                QStringLiteral("draft.revisionUnknown"),
                trDrafts(QT_TRANSLATE_NOOP("gtol::DraftStore", "That earlier version of the draft is no longer kept.")),
                QStringLiteral("draft %1 revision %2").arg(id).arg(revisionId)};
        }
        form = formFromRow(query, 0);
    }
    return saveForm(id, form);
}

} // namespace gtol
