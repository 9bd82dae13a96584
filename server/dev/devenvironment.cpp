#include "devenvironment.h"

#include "devpki.h"
#include "service/serverconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstdio>
#include <ctime>

namespace gtol::server {

namespace {

// True when the PEM certificate at `path` is valid now and for at least another day. A --dev
// folder reused weeks later gets fresh certificates instead of a server clients refuse.
bool certificateStillGood(const QString &path)
{
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return false;
    X509 *cert = PEM_read_X509(file, nullptr, nullptr, nullptr);
    std::fclose(file);
    if (!cert)
        return false;
    time_t tomorrow = std::time(nullptr) + 24 * 3600;
    const bool good =
        X509_cmp_current_time(X509_get0_notBefore(cert)) < 0 && X509_cmp_time(X509_get0_notAfter(cert), &tomorrow) > 0;
    X509_free(cert);
    return good;
}

} // namespace

Result<QString> DevEnvironment::prepare(const QString &dir, ServerConfig &config)
{
    const QDir target(QFileInfo(dir).absoluteFilePath());
    const QString ca = target.absoluteFilePath(QStringLiteral("ca.pem"));
    const QString cert = target.absoluteFilePath(QStringLiteral("server.pem"));
    const QString key = target.absoluteFilePath(QStringLiteral("server-key.pem"));
    if (!(QFileInfo::exists(ca) && QFileInfo::exists(key) && certificateStillGood(cert) && certificateStillGood(ca))) {
        auto pki = createDevPki(target.absolutePath());
        if (!pki)
            return pki.error();
    }
    config.certPath = cert;
    config.keyPath = key;
    if (config.dbPath.isEmpty())
        config.dbPath = target.absoluteFilePath(QStringLiteral("server.sqlite"));
    if (config.mailDir.isEmpty())
        config.mailDir = target.absoluteFilePath(QStringLiteral("mail"));
    return ca;
}

Result<QString> DevEnvironment::writeProfile(const QString &dir, const QString &backendUrl)
{
    const QDir target(QFileInfo(dir).absoluteFilePath());
    const QJsonObject profile {
        {QStringLiteral("service"),
         QJsonObject {{QStringLiteral("hosts"), QJsonArray {QStringLiteral("entry.gtol.ncc.go.jp")}},
                      {QStringLiteral("port"), 443},
                      {QStringLiteral("caFile"), QJsonValue::Null}}},
        {QStringLiteral("vpn"),
         QJsonObject {{QStringLiteral("gateway"), QStringLiteral("vpn.gtol.invalid")},
                      {QStringLiteral("ports"), QJsonArray {500, 4500}}}},
        {QStringLiteral("timeouts"), QJsonObject {{QStringLiteral("probeMs"), 5000}}},
        {QStringLiteral("backend"),
         QJsonObject {{QStringLiteral("url"), backendUrl},
                      {QStringLiteral("caFile"), target.absoluteFilePath(QStringLiteral("ca.pem"))}}},
    };
    const QString path = target.absoluteFilePath(QStringLiteral("profile.json"));
    QSaveFile file(path);
    const QByteArray text = QJsonDocument(profile).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return Error {QStringLiteral("dev.profile"),
                      QCoreApplication::translate("gtol::server::DevEnvironment",
                                                  "The development profile could not be written."),
                      path + QStringLiteral(": ") + file.errorString()};
    return path;
}

} // namespace gtol::server
