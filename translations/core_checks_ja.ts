<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ReportWriter</name>
    <message>
        <source>en</source>
        <comment>html lang</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>GTOL requirements self-check report</source>
        <translation>GTOL 利用要件 自己診断レポート</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>診断日時: %1</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>パソコン: %1</translation>
    </message>
    <message>
        <source>Line contract (the clerk&apos;s answer): %1</source>
        <translation>回線契約（担当者の回答）: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>総合判定: %1</translation>
    </message>
    <message>
        <source>The clerk chose to continue despite: %1</source>
        <translation>担当者は次の NG 項目を了承のうえ先に進みました: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>診断結果</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What was measured</source>
        <translation>確認した内容</translation>
    </message>
    <message>
        <source>What to do / who</source>
        <translation>対処方法 / 対応する人</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>対応は不要です。</translation>
    </message>
    <message>
        <source>For the IT vendor: settings GTOL needs</source>
        <translation>情報システム担当者・ベンダー様へ: GTOL に必要な設定</translation>
    </message>
    <message>
        <source>Configure the facility&apos;s network so that this PC reaches the following. Items marked in bold were found missing on this PC.</source>
        <translation>このパソコンから次の接続先に届くよう、施設のネットワークを設定してください。太字の項目は、このパソコンで不足が見つかったものです。</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Protocol / port</source>
        <translation>プロトコル / ポート</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>必要な設定</translation>
    </message>
    <message>
        <source>GTOL service</source>
        <translation>GTOL サービス</translation>
    </message>
    <message>
        <source>Allow outbound; exclude from the proxy; exclude from TLS/SSL inspection.</source>
        <translation>外向き通信を許可、プロキシの除外に追加、TLS/SSL インスペクションの対象から除外。</translation>
    </message>
    <message>
        <source>Currently sent through a proxy.</source>
        <translation>現在プロキシ経由になっています。</translation>
    </message>
    <message>
        <source>Currently intercepted.</source>
        <translation>現在 TLS が中継（復号）されています。</translation>
    </message>
    <message>
        <source>GTOL VPN (IPsec, IKEv2 with NAT traversal)</source>
        <translation>GTOL VPN（IPsec、IKEv2・NAT トラバーサル）</translation>
    </message>
    <message>
        <source>Allow outbound and the replies (IPsec passthrough).</source>
        <translation>外向き通信とその応答を許可（IPsec パススルー）。</translation>
    </message>
    <message>
        <source>No IKE answer was received.</source>
        <translation>IKE の応答がありませんでした。</translation>
    </message>
    <message>
        <source>Onboarding assistant backend</source>
        <translation>利用申請アシスタントのサーバー</translation>
    </message>
    <message>
        <source>Allow outbound.</source>
        <translation>外向き通信を許可。</translation>
    </message>
    <message>
        <source>Proxy exclusions (proxy settings and PAC):</source>
        <translation>プロキシの除外設定（プロキシ設定と PAC）:</translation>
    </message>
    <message>
        <source>does not resolve now</source>
        <translation>現在名前解決できません</translation>
    </message>
    <message>
        <source>Names the internal DNS must resolve (forward to the internet):</source>
        <translation>内部 DNS で名前解決（インターネットへ転送）が必要な名前:</translation>
    </message>
    <message>
        <source>Produced by the GTOL Onboarding Assistant. Measurements are from this PC at the time above.</source>
        <translation>GTOL 利用申請アシスタントが作成しました。測定値は上記日時のこのパソコンでのものです。</translation>
    </message>
    <message>
        <source>Could not be checked on this PC; see what was measured.</source>
        <translation>このパソコンでは確認できませんでした。確認した内容をご覧ください。</translation>
    </message>
    <message>
        <source>(none: the profile uses addresses only)</source>
        <translation>（なし: プロファイルは IP アドレスのみを使用）</translation>
    </message>
