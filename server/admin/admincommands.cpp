#include "admincommands.h"

#include "mail/mailspool.h"
#include "security/secrettoken.h"
#include "service/applicationofficer.h"
#include "storage/sqliteserverstorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gtol::server {

namespace {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(gtol::server::Admin)
};

const QStringList Roles {QStringLiteral("it"), QStringLiteral("support"), QStringLiteral("admin")};

int usage(QTextStream &err)
{
    err << AdminText::tr(
        "Usage: gtol-onboard-server --db FILE admin list | confirm ID | approve ID | reject ID --reason TEXT"
        " | issue-token it|support|admin [--label TEXT] | tokens")
        << Qt::endl;
    return 2;
}

int failed(QTextStream &err, const Error &error)
{
    err << error.message;
    if (!error.detail.isEmpty())
        err << " (" << error.detail << ')';
    err << Qt::endl;
    return 1;
}

} // namespace

int runAdmin(const AdminOptions &options, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty() || options.dbPath.isEmpty())
        return usage(err);
    const QString command = args.first();
    if (!QFileInfo::exists(options.dbPath)) {
        err << AdminText::tr("The database %1 does not exist. Start the server once with --db first.")
                   .arg(options.dbPath)
            << Qt::endl;
        return 1;
    }
    SqliteServerStorage storage;
    if (Status s = storage.open(options.dbPath); !s)
        return failed(err, s.error());

    QString mailDir = options.mailDir;
    if (mailDir.isEmpty()) {
        auto recorded = storage.setting(QStringLiteral("mailDir"));
        if (recorded && !recorded->isEmpty())
            mailDir = *recorded;
        else
            mailDir = QFileInfo(options.dbPath).absoluteDir().absoluteFilePath(QStringLiteral("mail"));
    }
    const MailSpool mail(mailDir);
    ApplicationOfficer officer(storage, mail);

    const auto applicationId = [&](qint64 &id) {
        if (args.size() != 2)
            return false;
        bool ok = false;
        id = args[1].toLongLong(&ok);
        return ok && id > 0;
    };

    if (command == QLatin1String("list") && args.size() == 1) {
        auto records = officer.list();
        if (!records)
            return failed(err, records.error());
        out << "id\tstatus\treceivedAt\tprefecture\tfacilityCode\tapplicant\tphone\temail\tuserId" << Qt::endl;
        for (const ApplicationRecord &r : *records) {
            out << r.id << '\t' << r.status << '\t' << r.receivedAt.toString(Qt::ISODate) << '\t'
                << r.form.value(ApplicationForm::Field::PrefectureCode) << '\t'
                << r.form.value(ApplicationForm::Field::FacilityCode) << '\t'
                << r.form.value(ApplicationForm::Field::ApplicantName) << '\t'
                << r.form.value(ApplicationForm::Field::FacilityPhone) << '\t'
                << r.form.value(ApplicationForm::Field::Email) << '\t' << r.userId << Qt::endl;
        }
        return 0;
    }
    if (command == QLatin1String("confirm")) {
        qint64 id = 0;
        if (!applicationId(id))
            return usage(err);
        if (Status s = officer.confirm(id); !s)
            return failed(err, s.error());
        out << "confirmed=" << id << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("approve")) {
        qint64 id = 0;
        if (!applicationId(id))
            return usage(err);
        auto approval = officer.approve(id);
        if (!approval)
            return failed(err, approval.error());
        // Printed once for the officer to phone; only its hash is stored.
        out << "userId=" << approval->userId << Qt::endl;
        out << "initialPassword=" << approval->initialPassword << Qt::endl;
        if (approval->mailError) {
            err << AdminText::tr("The application is approved, but the mail with the user ID could not be written.")
                << ' ';
            failed(err, *approval->mailError);
        }
        return 0;
    }
    if (command == QLatin1String("reject")) {
        qint64 id = 0;
        if (!applicationId(id))
            return usage(err);
        if (options.reason.trimmed().isEmpty()) {
            err << AdminText::tr("Give the reason with --reason TEXT; it is mailed to the applicant.") << Qt::endl;
            return 2;
        }
        auto rejection = officer.reject(id, options.reason);
        if (!rejection)
            return failed(err, rejection.error());
        out << "rejected=" << id << Qt::endl;
        if (rejection->mailError) {
            err << AdminText::tr("The application is rejected, but the mail to the applicant could not be written.")
                << ' ';
            failed(err, *rejection->mailError);
        }
        return 0;
    }
    if (command == QLatin1String("issue-token")) {
        if (args.size() != 2 || !Roles.contains(args[1]))
            return usage(err);
        const QString token = SecretToken::generate();
        if (Status s =
                storage.addRoleToken(args[1], SecretToken::hash(token), options.label, QDateTime::currentDateTimeUtc());
            !s)
            return failed(err, s.error());
        out << "role=" << args[1] << Qt::endl;
        out << "token=" << token << Qt::endl;
        err << AdminText::tr("Keep this token safe: it is shown only now and cannot be recovered.") << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("tokens") && args.size() == 1) {
        auto tokens = storage.roleTokens();
        if (!tokens)
            return failed(err, tokens.error());
        out << "id\trole\tcreatedAt\tlabel" << Qt::endl;
        for (const RoleTokenRecord &t : *tokens)
            out << t.id << '\t' << t.role << '\t' << t.createdAt.toString(Qt::ISODate) << '\t' << t.label << Qt::endl;
        return 0;
    }
    return usage(err);
}

} // namespace gtol::server
