<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="87"/>
        <source>Rewriting your cases in the compact format: %1 of %2 rows…</source>
        <translation>正在以紧凑格式重写您的案例：第 %1 行，共 %2 行…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="92"/>
        <source>Building the indexes…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="94"/>
        <source>Building the search index…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="96"/>
        <source>Keeping the old file as a backup and finishing…</source>
        <translation>正在将旧文件保留为备份并完成…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="97"/>
        <source>Upgrading your data to this version of Support Workbench…
The old file is kept as a backup; this can take a few minutes.</source>
        <translation>正在将您的数据升级到此版本的 Support Workbench…
旧文件将保留为备份；这可能需要几分钟。</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="130"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="218"/>
        <source>The database of this profile is damaged, so Workbench will not save anything to it: saving could spread the damage. You can still read your cases.</source>
        <translation>此配置文件的数据库已损坏，因此 Workbench 不会向其中保存任何内容：保存可能会扩大损坏。您仍然可以查看您的案例。</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="225"/>
        <source>Close Workbench, then run “workbench doctor” to see what is wrong, and “workbench backups restore” to put the latest backup back or “workbench salvage --out FOLDER” to copy what can still be read into a new profile.</source>
        <translation>请关闭 Workbench，然后运行“workbench doctor”查看问题，并运行“workbench backups restore”恢复最新备份，或运行“workbench salvage --out FOLDER”将仍可读取的内容复制到新的配置文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="164"/>
        <location filename="../../app/ui/app.py" line="258"/>
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>出现问题。已保存的内容不受影响，详细信息请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../app/ui/case/approval.py" line="86"/>
        <source>Sent anyway by %1, %2</source>
        <translation>%1 于 %2 仍然发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="87"/>
        <source>an agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="95"/>
        <source>Blocked by: %1</source>
        <translation>触发的规则：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="97"/>
        <source>the compliance check</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="103"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="112"/>
        <source>Approve and send</source>
        <translation>批准并发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="114"/>
        <source>Return to the agent…</source>
        <translation>退回给客服…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="136"/>
        <source>Return the reply to the agent</source>
        <translation>将回复退回给客服</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="138"/>
        <source>The reply becomes a draft again, and your note goes into the case for the agent.</source>
        <translation>回复将重新变为草稿，您的备注会添加到工单中供客服查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="147"/>
        <source>What should the agent change?</source>
        <translation>客服需要修改什么？</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="154"/>
        <source>Return to the agent</source>
        <translation>退回给客服</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="169"/>
        <source>Write a note for the agent first.</source>
        <translation>请先给客服写一条备注。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="260"/>
        <source>Approved: the reply goes on its way.</source>
        <translation>已批准：回复正在发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="262"/>
        <source>Returned to the agent as a draft, with your note.</source>
        <translation>已作为草稿退回给客服，并附上您的备注。</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="39"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="45"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="93"/>
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="70"/>
        <source>No customer recorded.</source>
        <translation>未记录客户信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="78"/>
        <source>Writes in %1</source>
        <translation>使用语言：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="90"/>
        <source>No order linked to this case.</source>
        <translation>此工单未关联订单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="94"/>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="97"/>
        <source>Delivered</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="99"/>
        <source>Expected</source>
        <translation>预计送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="111"/>
        <source>Fulfilment</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="113"/>
        <source>Carrier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/strip_tiles.py" line="76"/>
        <source>Added %1 by %2</source>
        <translation>%2 于 %1 添加</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case/view.py" line="96"/>
        <source>Select a case on the left to see it here.</source>
        <translation>在左侧选择工单，即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="141"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="143"/>
        <source>tags, separated by commas</source>
        <translation>标签，用英文逗号 (,) 分隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="154"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="155"/>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="156"/>
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="157"/>
        <source>&amp;Assignee</source>
        <translation>负责人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="158"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="161"/>
        <source>Log contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="163"/>
        <source>Record a phone call, chat, call-back or social contact</source>
        <translation>记录电话、在线聊天、回电或社交媒体联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="206"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="208"/>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="209"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="311"/>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="315"/>
        <source>opened %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="533"/>
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="147"/>
        <source>Reply queued; the override is in the case history.</source>
        <translation>回复已加入待发送队列；未通过合规检查仍发送的原因已记入工单历史记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="149"/>
        <source>Reply queued.</source>
        <translation>回复已加入待发送队列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="191"/>
        <source>The reply waits for the owner&apos;s approval; it is not sent yet.</source>
        <translation>回复正在等待店主批准，尚未发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="213"/>
        <source>Not marked as sent: the reply stays a draft and the buyer&apos;s clock keeps running.</source>
        <translation>未标记为已发送：回复仍为草稿，买家的回复计时继续进行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="226"/>
        <source>Reply marked as sent at %1.</source>
        <translation>已将回复标记为于 %1 发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="239"/>
        <source>Reply taken back: it is a draft again.</source>
        <translation>回复已撤回：重新变为草稿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="248"/>
        <source>The reply is in the outbox again.</source>
        <translation>回复已重新放入发件箱。</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/core/bus.py" line="43"/>
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>出现问题，内容未保存。详细信息请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="25"/>
        <source>E-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="26"/>
        <source>E-mail addresses are not allowed in buyer messages: the conversation must stay in the marketplace&apos;s messaging.</source>
        <translation>发给买家的消息中不得包含电子邮件地址：沟通必须在平台的站内信中进行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="33"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="34"/>
        <source>Phone numbers are not allowed in buyer messages; only a carrier&apos;s or manufacturer&apos;s warranty line may be given.</source>
        <translation>发给买家的消息中不得包含电话号码；只能提供物流公司或制造商的保修热线。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="41"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="42"/>
        <source>Links are allowed only when the buyer needs them for the order; this one leads somewhere else.</source>
        <translation>仅当买家处理订单需要时才允许使用链接；此链接指向其他地方。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="49"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="50"/>
        <source>Buyer messages are plain text: HTML tags and entities are not allowed.</source>
        <translation>发给买家的消息只能是纯文本：不允许使用 HTML 标签和实体。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="56"/>
        <source>Messenger or social media</source>
        <translation>即时通讯或社交媒体</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="57"/>
        <source>Asking the buyer to talk on another channel (a messenger app, social media or a personal handle) is not allowed.</source>
        <translation>不得要求买家通过其他渠道（即时通讯应用、社交媒体或个人账号）沟通。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="64"/>
        <source>Outside the marketplace</source>
        <translation>平台外交易</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="65"/>
        <source>Asking the buyer to pay, be refunded or return the item outside the marketplace is not allowed.</source>
        <translation>不得要求买家在平台外付款、退款或退货。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="72"/>
        <source>Review incentive</source>
        <translation>以利益换评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="73"/>
        <source>Offering a refund, discount, gift or anything else in exchange for a review or feedback is not allowed.</source>
        <translation>不得以退款、折扣、礼品或任何其他好处换取评论或反馈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="80"/>
        <source>Asking for a good review</source>
        <translation>索要好评</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="81"/>
        <source>A review may only be asked for neutrally: asking for a positive or 5-star review, or only from satisfied buyers, is not allowed.</source>
        <translation>只能以中立方式请求评论：不得索要好评或五星评论，也不得只向满意的买家请求评论。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="88"/>
        <source>Asking to change a review</source>
        <translation>要求修改评论</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="89"/>
        <source>Asking a buyer to change or remove a product review is not allowed (asking to remove seller feedback once the problem is solved is).</source>
        <translation>不得要求买家修改或删除商品评论（问题解决后，可以请求删除卖家反馈）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="96"/>
        <source>Marketing</source>
        <translation>营销内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="97"/>
        <source>Marketing, coupons and promotions of other products are not allowed in buyer messages.</source>
        <translation>发给买家的消息中不得包含营销内容、优惠券或其他商品的促销信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="104"/>
        <source>Emoji</source>
        <translation>表情符号</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="105"/>
        <source>The marketplace&apos;s guidelines do not allow emojis in buyer messages.</source>
        <translation>平台规则不允许在发给买家的消息中使用表情符号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="110"/>
        <source>No order id</source>
        <translation>缺少订单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="111"/>
        <source>Messages should quote the order id, so the buyer and the marketplace can match them to the order.</source>
        <translation>消息中应注明订单号，以便买家和平台将其与订单对应。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="118"/>
        <source>Too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="119"/>
        <source>The marketplace rejects messages longer than its limit; shorten it.</source>
        <translation>平台会拒收超出长度限制的消息；请缩短内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="125"/>
        <source>Not filled in</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="126"/>
        <source>A template placeholder was not filled in; write the fact in, or the buyer reads the marker.</source>
        <translation>模板中的占位符尚未填写；请填入相应信息，否则买家会看到占位标记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="133"/>
        <source>Thank you only</source>
        <translation>仅致谢</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="134"/>
        <source>A message that only thanks the buyer or confirms the order is not allowed; say what the buyer needs to know, or send nothing.</source>
        <translation>不允许发送仅致谢或仅确认订单的消息；请写明买家需要了解的内容，或者不要发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="141"/>
        <source>Empty</source>
        <translation>空消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="142"/>
        <source>An empty message cannot be sent.</source>
        <translation>无法发送空消息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="150"/>
        <source>Only a carrier&apos;s or manufacturer&apos;s warranty or service line may be given; check that this number is one.</source>
        <translation>只能提供物流公司或制造商的保修或服务热线；请确认此号码属于此类。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="156"/>
        <source>Links to the marketplace&apos;s own pages or a carrier&apos;s tracking page are allowed only if the buyer needs them for this order; check that they do.</source>
        <translation>指向平台自身页面或物流公司追踪页面的链接，仅在买家处理此订单需要时才允许；请确认确有需要。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="196"/>
        <source>%1 characters; the marketplace accepts at most %2. Shorten it, or it will be rejected.</source>
        <translation>共 %1 个字符；平台最多接受 %2 个。请缩短，否则会被拒收。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="38"/>
        <source>The language the reply is in</source>
        <translation>回复所用的语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="40"/>
        <source>Reply &amp;in</source>
        <translation>回复语言(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="71"/>
        <source>Finding the buyer&apos;s language…</source>
        <translation>正在识别买家的语言…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="76"/>
        <source>Buyer&apos;s language unknown — replies in English</source>
        <translation>买家语言未知 — 使用英语回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="78"/>
        <source>Buyer writes %1 (detected)</source>
        <translation>买家使用%1（自动识别）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="80"/>
        <source>Buyer writes %1 (from the customer record)</source>
        <translation>买家使用%1（来自客户资料）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="82"/>
        <source>Buyer writes %1 (from the case)</source>
        <translation>买家使用%1（来自工单）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="87"/>
        <source>The buyer&apos;s language could not be found: %1</source>
        <translation>无法识别买家的语言：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="364"/>
        <source>Filling in the template…</source>
        <translation>正在填充模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="386"/>
        <source>Template inserted; Ctrl+Z brings back what you had written.</source>
        <translation>已插入模板；按 Ctrl+Z 可恢复您之前写的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="395"/>
        <source>The template could not be filled in: %1</source>
        <translation>无法填充模板：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="560"/>
        <source>Send the reply to the buyer; 10 s to undo (Ctrl+Enter)</source>
        <translation>将回复发送给买家；10 秒内可撤销 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="562"/>
        <source>Copy and mark as sent</source>
        <translation>复制并标记为已发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="563"/>
        <source>No mailbox is set up: copy the reply for Seller Central, then confirm you sent it there (Ctrl+Enter)</source>
        <translation>未设置邮箱：复制回复并在 Seller Central 中发送，然后确认已在那里发送 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="48"/>
        <source>Fell back to %1: no %2 variant.</source>
        <translation>没有%2版本，已改用%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="56"/>
        <source>Not known for this case, fill in by hand: %1</source>
        <translation>此工单中未知，请手动填写：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="63"/>
        <source>In %1 (for you)</source>
        <translation>%1（供您参考）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="64"/>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="517"/>
        <source>Checking the reply before it goes out…</source>
        <translation>正在发送前检查回复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="528"/>
        <source>Not sent. Fix the marked text.</source>
        <translation>未发送。请修改标出的文字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="138"/>
        <source>Checking the reply…</source>
        <translation>正在检查回复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="142"/>
        <source>The reply could not be checked: %1</source>
        <translation>无法检查回复：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="161"/>
        <source>✓ Nothing the marketplace forbids.</source>
        <translation>✓ 没有平台禁止的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="164"/>
        <source>Not allowed by the marketplace: %1</source>
        <translation>平台禁止的内容：%1 处</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="166"/>
        <source>warnings: %1</source>
        <translation>警告 %1 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="171"/>
        <source>Warnings: %1 (they do not stop the reply)</source>
        <translation>警告 %1 条（不影响发送回复）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="187"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="226"/>
        <source>Send despite the compliance check?</source>
        <translation>未通过合规检查，仍要发送吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="229"/>
        <source>The marketplace does not allow what this reply contains. Sending it can get the shop&apos;s account warned or suspended.</source>
        <translation>此回复包含平台不允许的内容。发送后，店铺账户可能会被警告或封停。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="247"/>
        <source>Why this reply must go out as it is (required)</source>
        <translation>为何必须按原样发送此回复（必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="255"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="263"/>
        <source>The shop&apos;s owner approves every reply sent anyway: this one waits for them, with your reason, and is not sent until they approve it. The buyer&apos;s clock keeps running.</source>
        <translation>所有仍然发送的回复都需店主批准：此回复将连同您填写的原因等待店主批准，批准前不会发送。买家的回复计时继续进行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="274"/>
        <source>Ask the owner to approve</source>
        <translation>请店主批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="278"/>
        <source>Reason for sending it anyway:</source>
        <translation>仍要发送的原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="290"/>
        <source>Say why it must go out as it is (at least %1 characters).</source>
        <translation>请说明为何必须按原样发送（至少 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="72"/>
        <source>Find a template (Ctrl+T)</source>
        <translation>查找模板 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="87"/>
        <source>Manage templates…</source>
        <translation>管理模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="100"/>
        <source>All templates</source>
        <translation>全部模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="101"/>
        <source>Back to the list of templates</source>
        <translation>返回模板列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="107"/>
        <source>This shows the template as picked, not your edits.</source>
        <translation>此处显示所选模板的原样，不含您的修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="140"/>
        <source>Templates with problems (not offered): %1. See Manage templates…</source>
        <translation>有问题的模板（未列出）：%1 个。请查看“管理模板…”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="152"/>
        <source>The templates could not be loaded: %1</source>
        <translation>无法加载模板：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="228"/>
        <source>Found, fitting this case</source>
        <translation>搜索结果（适用于此工单）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="230"/>
        <source>Found</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="233"/>
        <source>No template matches “%1”.</source>
        <translation>没有与“%1”匹配的模板。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="241"/>
        <source>Suggested for this case</source>
        <translation>推荐用于此工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="242"/>
        <source>All other templates</source>
        <translation>其他所有模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="261"/>
        <source>%1 (shop)</source>
        <translation>%1（店铺）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="270"/>
        <source>No %1 version: the reply would be in %2.</source>
        <translation>没有%1版本：回复将使用%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="41"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="43"/>
        <source>Take the reply back before it goes (Ctrl+Z in the editor)</source>
        <translation>在发出前撤回回复（在编辑器中按 Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="94"/>
        <source>Reply queued · sending in %1 s</source>
        <translation>回复待发送 · %1 秒后发送</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="17"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="18"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="19"/>
        <source>Call-back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="20"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="21"/>
        <source>Other contact</source>
        <translation>其他联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="28"/>
        <source>incoming</source>
        <translation>客户发起</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="29"/>
        <source>outgoing</source>
        <translation>我方发起</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="36"/>
        <source>Incoming: the buyer contacted us</source>
        <translation>客户发起：买家联系了我们</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="37"/>
        <source>Outgoing: we contacted the buyer</source>
        <translation>我方发起：我们联系了买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="42"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="76"/>
        <location filename="../../app/ui/dialogs/contact_log.py" line="105"/>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="96"/>
        <source>Not noted</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="98"/>
        <source>What was said and agreed</source>
        <translation>沟通内容及约定事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="110"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="111"/>
        <source>Direction</source>
        <translation>发起方</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="112"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="113"/>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="114"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="143"/>
        <source>The contact time is in the future; give when it happened.</source>
        <translation>联系时间在未来；请填写实际发生的时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="149"/>
        <source>Write a short summary of the contact.</source>
        <translation>请简要填写此次联系的摘要。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="202"/>
        <source>Contact logged.</source>
        <translation>联系已记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="214"/>
        <source>The contact could not be saved. Details are in the log file.</source>
        <translation>无法保存此次联系。详细信息请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="61"/>
        <source>Draft — not sent</source>
        <translation>草稿 — 未发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="66"/>
        <source>Queued · sending in %1 s</source>
        <translation>待发送 · %1 秒后发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="71"/>
        <source>Waiting to retry (attempt %1, next at %2): %3</source>
        <translation>等待重试（第 %1 次尝试，下次：%2）：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="74"/>
        <source>no answer from the server</source>
        <translation>服务器无响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="77"/>
        <source>Queued · waiting to be sent</source>
        <translation>待发送 · 等待发出</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="81"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="84"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="85"/>
        <source>Sent %1</source>
        <translation>已于 %1 发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="89"/>
        <source>the workbench stopped while handing it to the mail server, so it may have been sent. Check your sent mail, then Mark as sent or Retry.</source>
        <translation>工作台在将回复交给邮件服务器时停止了，因此它可能已经发出。请检查已发送邮件，然后选择“标记为已发送”或“重试”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="95"/>
        <source>the server gave no reason</source>
        <translation>服务器未说明原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="96"/>
        <source>Failed: %1</source>
        <translation>发送失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="103"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="104"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="105"/>
        <source>Mark as sent…</source>
        <translation>标记为已发送…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="142"/>
        <source>quoted text hidden</source>
        <translation>已隐藏引用内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="146"/>
        <source>unknown character set: some characters may be wrong</source>
        <translation>字符集未知：部分字符可能显示有误</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="150"/>
        <source>HTML mail shown as text</source>
        <translation>HTML 邮件以纯文本显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="154"/>
        <source>long mail shortened: the full text is in the original</source>
        <translation>长邮件已截断：完整内容见原始邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="173"/>
        <source>damaged mail: parts of it may be missing</source>
        <translation>邮件已损坏：可能缺少部分内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="177"/>
        <source>too many attachments: some were not kept</source>
        <translation>附件过多：部分附件未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="179"/>
        <source>the mail had no text</source>
        <translation>邮件没有正文</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="183"/>
        <source>attachment refused: %1</source>
        <translation>附件被拒收：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="266"/>
        <source>No messages yet.</source>
        <translation>暂无消息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="142"/>
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>输入给客户的回复，或给团队的内部备注…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="559"/>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="177"/>
        <source>Add internal note</source>
        <translation>添加内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="179"/>
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>备注仅团队成员可见 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="507"/>
        <location filename="../../app/ui/composer/panel.py" line="546"/>
        <source>Write something first.</source>
        <translation>请先输入内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="596"/>
        <source>Writing an internal note</source>
        <translation>正在撰写内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="598"/>
        <source>Writing a reply</source>
        <translation>正在撰写回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="82"/>
        <location filename="../../app/ui/case/conversation.py" line="79"/>
        <source>Waiting for the owner&apos;s approval</source>
        <translation>等待店主批准</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="62"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="63"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="64"/>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="65"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="74"/>
        <source>Escalate the case</source>
        <translation>升级工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="84"/>
        <source>Why, and what you expect from them (required)</source>
        <translation>原因，以及希望对方做什么（必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="88"/>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="94"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="95"/>
        <source>To</source>
        <translation>升级至</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="96"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="104"/>
        <source>Say why you escalate it.</source>
        <translation>请填写升级原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="141"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="142"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="143"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="144"/>
        <source>How it counts</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="147"/>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="149"/>
        <source>Take back my escalation</source>
        <translation>撤回我的升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="151"/>
        <source>No reply needed</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="153"/>
        <source>The buyer&apos;s last messages need no answer (e.g. a thank-you): stop the reply clock</source>
        <translation>买家最近的消息无需回复（例如致谢）：停止回复计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="159"/>
        <source>Record…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="161"/>
        <source>Record what the marketplace reports about the order, as of now</source>
        <translation>按当前时间记录平台通知的订单情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="166"/>
        <source>The buyer asked to return it</source>
        <translation>买家申请退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="167"/>
        <source>The returned item arrived</source>
        <translation>退货已到货</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="168"/>
        <source>Refund issued</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="169"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="170"/>
        <source>A-to-z claim filed</source>
        <translation>已提出 A-to-z 索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="171"/>
        <source>Chargeback raised</source>
        <translation>发生拒付</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="172"/>
        <source>Negative feedback left</source>
        <translation>收到差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="191"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="192"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="193"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="201"/>
        <source>Escalation history</source>
        <translation>升级记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="216"/>
        <source>Reason changed</source>
        <translation>原因已更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="222"/>
        <source>Workbench (automatic)</source>
        <translation>Workbench（自动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="251"/>
        <source>Nothing needs escalating.</source>
        <translation>无需升级。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="17"/>
        <source>Photo of the defect or the difference</source>
        <translation>缺陷或差异处的照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="18"/>
        <source>Photo of the label or model number</source>
        <translation>标签或型号的照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="19"/>
        <source>Order or receipt</source>
        <translation>订单或收据</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="20"/>
        <source>Photo with a measuring tape or of the size label</source>
        <translation>用卷尺测量的照片或尺码标签照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="21"/>
        <source>Photo of the parcel</source>
        <translation>包裹照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="22"/>
        <source>Photo of the item</source>
        <translation>商品照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="23"/>
        <source>Shipping label</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="24"/>
        <source>Carrier tracking page or screenshot</source>
        <translation>物流公司的追踪页面或截图</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="25"/>
        <source>Delivery photo, if any</source>
        <translation>签收照片（如有）</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="26"/>
        <source>Return tracking</source>
        <translation>退货物流追踪</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="27"/>
        <source>Receipt of the returned item</source>
        <translation>退货签收凭证</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="119"/>
        <location filename="../../app/ui/evidence/panel.py" line="453"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="121"/>
        <source>Add photos, screenshots or PDF receipts (or drop them here)</source>
        <translation>添加照片、截图或 PDF 收据（也可拖放到此处）</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="125"/>
        <location filename="../../app/ui/evidence/panel.py" line="454"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="127"/>
        <source>Add the picture or files on the clipboard (Ctrl+Shift+V)</source>
        <translation>添加剪贴板中的图片或文件 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="131"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="133"/>
        <source>Save the files and a manifest as one zip for a claim</source>
        <translation>将文件和清单保存为一个 zip，用于索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="148"/>
        <source>No files yet. Drop photos, screenshots or receipts here.</source>
        <translation>暂无文件。请将照片、截图或收据拖放到此处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="156"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_notice.py" line="28"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_notice.py" line="32"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="38"/>
        <source>No evidence checklist for this kind of case.</source>
        <translation>此类工单没有凭证清单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="40"/>
        <source>Checklist: %1 of %2 collected</source>
        <translation>清单：已收集 %1/%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="47"/>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/strip_tiles.py" line="82"/>
        <source>Over the marketplace&apos;s 10 MB limit for attachments.</source>
        <translation>超出平台 10 MB 的附件大小限制。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="225"/>
        <source>Add evidence</source>
        <translation>添加凭证</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="227"/>
        <source>Photos, screenshots and documents</source>
        <translation>照片、截图和文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="229"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="241"/>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>剪贴板中没有可添加的图片或文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="252"/>
        <source>Only files on this computer can be added. Save the picture first, then add the saved file.</source>
        <translation>只能添加此电脑上的文件。请先保存图片，再添加保存的文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="271"/>
        <source>The picture could not be saved: %1</source>
        <translation>无法保存图片：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="326"/>
        <source>Files are still being added; wait for them to finish.</source>
        <translation>仍在添加文件，请等待完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="328"/>
        <source>The evidence is being exported; wait for it to finish.</source>
        <translation>正在导出凭证，请等待完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="95"/>
        <source>Programs</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="99"/>
        <source>These files are programs: %1. Workbench can keep them as evidence but never runs them. Opening a program from a customer can harm this computer.</source>
        <translation>这些文件是程序：%1。Workbench 可以将其作为凭证保存，但绝不会运行它们。打开客户发来的程序可能会危害此电脑。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="107"/>
        <source>Keep them as evidence</source>
        <translation>作为凭证保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="108"/>
        <source>Leave them out</source>
        <translation>不添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="350"/>
        <source>Adding files…</source>
        <translation>正在添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="368"/>
        <source>Added %1 of %2: %3</source>
        <translation>已添加 %1/%2：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="370"/>
        <source>Exported %1 of %2: %3</source>
        <translation>已导出 %1 / %2：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="379"/>
        <source>Stopping after this file…</source>
        <translation>将在此文件之后停止…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="393"/>
        <source>Case %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="403"/>
        <source>Added %1 file(s).</source>
        <translation>已添加 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="411"/>
        <source>Stopped: %1 file(s) were not added.</source>
        <translation>已停止：%1 个文件未添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="431"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>出现问题；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="461"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="462"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="469"/>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="471"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="520"/>
        <source>Removed %1.</source>
        <translation>已移除：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="549"/>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="559"/>
        <source>Saved a copy as %1.</source>
        <translation>已将副本保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="575"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="584"/>
        <source>Exported %1 file(s) to %2.</source>
        <translation>已将 %1 个文件导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="43"/>
        <location filename="../../app/ui/evidence/export_dialog.py" line="123"/>
        <location filename="../../app/ui/evidence/export_dialog.py" line="133"/>
        <source>Export evidence</source>
        <translation>导出凭证</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="52"/>
        <source>Keep the location (GPS) in photos</source>
        <translation>保留照片中的位置信息 (GPS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="56"/>
        <source>The zip holds every file and a manifest (kind, caption, SHA-256, size, who added it and when). Photos lose their location unless you keep it.</source>
        <translation>zip 包含所有文件和一份清单（类型、说明、SHA-256、大小、添加人及添加时间）。除非选择保留，照片中的位置信息将被移除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="65"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="74"/>
        <source>Save the bundle as:</source>
        <translation>将文件包另存为：</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="107"/>
        <source>This is inside the profile folder; saving there could destroy the profile. Choose a place outside it.</source>
        <translation>这是在配置文件夹内；保存在那里可能会毁坏配置文件。请选择该文件夹之外的位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="113"/>
        <source>This is not a regular file (a link, a pipe or a device); choose another name.</source>
        <translation>这不是普通文件（链接、管道或设备）；请选择其他名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="124"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="314"/>
        <source>This file cannot be previewed</source>
        <translation>无法预览此文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="322"/>
        <location filename="../../app/ui/evidence/viewer.py" line="202"/>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="324"/>
        <source>Open with another program…</source>
        <translation>用其他程序打开…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="102"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="53"/>
        <source>Describe what this file shows</source>
        <translation>描述此文件显示的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="61"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="62"/>
        <source>&amp;Caption:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="167"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="170"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="173"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="176"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="178"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="179"/>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="181"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="184"/>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="187"/>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="190"/>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="193"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="196"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="199"/>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="34"/>
        <source>It is %1, which this viewer does not show.</source>
        <translation>此查看器无法显示此类文件（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="321"/>
        <source>Evidence: %1</source>
        <translation>凭证：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="96"/>
        <source>Added %1 by %2</source>
        <translation>%2 于 %1 添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="98"/>
        <source>Added %1</source>
        <translation>于 %1 添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="102"/>
        <source>Taken %1</source>
        <translation>拍摄于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="371"/>
        <source>Shown smaller than its %1 × %2 pixels.</source>
        <translation>以小于原始尺寸（%1 × %2 像素）的大小显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="57"/>
        <source>The image is %1 × %2 pixels, too large to show safely.</source>
        <translation>图片为 %1 × %2 像素，过大，无法安全显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="61"/>
        <source>The image could not be read: it is damaged, or in a format not supported here.</source>
        <translation>无法读取图片：图片已损坏，或其格式在此不受支持。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="426"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="446"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="473"/>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="478"/>
        <source>Saving a copy…</source>
        <translation>正在保存副本…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="490"/>
        <source>Saved a copy as %1</source>
        <translation>已将副本保存为 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="498"/>
        <source>The copy could not be made: %1</source>
        <translation>无法创建副本：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="46"/>
        <source>Open with another program</source>
        <translation>用其他程序打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="47"/>
        <source>Open “%1” with another program?</source>
        <translation>要用其他程序打开“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="50"/>
        <source>This file is a program. Running it can harm this computer and the data on it: files from customers can carry viruses. Open it only if you are certain it is safe.</source>
        <translation>此文件是程序。运行它可能会危害此电脑及其中的数据：客户发来的文件可能携带病毒。只有在确定安全时才打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="57"/>
        <source>A copy of the file is opened; the case keeps the original. Open files from customers only if you trust them.</source>
        <translation>将打开文件的副本；原件仍保留在工单中。请仅在信任时打开客户发来的文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="63"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="21"/>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="22"/>
        <source>a zip archive</source>
        <translation>zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="23"/>
        <source>a Windows program</source>
        <translation>Windows 程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="24"/>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="25"/>
        <source>a file of unknown type</source>
        <translation>未知类型的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="28"/>
        <source>a file of type %1</source>
        <translation>%1 类型的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="43"/>
        <source>The PDF is protected with a password.</source>
        <translation>此 PDF 受密码保护。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="45"/>
        <source>The PDF uses a kind of protection this viewer does not support.</source>
        <translation>此 PDF 使用了此查看器不支持的保护方式。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="48"/>
        <source>The PDF could not be read: it is damaged, or not a PDF.</source>
        <translation>无法读取此 PDF：文件已损坏，或不是 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="13"/>
        <source>The file is not on this computer yet; it may still be syncing.</source>
        <translation>此文件尚未同步到此电脑；可能仍在同步中。</translation>
    </message>
</context>
<context>
    <name>FetchStatus</name>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="21"/>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="22"/>
        <source>server not found</source>
        <translation>找不到服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="23"/>
        <source>no secure connection</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="24"/>
        <source>folder not found</source>
        <translation>找不到文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="25"/>
        <source>the server answered wrongly</source>
        <translation>服务器响应异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="26"/>
        <source>no password stored</source>
        <translation>未保存密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="27"/>
        <source>the mail could not be stored</source>
        <translation>无法保存邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="28"/>
        <source>cannot be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="29"/>
        <source>no answer (timed out)</source>
        <translation>无响应（超时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="30"/>
        <source>the connection broke</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="32"/>
        <source>an internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="38"/>
        <source>Mail last fetched %1</source>
        <translation>上次收取邮件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="40"/>
        <location filename="../../app/ui/mail/fetch_status.py" line="72"/>
        <source>Mail not fetched yet</source>
        <translation>尚未收取邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="44"/>
        <source>No mailbox set up</source>
        <translation>未设置邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="45"/>
        <source>Add your mailbox in Preferences &gt; Mail to fetch mail.</source>
        <translation>要收取邮件，请在“首选项 &gt; 邮件”中添加您的邮箱。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="51"/>
        <source>Fetching mail… %1 of %2</source>
        <translation>正在收取邮件… %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="56"/>
        <source>Fetching mail…</source>
        <translation>正在收取邮件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="59"/>
        <source>The mail server cannot be reached now.</source>
        <translation>目前无法连接邮件服务器。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="62"/>
        <source>Next try at %1</source>
        <translation>下次尝试：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="64"/>
        <source>Mail: offline</source>
        <translation>邮件：离线</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="67"/>
        <source>Mail failed: %1</source>
        <translation>收取邮件失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="74"/>
        <source>Mail fetched %1</source>
        <translation>邮件收取于 %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/case/history.py" line="36"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="45"/>
        <source>Case created</source>
        <translation>工单已创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="52"/>
        <source>Case changed</source>
        <translation>工单已更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="54"/>
        <source>Case deleted</source>
        <translation>工单已删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="60"/>
        <source>Sent despite the compliance check (%1): %2</source>
        <translation>未通过合规检查仍发送（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="67"/>
        <source>Draft reply replaced by a newer version</source>
        <translation>回复草稿已被新版本替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="71"/>
        <source>Message from the customer</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="73"/>
        <source>Internal note written</source>
        <translation>已添加内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="76"/>
        <source>Draft reply saved</source>
        <translation>已保存回复草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="78"/>
        <source>Reply sent anyway, held for the owner&apos;s approval</source>
        <translation>仍然发送的回复，等待店主批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="79"/>
        <source>Reply written</source>
        <translation>已撰写回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="101"/>
        <source>Approved by the owner</source>
        <translation>店主已批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="102"/>
        <source>Approved by %1</source>
        <translation>%1 已批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="105"/>
        <source>Returned to the agent</source>
        <translation>已退回给客服</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="106"/>
        <source>Returned to the agent: %1</source>
        <translation>已退回给客服：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="127"/>
        <source>File added: %1</source>
        <translation>已添加文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="85"/>
        <source>Tag removed: %1</source>
        <translation>已移除标签：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="86"/>
        <source>Tag added: %1</source>
        <translation>已添加标签：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="130"/>
        <source>File removed: %1</source>
        <translation>已移除文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="132"/>
        <source>File put back: %1</source>
        <translation>已恢复文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="138"/>
        <source>kind %1 → %2</source>
        <translation>类型 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="144"/>
        <source>caption “%1”</source>
        <translation>说明“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="145"/>
        <source>File %1: %2</source>
        <translation>文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="155"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="156"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="157"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="59"/>
        <source>Logged a phone call (%1)</source>
        <translation>已记录电话（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="60"/>
        <source>Logged a chat (%1)</source>
        <translation>已记录在线聊天（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="61"/>
        <source>Logged a call-back (%1)</source>
        <translation>已记录回电（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="62"/>
        <source>Logged a social media contact (%1)</source>
        <translation>已记录社交媒体联系（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="63"/>
        <source>Logged a contact (%1)</source>
        <translation>已记录联系（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="69"/>
        <source>Removed a logged contact: %1</source>
        <translation>已删除联系记录：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="75"/>
        <source>Corrected a logged contact: %1</source>
        <translation>已更正联系记录：%1</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="439"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="441"/>
        <source>Waiting for our answer</source>
        <translation>待我方回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="88"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="89"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="90"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="92"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="93"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="94"/>
        <source>Lang.</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="95"/>
        <source>Marketplace</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="96"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="97"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="98"/>
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="447"/>
        <source>Evidence checklist: %1 of %2 collected</source>
        <translation>凭证清单：已收集 %1/%2</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="38"/>
        <source>All open</source>
        <translation>全部未解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="39"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="40"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="41"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="42"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="43"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="44"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="45"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="74"/>
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>搜索工单…（例如：腰带  status:open  lang:ko）</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="77"/>
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered  is:held</source>
        <translation>输入主题、消息、客户或订单号的任意部分。
筛选条件：status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered  is:held</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="201"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="206"/>
        <source>No case matches this search.</source>
        <translation>没有符合搜索条件的工单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="208"/>
        <source>No cases in this view.</source>
        <translation>此视图中没有工单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="210"/>
        <source>1 case</source>
        <translation>1 个工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="213"/>
        <source>%1 cases</source>
        <translation>%1 个工单</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/core/labels.py" line="10"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="11"/>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="12"/>
        <source>Waiting on customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="13"/>
        <source>Waiting on third party</source>
        <translation>等待第三方</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="14"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="15"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="21"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="22"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="23"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="24"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="30"/>
        <source>Wrong size</source>
        <translation>尺码不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="31"/>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="32"/>
        <source>Defective</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="33"/>
        <source>Damaged in transit</source>
        <translation>运输途中损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="34"/>
        <source>Missing parts</source>
        <translation>缺少配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="35"/>
        <source>Not received</source>
        <translation>未收到货</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="36"/>
        <source>Late delivery</source>
        <translation>配送延迟</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="37"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="38"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="39"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="40"/>
        <source>Account access</source>
        <translation>账户访问</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="41"/>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="42"/>
        <location filename="../../app/ui/core/labels.py" line="72"/>
        <location filename="../../app/ui/core/labels.py" line="85"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="48"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="49"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="50"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="56"/>
        <source>Draft, not sent</source>
        <translation>草稿，未发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="57"/>
        <source>In the outbox</source>
        <translation>在发件箱中</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="58"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="59"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="60"/>
        <source>Sending failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="61"/>
        <source>Waiting for the owner&apos;s approval</source>
        <translation>等待店主批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="67"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="68"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="69"/>
        <source>Shipping label</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="70"/>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="71"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="78"/>
        <source>Marketplace message</source>
        <translation>平台站内信</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="79"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="80"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="81"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="82"/>
        <source>Callback</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="83"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="84"/>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="91"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="93"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="94"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="95"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="96"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="97"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="98"/>
        <source>Escalation level</source>
        <translation>升级级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="99"/>
        <source>Escalation reason</source>
        <translation>升级原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="100"/>
        <source>Agent&apos;s escalation</source>
        <translation>客服手动升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="101"/>
        <source>Agent&apos;s reason</source>
        <translation>客服说明的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="102"/>
        <source>Escalated to</source>
        <translation>升级至</translation>
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
        <translation>无（不加密）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="92"/>
        <source>The address registered with the marketplace for buyer messages; replies from any other address are rejected.</source>
        <translation>在平台登记的用于买家消息的地址；从其他任何地址发出的回复都会被拒收。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="101"/>
        <source>The password is stored in the system keyring, never in a file. It is not shown again; type a new one to replace it.</source>
        <translation>密码保存在系统密钥环中，绝不写入文件。密码不会再次显示；如需更换，请输入新密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="110"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="122"/>
        <source>Incoming mail (IMAP)</source>
        <translation>收件服务器 (IMAP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="123"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>发件服务器 (SMTP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="124"/>
        <source>Security</source>
        <translation>连接安全</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="125"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="126"/>
        <source>Your registered address</source>
        <translation>您登记的地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="127"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="143"/>
        <source>Default port</source>
        <translation>默认端口</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="160"/>
        <location filename="../../app/ui/dialogs/mail_account.py" line="217"/>
        <source>Stored in the system keyring</source>
        <translation>已保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="162"/>
        <source>Not stored yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="234"/>
        <source>Fill in the servers first.</source>
        <translation>请先填写服务器。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="237"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="246"/>
        <source>Connected: mail can be fetched and replies sent.</source>
        <translation>已连接：可以收取邮件和发送回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="251"/>
        <source>Fetching (IMAP): %1</source>
        <translation>收取 (IMAP)：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="252"/>
        <source>Sending (SMTP): %1</source>
        <translation>发送 (SMTP)：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="261"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="262"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <location filename="../../app/ui/mail/fetcher.py" line="130"/>
        <source>&amp;Fetch mail</source>
        <translation>收取邮件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetcher.py" line="132"/>
        <source>Fetch new mail from your mailbox now</source>
        <translation>立即从您的邮箱收取新邮件</translation>
    </message>
</context>
<context>
    <name>MailHub</name>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="67"/>
        <source>&amp;Send waiting replies now</source>
        <translation>立即发送待发回复(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="73"/>
        <source>&amp;Import mail…</source>
        <translation>导入邮件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="77"/>
        <source>Import &amp;order report…</source>
        <translation>导入订单报告(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="101"/>
        <location filename="../../app/ui/mail/import_dialog.py" line="192"/>
        <source>Import mail</source>
        <translation>导入邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="105"/>
        <source>Import .eml files, mbox files and Maildir folders. Each message goes to its case; messages already stored are skipped.</source>
        <translation>导入 .eml 文件、mbox 文件和 Maildir 文件夹。每封邮件会归入对应的工单；已保存的邮件将被跳过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="115"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="117"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="142"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="147"/>
        <location filename="../../app/ui/mail/import_dialog.py" line="250"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="194"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>邮件文件 (*.eml *.mbox *.mbx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="200"/>
        <source>Choose a Maildir or a folder of mail</source>
        <translation>选择 Maildir 或存放邮件的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="217"/>
        <source>Reading the mail…</source>
        <translation>正在读取邮件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="234"/>
        <source>Stopping after the current batch…</source>
        <translation>将在当前批次完成后停止…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="250"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="258"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="276"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="284"/>
        <source>The import failed; details are in the log file.</source>
        <translation>导入失败；详细信息请查看日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="292"/>
        <source>Imported: %1 · New cases: %2 · Already stored: %3 · Attachments as evidence: %4 · Refused: %5</source>
        <translation>已导入：%1 · 新工单：%2 · 已存在：%3 · 作为凭证的附件：%4 · 已拒收：%5</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="308"/>
        <source>Import cancelled. What was imported stays; import the same files again to finish (nothing is stored twice).</source>
        <translation>导入已取消。已导入的内容会保留；再次导入相同文件即可完成（不会重复保存）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="316"/>
        <source>The import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="328"/>
        <source>Attachment %1 not kept: %2</source>
        <translation>未保存附件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="338"/>
        <source>%1, message %2</source>
        <translation>%1，第 %2 封邮件</translation>
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
        <translation>正在打开您的工单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;New case…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>&amp;Case</source>
        <translation>工单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188"/>
        <source>Internal &amp;note</source>
        <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>&amp;Log contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>Ne&amp;xt case</source>
        <translation>下一个工单(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;Previous case</source>
        <translation>上一个工单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Add &amp;evidence files…</source>
        <translation>添加凭证文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Paste as e&amp;vidence</source>
        <translation>粘贴为凭证(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>Expor&amp;t evidence…</source>
        <translation>导出凭证(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>Set &amp;status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262"/>
        <source>&amp;About Support Workbench</source>
        <translation>关于 Support Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>Search cases</source>
        <translation>搜索工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Next case</source>
        <translation>下一个工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>Previous case</source>
        <translation>上一个工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Write a reply</source>
        <translation>撰写回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>Write an internal note</source>
        <translation>撰写内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Send the reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>Find a reply template</source>
        <translation>查找回复模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>Add the note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>Switch inbox view</source>
        <translation>切换收件箱视图</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Set status: open / waiting / resolved</source>
        <translation>设置状态：处理中 / 等待 / 已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>Add evidence files</source>
        <translation>添加凭证文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="286"/>
        <source>Paste a picture or files as evidence</source>
        <translation>将图片或文件粘贴为凭证</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>Export the case&apos;s evidence</source>
        <translation>导出工单的凭证</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Log a phone call, chat or other contact</source>
        <translation>记录电话、在线聊天或其他联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>Fetch mail</source>
        <translation>收取邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Send waiting replies now</source>
        <translation>立即发送待发回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>Import mail</source>
        <translation>导入邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Import an order report</source>
        <translation>导入订单报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293"/>
        <source>Sync with your team now</source>
        <translation>立即与团队同步</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Case %1 created.</source>
        <translation>已创建工单 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Open a case first.</source>
        <translation>请先打开一个工单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>About Support Workbench</source>
        <translation>关于 Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
配置文件：%2</translation>
    </message>
</context>
<context>
    <name>MarkSent</name>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="54"/>
        <source>Mark the reply as sent</source>
        <translation>将回复标记为已发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="58"/>
        <source>The reply is on the clipboard. Paste it into the buyer&apos;s conversation in Seller Central and send it there, then confirm here when it went.</source>
        <translation>回复已复制到剪贴板。请将其粘贴到 Seller Central 中与该买家的对话里并发送，然后在此确认发送时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="64"/>
        <source>Confirm when you sent this reply in Seller Central.</source>
        <translation>请确认您在 Seller Central 中发送此回复的时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="72"/>
        <source>Until you confirm, the reply stays a draft and the buyer&apos;s clock keeps running.</source>
        <translation>确认之前，回复仍为草稿，买家的回复计时会继续进行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="91"/>
        <source>Sent &amp;at:</source>
        <translation>发送时间(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="92"/>
        <source>&amp;Copy the reply again</source>
        <translation>再次复制回复(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="96"/>
        <source>&amp;Mark as sent</source>
        <translation>标记为已发送(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="116"/>
        <source>That time is still to come: say when you sent it.</source>
        <translation>该时间尚未到来：请填写您实际发送的时间。</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="30"/>
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="34"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="48"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="52"/>
        <source>What the buyer said</source>
        <translation>买家说了什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="59"/>
        <source>Create case</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="63"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="64"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="65"/>
        <source>Marketplace</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="66"/>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="67"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="68"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="69"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="70"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="79"/>
        <source>Give the case a subject.</source>
        <translation>请填写工单主题。</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="39"/>
        <location filename="../../app/ui/dialogs/order_import.py" line="69"/>
        <source>Import an order report</source>
        <translation>导入订单报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="43"/>
        <source>Order reports (*.txt *.tsv *.csv *.tab);;All files (*)</source>
        <translation>订单报告 (*.txt *.tsv *.csv *.tab);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="74"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="107"/>
        <source>%1 of %2 orders</source>
        <translation>%1 / %2 个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="121"/>
        <source>Amazon Fulfilled Shipments report</source>
        <translation>Amazon Fulfilled Shipments 报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="123"/>
        <source>All Orders report</source>
        <translation>All Orders 报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="126"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="130"/>
        <source>%1 orders: %2 new, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>共 %1 个订单：新增 %2 个，更新 %3 个，未变 %4 个，跳过 %5 个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="143"/>
        <source>%1 rows not sold on Amazon were left out.</source>
        <translation>已略过 %1 行非 Amazon 销售的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="153"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="155"/>
        <source>%1, column %2</source>
        <translation>%1，列 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="164"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="166"/>
        <source>The import failed; see the log for details.</source>
        <translation>导入失败；详细信息请查看日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="174"/>
        <source>Stopped. The orders read before the stop were imported; import the report again to finish (nothing is imported twice).</source>
        <translation>已停止。停止前读取的订单已导入；再次导入该报告即可完成（不会重复导入）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="185"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="207"/>
        <location filename="../../app/ui/mail/outbox_runner.py" line="216"/>
        <source>Replies cannot be sent: %1</source>
        <translation>无法发送回复：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="208"/>
        <source>no mailbox password is stored; enter it in Preferences &gt; Mail</source>
        <translation>未保存邮箱密码；请在“首选项 &gt; 邮件”中输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="221"/>
        <source>Sending replies went wrong. Details are in the log file.</source>
        <translation>发送回复时出现问题。详细信息请查看日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="234"/>
        <source>Replies waiting: %1 (no mailbox is set up)</source>
        <translation>待发送回复：%1 条（未设置邮箱）</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="243"/>
        <source>Reply to %1 failed: %2</source>
        <translation>工单 %1 的回复发送失败：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="250"/>
        <source>Replies waiting: %1 (the mail server cannot be reached)</source>
        <translation>待发送回复：%1 条（无法连接邮件服务器）</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="252"/>
        <source>Replies waiting: %1 (the mail server will be asked again)</source>
        <translation>待发送回复：%1 条（稍后将再次尝试连接邮件服务器）</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="260"/>
        <source>Reply sent.</source>
        <translation>回复已发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="263"/>
        <source>Replies sent: %1</source>
        <translation>已发送回复：%1 条</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="34"/>
        <source>%1 from delivery on %2 (until %3).</source>
        <translation>自 %2 送达之日起 %1（截至 %3）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="39"/>
        <source>No delivery date is known, so %1 count from the latest estimated delivery date, %2 (until %3).</source>
        <translation>送达日期未知，因此 %1 从最晚预计送达日期 %2 起算（截至 %3）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="48"/>
        <source>The delivery date %1 is used, not the estimate %2.</source>
        <translation>采用实际送达日期 %1，而非预计送达日期 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="53"/>
        <source>%1 was a public holiday (%2); the window still counts calendar days.</source>
        <translation>%1 为法定节假日（%2）；退货期仍按自然日计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="60"/>
        <source>Category %1 has a return window of %2.</source>
        <translation>%1 类目的退货期为 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="65"/>
        <source>Category %1 follows the general rule of %2.</source>
        <translation>%1 类目适用通用规则（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="70"/>
        <source>The shorter rule for %1 applies to orders from %2; this order keeps %3.</source>
        <translation>%1 的较短规则适用于 %2 起的订单；此订单仍为 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="77"/>
        <source>Your shop&apos;s policy extends the marketplace&apos;s %1 to %2.</source>
        <translation>您店铺的政策将平台规定的 %1 延长至 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="82"/>
        <source>Bought between %1 and %2: the holiday return policy extends the deadline to %3.</source>
        <translation>于 %1 至 %2 期间购买：节假日退货政策将截止日期延长至 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="90"/>
        <source>The holiday return policy allows returns until %1, but the normal window ends later (%2).</source>
        <translation>节假日退货政策允许在 %1 前退货，但正常退货期结束得更晚（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="99"/>
        <source>Orders bought between %1 and %2 may be returned until %3; give the purchase date to check it.</source>
        <translation>在 %1 至 %2 期间购买的订单可在 %3 前退货；请提供购买日期以便核实。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="108"/>
        <source>Category %1 is often replacement only in this marketplace.</source>
        <translation>在此站点，%1 类目通常仅支持换货。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="113"/>
        <source>The statutory right to cancel (%1) runs until %2, later than the marketplace window, so it applies.</source>
        <translation>法定撤销权（%1）截至 %2，晚于平台退货期，因此适用法定撤销权。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="122"/>
        <source>The statutory right to cancel (%1) ends on %2; the longer return window applies.</source>
        <translation>法定撤销权（%1）于 %2 结束；适用更长的退货期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="129"/>
        <source>This figure is reported by third parties, not confirmed by the marketplace: check it before relying on it.</source>
        <translation>此数据来自第三方，未经平台确认：使用前请先核实。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="136"/>
        <source>Today is the last day to start a return.</source>
        <translation>今天是发起退货的最后一天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="137"/>
        <source>%1 left to start a return.</source>
        <translation>距发起退货截止还剩 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="140"/>
        <source>The return window closed on %1, %2 ago.</source>
        <translation>退货期已于 %1 结束，已过 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="148"/>
        <source>Reply to the buyer</source>
        <translation>回复买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="149"/>
        <source>Answer the return request</source>
        <translation>处理退货请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="150"/>
        <source>Refund the returned item</source>
        <translation>为退回的商品退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="151"/>
        <source>Answer the A-to-z claim</source>
        <translation>回应 A-to-z 索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="152"/>
        <source>Answer the chargeback</source>
        <translation>回应拒付</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="153"/>
        <source>Solve it before an A-to-z claim is possible</source>
        <translation>在买家可提出 A-to-z 索赔前解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="161"/>
        <source>%1 business days (weekends and holidays do not count)</source>
        <translation>%1 个工作日（不含周末和节假日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="172"/>
        <source>%1, calendar time (weekends count)</source>
        <translation>%1，按自然时间计算（含周末）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="173"/>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="178"/>
        <source>Shop owner or lead</source>
        <translation>店主或主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="179"/>
        <source>Marketplace seller support</source>
        <translation>平台卖家支持</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="180"/>
        <source>Carrier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="181"/>
        <source>Supplier or factory</source>
        <translation>供应商或工厂</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="187"/>
        <source>Not escalated</source>
        <translation>未升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="188"/>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="189"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="190"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="199"/>
        <source>The buyer wrote %1 times in %2 with no answer</source>
        <translation>买家在 %2 内发来 %1 条消息，均未获回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="203"/>
        <source>An A-to-z claim was filed</source>
        <translation>买家已提出 A-to-z 索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="205"/>
        <source>A-to-z risk: past the latest estimated delivery, the buyer can now claim</source>
        <translation>A-to-z 风险：已超过最晚预计送达日期，买家现在可以提出索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="209"/>
        <source>A chargeback was raised</source>
        <translation>买家已发起拒付</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="211"/>
        <source>Negative feedback on the order</source>
        <translation>订单收到差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="213"/>
        <source>High-value order</source>
        <translation>高价值订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="215"/>
        <source>The buyer mentions a safety problem (%1)</source>
        <translation>买家提到安全问题（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="219"/>
        <source>Escalated by an agent to %1: %2</source>
        <translation>客服已升级至%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="220"/>
        <source>Escalated by an agent: %1</source>
        <translation>客服已升级：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="222"/>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="224"/>
        <source>Due soon: %1</source>
        <translation>即将到期：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="231"/>
        <source>in %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="232"/>
        <source>%1 overdue</source>
        <translation>已逾期 %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="74"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="77"/>
        <source>Cases assigned to this name show in the Mine view</source>
        <translation>分配给此名字的工单会显示在“我的”视图中</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="80"/>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="90"/>
        <source>Larger files are refused as evidence. The marketplace&apos;s messages take attachments up to 10 MB.</source>
        <translation>更大的文件不会被接受为凭证。平台消息的附件最大为 10 MB。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="97"/>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="109"/>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="110"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="111"/>
        <source>Largest evidence file</source>
        <translation>凭证文件大小上限</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="117"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="123"/>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="129"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="176"/>
        <source>The mailbox could not be saved. Details are in the log file.</source>
        <translation>无法保存邮箱设置。详细信息请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>ReturnWindow</name>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="103"/>
        <source>Return window</source>
        <translation>退货期</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="121"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="130"/>
        <source>last day today</source>
        <translation>今天是最后一天</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="133"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="136"/>
        <source>Open</source>
        <translation>可退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="140"/>
        <source>Closed %1 ago</source>
        <translation>%1前已截止</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="144"/>
        <source>Last day to start a return: %1</source>
        <translation>发起退货的最后一天：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="149"/>
        <source>delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="151"/>
        <source>expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="160"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>SyncHub</name>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="157"/>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="160"/>
        <source>Send your changes to the team and get theirs</source>
        <translation>将您的更改发送给团队，并获取团队的更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="292"/>
        <source>Sign in to your team first: Preferences &gt; Team.</source>
        <translation>请先登录团队：“首选项 &gt; 团队”。</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="26"/>
        <source>1 change waiting</source>
        <translation>1 项更改待发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="27"/>
        <source>%1 changes waiting</source>
        <translation>%1 项更改待发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="36"/>
        <source>Synced just now</source>
        <translation>刚刚已同步</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="44"/>
        <source>Synced %1</source>
        <translation>%1已同步</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="50"/>
        <source>sign in again (Preferences &gt; Team)</source>
        <translation>请重新登录（“首选项 &gt; 团队”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="51"/>
        <source>the team service answered with an error</source>
        <translation>团队服务返回了错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="52"/>
        <source>the changes could not be stored</source>
        <translation>无法保存更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="54"/>
        <source>an internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="62"/>
        <source>Team %1 on %2, signed in as %3</source>
        <translation>团队 %1（%2），登录身份：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="68"/>
        <source>Last synced %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="70"/>
        <location filename="../../app/ui/sync/indicator.py" line="91"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="74"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="76"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="79"/>
        <source>The team service cannot be reached. Your changes are kept on this computer and sent when it can be reached again.</source>
        <translation>无法连接团队服务。您的更改保存在此电脑上，恢复连接后会发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="86"/>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="116"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="118"/>
        <source>Try to sync again now</source>
        <translation>立即重新同步</translation>
    </message>
</context>
<context>
    <name>SyncNotices</name>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="43"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="53"/>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="63"/>
        <source>A teammate</source>
        <translation>一位团队成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="69"/>
        <source>%1 added the tag %2 at %3 while you were offline; your removal of it was replaced</source>
        <translation>您离线期间，%1 于 %3 添加了标签 %2；您的移除操作已被替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="74"/>
        <source>%1 removed the tag %2 at %3 while you were offline; your adding it was replaced</source>
        <translation>您离线期间，%1 于 %3 移除了标签 %2；您的添加操作已被替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="81"/>
        <source>%1 deleted this case at %2 while you were offline; your change was replaced</source>
        <translation>您离线期间，%1 于 %2 删除了此工单；您的更改已被替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="86"/>
        <source>%1 restored this case at %2 while you were offline; your deletion was replaced</source>
        <translation>您离线期间，%1 于 %2 恢复了此工单；您的删除操作已被替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="92"/>
        <source>%1 set the status to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>您离线期间，%1 于 %3 将状态设为 %2；您改为 %4 的更改已被替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="96"/>
        <source>%1 set the priority to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>您离线期间，%1 于 %3 将优先级设为 %2；您改为 %4 的更改已被替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="101"/>
        <source>%1 set the reason to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>您离线期间，%1 于 %3 将原因设为 %2；您改为 %4 的更改已被替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="105"/>
        <source>%1 assigned the case to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>您离线期间，%1 于 %3 将工单分配给 %2；您改为 %4 的更改已被替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="115"/>
        <source>%1 set %2 to %3 at %4 while you were offline; your change to %5 was replaced</source>
        <translation>您离线期间，%1 于 %4 将 %2 设为 %3；您改为 %5 的更改已被替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="146"/>
        <source>Reapply mine</source>
        <translation>重新应用我的值</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="149"/>
        <source>Set it back to your value (%1); the team gets it too</source>
        <translation>改回您的值（%1）；团队也会收到</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="153"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="154"/>
        <source>Keep their change and hide this</source>
        <translation>保留对方的更改并隐藏此提示</translation>
    </message>
</context>
<context>
    <name>SyncPresence</name>
    <message>
        <location filename="../../app/ui/sync/presence.py" line="39"/>
        <source>%1 is replying to this case</source>
        <translation>%1 正在回复此工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/presence.py" line="41"/>
        <source>%1 is viewing this case</source>
        <translation>%1 正在查看此工单</translation>
    </message>
</context>
<context>
    <name>TeamAccount</name>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="43"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="44"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="45"/>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="51"/>
        <source>Signed in to team %1 on %2 as %3 (%4).</source>
        <translation>已登录 %2 上的团队 %1，身份：%3（%4）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="111"/>
        <source>The token your shop&apos;s owner made for you</source>
        <translation>店主为您创建的令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="114"/>
        <source>The token is stored in the system keyring, never in a file, and is not shown again. Your changes are kept on this computer while you are offline and sent when the team service can be reached.</source>
        <translation>令牌保存在系统密钥环中，绝不写入文件，也不会再次显示。离线期间，您的更改保存在此电脑上，可以连接团队服务时再发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="124"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="126"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="133"/>
        <source>Team service</source>
        <translation>团队服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="134"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="187"/>
        <source>Stored in the system keyring; type a new one to change</source>
        <translation>已保存在系统密钥环中；如需更换，请输入新令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="191"/>
        <source>This computer is not signed in to a team: your cases stay on it alone.</source>
        <translation>此电脑未登录任何团队：您的工单仅保存在此电脑上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="205"/>
        <source>Fill in the team service&apos;s address and your token.</source>
        <translation>请填写团队服务的地址和您的令牌。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="211"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="229"/>
        <source>Signed in. Your cases sync with the team.</source>
        <translation>已登录。您的工单将与团队同步。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="252"/>
        <source>Signed out. Changes not sent yet stay on this computer and are sent when you sign in again.</source>
        <translation>已退出登录。尚未发送的更改保留在此电脑上，再次登录后发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="281"/>
        <source>Something went wrong. Details are in the log file.</source>
        <translation>出现问题。详细信息请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="25"/>
        <source>buyer&apos;s name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="26"/>
        <source>order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="27"/>
        <source>marketplace</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="28"/>
        <source>item title</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="29"/>
        <source>carrier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="30"/>
        <source>tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="31"/>
        <source>your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="32"/>
        <source>return deadline</source>
        <translation>退货截止日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="33"/>
        <source>delivery date</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="34"/>
        <source>refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="35"/>
        <source>days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="57"/>
        <source>What agents see in the list</source>
        <translation>客服在列表中看到的名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="64"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="65"/>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="66"/>
        <source>&amp;Body</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="74"/>
        <source>Reply templates</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="93"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="95"/>
        <source>&amp;Copy to edit</source>
        <translation>复制后编辑(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="97"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="114"/>
        <source>lowercase_words, e.g. refund_sent</source>
        <translation>小写英文字母、数字和 _（例如 refund_sent）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="118"/>
        <source>Case reasons</source>
        <translation>工单原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="119"/>
        <source>Case statuses</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="129"/>
        <source>Remove this language</source>
        <translation>移除此语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="132"/>
        <source>Insert placeholder</source>
        <translation>插入占位符</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="146"/>
        <source>&amp;Key</source>
        <translation>键名(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="147"/>
        <source>Fits (none ticked: any)</source>
        <translation>适用于（不勾选：全部）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="157"/>
        <source>Chec&amp;k</source>
        <translation>检查(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="159"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="205"/>
        <source>Loading the templates…</source>
        <translation>正在加载模板…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="223"/>
        <source>shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="225"/>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="239"/>
        <source>Some template files could not be read:</source>
        <translation>部分模板文件无法读取：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="263"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="264"/>
        <source>Discard the changes to this template?</source>
        <translation>要放弃对此模板的更改吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="307"/>
        <source>Your shop&apos;s template. Saving it under the key of a built-in template replaces that one for your shop.</source>
        <translation>您店铺的模板。以内置模板的键名保存后，将在您的店铺中替换该内置模板。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="315"/>
        <source>Built-in template: read-only. Copy it to make your own.</source>
        <translation>内置模板：只读。请复制后创建您自己的模板。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="318"/>
        <source>Your shop&apos;s template.</source>
        <translation>您店铺的模板。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="335"/>
        <source>Add a language…</source>
        <translation>添加语言…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="408"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="430"/>
        <source>Not saved: fix these first.</source>
        <translation>未保存：请先修正以下问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="432"/>
        <source>Fix these before saving:</source>
        <translation>保存前请修正以下问题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="435"/>
        <source>Warnings (it can be saved):</source>
        <translation>警告（仍可保存）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="438"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="442"/>
        <source>Changed while it was checked: save again.</source>
        <translation>检查期间内容已更改：请重新保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="444"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="455"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="486"/>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="488"/>
        <source>Delete your template “%1”?</source>
        <translation>要删除您的模板“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="514"/>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
</TS>
