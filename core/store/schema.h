#pragma once

#include "model/applicationform.h"
#include "result.h"

#include <QStringView>

#include <span>

namespace gtol {

class SqliteDatabase;

// The store's versioned schema. Each Migration brings the file from version-1 to version; they
// are applied in order, each in ONE transaction that also sets user_version, so a file is always
// at some whole version (model: qBittorrent dbresumedatastorage updateDB). Never edit a released
// migration: add one at the end and raise LocalStore::SchemaVersion.
struct Migration
{
    int version;
    Status (*apply)(SqliteDatabase &db);
};

extern const std::span<const Migration> kMigrations;

// Tags the file as ours in the SQLite header ("GTOL"), so a foreign SQLite file is recognised.
inline constexpr qint32 kApplicationId = 0x47544F4C;

// Brings db up to the last version of `migrations` (kMigrations by default). A migration that
// fails leaves the file at the version before it, untouched.
Status migrate(SqliteDatabase &db, std::span<const Migration> migrations = kMigrations);

// The column of the drafts and draft_revisions tables that holds a form field.
QStringView fieldColumn(ApplicationForm::Field field);

} // namespace gtol
