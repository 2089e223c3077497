<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="87"/>
        <source>Rewriting your cases in the compact format: %1 of %2 rows…</source>
        <translation>ケースをコンパクト形式で書き直しています: %2 行中 %1 行…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="92"/>
        <source>Building the indexes…</source>
        <translation>インデックスを作成しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="94"/>
        <source>Building the search index…</source>
        <translation>検索インデックスを作成しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="96"/>
        <source>Keeping the old file as a backup and finishing…</source>
        <translation>古いファイルをバックアップとして保存し、仕上げています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="97"/>
        <source>Upgrading your data to this version of Support Workbench…
The old file is kept as a backup; this can take a few minutes.</source>
        <translation>データをこのバージョンの Support Workbench 用にアップグレードしています…
古いファイルはバックアップとして保存されます。数分かかることがあります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="130"/>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="218"/>
        <source>The database of this profile is damaged, so Workbench will not save anything to it: saving could spread the damage. You can still read your cases.</source>
        <translation>このプロファイルのデータベースは破損しているため、Workbench は何も保存しません。保存すると破損が広がるおそれがあります。ケースの閲覧は引き続きできます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="225"/>
        <source>Close Workbench, then run “workbench doctor” to see what is wrong, and “workbench backups restore” to put the latest backup back or “workbench salvage --out FOLDER” to copy what can still be read into a new profile.</source>
        <translation>Workbench を閉じてから「workbench doctor」で問題を確認し、「workbench backups restore」で最新のバックアップを戻すか、「workbench salvage --out FOLDER」でまだ読める内容を新しいプロファイルにコピーしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="164"/>
        <location filename="../../app/ui/app.py" line="258"/>
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>問題が発生しました。保存済みの作業は失われていません。詳細はログファイルを確認してください。</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../app/ui/case/approval.py" line="86"/>
        <source>Sent anyway by %1, %2</source>
        <translation>%2 に %1 がこのまま送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="87"/>
        <source>an agent</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="95"/>
        <source>Blocked by: %1</source>
        <translation>該当した規約：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="97"/>
        <source>the compliance check</source>
        <translation>規約チェック</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="103"/>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="112"/>
        <source>Approve and send</source>
        <translation>承認して送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="114"/>
        <source>Return to the agent…</source>
        <translation>担当者に差し戻す…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="136"/>
        <source>Return the reply to the agent</source>
        <translation>返信を担当者に差し戻す</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="138"/>
        <source>The reply becomes a draft again, and your note goes into the case for the agent.</source>
        <translation>返信は下書きに戻り、あなたのメモが担当者向けに案件に追加されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="147"/>
        <source>What should the agent change?</source>
        <translation>担当者に何を修正してもらいますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="154"/>
        <source>Return to the agent</source>
        <translation>担当者に差し戻す</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="169"/>
        <source>Write a note for the agent first.</source>
        <translation>先に担当者へのメモを入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="260"/>
        <source>Approved: the reply goes on its way.</source>
        <translation>承認しました。返信を送信します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="262"/>
        <source>Returned to the agent as a draft, with your note.</source>
        <translation>メモを添えて、下書きとして担当者に差し戻しました。</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="39"/>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="45"/>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="93"/>
        <source>Evidence</source>
        <translation>証拠資料</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="70"/>
        <source>No customer recorded.</source>
        <translation>お客様情報が登録されていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="78"/>
        <source>Writes in %1</source>
        <translation>使用言語：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="90"/>
        <source>No order linked to this case.</source>
        <translation>この案件に紐づく注文はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="94"/>
        <source>Purchased</source>
        <translation>購入日</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="97"/>
        <source>Delivered</source>
        <translation>配達日</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="99"/>
        <source>Expected</source>
        <translation>お届け予定日</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="111"/>
        <source>Fulfilment</source>
        <translation>フルフィルメント</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="113"/>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/strip_tiles.py" line="76"/>
        <source>Added %1 by %2</source>
        <translation>%2 が %1 に追加</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case/view.py" line="96"/>
        <source>Select a case on the left to see it here.</source>
        <translation>左側で案件を選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="141"/>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="143"/>
        <source>tags, separated by commas</source>
        <translation>タグ（半角カンマ「,」で区切る）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="154"/>
        <source>&amp;Status</source>
        <translation>ステータス(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="155"/>
        <source>&amp;Priority</source>
        <translation>優先度(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="156"/>
        <source>R&amp;eason</source>
        <translation>理由(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="157"/>
        <source>&amp;Assignee</source>
        <translation>担当者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="158"/>
        <source>&amp;Tags</source>
        <translation>タグ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="161"/>
        <source>Log contact…</source>
        <translation>連絡を記録…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="163"/>
        <source>Record a phone call, chat, call-back or social contact</source>
        <translation>電話、チャット、折り返し電話、SNS でのやり取りを記録</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="206"/>
        <source>Conversation</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="208"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="209"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="311"/>
        <source>order %1</source>
        <translation>注文 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="315"/>
        <source>opened %1</source>
        <translation>%1 受付</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="533"/>
        <source>Note added.</source>
        <translation>メモを追加しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="147"/>
        <source>Reply queued; the override is in the case history.</source>
        <translation>返信を送信待ちにしました。規約チェックの結果に反して送信する理由は案件の履歴に記録されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="149"/>
        <source>Reply queued.</source>
        <translation>返信を送信待ちにしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="191"/>
        <source>The reply waits for the owner&apos;s approval; it is not sent yet.</source>
        <translation>返信はオーナーの承認待ちです。まだ送信されていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="213"/>
        <source>Not marked as sent: the reply stays a draft and the buyer&apos;s clock keeps running.</source>
        <translation>送信済みにしていません。返信は下書きのままで、購入者への返信期限のカウントは続きます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="226"/>
        <source>Reply marked as sent at %1.</source>
        <translation>返信を %1 に送信済みとして記録しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="239"/>
        <source>Reply taken back: it is a draft again.</source>
        <translation>返信を取り消しました。下書きに戻っています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="248"/>
        <source>The reply is in the outbox again.</source>
        <translation>返信を再び送信トレイに入れました。</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/core/bus.py" line="43"/>
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>問題が発生したため、保存されませんでした。詳細はログファイルを確認してください。</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="25"/>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="26"/>
        <source>E-mail addresses are not allowed in buyer messages: the conversation must stay in the marketplace&apos;s messaging.</source>
        <translation>購入者へのメッセージにメールアドレスを含めることはできません。やり取りはマーケットプレイスのメッセージ機能内で行う必要があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="33"/>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="34"/>
        <source>Phone numbers are not allowed in buyer messages; only a carrier&apos;s or manufacturer&apos;s warranty line may be given.</source>
        <translation>購入者へのメッセージに電話番号を含めることはできません。記載できるのは配送業者またはメーカーの保証窓口の番号のみです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="41"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="42"/>
        <source>Links are allowed only when the buyer needs them for the order; this one leads somewhere else.</source>
        <translation>リンクは、購入者が注文のために必要とする場合にのみ使用できます。このリンクはそれ以外の場所を指しています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="49"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="50"/>
        <source>Buyer messages are plain text: HTML tags and entities are not allowed.</source>
        <translation>購入者へのメッセージはプレーンテキストです。HTML タグや文字参照は使用できません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="56"/>
        <source>Messenger or social media</source>
        <translation>メッセンジャーや SNS</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="57"/>
        <source>Asking the buyer to talk on another channel (a messenger app, social media or a personal handle) is not allowed.</source>
        <translation>購入者に別の連絡手段（メッセンジャーアプリ、SNS、個人アカウント）でのやり取りを求めることはできません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="64"/>
        <source>Outside the marketplace</source>
        <translation>マーケットプレイス外での取引</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="65"/>
        <source>Asking the buyer to pay, be refunded or return the item outside the marketplace is not allowed.</source>
        <translation>購入者にマーケットプレイス外での支払い、返金、返品を求めることはできません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="72"/>
        <source>Review incentive</source>
        <translation>レビューの見返り</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="73"/>
        <source>Offering a refund, discount, gift or anything else in exchange for a review or feedback is not allowed.</source>
        <translation>レビューや評価と引き換えに、返金、割引、プレゼントなどを提供することはできません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="80"/>
        <source>Asking for a good review</source>
        <translation>高評価レビューの依頼</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="81"/>
        <source>A review may only be asked for neutrally: asking for a positive or 5-star review, or only from satisfied buyers, is not allowed.</source>
        <translation>レビューの依頼は中立的な表現に限られます。高評価や星 5 つのレビューを求めること、満足した購入者だけに依頼することはできません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="88"/>
        <source>Asking to change a review</source>
        <translation>レビュー変更の依頼</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="89"/>
        <source>Asking a buyer to change or remove a product review is not allowed (asking to remove seller feedback once the problem is solved is).</source>
        <translation>購入者に商品レビューの変更や削除を求めることはできません（問題の解決後に出品者評価の削除を依頼することはできます）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="96"/>
        <source>Marketing</source>
        <translation>宣伝・販促</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="97"/>
        <source>Marketing, coupons and promotions of other products are not allowed in buyer messages.</source>
        <translation>購入者へのメッセージに、宣伝、クーポン、他の商品の販促を含めることはできません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="104"/>
        <source>Emoji</source>
        <translation>絵文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="105"/>
        <source>The marketplace&apos;s guidelines do not allow emojis in buyer messages.</source>
        <translation>マーケットプレイスのガイドラインでは、購入者へのメッセージに絵文字を使用できません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="110"/>
        <source>No order id</source>
        <translation>注文番号なし</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="111"/>
        <source>Messages should quote the order id, so the buyer and the marketplace can match them to the order.</source>
        <translation>購入者とマーケットプレイスが注文と照合できるよう、メッセージには注文番号を記載してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="118"/>
        <source>Too long</source>
        <translation>文字数超過</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="119"/>
        <source>The marketplace rejects messages longer than its limit; shorten it.</source>
        <translation>マーケットプレイスは上限を超える長さのメッセージを受け付けません。短くしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="125"/>
        <source>Not filled in</source>
        <translation>未記入</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="126"/>
        <source>A template placeholder was not filled in; write the fact in, or the buyer reads the marker.</source>
        <translation>テンプレートの差し込み項目が未記入です。内容を入力してください。そのままでは購入者にマーカーが表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="133"/>
        <source>Thank you only</source>
        <translation>お礼のみ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="134"/>
        <source>A message that only thanks the buyer or confirms the order is not allowed; say what the buyer needs to know, or send nothing.</source>
        <translation>お礼や注文確認だけのメッセージは送信できません。購入者が知る必要のある内容を書くか、送信を控えてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="141"/>
        <source>Empty</source>
        <translation>空のメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="142"/>
        <source>An empty message cannot be sent.</source>
        <translation>空のメッセージは送信できません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="150"/>
        <source>Only a carrier&apos;s or manufacturer&apos;s warranty or service line may be given; check that this number is one.</source>
        <translation>記載できるのは配送業者またはメーカーの保証・サービス窓口の番号のみです。この番号がそれに当たるか確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="156"/>
        <source>Links to the marketplace&apos;s own pages or a carrier&apos;s tracking page are allowed only if the buyer needs them for this order; check that they do.</source>
        <translation>マーケットプレイス自身のページや配送業者の追跡ページへのリンクは、購入者がこの注文のために必要な場合にのみ使用できます。必要なリンクか確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="196"/>
        <source>%1 characters; the marketplace accepts at most %2. Shorten it, or it will be rejected.</source>
        <translation>%1 文字です。マーケットプレイスの上限は %2 文字です。短くしないと受け付けられません。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="38"/>
        <source>The language the reply is in</source>
        <translation>返信の言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="40"/>
        <source>Reply &amp;in</source>
        <translation>返信の言語(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="71"/>
        <source>Finding the buyer&apos;s language…</source>
        <translation>購入者の言語を判定しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="76"/>
        <source>Buyer&apos;s language unknown — replies in English</source>
        <translation>購入者の言語が不明なため、英語で返信します</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="78"/>
        <source>Buyer writes %1 (detected)</source>
        <translation>購入者の言語：%1（自動判定）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="80"/>
        <source>Buyer writes %1 (from the customer record)</source>
        <translation>購入者の言語：%1（お客様情報より）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="82"/>
        <source>Buyer writes %1 (from the case)</source>
        <translation>購入者の言語：%1（案件情報より）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="87"/>
        <source>The buyer&apos;s language could not be found: %1</source>
        <translation>購入者の言語を判定できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="364"/>
        <source>Filling in the template…</source>
        <translation>テンプレートに差し込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="386"/>
        <source>Template inserted; Ctrl+Z brings back what you had written.</source>
        <translation>テンプレートを挿入しました。Ctrl+Z で入力済みの内容に戻せます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="395"/>
        <source>The template could not be filled in: %1</source>
        <translation>テンプレートに差し込めませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="560"/>
        <source>Send the reply to the buyer; 10 s to undo (Ctrl+Enter)</source>
        <translation>購入者に返信を送信。10 秒以内なら取り消せます (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="562"/>
        <source>Copy and mark as sent</source>
        <translation>コピーして送信済みにする</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="563"/>
        <source>No mailbox is set up: copy the reply for Seller Central, then confirm you sent it there (Ctrl+Enter)</source>
        <translation>メールボックスが未設定です。返信をコピーして Seller Central で送信し、送信したことを確認してください (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="48"/>
        <source>Fell back to %1: no %2 variant.</source>
        <translation>%2 版がないため、%1 版を使用しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="56"/>
        <source>Not known for this case, fill in by hand: %1</source>
        <translation>この案件では不明なため、手動で入力してください：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="63"/>
        <source>In %1 (for you)</source>
        <translation>%1（確認用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="64"/>
        <source>Subject: %1</source>
        <translation>件名：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="517"/>
        <source>Checking the reply before it goes out…</source>
        <translation>送信前に返信をチェックしています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="528"/>
        <source>Not sent. Fix the marked text.</source>
        <translation>送信していません。マークされた箇所を修正してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="138"/>
        <source>Checking the reply…</source>
        <translation>返信をチェックしています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="142"/>
        <source>The reply could not be checked: %1</source>
        <translation>返信をチェックできませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="161"/>
        <source>✓ Nothing the marketplace forbids.</source>
        <translation>✓ マーケットプレイスで禁止されている内容はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="164"/>
        <source>Not allowed by the marketplace: %1</source>
        <translation>マーケットプレイスで禁止：%1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="166"/>
        <source>warnings: %1</source>
        <translation>警告 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="171"/>
        <source>Warnings: %1 (they do not stop the reply)</source>
        <translation>警告 %1 件（返信の送信は妨げません）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="187"/>
        <source>… and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="226"/>
        <source>Send despite the compliance check?</source>
        <translation>規約チェックの結果に反して送信しますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="229"/>
        <source>The marketplace does not allow what this reply contains. Sending it can get the shop&apos;s account warned or suspended.</source>
        <translation>この返信には、マーケットプレイスで許可されていない内容が含まれています。送信すると、ショップのアカウントが警告または停止の対象になる場合があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="247"/>
        <source>Why this reply must go out as it is (required)</source>
        <translation>この返信をこのまま送信する必要がある理由（必須）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="255"/>
        <source>Send anyway</source>
        <translation>このまま送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="263"/>
        <source>The shop&apos;s owner approves every reply sent anyway: this one waits for them, with your reason, and is not sent until they approve it. The buyer&apos;s clock keeps running.</source>
        <translation>このまま送信する返信はすべて店舗オーナーが承認します。この返信は入力した理由とともにオーナーの承認を待ち、承認されるまで送信されません。購入者への返信期限のカウントは続きます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="274"/>
        <source>Ask the owner to approve</source>
        <translation>オーナーに承認を依頼</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="278"/>
        <source>Reason for sending it anyway:</source>
        <translation>このまま送信する理由：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="290"/>
        <source>Say why it must go out as it is (at least %1 characters).</source>
        <translation>このまま送信する必要がある理由を入力してください（%1 文字以上）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="72"/>
        <source>Find a template (Ctrl+T)</source>
        <translation>テンプレートを検索 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="87"/>
        <source>Manage templates…</source>
        <translation>テンプレートの管理…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="100"/>
        <source>All templates</source>
        <translation>すべてのテンプレート</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="101"/>
        <source>Back to the list of templates</source>
        <translation>テンプレート一覧に戻る</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="107"/>
        <source>This shows the template as picked, not your edits.</source>
        <translation>選択したときのテンプレートを表示しています。編集内容は反映されません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="140"/>
        <source>Templates with problems (not offered): %1. See Manage templates…</source>
        <translation>問題のあるテンプレート（候補から除外）：%1 件。「テンプレートの管理…」を確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="152"/>
        <source>The templates could not be loaded: %1</source>
        <translation>テンプレートを読み込めませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="228"/>
        <source>Found, fitting this case</source>
        <translation>検索結果（この案件に適合）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="230"/>
        <source>Found</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="233"/>
        <source>No template matches “%1”.</source>
        <translation>「%1」に一致するテンプレートはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="241"/>
        <source>Suggested for this case</source>
        <translation>この案件へのおすすめ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="242"/>
        <source>All other templates</source>
        <translation>その他のテンプレート</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="261"/>
        <source>%1 (shop)</source>
        <translation>%1（ショップ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="270"/>
        <source>No %1 version: the reply would be in %2.</source>
        <translation>%1 版がないため、返信は %2 になります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="41"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="43"/>
        <source>Take the reply back before it goes (Ctrl+Z in the editor)</source>
        <translation>送信される前に返信を取り消す（エディターで Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="94"/>
        <source>Reply queued · sending in %1 s</source>
        <translation>返信は送信待ち · %1 秒後に送信</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="17"/>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="18"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="19"/>
        <source>Call-back</source>
        <translation>折り返し電話</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="20"/>
        <source>Social media</source>
        <translation>SNS</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="21"/>
        <source>Other contact</source>
        <translation>その他の連絡</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="28"/>
        <source>incoming</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="29"/>
        <source>outgoing</source>
        <translation>発信</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="36"/>
        <source>Incoming: the buyer contacted us</source>
        <translation>受信：購入者から連絡があった</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="37"/>
        <source>Outgoing: we contacted the buyer</source>
        <translation>発信：こちらから購入者に連絡した</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="42"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="76"/>
        <location filename="../../app/ui/dialogs/contact_log.py" line="105"/>
        <source>Log contact</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="96"/>
        <source>Not noted</source>
        <translation>未記入</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="98"/>
        <source>What was said and agreed</source>
        <translation>話した内容と合意事項</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="110"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="111"/>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="112"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="113"/>
        <source>Duration (minutes)</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="114"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="143"/>
        <source>The contact time is in the future; give when it happened.</source>
        <translation>連絡日時が未来になっています。実際に連絡した日時を入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="149"/>
        <source>Write a short summary of the contact.</source>
        <translation>連絡内容の概要を簡潔に入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="202"/>
        <source>Contact logged.</source>
        <translation>連絡を記録しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="214"/>
        <source>The contact could not be saved. Details are in the log file.</source>
        <translation>連絡を保存できませんでした。詳細はログファイルを確認してください。</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="61"/>
        <source>Draft — not sent</source>
        <translation>下書き — 未送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="66"/>
        <source>Queued · sending in %1 s</source>
        <translation>送信待ち · %1 秒後に送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="71"/>
        <source>Waiting to retry (attempt %1, next at %2): %3</source>
        <translation>再試行待ち（%1 回目、次回：%2）：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="74"/>
        <source>no answer from the server</source>
        <translation>サーバーから応答がありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="77"/>
        <source>Queued · waiting to be sent</source>
        <translation>送信待ち · 送信の順番を待っています</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="81"/>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="84"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="85"/>
        <source>Sent %1</source>
        <translation>送信済み（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="89"/>
        <source>the workbench stopped while handing it to the mail server, so it may have been sent. Check your sent mail, then Mark as sent or Retry.</source>
        <translation>メールサーバーへ渡している途中でワークベンチが停止したため、送信済みの可能性があります。送信済みメールを確認してから「送信済みにする」または「再試行」を選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="95"/>
        <source>the server gave no reason</source>
        <translation>サーバーから理由の説明がありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="96"/>
        <source>Failed: %1</source>
        <translation>送信失敗：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="103"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="104"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="105"/>
        <source>Mark as sent…</source>
        <translation>送信済みにする…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="142"/>
        <source>quoted text hidden</source>
        <translation>引用部分を非表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="146"/>
        <source>unknown character set: some characters may be wrong</source>
        <translation>文字コードが不明：一部の文字が正しく表示されていない可能性があります</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="150"/>
        <source>HTML mail shown as text</source>
        <translation>HTML メールをテキストで表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="154"/>
        <source>long mail shortened: the full text is in the original</source>
        <translation>長いメールを短縮：全文は元のメールにあります</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="173"/>
        <source>damaged mail: parts of it may be missing</source>
        <translation>破損したメール：一部が欠けている可能性があります</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="177"/>
        <source>too many attachments: some were not kept</source>
        <translation>添付ファイルが多すぎます：一部は保存していません</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="179"/>
        <source>the mail had no text</source>
        <translation>メールに本文がありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="183"/>
        <source>attachment refused: %1</source>
        <translation>添付ファイルを拒否：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="266"/>
        <source>No messages yet.</source>
        <translation>メッセージはまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="142"/>
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>お客様への返信、またはチーム向けの社内メモを入力…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="559"/>
        <source>Send reply</source>
        <translation>返信を送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="177"/>
        <source>Add internal note</source>
        <translation>社内メモを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="179"/>
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>メモはチーム内でのみ表示されます (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="507"/>
        <location filename="../../app/ui/composer/panel.py" line="546"/>
        <source>Write something first.</source>
        <translation>先に内容を入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="596"/>
        <source>Writing an internal note</source>
        <translation>社内メモを作成中</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="598"/>
        <source>Writing a reply</source>
        <translation>返信を作成中</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="82"/>
        <location filename="../../app/ui/case/conversation.py" line="79"/>
        <source>Waiting for the owner&apos;s approval</source>
        <translation>オーナーの承認待ち</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="62"/>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="63"/>
        <source>Due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="64"/>
        <source>Running</source>
        <translation>カウント中</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="65"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="74"/>
        <source>Escalate the case</source>
        <translation>案件をエスカレーション</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="84"/>
        <source>Why, and what you expect from them (required)</source>
        <translation>理由と、相手に求める対応（必須）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="88"/>
        <source>Escalate</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="94"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="95"/>
        <source>To</source>
        <translation>エスカレーション先</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="96"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="104"/>
        <source>Say why you escalate it.</source>
        <translation>エスカレーションの理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="141"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="142"/>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="143"/>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="144"/>
        <source>How it counts</source>
        <translation>カウント方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="147"/>
        <source>Escalate…</source>
        <translation>エスカレーション…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="149"/>
        <source>Take back my escalation</source>
        <translation>自分のエスカレーションを取り消す</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="151"/>
        <source>No reply needed</source>
        <translation>返信不要</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="153"/>
        <source>The buyer&apos;s last messages need no answer (e.g. a thank-you): stop the reply clock</source>
        <translation>購入者からの直近のメッセージに返信が不要な場合（お礼など）、返信期限のカウントを止めます</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="159"/>
        <source>Record…</source>
        <translation>記録…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="161"/>
        <source>Record what the marketplace reports about the order, as of now</source>
        <translation>マーケットプレイスから届いた注文の状況を現在の日時で記録</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="166"/>
        <source>The buyer asked to return it</source>
        <translation>購入者が返品をリクエスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="167"/>
        <source>The returned item arrived</source>
        <translation>返品商品が到着</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="168"/>
        <source>Refund issued</source>
        <translation>返金済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="169"/>
        <source>Delivered</source>
        <translation>配達済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="170"/>
        <source>A-to-z claim filed</source>
        <translation>A-to-z申請あり</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="171"/>
        <source>Chargeback raised</source>
        <translation>チャージバック発生</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="172"/>
        <source>Negative feedback left</source>
        <translation>悪い評価あり</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="191"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="192"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="193"/>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="201"/>
        <source>Escalation history</source>
        <translation>エスカレーション履歴</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="216"/>
        <source>Reason changed</source>
        <translation>理由を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="222"/>
        <source>Workbench (automatic)</source>
        <translation>Workbench（自動）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="251"/>
        <source>Nothing needs escalating.</source>
        <translation>エスカレーションが必要な項目はありません。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="17"/>
        <source>Photo of the defect or the difference</source>
        <translation>不良箇所または相違点の写真</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="18"/>
        <source>Photo of the label or model number</source>
        <translation>ラベルまたは型番の写真</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="19"/>
        <source>Order or receipt</source>
        <translation>注文内容または領収書</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="20"/>
        <source>Photo with a measuring tape or of the size label</source>
        <translation>メジャーを当てた写真またはサイズ表示の写真</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="21"/>
        <source>Photo of the parcel</source>
        <translation>荷物（外箱）の写真</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="22"/>
        <source>Photo of the item</source>
        <translation>商品の写真</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="23"/>
        <source>Shipping label</source>
        <translation>配送ラベル</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="24"/>
        <source>Carrier tracking page or screenshot</source>
        <translation>配送業者の追跡ページまたはそのスクリーンショット</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="25"/>
        <source>Delivery photo, if any</source>
        <translation>配達完了の写真（ある場合）</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="26"/>
        <source>Return tracking</source>
        <translation>返品の追跡情報</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="27"/>
        <source>Receipt of the returned item</source>
        <translation>返品商品の受領確認</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="119"/>
        <location filename="../../app/ui/evidence/panel.py" line="453"/>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="121"/>
        <source>Add photos, screenshots or PDF receipts (or drop them here)</source>
        <translation>写真、スクリーンショット、PDF の領収書を追加（ここにドロップしても追加できます）</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="125"/>
        <location filename="../../app/ui/evidence/panel.py" line="454"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="127"/>
        <source>Add the picture or files on the clipboard (Ctrl+Shift+V)</source>
        <translation>クリップボードの画像またはファイルを追加 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="131"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="133"/>
        <source>Save the files and a manifest as one zip for a claim</source>
        <translation>申請用に、ファイルとマニフェストを 1 つの zip にまとめて保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="148"/>
        <source>No files yet. Drop photos, screenshots or receipts here.</source>
        <translation>ファイルはまだありません。写真、スクリーンショット、領収書をここにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="156"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_notice.py" line="28"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_notice.py" line="32"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="38"/>
        <source>No evidence checklist for this kind of case.</source>
        <translation>この種類の案件には証拠資料のチェックリストがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="40"/>
        <source>Checklist: %1 of %2 collected</source>
        <translation>チェックリスト：%2 件中 %1 件収集済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="47"/>
        <source>(optional)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/strip_tiles.py" line="82"/>
        <source>Over the marketplace&apos;s 10 MB limit for attachments.</source>
        <translation>マーケットプレイスの添付ファイルの上限（10 MB）を超えています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="225"/>
        <source>Add evidence</source>
        <translation>証拠資料を追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="227"/>
        <source>Photos, screenshots and documents</source>
        <translation>写真、スクリーンショット、書類</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="229"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="241"/>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>クリップボードに追加できる画像やファイルがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="252"/>
        <source>Only files on this computer can be added. Save the picture first, then add the saved file.</source>
        <translation>追加できるのはこのコンピューター上のファイルだけです。先に画像を保存してから、保存したファイルを追加してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="271"/>
        <source>The picture could not be saved: %1</source>
        <translation>画像を保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="326"/>
        <source>Files are still being added; wait for them to finish.</source>
        <translation>ファイルを追加しています。完了するまでお待ちください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="328"/>
        <source>The evidence is being exported; wait for it to finish.</source>
        <translation>証拠資料をエクスポート中です。完了するまでお待ちください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="95"/>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="99"/>
        <source>These files are programs: %1. Workbench can keep them as evidence but never runs them. Opening a program from a customer can harm this computer.</source>
        <translation>次のファイルはプログラムです：%1。Workbench は証拠資料として保管できますが、実行することはありません。お客様から届いたプログラムを開くと、このコンピューターに害を及ぼすおそれがあります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="107"/>
        <source>Keep them as evidence</source>
        <translation>証拠資料として保管</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="108"/>
        <source>Leave them out</source>
        <translation>追加しない</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="350"/>
        <source>Adding files…</source>
        <translation>ファイルを追加しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="368"/>
        <source>Added %1 of %2: %3</source>
        <translation>%2 件中 %1 件を追加：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="370"/>
        <source>Exported %1 of %2: %3</source>
        <translation>%2 件中 %1 件をエクスポート：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="379"/>
        <source>Stopping after this file…</source>
        <translation>このファイルの後で中止します…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="393"/>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="403"/>
        <source>Added %1 file(s).</source>
        <translation>ファイルを %1 件追加しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="411"/>
        <source>Stopped: %1 file(s) were not added.</source>
        <translation>中止しました。%1 件のファイルは追加されていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="431"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>問題が発生しました。変更は行われていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="461"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="462"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="469"/>
        <source>Save a copy…</source>
        <translation>コピーを保存…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="471"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="520"/>
        <source>Removed %1.</source>
        <translation>削除しました：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="549"/>
        <source>Save a copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="559"/>
        <source>Saved a copy as %1.</source>
        <translation>コピーを %1 として保存しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="575"/>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="584"/>
        <source>Exported %1 file(s) to %2.</source>
        <translation>%1 件のファイルを %2 にエクスポートしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="43"/>
        <location filename="../../app/ui/evidence/export_dialog.py" line="123"/>
        <location filename="../../app/ui/evidence/export_dialog.py" line="133"/>
        <source>Export evidence</source>
        <translation>証拠資料をエクスポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="52"/>
        <source>Keep the location (GPS) in photos</source>
        <translation>写真の位置情報 (GPS) を残す</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="56"/>
        <source>The zip holds every file and a manifest (kind, caption, SHA-256, size, who added it and when). Photos lose their location unless you keep it.</source>
        <translation>zip には、すべてのファイルとマニフェスト（種類、説明、SHA-256、サイズ、追加した人と日時）が含まれます。位置情報を残すよう選択しない限り、写真の位置情報は削除されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="65"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="74"/>
        <source>Save the bundle as:</source>
        <translation>パッケージの保存先：</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="107"/>
        <source>This is inside the profile folder; saving there could destroy the profile. Choose a place outside it.</source>
        <translation>ここはプロファイルフォルダーの中です。ここに保存するとプロファイルが壊れる可能性があります。フォルダーの外の場所を選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="113"/>
        <source>This is not a regular file (a link, a pipe or a device); choose another name.</source>
        <translation>これは通常のファイルではありません（リンク、パイプ、またはデバイス）。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="124"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 は既に存在します。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="314"/>
        <source>This file cannot be previewed</source>
        <translation>このファイルはプレビューできません</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="322"/>
        <location filename="../../app/ui/evidence/viewer.py" line="202"/>
        <source>Save a copy…</source>
        <translation>コピーを保存…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="324"/>
        <source>Open with another program…</source>
        <translation>別のプログラムで開く…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="102"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="53"/>
        <source>Describe what this file shows</source>
        <translation>このファイルの内容を説明してください</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="61"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="62"/>
        <source>&amp;Caption:</source>
        <translation>説明(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="167"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="170"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="173"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="176"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="178"/>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="179"/>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="181"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="184"/>
        <source>Rotate left</source>
        <translation>左に回転</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="187"/>
        <source>Rotate right</source>
        <translation>右に回転</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="190"/>
        <source>First page</source>
        <translation>最初のページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="193"/>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="196"/>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="199"/>
        <source>Last page</source>
        <translation>最後のページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="34"/>
        <source>It is %1, which this viewer does not show.</source>
        <translation>このビューアーでは表示できないファイルです（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="321"/>
        <source>Evidence: %1</source>
        <translation>証拠資料：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="96"/>
        <source>Added %1 by %2</source>
        <translation>%2 が %1 に追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="98"/>
        <source>Added %1</source>
        <translation>%1 に追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="102"/>
        <source>Taken %1</source>
        <translation>%1 撮影</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="371"/>
        <source>Shown smaller than its %1 × %2 pixels.</source>
        <translation>元のサイズ（%1 × %2 ピクセル）より縮小して表示しています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="57"/>
        <source>The image is %1 × %2 pixels, too large to show safely.</source>
        <translation>画像が %1 × %2 ピクセルと大きすぎるため、安全に表示できません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="61"/>
        <source>The image could not be read: it is damaged, or in a format not supported here.</source>
        <translation>画像を読み込めませんでした。破損しているか、ここでは対応していない形式です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="426"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="446"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="473"/>
        <source>Save a copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="478"/>
        <source>Saving a copy…</source>
        <translation>コピーを保存しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="490"/>
        <source>Saved a copy as %1</source>
        <translation>コピーを %1 として保存しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="498"/>
        <source>The copy could not be made: %1</source>
        <translation>コピーを作成できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="46"/>
        <source>Open with another program</source>
        <translation>別のプログラムで開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="47"/>
        <source>Open “%1” with another program?</source>
        <translation>「%1」を別のプログラムで開きますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="50"/>
        <source>This file is a program. Running it can harm this computer and the data on it: files from customers can carry viruses. Open it only if you are certain it is safe.</source>
        <translation>このファイルはプログラムです。実行すると、このコンピューターとその中のデータに害を及ぼすおそれがあります。お客様から届いたファイルにはウイルスが含まれている場合があります。安全だと確信できる場合にのみ開いてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="57"/>
        <source>A copy of the file is opened; the case keeps the original. Open files from customers only if you trust them.</source>
        <translation>ファイルのコピーが開かれ、元のファイルは案件に残ります。お客様から届いたファイルは、信頼できる場合にのみ開いてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="63"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="21"/>
        <source>plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="22"/>
        <source>a zip archive</source>
        <translation>zip アーカイブ</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="23"/>
        <source>a Windows program</source>
        <translation>Windows プログラム</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="24"/>
        <source>a program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="25"/>
        <source>a file of unknown type</source>
        <translation>種類不明のファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="28"/>
        <source>a file of type %1</source>
        <translation>%1 形式のファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="43"/>
        <source>The PDF is protected with a password.</source>
        <translation>PDF はパスワードで保護されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="45"/>
        <source>The PDF uses a kind of protection this viewer does not support.</source>
        <translation>この PDF は、このビューアーが対応していない方式で保護されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="48"/>
        <source>The PDF could not be read: it is damaged, or not a PDF.</source>
        <translation>PDF を読み込めませんでした。破損しているか、PDF ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="13"/>
        <source>The file is not on this computer yet; it may still be syncing.</source>
        <translation>このファイルはまだこのコンピューターにありません。同期中の可能性があります。</translation>
    </message>
</context>
<context>
    <name>FetchStatus</name>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="21"/>
        <source>wrong user name or password</source>
        <translation>ユーザー名またはパスワードが違います</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="22"/>
        <source>server not found</source>
        <translation>サーバーが見つかりません</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="23"/>
        <source>no secure connection</source>
        <translation>安全な接続ができません</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="24"/>
        <source>folder not found</source>
        <translation>フォルダーが見つかりません</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="25"/>
        <source>the server answered wrongly</source>
        <translation>サーバーの応答が正しくありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="26"/>
        <source>no password stored</source>
        <translation>パスワードが保存されていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="27"/>
        <source>the mail could not be stored</source>
        <translation>メールを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="28"/>
        <source>cannot be reached</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="29"/>
        <source>no answer (timed out)</source>
        <translation>応答なし（タイムアウト）</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="30"/>
        <source>the connection broke</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="32"/>
        <source>an internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="38"/>
        <source>Mail last fetched %1</source>
        <translation>メールの最終受信：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="40"/>
        <location filename="../../app/ui/mail/fetch_status.py" line="72"/>
        <source>Mail not fetched yet</source>
        <translation>メールはまだ受信していません</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="44"/>
        <source>No mailbox set up</source>
        <translation>メールボックス未設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="45"/>
        <source>Add your mailbox in Preferences &gt; Mail to fetch mail.</source>
        <translation>メールを受信するには、「設定 &gt; メール」でメールボックスを追加してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="51"/>
        <source>Fetching mail… %1 of %2</source>
        <translation>メールを受信中… %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="56"/>
        <source>Fetching mail…</source>
        <translation>メールを受信中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="59"/>
        <source>The mail server cannot be reached now.</source>
        <translation>現在メールサーバーに接続できません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="62"/>
        <source>Next try at %1</source>
        <translation>次回の試行：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="64"/>
        <source>Mail: offline</source>
        <translation>メール：オフライン</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="67"/>
        <source>Mail failed: %1</source>
        <translation>メール受信エラー：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="74"/>
        <source>Mail fetched %1</source>
        <translation>メール受信：%1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/case/history.py" line="36"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="45"/>
        <source>Case created</source>
        <translation>案件を作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="52"/>
        <source>Case changed</source>
        <translation>案件を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="54"/>
        <source>Case deleted</source>
        <translation>案件を削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="60"/>
        <source>Sent despite the compliance check (%1): %2</source>
        <translation>規約チェックの結果に反して送信（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="67"/>
        <source>Draft reply replaced by a newer version</source>
        <translation>返信の下書きを新しい版で置き換え</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="71"/>
        <source>Message from the customer</source>
        <translation>お客様からのメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="73"/>
        <source>Internal note written</source>
        <translation>社内メモを作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="76"/>
        <source>Draft reply saved</source>
        <translation>返信の下書きを保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="78"/>
        <source>Reply sent anyway, held for the owner&apos;s approval</source>
        <translation>返信をこのまま送信（オーナーの承認待ち）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="79"/>
        <source>Reply written</source>
        <translation>返信を作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="101"/>
        <source>Approved by the owner</source>
        <translation>オーナーが承認</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="102"/>
        <source>Approved by %1</source>
        <translation>%1 が承認</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="105"/>
        <source>Returned to the agent</source>
        <translation>担当者に差し戻し</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="106"/>
        <source>Returned to the agent: %1</source>
        <translation>担当者に差し戻し：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="127"/>
        <source>File added: %1</source>
        <translation>ファイルを追加：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="85"/>
        <source>Tag removed: %1</source>
        <translation>タグを削除：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="86"/>
        <source>Tag added: %1</source>
        <translation>タグを追加：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="130"/>
        <source>File removed: %1</source>
        <translation>ファイルを削除：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="132"/>
        <source>File put back: %1</source>
        <translation>ファイルを復元：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="138"/>
        <source>kind %1 → %2</source>
        <translation>種類 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="144"/>
        <source>caption “%1”</source>
        <translation>説明「%1」</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="145"/>
        <source>File %1: %2</source>
        <translation>ファイル %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="155"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="156"/>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="157"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="59"/>
        <source>Logged a phone call (%1)</source>
        <translation>電話を記録（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="60"/>
        <source>Logged a chat (%1)</source>
        <translation>チャットを記録（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="61"/>
        <source>Logged a call-back (%1)</source>
        <translation>折り返し電話を記録（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="62"/>
        <source>Logged a social media contact (%1)</source>
        <translation>SNS での連絡を記録（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="63"/>
        <source>Logged a contact (%1)</source>
        <translation>連絡を記録（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="69"/>
        <source>Removed a logged contact: %1</source>
        <translation>記録した連絡を削除：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="75"/>
        <source>Corrected a logged contact: %1</source>
        <translation>記録した連絡を修正：%1</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="439"/>
        <source>Escalated</source>
        <translation>エスカレーション済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="441"/>
        <source>Waiting for our answer</source>
        <translation>要返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="88"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="89"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="90"/>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="91"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="92"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="93"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="94"/>
        <source>Lang.</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="95"/>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="96"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="97"/>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="98"/>
        <source>Evidence</source>
        <translation>証拠資料</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="447"/>
        <source>Evidence checklist: %1 of %2 collected</source>
        <translation>証拠資料のチェックリスト：%2 件中 %1 件収集済み</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="38"/>
        <source>All open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="39"/>
        <source>Mine</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="40"/>
        <source>Waiting</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="41"/>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="42"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="43"/>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="44"/>
        <source>Due today</source>
        <translation>今日が期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="45"/>
        <source>Escalated</source>
        <translation>エスカレーション済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="74"/>
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>案件を検索…（例：ベルト  status:open  lang:ko）</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="77"/>
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered  is:held</source>
        <translation>件名、メッセージ、お客様名、注文番号の一部を入力してください。
フィルター：status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered  is:held</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="201"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="206"/>
        <source>No case matches this search.</source>
        <translation>検索条件に一致する案件はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="208"/>
        <source>No cases in this view.</source>
        <translation>このビューに案件はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="210"/>
        <source>1 case</source>
        <translation>案件 1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="213"/>
        <source>%1 cases</source>
        <translation>案件 %1 件</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/core/labels.py" line="10"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="11"/>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="12"/>
        <source>Waiting on customer</source>
        <translation>お客様の返信待ち</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="13"/>
        <source>Waiting on third party</source>
        <translation>第三者の対応待ち</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="14"/>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="15"/>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="21"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="22"/>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="23"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="24"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="30"/>
        <source>Wrong size</source>
        <translation>サイズ違い</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="31"/>
        <source>Not as described</source>
        <translation>説明と異なる</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="32"/>
        <source>Defective</source>
        <translation>不良品</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="33"/>
        <source>Damaged in transit</source>
        <translation>配送中の破損</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="34"/>
        <source>Missing parts</source>
        <translation>部品の欠品</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="35"/>
        <source>Not received</source>
        <translation>未着</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="36"/>
        <source>Late delivery</source>
        <translation>配達遅延</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="37"/>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="38"/>
        <source>Return</source>
        <translation>返品</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="39"/>
        <source>Exchange</source>
        <translation>交換</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="40"/>
        <source>Account access</source>
        <translation>アカウントへのアクセス</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="41"/>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="42"/>
        <location filename="../../app/ui/core/labels.py" line="72"/>
        <location filename="../../app/ui/core/labels.py" line="85"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="48"/>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="49"/>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="50"/>
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="56"/>
        <source>Draft, not sent</source>
        <translation>下書き（未送信）</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="57"/>
        <source>In the outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="58"/>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="59"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="60"/>
        <source>Sending failed</source>
        <translation>送信失敗</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="61"/>
        <source>Waiting for the owner&apos;s approval</source>
        <translation>オーナーの承認待ち</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="67"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="68"/>
        <source>Receipt</source>
        <translation>領収書</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="69"/>
        <source>Shipping label</source>
        <translation>配送ラベル</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="70"/>
        <source>Screenshot</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="71"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="78"/>
        <source>Marketplace message</source>
        <translation>マーケットプレイスのメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="79"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="80"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="81"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="82"/>
        <source>Callback</source>
        <translation>折り返し電話</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="83"/>
        <source>Social media</source>
        <translation>SNS</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="84"/>
        <source>Forum</source>
        <translation>フォーラム</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="91"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="92"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="93"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="94"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="95"/>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="96"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="97"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="98"/>
        <source>Escalation level</source>
        <translation>エスカレーションレベル</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="99"/>
        <source>Escalation reason</source>
        <translation>エスカレーション理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="100"/>
        <source>Agent&apos;s escalation</source>
        <translation>担当者によるエスカレーション</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="101"/>
        <source>Agent&apos;s reason</source>
        <translation>担当者の理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="102"/>
        <source>Escalated to</source>
        <translation>エスカレーション先</translation>
    </message>
</context>
<context>
    <name>MailAccount</name>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="86"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="87"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="88"/>
        <source>None (not encrypted)</source>
        <translation>なし（暗号化しない）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="92"/>
        <source>The address registered with the marketplace for buyer messages; replies from any other address are rejected.</source>
        <translation>購入者とのメッセージ用にマーケットプレイスに登録したアドレスです。ほかのアドレスから送った返信は受け付けられません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="101"/>
        <source>The password is stored in the system keyring, never in a file. It is not shown again; type a new one to replace it.</source>
        <translation>パスワードはファイルではなく、システムのキーリングに保存されます。再表示はされません。変更するには新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="110"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="122"/>
        <source>Incoming mail (IMAP)</source>
        <translation>受信メールサーバー (IMAP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="123"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>送信メールサーバー (SMTP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="124"/>
        <source>Security</source>
        <translation>接続の保護</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="125"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="126"/>
        <source>Your registered address</source>
        <translation>登録済みのアドレス</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="127"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="143"/>
        <source>Default port</source>
        <translation>既定のポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="160"/>
        <location filename="../../app/ui/dialogs/mail_account.py" line="217"/>
        <source>Stored in the system keyring</source>
        <translation>システムのキーリングに保存済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="162"/>
        <source>Not stored yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="234"/>
        <source>Fill in the servers first.</source>
        <translation>先にサーバーを入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="237"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="246"/>
        <source>Connected: mail can be fetched and replies sent.</source>
        <translation>接続しました。メールの受信と返信の送信ができます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="251"/>
        <source>Fetching (IMAP): %1</source>
        <translation>受信 (IMAP)：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="252"/>
        <source>Sending (SMTP): %1</source>
        <translation>送信 (SMTP)：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="261"/>
        <source>connected</source>
        <translation>接続成功</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="262"/>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <location filename="../../app/ui/mail/fetcher.py" line="130"/>
        <source>&amp;Fetch mail</source>
        <translation>メールを受信(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetcher.py" line="132"/>
        <source>Fetch new mail from your mailbox now</source>
        <translation>メールボックスから新着メールを今すぐ受信</translation>
    </message>
</context>
<context>
    <name>MailHub</name>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="67"/>
        <source>&amp;Send waiting replies now</source>
        <translation>送信待ちの返信を今すぐ送信(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="73"/>
        <source>&amp;Import mail…</source>
        <translation>メールをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="77"/>
        <source>Import &amp;order report…</source>
        <translation>注文レポートをインポート(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="101"/>
        <location filename="../../app/ui/mail/import_dialog.py" line="192"/>
        <source>Import mail</source>
        <translation>メールをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="105"/>
        <source>Import .eml files, mbox files and Maildir folders. Each message goes to its case; messages already stored are skipped.</source>
        <translation>.eml ファイル、mbox ファイル、Maildir フォルダーをインポートします。各メッセージは該当する案件に振り分けられ、保存済みのメッセージはスキップされます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="115"/>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="117"/>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="142"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="147"/>
        <location filename="../../app/ui/mail/import_dialog.py" line="250"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="194"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>メールファイル (*.eml *.mbox *.mbx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="200"/>
        <source>Choose a Maildir or a folder of mail</source>
        <translation>Maildir またはメールの入ったフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="217"/>
        <source>Reading the mail…</source>
        <translation>メールを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="234"/>
        <source>Stopping after the current batch…</source>
        <translation>現在のバッチの処理後に中止します…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="250"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="258"/>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="276"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>キャンセルしました。何もインポートされていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="284"/>
        <source>The import failed; details are in the log file.</source>
        <translation>インポートに失敗しました。詳細はログファイルを確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="292"/>
        <source>Imported: %1 · New cases: %2 · Already stored: %3 · Attachments as evidence: %4 · Refused: %5</source>
        <translation>インポート：%1 · 新しい案件：%2 · 保存済み：%3 · 証拠資料にした添付ファイル：%4 · 拒否：%5</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="308"/>
        <source>Import cancelled. What was imported stays; import the same files again to finish (nothing is stored twice).</source>
        <translation>インポートをキャンセルしました。インポート済みの分は残ります。続きを取り込むには同じファイルをもう一度インポートしてください（重複して保存されることはありません）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="316"/>
        <source>The import stopped: %1</source>
        <translation>インポートが中断されました：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="328"/>
        <source>Attachment %1 not kept: %2</source>
        <translation>添付ファイル %1 は保存していません：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="338"/>
        <source>%1, message %2</source>
        <translation>%1、メッセージ %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="339"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>Support Workbench</source>
        <translation>Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Opening your cases…</source>
        <translation>案件を開いています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;New case…</source>
        <translation>新しい案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Reply</source>
        <translation>返信(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188"/>
        <source>Internal &amp;note</source>
        <translation>社内メモ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>&amp;Log contact…</source>
        <translation>連絡を記録(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>Ne&amp;xt case</source>
        <translation>次の案件(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;Previous case</source>
        <translation>前の案件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Add &amp;evidence files…</source>
        <translation>証拠ファイルを追加(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Paste as e&amp;vidence</source>
        <translation>証拠資料として貼り付け(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>Expor&amp;t evidence…</source>
        <translation>証拠資料をエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>Set &amp;status</source>
        <translation>ステータスを変更(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262"/>
        <source>&amp;About Support Workbench</source>
        <translation>Support Workbench について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>Search cases</source>
        <translation>案件を検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Next case</source>
        <translation>次の案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>Previous case</source>
        <translation>前の案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Write a reply</source>
        <translation>返信を作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>Write an internal note</source>
        <translation>社内メモを作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Send the reply</source>
        <translation>返信を送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>Find a reply template</source>
        <translation>返信テンプレートを検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>Add the note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>Switch inbox view</source>
        <translation>受信トレイの表示を切り替え</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Set status: open / waiting / resolved</source>
        <translation>ステータスを変更：対応中 / 返信待ち / 解決済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>Add evidence files</source>
        <translation>証拠ファイルを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="286"/>
        <source>Paste a picture or files as evidence</source>
        <translation>画像やファイルを証拠資料として貼り付け</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>Export the case&apos;s evidence</source>
        <translation>案件の証拠資料をエクスポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Log a phone call, chat or other contact</source>
        <translation>電話、チャットなどの連絡を記録</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>Fetch mail</source>
        <translation>メールを受信</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Send waiting replies now</source>
        <translation>送信待ちの返信を今すぐ送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>Import mail</source>
        <translation>メールをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Import an order report</source>
        <translation>注文レポートをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293"/>
        <source>Sync with your team now</source>
        <translation>今すぐチームと同期</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Case %1 created.</source>
        <translation>案件 %1 を作成しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Open a case first.</source>
        <translation>先に案件を開いてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>About Support Workbench</source>
        <translation>Support Workbench について</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
プロファイル：%2</translation>
    </message>
</context>
<context>
    <name>MarkSent</name>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="54"/>
        <source>Mark the reply as sent</source>
        <translation>返信を送信済みにする</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="58"/>
        <source>The reply is on the clipboard. Paste it into the buyer&apos;s conversation in Seller Central and send it there, then confirm here when it went.</source>
        <translation>返信をクリップボードにコピーしました。Seller Central の購入者とのメッセージに貼り付けて送信し、送信した日時をここで確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="64"/>
        <source>Confirm when you sent this reply in Seller Central.</source>
        <translation>Seller Central でこの返信を送信した日時を確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="72"/>
        <source>Until you confirm, the reply stays a draft and the buyer&apos;s clock keeps running.</source>
        <translation>確認するまで返信は下書きのままで、購入者への返信期限のカウントは続きます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="91"/>
        <source>Sent &amp;at:</source>
        <translation>送信日時(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="92"/>
        <source>&amp;Copy the reply again</source>
        <translation>返信をもう一度コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="96"/>
        <source>&amp;Mark as sent</source>
        <translation>送信済みにする(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="116"/>
        <source>That time is still to come: say when you sent it.</source>
        <translation>その日時はまだ来ていません。実際に送信した日時を入力してください。</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="30"/>
        <source>New case</source>
        <translation>新しい案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="34"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="48"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="52"/>
        <source>What the buyer said</source>
        <translation>購入者からの内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="59"/>
        <source>Create case</source>
        <translation>案件を作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="63"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="64"/>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="65"/>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="66"/>
        <source>Order id</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="67"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="68"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="69"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="70"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="79"/>
        <source>Give the case a subject.</source>
        <translation>案件の件名を入力してください。</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="39"/>
        <location filename="../../app/ui/dialogs/order_import.py" line="69"/>
        <source>Import an order report</source>
        <translation>注文レポートをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="43"/>
        <source>Order reports (*.txt *.tsv *.csv *.tab);;All files (*)</source>
        <translation>注文レポート (*.txt *.tsv *.csv *.tab);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="74"/>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="107"/>
        <source>%1 of %2 orders</source>
        <translation>注文 %2 件中 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="121"/>
        <source>Amazon Fulfilled Shipments report</source>
        <translation>Amazon出荷商品レポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="123"/>
        <source>All Orders report</source>
        <translation>全注文レポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="126"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="130"/>
        <source>%1 orders: %2 new, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>注文 %1 件：新規 %2 件、更新 %3 件、変更なし %4 件、スキップ %5 件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="143"/>
        <source>%1 rows not sold on Amazon were left out.</source>
        <translation>Amazon 以外で販売された %1 行は除外しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="153"/>
        <source>Row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="155"/>
        <source>%1, column %2</source>
        <translation>%1、列 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="164"/>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="166"/>
        <source>The import failed; see the log for details.</source>
        <translation>インポートに失敗しました。詳細はログファイルを確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="174"/>
        <source>Stopped. The orders read before the stop were imported; import the report again to finish (nothing is imported twice).</source>
        <translation>中止しました。中止までに読み込んだ注文はインポート済みです。続きを取り込むにはレポートをもう一度インポートしてください（重複してインポートされることはありません）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="185"/>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="207"/>
        <location filename="../../app/ui/mail/outbox_runner.py" line="216"/>
        <source>Replies cannot be sent: %1</source>
        <translation>返信を送信できません：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="208"/>
        <source>no mailbox password is stored; enter it in Preferences &gt; Mail</source>
        <translation>メールボックスのパスワードが保存されていません。「設定 &gt; メール」で入力してください</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="221"/>
        <source>Sending replies went wrong. Details are in the log file.</source>
        <translation>返信の送信中に問題が発生しました。詳細はログファイルを確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="234"/>
        <source>Replies waiting: %1 (no mailbox is set up)</source>
        <translation>送信待ちの返信：%1 件（メールボックス未設定）</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="243"/>
        <source>Reply to %1 failed: %2</source>
        <translation>案件 %1 の返信の送信に失敗：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="250"/>
        <source>Replies waiting: %1 (the mail server cannot be reached)</source>
        <translation>送信待ちの返信：%1 件（メールサーバーに接続できません）</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="252"/>
        <source>Replies waiting: %1 (the mail server will be asked again)</source>
        <translation>送信待ちの返信：%1 件（メールサーバーに再試行します）</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="260"/>
        <source>Reply sent.</source>
        <translation>返信を送信しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="263"/>
        <source>Replies sent: %1</source>
        <translation>送信した返信：%1 件</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="34"/>
        <source>%1 from delivery on %2 (until %3).</source>
        <translation>配達日 %2 から %1（%3 まで）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="39"/>
        <source>No delivery date is known, so %1 count from the latest estimated delivery date, %2 (until %3).</source>
        <translation>配達日が不明のため、お届け予定日の最終日 %2 から %1を数えます（%3 まで）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="48"/>
        <source>The delivery date %1 is used, not the estimate %2.</source>
        <translation>お届け予定日 %2 ではなく、配達日 %1 を使用します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="53"/>
        <source>%1 was a public holiday (%2); the window still counts calendar days.</source>
        <translation>%1 は祝日（%2）でしたが、返品期間は暦日で数えます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="60"/>
        <source>Category %1 has a return window of %2.</source>
        <translation>カテゴリー %1 の返品期間は %2です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="65"/>
        <source>Category %1 follows the general rule of %2.</source>
        <translation>カテゴリー %1 には一般ルール（%2）が適用されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="70"/>
        <source>The shorter rule for %1 applies to orders from %2; this order keeps %3.</source>
        <translation>%1 の短い返品期間は %2 以降の注文に適用されます。この注文は %3のままです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="77"/>
        <source>Your shop&apos;s policy extends the marketplace&apos;s %1 to %2.</source>
        <translation>ショップのポリシーにより、マーケットプレイスの %1が %2に延長されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="82"/>
        <source>Bought between %1 and %2: the holiday return policy extends the deadline to %3.</source>
        <translation>%1〜%2 の購入：年末年始の返品期間延長により、期限が %3 まで延長されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="90"/>
        <source>The holiday return policy allows returns until %1, but the normal window ends later (%2).</source>
        <translation>年末年始の返品期間延長では %1 まで返品できますが、通常の返品期間のほうが遅く終わります（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="99"/>
        <source>Orders bought between %1 and %2 may be returned until %3; give the purchase date to check it.</source>
        <translation>%1〜%2 に購入された注文は %3 まで返品できます。確認するには購入日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="108"/>
        <source>Category %1 is often replacement only in this marketplace.</source>
        <translation>このマーケットプレイスでは、カテゴリー %1 は交換のみとなることが多いです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="113"/>
        <source>The statutory right to cancel (%1) runs until %2, later than the marketplace window, so it applies.</source>
        <translation>法定の撤回権（%1）は %2 までで、マーケットプレイスの返品期間より長いため、こちらが適用されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="122"/>
        <source>The statutory right to cancel (%1) ends on %2; the longer return window applies.</source>
        <translation>法定の撤回権（%1）は %2 に終了します。より長い返品期間が適用されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="129"/>
        <source>This figure is reported by third parties, not confirmed by the marketplace: check it before relying on it.</source>
        <translation>この数値は第三者による情報で、マーケットプレイスでは確認されていません。利用する前に確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="136"/>
        <source>Today is the last day to start a return.</source>
        <translation>今日が返品手続きの最終日です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="137"/>
        <source>%1 left to start a return.</source>
        <translation>返品手続きの期限まで残り %1です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="140"/>
        <source>The return window closed on %1, %2 ago.</source>
        <translation>返品期間は %1 に終了しました（%2前）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="148"/>
        <source>Reply to the buyer</source>
        <translation>購入者に返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="149"/>
        <source>Answer the return request</source>
        <translation>返品リクエストに回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="150"/>
        <source>Refund the returned item</source>
        <translation>返品された商品を返金</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="151"/>
        <source>Answer the A-to-z claim</source>
        <translation>A-to-z申請に回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="152"/>
        <source>Answer the chargeback</source>
        <translation>チャージバックに回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="153"/>
        <source>Solve it before an A-to-z claim is possible</source>
        <translation>A-to-z申請が可能になる前に解決</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="161"/>
        <source>%1 business days (weekends and holidays do not count)</source>
        <translation>%1 営業日（土日・祝日は数えない）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="172"/>
        <source>%1, calendar time (weekends count)</source>
        <translation>%1、暦日（土日も数える）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="173"/>
        <source>calendar days</source>
        <translation>暦日</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="178"/>
        <source>Shop owner or lead</source>
        <translation>店舗オーナーまたは責任者</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="179"/>
        <source>Marketplace seller support</source>
        <translation>マーケットプレイスのセラーサポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="180"/>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="181"/>
        <source>Supplier or factory</source>
        <translation>仕入先または工場</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="187"/>
        <source>Not escalated</source>
        <translation>エスカレーションなし</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="188"/>
        <source>Needs attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="189"/>
        <source>Escalated</source>
        <translation>エスカレーション済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="190"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="199"/>
        <source>The buyer wrote %1 times in %2 with no answer</source>
        <translation>購入者から %2の間に %1 回連絡があり、未返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="203"/>
        <source>An A-to-z claim was filed</source>
        <translation>A-to-z申請が提出されました</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="205"/>
        <source>A-to-z risk: past the latest estimated delivery, the buyer can now claim</source>
        <translation>A-to-z申請のリスク：お届け予定日の最終日を過ぎたため、購入者が申請できる状態です</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="209"/>
        <source>A chargeback was raised</source>
        <translation>チャージバックが発生しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="211"/>
        <source>Negative feedback on the order</source>
        <translation>注文に低い評価</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="213"/>
        <source>High-value order</source>
        <translation>高額注文</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="215"/>
        <source>The buyer mentions a safety problem (%1)</source>
        <translation>購入者が安全上の問題に言及（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="219"/>
        <source>Escalated by an agent to %1: %2</source>
        <translation>担当者が %1 にエスカレーション：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="220"/>
        <source>Escalated by an agent: %1</source>
        <translation>担当者がエスカレーション：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="222"/>
        <source>Overdue: %1</source>
        <translation>期限超過：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="224"/>
        <source>Due soon: %1</source>
        <translation>期限間近：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="231"/>
        <source>in %1</source>
        <translation>あと %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="232"/>
        <source>%1 overdue</source>
        <translation>%1超過</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="74"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="77"/>
        <source>Cases assigned to this name show in the Mine view</source>
        <translation>この名前に割り当てられた案件が「自分の担当」に表示されます</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="80"/>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="90"/>
        <source>Larger files are refused as evidence. The marketplace&apos;s messages take attachments up to 10 MB.</source>
        <translation>これより大きいファイルは証拠資料として受け付けません。マーケットプレイスのメッセージに添付できるのは 10 MB までです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="97"/>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>新しい言語は次回の起動時に反映されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="109"/>
        <source>Your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="110"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="111"/>
        <source>Largest evidence file</source>
        <translation>証拠ファイルの最大サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="117"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="123"/>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="129"/>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="176"/>
        <source>The mailbox could not be saved. Details are in the log file.</source>
        <translation>メールボックスを保存できませんでした。詳細はログファイルを確認してください。</translation>
    </message>
</context>
<context>
    <name>ReturnWindow</name>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="103"/>
        <source>Return window</source>
        <translation>返品期間</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="121"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="130"/>
        <source>last day today</source>
        <translation>本日が最終日</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="133"/>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="136"/>
        <source>Open</source>
        <translation>返品受付中</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="140"/>
        <source>Closed %1 ago</source>
        <translation>%1前に終了</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="144"/>
        <source>Last day to start a return: %1</source>
        <translation>返品手続きの最終日：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="149"/>
        <source>delivered</source>
        <translation>配達</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="151"/>
        <source>expected</source>
        <translation>お届け予定</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="160"/>
        <source>today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>SyncHub</name>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="157"/>
        <source>S&amp;ync now</source>
        <translation>今すぐ同期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="160"/>
        <source>Send your changes to the team and get theirs</source>
        <translation>自分の変更をチームに送り、チームの変更を受け取ります</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="292"/>
        <source>Sign in to your team first: Preferences &gt; Team.</source>
        <translation>先にチームにサインインしてください：「設定 &gt; チーム」。</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="26"/>
        <source>1 change waiting</source>
        <translation>未送信の変更 1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="27"/>
        <source>%1 changes waiting</source>
        <translation>未送信の変更 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="36"/>
        <source>Synced just now</source>
        <translation>たった今同期しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="44"/>
        <source>Synced %1</source>
        <translation>%1 に同期</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="50"/>
        <source>sign in again (Preferences &gt; Team)</source>
        <translation>再度サインインしてください（「設定 &gt; チーム」）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="51"/>
        <source>the team service answered with an error</source>
        <translation>チームサービスがエラーを返しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="52"/>
        <source>the changes could not be stored</source>
        <translation>変更を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="54"/>
        <source>an internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="62"/>
        <source>Team %1 on %2, signed in as %3</source>
        <translation>チーム %1（%2）に %3 としてサインイン中</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="68"/>
        <source>Last synced %1</source>
        <translation>最終同期：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="70"/>
        <location filename="../../app/ui/sync/indicator.py" line="91"/>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="74"/>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="76"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="79"/>
        <source>The team service cannot be reached. Your changes are kept on this computer and sent when it can be reached again.</source>
        <translation>チームサービスに接続できません。変更はこのコンピューターに保存され、接続が戻ると送信されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="86"/>
        <source>Sync failed: %1</source>
        <translation>同期に失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="116"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="118"/>
        <source>Try to sync again now</source>
        <translation>今すぐもう一度同期</translation>
    </message>
</context>
<context>
    <name>SyncNotices</name>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="43"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="53"/>
        <source>an unknown time</source>
        <translation>日時不明</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="63"/>
        <source>A teammate</source>
        <translation>チームメンバー</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="69"/>
        <source>%1 added the tag %2 at %3 while you were offline; your removal of it was replaced</source>
        <translation>オフライン中に %1 がタグ %2 を追加しました（%3）。あなたの削除は上書きされました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="74"/>
        <source>%1 removed the tag %2 at %3 while you were offline; your adding it was replaced</source>
        <translation>オフライン中に %1 がタグ %2 を削除しました（%3）。あなたの追加は上書きされました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="81"/>
        <source>%1 deleted this case at %2 while you were offline; your change was replaced</source>
        <translation>オフライン中に %1 がこの案件を削除しました（%2）。あなたの変更は上書きされました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="86"/>
        <source>%1 restored this case at %2 while you were offline; your deletion was replaced</source>
        <translation>オフライン中に %1 がこの案件を復元しました（%2）。あなたの削除は上書きされました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="92"/>
        <source>%1 set the status to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>オフライン中に %1 がステータスを %2 に変更しました（%3）。あなたの変更（%4）は上書きされました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="96"/>
        <source>%1 set the priority to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>オフライン中に %1 が優先度を %2 に変更しました（%3）。あなたの変更（%4）は上書きされました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="101"/>
        <source>%1 set the reason to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>オフライン中に %1 が理由を %2 に変更しました（%3）。あなたの変更（%4）は上書きされました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="105"/>
        <source>%1 assigned the case to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>オフライン中に %1 が案件の担当者を %2 にしました（%3）。あなたの変更（%4）は上書きされました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="115"/>
        <source>%1 set %2 to %3 at %4 while you were offline; your change to %5 was replaced</source>
        <translation>オフライン中に %1 が %2 を %3 に変更しました（%4）。あなたの変更（%5）は上書きされました</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="146"/>
        <source>Reapply mine</source>
        <translation>自分の値を再適用</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="149"/>
        <source>Set it back to your value (%1); the team gets it too</source>
        <translation>自分の値（%1）に戻します。チームにも反映されます</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="153"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="154"/>
        <source>Keep their change and hide this</source>
        <translation>相手の変更を残して、この通知を閉じます</translation>
    </message>
</context>
<context>
    <name>SyncPresence</name>
    <message>
        <location filename="../../app/ui/sync/presence.py" line="39"/>
        <source>%1 is replying to this case</source>
        <translation>%1 がこの案件に返信中です</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/presence.py" line="41"/>
        <source>%1 is viewing this case</source>
        <translation>%1 がこの案件を表示中です</translation>
    </message>
</context>
<context>
    <name>TeamAccount</name>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="43"/>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="44"/>
        <source>Agent</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="45"/>
        <source>Trainer</source>
        <translation>トレーナー</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="51"/>
        <source>Signed in to team %1 on %2 as %3 (%4).</source>
        <translation>チーム %1（%2）に %3（%4）としてサインインしています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="111"/>
        <source>The token your shop&apos;s owner made for you</source>
        <translation>店舗オーナーが発行したトークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="114"/>
        <source>The token is stored in the system keyring, never in a file, and is not shown again. Your changes are kept on this computer while you are offline and sent when the team service can be reached.</source>
        <translation>トークンはファイルではなくシステムのキーリングに保存され、再表示はされません。オフライン中の変更はこのコンピューターに保存され、チームサービスに接続できると送信されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="124"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="126"/>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="133"/>
        <source>Team service</source>
        <translation>チームサービス</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="134"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="187"/>
        <source>Stored in the system keyring; type a new one to change</source>
        <translation>システムのキーリングに保存済み。変更するには新しいトークンを入力してください</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="191"/>
        <source>This computer is not signed in to a team: your cases stay on it alone.</source>
        <translation>このコンピューターはチームにサインインしていません。案件はこのコンピューターにのみ保存されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="205"/>
        <source>Fill in the team service&apos;s address and your token.</source>
        <translation>チームサービスのアドレスとトークンを入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="211"/>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="229"/>
        <source>Signed in. Your cases sync with the team.</source>
        <translation>サインインしました。案件はチームと同期されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="252"/>
        <source>Signed out. Changes not sent yet stay on this computer and are sent when you sign in again.</source>
        <translation>サインアウトしました。未送信の変更はこのコンピューターに残り、再度サインインすると送信されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="281"/>
        <source>Something went wrong. Details are in the log file.</source>
        <translation>問題が発生しました。詳細はログファイルを確認してください。</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="25"/>
        <source>buyer&apos;s name</source>
        <translation>購入者名</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="26"/>
        <source>order id</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="27"/>
        <source>marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="28"/>
        <source>item title</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="29"/>
        <source>carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="30"/>
        <source>tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="31"/>
        <source>your name</source>
        <translation>自分の名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="32"/>
        <source>return deadline</source>
        <translation>返品期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="33"/>
        <source>delivery date</source>
        <translation>配達日</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="34"/>
        <source>refund amount</source>
        <translation>返金額</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="35"/>
        <source>days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="57"/>
        <source>What agents see in the list</source>
        <translation>担当者に一覧で表示される名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="64"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="65"/>
        <source>&amp;Subject</source>
        <translation>件名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="66"/>
        <source>&amp;Body</source>
        <translation>本文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="74"/>
        <source>Reply templates</source>
        <translation>返信テンプレート</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="93"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="95"/>
        <source>&amp;Copy to edit</source>
        <translation>コピーして編集(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="97"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="114"/>
        <source>lowercase_words, e.g. refund_sent</source>
        <translation>半角英小文字・数字・_（例：refund_sent）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="118"/>
        <source>Case reasons</source>
        <translation>案件の理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="119"/>
        <source>Case statuses</source>
        <translation>案件のステータス</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="129"/>
        <source>Remove this language</source>
        <translation>この言語を削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="132"/>
        <source>Insert placeholder</source>
        <translation>差し込み項目を挿入</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="146"/>
        <source>&amp;Key</source>
        <translation>キー(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="147"/>
        <source>Fits (none ticked: any)</source>
        <translation>対象（未選択の場合はすべて）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="157"/>
        <source>Chec&amp;k</source>
        <translation>チェック(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="159"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="205"/>
        <source>Loading the templates…</source>
        <translation>テンプレートを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="223"/>
        <source>shop</source>
        <translation>ショップ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="225"/>
        <source>built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="239"/>
        <source>Some template files could not be read:</source>
        <translation>一部のテンプレートファイルを読み込めませんでした：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="263"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="264"/>
        <source>Discard the changes to this template?</source>
        <translation>このテンプレートへの変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="307"/>
        <source>Your shop&apos;s template. Saving it under the key of a built-in template replaces that one for your shop.</source>
        <translation>ショップのテンプレートです。組み込みテンプレートのキーで保存すると、このショップではそのテンプレートの代わりに使われます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="315"/>
        <source>Built-in template: read-only. Copy it to make your own.</source>
        <translation>組み込みテンプレート：読み取り専用です。コピーして独自のテンプレートを作成してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="318"/>
        <source>Your shop&apos;s template.</source>
        <translation>ショップのテンプレートです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="335"/>
        <source>Add a language…</source>
        <translation>言語を追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="408"/>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="430"/>
        <source>Not saved: fix these first.</source>
        <translation>保存していません。先に次の問題を修正してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="432"/>
        <source>Fix these before saving:</source>
        <translation>保存する前に次の問題を修正してください：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="435"/>
        <source>Warnings (it can be saved):</source>
        <translation>警告（保存は可能です）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="438"/>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="442"/>
        <source>Changed while it was checked: save again.</source>
        <translation>チェック中に変更されました。もう一度保存してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="444"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="455"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="486"/>
        <source>Delete template</source>
        <translation>テンプレートの削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="488"/>
        <source>Delete your template “%1”?</source>
        <translation>テンプレート「%1」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="514"/>
        <source>Deleted.</source>
        <translation>削除しました。</translation>
    </message>
</context>
</TS>