</context>
<context>
    <name>gtol::AdminProbe</name>
    <message>
        <source>Administrator rights</source>
        <translation>管理者権限</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>このユーザー</translation>
    </message>
    <message>
        <source>The rights of %1 could not be read. %2</source>
        <translation>%1 の権限を読み取れませんでした。%2</translation>
    </message>
    <message>
        <source>%1 is running with administrator rights.</source>
        <translation>%1 は管理者権限で実行しています。</translation>
    </message>
    <message>
        <source>%1 is an administrator (can confirm the installer&apos;s elevation prompt).</source>
        <translation>%1 は管理者です（インストール時の昇格確認に応答できます）。</translation>
    </message>
    <message>
        <source>%1 is a standard user without administrator rights.</source>
        <translation>%1 は管理者権限のない標準ユーザーです。</translation>
    </message>
    <message>
        <source>Whether %1 may become administrator could not be read.</source>
        <translation>%1 が管理者になれるかを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Installing the VPN connection tool needs administrator rights: have someone with an administrator account (usually the IT vendor) present for step 5.</source>
        <translation>VPN 接続ツールのインストールには管理者権限が必要です。手順 5 のときに、管理者アカウントを持つ人（通常は情報システム担当者・ベンダー）に立ち会ってもらってください。</translation>
    </message>
</context>
<context>
    <name>gtol::BatZipProbe</name>
    <message>
        <source>.bat files in downloaded zip files</source>
        <translation>ダウンロードした zip 内の .bat ファイル</translation>
    </message>
    <message>
        <source>Not applicable on this system.</source>
        <translation>このシステムには該当しません。</translation>
    </message>
    <message>
        <source>DisableCMD policy = %1</source>
        <translation>DisableCMD ポリシー = %1</translation>
    </message>
    <message>
        <source>The policy &quot;Prevent access to the command prompt&quot; also blocks batch files: the IT vendor must allow script processing (DisableCMD = 2 or off) for this user.</source>
        <translation>ポリシー「コマンド プロンプトへのアクセス禁止」によりバッチファイルも止められています。情報システム担当者・ベンダーが、このユーザーのスクリプト処理を許可（DisableCMD = 2 または無効）する必要があります。</translation>
    </message>
    <message>
        <source>DisableCMD policy: not set</source>
        <translation>DisableCMD ポリシー: 未設定</translation>
    </message>
    <message>
        <source>Software Restriction Policy default level = 0x%1</source>
        <translation>ソフトウェア制限のポリシー 既定レベル = 0x%1</translation>
    </message>
    <message>
        <source>Software Restriction Policies disallow programs by default: the IT vendor must add a rule for the GTOL connection tool.</source>
        <translation>ソフトウェア制限のポリシーで、プログラムの実行が既定で禁止されています。情報システム担当者・ベンダーが GTOL 接続ツール用の規則を追加する必要があります。</translation>
    </message>
    <message>
        <source>Attachment policy SaveZoneInformation = %1</source>
        <translation>添付ファイル ポリシー SaveZoneInformation = %1</translation>
    </message>
    <message>
        <source>Low-risk file types = %1</source>
        <translation>低リスクのファイルの種類 = %1</translation>
    </message>
    <message>
        <source>Downloaded files keep the Mark of the Web: Windows asks before running the .bat.</source>
        <translation>ダウンロードしたファイルにはインターネット由来の印（Mark of the Web）が付くため、.bat の実行前に Windows が確認を求めます。</translation>
    </message>
    <message>
        <source>When Windows asks &quot;Do you want to run this file?&quot;, choose Run. If the zip&apos;s files are blocked, open the zip&apos;s Properties and tick Unblock before extracting.</source>
        <translation>Windows が「このファイルを実行しますか?」と尋ねたら［実行］を選んでください。zip 内のファイルがブロックされる場合は、展開する前に zip ファイルのプロパティを開き［許可する］にチェックを入れてください。</translation>
    </message>
    <message>
        <source>PowerShell execution policy = %1 (does not affect .bat files)</source>
        <translation>PowerShell 実行ポリシー = %1（.bat ファイルには影響しません）</translation>
    </message>
</context>
<context>
    <name>gtol::BrowserProbe</name>
    <message>
        <source>Web browser</source>
        <translation>ブラウザー</translation>
    </message>
    <message>
        <source>The installed browsers could not be listed: %1</source>
        <translation>インストール済みのブラウザーを調べられませんでした: %1</translation>
    </message>
    <message>
        <source>version not readable</source>
        <translation>バージョン不明</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>No browser found.</source>
        <translation>ブラウザーが見つかりません。</translation>
    </message>
    <message>
        <source>GTOL names supported browsers only for Windows 11 and macOS 12–14.</source>
        <translation>GTOL の対応ブラウザーは Windows 11 と macOS 12〜14 についてのみ定められています。</translation>
    </message>
    <message>
        <source>Use Microsoft Edge (part of Windows 11) or install Google Chrome. If installing is not allowed, ask your IT vendor.</source>
        <translation>Microsoft Edge（Windows 11 に標準搭載）を使うか、Google Chrome をインストールしてください。インストールが許可されていない場合は、情報システム担当者・ベンダーに依頼してください。</translation>
    </message>
    <message>
        <source>Install Google Chrome (GTOL supports only Chrome on macOS). If installing is not allowed, ask your IT vendor.</source>
        <translation>Google Chrome をインストールしてください（macOS で GTOL が対応するのは Chrome のみです）。インストールが許可されていない場合は、情報システム担当者・ベンダーに依頼してください。</translation>
    </message>
