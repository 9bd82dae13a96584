#pragma once

// The real gtol-onboard-server, in-process on 127.0.0.1:<free port> over real TLS with a CA made at
// test time (gtol_devpki), its mail spool read back for the registration token, and the officer's
// work done through the server's own ApplicationOfficer. Shared by the net unit tests and e2e.
#include "devpki.h"
#include "http/onboardserver.h"
#include "mail/mailspool.h"
#include "net/apiclient.h"
#include "service/applicationofficer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <optional>

namespace gtol::test {

class TestBackend
{
public:
    explicit TestBackend(bool rateLimits = false)
    {
        Result<DevPki> pki = createDevPki(m_dir.filePath(QStringLiteral("pki")));
        if (!pki)
            qFatal("devpki: %s", qPrintable(pki.error().fullText()));
        m_pki = pki.value();
        m_config.listenHost = QStringLiteral("127.0.0.1");
        m_config.port = 0;
        m_config.certPath = m_pki.serverCertPath;
        m_config.keyPath = m_pki.serverKeyPath;
        m_config.dbPath = m_dir.filePath(QStringLiteral("server.sqlite"));
        m_config.mailDir = m_dir.filePath(QStringLiteral("mail"));
        m_config.accessLogPath = QStringLiteral("off");
        // cpp-httplib holds a thread per keep-alive connection; Qt opens up to 6 per host.
        m_config.threads = 12;
        if (!rateLimits) {
            m_config.registrationsPerAddress.requests = 0;
            m_config.registrationsPerEmail.requests = 0;
            m_config.requestsPerAddress.requests = 0; // the fault tests send hundreds of requests
        }
        // The server's clock can be moved forward (token expiry) while it runs on its own threads.
        m_config.clock = [offset = m_clockOffsetSecs] {
            return QDateTime::currentDateTimeUtc().addSecs(offset->load());
        };
        QDir().mkpath(m_config.mailDir);
        start();
    }

    void start()
    {
        m_server = std::make_unique<server::OnboardServer>(m_config);
        if (Status started = m_server->start(); !started)
            qFatal("server: %s", qPrintable(started.error().fullText()));
        m_config.port = m_server->port(); // a restart comes back on the same port
    }
    void stop() { m_server->stop(); }
    void restart()
    {
        stop();
        m_server.reset();
        start();
    }

    void advanceServerClock(qint64 seconds) { m_clockOffsetSecs->fetch_add(seconds); }

    server::OnboardServer &server() { return *m_server; }
    const DevPki &pki() const { return m_pki; }
    QUrl baseUrl() const { return QUrl(m_server->baseUrl()); }
    QString mailDir() const { return m_config.mailDir; }
    QString dbPath() const { return m_config.dbPath; }
    QString dirPath(const QString &name) const { return m_dir.filePath(name); }

    // Client options that trust this server's CA (and nothing more is needed).
    ApiClient::Options clientOptions(int deadlineMs = 10'000) const
    {
        ApiClient::Options options;
        options.baseUrl = baseUrl();
        Result<TlsPolicy> tls = TlsPolicy::create(m_pki.caCertPath);
        options.tls = tls.value();
        options.deadlineMs = deadlineMs;
        return options;
    }

    // The token of the newest registration mail to `email`, read the way a clerk would: from the
    // link in the mail file.
    std::optional<QString> tokenFromMail(const QString &email) const
    {
        QDir dir(m_config.mailDir);
        const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Time);
        static const QRegularExpression link(QStringLiteral("/registrationForm/([A-Za-z0-9_-]{43})"));
        for (const QFileInfo &info : files) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            if (!text.contains(QStringLiteral("To: ") + email)
                && !text.contains(QStringLiteral("<") + email + QStringLiteral(">")))
                continue;
            const QRegularExpressionMatch m = link.match(text);
            if (m.hasMatch())
                return m.captured(1);
        }
        return std::nullopt;
    }

    int mailCount() const
    {
        return int(QDir(m_config.mailDir).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
    }

    QList<server::ApplicationRecord> applications()
    {
        Result<QList<server::ApplicationRecord>> list = m_server->officer().list();
        return list ? list.value() : QList<server::ApplicationRecord> {};
    }

private:
    std::shared_ptr<std::atomic<qint64>> m_clockOffsetSecs = std::make_shared<std::atomic<qint64>>(0);
    QTemporaryDir m_dir;
    DevPki m_pki;
    server::ServerConfig m_config;
    std::unique_ptr<server::OnboardServer> m_server;
};

// A complete, valid application for the bundled Nara facility master.
inline ApplicationForm validApplication(const QString &email)
{
    ApplicationForm form;
    using F = ApplicationForm::Field;
    form.setValue(F::Email, email);
    form.setValue(F::PrefectureCode, QStringLiteral("29"));
    form.setValue(F::FacilityCode, QStringLiteral("2910101043"));
    form.setValue(F::ManagerName, QStringLiteral("坪村　太郎"));
    form.setValue(F::ManagerNameKana, QStringLiteral("ツボムラ　タロウ"));
    form.setValue(F::ApplicantName, QStringLiteral("奈良　花子"));
    form.setValue(F::ApplicantNameKana, QStringLiteral("ナラ　ハナコ"));
    form.setValue(F::Department, QStringLiteral("医事課"));
    form.setValue(F::Position, QStringLiteral("なし"));
    form.setValue(F::FacilityPhone, QStringLiteral("0742000000"));
    form.setValue(F::ApplicantContact, QStringLiteral("0742-00-00#1"));
    return form;
}

} // namespace gtol::test
