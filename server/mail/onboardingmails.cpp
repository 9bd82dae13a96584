#include "onboardingmails.h"

#include <QTimeZone>

namespace gtol::server {

namespace {

QString subject(const QString &topic)
{
    return QStringLiteral("【がん登録オンラインシステム（GTOL）】") + topic;
}

// Times in mails are Japan Standard Time, as the applicant reads them.
QString jst(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("yyyy年M月d日 HH:mm"))
        + QStringLiteral("（日本時間）");
}

QString footer()
{
    return QStringLiteral("\n"
                          "このメールは送信専用のアドレスから送信しています。返信はできません。\n"
                          "お心当たりのない場合は、このメールを破棄してください。\n"
                          "--\n"
                          "がん登録オンラインシステム（GTOL） 利用申請受付\n");
}

} // namespace

MailMessage OnboardingMails::registration(const QString &email, const QString &formUrl, const QDateTime &expiresAt)
{
    QString body =
        QStringLiteral("がん登録オンラインシステム（GTOL）の利用申請をお申し込みいただき、ありがとうございます。\n"
                       "\n"
                       "下記のURLから利用申請画面へお進みください。\n"
                       "\n");
    body += formUrl + u'\n';
    body += QStringLiteral("\nこのURLの有効期限は ") + jst(expiresAt)
        + QStringLiteral(" です（30分間）。一度申請に使用すると無効になります。\n"
                         "有効期限が切れた場合は、もう一度メールアドレスの登録からやり直してください。\n");
    body += footer();
    return {email, subject(QStringLiteral("利用申請URLのご案内")), body};
}

MailMessage OnboardingMails::receipt(const QString &email, qint64 applicationId, const QString &facilityName,
                                     const QDateTime &receivedAt)
{
    QString body = QStringLiteral("がん登録オンラインシステム（GTOL）の利用申請を受け付けました。\n\n");
    body += QStringLiteral("申請番号: ") + QString::number(applicationId) + u'\n';
    if (!facilityName.isEmpty())
        body += QStringLiteral("施設名: ") + facilityName + u'\n';
    body += QStringLiteral("受付日時: ") + jst(receivedAt) + u'\n';
    body +=
        QStringLiteral("\n今後、都道府県の担当者から申請内容の確認のためお電話を差し上げます。\n"
                       "承認されましたら、利用者IDをメールでお知らせします。初期パスワードはお電話でお伝えします。\n");
    body += footer();
    return {email, subject(QStringLiteral("利用申請受付のご案内")), body};
}

MailMessage OnboardingMails::approval(const QString &email, qint64 applicationId, const QString &userId)
{
    QString body = QStringLiteral("がん登録オンラインシステム（GTOL）の利用申請が承認されました。\n\n");
    body += QStringLiteral("申請番号: ") + QString::number(applicationId) + u'\n';
    body += QStringLiteral("利用者ID: ") + userId + u'\n';
    body += QStringLiteral(
        "\n初期パスワードは、都道府県の担当者がお電話でお伝えします（このメールには記載していません）。\n"
        "初回ログイン後、パスワードの変更をお願いします。\n");
    body += footer();
    return {email, subject(QStringLiteral("利用申請承認のご案内")), body};
}

MailMessage OnboardingMails::rejection(const QString &email, qint64 applicationId, const QString &reason)
{
    QString body = QStringLiteral("がん登録オンラインシステム（GTOL）の利用申請について、承認できませんでした。\n\n");
    body += QStringLiteral("申請番号: ") + QString::number(applicationId) + u'\n';
    body += QStringLiteral("理由: ") + reason + u'\n';
    body += QStringLiteral("\nご不明な点は、都道府県の担当窓口へお問い合わせください。\n");
    body += footer();
    return {email, subject(QStringLiteral("利用申請についてのご連絡")), body};
}

} // namespace gtol::server