</context>
<context>
    <name>gtol::CertsProbe</name>
    <message>
        <source>Certificate store</source>
        <translation>証明書ストア</translation>
    </message>
    <message>
        <source>The user certificate store could not be examined (%1). %2</source>
        <translation>ユーザーの証明書ストアを調べられませんでした（%1）。%2</translation>
    </message>
    <message>
        <source>The user certificate store %1 accepts imports.</source>
        <translation>ユーザーの証明書ストア %1 に証明書をインポートできます。</translation>
    </message>
    <message>
        <source>The user certificate store %1 is read-only. %2</source>
        <translation>ユーザーの証明書ストア %1 は読み取り専用です。%2</translation>
    </message>
    <message>
        <source>The GTOL certificate must be imported into this user&apos;s certificate store: ask your IT vendor to allow it (policy or profile settings).</source>
        <translation>GTOL の証明書をこのユーザーの証明書ストアにインポートする必要があります。許可するよう（ポリシーやプロファイルの設定）情報システム担当者・ベンダーに依頼してください。</translation>
    </message>
</context>
<context>
    <name>gtol::CheckResult</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>NG</source>
        <translation>NG</translation>
    </message>
    <message>
        <source>Answer needed</source>
        <translation>回答が必要</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>You (the clerk)</source>
        <translation>ご担当者様</translation>
    </message>
    <message>
        <source>Your IT vendor</source>
        <translation>情報システム担当者・ベンダー</translation>
    </message>
</context>
<context>
    <name>gtol::CheckRunner</name>
    <message>
        <source>Still running.</source>
        <translation>確認中です。</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
</context>
<context>
    <name>gtol::DnsProbe</name>
    <message>
        <source>Name resolution (DNS)</source>
        <translation>名前解決（DNS）</translation>
    </message>
    <message>
        <source>The deployment profile names no host to resolve.</source>
        <translation>配備プロファイルに名前解決する対象がありません。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: not resolved (%2)</source>
        <translation>%1: 名前解決できません（%2）</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1: %2 ミリ秒以内に応答がありません</translation>
    </message>
    <message>
        <source>This PC cannot resolve %1. If the facility uses an internal DNS server, the IT vendor must let it resolve (forward) these names.</source>
        <translation>このパソコンでは %1 の名前解決ができません。施設で内部 DNS サーバーを使っている場合は、情報システム担当者・ベンダーがこれらの名前を解決（転送）できるよう設定する必要があります。</translation>
    </message>
</context>
<context>
    <name>gtol::FirewallProbe</name>
    <message>
        <source>Firewall (outbound TCP)</source>
        <translation>ファイアウォール（外向き TCP）</translation>
    </message>
    <message>
        <source>TCP %1: connected</source>
        <translation>TCP %1: 接続できました</translation>
    </message>
    <message>
        <source>TCP %1: not tried, the name does not resolve (see DNS)</source>
        <translation>TCP %1: 名前解決できないため未確認（DNS を参照）</translation>
    </message>
    <message>
        <source>TCP %1: failed (%2)</source>
        <translation>TCP %1: 失敗しました（%2）</translation>
    </message>
    <message>
        <source>TCP %1: no answer within %2 ms (dropped by a firewall?)</source>
        <translation>TCP %1: %2 ミリ秒以内に応答がありません（ファイアウォールで破棄されている可能性）</translation>
    </message>
    <message>
        <source>The deployment profile names no service host.</source>
        <translation>配備プロファイルにサービスのホストがありません。</translation>
    </message>
    <message>
        <source>Outbound connections to %1 do not get through. The IT vendor must allow them in the firewall / UTM (TCP, outbound).</source>
        <translation>%1 への外向き接続が通りません。情報システム担当者・ベンダーがファイアウォール / UTM で許可（TCP、外向き）する必要があります。</translation>
    </message>
    <message>
        <source>TCP %1: connection refused</source>
        <translation>TCP %1: 接続を拒否されました</translation>
    </message>
