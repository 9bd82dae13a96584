#pragma once

#include "store/sqlitedatabase.h"

namespace gtol {

// Resets a kept query statement when the reading scope ends, on every return path, so that its
// read lock is released and the next use starts clean.
class SqliteStatementReset
{
public:
    explicit SqliteStatementReset(SqliteStatement &statement) : m_statement(statement) { }
    ~SqliteStatementReset() { m_statement.reset(); }
    SqliteStatementReset(const SqliteStatementReset &) = delete;
    SqliteStatementReset &operator=(const SqliteStatementReset &) = delete;

private:
    SqliteStatement &m_statement;
};

} // namespace gtol
