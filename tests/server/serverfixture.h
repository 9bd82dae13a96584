#pragma once

// A real gtol-onboard-server in the test process: a throw-away CA made now, HTTPS on 127.0.0.1
// with port 0, a temporary database and mail spool, and a clock the test moves. Clients verify
// the server's certificate against the test CA; nothing here turns verification off.

#include "devpki.h"
#include "http/onboardserver.h"
#include "service/serverconfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <httplib.h>

#include <atomic>
#include <functional>
#include <memory>

namespace gtol::test {

class FakeClock
{
public:
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC); }
    void advanceSeconds(qint64 seconds) { m_ms += seconds * 1000; }

private:
    std::atomic<qint64> m_ms {QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch()};
};

struct ServerFixture
{
    QTemporaryDir dir;
    DevPki pki;
    std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
    server::ServerConfig config;
    std::unique_ptr<server::OnboardServer> server;

    explicit ServerFixture(const std::function<void(server::ServerConfig &)> &tweak = {})
    {
        auto made = createDevPki(dir.filePath(QStringLiteral("pki")));
        if (!made)
            throw std::runtime_error(made.error().fullText().toStdString());
        pki = *made;
        config.port = 0;
        config.certPath = pki.serverCertPath;
        config.keyPath = pki.serverKeyPath;
        config.dbPath = dir.filePath(QStringLiteral("server.sqlite"));
        config.mailDir = dir.filePath(QStringLiteral("mail"));
        config.accessLogPath = dir.filePath(QStringLiteral("access.log"));
        auto c = clock;
        config.clock = [c] { return c->now(); };
        if (tweak)
            tweak(config);
        start();
    }

    void start()
    {
        server = std::make_unique<server::OnboardServer>(config);
        const Status started = server->start();
        if (!started)
            throw std::runtime_error(started.error().fullText().toStdString());
    }

    // Stops and starts again on the same database and port 0 (a new port).
    void restart()
    {
        server.reset();
        start();
    }

    std::unique_ptr<httplib::SSLClient> client(const QString &caPath = {}) const
    {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", server->port());
        c->set_ca_cert_path((caPath.isEmpty() ? pki.caCertPath : caPath).toStdString().c_str());
        c->enable_server_certificate_verification(true);
        c->set_connection_timeout(5, 0);
        c->set_read_timeout(10, 0);
        return c;
    }

    QStringList mailFiles() const
    {
        QDir mail(config.mailDir);
        QStringList files;
        const QStringList names = mail.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            files << mail.absoluteFilePath(name);
        return files;
    }

    static QString readText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // The token of the newest registration mail to `email`.
    QString tokenFromMail(const QString &email) const
    {
        static const QRegularExpression link(QStringLiteral("/registrationForm/([A-Za-z0-9_-]{43})"));
        QString token;
        for (const QString &file : mailFiles()) {
            const QString text = readText(file);
            if (!text.contains(QStringLiteral("To: ") + email + QStringLiteral("\r\n")))
                continue;
            const auto match = link.match(text);
            if (match.hasMatch())
                token = match.captured(1);
        }
        return token;
    }
};

inline QJsonObject json(const httplib::Result &res)
{
    return res ? QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object() : QJsonObject();
}

inline QString errorCode(const httplib::Result &res)
{
    return json(res).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

inline std::string body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

// A complete, valid application for the bundled Nara master.
inline QJsonObject validApplication(const QString &email)
{
    return QJsonObject {
        {QStringLiteral("email"), email},
        {QStringLiteral("prefectureCode"), QStringLiteral("29")},
        {QStringLiteral("facilityCode"), QStringLiteral("2910110630")}, // 奈良西部病院
        {QStringLiteral("managerName"), QStringLiteral("奈良　太郎")},
        {QStringLiteral("managerNameKana"), QStringLiteral("ナラ　タロウ")},
        {QStringLiteral("applicantName"), QStringLiteral("大和　花子")},
        {QStringLiteral("applicantNameKana"), QStringLiteral("やまと　はなこ")}, // hiragana: converted
        {QStringLiteral("department"), QStringLiteral("医事課")},
        {QStringLiteral("position"), QStringLiteral("なし")},
        {QStringLiteral("facilityPhone"), QStringLiteral("０７４２-００-００００")},
        {QStringLiteral("applicantContact"), QStringLiteral("0742-00-0001")},
    };
}

} // namespace gtol::test