</context>
<context>
    <name>gtol::LineContract</name>
    <message>
        <source>(not answered yet)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>FLET&apos;S Hikari (NTT East/West)</source>
        <translation>フレッツ光（NTT東日本／西日本）</translation>
    </message>
    <message>
        <source>Hikari Collabo (docomo Hikari, SoftBank Hikari, OCN Hikari …)</source>
        <translation>光コラボ（ドコモ光・ソフトバンク光・OCN光など）</translation>
    </message>
    <message>
        <source>Corporate VPN service on FLET&apos;S Hikari</source>
        <translation>フレッツ光を基盤とした法人VPNサービス</translation>
    </message>
    <message>
        <source>ISDN</source>
        <translation>ISDN</translation>
    </message>
    <message>
        <source>ADSL</source>
        <translation>ADSL</translation>
    </message>
    <message>
        <source>Mobile phone line</source>
        <translation>携帯回線</translation>
    </message>
    <message>
        <source>Cable TV (CATV) line</source>
        <translation>CATV回線</translation>
    </message>
    <message>
        <source>Public Wi-Fi</source>
        <translation>公衆Wi-Fi</translation>
    </message>
    <message>
        <source>Leased-line IP-VPN network</source>
        <translation>専用線IP-VPN網</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>わからない</translation>
    </message>
