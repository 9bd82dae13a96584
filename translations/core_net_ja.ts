<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>gtol::ApiError</name>
    <message>
        <source>Could not reach the server. Check that this PC is connected to the internet; the request is kept and sent again automatically.</source>
        <translation>サーバーに接続できませんでした。このパソコンがインターネットに接続されているか確認してください。送信内容はこのパソコンに保存され、自動的に再送信されます。</translation>
    </message>
    <message>
        <source>The server did not answer in time. The request is kept and sent again automatically; you can also press &quot;Retry now&quot;.</source>
        <translation>サーバーから時間内に応答がありませんでした。送信内容は保存され、自動的に再送信されます。「今すぐ再送信」を押して、すぐに送り直すこともできます。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. This can be caused by a proxy or security software that inspects HTTPS. Please ask your IT staff or vendor to check it.</source>
        <translation>サーバーの証明書を確認できなかったため、何も送信していません。HTTPS の通信を検査するプロキシやセキュリティソフトが原因の場合があります。院内の情報システム担当者またはベンダーに確認を依頼してください。</translation>
    </message>
    <message>
        <source>The server is not the one this program expects (its key does not match), so the connection was stopped. Please ask your IT staff or vendor to check the network.</source>
        <translation>接続先のサーバーが本来のサーバーと一致しない（鍵が異なる）ため、通信を中止しました。院内の情報システム担当者またはベンダーにネットワークの確認を依頼してください。</translation>
    </message>
    <message>
        <source>The server sent an answer this program does not understand. Please try again later; if it keeps happening, contact the help desk.</source>
        <translation>サーバーから想定外の応答がありました。しばらくしてからもう一度お試しください。繰り返し発生する場合はヘルプデスクにご連絡ください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>送信を取り消しました。</translation>
    </message>
    <message>
        <source>The server is busy. Please wait a little; the request is sent again automatically.</source>
        <translation>サーバーが混み合っています。しばらくお待ちください。送信内容は自動的に再送信されます。</translation>
    </message>
    <message>
        <source>The server did not accept some entries. Please correct the fields marked and send again.</source>
        <translation>入力内容の一部がサーバーで受け付けられませんでした。表示された項目を修正して、もう一度送信してください。</translation>
    </message>
    <message>
        <source>This e-mail link has expired or has already been used. Please request a new e-mail and use the link in it within 30 minutes.</source>
        <translation>このメールのURLは有効期限が切れているか、すでに使用されています。メールを再送信し、届いたメールのURLを30分以内に使用してください。</translation>
    </message>
    <message>
        <source>The server does not know this link or application. Please check that the link was pasted completely.</source>
        <translation>このURLまたは申請はサーバーに登録されていません。URLが最後まで正しく貼り付けられているか確認してください。</translation>
    </message>
    <message>
        <source>The server refused access. Please contact the help desk.</source>
        <translation>サーバーがアクセスを拒否しました。ヘルプデスクにご連絡ください。</translation>
    </message>
    <message>
        <source>The server has a problem at the moment. The request is kept and sent again automatically; if it keeps happening, contact the help desk.</source>
        <translation>現在サーバーに問題が発生しています。送信内容は保存され、自動的に再送信されます。繰り返し発生する場合はヘルプデスクにご連絡ください。</translation>
    </message>
    <message>
        <source>The server refused the request. Please contact the help desk and tell them the details shown.</source>
        <translation>サーバーが送信内容を受け付けませんでした。ヘルプデスクに連絡し、表示された詳細をお伝えください。</translation>
    </message>
    <message>
        <source>The connection settings of this installation are not usable. Please ask your IT staff or vendor to check the deployment profile.</source>
        <translation>このパソコンの接続設定が正しくないため使用できません。院内の情報システム担当者またはベンダーに接続設定（配備プロファイル）の確認を依頼してください。</translation>
    </message>
</context>
<context>
    <name>gtol::ApplicationStatus</name>
    <message>
        <source>Received. The prefecture will phone the facility to confirm the application, usually within a few days (up to about 10 days). You can close this program and come back later.</source>
        <translation>受付済みです。数日（最大10日程度）以内に、都道府県から施設へ申請内容確認のお電話があります。このアシスタントを閉じて、後で再開してもかまいません。</translation>
    </message>
    <message>
        <source>Confirmed by phone. Waiting for approval by the prefecture. You can close this program and come back later.</source>
        <translation>電話での確認が済みました。都道府県の承認をお待ちください。このアシスタントを閉じて、後で再開してもかまいません。</translation>
    </message>
    <message>
        <source>Approved. The user ID has been sent by e-mail and the initial password is given by phone. Continue with the initial password change.</source>
        <translation>承認されました。ユーザIDはメールで、初期パスワードはお電話でお知らせします。続けて初期パスワードの変更に進んでください。</translation>
    </message>
    <message>
        <source>Not approved. Please contact the prefecture&apos;s help desk for the reason and what to do next.</source>
        <translation>承認されませんでした。理由と今後の手続きについては、都道府県のヘルプデスクにお問い合わせください。</translation>
    </message>
