<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="59" />
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>出现问题。已保存的内容不受影响，详细信息请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="50" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="56" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="62" />
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="72" />
        <source>No files yet.</source>
        <translation>暂无文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="93" />
        <source>No customer recorded.</source>
        <translation>未记录客户信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="100" />
        <source>Writes in %1</source>
        <translation>使用语言：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="112" />
        <source>No order linked to this case.</source>
        <translation>此工单未关联订单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="116" />
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="119" />
        <source>Delivered</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="121" />
        <source>Expected</source>
        <translation>预计送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="133" />
        <source>Fulfilment</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="135" />
        <source>Carrier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="164" />
        <source>Added %1 by %2</source>
        <translation>%2 于 %1 添加</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="63" />
        <source>Select a case on the left to see it here.</source>
        <translation>在左侧选择工单，即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="98" />
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="100" />
        <source>tags, separated by commas</source>
        <translation>标签，用英文逗号 (,) 分隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="111" />
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="112" />
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="113" />
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="114" />
        <source>&amp;Assignee</source>
        <translation>负责人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="121" />
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="141" />
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="142" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="221" />
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="225" />
        <source>opened %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="231" />
        <source>Escalated (level %1): %2</source>
        <translation>已升级（第 %1 级）：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="322" />
        <source>Reply saved.</source>
        <translation>回复已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="325" />
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/bus.py" line="43" />
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>出现问题，内容未保存。详细信息请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/conversation.py" line="71" />
        <source>No messages yet.</source>
        <translation>暂无消息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="105" />
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>输入给客户的回复，或给团队的内部备注…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="113" />
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="116" />
        <source>Save the reply to the customer (Ctrl+Enter)</source>
        <translation>保存给客户的回复 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="118" />
        <source>Add internal note</source>
        <translation>添加内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="120" />
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>备注仅团队成员可见 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="151" />
        <location filename="../../app/ui/conversation.py" line="157" />
        <source>Write something first.</source>
        <translation>请先输入内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="162" />
        <source>Writing an internal note</source>
        <translation>正在撰写内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="164" />
        <source>Writing a reply</source>
        <translation>正在撰写回复</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history.py" line="21" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="30" />
        <source>Case created</source>
        <translation>工单已创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="37" />
        <source>Case changed</source>
        <translation>工单已更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="39" />
        <source>Case deleted</source>
        <translation>工单已删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="43" />
        <source>Message from the customer</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Internal note written</source>
        <translation>已添加内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Draft reply saved</source>
        <translation>已保存回复草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="48" />
        <source>Reply written</source>
        <translation>已撰写回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="51" />
        <source>File added: %1</source>
        <translation>已添加文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="55" />
        <source>Tag removed: %1</source>
        <translation>已移除标签：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="56" />
        <source>Tag added: %1</source>
        <translation>已添加标签：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="67" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="68" />
        <source>Who</source>
        <translation>操作人</translation>
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
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="312" />
        <source>Waiting for our answer</source>
        <translation>待我方回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="63" />
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="64" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="65" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="66" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="67" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="68" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="69" />
        <source>Lang.</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="70" />
        <source>Marketplace</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="71" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="31" />
        <source>All open</source>
        <translation>全部未解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="32" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="33" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="34" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="35" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="62" />
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>搜索工单…（例如：腰带  status:open  lang:ko）</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="65" />
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</source>
        <translation>输入主题、消息、客户或订单号的任意部分。
筛选条件：status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="170" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="175" />
        <source>No case matches this search.</source>
        <translation>没有符合搜索条件的工单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="177" />
        <source>No cases in this view.</source>
        <translation>此视图中没有工单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="179" />
        <source>1 case</source>
        <translation>1 个工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="182" />
        <source>%1 cases</source>
        <translation>%1 个工单</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="10" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="11" />
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="12" />
        <source>Waiting on customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="13" />
        <source>Waiting on third party</source>
        <translation>等待第三方</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="14" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="15" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="21" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22" />
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30" />
        <source>Wrong size</source>
        <translation>尺码不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31" />
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32" />
        <source>Defective</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33" />
        <source>Damaged in transit</source>
        <translation>运输途中损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34" />
        <source>Missing parts</source>
        <translation>缺少配件</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35" />
        <source>Not received</source>
        <translation>未收到货</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36" />
        <source>Late delivery</source>
        <translation>配送延迟</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38" />
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39" />
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40" />
        <source>Account access</source>
        <translation>账户访问</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41" />
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42" />
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50" />
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56" />
        <source>Draft, not sent</source>
        <translation>草稿，未发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <source>Saved, waiting to be sent</source>
        <translation>已保存，等待发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <source>Sending failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66" />
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Shipping label</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76" />
        <source>Marketplace message</source>
        <translation>平台站内信</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Callback</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Escalation level</source>
        <translation>升级级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96" />
        <source>Escalation reason</source>
        <translation>升级原因</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>&amp;Case</source>
        <translation>工单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>Internal &amp;note</source>
        <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102" />
        <source>Ne&amp;xt case</source>
        <translation>下一个工单(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108" />
        <source>&amp;Previous case</source>
        <translation>上一个工单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114" />
        <source>Set &amp;status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>&amp;About Support Workbench</source>
        <translation>关于 Support Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155" />
        <source>Search cases</source>
        <translation>搜索工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Next case</source>
        <translation>下一个工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>Previous case</source>
        <translation>上一个工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>Write a reply</source>
        <translation>撰写回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159" />
        <source>Write an internal note</source>
        <translation>撰写内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160" />
        <source>Send the reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>Add the note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>Switch inbox view</source>
        <translation>切换收件箱视图</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>Set status: open / waiting / resolved</source>
        <translation>设置状态：处理中 / 等待 / 已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174" />
        <source>About Support Workbench</source>
        <translation>关于 Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
配置文件：%2</translation>
    </message>
</context>
</TS>
