#pragma once

#include <QStringView>

namespace gtol {

// The facility master's tables and search index, as part of schema version 1 (LocalStore runs it
// inside the migration transaction). Owned by the facility-search code.
QStringView facilitySchemaV1();

} // namespace gtol
