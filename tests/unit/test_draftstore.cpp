#include "catch.h"
#include "storetesthelpers.h"

#include "store/draftstore.h"
#include "store/journal.h"
#include "store/localstore.h"

#include <QTemporaryDir>
#include <QThread>

using namespace gtol;
using namespace gtol::test;
using Field = ApplicationForm::Field;

namespace {

QString storePath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("drafts.sqlite"));
}

ApplicationForm sampleForm()
{
    ApplicationForm form;
    form.setValue(Field::Email, QStringLiteral("taro@example.jp"));
    form.setValue(Field::PrefectureCode, QStringLiteral("29"));
    form.setValue(Field::FacilityCode, QStringLiteral("2919801833"));
    form.setValue(Field::ManagerName, QStringLiteral("院長　太郎"));
    form.setValue(Field::ManagerNameKana, QStringLiteral("インチョウ　タロウ"));
    return form;
}

// An open store with a DraftStore over it, in a temporary folder.
struct Fixture
{
    QTemporaryDir dir;
    LocalStore store;
    std::unique_ptr<DraftStore> drafts;

    Fixture()
    {
        REQUIRE(store.open(storePath(dir)).ok());
        drafts = std::make_unique<DraftStore>(store);
    }
    void reopen()
    {
        drafts.reset();
        store.close();
        Result<LocalStore::OpenOutcome> outcome = store.open(storePath(dir));
        REQUIRE(outcome.ok());
        REQUIRE_FALSE(outcome->damagedFileMovedTo.has_value());
        drafts = std::make_unique<DraftStore>(store);
    }
};

} // namespace

TEST_CASE("A saved draft is there after reopening, with page, state and meta", "[drafts]")
{
    Fixture f;
    const QJsonObject meta {{QStringLiteral("createdBy"), QStringLiteral("情報システム課")}};
    Result<qint64> id = f.drafts->create({}, meta);
    REQUIRE(id.ok());
    REQUIRE(f.drafts->saveField(id.value(), Field::ManagerName, QStringLiteral("院長　太郎")).ok());
    REQUIRE(f.drafts->saveField(id.value(), Field::FacilityCode, QStringLiteral("2919801833")).ok());
    REQUIRE(f.drafts->saveCurrentPage(id.value(), 3).ok());
    REQUIRE(f.drafts->saveState(id.value(), QStringLiteral("consent"), QJsonValue(true)).ok());
    REQUIRE(f.drafts->saveState(id.value(), QStringLiteral("emailConfirmed"), QJsonValue(QStringLiteral("yes"))).ok());
    REQUIRE(f.drafts->saveState(id.value(), QStringLiteral("emailConfirmed"), QJsonValue(QJsonValue::Undefined)).ok());
    f.reopen();
    Result<Draft> draft = f.drafts->load(id.value());
    REQUIRE(draft.ok());
    CHECK(draft->id == id.value());
    CHECK(draft->form.value(Field::ManagerName) == QStringLiteral("院長　太郎"));
    CHECK(draft->form.value(Field::FacilityCode) == QStringLiteral("2919801833"));
    CHECK(draft->form.value(Field::Email).isEmpty());
    CHECK(draft->currentPage == 3);
    CHECK(draft->state.value(QStringLiteral("consent")).toBool());
    CHECK_FALSE(draft->state.contains(QStringLiteral("emailConfirmed")));
    CHECK(draft->meta == meta);
    CHECK(draft->created.isValid());
    CHECK(draft->updated >= draft->created);
    CHECK(draft->updated.timeSpec() == Qt::UTC);
}

TEST_CASE("Any number of drafts are kept, listed most recently updated first", "[drafts]")
{
    Fixture f;
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids.append(f.drafts->create(sampleForm()).value());
    QThread::msleep(3); // "updated" has millisecond resolution
    REQUIRE(f.drafts->saveField(ids[1], Field::Position, QStringLiteral("事務長")).ok());
    Result<QList<DraftSummary>> list = f.drafts->list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 5);
    CHECK(list->first().id == ids[1]);
    CHECK(list->first().facilityCode == QStringLiteral("2919801833"));
    CHECK(list->first().facilityName.isEmpty()); // the master does not know it
}

