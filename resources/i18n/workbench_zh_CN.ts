<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="62" />
        <source>Upgrading your data to this version of Support Workbench…
A backup copy is made first; this can take a minute.</source>
        <translation>正在将数据升级到此版本的 Support Workbench…
会先创建备份副本，可能需要一分钟。</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="109" />
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>出现问题。已保存的内容不受影响，详细信息请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="51" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="57" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="63" />
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="73" />
        <source>No files yet.</source>
        <translation>暂无文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="96" />
        <source>No customer recorded.</source>
        <translation>未记录客户信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="103" />
        <source>Writes in %1</source>
        <translation>使用语言：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="115" />
        <source>No order linked to this case.</source>
        <translation>此工单未关联订单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="119" />
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="122" />
        <source>Delivered</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="124" />
        <source>Expected</source>
        <translation>预计送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="136" />
        <source>Fulfilment</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="138" />
        <source>Carrier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="167" />
        <source>Added %1 by %2</source>
        <translation>%2 于 %1 添加</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="74" />
        <source>Select a case on the left to see it here.</source>
        <translation>在左侧选择工单，即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="121" />
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="123" />
        <source>tags, separated by commas</source>
        <translation>标签，用英文逗号 (,) 分隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="134" />
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="135" />
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="136" />
        <source>R&amp;eason</source>
        <translation>原因(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="137" />
        <source>&amp;Assignee</source>
        <translation>负责人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="144" />
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="169" />
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="170" />
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="171" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="267" />
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="271" />
        <source>opened %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="419" />
        <source>Reply saved.</source>
        <translation>回复已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="422" />
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
    <name>Deadlines</name>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="57" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="58" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="59" />
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="60" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="69" />
        <source>Escalate the case</source>
        <translation>升级工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="79" />
        <source>Why, and what you expect from them (required)</source>
        <translation>原因，以及希望对方做什么（必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="83" />
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="89" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="90" />
        <source>To</source>
        <translation>升级至</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="91" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="99" />
        <source>Say why you escalate it.</source>
        <translation>请填写升级原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="136" />
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="137" />
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="138" />
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="139" />
        <source>How it counts</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="142" />
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="144" />
        <source>Take back my escalation</source>
        <translation>撤回我的升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="146" />
        <source>No reply needed</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="148" />
        <source>The buyer's last messages need no answer (e.g. a thank-you): stop the reply clock</source>
        <translation>买家最近的消息无需回复（例如致谢）：停止回复计时</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="154" />
        <source>Record…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="156" />
        <source>Record what the marketplace reports about the order, as of now</source>
        <translation>按当前时间记录平台通知的订单情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="161" />
        <source>The buyer asked to return it</source>
        <translation>买家申请退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="162" />
        <source>The returned item arrived</source>
        <translation>退货已到货</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="163" />
        <source>Refund issued</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="164" />
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="165" />
        <source>A-to-z claim filed</source>
        <translation>已提出 A-to-z 索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="166" />
        <source>Chargeback raised</source>
        <translation>发生拒付</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="167" />
        <source>Negative feedback left</source>
        <translation>收到差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="186" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="187" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="188" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="196" />
        <source>Escalation history</source>
        <translation>升级记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="210" />
        <source>Reason changed</source>
        <translation>原因已更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="216" />
        <source>Workbench (automatic)</source>
        <translation>Workbench（自动）</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="246" />
        <source>Nothing needs escalating.</source>
        <translation>无需升级。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history.py" line="29" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="38" />
        <source>Case created</source>
        <translation>工单已创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Case changed</source>
        <translation>工单已更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Case deleted</source>
        <translation>工单已删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="51" />
        <source>Message from the customer</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="53" />
        <source>Internal note written</source>
        <translation>已添加内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="55" />
        <source>Draft reply saved</source>
        <translation>已保存回复草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="56" />
        <source>Reply written</source>
        <translation>已撰写回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="59" />
        <source>File added: %1</source>
        <translation>已添加文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="63" />
        <source>Tag removed: %1</source>
        <translation>已移除标签：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="64" />
        <source>Tag added: %1</source>
        <translation>已添加标签：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="75" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="76" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="77" />
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="342" />
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="344" />
        <source>Waiting for our answer</source>
        <translation>待我方回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="68" />
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="69" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="70" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="71" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="72" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="73" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="74" />
        <source>Lang.</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="75" />
        <source>Marketplace</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="76" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="77" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="40" />
        <source>All open</source>
        <translation>全部未解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="41" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="42" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="43" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="44" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="45" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="46" />
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="47" />
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="76" />
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>搜索工单…（例如：腰带  status:open  lang:ko）</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="79" />
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</source>
        <translation>输入主题、消息、客户或订单号的任意部分。
筛选条件：status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="192" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="197" />
        <source>No case matches this search.</source>
        <translation>没有符合搜索条件的工单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="199" />
        <source>No cases in this view.</source>
        <translation>此视图中没有工单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="201" />
        <source>1 case</source>
        <translation>1 个工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="204" />
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
    <message>
        <location filename="../../app/ui/labels.py" line="97" />
        <source>Agent's escalation</source>
        <translation>客服手动升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="98" />
        <source>Agent's reason</source>
        <translation>客服说明的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99" />
        <source>Escalated to</source>
        <translation>升级至</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="46" />
        <source>Support Workbench</source>
        <translation>Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>&amp;New case…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99" />
        <source>&amp;Case</source>
        <translation>工单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101" />
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>Internal &amp;note</source>
        <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111" />
        <source>Ne&amp;xt case</source>
        <translation>下一个工单(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117" />
        <source>&amp;Previous case</source>
        <translation>上一个工单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>Set &amp;status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134" />
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151" />
        <source>&amp;About Support Workbench</source>
        <translation>关于 Support Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Search cases</source>
        <translation>搜索工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Next case</source>
        <translation>下一个工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>Previous case</source>
        <translation>上一个工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>Write a reply</source>
        <translation>撰写回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Write an internal note</source>
        <translation>撰写内部备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169" />
        <source>Send the reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>Add the note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>Switch inbox view</source>
        <translation>切换收件箱视图</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>Set status: open / waiting / resolved</source>
        <translation>设置状态：处理中 / 等待 / 已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>Case %1 created.</source>
        <translation>已创建工单 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>About Support Workbench</source>
        <translation>关于 Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219" />
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
配置文件：%2</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="29" />
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="33" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="47" />
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="51" />
        <source>What the buyer said</source>
        <translation>买家说了什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="58" />
        <source>Create case</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="62" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="63" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="64" />
        <source>Marketplace</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="65" />
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="66" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="67" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="68" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="69" />
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="78" />
        <source>Give the case a subject.</source>
        <translation>请填写工单主题。</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/policy_text.py" line="40" />
        <source>%1 from delivery on %2 (until %3).</source>
        <translation>自 %2 送达之日起 %1（截至 %3）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="45" />
        <source>No delivery date is known, so %1 count from the latest estimated delivery date, %2 (until %3).</source>
        <translation>送达日期未知，因此 %1 从最晚预计送达日期 %2 起算（截至 %3）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="54" />
        <source>The delivery date %1 is used, not the estimate %2.</source>
        <translation>采用实际送达日期 %1，而非预计送达日期 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="59" />
        <source>%1 was a public holiday (%2); the window still counts calendar days.</source>
        <translation>%1 为法定节假日（%2）；退货期仍按自然日计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="66" />
        <source>Category %1 has a return window of %2.</source>
        <translation>%1 类目的退货期为 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="71" />
        <source>Category %1 follows the general rule of %2.</source>
        <translation>%1 类目适用通用规则（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="76" />
        <source>The shorter rule for %1 applies to orders from %2; this order keeps %3.</source>
        <translation>%1 的较短规则适用于 %2 起的订单；此订单仍为 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="83" />
        <source>Your shop's policy extends the marketplace's %1 to %2.</source>
        <translation>您店铺的政策将平台规定的 %1 延长至 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="88" />
        <source>Bought between %1 and %2: the holiday return policy extends the deadline to %3.</source>
        <translation>于 %1 至 %2 期间购买：节假日退货政策将截止日期延长至 %3。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="96" />
        <source>The holiday return policy allows returns until %1, but the normal window ends later (%2).</source>
        <translation>节假日退货政策允许在 %1 前退货，但正常退货期结束得更晚（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="105" />
        <source>Orders bought between %1 and %2 may be returned until %3; give the purchase date to check it.</source>
        <translation>在 %1 至 %2 期间购买的订单可在 %3 前退货；请提供购买日期以便核实。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="114" />
        <source>Category %1 is often replacement only in this marketplace.</source>
        <translation>在此站点，%1 类目通常仅支持换货。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="119" />
        <source>The statutory right to cancel (%1) runs until %2, later than the marketplace window, so it applies.</source>
        <translation>法定撤销权（%1）截至 %2，晚于平台退货期，因此适用法定撤销权。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="128" />
        <source>The statutory right to cancel (%1) ends on %2; the longer return window applies.</source>
        <translation>法定撤销权（%1）于 %2 结束；适用更长的退货期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="135" />
        <source>This figure is reported by third parties, not confirmed by the marketplace: check it before relying on it.</source>
        <translation>此数据来自第三方，未经平台确认：使用前请先核实。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="142" />
        <source>Today is the last day to start a return.</source>
        <translation>今天是发起退货的最后一天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="143" />
        <source>%1 left to start a return.</source>
        <translation>距发起退货截止还剩 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="146" />
        <source>The return window closed on %1, %2 ago.</source>
        <translation>退货期已于 %1 结束，已过 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="154" />
        <source>Reply to the buyer</source>
        <translation>回复买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="155" />
        <source>Answer the return request</source>
        <translation>处理退货请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="156" />
        <source>Refund the returned item</source>
        <translation>为退回的商品退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="157" />
        <source>Answer the A-to-z claim</source>
        <translation>回应 A-to-z 索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="158" />
        <source>Answer the chargeback</source>
        <translation>回应拒付</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="159" />
        <source>Solve it before an A-to-z claim is possible</source>
        <translation>在买家可提出 A-to-z 索赔前解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="167" />
        <source>%1 business days (weekends and holidays do not count)</source>
        <translation>%1 个工作日（不含周末和节假日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="178" />
        <source>%1, calendar time (weekends count)</source>
        <translation>%1，按自然时间计算（含周末）</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="179" />
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="184" />
        <source>Shop owner or lead</source>
        <translation>店主或主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="185" />
        <source>Marketplace seller support</source>
        <translation>平台卖家支持</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="186" />
        <source>Carrier</source>
        <translation>物流公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="187" />
        <source>Supplier or factory</source>
        <translation>供应商或工厂</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="193" />
        <source>Not escalated</source>
        <translation>未升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="194" />
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="195" />
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="196" />
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="205" />
        <source>The buyer wrote %1 times in %2 with no answer</source>
        <translation>买家在 %2 内发来 %1 条消息，均未获回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="209" />
        <source>An A-to-z claim was filed</source>
        <translation>买家已提出 A-to-z 索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="211" />
        <source>A-to-z risk: past the latest estimated delivery, the buyer can now claim</source>
        <translation>A-to-z 风险：已超过最晚预计送达日期，买家现在可以提出索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="215" />
        <source>A chargeback was raised</source>
        <translation>买家已发起拒付</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="217" />
        <source>Negative feedback on the order</source>
        <translation>订单收到差评</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="219" />
        <source>High-value order</source>
        <translation>高价值订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="221" />
        <source>The buyer mentions a safety problem (%1)</source>
        <translation>买家提到安全问题（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="225" />
        <source>Escalated by an agent to %1: %2</source>
        <translation>客服已升级至%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="226" />
        <source>Escalated by an agent: %1</source>
        <translation>客服已升级：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="228" />
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="230" />
        <source>Due soon: %1</source>
        <translation>即将到期：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="237" />
        <source>in %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="238" />
        <source>%1 overdue</source>
        <translation>已逾期 %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="59" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="62" />
        <source>Cases assigned to this name show in the Mine view</source>
        <translation>分配给此名字的工单会显示在“我的”视图中</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="65" />
        <source>The system's language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="71" />
        <source>A new language applies the next time the workbench starts.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="82" />
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="83" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ReturnWindow</name>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="97" />
        <source>Return window</source>
        <translation>退货期</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="115" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="124" />
        <source>last day today</source>
        <translation>今天是最后一天</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="126" />
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="129" />
        <source>Open</source>
        <translation>可退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="134" />
        <source>Closed %1 ago</source>
        <translation>%1前已截止</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="138" />
        <source>Last day to start a return: %1</source>
        <translation>发起退货的最后一天：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="143" />
        <source>delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="145" />
        <source>expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="154" />
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
</TS>
