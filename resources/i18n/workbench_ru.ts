<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="59" />
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>Что-то пошло не так. Сохранённые данные не пострадали; подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="50" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="56" />
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="62" />
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="72" />
        <source>No files yet.</source>
        <translation>Файлов пока нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="93" />
        <source>No customer recorded.</source>
        <translation>Клиент не указан.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="100" />
        <source>Writes in %1</source>
        <translation>Язык общения: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="112" />
        <source>No order linked to this case.</source>
        <translation>К этому обращению не привязан заказ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="116" />
        <source>Purchased</source>
        <translation>Дата покупки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="119" />
        <source>Delivered</source>
        <translation>Дата доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="121" />
        <source>Expected</source>
        <translation>Ожидаемая доставка</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="133" />
        <source>Fulfilment</source>
        <translation>Фулфилмент</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="135" />
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="164" />
        <source>Added %1 by %2</source>
        <translation>Добавлено %1 пользователем %2</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="63" />
        <source>Select a case on the left to see it here.</source>
        <translation>Выберите обращение слева, чтобы открыть его здесь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="98" />
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="100" />
        <source>tags, separated by commas</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="111" />
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="112" />
        <source>&amp;Priority</source>
        <translation>&amp;Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="113" />
        <source>R&amp;eason</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="114" />
        <source>&amp;Assignee</source>
        <translation>&amp;Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="121" />
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="141" />
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="142" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="221" />
        <source>order %1</source>
        <translation>заказ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="225" />
        <source>opened %1</source>
        <translation>открыто %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="231" />
        <source>Escalated (level %1): %2</source>
        <translation>Эскалировано (уровень %1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="322" />
        <source>Reply saved.</source>
        <translation>Ответ сохранён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="325" />
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/bus.py" line="43" />
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>Что-то пошло не так, изменения не сохранены. Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/conversation.py" line="71" />
        <source>No messages yet.</source>
        <translation>Сообщений пока нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="105" />
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>Напишите ответ клиенту или внутреннюю заметку для команды…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="113" />
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="116" />
        <source>Save the reply to the customer (Ctrl+Enter)</source>
        <translation>Сохранить ответ клиенту (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="118" />
        <source>Add internal note</source>
        <translation>Добавить внутреннюю заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="120" />
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>Заметки видит только ваша команда (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="151" />
        <location filename="../../app/ui/conversation.py" line="157" />
        <source>Write something first.</source>
        <translation>Сначала введите текст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="162" />
        <source>Writing an internal note</source>
        <translation>Вы пишете внутреннюю заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="164" />
        <source>Writing a reply</source>
        <translation>Вы пишете ответ</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history.py" line="21" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="30" />
        <source>Case created</source>
        <translation>Обращение создано</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="37" />
        <source>Case changed</source>
        <translation>Обращение изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="39" />
        <source>Case deleted</source>
        <translation>Обращение удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="43" />
        <source>Message from the customer</source>
        <translation>Сообщение от покупателя</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Internal note written</source>
        <translation>Добавлена внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Draft reply saved</source>
        <translation>Черновик ответа сохранён</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="48" />
        <source>Reply written</source>
        <translation>Ответ написан</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="51" />
        <source>File added: %1</source>
        <translation>Добавлен файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="55" />
        <source>Tag removed: %1</source>
        <translation>Удалена метка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="56" />
        <source>Tag added: %1</source>
        <translation>Добавлена метка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="67" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="68" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="69" />
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="310" />
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="312" />
        <source>Waiting for our answer</source>
        <translation>Ждёт нашего ответа</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="63" />
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="64" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="65" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="66" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="67" />
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="68" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="69" />
        <source>Lang.</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="70" />
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="71" />
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="31" />
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="32" />
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="33" />
        <source>Waiting</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="34" />
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="35" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="62" />
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>Поиск обращений…  (например: ремень  status:open  lang:ko)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="65" />
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</source>
        <translation>Введите любую часть темы, сообщения, имени клиента или номера заказа.
Фильтры: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="170" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="175" />
        <source>No case matches this search.</source>
        <translation>Нет обращений, соответствующих запросу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="177" />
        <source>No cases in this view.</source>
        <translation>В этом списке нет обращений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="179" />
        <source>1 case</source>
        <translation>1 обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="182" />
        <source>%1 cases</source>
        <translation>Обращений: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="10" />
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="11" />
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="12" />
        <source>Waiting on customer</source>
        <translation>Ждёт ответа клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="13" />
        <source>Waiting on third party</source>
        <translation>Ждёт третьей стороны</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="14" />
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="15" />
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="21" />
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22" />
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23" />
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24" />
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30" />
        <source>Wrong size</source>
        <translation>Не тот размер</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31" />
        <source>Not as described</source>
        <translation>Не соответствует описанию</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32" />
        <source>Defective</source>
        <translation>Брак</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33" />
        <source>Damaged in transit</source>
        <translation>Повреждено при доставке</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34" />
        <source>Missing parts</source>
        <translation>Неполная комплектация</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35" />
        <source>Not received</source>
        <translation>Не получено</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36" />
        <source>Late delivery</source>
        <translation>Задержка доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37" />
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38" />
        <source>Return</source>
        <translation>Возврат товара</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39" />
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40" />
        <source>Account access</source>
        <translation>Доступ к аккаунту</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41" />
        <source>Billing</source>
        <translation>Оплата и счета</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42" />
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49" />
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50" />
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56" />
        <source>Draft, not sent</source>
        <translation>Черновик, не отправлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <source>Saved, waiting to be sent</source>
        <translation>Сохранён, ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <source>Sending failed</source>
        <translation>Не удалось отправить</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65" />
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66" />
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Shipping label</source>
        <translation>Транспортная этикетка</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Screenshot</source>
        <translation>Скриншот</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76" />
        <source>Marketplace message</source>
        <translation>Сообщение на маркетплейсе</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Callback</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Escalation level</source>
        <translation>Уровень эскалации</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96" />
        <source>Escalation reason</source>
        <translation>Причина эскалации</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>&amp;Case</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>Internal &amp;note</source>
        <translation>&amp;Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102" />
        <source>Ne&amp;xt case</source>
        <translation>&amp;Следующее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108" />
        <source>&amp;Previous case</source>
        <translation>&amp;Предыдущее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114" />
        <source>Set &amp;status</source>
        <translation>Изменить с&amp;татус</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125" />
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>&amp;About Support Workbench</source>
        <translation>&amp;О программе Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155" />
        <source>Search cases</source>
        <translation>Поиск обращений</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>Next case</source>
        <translation>Следующее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157" />
        <source>Previous case</source>
        <translation>Предыдущее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158" />
        <source>Write a reply</source>
        <translation>Написать ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159" />
        <source>Write an internal note</source>
        <translation>Написать внутреннюю заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160" />
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161" />
        <source>Add the note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>Switch inbox view</source>
        <translation>Переключить вид входящих</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163" />
        <source>Set status: open / waiting / resolved</source>
        <translation>Изменить статус: в работе / ожидание / решено</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174" />
        <source>About Support Workbench</source>
        <translation>О программе Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
Профиль: %2</translation>
    </message>
</context>
</TS>