TEST_CASE("The draft list names the facility when the master knows the code", "[drafts]")
{
    Fixture f;
    REQUIRE(
        f.store.database()
            .execute(u"INSERT INTO facilities(code, prefecture, name, postal_code, address, search_key)"
                     u" VALUES ('2919801833', '29', '奈良県立医科大学附属病院', '6348522', '橿原市四条町８４０', 'x')")
            .ok());
    Result<qint64> known = f.drafts->create(sampleForm());
    ApplicationForm other = sampleForm();
    other.setValue(Field::FacilityCode, QStringLiteral("2910000000"));
    Result<qint64> unknown = f.drafts->create(other);
    REQUIRE(known.ok());
    REQUIRE(unknown.ok());
    Result<QList<DraftSummary>> list = f.drafts->list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    for (const DraftSummary &summary : list.value()) {
        if (summary.id == known.value())
            CHECK(summary.facilityName == QStringLiteral("奈良県立医科大学附属病院"));
        else
            CHECK(summary.facilityName.isEmpty());
    }
}

TEST_CASE("Saving to a draft that does not exist says so and changes nothing", "[drafts]")
{
    Fixture f;
    Status saved = f.drafts->saveField(42, Field::Email, QStringLiteral("a@example.jp"));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == QStringLiteral("draft.unknown"));
    CHECK(f.drafts->saveCurrentPage(42, 1).error().code == QStringLiteral("draft.unknown"));
    CHECK(f.drafts->saveState(42, QStringLiteral("k"), QJsonValue(1)).error().code == QStringLiteral("draft.unknown"));
    CHECK(f.drafts->load(42).error().code == QStringLiteral("draft.unknown"));
    CHECK(f.drafts->remove(42).error().code == QStringLiteral("draft.unknown"));
    CHECK(intValue(f.store.database(), u"SELECT count(*) FROM draft_revisions") == 0);
}

TEST_CASE("Every save makes a revision and only the newest are kept per draft", "[drafts][revisions]")
{
    Fixture f;
    const qint64 id = f.drafts->create().value();
    const qint64 other = f.drafts->create().value();
    for (int i = 1; i <= DraftStore::RevisionsKept + 7; ++i)
        REQUIRE(f.drafts->saveField(id, Field::ApplicantContact, QString::number(i)).ok());
    REQUIRE(f.drafts->saveField(other, Field::ApplicantContact, QStringLiteral("other")).ok());

    Result<QList<DraftStore::Revision>> revisions = f.drafts->revisions(id);
    REQUIRE(revisions.ok());
    REQUIRE(revisions->size() == DraftStore::RevisionsKept);
    CHECK(revisions->first().form.value(Field::ApplicantContact) == QString::number(DraftStore::RevisionsKept + 7));
    CHECK(revisions->last().form.value(Field::ApplicantContact) == QStringLiteral("8"));
    for (qsizetype i = 1; i < revisions->size(); ++i)
        CHECK(revisions->at(i - 1).revisionId > revisions->at(i).revisionId);
    CHECK(f.drafts->revisions(other)->size() == 2); // create + one save
    CHECK(intValue(f.store.database(), u"SELECT count(*) FROM draft_revisions") == DraftStore::RevisionsKept + 2);
}

TEST_CASE("Rolling back restores an earlier revision's form", "[drafts][revisions]")
{
    Fixture f;
    const qint64 id = f.drafts->create(sampleForm()).value();
    REQUIRE(f.drafts->saveField(id, Field::Department, QStringLiteral("医事課")).ok());
    const qint64 good = f.drafts->revisions(id)->first().revisionId;
    REQUIRE(f.drafts->saveField(id, Field::Department, QStringLiteral("間違い")).ok());
    REQUIRE(f.drafts->saveField(id, Field::ManagerName, QString()).ok());

    REQUIRE(f.drafts->rollbackTo(id, good).ok());
    ApplicationForm expected = sampleForm();
    expected.setValue(Field::Department, QStringLiteral("医事課"));
    CHECK(f.drafts->load(id)->form == expected);
    CHECK(f.drafts->revisions(id)->first().form == expected); // the rollback is a save too

    Status missing = f.drafts->rollbackTo(id, 999999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("draft.revisionUnknown"));
    const qint64 other = f.drafts->create().value();
    CHECK_FALSE(f.drafts->rollbackTo(other, good).ok()); // a revision of another draft
}

