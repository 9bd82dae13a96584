<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>gtol::DevPki</name>
    <message>
        <source>The development certificates could not be created.</source>
        <translation>開発用の証明書を作成できませんでした。</translation>
    </message>
    <message>
        <source>The development certificates could not be saved.</source>
        <translation>開発用の証明書を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>gtol::server::Admin</name>
    <message>
        <source>Usage: gtol-onboard-server --db FILE admin list | confirm ID | approve ID | reject ID --reason TEXT | issue-token it|support|admin [--label TEXT] | tokens</source>
        <translation>使い方: gtol-onboard-server --db ファイル admin list | confirm 申請番号 | approve 申請番号 | reject 申請番号 --reason 理由 | issue-token it|support|admin [--label メモ] | tokens</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Start the server once with --db first.</source>
        <translation>データベース %1 がありません。先に --db を指定してサーバーを一度起動してください。</translation>
    </message>
    <message>
        <source>Give the reason with --reason TEXT; it is mailed to the applicant.</source>
        <translation>--reason で理由を指定してください。理由は申請者にメールで通知されます。</translation>
    </message>
    <message>
        <source>Keep this token safe: it is shown only now and cannot be recovered.</source>
        <translation>このトークンは今回しか表示されず、再表示できません。安全に保管してください。</translation>
    </message>
    <message>
        <source>The application is approved, but the mail with the user ID could not be written.</source>
        <translation>申請は承認されましたが、利用者IDを知らせるメールを作成できませんでした。</translation>
    </message>
    <message>
        <source>The application is rejected, but the mail to the applicant could not be written.</source>
        <translation>申請は却下されましたが、申請者へのメールを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>gtol::server::ApplicationOfficer</name>
    <message>
        <source>received</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>There is no application with this number.</source>
        <translation>この申請番号の申請はありません。</translation>
    </message>
    <message>
        <source>The application is %1; this step is not possible now.</source>
        <translation>この申請は「%1」の状態のため、この操作はできません。</translation>
    </message>
    <message>
        <source>No free user ID was found. Try again.</source>
        <translation>空いている利用者IDが見つかりませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <translation>却下の理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>gtol::server::DevEnvironment</name>
    <message>
        <source>The development profile could not be written.</source>
        <translation>開発用の接続設定ファイルを書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>gtol::server::MailSpool</name>
    <message>
        <source>The message could not be sent.</source>
        <translation>メールを送信できませんでした。</translation>
    </message>
</context>
<context>
    <name>gtol::server::OnboardServer</name>
    <message>
        <source>This method is not allowed here.</source>
        <translation>この操作はここでは使用できません。</translation>
    </message>
    <message>
        <source>No such endpoint.</source>
        <translation>指定された機能はありません。</translation>
    </message>
    <message>
        <source>The server could not start.</source>
        <translation>サーバーを起動できませんでした。</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>要求の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>要求が大きすぎます。</translation>
    </message>
    <message>
        <source>The service had an internal problem. Try again later.</source>
        <translation>サービス内部で問題が発生しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The request must state its length (Content-Length).</source>
        <translation>要求には長さ（Content-Length）の指定が必要です。</translation>
    </message>
</context>
<context>
    <name>gtol::server::OnboardingService</name>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>要求の内容がJSONオブジェクトではありません。</translation>
    </message>
    <message>
        <source>A required field is missing.</source>
        <translation>必要な項目がありません。</translation>
    </message>
    <message>
        <source>A field has the wrong type; a string is expected.</source>
        <translation>項目の型が正しくありません（文字列が必要です）。</translation>
    </message>
    <message>
        <source>A field has the wrong type; an object is expected.</source>
        <translation>項目の型が正しくありません（オブジェクトが必要です）。</translation>
    </message>
    <message>
        <source>Some entries are not valid. Correct the fields listed.</source>
        <translation>入力内容に誤りがあります。表示された項目を修正してください。</translation>
    </message>
    <message>
        <source>This registration link was already used. Register your e-mail address again.</source>
        <translation>この登録URLは既に使用されています。もう一度メールアドレスを登録してください。</translation>
    </message>
    <message>
        <source>This registration link has expired. Register your e-mail address again.</source>
        <translation>この登録URLは有効期限が切れています。もう一度メールアドレスを登録してください。</translation>
    </message>
    <message>
        <source>Too many requests. Wait a while and try again.</source>
        <translation>要求が多すぎます。しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The service is busy. Try again in a moment.</source>
        <translation>サービスが混み合っています。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The service had an internal problem. Try again later.</source>
        <translation>サービス内部で問題が発生しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>This registration link is not valid. Check the link in the mail.</source>
        <translation>この登録URLは無効です。メールに記載されたURLを確認してください。</translation>
    </message>
    <message>
        <source>The prefecture code is missing or unknown.</source>
        <translation>都道府県コードがないか、正しくありません。</translation>
    </message>
    <message>
        <source>The limit must be a number from 1 to 200.</source>
        <translation>件数は1から200までの数値で指定してください。</translation>
    </message>
    <message>
        <source>The search text is too long.</source>
        <translation>検索する文字が長すぎます。</translation>
    </message>
    <message>
        <source>The Idempotency-Key header is required.</source>
        <translation>Idempotency-Key ヘッダーが必要です。</translation>
    </message>
    <message>
        <source>The Idempotency-Key header must be 16 to 128 letters, digits or - _ . ~</source>
        <translation>Idempotency-Key ヘッダーは英数字と - _ . ~ からなる16〜128文字で指定してください。</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used for a different request.</source>
        <translation>この Idempotency-Key は別の内容の要求で既に使用されています。</translation>
    </message>
    <message>
        <source>The registration token is not valid. Register your e-mail address again.</source>
        <translation>登録トークンが無効です。もう一度メールアドレスを登録してください。</translation>
    </message>
    <message>
        <source>The terms of use have changed. Read the current terms and agree again.</source>
        <translation>利用規約が変更されました。最新の規約を確認して、もう一度同意してください。</translation>
    </message>
    <message>
        <source>The time of consent is not a valid date and time.</source>
        <translation>同意した日時の形式が正しくありません。</translation>
    </message>
    <message>
        <source>Use the e-mail address the registration link was sent to.</source>
        <translation>登録URLを受け取ったメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Choose the facility from the list of the prefecture.</source>
        <translation>施設は都道府県の施設一覧から選択してください。</translation>
    </message>
    <message>
        <source>The status token is missing.</source>
        <translation>状況確認用のトークンがありません。</translation>
    </message>
    <message>
        <source>No such application.</source>
        <translation>該当する申請はありません。</translation>
    </message>