</context>
<context>
    <name>gtol::LineProbe</name>
    <message>
        <source>Internet line for the IPsec VPN</source>
        <translation>インターネット回線（IPsec-VPN）</translation>
    </message>
    <message>
        <source>the %1 backend does not know the medium</source>
        <translation>%1 では接続方式が分かりません</translation>
    </message>
    <message>
        <source>the %1 backend does not report the medium</source>
        <translation>%1 は接続方式を報告しません</translation>
    </message>
    <message>
        <source>no network information backend could be loaded</source>
        <translation>ネットワーク情報を取得する仕組みを読み込めませんでした</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ミリ秒以内に応答がありません</translation>
    </message>
    <message>
        <source>local addresses not read in time</source>
        <translation>時間内にローカルアドレスを読み取れませんでした</translation>
    </message>
    <message>
        <source>The line contract (%1) cannot carry the IPsec VPN that GTOL uses.</source>
        <translation>回線契約（%1）では、GTOL が使う IPsec-VPN を利用できません。</translation>
    </message>
    <message>
        <source>Line contract: %1 (IPsec VPN possible).</source>
        <translation>回線契約: %1（IPsec-VPN 利用可能）。</translation>
    </message>
    <message>
        <source>The line contract is not known: ask the IT vendor or look at the provider&apos;s contract papers.</source>
        <translation>回線契約が分かりません。情報システム担当者・ベンダーに確認するか、プロバイダーの契約書類をご確認ください。</translation>
    </message>
    <message>
        <source>This PC is connected through a mobile (cellular) network, which cannot be used for GTOL.</source>
        <translation>このパソコンはモバイル（携帯）回線で接続しています。GTOL には使えません。</translation>
    </message>
    <message>
        <source>This PC is connected over Bluetooth (tethering?): use the facility&apos;s fixed line.</source>
        <translation>このパソコンは Bluetooth で接続しています（テザリング?）。施設の固定回線を使ってください。</translation>
    </message>
    <message>
        <source>Network medium: Wi-Fi (fine if it is the facility&apos;s own fixed line, not public Wi-Fi).</source>
        <translation>接続方式: Wi-Fi（施設の固定回線につながる Wi-Fi なら問題ありません。公衆Wi-Fiは不可）。</translation>
    </message>
    <message>
        <source>Network medium: wired Ethernet.</source>
        <translation>接続方式: 有線 LAN。</translation>
    </message>
    <message>
        <source>Network medium: not known (%1).</source>
        <translation>接続方式: 不明（%1）。</translation>
    </message>
    <message>
        <source>Local IPv4 addresses: %1</source>
        <translation>ローカル IPv4 アドレス: %1</translation>
    </message>
    <message>
        <source>Carrier-grade NAT address %1 (100.64.0.0/10): typical of mobile, CATV and some providers; IPsec through it is unreliable.</source>
        <translation>キャリアグレード NAT のアドレス %1（100.64.0.0/10）があります。携帯・CATV・一部のプロバイダーに多く、IPsec が安定しません。</translation>
    </message>
    <message>
        <source>IPv4 over IPv6 (DS-Lite / MAP-E, e.g. v6プラス, transix) seems in use (%1): IPsec often fails on it; the provider&apos;s fixed-IPv4 or PPPoE option helps.</source>
        <translation>IPv4 over IPv6（DS-Lite / MAP-E。v6プラス、transix など）を使っているようです（%1）。この方式では IPsec が失敗しやすく、プロバイダーの固定 IPv4 や PPPoE の併用で解決できることがあります。</translation>
    </message>
    <message>
        <source>Global IPv6 address present (%1): the line offers IPv6, possibly IPv6 IPoE.</source>
        <translation>グローバル IPv6 アドレスがあります（%1）。回線は IPv6（IPv6 IPoE の可能性）に対応しています。</translation>
    </message>
    <message>
        <source>VPN reachability not tested: the deployment profile names no VPN gateway.</source>
        <translation>VPN への到達性は未確認です。配備プロファイルに VPN ゲートウェイが指定されていません。</translation>
    </message>
    <message>
        <source>VPN reachability not tested: the gateway %1 did not resolve (%2).</source>
        <translation>VPN への到達性は未確認です。ゲートウェイ %1 の名前解決ができませんでした（%2）。</translation>
    </message>
    <message>
        <source>The VPN gateway did not answer on UDP %1: outbound IPsec (IKE) is blocked by a firewall/router, or the line cannot carry it.</source>
        <translation>VPN ゲートウェイから UDP %1 で応答がありません。外向きの IPsec（IKE）がファイアウォール / ルーターで止められているか、回線が IPsec に対応していません。</translation>
    </message>
    <message>
        <source>No IKE answer on UDP %1 (NAT traversal): the VPN may fail behind NAT.</source>
        <translation>UDP %1（NAT トラバーサル）で IKE の応答がありません。NAT 配下では VPN が失敗するおそれがあります。</translation>
    </message>
    <message>
        <source>GTOL needs a fixed line that allows IPsec VPN (FLET&apos;S Hikari or a Hikari Collabo service is recommended). Consult the IT vendor about the line.</source>
        <translation>GTOL には IPsec-VPN を利用できる固定回線が必要です（フレッツ光または光コラボを推奨）。回線について情報システム担当者・ベンダーにご相談ください。</translation>
    </message>
    <message>
        <source>The IT vendor must allow outbound UDP 500 and 4500 (IPsec/IKE) to the VPN gateway, and check that the line is a fixed line that allows IPsec VPN.</source>
        <translation>情報システム担当者・ベンダーが、VPN ゲートウェイへの外向き UDP 500 と 4500（IPsec/IKE）を許可し、回線が IPsec-VPN を利用できる固定回線であることを確認する必要があります。</translation>
    </message>
    <message>
        <source>Choose your facility&apos;s internet line contract in the list (the provider&apos;s contract papers name it).</source>
        <translation>施設のインターネット回線の契約を一覧から選んでください（プロバイダーの契約書類に記載されています）。</translation>
    </message>
    <message>
        <source>Show this report to the IT vendor: the line may not carry the IPsec VPN reliably.</source>
        <translation>このレポートを情報システム担当者・ベンダーに見せてください。回線で IPsec-VPN が安定して使えないおそれがあります。</translation>
    </message>
    <message>
        <source>UDP %1 to %2: IKE answered%3 — reachable.</source>
        <translation>UDP %1 → %2: IKE の応答あり%3 — 到達できます。</translation>
    </message>
    <message>
        <source>UDP %1 to %2: no IKE answer within %3 ms.</source>
        <translation>UDP %1 → %2: %3 ミリ秒以内に IKE の応答がありません。</translation>
    </message>
