#include "facilitymastersync.h"

#include "net/apiclient.h"
#include "store/facilityindex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

namespace gtol {

namespace {

QByteArray csvField(const QString &value)
{
    QString v = value;
    v.replace(u'"', QStringLiteral("\"\""));
    return '"' + v.toUtf8() + '"';
}

Status writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return ApiError::configError(QStringLiteral("net.cache.write"),
                                     file.errorString() + QStringLiteral(": ") + path);
    return {};
}

} // namespace

FacilityMasterSync::FacilityMasterSync(ApiClient &client, FacilityIndex &index, QString cacheDir, QObject *parent)
    : QObject(parent), m_client(client), m_index(index), m_cacheDir(std::move(cacheDir))
{
}

QString FacilityMasterSync::etagPath(const QString &prefectureCode) const
{
    return QDir(m_cacheDir).filePath(QStringLiteral("facilities-") + prefectureCode + QStringLiteral(".etag"));
}

QString FacilityMasterSync::csvPath(const QString &prefectureCode) const
{
    return QDir(m_cacheDir).filePath(QStringLiteral("facilities-") + prefectureCode + QStringLiteral(".csv"));
}

QByteArray FacilityMasterSync::storedEtag(const QString &prefectureCode) const
{
    QFile file(etagPath(prefectureCode));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

ApiResult<QByteArray> FacilityMasterSync::exportToCsv(const QByteArray &json, const QString &prefectureCode,
                                                      qint64 *count)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return ApiError::badResponse(QStringLiteral("facility export is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("prefecture")).toString() != prefectureCode)
        return ApiError::badResponse(QStringLiteral("facility export of another prefecture"));
    const QJsonValue list = o.value(QStringLiteral("facilities"));
    if (!list.isArray() || list.toArray().isEmpty())
        return ApiError::badResponse(QStringLiteral("facility export without facilities"));
    const QJsonArray facilities = list.toArray();
    if (o.value(QStringLiteral("count")).toInteger(-1) != facilities.size())
        return ApiError::badResponse(QStringLiteral("facility export count does not match"));
    static const QRegularExpression code(QStringLiteral("\\A\\d{10}\\z"));
    QByteArray csv = "med_inst_cd10_derived,name,postal_code,address_without_pref\n";
    for (const QJsonValue &item : facilities) {
        const QJsonObject f = item.toObject();
        const QJsonValue c = f.value(QStringLiteral("code")), n = f.value(QStringLiteral("name")),
                         p = f.value(QStringLiteral("postalCode")), a = f.value(QStringLiteral("address"));
        if (!c.isString() || !n.isString() || !p.isString() || !a.isString() || !code.match(c.toString()).hasMatch()
            || !c.toString().startsWith(prefectureCode))
            return ApiError::badResponse(QStringLiteral("facility export entry of the wrong shape"));
        csv += csvField(c.toString()) + ',' + csvField(n.toString()) + ',' + csvField(p.toString()) + ','
            + csvField(a.toString()) + '\n';
    }
    if (count)
        *count = facilities.size();
    return csv;
}

void FacilityMasterSync::refresh(const QString &prefectureCode, Callback done)
{
    // importCsv() replaces the whole master: a master of several prefectures (the nationwide file,
    // imported by IT staff) is never narrowed down to one prefecture's export. A master of one
    // other prefecture (the built-in Nara list, or the export of the prefecture chosen before) is
    // replaced by this one's, or a clerk who picks another prefecture would find nothing.
    const Result<qint64> prefectures = m_index.prefectureCount();
    const Result<qint64> local = m_index.count(prefectureCode);
    if (prefectures && local && prefectures.value() > 1) {
        QTimer::singleShot(0, this, [done] { done(Outcome {}); });
        return;
    }
    // Without facilities of that prefecture locally the ETag proves nothing: fetch the whole export.
    const QByteArray known = local && local.value() > 0 ? storedEtag(prefectureCode) : QByteArray();
    m_latestRequested = prefectureCode;
    m_client.facilityExport(
        prefectureCode, known, this, [this, prefectureCode, done](const ApiResult<FacilityExport> &result) {
            if (!result) {
                done(result.error());
                return;
            }
            // Another prefecture was asked for since (the clerk changed their mind): an export that
            // arrives late must not replace the list of the one now chosen.
            if (prefectureCode != m_latestRequested) {
                done(Outcome {});
                return;
            }
            Outcome outcome;
            outcome.etag = result->etag;
            if (result->notModified) {
                done(outcome);
                return;
            }
            qint64 count = 0;
            ApiResult<QByteArray> csv = exportToCsv(result->body, prefectureCode, &count);
            if (!csv) {
                done(csv.error());
                return;
            }
            QDir().mkpath(m_cacheDir);
            if (Status written = writeAtomically(csvPath(prefectureCode), csv.value()); !written) {
                ApiError e = ApiError::badResponse(written.error().detail);
                e.error = written.error();
                done(e);
                return;
            }
            Result<FacilityIndex::ImportReport> imported = m_index.importCsv(csvPath(prefectureCode));
            if (!imported) {
                ApiError e = ApiError::badResponse(imported.error().detail);
                e.error = imported.error();
                done(e);
                return;
            }
            static_cast<void>(writeAtomically(etagPath(prefectureCode), result->etag));
            outcome.changed = true;
            outcome.imported = imported->imported;
            done(outcome);
        });
}

} // namespace gtol