</context>
<context>
    <name>gtol::server::SqliteServerStorage</name>
    <message>
        <source>The server database belongs to another program or a newer version.</source>
        <translation>サーバーのデータベースは別のプログラムまたは新しい版のものです。</translation>
    </message>
    <message>
        <source>This request was already recorded.</source>
        <translation>この要求は既に記録されています。</translation>
    </message>
    <message>
        <source>The registration was already used.</source>
        <translation>この登録は既に使用されています。</translation>
    </message>
    <message>
        <source>The user ID is already taken.</source>
        <translation>この利用者IDは既に使用されています。</translation>
    </message>
    <message>
        <source>The server database is damaged. Restore it from a backup.</source>
        <translation>サーバーのデータベースが破損しています。バックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>gtol::server::TermsDocument</name>
    <message>
        <source>The terms of use could not be read.</source>
        <translation>利用規約を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>gtol::server::main</name>
    <message>
        <source>GTOL onboarding reference backend (HTTPS) and admin commands.</source>
        <translation>GTOL利用申請の参照用バックエンド（HTTPS）と管理コマンド。</translation>
    </message>
    <message>
        <source>Address and port to listen on (port 0: any free port).</source>
        <translation>待ち受けるアドレスとポート（ポート0: 空いている任意のポート）。</translation>
    </message>
    <message>
        <source>Server certificate (PEM).</source>
        <translation>サーバー証明書（PEM）。</translation>
    </message>
    <message>
        <source>Server private key (PEM).</source>
        <translation>サーバーの秘密鍵（PEM）。</translation>
    </message>
    <message>
        <source>Server database (SQLite).</source>
        <translation>サーバーのデータベース（SQLite）。</translation>
    </message>
    <message>
        <source>Folder for outgoing mail (RFC 5322 files).</source>
        <translation>送信メールを置くフォルダー（RFC 5322 形式のファイル）。</translation>
    </message>
    <message>
        <source>Facility master CSV (default: the bundled Nara list).</source>
        <translation>施設マスターのCSV（既定: 同梱の奈良県の一覧）。</translation>
    </message>
    <message>
        <source>Terms of use text (UTF-8; default: the bundled sample).</source>
        <translation>利用規約のテキスト（UTF-8。既定: 同梱の見本）。</translation>
    </message>
    <message>
        <source>Development mode: throw-away CA, certificate, database and mail in DIR.</source>
        <translation>開発モード: 使い捨てのCA、証明書、データベース、メールをフォルダーに作成します。</translation>
    </message>
    <message>
        <source>Base URL of the links in mails.</source>
        <translation>メールに記載するURLの基点。</translation>
    </message>
    <message>
        <source>Access log file (default: standard error; off: none).</source>
        <translation>アクセスログのファイル（既定: 標準エラー出力。off: 出力しない）。</translation>
    </message>
    <message>
        <source>admin reject: the reason mailed to the applicant.</source>
        <translation>admin reject: 申請者にメールで通知する却下理由。</translation>
    </message>
    <message>
        <source>admin issue-token: a note on whom the token is for.</source>
        <translation>admin issue-token: トークンの利用者についてのメモ。</translation>
    </message>
    <message>
        <source>admin list|confirm ID|approve ID|reject ID|issue-token ROLE|tokens</source>
        <translation>admin list|confirm 申請番号|approve 申請番号|reject 申請番号|issue-token 役割|tokens</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <source>--listen expects HOST:PORT, e.g. 127.0.0.1:8443</source>
        <translation>--listen にはホスト:ポートを指定してください（例: 127.0.0.1:8443）</translation>
    </message>
    <message>
        <source>--cert, --key, --db and --mail-dir are required (or --dev DIR).</source>
        <translation>--cert、--key、--db、--mail-dir を指定してください（または --dev フォルダー）。</translation>
    </message>
</context>
</TS>