</context>
<context>
    <name>gtol::OsProbe</name>
    <message>
        <source>Operating system</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation>不明なシステム</translation>
    </message>
    <message>
        <source>%1, build number could not be read.</source>
        <translation>%1、ビルド番号を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 (build %2, %3)</source>
        <translation>%1（ビルド %2、%3）</translation>
    </message>
    <message>
        <source>Build %1 is Windows 10 or older; GTOL supports Windows 11 (build 22000 or later).</source>
        <translation>ビルド %1 は Windows 10 以前です。GTOL が対応するのは Windows 11（ビルド 22000 以降）です。</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11, or have it upgraded to Windows 11.</source>
        <translation>Windows 11 のパソコンを使うか、Windows 11 にアップグレードしてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The macOS version could not be read.</source>
        <translation>macOS のバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <source>macOS %1 is newer than the supported versions (macOS 12, 13, 14).</source>
        <translation>macOS %1 はサポート範囲（macOS 12、13、14）より新しいバージョンです。</translation>
    </message>
    <message>
        <source>It probably works, but it is not on the supported list: ask the GTOL help desk before relying on it.</source>
        <translation>動作する可能性は高いですが、サポート範囲外です。使う前に GTOL の問い合わせ窓口にご確認ください。</translation>
    </message>
    <message>
        <source>macOS %1 is older than the supported versions (macOS 12, 13, 14).</source>
        <translation>macOS %1 はサポート範囲（macOS 12、13、14）より古いバージョンです。</translation>
    </message>
    <message>
        <source>Update macOS to version 12, 13 or 14, or use a supported PC.</source>
        <translation>macOS を 12、13、14 のいずれかに更新するか、サポート範囲内のパソコンを使ってください。</translation>
    </message>
    <message>
        <source>%1 is not a supported system for clerks (Windows 11 or macOS 12–14).</source>
        <translation>%1 はサポート範囲外です（Windows 11 または macOS 12〜14）。</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or macOS 12–14 for GTOL. (IT staff may run this check here, but the clerk&apos;s PC must be a supported one.)</source>
        <translation>GTOL には Windows 11 または macOS 12〜14 のパソコンを使ってください（情報システム担当者がここで診断するのは構いませんが、ご担当者様のパソコンはサポート範囲内である必要があります）。</translation>
    </message>
</context>
<context>
    <name>gtol::OtherVpnProbe</name>
    <message>
        <source>Other VPN connections</source>
        <translation>他の VPN 接続</translation>
    </message>
    <message>
        <source>VPN adapter connected: %1, addresses %2</source>
        <translation>接続中の VPN アダプター: %1、アドレス %2</translation>
    </message>
    <message>
        <source>VPN adapter present but not connected: %1</source>
        <translation>VPN アダプターはありますが未接続です: %1</translation>
    </message>
    <message numerus="yes">
        <source>No VPN adapter found among %n network adapters.</source>
        <translation>
            <numerusform>%n 個のネットワーク アダプターに VPN アダプターは見つかりませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect the other VPN (%1) before using GTOL, and reconnect it afterwards. If you do not know how, ask your IT vendor.</source>
        <translation>GTOL を使う前に他の VPN（%1）を切断し、使い終わったら接続し直してください。方法が分からない場合は情報システム担当者・ベンダーにお尋ねください。</translation>
    </message>
</context>
<context>
    <name>gtol::PlatformFacts</name>
    <message>
        <source>.bat files and Windows script policies exist only on Windows.</source>
        <translation>.bat ファイルと Windows のスクリプト ポリシーは Windows にのみあります。</translation>
    </message>
    <message>
        <source>Internet Options exist only on Windows.</source>
        <translation>インターネット オプションは Windows にのみあります。</translation>
    </message>
    <message>
        <source>The login keychain was not found.</source>
        <translation>ログインキーチェーンが見つかりません。</translation>
    </message>
    <message>
        <source>SecureProtocols is not set: the Windows default applies.</source>
        <translation>SecureProtocols は未設定です。Windows の既定値が使われます。</translation>
    </message>
    <message>
        <source>(Windows default)</source>
        <translation>（Windows の既定値）</translation>
    </message>
    <message>
        <source>system proxy settings</source>
        <translation>システムのプロキシ設定</translation>
    </message>
    <message>
        <source>environment variable https_proxy</source>
        <translation>環境変数 https_proxy</translation>
    </message>
    <message>
        <source>https_proxy is set, but no_proxy=* excludes every host</source>
        <translation>https_proxy は設定されていますが、no_proxy=* ですべて除外されています</translation>
    </message>
    <message>
        <source>https_proxy is set, but no_proxy excludes it with &quot;%1&quot;</source>
        <translation>https_proxy は設定されていますが、no_proxy の「%1」で除外されています</translation>
    </message>
</context>
<context>
    <name>gtol::Probe</name>
    <message>
        <source>Not run to the end: the check was cancelled.</source>
        <translation>中止したため、最後まで確認していません。</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>%1 ミリ秒以内に応答がありません。</translation>
    </message>
