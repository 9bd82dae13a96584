<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>gtol::FacilityCsvReader</name>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>%1 行目: 閉じた引用符（&quot;）の後ろに余分な文字があります。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>%1 行目: 引用符（&quot;）で始まる項目が閉じられていません。</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>項目数が %2 個です（%1 個必要です）</translation>
    </message>
    <message>
        <source>facility code &quot;%1&quot; is not 10 digits starting with a prefecture code</source>
        <translation>医療機関コード「%1」が、都道府県コードで始まる数字10桁ではありません</translation>
    </message>
    <message>
        <source>facility code &quot;%1&quot; is not 9 digits starting with a prefecture code</source>
        <translation>医療機関コード「%1」が、都道府県コードで始まる数字9桁ではありません</translation>
    </message>
    <message>
        <source>institution code &quot;%1&quot; is not the last 7 digits of &quot;%2&quot;</source>
        <translation>医療機関コード（7桁）「%1」が「%2」の下7桁と一致しません</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>医療機関名が空欄です</translation>
    </message>
    <message>
        <source>postal code &quot;%1&quot; is not 7 digits</source>
        <translation>郵便番号「%1」が数字7桁ではありません</translation>
    </message>
    <message>
        <source>The facility file &quot;%1&quot; could not be read.</source>
        <translation>医療機関一覧ファイル「%1」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The facility file &quot;%1&quot; is not a facility list in the expected CSV format: %2</source>
        <translation>医療機関一覧ファイル「%1」は、想定している CSV 形式の医療機関一覧ではありません: %2</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>it holds no rows.</source>
        <translation>データ行がありません。</translation>
    </message>
    <message>
        <source>line 1 is not a known header.</source>
        <translation>1 行目の見出しが想定と異なります。</translation>
    </message>
    <message>
        <source>line 1 has %1 fields; the nationwide list has 5.</source>
        <translation>1 行目の項目数が %1 個です（全国版の一覧は 5 個です）。</translation>
    </message>
    <message>
        <source>facility code %1 already appears on line %2 with other details</source>
        <translation>医療機関コード %1 は %2 行目にも異なる内容で記載されています</translation>
    </message>
</context>
<context>
    <name>gtol::FacilityIndex</name>
    <message>
        <source>&quot;%1&quot; is not a prefecture code (01 to 47, Nara is 29).</source>
        <translation>「%1」は都道府県コードではありません（01〜47。奈良県は 29）。</translation>
    </message>
    <message>
        <source>This SQLite library has no full-text search with the trigram tokenizer (FTS5, SQLite 3.34 or later), which facility search needs. Install the application&apos;s own SQLite or a newer system SQLite.</source>
        <translation>この SQLite ライブラリには、医療機関の検索に必要な全文検索機能（FTS5 の trigram トークナイザ、SQLite 3.34 以降）がありません。アプリケーション同梱の SQLite か、より新しい SQLite を導入してください。</translation>
    </message>
    <message>
        <source>This SQLite library&apos;s full-text search does not match Japanese text correctly, which facility search needs.</source>
        <translation>この SQLite ライブラリの全文検索は日本語を正しく検索できないため、医療機関の検索に使えません。</translation>
    </message>
    <message>
        <source>No facility with the code %1 is in the facility list.</source>
        <translation>医療機関コード %1 の医療機関は一覧にありません。</translation>
    </message>
    <message>
        <source>The facility file &quot;%1&quot; has no valid rows; the facility list was left unchanged.</source>
        <translation>医療機関一覧ファイル「%1」に正しい行が1件もありません。医療機関一覧は変更していません。</translation>
    </message>
    <message>
        <source>Rows rejected: %1; the first is line %2: %3.</source>
        <translation>取り込めなかった行数: %1（最初は %2 行目: %3）。</translation>
    </message>
</context>
<context>
    <name>gtol::cli::facility</name>
    <message>
        <source>Usage: gtol-onboard [--data-dir DIR] facility search --prefecture NN [--limit N] QUERY
       gtol-onboard [--data-dir DIR] facility import FILE
search prints one match a line (code, name, address; tab-separated), best first.
Exit codes: 0 matches found or import done, 1 no match or file refused (nothing changed), 2 usage error, 3 store error.</source>
        <translation>使い方: gtol-onboard [--data-dir DIR] facility search --prefecture NN [--limit N] 検索語
        gtol-onboard [--data-dir DIR] facility import ファイル
search は一致した医療機関を1行に1件（コード、名称、所在地をタブ区切り）、よく一致する順に表示します。
終了コード: 0 一致あり・取り込み完了、1 一致なし・ファイルを受け付けず（変更なし）、2 使い方の誤り、3 保存領域のエラー。</translation>
    </message>
    <message>
        <source>Prefecture code, 01 to 47 (Nara is 29).</source>
        <translation>都道府県コード（01〜47。奈良県は 29）。</translation>
    </message>
    <message>
        <source>At most N matches (default 20).</source>
        <translation>表示する件数の上限（既定 20）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Part of the facility name.</source>
        <translation>医療機関名の一部。</translation>
    </message>
    <message>
        <source>--prefecture is required.</source>
        <translation>--prefecture（都道府県コード）を指定してください。</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1.</source>
        <translation>--limit には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>Give part of a facility name to search for.</source>
        <translation>検索する医療機関名の一部を指定してください。</translation>
    </message>
    <message>
        <source>facility import takes exactly one file.</source>
        <translation>facility import にはファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>読み込んだ行数: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>取り込んだ件数: %1</translation>
    </message>
    <message>
        <source>Repeated rows skipped: %1</source>
        <translation>重複のため読み飛ばした行数: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>取り込めなかった行数: %1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  %1 行目: %2</translation>
    </message>
    <message>
        <source>Say what to do: search or import.</source>
        <translation>search（検索）か import（取り込み）を指定してください。</translation>
    </message>
    <message>
        <source>Unknown facility command &quot;%1&quot;.</source>
        <translation>facility に「%1」というコマンドはありません。</translation>
    </message>
    <message>
        <source>The facility list holds no facility of prefecture %1. Import the nationwide list first: gtol-onboard facility import FILE</source>
        <translation>医療機関一覧に都道府県コード %1 の医療機関がありません。先に全国の一覧を取り込んでください: gtol-onboard facility import ファイル</translation>
    </message>
</context>
</TS>
