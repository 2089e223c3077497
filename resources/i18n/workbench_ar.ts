<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="59" />
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>حدث خطأ. عملك المحفوظ في أمان؛ التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="50" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="56" />
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="62" />
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="72" />
        <source>No files yet.</source>
        <translation>لا توجد ملفات بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="93" />
        <source>No customer recorded.</source>
        <translation>لم تُسجَّل بيانات العميل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="100" />
        <source>Writes in %1</source>
        <translation>لغة المراسلة: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="112" />
        <source>No order linked to this case.</source>
        <translation>لا يوجد طلب مرتبط بهذه التذكرة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="116" />
        <source>Purchased</source>
        <translation>تاريخ الشراء</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="119" />
        <source>Delivered</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="121" />
        <source>Expected</source>
        <translation>موعد التسليم المتوقع</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="133" />
        <source>Fulfilment</source>
        <translation>الشحن عبر</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="135" />
        <source>Carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="164" />
        <source>Added %1 by %2</source>
        <translation>أضافه %2 في %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="63" />
        <source>Select a case on the left to see it here.</source>
        <translation>اختر تذكرة من القائمة على اليمين لعرضها هنا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="98" />
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="100" />
        <source>tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفاصلة لاتينية (,)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="111" />
        <source>&amp;Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="112" />
        <source>&amp;Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="113" />
        <source>R&amp;eason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="114" />
        <source>&amp;Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="121" />
        <source>&amp;Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="141" />
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="142" />
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="221" />
        <source>order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="225" />
        <source>opened %1</source>
        <translation>فُتحت في %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="231" />
        <source>Escalated (level %1): %2</source>
        <translation>مُصعَّدة (المستوى %1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="322" />
        <source>Reply saved.</source>
        <translation>تم حفظ الرد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="325" />
        <source>Note added.</source>
        <translation>تمت إضافة الملاحظة.</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/bus.py" line="43" />
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>حدث خطأ ولم يُحفَظ التغيير. التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/conversation.py" line="71" />
        <source>No messages yet.</source>
        <translation>لا توجد رسائل بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="105" />
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>اكتب ردًا على العميل، أو ملاحظة داخلية للفريق…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="113" />
        <source>Send reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="116" />
        <source>Save the reply to the customer (Ctrl+Enter)</source>
        <translation>حفظ الرد على العميل (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="118" />
        <source>Add internal note</source>
        <translation>إضافة ملاحظة داخلية</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="120" />
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>لا يرى الملاحظات إلا فريقك (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="151" />
        <location filename="../../app/ui/conversation.py" line="157" />
        <source>Write something first.</source>
        <translation>اكتب شيئًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="162" />
        <source>Writing an internal note</source>
        <translation>جارٍ كتابة ملاحظة داخلية</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="164" />
        <source>Writing a reply</source>
        <translation>جارٍ كتابة رد</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history.py" line="21" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="30" />
        <source>Case created</source>
        <translation>أُنشئت التذكرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="37" />
        <source>Case changed</source>
        <translation>عُدِّلت التذكرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="39" />
        <source>Case deleted</source>
        <translation>حُذفت التذكرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="43" />
        <source>Message from the customer</source>
        <translation>رسالة من العميل</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Internal note written</source>
        <translation>كُتبت ملاحظة داخلية</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Draft reply saved</source>
        <translation>حُفظت مسودة رد</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="48" />
        <source>Reply written</source>
        <translation>كُتب رد</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="51" />
        <source>File added: %1</source>
        <translation>أُضيف ملف: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="55" />
        <source>Tag removed: %1</source>
        <translation>أُزيل وسم: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="56" />
        <source>Tag added: %1</source>
        <translation>أُضيف وسم: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="67" />
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="68" />
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="69" />
        <source>What</source>
        <translation>التغيير</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="310" />
        <source>Escalated</source>
        <translation>مُصعَّدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="312" />
        <source>Waiting for our answer</source>
        <translation>بانتظار ردّنا</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="63" />
        <source>Case</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="64" />
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="65" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="66" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="67" />
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="68" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="69" />
        <source>Lang.</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="70" />
        <source>Marketplace</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="71" />
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="31" />
        <source>All open</source>
        <translation>كل المفتوحة</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="32" />
        <source>Mine</source>
        <translation>تذاكري</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="33" />
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="34" />
        <source>Resolved</source>
        <translation>المحلولة</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="35" />
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="62" />
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>ابحث في التذاكر…  (مثال: حزام  status:open  lang:ko)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="65" />
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</source>
        <translation>اكتب أي جزء من الموضوع أو الرسالة أو اسم العميل أو رقم الطلب.
عوامل التصفية: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="170" />
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="175" />
        <source>No case matches this search.</source>
        <translation>لا توجد تذاكر تطابق هذا البحث.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="177" />
        <source>No cases in this view.</source>
        <translation>لا توجد تذاكر في هذا العرض.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="179" />
        <source>1 case</source>
        <translation>تذكرة واحدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="182" />
        <source>%1 cases</source>
        <translation>عدد التذاكر: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="10" />
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="11" />
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="12" />
        <source>Waiting on customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="13" />
        <source>Waiting on third party</source>
        <translation>بانتظار طرف ثالث</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="14" />
        <source>Resolved</source>
        <translation>تم حلّها</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="15" />
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="21" />
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22" />
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23" />
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24" />
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30" />
        <source>Wrong size</source>
        <translation>مقاس غير مناسب</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31" />
        <source>Not as described</source>
        <translation>غير مطابق للوصف</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32" />
        <source>Defective</source>
        <translation>منتج معيب</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33" />
        <source>Damaged in transit</source>
        <translation>تلف أثناء الشحن</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34" />
        <source>Missing parts</source>
        <translation>أجزاء ناقصة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35" />
        <source>Not received</source>
        <translation>لم يُستلَم</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36" />
        <source>Late delivery</source>
        <translation>تأخر التوصيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37" />
        <source>Refund</source>
        <translation>استرداد المبلغ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38" />
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39" />
        <source>Exchange</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40" />
        <source>Account access</source>
        <translation>الوصول إلى الحساب</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41" />
        <source>Billing</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42" />
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49" />
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50" />
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56" />
        <source>Draft, not sent</source>
        <translation>مسودة، لم تُرسَل</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <source>Saved, waiting to be sent</source>
        <translation>تم الحفظ، بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <source>Sent</source>
        <translation>تم الإرسال</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <source>Sending failed</source>
        <translation>فشل الإرسال</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65" />
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66" />
        <source>Receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Shipping label</source>
        <translation>ملصق الشحن</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Screenshot</source>
        <translation>لقطة شاشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76" />
        <source>Marketplace message</source>
        <translation>رسالة عبر المتجر</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Callback</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <source>Social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88" />
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Escalation level</source>
        <translation>مستوى التصعيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96" />
        <source>Escalation reason</source>
        <translation>سبب التصعيد</translation>
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
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88" />
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>&amp;Case</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>&amp;Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>Internal &amp;note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102" />
        <source>Ne&amp;xt case</source>
        <translation>التذكرة التالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108" />
        <source>&amp;Previous case</source>
        <translation>التذكرة السابقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114" />
        <source>Set &amp;status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <source>&amp;Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127" />
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>&amp;About Support Workbench</source>
        <translation>حول Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155" />
        <source>Search cases</source>
        <translation>البحث في التذاكر</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Next case</source>
        <translation>التذكرة التالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>Previous case</source>
        <translation>التذكرة السابقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>Write a reply</source>
        <translation>كتابة رد</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159" />
        <source>Write an internal note</source>
        <translation>كتابة ملاحظة داخلية</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160" />
        <source>Send the reply</source>
        <translation>إرسال الرد</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>Add the note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>Switch inbox view</source>
        <translation>تبديل عرض صندوق الوارد</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>Set status: open / waiting / resolved</source>
        <translation>تغيير الحالة: مفتوحة / قيد الانتظار / تم حلّها</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174" />
        <source>About Support Workbench</source>
        <translation>حول Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
ملف التعريف: %2</translation>
    </message>
</context>
</TS>