</context>
<context>
    <name>gtol::ProxyProbe</name>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>%1: the proxy setting could not be read (%2)</source>
        <translation>%1: プロキシ設定を読み取れませんでした（%2）</translation>
    </message>
    <message>
        <source>%1: direct, no proxy (%2)</source>
        <translation>%1: プロキシを使わず直接接続（%2）</translation>
    </message>
    <message>
        <source>%1: through proxy %2 (%3)</source>
        <translation>%1: プロキシ %2 経由（%3）</translation>
    </message>
    <message>
        <source>The deployment profile names no service host.</source>
        <translation>配備プロファイルにサービスのホストがありません。</translation>
    </message>
    <message>
        <source>This PC sends %1 through a proxy. The IT vendor must add these hosts to the proxy exclusions (proxy settings and PAC file).</source>
        <translation>このパソコンは %1 への通信をプロキシ経由で送っています。情報システム担当者・ベンダーがこれらのホストをプロキシの除外設定（プロキシ設定と PAC ファイル）に追加する必要があります。</translation>
    </message>
</context>
<context>
    <name>gtol::Tls12Probe</name>
    <message>
        <source>Encrypted connection (TLS 1.2 or later)</source>
        <translation>暗号化通信（TLS 1.2 以上）</translation>
    </message>
    <message>
        <source>The expected CA certificate %1 could not be read.</source>
        <translation>想定する CA 証明書 %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Correct service.caFile in the deployment profile.</source>
        <translation>配備プロファイルの service.caFile を修正してください。</translation>
    </message>
    <message>
        <source>The Internet Options setting could not be read in time.</source>
        <translation>インターネット オプションの設定を時間内に読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1: %2, certificate chain leads to the expected CA (%3)</source>
        <translation>%1: %2、証明書チェーンは想定どおりの CA（%3）につながっています</translation>
    </message>
    <message>
        <source>%1: %2, certificate trusted by this PC (issuer %3)</source>
        <translation>%1: %2、このパソコンが信頼する証明書です（発行者 %3）</translation>
    </message>
    <message>
        <source>%1: TLS interception suspected: the certificate chain does not lead to the expected CA (issuer: %2; %3)</source>
        <translation>%1: TLS の中継（復号）の疑いがあります。証明書チェーンが想定の CA につながっていません（発行者: %2、%3）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>A proxy or security appliance re-encrypts the connection to %1. The IT vendor must exclude this host from TLS/SSL inspection.</source>
        <translation>プロキシまたはセキュリティ機器が %1 への通信を復号・再暗号化しています。情報システム担当者・ベンダーがこのホストを TLS/SSL インスペクションの対象から除外する必要があります。</translation>
    </message>
    <message>
        <source>%1: the certificate is not issued for this host name (%2)</source>
        <translation>%1: 証明書がこのホスト名に対して発行されていません（%2）</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is for another name, which usually means TLS interception or a wrong DNS entry: the IT vendor must check both.</source>
        <translation>%1 で提示された証明書は別の名前のものです。多くの場合 TLS の中継か DNS の誤りが原因です。情報システム担当者・ベンダーが両方を確認する必要があります。</translation>
    </message>
    <message>
        <source>%1: certificate expired or not yet valid (%2)</source>
        <translation>%1: 証明書の有効期限が切れているか、まだ有効になっていません（%2）</translation>
    </message>
    <message>
        <source>Check that this PC&apos;s date and time are correct; if they are, report it to the GTOL help desk.</source>
        <translation>このパソコンの日付と時刻が正しいか確認してください。正しい場合は GTOL の問い合わせ窓口にご連絡ください。</translation>
    </message>
    <message>
        <source>%1: not measured, no TCP connection (%2; see Firewall)</source>
        <translation>%1: TCP 接続できないため未確認（%2。ファイアウォールを参照）</translation>
    </message>
    <message>
        <source>%1: connected, but the TLS handshake did not finish within %2 ms</source>
        <translation>%1: 接続はできましたが、%2 ミリ秒以内に TLS のハンドシェイクが終わりませんでした</translation>
    </message>
    <message>
        <source>%1 accepts the connection but never completes the encrypted handshake: a proxy or firewall in between holds it. The IT vendor must allow TLS to this host.</source>
        <translation>%1 は接続を受け付けますが、暗号化の開始処理が完了しません。途中のプロキシかファイアウォールが止めています。情報システム担当者・ベンダーがこのホストへの TLS 通信を許可する必要があります。</translation>
    </message>
    <message>
        <source>%1: not measured, no TCP connection within %2 ms (see Firewall)</source>
        <translation>%1: %2 ミリ秒以内に TCP 接続できないため未確認（ファイアウォールを参照）</translation>
    </message>
    <message>
        <source>%1: handshake failed (%2)</source>
        <translation>%1: ハンドシェイクに失敗しました（%2）</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 fails: the IT vendor should check the network path with this report.</source>
        <translation>%1 への暗号化通信が失敗します。情報システム担当者・ベンダーがこのレポートをもとに通信経路を確認してください。</translation>
    </message>
    <message>
        <source>The deployment profile names no service host.</source>
        <translation>配備プロファイルにサービスのホストがありません。</translation>
    </message>
    <message>
        <source>Internet Options SecureProtocols = 0x%1 (%2): TLS 1.2 %3</source>
        <translation>インターネット オプション SecureProtocols = 0x%1（%2）: TLS 1.2 %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Turn on &quot;Use TLS 1.2&quot; in Internet Options &gt; Advanced (or ask the IT vendor if a policy controls it).</source>
        <translation>インターネット オプション ＞ 詳細設定 で「TLS 1.2 の使用」にチェックを入れてください（ポリシーで管理されている場合は情報システム担当者・ベンダーに依頼してください）。</translation>
    </message>
    <message>
        <source>Internet Options SecureProtocols could not be read. %1</source>
        <translation>インターネット オプションの SecureProtocols を読み取れませんでした。%1</translation>
    </message>
    <message>
        <source>%1: no TLS 1.2 or later: the server refuses them (%2)</source>
        <translation>%1: TLS 1.2 以上で接続できません。相手が拒否しました（%2）</translation>
    </message>
    <message>
        <source>%1: no TLS 1.2 or later: the server offers only %2 (%3)</source>
        <translation>%1: TLS 1.2 以上で接続できません。相手は %2 しか使えません（%3）</translation>
    </message>
    <message>
        <source>Something answering for %1 does not speak TLS 1.2: the IT vendor must check the proxy / security appliance in between (it must allow TLS 1.2 or later).</source>
        <translation>%1 として応答する機器が TLS 1.2 に対応していません。情報システム担当者・ベンダーが途中のプロキシ / セキュリティ機器を確認する必要があります（TLS 1.2 以上を通す必要があります）。</translation>
    </message>
    <message>
        <source>The certificate for %1 was issued by %2, which looks like a TLS inspection product. The IT vendor should exclude this host from TLS/SSL inspection.</source>
        <translation>%1 の証明書は %2 が発行しており、TLS インスペクション製品のようです。情報システム担当者・ベンダーがこのホストを TLS/SSL インスペクションの対象から除外してください。</translation>
    </message>
