#include "catch.h"

#include "store/draftstore.h"
#include "store/localstore.h"
#include "store/schema.h"

#include <QTemporaryDir>

using namespace gtol;
using Field = ApplicationForm::Field;

namespace {
QString storePath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("profile/drafts.sqlite"));
}
} // namespace

TEST_CASE("A new store is created with its folder, tagged and at the current schema", "[store]")
{
    QTemporaryDir dir;
    LocalStore store;
    auto outcome = store.open(storePath(dir));
    REQUIRE(outcome.ok());
    CHECK(outcome->createdFresh);
    CHECK_FALSE(outcome->damagedFileMovedTo.has_value());
    CHECK(store.database().queryValue(u"PRAGMA application_id")->toLongLong() == kApplicationId);
    CHECK(store.database().queryValue(u"PRAGMA user_version")->toInt() == LocalStore::SchemaVersion);
    CHECK(store.database().queryValue(u"PRAGMA journal_mode")->toString() == QStringLiteral("wal"));
    CHECK(store.database().queryValue(u"PRAGMA synchronous")->toInt() == 2); // FULL
    CHECK(store.database().queryValue(u"PRAGMA secure_delete")->toInt() == 1);
    CHECK(store.database().queryValue(u"PRAGMA foreign_keys")->toInt() == 1);
}

TEST_CASE("A saved draft is there after reopening", "[store]")
{
    QTemporaryDir dir;
    qint64 id = 0;
    {
        LocalStore store;
        REQUIRE(store.open(storePath(dir)).ok());
        DraftStore drafts(store);
        auto created = drafts.create();
        INFO((created.ok() ? QString() : created.error().fullText()));
        REQUIRE(created.ok());
        id = created.value();
        REQUIRE(drafts.saveField(id, Field::ManagerName, QStringLiteral("院長　太郎")).ok());
        REQUIRE(drafts.saveField(id, Field::FacilityCode, QStringLiteral("2919801833")).ok());
        REQUIRE(drafts.saveCurrentPage(id, 3).ok());
        REQUIRE(drafts.saveState(id, QStringLiteral("consent"), QJsonValue(true)).ok());
    }
    LocalStore store;
    auto outcome = store.open(storePath(dir));
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->createdFresh);
    DraftStore drafts(store);
    auto draft = drafts.load(id);
    REQUIRE(draft.ok());
    CHECK(draft->form.value(Field::ManagerName) == QStringLiteral("院長　太郎"));
    CHECK(draft->form.value(Field::FacilityCode) == QStringLiteral("2919801833"));
    CHECK(draft->currentPage == 3);
    CHECK(draft->state.value(QStringLiteral("consent")).toBool());
    auto list = drafts.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().id == id);
    CHECK(list->first().facilityCode == QStringLiteral("2919801833"));
}
