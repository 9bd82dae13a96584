#include "catch.h"
#include "storetesthelpers.h"

#include "store/draftstore.h"
#include "store/journal.h"
#include "store/localstore.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace gtol;
using namespace gtol::test;

TEST_CASE("A secret's shape is its length and character classes", "[journal][secrets]")
{
    const SecretShape shape = describeSecret(u"Abcdefgh123!");
    CHECK(shape.length == 12);
    CHECK(shape.upper);
    CHECK(shape.lower);
    CHECK(shape.digit);
    CHECK(shape.symbol);
    CHECK_FALSE(shape.space);
    CHECK_FALSE(shape.nonAscii);
    CHECK(shape.toJson().value(QStringLiteral("length")).toInt() == 12);

    const SecretShape wide = describeSecret(u"ｐａｓｓ　１２３"); // typed with the IME on
    CHECK(wide.length == 8);
    CHECK(wide.nonAscii);
    CHECK(wide.space);
    CHECK_FALSE(wide.lower);
    CHECK_FALSE(wide.digit);

    CHECK(describeSecret(u"𠮷a").length == 2); // characters, not UTF-16 units
    CHECK(describeSecret(u"") == SecretShape {});
}

TEST_CASE("Journal events come back for their draft, in order, with every part", "[journal]")
{
    QTemporaryDir dir;
    LocalStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("drafts.sqlite"))).ok());
    DraftStore drafts(store);
    const qint64 id = drafts.create().value();
    const qint64 other = drafts.create().value();
    Journal journal(store);

    const QList<JournalEvent::Kind> kinds {JournalEvent::Kind::PageEnter,   JournalEvent::Kind::FieldChange,
                                           JournalEvent::Kind::CheckResult, JournalEvent::Kind::Request,
                                           JournalEvent::Kind::ErrorShown,  JournalEvent::Kind::Button,
                                           JournalEvent::Kind::PageLeave};
    qint64 time = 1'700'000'000'000;
    for (JournalEvent::Kind kind : kinds) {
        JournalEvent event;
        event.draftId = id;
        event.timeMs = time++;
        event.kind = kind;
        event.pageId = 2;
        event.fieldKey = QStringLiteral("facilityPhone");
        event.typedValue = QStringLiteral("０７４２－２２－１１０１");
        event.storedValue = QStringLiteral("0742221101");
        event.details = QJsonObject {{QStringLiteral("status"), 201}};
        REQUIRE(journal.append(event).ok());
    }
    JournalEvent elsewhere;
    elsewhere.draftId = other;
    elsewhere.kind = JournalEvent::Kind::Button;
    REQUIRE(journal.append(elsewhere).ok());

    Result<QList<JournalEvent>> events = journal.events(id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == kinds.size());
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const JournalEvent &e = events->at(i);
        CHECK(e.kind == kinds[i]);
        CHECK(e.timeMs == 1'700'000'000'000 + i);
        CHECK(e.draftId == id);
        CHECK(e.pageId == 2);
        CHECK(e.fieldKey == QStringLiteral("facilityPhone"));
        CHECK(e.typedValue == QStringLiteral("０７４２－２２－１１０１"));
        CHECK(e.storedValue == QStringLiteral("0742221101"));
        CHECK(e.details.value(QStringLiteral("status")).toInt() == 201);
    }
    Result<QList<JournalEvent>> otherEvents = journal.events(other);
    REQUIRE(otherEvents->size() == 1);
    CHECK(otherEvents->first().timeMs > 0); // "now" when not given
    CHECK(otherEvents->first().pageId == -1);
    for (JournalEvent::Kind kind : kinds)
        CHECK(JournalEvent::kindForName(JournalEvent::kindName(kind)) == kind);
}

TEST_CASE("A secret never reaches the store file: only its shape is journalled", "[journal][secrets]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
    const QString password = QStringLiteral("Xq7#mZ2pLw9!kT");
    const QString code = QStringLiteral("804211");
    {
        LocalStore store;
        REQUIRE(store.open(path).ok());
        DraftStore drafts(store);
        const qint64 id = drafts.create().value();
        Journal journal(store);
        REQUIRE(journal.recordSecretChange(id, 5, QStringLiteral("password"), password).ok());

        // A careless caller journals a verification code as a plain field change.
        JournalEvent careless;
        careless.draftId = id;
        careless.pageId = 6;
        careless.fieldKey = QStringLiteral("verificationCode");
        careless.typedValue = code;
        careless.storedValue = code;
        REQUIRE(journal.append(careless).ok());

        Result<QList<JournalEvent>> events = journal.events(id);
        REQUIRE(events->size() == 2);
        const QJsonObject shape = events->at(0).details.value(QStringLiteral("secret")).toObject();
        CHECK(shape.value(QStringLiteral("length")).toInt() == password.size());
        CHECK(shape.value(QStringLiteral("upper")).toBool());
        CHECK(shape.value(QStringLiteral("symbol")).toBool());
        CHECK(events->at(0).typedValue.isEmpty());
        CHECK(events->at(1).typedValue.isEmpty());
        CHECK(events->at(1).storedValue.isEmpty());
        CHECK(events->at(1).details.value(QStringLiteral("secret")).toObject().value(QStringLiteral("digit")).toBool());

        // While the store is open (WAL in use) ...
        const QByteArray bytes = storeBytes(path);
        REQUIRE(bytes.size() > 0);
        CHECK_FALSE(containsText(bytes, password));
        CHECK_FALSE(containsText(bytes, code));
    }
    // ... and after closing.
    CHECK_FALSE(containsText(storeBytes(path), password));
    CHECK_FALSE(containsText(storeBytes(path), code));
}

TEST_CASE("Secret field names are recognised", "[journal][secrets]")
{
    CHECK(Journal::isSecretField(u"password"));
    CHECK(Journal::isSecretField(u"passwordConfirmation"));
    CHECK(Journal::isSecretField(u"newPassword"));
    CHECK(Journal::isSecretField(u"verificationCode"));
    CHECK(Journal::isSecretField(u"registrationToken"));
    CHECK_FALSE(Journal::isSecretField(u"facilityCode"));
    CHECK_FALSE(Journal::isSecretField(u"email"));
    CHECK_FALSE(Journal::isSecretField(u"prefectureCode"));
}