</context>
<context>
    <name>gtol::cli::check</name>
    <message>
        <source>Usage: gtol-onboard check [--profile FILE] [--json] [--report FILE.html] [--line CONTRACT]
Runs every requirement probe against the hosts of the deployment profile.
CONTRACT (the internet line contract): %1
Exit codes: 0 nothing failed, 1 something failed (NG), 2 bad profile or usage error.</source>
        <translation>使い方: gtol-onboard check [--profile FILE] [--json] [--report FILE.html] [--line CONTRACT]
配備プロファイルの接続先に対して、利用要件の診断をすべて実行します。
CONTRACT（インターネット回線の契約）: %1
終了コード: 0 NG なし、1 NG あり、2 プロファイルまたは引数の誤り。</translation>
    </message>
    <message>
        <source>Overall: %1 (%2)</source>
        <translation>総合判定: %1（%2）</translation>
    </message>
    <message>
        <source>Deployment profile (JSON).</source>
        <translation>配備プロファイル（JSON）。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Also write the HTML report to FILE.</source>
        <translation>HTML レポートを FILE にも書き出します。</translation>
    </message>
    <message>
        <source>The internet line contract (see below).</source>
        <translation>インターネット回線の契約（下記参照）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>想定外の引数「%1」があります。</translation>
    </message>
    <message>
        <source>Unknown line contract &quot;%1&quot;.</source>
        <translation>回線契約「%1」は不明です。</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>レポートを書き出せませんでした: %1</translation>
    </message>
</context>
</TS>
