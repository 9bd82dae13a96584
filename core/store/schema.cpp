#include "schema.h"

#include "store/facilityschema.h"
#include "store/sqlitedatabase.h"

#include <QCoreApplication>

#include <array>

namespace gtol {

namespace {

// Same order as ApplicationForm::Field; the column names never change.
constexpr std::array<const char16_t *, ApplicationForm::FieldCount> kFieldColumns {
    u"email",
    u"prefecture_code",
    u"facility_code",
    u"manager_name",
    u"manager_name_kana",
    u"applicant_name",
    u"applicant_name_kana",
    u"department",
    u"position",
    u"facility_phone",
    u"applicant_contact",
};

QString formColumnsDdl()
{
    QString ddl;
    for (const char16_t *column : kFieldColumns)
        ddl += QStringLiteral(", ") + QString::fromUtf16(column) + QStringLiteral(" TEXT NOT NULL DEFAULT ''");
    return ddl;
}

Status migrateToV1(SqliteDatabase &db)
{
    const QString sql =
        // Small facts about the file itself (when it was made, by which version).
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                       // Times are ISO 8601 UTC with milliseconds, so text order is time order.
                       "CREATE TABLE drafts ("
                       "  id INTEGER PRIMARY KEY AUTOINCREMENT," // never reused: ids are shown to IT staff
                       "  created TEXT NOT NULL,"
                       "  updated TEXT NOT NULL,"
                       "  current_page INTEGER NOT NULL DEFAULT 0,"
                       "  state TEXT NOT NULL DEFAULT '{}',"
                       "  meta TEXT NOT NULL DEFAULT '{}'")
        + formColumnsDdl()
        + QStringLiteral(");"
                         "CREATE INDEX drafts_by_updated ON drafts(updated);"
                         "CREATE TABLE draft_revisions ("
                         "  id INTEGER PRIMARY KEY,"
                         "  draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,"
                         "  saved_at TEXT NOT NULL")
        + formColumnsDdl()
        + QStringLiteral(");"
                         "CREATE INDEX draft_revisions_by_draft ON draft_revisions(draft_id, id);"
                         // The session journal (DESIGN 7). Never a secret: see Journal.
                         "CREATE TABLE journal ("
                         "  id INTEGER PRIMARY KEY,"
                         "  draft_id INTEGER REFERENCES drafts(id) ON DELETE CASCADE,"
                         "  at_ms INTEGER NOT NULL,"
                         "  kind TEXT NOT NULL,"
                         "  page_id INTEGER,"
                         "  field_key TEXT,"
                         "  typed_value TEXT,"
                         "  stored_value TEXT,"
                         "  details TEXT"
                         ");"
                         "CREATE INDEX journal_by_draft ON journal(draft_id, id);"
                         // Requests waiting to be sent, owned by the network code.
                         "CREATE TABLE outbox ("
                         "  id INTEGER PRIMARY KEY,"
                         "  idempotency_key TEXT UNIQUE NOT NULL,"
                         "  kind TEXT NOT NULL,"
                         "  method TEXT NOT NULL,"
                         "  path TEXT NOT NULL,"
                         "  body BLOB,"
                         "  created_at TEXT NOT NULL,"
                         "  attempts INTEGER NOT NULL DEFAULT 0,"
                         "  next_attempt_at TEXT,"
                         "  state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN('pending','sent','failed')),"
                         "  last_error TEXT,"
                         "  response BLOB,"
                         "  draft_id INTEGER"
                         ");"
                         "CREATE INDEX outbox_by_state ON outbox(state, next_attempt_at);"
                         "INSERT INTO meta(key, value) VALUES ('createdBy', 'gtol-onboard " GTOL_VERSION "'),"
                         "  ('createdAt', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));");
    if (Status status = db.execute(sql); !status)
        return status;
    return db.execute(facilitySchemaV1());
}

constexpr std::array<Migration, 1> kMigrationList {{
    {1, &migrateToV1},
}};

} // namespace

const std::span<const Migration> kMigrations {kMigrationList};

QStringView fieldColumn(ApplicationForm::Field field)
{
    return QStringView(kFieldColumns[static_cast<int>(field)]);
}

Status migrate(SqliteDatabase &db, std::span<const Migration> migrations)
{
    for (const Migration &migration : migrations) {
        SqliteTransaction transaction(db);
        if (!transaction.began())
            return transaction.began();
        // Read inside the write lock: another process may have migrated while we waited.
        Result<QVariant> current = db.queryValue(u"PRAGMA user_version");
        if (!current)
            return current.error();
        if (current.value().toInt() >= migration.version)
            continue;
        if (Status status = migration.apply(db); !status)
            return status;
        const QString tag = QStringLiteral("PRAGMA application_id = ") + QString::number(kApplicationId)
            + QStringLiteral("; PRAGMA user_version = ") + QString::number(migration.version);
        if (Status status = db.execute(tag); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    return {};
}

} // namespace gtol
