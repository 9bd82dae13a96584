<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>gtol::AccountRules</name>
    <message>
        <source>Enter the user ID from the approval e-mail (8 digits).</source>
        <translation>承認メールに記載された利用者ID（数字8桁）を入力してください。</translation>
    </message>
    <message>
        <source>The user ID is 8 digits, as written in the approval e-mail. Check it and enter digits only.</source>
        <translation>利用者IDは承認メールに記載された数字8桁です。確認のうえ、数字のみで入力してください。</translation>
    </message>
    <message>
        <source>Enter the initial password you were told by phone (6 digits followed by @G).</source>
        <translation>電話で通知された初回パスワード（数字6桁@G）を入力してください。</translation>
    </message>
    <message>
        <source>The initial password is 6 digits followed by @G with a capital G, for example 123456@G. Check what you were told by phone.</source>
        <translation>初回パスワードは数字6桁のあとに「@G」（Gは大文字）を続けた形です（例：123456@G）。電話で通知された内容を確認してください。</translation>
    </message>
    <message>
        <source>Enter the verification code from the e-mail (6 digits).</source>
        <translation>メールに記載された確認コード（数字6桁）を入力してください。</translation>
    </message>
    <message>
        <source>The verification code is 6 digits, as written in the e-mail. Check it and enter digits only.</source>
        <translation>確認コードはメールに記載された数字6桁です。確認のうえ、数字のみで入力してください。</translation>
    </message>
</context>
<context>
    <name>gtol::DeploymentProfile</name>
    <message>
        <source>The deployment profile is not valid JSON.</source>
        <translation>配備プロファイルが正しいJSON形式ではありません。</translation>
    </message>
    <message>
        <source>The deployment profile could not be read.</source>
        <translation>配備プロファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The deployment profile is wrong at “%1”.</source>
        <translation>配備プロファイルの「%1」が正しくありません。</translation>
    </message>