</context>
<context>
    <name>gtol::SyncTexts</name>
    <message>
        <source>&amp;Link from the e-mail (or the code in it):</source>
        <translation>メールに記載のURL（またはコード）(&amp;L):</translation>
    </message>
    <message>
        <source>https://…/registrationForm/…</source>
        <translation>https://…/registrationForm/…</translation>
    </message>
    <message>
        <source>&amp;Use this link</source>
        <translation>このURLを使用(&amp;U)</translation>
    </message>
    <message>
        <source>Open the e-mail we have just sent and copy the link in it into the box below. The link is valid for 30 minutes.</source>
        <translation>送信したメールを開き、記載されているURLをコピーして下の欄に貼り付けてください。URLの有効期限は30分です。</translation>
    </message>
    <message>
        <source>This is not the link from the e-mail. Copy the whole line that starts with https:// and contains /registrationForm/.</source>
        <translation>メールに記載のURLではありません。https:// で始まり /registrationForm/ を含む行を丸ごとコピーしてください。</translation>
    </message>
    <message>
        <source>Checking the link…</source>
        <translation>URLを確認しています…</translation>
    </message>
    <message>
        <source>The link is valid for %1 until %2.</source>
        <translation>このURLは %1 宛てで、%2 まで有効です。</translation>
    </message>
    <message>
        <source>This link was sent to %1, not to the address entered here. Use the link from the latest e-mail to this address.</source>
        <translation>このURLは %1 宛てに送信されたもので、ここに入力したメールアドレス宛てではありません。このアドレスに届いた最新のメールのURLを使用してください。</translation>
    </message>
    <message>
        <source>The server does not know this link. Check that it was copied completely, or send a new e-mail.</source>
        <translation>このURLはサーバーに登録されていません。最後まで正しくコピーされているか確認するか、メールを再送信してください。</translation>
    </message>
    <message>
        <source>This link has expired or has already been used. Press &quot;Send a new e-mail&quot; and use the link in the new e-mail within 30 minutes.</source>
        <translation>このURLは有効期限が切れているか、すでに使用されています。「メールを再送信」を押し、新しく届いたメールのURLを30分以内に使用してください。</translation>
    </message>
    <message>
        <source>To send the application, paste the link from the e-mail on the e-mail step first (the link is not stored on this PC).</source>
        <translation>申請を送信するには、先にメールアドレス登録の画面でメールに記載のURLを貼り付けてください（URLはこのパソコンに保存されません）。</translation>
    </message>
    <message>
        <source>The application is saved on this PC but not yet sent. Paste the link from the e-mail again to send it (links are never stored on this PC).</source>
        <translation>申請はこのパソコンに保存されていますが、まだ送信されていません。送信するには、メールに記載のURLをもう一度貼り付けてください（URLはこのパソコンに保存されません）。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>送信しました。</translation>
    </message>
    <message>
        <source>Not sent yet; it is kept on this PC and sent again automatically at %1.
Reason: %2</source>
        <translation>まだ送信されていません。このパソコンに保存されており、%1 に自動的に再送信します。
理由: %2</translation>
    </message>
    <message>
        <source>Could not be sent: %1</source>
        <translation>送信できませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>今すぐ再送信(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check the status now</source>
        <translation>今すぐ状況を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Last checked at %1. The status is checked again automatically every few minutes while this assistant is open.</source>
        <translation>最終確認 %1。このアシスタントを開いている間は、数分ごとに自動で状況を確認します。</translation>
    </message>
    <message>
        <source>The status could not be checked: %1</source>
        <translation>申請状況を確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Your user ID: %1</source>
        <translation>ユーザID: %1</translation>
    </message>
    <message>
        <source>The current terms could not be loaded from the service: %1</source>
        <translation>最新の利用規約をサーバーから読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The terms shown are the bundled sample, because the current terms could not be loaded from the service. Go back to the terms step when the connection works, read and agree to the current terms, then send again.</source>
        <translation>表示している利用規約は、最新の利用規約をサーバーから読み込めなかったため、同梱の見本です。接続できるようになったら利用規約の画面に戻り、最新の利用規約を読んで同意してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Reason given by the prefecture: %1</source>
        <translation>都道府県からの理由: %1</translation>
    </message>
    <message>
        <source>Send a new &amp;e-mail</source>
        <translation>メールを再送信(&amp;E)</translation>
    </message>
</context>
</TS>
