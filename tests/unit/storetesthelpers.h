#pragma once

// Small helpers shared by the store tests: file bytes, file damage, value lookups.
#include "store/localstore.h"
#include "store/sqlitedatabase.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace gtol::test {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

// Everything SQLite may have put on disk for this store: the database, its WAL and shared memory.
inline QByteArray storeBytes(const QString &path)
{
    return fileBytes(path) + fileBytes(path + QStringLiteral("-wal")) + fileBytes(path + QStringLiteral("-shm"));
}

// True when text occurs in bytes as UTF-8 or UTF-16 (SQLite may store either).
inline bool containsText(const QByteArray &bytes, const QString &text)
{
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes.contains(text.toUtf8()) || bytes.contains(utf16);
}

inline qint64 intValue(SqliteDatabase &db, QStringView sql)
{
    Result<QVariant> value = db.queryValue(sql);
    return value ? value.value().toLongLong() : -1;
}

} // namespace gtol::test