</context>
<context>
    <name>gtol::FieldRules</name>
    <message>
        <source>Enter the e-mail address.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Remove the spaces from the e-mail address.</source>
        <translation>メールアドレスから空白を取り除いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address. Use half-width letters, digits and symbols only, as in taro@example.jp.</source>
        <translation>「%1」はメールアドレスに使えません。半角の英字・数字・記号のみで入力してください（例：taro@example.jp）。</translation>
    </message>
    <message>
        <source>The e-mail address is too long (at most %1 characters). Check it for a paste mistake.</source>
        <translation>メールアドレスが長すぎます（%1文字まで）。貼り付けの誤りがないか確認してください。</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @, as in taro@example.jp. Check the address.</source>
        <translation>メールアドレスには「@」がちょうど1つ入ります（例：taro@example.jp）。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Enter the part before the @ too, as in taro@example.jp.</source>
        <translation>「@」より前の部分も入力してください（例：taro@example.jp）。</translation>
    </message>
    <message>
        <source>The part before the @ is too long (at most %1 characters). Check the address.</source>
        <translation>「@」より前の部分が長すぎます（%1文字まで）。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row. Use a different address, such as your office PC address.</source>
        <translation>「@」より前の部分は、ドット（.）で始まったり終わったり、ドットが2つ続いたりしてはいけません。職場のパソコン用アドレスなど、別のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used before the @. Check the address.</source>
        <translation>「%1」は「@」より前に使えません。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid mail domain. Check it, as in example.jp (letters, digits, hyphens and at least one dot).</source>
        <translation>「@」より後ろの部分がメールのドメインとして正しくありません。英字・数字・ハイフンと1つ以上のドットから成っているか確認してください（例：example.jp）。</translation>
    </message>
    <message>
        <source>Choose the prefecture.</source>
        <translation>都道府県を選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefecture. Choose the prefecture from the list (codes 01 to 47).</source>
        <translation>「%1」は都道府県ではありません。一覧から都道府県を選択してください（コードは01～47）。</translation>
    </message>
    <message>
        <source>Choose the hospital or clinic: type part of its name, press Filter and pick it from the list.</source>
        <translation>病院・診療所を選択してください。名称の一部を入力して「絞込」を押し、一覧から選びます。</translation>
    </message>
    <message>
        <source>A facility code has 10 digits. Choose the hospital or clinic from the list instead of typing the code.</source>
        <translation>施設コードは10桁の数字です。コードを直接入力せず、一覧から病院・診療所を選択してください。</translation>
    </message>
    <message>
        <source>Enter the name of the facility&apos;s manager (for example the director), as in 院長&#x3000;太郎.</source>
        <translation>施設管理者（院長など）の氏名を入力してください（例：院長&#x3000;太郎）。</translation>
    </message>
    <message>
        <source>Enter your name, as in 築地&#x3000;太郎.</source>
        <translation>申請者の氏名を入力してください（例：築地&#x3000;太郎）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in a name. Enter the name in full-width characters.</source>
        <translation>「%1」は氏名に使えません。全角文字で入力してください。</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>氏名が長すぎます（%1文字まで）。</translation>
    </message>
    <message>
        <source>Enter the reading of the name in full-width katakana, as in インチョウ&#x3000;タロウ.</source>
        <translation>氏名のフリカナを全角カタカナで入力してください（例：インチョウ&#x3000;タロウ）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in the reading. Enter the reading in full-width katakana; ー, ・ and spaces are allowed (hiragana is converted for you).</source>
        <translation>「%1」はフリカナに使えません。全角カタカナで入力してください。「ー」「・」と空白は使えます（ひらがなは自動でカタカナに変換されます）。</translation>
    </message>
    <message>
        <source>The reading is too long (at most %1 characters).</source>
        <translation>フリカナが長すぎます（%1文字まで）。</translation>
    </message>
    <message>
        <source>Enter your department. If the facility has none (a small clinic, for example), enter なし.</source>
        <translation>施設内部署を入力してください。診療所などで所属部署がない場合は、「なし」と入力してください。</translation>
    </message>
    <message>
        <source>Enter your position. If you have none, enter なし.</source>
        <translation>施設内役職を入力してください。役職がない場合は、「なし」と入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used here. Enter the text in full-width characters.</source>
        <translation>「%1」はこの欄に使えません。全角文字で入力してください。</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>入力が長すぎます（%1文字まで）。</translation>
    </message>
    <message>
        <source>Enter the facility&apos;s main phone number, digits only (for example 0742221101).</source>
        <translation>施設代表電話番号を数字のみで入力してください（例：0742221101）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in the phone number. Enter digits only; hyphens and spaces are removed for you.</source>
        <translation>「%1」は電話番号に使えません。数字のみで入力してください（ハイフンと空白は自動で取り除かれます）。</translation>
    </message>
    <message>
        <source>The phone number has %1 digits; it must have %2 to %3. Check the number, including the area code.</source>
        <translation>電話番号が%1桁です。%2～%3桁で入力してください。市外局番を含めて番号を確認してください。</translation>
    </message>
    <message>
        <source>Enter a phone number or extension where you can surely be reached (digits, # and -, for example 0742-22-1101#123).</source>
        <translation>確実に連絡のとれる電話番号または内線番号を入力してください（数字・#・-、例：0742-22-1101#123）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in the contact number. Use digits, # and - only; write an extension after #, as in 0742-22-1101#123.</source>
        <translation>「%1」は連絡先に使えません。数字・#・- のみで入力してください。内線番号は # の後に入力します（例：0742-22-1101#123）。</translation>
    </message>
    <message>
        <source>The contact number has no digits. Enter the phone number or extension.</source>
        <translation>連絡先に数字が含まれていません。電話番号または内線番号を入力してください。</translation>
    </message>
    <message>
        <source>The contact number has %1 characters; at most %2 are allowed, counting # and -. Leave out hyphens to make it shorter.</source>
        <translation>連絡先が%1文字です。# と - を含めて%2文字以内で入力してください。ハイフンを省くと短くなります。</translation>
    </message>
    <message>
        <source>The chosen hospital or clinic is not in the chosen prefecture. Choose the prefecture first, then pick the facility from its list again.</source>
        <translation>選択した病院・診療所は、選択した都道府県にありません。先に都道府県を選び、その一覧から施設を選び直してください。</translation>
    </message>
    <message>
        <source>Enter the e-mail address again to confirm it.</source>
        <translation>確認のため、メールアドレスをもう一度入力してください。</translation>
    </message>
    <message>
        <source>The two e-mail addresses differ. Enter the same address in both boxes.</source>
        <translation>2つのメールアドレスが一致しません。両方の欄に同じアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Notification e-mail address</source>
        <translation>届出用メールアドレス</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Hospital / clinic</source>
        <translation>病院・診療所</translation>
    </message>
    <message>
        <source>Facility manager&apos;s name</source>
        <translation>施設管理者氏名</translation>
    </message>
    <message>
        <source>Facility manager&apos;s name (full-width katakana)</source>
        <translation>施設管理者氏名（全角フリカナ）</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>申請者氏名</translation>
    </message>
    <message>
        <source>Applicant&apos;s name (full-width katakana)</source>
        <translation>申請者氏名（全角フリカナ）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>施設内部署</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>施設内役職</translation>
    </message>
    <message>
        <source>Facility main phone number</source>
        <translation>施設代表電話番号</translation>
    </message>
    <message>
        <source>Applicant&apos;s contact number</source>
        <translation>申請者の連絡先</translation>
    </message>
    <message>
        <source>Use a PC e-mail address; mobile-phone mail may not receive the service&apos;s messages.</source>
        <translation>パソコンのメールアドレスを指定してください。携帯電話のメールでは、サービスからのメールが届かないことがあります。</translation>
    </message>
    <message>
        <source>Choose the prefecture from the list.</source>
        <translation>ドロップダウンリストから都道府県を選択してください。</translation>
    </message>
    <message>
        <source>Type part of the name, press Filter, then choose from the list.</source>
        <translation>医療機関名の一部を入力して「絞込」をクリックし、一覧から選択してください（部分検索可能です）。</translation>
    </message>
    <message>
        <source>The name of the hospital&apos;s or clinic&apos;s manager.</source>
        <translation>病院等の管理者氏名を入力してください。</translation>
    </message>
    <message>
        <source>Full-width katakana.</source>
        <translation>全角フリカナで入力してください。</translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation>申請者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>If there is no department (a clinic, for example), enter なし.</source>
        <translation>診療所等で所属部署がない場合は、「なし」と入力してください。</translation>
    </message>
    <message>
        <source>If you have no position, enter なし.</source>
        <translation>診療所等で役職がない場合は、「なし」と入力してください。</translation>
    </message>
    <message>
        <source>Digits only, 5 to 13 digits.</source>
        <translation>数字のみ5～13桁</translation>
    </message>
    <message>
        <source>A phone number or extension where you can surely be reached; up to 13 characters including # and -.</source>
        <translation>確実にご連絡のとれる電話番号、内線番号を入力してください。（#-を含む～13桁）</translation>
    </message>
    <message>
        <source>This looks like a mobile phone address. The service asks for a PC address, because mobile mail often rejects its automatic messages. Use a PC address if you can.</source>
        <translation>携帯電話のメールアドレスのようです。携帯電話のメールでは自動送信のメールが受信拒否されることが多いため、本サービスではパソコンのメールアドレスを指定するよう求めています。できるだけパソコンのメールアドレスを使ってください。</translation>
    </message>
</context>
<context>
    <name>gtol::PasswordPolicy</name>
    <message>
        <source>Enter a new password.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The password has %1 characters; use at least %2.</source>
        <translation>パスワードが%1文字です。%2文字以上にしてください。</translation>
    </message>
    <message>
        <source>The password has %1 characters; use at most %2.</source>
        <translation>パスワードが%1文字です。%2文字以内にしてください。</translation>
    </message>
    <message>
        <source>Use at least %1 of these 4 kinds: upper-case letters (A-Z), lower-case letters (a-z), digits (0-9) and symbols. The password has %2.</source>
        <translation>英大文字（A～Z）、英小文字（a～z）、数字（0～9）、特殊記号の4種のうち%1種以上を含めてください。現在は%2種です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in a password. Use half-width letters, digits and the symbols %2 only; if you typed in Japanese input mode, switch it off.</source>
        <translation>「%1」はパスワードに使えません。半角の英字・数字と記号 %2 のみを使ってください。日本語入力がオンになっている場合はオフにしてください。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose a different password.</source>
        <translation>新しいパスワードが現在のパスワードと同じです。別のパスワードを指定してください。</translation>
    </message>
    <message>
        <source>Enter the new password again to confirm it.</source>
        <translation>確認のため、新しいパスワードをもう一度入力してください。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Enter the same password in both boxes.</source>
        <translation>2つの新しいパスワードが一致しません。両方の欄に同じパスワードを入力してください。</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1～%2文字</translation>
    </message>
    <message>
        <source>At least %1 of the 4 kinds below</source>
        <translation>下の4種のうち%1種以上</translation>
    </message>
    <message>
        <source>Upper-case letter (A-Z)</source>
        <translation>英大文字（A～Z）</translation>
    </message>
    <message>
        <source>Lower-case letter (a-z)</source>
        <translation>英小文字（a～z）</translation>
    </message>
    <message>
        <source>Digit (0-9)</source>
        <translation>数字（0～9）</translation>
    </message>
    <message>
        <source>Symbol (%1 or space)</source>
        <translation>特殊記号（%1 または空白）</translation>
    </message>
    <message>
        <source>No other characters (no full-width characters, no tabs)</source>
        <translation>それ以外の文字を含まない（全角文字・タブは不可）</translation>
    </message>
    <message>
        <source>Different from the current password</source>
        <translation>現在のパスワードと異なる</translation>
    </message>
    <message>
        <source>Confirmation matches</source>
        <translation>確認入力と一致</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters with at least %3 of: upper-case letters (A-Z), lower-case letters (a-z), digits (0-9) and symbols (%4 or space).</source>
        <translation>英字（大文字 A～Z、小文字 a～z）、数字（0～9）、特殊記号（%4 または空白）のうち%3種以上を含む%1～%2文字で指定してください。</translation>
    </message>
</context>
<context>
    <name>gtol::Prefectures</name>
    <message>
        <source>Hokkaido</source>
        <translation>北海道</translation>
    </message>
    <message>
        <source>Aomori</source>
        <translation>青森県</translation>
    </message>
    <message>
        <source>Iwate</source>
        <translation>岩手県</translation>
    </message>
    <message>
        <source>Miyagi</source>
        <translation>宮城県</translation>
    </message>
    <message>
        <source>Akita</source>
        <translation>秋田県</translation>
    </message>
    <message>
        <source>Yamagata</source>
        <translation>山形県</translation>
    </message>
    <message>
        <source>Fukushima</source>
        <translation>福島県</translation>
    </message>
    <message>
        <source>Ibaraki</source>
        <translation>茨城県</translation>
    </message>
    <message>
        <source>Tochigi</source>
        <translation>栃木県</translation>
    </message>
    <message>
        <source>Gunma</source>
        <translation>群馬県</translation>
    </message>
    <message>
        <source>Saitama</source>
        <translation>埼玉県</translation>
    </message>
    <message>
        <source>Chiba</source>
        <translation>千葉県</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>東京都</translation>
    </message>
    <message>
        <source>Kanagawa</source>
        <translation>神奈川県</translation>
    </message>
    <message>
        <source>Niigata</source>
        <translation>新潟県</translation>
    </message>
    <message>
        <source>Toyama</source>
        <translation>富山県</translation>
    </message>
    <message>
        <source>Ishikawa</source>
        <translation>石川県</translation>
    </message>
    <message>
        <source>Fukui</source>
        <translation>福井県</translation>
    </message>
    <message>
        <source>Yamanashi</source>
        <translation>山梨県</translation>
    </message>
    <message>
        <source>Nagano</source>
        <translation>長野県</translation>
    </message>
    <message>
        <source>Gifu</source>
        <translation>岐阜県</translation>
    </message>
    <message>
        <source>Shizuoka</source>
        <translation>静岡県</translation>
    </message>
    <message>
        <source>Aichi</source>
        <translation>愛知県</translation>
    </message>
    <message>
        <source>Mie</source>
        <translation>三重県</translation>
    </message>
    <message>
        <source>Shiga</source>
        <translation>滋賀県</translation>
    </message>
    <message>
        <source>Kyoto</source>
        <translation>京都府</translation>
    </message>
    <message>
        <source>Osaka</source>
        <translation>大阪府</translation>
    </message>
    <message>
        <source>Hyogo</source>
        <translation>兵庫県</translation>
    </message>
    <message>
        <source>Nara</source>
        <translation>奈良県</translation>
    </message>
    <message>
        <source>Wakayama</source>
        <translation>和歌山県</translation>
    </message>
    <message>
        <source>Tottori</source>
        <translation>鳥取県</translation>
    </message>
    <message>
        <source>Shimane</source>
        <translation>島根県</translation>
    </message>
    <message>
        <source>Okayama</source>
        <translation>岡山県</translation>
    </message>
    <message>
        <source>Hiroshima</source>
        <translation>広島県</translation>
    </message>
    <message>
        <source>Yamaguchi</source>
        <translation>山口県</translation>
    </message>
    <message>
        <source>Tokushima</source>
        <translation>徳島県</translation>
    </message>
    <message>
        <source>Kagawa</source>
        <translation>香川県</translation>
    </message>
    <message>
        <source>Ehime</source>
        <translation>愛媛県</translation>
    </message>
    <message>
        <source>Kochi</source>
        <translation>高知県</translation>
    </message>
    <message>
        <source>Fukuoka</source>
        <translation>福岡県</translation>
    </message>
    <message>
        <source>Saga</source>
        <translation>佐賀県</translation>
    </message>
    <message>
        <source>Nagasaki</source>
        <translation>長崎県</translation>
    </message>
    <message>
        <source>Kumamoto</source>
        <translation>熊本県</translation>
    </message>
    <message>
        <source>Oita</source>
        <translation>大分県</translation>
    </message>
    <message>
        <source>Miyazaki</source>
        <translation>宮崎県</translation>
    </message>
    <message>
        <source>Kagoshima</source>
        <translation>鹿児島県</translation>
    </message>
    <message>
        <source>Okinawa</source>
        <translation>沖縄県</translation>
    </message>
</context>
<context>
    <name>gtol::VerificationCodeState</name>
    <message>
        <source>Too many codes have been sent. Close the wizard, wait a while and start the password change again, or ask the prefecture&apos;s contact for help.</source>
        <translation>確認コードの送信回数が上限に達しました。ウィザードを閉じてしばらく待ってから、パスワード変更をやり直してください。解決しない場合は都道府県の担当窓口にお問い合わせください。</translation>
    </message>
    <message numerus="yes">
        <source>A new code can be sent in %n second(s). Check your mailbox (and the junk mail folder) for the code already sent.</source>
        <translation>
            <numerusform>新しいコードは%n秒後に送信できます。送信済みのコードが届いていないか、受信トレイ（迷惑メールフォルダーも）を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No code is waiting to be entered. Press &quot;Send verification code&quot; and enter the code from the new e-mail.</source>
        <translation>入力を待っている確認コードはありません。［確認コードを送信］を押し、届いたメールのコードを入力してください。</translation>
    </message>
    <message>
        <source>The code was entered wrongly too many times and can no longer be used. Press &quot;Send new code&quot; and enter the code from the new e-mail.</source>
        <translation>確認コードの入力を規定の回数以上間違えたため、このコードは使えなくなりました。［新しいコードを送信します］を押し、新しく届いたメールのコードを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The code has expired (a code is valid for %n minute(s)). Press &quot;Send new code&quot; and enter the code from the new e-mail.</source>
        <translation>
            <numerusform>確認コードの有効期限が切れました（有効期間は%n分です）。［新しいコードを送信します］を押し、新しく届いたメールのコードを入力してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code is not correct. Check the latest e-mail and enter its 6 digits; %n more attempt(s) left.</source>
        <translation>
            <numerusform>確認コードが正しくありません。最新のメールに記載された6桁の数字を確認して入力してください（あと%n回入力できます）。</numerusform>
        </translation>
    </message>
</context>
</TS>
