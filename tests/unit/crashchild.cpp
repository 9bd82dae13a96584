// Helper of the crash-safety test: makes scripted edits to one draft through DraftStore and prints
// "saved N" after each edit has committed, until killed or MAX edits are done.
//
//   gtol-crashchild STORE KEY [MAX]
//
// The draft is the one whose meta "note" is KEY (created when missing). Edit N writes the decimal
// N into field N % FieldCount, and N continues from what the draft already holds, so after any
// number of kills the test can tell which edits must be in the store.
#include "store/draftstore.h"
#include "store/localstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace gtol;

namespace {

int fail(const char *what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error.fullText()));
    return 3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: gtol-crashchild STORE KEY [MAX]\n");
        return 2;
    }
    const QString key = args.at(2);
    const qint64 max = args.size() > 3 ? args.at(3).toLongLong() : 1'000'000;

    LocalStore store;
    Result<LocalStore::OpenOutcome> opened = store.open(args.at(1));
    if (!opened)
        return fail("open", opened.error());
    if (opened->damagedFileMovedTo) {
        std::fprintf(stderr, "store was set aside: %s\n", qPrintable(opened->damageDetail));
        return 4;
    }
    DraftStore drafts(store);

    qint64 id = 0;
    Result<QList<DraftSummary>> list = drafts.list();
    if (!list)
        return fail("list", list.error());
    for (const DraftSummary &summary : list.value()) {
        Result<Draft> draft = drafts.load(summary.id);
        if (draft && draft->meta.value(QStringLiteral("note")).toString() == key)
            id = summary.id;
    }
    qint64 next = 0;
    if (id == 0) {
        Result<qint64> created = drafts.create({}, QJsonObject {{QStringLiteral("note"), key}});
        if (!created)
            return fail("create", created.error());
        id = created.value();
    } else {
        const ApplicationForm form = drafts.load(id)->form;
        for (ApplicationForm::Field field : ApplicationForm::allFields()) {
            if (!form.value(field).isEmpty())
                next = std::max(next, form.value(field).toLongLong() + 1);
        }
    }

    const auto &fields = ApplicationForm::allFields();
    for (qint64 done = 0; done < max; ++done, ++next) {
        const ApplicationForm::Field field = fields[std::size_t(next % ApplicationForm::FieldCount)];
        if (Status saved = drafts.saveField(id, field, QString::number(next)); !saved)
            return fail("save", saved.error());
        if (next % 7 == 0) {
            if (Status saved = drafts.saveCurrentPage(id, int(next % 10)); !saved)
                return fail("page", saved.error());
        }
        std::printf("saved %lld\n", static_cast<long long>(next));
        std::fflush(stdout);
    }
    return 0;
}
