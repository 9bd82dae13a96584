<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>gtol::DraftFile</name>
    <message>
        <source>%1: the file could not be opened (%2).</source>
        <translation>%1: ファイルを開けませんでした（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a draft file.</source>
        <translation>%1: 下書きファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>%1: the file could not be read (%2).</source>
        <translation>%1: ファイルを読み込めませんでした（%2）。</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the file is not valid JSON (%4).</source>
        <translation>%1 の %2 行 %3 文字目: JSON として正しくありません（%4）。</translation>
    </message>
    <message>
        <source>%1: the file is not a draft file (expected a JSON object at the top).</source>
        <translation>%1: 下書きファイルではありません（先頭は JSON オブジェクトである必要があります）。</translation>
    </message>
    <message>
        <source>%1: format: expected &quot;%2&quot;; this is not a draft file.</source>
        <translation>%1: format: &quot;%2&quot; である必要があります。下書きファイルではありません。</translation>
    </message>
    <message>
        <source>%1: version: expected a whole number.</source>
        <translation>%1: version: 整数である必要があります。</translation>
    </message>
    <message>
        <source>%1: version %2 was written by a newer version of this application, which this one cannot read.</source>
        <translation>%1: version %2 はこのアプリケーションの新しい版で作成されたため、この版では読み込めません。</translation>
    </message>
    <message>
        <source>%1: application: expected an object.</source>
        <translation>%1: application: オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1: %2: expected a string.</source>
        <translation>%1: %2: 文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1: meta: expected an object.</source>
        <translation>%1: meta: オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 に書き込めませんでした（%2）。</translation>
    </message>
    <message>
        <source>No hospital or clinic with the code %1 is in the facility master. Choose the facility from the list.</source>
        <translation>医療機関コード %1 の病院・診療所は施設マスタにありません。一覧から施設を選んでください。</translation>
    </message>
    <message>
        <source>%1: %2: not a field of the application; did you mean &quot;%3&quot;?</source>
        <translation>%1: %2: 申請内容の項目名ではありません。「%3」の誤りではありませんか。</translation>
    </message>
    <message>
        <source>%1: %2: not a field of the application. The fields are: %3.</source>
        <translation>%1: %2: 申請内容の項目名ではありません。使える項目名: %3。</translation>
    </message>
</context>
<context>
    <name>gtol::DraftStore</name>
    <message>
        <source>The draft no longer exists.</source>
        <translation>この下書きはすでに存在しません。</translation>
    </message>
    <message>
        <source>That earlier version of the draft is no longer kept.</source>
        <translation>その以前の版の下書きは、もう保存されていません。</translation>
    </message>
</context>
<context>
    <name>gtol::LocalStore</name>
    <message>
        <source>The damaged draft store could not be moved aside. Move or delete it, then start again.</source>
        <translation>破損した下書き保存ファイルを退避できませんでした。ファイルを移動または削除してから、もう一度起動してください。</translation>
    </message>
    <message>
        <source>The draft store could not be opened.</source>
        <translation>下書き保存ファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>The folder of the draft store could not be created.</source>
        <translation>下書き保存用のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>The draft store was damaged.</source>
        <translation>下書き保存ファイルが破損していました。</translation>
    </message>
    <message>
        <source>The file in the place of the draft store does not belong to this application.</source>
        <translation>下書き保存ファイルの場所にあるファイルは、このアプリケーションのものではありません。</translation>
    </message>
    <message>
        <source>The draft store was written by a newer version of this application.</source>
        <translation>下書き保存ファイルは、このアプリケーションの新しい版で作成されていました。</translation>
    </message>
    <message>
        <source>%1 It was kept as &quot;%2&quot; and a new, empty draft store was created.</source>
        <translation>%1 元のファイルは「%2」として残し、新しい空の下書き保存ファイルを作成しました。</translation>
    </message>
</context>
<context>
    <name>gtol::SqliteDatabase</name>
    <message>
        <source>The draft store could not be written.</source>
        <translation>下書き保存ファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <source>The draft store could not be opened.</source>
        <translation>下書き保存ファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>The draft store reported an error.</source>
        <translation>下書き保存ファイルでエラーが発生しました。</translation>
    </message>
    <message>
        <source>The draft store is in use by another window. Close it and try again.</source>
        <translation>下書き保存ファイルは別のウィンドウで使用中です。そのウィンドウを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing entered so far has been lost.</source>
        <translation>ディスクの空き容量がありません。空き容量を確保してください。これまでの入力内容は失われていません。</translation>
    </message>
    <message>
        <source>The draft store is damaged.</source>
        <translation>下書き保存ファイルが破損しています。</translation>
    </message>
</context>
<context>
    <name>gtol::cli::DraftCommands</name>
    <message>
        <source>Usage:
  gtol-onboard draft validate FILE     check a draft file; prints JSON; exit 0 valid, 1 invalid, 2 unreadable
  gtol-onboard draft import FILE       import a draft file as a new draft; prints its id
  gtol-onboard draft export ID FILE    write a draft to a file
  gtol-onboard draft list              one draft a line: ID, last saved (UTC), facility</source>
        <translation>使い方:
  gtol-onboard draft validate FILE     下書きファイルを検査し JSON を出力（終了コード 0 正しい、1 誤りあり、2 読み込み不可）
  gtol-onboard draft import FILE       下書きファイルを新しい下書きとして取り込み、その ID を出力
  gtol-onboard draft export ID FILE    下書きをファイルに書き出す
  gtol-onboard draft list              下書きを 1 行に 1 件表示: ID、最終保存日時（UTC）、施設</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a draft id: use a number from &quot;draft list&quot;.</source>
        <translation>「%1」は下書き ID ではありません。「draft list」に表示される番号を指定してください。</translation>
    </message>
    <message>
        <source>There is no draft %1. &quot;draft list&quot; shows the drafts.</source>
        <translation>下書き %1 はありません。下書きの一覧は「draft list」で確認できます。</translation>
    </message>
    <message>
        <source>Imported as draft %1. Still to complete or correct:</source>
        <translation>下書き %1 として取り込みました。次の項目の入力または修正が必要です:</translation>
    </message>
</context>
</TS>
