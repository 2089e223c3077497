<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="59" />
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>問題が発生しました。保存済みの作業は失われていません。詳細はログファイルを確認してください。</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="50" />
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="56" />
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="62" />
        <source>Evidence</source>
        <translation>証拠資料</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="72" />
        <source>No files yet.</source>
        <translation>ファイルはまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="93" />
        <source>No customer recorded.</source>
        <translation>お客様情報が登録されていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="100" />
        <source>Writes in %1</source>
        <translation>使用言語：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="112" />
        <source>No order linked to this case.</source>
        <translation>この案件に紐づく注文はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="116" />
        <source>Purchased</source>
        <translation>購入日</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="119" />
        <source>Delivered</source>
        <translation>配達日</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="121" />
        <source>Expected</source>
        <translation>お届け予定日</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="133" />
        <source>Fulfilment</source>
        <translation>フルフィルメント</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="135" />
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="164" />
        <source>Added %1 by %2</source>
        <translation>%2 が %1 に追加</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="63" />
        <source>Select a case on the left to see it here.</source>
        <translation>左側で案件を選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="98" />
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="100" />
        <source>tags, separated by commas</source>
        <translation>タグ（半角カンマ「,」で区切る）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="111" />
        <source>&amp;Status</source>
        <translation>ステータス(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="112" />
        <source>&amp;Priority</source>
        <translation>優先度(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="113" />
        <source>R&amp;eason</source>
        <translation>理由(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="114" />
        <source>&amp;Assignee</source>
        <translation>担当者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="121" />
        <source>&amp;Tags</source>
        <translation>タグ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="141" />
        <source>Conversation</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="142" />
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="221" />
        <source>order %1</source>
        <translation>注文 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="225" />
        <source>opened %1</source>
        <translation>%1 受付</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="231" />
        <source>Escalated (level %1): %2</source>
        <translation>エスカレーション済み（レベル %1）：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="322" />
        <source>Reply saved.</source>
        <translation>返信を保存しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="325" />
        <source>Note added.</source>
        <translation>メモを追加しました。</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/bus.py" line="43" />
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>問題が発生したため、保存されませんでした。詳細はログファイルを確認してください。</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/conversation.py" line="71" />
        <source>No messages yet.</source>
        <translation>メッセージはまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="105" />
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>お客様への返信、またはチーム向けの社内メモを入力…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="113" />
        <source>Send reply</source>
        <translation>返信を送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="116" />
        <source>Save the reply to the customer (Ctrl+Enter)</source>
        <translation>お客様への返信を保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="118" />
        <source>Add internal note</source>
        <translation>社内メモを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="120" />
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>メモはチーム内でのみ表示されます (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="151" />
        <location filename="../../app/ui/conversation.py" line="157" />
        <source>Write something first.</source>
        <translation>先に内容を入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="162" />
        <source>Writing an internal note</source>
        <translation>社内メモを作成中</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="164" />
        <source>Writing a reply</source>
        <translation>返信を作成中</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history.py" line="21" />
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="30" />
        <source>Case created</source>
        <translation>案件を作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="37" />
        <source>Case changed</source>
        <translation>案件を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="39" />
        <source>Case deleted</source>
        <translation>案件を削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="43" />
        <source>Message from the customer</source>
        <translation>お客様からのメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Internal note written</source>
        <translation>社内メモを作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Draft reply saved</source>
        <translation>返信の下書きを保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="48" />
        <source>Reply written</source>
        <translation>返信を作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="51" />
        <source>File added: %1</source>
        <translation>ファイルを追加：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="55" />
        <source>Tag removed: %1</source>
        <translation>タグを削除：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="56" />
        <source>Tag added: %1</source>
        <translation>タグを追加：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="67" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="68" />
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="69" />
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="310" />
        <source>Escalated</source>
        <translation>エスカレーション済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="312" />
        <source>Waiting for our answer</source>
        <translation>要返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="63" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="64" />
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="65" />
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="66" />
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="67" />
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="68" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="69" />
        <source>Lang.</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="70" />
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="71" />
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="31" />
        <source>All open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="32" />
        <source>Mine</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="33" />
        <source>Waiting</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="34" />
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="35" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="62" />
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>案件を検索…（例：ベルト  status:open  lang:ko）</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="65" />
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</source>
        <translation>件名、メッセージ、お客様名、注文番号の一部を入力してください。
フィルター：status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="170" />
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="175" />
        <source>No case matches this search.</source>
        <translation>検索条件に一致する案件はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="177" />
        <source>No cases in this view.</source>
        <translation>このビューに案件はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="179" />
        <source>1 case</source>
        <translation>案件 1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="182" />
        <source>%1 cases</source>
        <translation>案件 %1 件</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="10" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="11" />
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="12" />
        <source>Waiting on customer</source>
        <translation>お客様の返信待ち</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="13" />
        <source>Waiting on third party</source>
        <translation>第三者の対応待ち</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="14" />
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="15" />
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="21" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22" />
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24" />
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30" />
        <source>Wrong size</source>
        <translation>サイズ違い</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31" />
        <source>Not as described</source>
        <translation>説明と異なる</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32" />
        <source>Defective</source>
        <translation>不良品</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33" />
        <source>Damaged in transit</source>
        <translation>配送中の破損</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34" />
        <source>Missing parts</source>
        <translation>部品の欠品</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35" />
        <source>Not received</source>
        <translation>未着</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36" />
        <source>Late delivery</source>
        <translation>配達遅延</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37" />
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38" />
        <source>Return</source>
        <translation>返品</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39" />
        <source>Exchange</source>
        <translation>交換</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40" />
        <source>Account access</source>
        <translation>アカウントへのアクセス</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41" />
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42" />
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48" />
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49" />
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50" />
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56" />
        <source>Draft, not sent</source>
        <translation>下書き（未送信）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <source>Saved, waiting to be sent</source>
        <translation>保存済み（送信待ち）</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <source>Sending failed</source>
        <translation>送信失敗</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65" />
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66" />
        <source>Receipt</source>
        <translation>領収書</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Shipping label</source>
        <translation>配送ラベル</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Screenshot</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76" />
        <source>Marketplace message</source>
        <translation>マーケットプレイスのメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77" />
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Callback</source>
        <translation>折り返し電話</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <source>Social media</source>
        <translation>SNS</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Forum</source>
        <translation>フォーラム</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88" />
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89" />
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Escalation level</source>
        <translation>エスカレーションレベル</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96" />
        <source>Escalation reason</source>
        <translation>エスカレーション理由</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="43" />
        <source>Support Workbench</source>
        <translation>Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>&amp;Reply</source>
        <translation>返信(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>Internal &amp;note</source>
        <translation>社内メモ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102" />
        <source>Ne&amp;xt case</source>
        <translation>次の案件(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108" />
        <source>&amp;Previous case</source>
        <translation>前の案件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114" />
        <source>Set &amp;status</source>
        <translation>ステータスを変更(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127" />
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>&amp;About Support Workbench</source>
        <translation>Support Workbench について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155" />
        <source>Search cases</source>
        <translation>案件を検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Next case</source>
        <translation>次の案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>Previous case</source>
        <translation>前の案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>Write a reply</source>
        <translation>返信を作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159" />
        <source>Write an internal note</source>
        <translation>社内メモを作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160" />
        <source>Send the reply</source>
        <translation>返信を送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>Add the note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>Switch inbox view</source>
        <translation>受信トレイの表示を切り替え</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>Set status: open / waiting / resolved</source>
        <translation>ステータスを変更：対応中 / 返信待ち / 解決済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174" />
        <source>About Support Workbench</source>
        <translation>Support Workbench について</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
プロファイル：%2</translation>
    </message>
</context>
</TS>
