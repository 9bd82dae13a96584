<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>gtol::ApplicationPage</name>
    <message>
        <source>Converted to full-width katakana: %1</source>
        <translation>全角カタカナに変換しました：%1</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>次のように保存しました：%1</translation>
    </message>
    <message>
        <source>Step 2: Application form</source>
        <translation>Step2：利用申し込み入力フォーム</translation>
    </message>
    <message>
        <source>Enter the application details. Within a few days you will get a confirmation call, so give details under which you can surely be reached.</source>
        <translation>申請情報を入力してください。申請後、数日程度で確認のお電話を差し上げますので、確実にご連絡が取れる情報を入力してください。</translation>
    </message>
    <message>
        <source>The applicant is automatically registered as the person responsible for registrations at the facility.</source>
        <translation>※この申し込みの申請者は、自動的に施設内の届出責任者として登録されます。</translation>
    </message>
    <message>
        <source>Notification e-mail address (from Step 1)</source>
        <translation>届出用メールアドレス（Step1で入力したもの）</translation>
    </message>
    <message>
        <source>Enter the name of the manager of the hospital, e.g. 院長&#x3000;太郎.</source>
        <translation>病院等の管理者氏名を入力してください。（例：院長&#x3000;太郎）</translation>
    </message>
    <message>
        <source>e.g. インチョウ&#x3000;タロウ. Hiragana is converted.</source>
        <translation>例：インチョウ&#x3000;タロウ（ひらがなで入力してもカタカナに変換されます）</translation>
    </message>
    <message>
        <source>e.g. 築地&#x3000;太郎.</source>
        <translation>例：築地&#x3000;太郎</translation>
    </message>
    <message>
        <source>e.g. ツキジ&#x3000;タロウ. Hiragana is converted.</source>
        <translation>例：ツキジ&#x3000;タロウ（ひらがなで入力してもカタカナに変換されます）</translation>
    </message>
    <message>
        <source>If the clinic has no departments, enter &quot;なし&quot;.</source>
        <translation>診療所等で所属部署がない場合は、「なし」と入力してください。</translation>
    </message>
    <message>
        <source>If you have no position, enter &quot;なし&quot;.</source>
        <translation>診療所等で役職がない場合は、「なし」と入力してください。</translation>
    </message>
    <message>
        <source>The facility&apos;s main number, digits only (5 to 13 digits).</source>
        <translation>施設代表電話番号を入力してください。（数字のみ5～13桁）</translation>
    </message>
    <message>
        <source>A number or extension under which you can surely be reached (digits, # and -, up to 13 characters).</source>
        <translation>申請者様に確実にご連絡のとれる電話番号、内線番号を入力してください。（数字・#・-、13文字以内）</translation>
    </message>
    <message>
        <source>✓ All items are filled in correctly. Press Next to read the terms of use.</source>
        <translation>✓ すべての項目が正しく入力されています。「次へ」を押して利用規約に進んでください。</translation>
    </message>
    <message numerus="yes">
        <source>To go on, fix %n item(s). First: %1 — %2</source>
        <translation>
            <numerusform>次へ進むには、%n件の項目を直してください。最初の項目：%1 — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gtol::ApplicationSummary</name>
    <message>
        <source>Facility code</source>
        <translation>医療機関コード</translation>
    </message>
    <message>
        <source>Facility address</source>
        <translation>施設住所</translation>
    </message>
    <message>
        <source>Step 2: Confirm the application</source>
        <translation>Step2：利用申し込み内容確認</translation>
    </message>
    <message>
        <source>The application will be made with the following details.</source>
        <translation>以下の内容で利用申し込みを行います。</translation>
    </message>
    <message>
        <source>Terms of use agreed: version %1, %2 (SHA-256 %3)</source>
        <translation>利用規約に同意済み：版 %1、%2（SHA-256 %3）</translation>
    </message>
    <message>
        <source>GTOL application</source>
        <translation>GTOL 利用申し込み</translation>
    </message>
    <message>
        <source>The PDF could not be written. Choose another folder.</source>
        <translation>PDFを保存できませんでした。別の保存先を選んでください。</translation>
    </message>
</context>
<context>
    <name>gtol::CheckList</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>対応する人</translation>
    </message>
    <message>
        <source>Requirement check results</source>
        <translation>利用要件の確認結果</translation>
    </message>
    <message>
        <source>&amp;Details of the selected item:</source>
        <translation>選択した項目の詳細(&amp;D)：</translation>
    </message>
    <message>
        <source>Details: what was measured and what to do</source>
        <translation>詳細：確認した内容と対処方法</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>This item is being checked.</source>
        <translation>この項目を確認しています。</translation>
    </message>
    <message>
        <source>This item has not been checked yet.</source>
        <translation>この項目はまだ確認していません。</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法：</translation>
    </message>
    <message>
        <source>What to do (%1):</source>
        <translation>対処方法（%1）：</translation>
    </message>
    <message>
        <source>What was measured:</source>
        <translation>確認した内容：</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>所要時間 %1 ミリ秒。</translation>
    </message>
</context>
<context>
    <name>gtol::ConfirmPage</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Step 2: Confirm the application</source>
        <translation>Step2：利用申し込み内容確認</translation>
    </message>
    <message>
        <source>The application will be made with the following details. Please check them.</source>
        <translation>以下の内容で利用申し込みを行います。申し込み内容を確認してください。</translation>
    </message>
    <message>
        <source>If everything is correct, press &quot;Submit application&quot;. To correct something, go back to the application form.</source>
        <translation>内容が正しければ「申請確定」を押してください。修正する場合は「利用申込入力フォームに戻る」を押してください。</translation>
    </message>
    <message>
        <source>Back to the application form</source>
        <translation>利用申込入力フォームに戻る</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>印刷...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>PDFとして保存...</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translation>申請確定</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>（未入力）</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
</context>
<context>
    <name>gtol::EmailPage</name>
    <message>
        <source>The e-mail could not be sent: %1</source>
        <translation>メールを送信できませんでした：%1</translation>
    </message>
    <message>
        <source>Step 1: Enter your e-mail address</source>
        <translation>Step1：メールアドレス入力</translation>
    </message>
    <message>
        <source>We will send you the address (URL) of the application form. Enter your e-mail address below.</source>
        <translation>お申し込み手続きページ（URL）をご案内いたしますので、以下の入力フォームにメールアドレスをご入力ください。</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Please give the e-mail address of a PC.</source>
        <translation>パソコンのメールアドレスを指定してください。</translation>
    </message>
    <message>
        <source>E-mail address (confirm)</source>
        <translation>メールアドレス（確認）</translation>
    </message>
    <message>
        <source>Please enter it again to confirm.</source>
        <translation>確認のため再入力してください。</translation>
    </message>
    <message>
        <source>Go to confirmation</source>
        <translation>確認に進む</translation>
    </message>
    <message>
        <source>Step 1: Confirm your e-mail address</source>
        <translation>Step1：メールアドレス確認</translation>
    </message>
    <message>
        <source>Please check the e-mail address. When you press &quot;Send&quot;, an e-mail with the URL of the application form is sent to this address.</source>
        <translation>メールアドレスを確認してください。「送信」を押すと、ご指定のメールアドレスにお申し込み手続き用のURLを記載したメールが送信されます。</translation>
    </message>
    <message>
        <source>Back to input</source>
        <translation>入力に戻る</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Enter the same e-mail address twice.</source>
        <translation>確認のため、同じメールアドレスを二回入力してください。</translation>
    </message>
    <message>
        <source>※ Keep typing: the confirmation does not match the address yet.</source>
        <translation>※ 入力中：確認用のメールアドレスがまだ一致していません。</translation>
    </message>
    <message>
        <source>✓ Both addresses match.</source>
        <translation>✓ 二つのメールアドレスが一致しています。</translation>
    </message>
    <message>
        <source>Note: this looks like a mobile phone address. The service asks for a PC address; mobile mail often rejects automatic messages. You can still continue.</source>
        <translation>注意：携帯電話のメールアドレスのようです。パソコンのメールアドレスを指定してください。携帯電話のメールでは自動送信メールが届かないことがあります（このまま進むこともできます）。</translation>
    </message>
    <message>
        <source>✓ Sent to %1 (%2). Open the link in that e-mail within 30 minutes. Press Next to continue.</source>
        <translation>✓ %1 に送信しました（%2）。届いたメールのURLを30分以内に開いてください。「次へ」で先に進めます。</translation>
    </message>
    <message>
        <source>Not sent yet: go to confirmation and press &quot;Send&quot;.</source>
        <translation>未送信です。「確認に進む」を押し、確認画面で「送信」を押してください。</translation>
    </message>
</context>
<context>
    <name>gtol::FacilityPicker</name>
    <message>
        <source>Type part of the facility name; the list narrows as you type.</source>
        <translation>医療機関名の一部を入力してください。入力に合わせて候補が絞り込まれます。</translation>
    </message>
    <message>
        <source>No facility matches &quot;%1&quot;. Try a shorter part of the name.</source>
        <translation>「%1」に一致する医療機関はありません。名称の一部を短くして入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Use the arrow keys and Enter, or double-click, to choose.</source>
        <translation>
            <numerusform>%n件見つかりました。矢印キーとEnter、またはダブルクリックで選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the medical institution</source>
        <translation>医療機関名を入力してください。</translation>
    </message>
    <message>
        <source>Hospital or clinic: search by name</source>
        <translation>病院・診療所（名称で検索）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞込</translation>
    </message>
    <message>
        <source>Filter the facility list</source>
        <translation>医療機関の候補を絞り込む</translation>
    </message>
    <message>
        <source>Matching facilities</source>
        <translation>該当する医療機関</translation>
    </message>
    <message>
        <source>No facility chosen yet.</source>
        <translation>医療機関はまだ選ばれていません。</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>選択中：%1</translation>
    </message>
    <message>
        <source>Facility code %1 / %2</source>
        <translation>医療機関コード %1 ／ %2</translation>
    </message>
    <message>
        <source>The list of medical institutions of %1 is not on this PC yet. It is fetched from the service while this PC is connected; if it does not come, ask your IT staff.</source>
        <translation>%1の医療機関一覧がまだこのパソコンにありません。インターネットに接続されていればサービスから自動的に取得されます。取得されない場合は情報システム担当者にご相談ください。</translation>
    </message>
</context>
<context>
    <name>gtol::OnboardingWizard</name>
    <message>
        <source>Requirements self-check</source>
        <translation>利用要件の確認</translation>
    </message>
    <message>
        <source>The self-check of this PC and its network will appear here. Press Next to go on.</source>
        <translation>このパソコンとネットワークの利用要件チェックがここに表示されます。「次へ」で先に進めます。</translation>
    </message>
    <message>
        <source>Step 4: Change the initial password</source>
        <translation>Step4：初期パスワード変更</translation>
    </message>
    <message>
        <source>The change of the initial password will be done here.</source>
        <translation>ここで初期パスワードを変更します。</translation>
    </message>
    <message>
        <source>Step 5: Install the connection tool</source>
        <translation>Step5：接続ツールインストール</translation>
    </message>
    <message>
        <source>The download and installation of the VPN connection tool will be done here.</source>
        <translation>ここでVPN接続ツールをダウンロードし、インストールします。</translation>
    </message>
    <message>
        <source>Step 6: Ready to use</source>
        <translation>Step6：利用準備完了</translation>
    </message>
    <message>
        <source>GTOL is ready to use on this PC.</source>
        <translation>このパソコンでGTOLを利用する準備が整いました。</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1</source>
        <translation>直前の変更を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>GTOL Onboarding Assistant</source>
        <translation>GTOL 利用準備アシスタント</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新しい申請</translation>
    </message>
    <message>
        <source>Open draft file...</source>
        <translation>下書きファイルを開く...</translation>
    </message>
    <message>
        <source>Save as draft file...</source>
        <translation>下書きファイルとして保存...</translation>
    </message>
    <message>
        <source>Open draft file</source>
        <translation>下書きファイルを開く</translation>
    </message>
    <message>
        <source>GTOL draft (*.gtoldraft)</source>
        <translation>GTOL 下書き (*.gtoldraft)</translation>
    </message>
    <message>
        <source>Save as draft file</source>
        <translation>下書きファイルとして保存</translation>
    </message>
    <message>
        <source>The display language changes the next time the assistant is started.</source>
        <translation>表示言語は、次にアシスタントを起動したときに切り替わります。</translation>
    </message>
</context>
<context>
    <name>gtol::RequirementsPage</name>
    <message>
        <source>Requirements check</source>
        <translation>利用要件の確認</translation>
    </message>
    <message>
        <source>This checks whether this PC and your network meet GTOL&apos;s requirements. Items marked NG must be fixed before GTOL can be used; each item says what to do and who should do it.</source>
        <translation>このパソコンとネットワークがGTOLの利用要件を満たしているかを確認します。NGの項目はGTOLを利用する前に対処が必要です。各項目に、対処方法と誰が対応するかを示します。</translation>
    </message>
    <message>
        <source>The check takes a few seconds and changes nothing on this PC.</source>
        <translation>確認は数秒で終わり、このパソコンの設定は何も変更しません。</translation>
    </message>
    <message>
        <source>Internet &amp;line contract:</source>
        <translation>インターネット回線の契約(&amp;L)：</translation>
    </message>
    <message>
        <source>Internet line contract</source>
        <translation>インターネット回線の契約</translation>
    </message>
    <message>
        <source>No program can tell the contract: choose it from the provider&apos;s contract papers, or &quot;I don&apos;t know&quot;. GTOL needs a fixed line that allows IPsec VPN (FLET&apos;S Hikari recommended).</source>
        <translation>回線の契約内容はプログラムでは分かりません。プロバイダーの契約書類を見て選ぶか、「わからない」を選んでください。GTOLにはIPsec-VPNを利用できる固定回線が必要です（フレッツ光を推奨）。</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>再確認(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>中止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>結果を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Saves the results as HTML, PDF or JSON, for example for your IT vendor.</source>
        <translation>確認結果をHTML、PDF、JSONで保存します（ITベンダーへの連絡などに）。</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>確認の進み具合</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>%2項目中 %1項目を確認済み</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>Checking… (at most %1 seconds)</source>
        <translation>確認中…（最大 %1 秒）</translation>
    </message>
    <message>
        <source>Stopped. Items not checked are shown as &quot;%1&quot;.</source>
        <translation>中止しました。確認していない項目は「%1」と表示されます。</translation>
    </message>
    <message>
        <source>Result: %1 — OK %2, Caution %3, NG %4, Answer needed %5, Not checked %6</source>
        <translation>結果：%1 — OK %2件、注意 %3件、NG %4件、回答が必要 %5件、未確認 %6件</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>確認結果を保存できませんでした。</translation>
    </message>
    <message>
        <source>GTOL requirements check</source>
        <translation>GTOL 利用要件の確認</translation>
    </message>
    <message>
        <source>Save the check report</source>
        <translation>確認結果の保存</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;JSON for IT staff (*.json)</source>
        <translation>Webページ (*.html);;PDF (*.pdf);;情報システム担当者向けJSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;I understand that the items marked NG must be fixed, and want to continue for now.</source>
        <translation>NGの項目は対処が必要なことを理解した上で、いったん先に進みます(&amp;I)。</translation>
    </message>
    <message>
        <source>Is this PC ready for GTOL? Its settings and network are checked here.</source>
        <translation>このパソコンでGTOLを利用できるか、設定とネットワークを確認します。</translation>
    </message>
</context>
<context>
    <name>gtol::StartPage</name>
    <message>
        <source>GTOL onboarding assistant</source>
        <translation>GTOL 利用準備アシスタント</translation>
    </message>
    <message>
        <source>This assistant guides you through applying for the cancer registry online system (GTOL). Everything you enter is saved as you go; you can close it at any time and continue later.</source>
        <translation>がん登録オンラインシステム（GTOL）の利用申請を順にご案内します。入力した内容はその都度保存されるので、いつ閉じても後から続きを行えます。</translation>
    </message>
    <message>
        <source>Start a new application</source>
        <translation>新しく利用申請を始める</translation>
    </message>
    <message>
        <source>Continue a saved draft</source>
        <translation>保存した下書きから再開する</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>保存した下書き</translation>
    </message>
    <message>
        <source>There are no saved drafts yet.</source>
        <translation>保存した下書きはまだありません。</translation>
    </message>
    <message>
        <source>Open a draft file prepared by your IT staff (.gtoldraft)</source>
        <translation>情報システム担当者が用意した下書きファイル（.gtoldraft）を開く</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>ファイルを選択...</translation>
    </message>
    <message>
        <source>Choose a draft file</source>
        <translation>下書きファイルを選択</translation>
    </message>
    <message>
        <source>You can also drag a .gtoldraft file onto this window.</source>
        <translation>.gtoldraft ファイルをこのウィンドウにドラッグしても開けます。</translation>
    </message>
    <message>
        <source>I already have a user ID (go to the initial password change)</source>
        <translation>利用者IDをお持ちの方（初期パスワード変更へ進む）</translation>
    </message>
    <message>
        <source>(no facility chosen yet)</source>
        <translation>（医療機関は未選択）</translation>
    </message>
    <message>
        <source>Open draft file</source>
        <translation>下書きファイルを開く</translation>
    </message>
    <message>
        <source>GTOL draft (*.gtoldraft)</source>
        <translation>GTOL 下書き (*.gtoldraft)</translation>
    </message>
    <message>
        <source>Step %1 %2</source>
        <translation>Step%1 %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>%1 — %2 — last edited %3</source>
        <translation>%1 — %2 — 最終更新 %3</translation>
    </message>
</context>
<context>
    <name>gtol::StepProgress</name>
    <message>
        <source>Send e-mail address</source>
        <translation>メールアドレス送信</translation>
    </message>
    <message>
        <source>Enter and confirm the application</source>
        <translation>申し込み内容入力～確認</translation>
    </message>
    <message>
        <source>Application complete, wait for the confirmation call</source>
        <translation>申し込み完了～確認の電話待ち</translation>
    </message>
    <message>
        <source>Change the initial password</source>
        <translation>初期パスワード変更</translation>
    </message>
    <message>
        <source>Install the connection tool</source>
        <translation>接続ツールインストール</translation>
    </message>
    <message>
        <source>Ready to use</source>
        <translation>利用準備完了</translation>
    </message>
    <message>
        <source>Steps to start using GTOL</source>
        <translation>GTOL 利用準備の流れ</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step%1</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>現在の手順</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Step %1: %2 (%3)</source>
        <translation>Step%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>gtol::SubmittedPage</name>
    <message>
        <source>Step 3: Application complete — waiting for the confirmation call</source>
        <translation>Step3：申し込み完了～確認の電話待ち</translation>
    </message>
    <message>
        <source>Your application %1 has been approved. The user ID is in the approval e-mail; the initial password is given to you by phone.</source>
        <translation>申し込み %1 は承認されました。利用者IDは承認のメールに記載されています。初回パスワードは電話で通知されます。</translation>
    </message>
    <message>
        <source>Your application has been received. Application number: %1</source>
        <translation>申し込みを受け付けました。受付番号：%1</translation>
    </message>
    <message>
        <source>Your application is saved on this PC and will be sent as soon as the service can be reached.</source>
        <translation>申し込み内容はこのパソコンに保存されました。サービスに接続でき次第、送信されます。</translation>
    </message>
    <message>
        <source>A completion e-mail is sent to the address you registered. Within a few days (up to about ten days) the prefecture will call the applicant to confirm. After approval you will get an e-mail with your user ID, and the initial password by phone.

You can close this assistant now; it will open here again.</source>
        <translation>登録したメールアドレスに完了メールが届きます。数日程度（数日～10日程度）で、都道府県の担当者から申請者あてに確認のお電話を差し上げます。承認されると、利用者IDを記載したメールが届き、初回パスワードは電話で通知されます。

このアシスタントは閉じてかまいません。次に開いたときは、この画面から再開します。</translation>
    </message>
    <message>
        <source>Your application is complete. Please wait for the confirmation call.</source>
        <translation>申し込みは完了しました。確認のお電話をお待ちください。</translation>
    </message>
</context>
<context>
    <name>gtol::TermsPage</name>
    <message>
        <source>Step 2: Terms of use</source>
        <translation>Step2：利用規約への同意</translation>
    </message>
    <message>
        <source>Read the terms of use. If you agree, tick the box below.</source>
        <translation>利用規約の内容を確認の上、同意する場合は以下のチェックボックスにチェックを入れてください。</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>利用規約</translation>
    </message>
    <message>
        <source>I agree to the terms of use and apply for the facility.</source>
        <translation>利用規約に同意して、施設申請を行います。</translation>
    </message>
    <message>
        <source>SAMPLE: these are placeholder terms bundled with this assistant, not the service&apos;s real terms. The current terms are loaded from the service when it is connected.</source>
        <translation>【見本】これはアシスタントに同梱された見本の利用規約で、サービスの実際の利用規約ではありません。サービスに接続されると、最新の利用規約が表示されます。</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>版：%1</translation>
    </message>
    <message>
        <source>You have reached the end of the terms.</source>
        <translation>利用規約を最後まで表示しました。</translation>
    </message>
    <message>
        <source>Scroll to the end of the terms to enable the checkbox.</source>
        <translation>利用規約を最後までスクロールすると、チェックボックスを選べるようになります。</translation>
    </message>
</context>
<context>
    <name>guiapp</name>
    <message>
        <source>GTOL Onboarding Assistant</source>
        <translation>GTOL 利用準備アシスタント</translation>
    </message>
    <message>
        <source>The draft store could not be opened: %1

Ask your IT staff to check the folder %2.</source>
        <translation>下書きの保存先を開けませんでした：%1

情報システム担当者に、フォルダー %2 の確認を依頼してください。</translation>
    </message>
    <message>
        <source>Saved data was damaged</source>
        <translation>保存データが破損していました</translation>
    </message>
    <message>
        <source>The file with your saved drafts was damaged and could not be used. It has been set aside, and a new empty store was created.

Reason: %1
The damaged file is kept at: %2

Your IT staff or the support desk may be able to recover it.</source>
        <translation>下書きを保存したファイルが破損していたため、使用できませんでした。このファイルは別の名前で保管し、新しい空の保存先を作成しました。

理由：%1
破損したファイルの保管場所：%2

情報システム担当者またはサポート窓口で復旧できる場合があります。</translation>
    </message>
    <message>
        <source>Deployment profile</source>
        <translation>配備プロファイル</translation>
    </message>
    <message>
        <source>The deployment profile could not be read, so the requirements self-check is not available: %1</source>
        <translation>配備プロファイルを読み込めなかったため、利用要件の確認は使用できません：%1</translation>
    </message>
    <message>
        <source>Connection to the service</source>
        <translation>サービスへの接続</translation>
    </message>
    <message>
        <source>The connection to the service could not be set up: %1

You can go on: everything is saved on this PC. Ask your IT staff to check the deployment profile.</source>
        <translation>サービスへの接続を準備できませんでした：%1

このまま続けることができます（入力内容はこのパソコンに保存されます）。情報システム担当者に配備プロファイルの確認を依頼してください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GTOL Onboarding Assistant: prepares a facility for the cancer registry online system.
Commands for IT staff: facility search|import, draft validate|import|export|list, check.</source>
        <translation>GTOL 利用準備アシスタント：がん登録オンラインシステムの利用準備を行います。
情報システム担当者向けコマンド：facility search|import、draft validate|import|export|list、check。</translation>
    </message>
    <message>
        <source>User interface language: ja (default) or en.</source>
        <translation>画面の言語：ja（既定）または en。</translation>
    </message>
    <message>
        <source>Folder of the draft store (default: the platform&apos;s application data folder).</source>
        <translation>下書きの保存先フォルダー（既定：アプリケーションデータのフォルダー）。</translation>
    </message>
    <message>
        <source>Deployment profile (JSON) to use instead of the built-in one.</source>
        <translation>組み込みの代わりに使う配備プロファイル（JSON）。</translation>
    </message>
    <message>
        <source>Exit as soon as the first page has been painted (start-up measurement).</source>
        <translation>最初の画面を表示したらすぐに終了します（起動時間の計測用）。</translation>
    </message>
    <message>
        <source>Optional command: facility, draft or check (see their --help).</source>
        <translation>コマンド（省略可）：facility、draft、check（各 --help を参照）。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation>不明な言語「%1」です。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>不明なコマンド「%1」です。--help を参照してください。</translation>
    </message>
</context>
</TS>