TEST_CASE("A save that fails at any statement leaves the last committed state intact", "[drafts][faults]")
{
    Fixture f;
    const qint64 id = f.drafts->create(sampleForm()).value();
    REQUIRE(f.drafts->saveField(id, Field::Department, QStringLiteral("before")).ok());
    const qint64 revisionsBefore = intValue(f.store.database(), u"SELECT count(*) FROM draft_revisions");

    int failures = 0;
    for (int n = 0; n < 20; ++n) {
        f.store.database().failAfter(n);
        Status saved = f.drafts->saveField(id, Field::Department, QStringLiteral("after"));
        f.store.database().failAfter(-1);
        if (saved.ok())
            break; // n is past the last statement of a save
        ++failures;
        CHECK(saved.error().code == QStringLiteral("store.io"));
        CHECK(f.drafts->load(id)->form.value(Field::Department) == QStringLiteral("before"));
        CHECK(intValue(f.store.database(), u"SELECT count(*) FROM draft_revisions") == revisionsBefore);
    }
    CHECK(failures >= 4); // BEGIN, UPDATE, revision INSERT, prune, COMMIT: each one was made to fail
    CHECK(f.drafts->load(id)->form.value(Field::Department) == QStringLiteral("after"));
    f.reopen();
    CHECK(f.drafts->load(id)->form.value(Field::Department) == QStringLiteral("after"));
    CHECK(f.store.database().queryValue(u"PRAGMA integrity_check")->toString() == QStringLiteral("ok"));
}

TEST_CASE("A create that fails leaves no half draft", "[drafts][faults]")
{
    Fixture f;
    for (int n = 0; n < 10; ++n) {
        f.store.database().failAfter(n);
        Result<qint64> created = f.drafts->create(sampleForm());
        f.store.database().failAfter(-1);
        if (created.ok())
            break;
        CHECK(intValue(f.store.database(), u"SELECT count(*) FROM drafts") == 0);
        CHECK(intValue(f.store.database(), u"SELECT count(*) FROM draft_revisions") == 0);
    }
    CHECK(intValue(f.store.database(), u"SELECT count(*) FROM drafts") == 1);
}

TEST_CASE("A removed draft leaves no trace of its personal data on disk", "[drafts][privacy]")
{
    Fixture f;
    const QString personal = QStringLiteral("ZZ個人情報ZZ");
    const qint64 id = f.drafts->create().value();
    const qint64 kept = f.drafts->create().value();
    for (int i = 0; i < 3; ++i)
        REQUIRE(f.drafts->saveField(id, Field::ApplicantName, personal + QString::number(i)).ok());
    REQUIRE(f.drafts->saveField(kept, Field::ApplicantName, QStringLiteral("残す")).ok());
    Journal journal(f.store);
    JournalEvent event;
    event.draftId = id;
    event.fieldKey = QStringLiteral("applicantName");
    event.typedValue = personal + QStringLiteral("typed");
    REQUIRE(journal.append(event).ok());
    REQUIRE(containsText(storeBytes(storePath(f.dir)), personal)); // the check below can fail

    REQUIRE(f.drafts->remove(id).ok());
    CHECK_FALSE(containsText(storeBytes(storePath(f.dir)), personal));
    CHECK(intValue(f.store.database(), u"SELECT count(*) FROM draft_revisions WHERE draft_id = 1") == 0);
    CHECK(journal.events(id)->isEmpty());
    CHECK(f.drafts->load(kept)->form.value(Field::ApplicantName) == QStringLiteral("残す"));
}
