<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="62" />
        <source>Upgrading your data to this version of Support Workbench…
A backup copy is made first; this can take a minute.</source>
        <translation>Обновление данных для этой версии Support Workbench…
Сначала создаётся резервная копия; это может занять минуту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="109" />
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>Что-то пошло не так. Сохранённые данные не пострадали; подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="51" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="57" />
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="63" />
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="73" />
        <source>No files yet.</source>
        <translation>Файлов пока нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="96" />
        <source>No customer recorded.</source>
        <translation>Клиент не указан.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="103" />
        <source>Writes in %1</source>
        <translation>Язык общения: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="115" />
        <source>No order linked to this case.</source>
        <translation>К этому обращению не привязан заказ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="119" />
        <source>Purchased</source>
        <translation>Дата покупки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="122" />
        <source>Delivered</source>
        <translation>Дата доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="124" />
        <source>Expected</source>
        <translation>Ожидаемая доставка</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="136" />
        <source>Fulfilment</source>
        <translation>Фулфилмент</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="138" />
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="167" />
        <source>Added %1 by %2</source>
        <translation>Добавлено %1 пользователем %2</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="74" />
        <source>Select a case on the left to see it here.</source>
        <translation>Выберите обращение слева, чтобы открыть его здесь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="121" />
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="123" />
        <source>tags, separated by commas</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="134" />
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="135" />
        <source>&amp;Priority</source>
        <translation>&amp;Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="136" />
        <source>R&amp;eason</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="137" />
        <source>&amp;Assignee</source>
        <translation>&amp;Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="144" />
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="169" />
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="170" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="171" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="267" />
        <source>order %1</source>
        <translation>заказ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="271" />
        <source>opened %1</source>
        <translation>открыто %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="419" />
        <source>Reply saved.</source>
        <translation>Ответ сохранён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="422" />
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
    <name>Deadlines</name>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="57" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="58" />
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="59" />
        <source>Running</source>
        <translation>Идёт отсчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="60" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="69" />
        <source>Escalate the case</source>
        <translation>Эскалация обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="79" />
        <source>Why, and what you expect from them (required)</source>
        <translation>Причина и что вы от них ожидаете (обязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="83" />
        <source>Escalate</source>
        <translation>Эскалировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="89" />
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="90" />
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="91" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="99" />
        <source>Say why you escalate it.</source>
        <translation>Укажите причину эскалации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="136" />
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="137" />
        <source>Due</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="138" />
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="139" />
        <source>How it counts</source>
        <translation>Как считается</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="142" />
        <source>Escalate…</source>
        <translation>Эскалировать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="144" />
        <source>Take back my escalation</source>
        <translation>Отменить мою эскалацию</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="146" />
        <source>No reply needed</source>
        <translation>Ответ не нужен</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="148" />
        <source>The buyer's last messages need no answer (e.g. a thank-you): stop the reply clock</source>
        <translation>Последние сообщения покупателя не требуют ответа (например, благодарность): остановить отсчёт срока ответа</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="154" />
        <source>Record…</source>
        <translation>Отметить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="156" />
        <source>Record what the marketplace reports about the order, as of now</source>
        <translation>Отметить, что сообщает маркетплейс о заказе (на текущий момент)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="161" />
        <source>The buyer asked to return it</source>
        <translation>Покупатель запросил возврат</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="162" />
        <source>The returned item arrived</source>
        <translation>Возвращённый товар получен</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="163" />
        <source>Refund issued</source>
        <translation>Деньги возвращены</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="164" />
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="165" />
        <source>A-to-z claim filed</source>
        <translation>Подана претензия A-to-z</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="166" />
        <source>Chargeback raised</source>
        <translation>Открыт чарджбэк</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="167" />
        <source>Negative feedback left</source>
        <translation>Оставлен негативный отзыв</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="186" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="187" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="188" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="196" />
        <source>Escalation history</source>
        <translation>История эскалации</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="210" />
        <source>Reason changed</source>
        <translation>Причина изменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="216" />
        <source>Workbench (automatic)</source>
        <translation>Workbench (автоматически)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="246" />
        <source>Nothing needs escalating.</source>
        <translation>Эскалация не требуется.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history.py" line="29" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="38" />
        <source>Case created</source>
        <translation>Обращение создано</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Case changed</source>
        <translation>Обращение изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Case deleted</source>
        <translation>Обращение удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="51" />
        <source>Message from the customer</source>
        <translation>Сообщение от покупателя</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="53" />
        <source>Internal note written</source>
        <translation>Добавлена внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="55" />
        <source>Draft reply saved</source>
        <translation>Черновик ответа сохранён</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="56" />
        <source>Reply written</source>
        <translation>Ответ написан</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="59" />
        <source>File added: %1</source>
        <translation>Добавлен файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="63" />
        <source>Tag removed: %1</source>
        <translation>Удалена метка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="64" />
        <source>Tag added: %1</source>
        <translation>Добавлена метка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="75" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="76" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="77" />
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="342" />
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="344" />
        <source>Waiting for our answer</source>
        <translation>Ждёт нашего ответа</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="68" />
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="69" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="70" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="71" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="72" />
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="73" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="74" />
        <source>Lang.</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="75" />
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="76" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="77" />
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="40" />
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="41" />
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="42" />
        <source>Waiting</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="43" />
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="44" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="45" />
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="46" />
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="47" />
        <source>Escalated</source>
        <translation>Эскалированные</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="76" />
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>Поиск обращений…  (например: ремень  status:open  lang:ko)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="79" />
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</source>
        <translation>Введите любую часть темы, сообщения, имени клиента или номера заказа.
Фильтры: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="192" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="197" />
        <source>No case matches this search.</source>
        <translation>Нет обращений, соответствующих запросу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="199" />
        <source>No cases in this view.</source>
        <translation>В этом списке нет обращений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="201" />
        <source>1 case</source>
        <translation>1 обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="204" />
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
    <message>
        <location filename="../../app/ui/labels.py" line="97" />
        <source>Agent's escalation</source>
        <translation>Эскалация сотрудником</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="98" />
        <source>Agent's reason</source>
        <translation>Причина сотрудника</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99" />
        <source>Escalated to</source>
        <translation>Эскалировано:</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>&amp;New case…</source>
        <translation>Новое &amp;обращение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99" />
        <source>&amp;Case</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101" />
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>Internal &amp;note</source>
        <translation>&amp;Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111" />
        <source>Ne&amp;xt case</source>
        <translation>&amp;Следующее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117" />
        <source>&amp;Previous case</source>
        <translation>&amp;Предыдущее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>Set &amp;status</source>
        <translation>Изменить с&amp;татус</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134" />
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151" />
        <source>&amp;About Support Workbench</source>
        <translation>&amp;О программе Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Search cases</source>
        <translation>Поиск обращений</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Next case</source>
        <translation>Следующее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>Previous case</source>
        <translation>Предыдущее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>Write a reply</source>
        <translation>Написать ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Write an internal note</source>
        <translation>Написать внутреннюю заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169" />
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>Add the note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>Switch inbox view</source>
        <translation>Переключить вид входящих</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>Set status: open / waiting / resolved</source>
        <translation>Изменить статус: в работе / ожидание / решено</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>Case %1 created.</source>
        <translation>Обращение %1 создано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>About Support Workbench</source>
        <translation>О программе Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219" />
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
Профиль: %2</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="29" />
        <source>New case</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="33" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="47" />
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="51" />
        <source>What the buyer said</source>
        <translation>Что сообщил покупатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="58" />
        <source>Create case</source>
        <translation>Создать обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="62" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="63" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="64" />
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="65" />
        <source>Order id</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="66" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="67" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="68" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="69" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="78" />
        <source>Give the case a subject.</source>
        <translation>Укажите тему обращения.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/policy_text.py" line="40" />
        <source>%1 from delivery on %2 (until %3).</source>
        <translation>%1 с даты доставки %2 (до %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="45" />
        <source>No delivery date is known, so %1 count from the latest estimated delivery date, %2 (until %3).</source>
        <translation>Дата доставки неизвестна, поэтому срок (%1) отсчитывается от самой поздней ожидаемой даты доставки — %2 (до %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="54" />
        <source>The delivery date %1 is used, not the estimate %2.</source>
        <translation>Используется дата доставки %1, а не ожидаемая дата %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="59" />
        <source>%1 was a public holiday (%2); the window still counts calendar days.</source>
        <translation>%1 — праздничный день (%2); срок всё равно считается в календарных днях.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="66" />
        <source>Category %1 has a return window of %2.</source>
        <translation>Для категории %1 срок возврата — %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="71" />
        <source>Category %1 follows the general rule of %2.</source>
        <translation>Для категории %1 действует общее правило: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="76" />
        <source>The shorter rule for %1 applies to orders from %2; this order keeps %3.</source>
        <translation>Более короткий срок для %1 действует для заказов с %2; для этого заказа сохраняется %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="83" />
        <source>Your shop's policy extends the marketplace's %1 to %2.</source>
        <translation>Правила вашего магазина продлевают срок маркетплейса с %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="88" />
        <source>Bought between %1 and %2: the holiday return policy extends the deadline to %3.</source>
        <translation>Куплено с %1 по %2: праздничные правила возврата продлевают срок до %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="96" />
        <source>The holiday return policy allows returns until %1, but the normal window ends later (%2).</source>
        <translation>Праздничные правила возврата разрешают возврат до %1, но обычный срок заканчивается позже (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="105" />
        <source>Orders bought between %1 and %2 may be returned until %3; give the purchase date to check it.</source>
        <translation>Заказы, купленные с %1 по %2, можно вернуть до %3; укажите дату покупки, чтобы это проверить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="114" />
        <source>Category %1 is often replacement only in this marketplace.</source>
        <translation>На этом маркетплейсе для категории %1 часто возможна только замена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="119" />
        <source>The statutory right to cancel (%1) runs until %2, later than the marketplace window, so it applies.</source>
        <translation>Законное право на отказ от покупки (%1) действует до %2 — дольше срока маркетплейса, поэтому применяется оно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="128" />
        <source>The statutory right to cancel (%1) ends on %2; the longer return window applies.</source>
        <translation>Законное право на отказ от покупки (%1) истекает %2; применяется более длинный срок возврата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="135" />
        <source>This figure is reported by third parties, not confirmed by the marketplace: check it before relying on it.</source>
        <translation>Эти данные получены от третьих лиц и не подтверждены маркетплейсом: проверьте их, прежде чем на них полагаться.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="142" />
        <source>Today is the last day to start a return.</source>
        <translation>Сегодня последний день, чтобы оформить возврат.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="143" />
        <source>%1 left to start a return.</source>
        <translation>Осталось %1, чтобы оформить возврат.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="146" />
        <source>The return window closed on %1, %2 ago.</source>
        <translation>Срок возврата истёк %1, %2 назад.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="154" />
        <source>Reply to the buyer</source>
        <translation>Ответить покупателю</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="155" />
        <source>Answer the return request</source>
        <translation>Ответить на запрос возврата</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="156" />
        <source>Refund the returned item</source>
        <translation>Вернуть деньги за возвращённый товар</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="157" />
        <source>Answer the A-to-z claim</source>
        <translation>Ответить на претензию A-to-z</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="158" />
        <source>Answer the chargeback</source>
        <translation>Ответить на чарджбэк</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="159" />
        <source>Solve it before an A-to-z claim is possible</source>
        <translation>Решить до того, как можно будет подать претензию A-to-z</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="167" />
        <source>%1 business days (weekends and holidays do not count)</source>
        <translation>Рабочих дней: %1 (выходные и праздники не считаются)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="178" />
        <source>%1, calendar time (weekends count)</source>
        <translation>%1, календарное время (выходные учитываются)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="179" />
        <source>calendar days</source>
        <translation>календарные дни</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="184" />
        <source>Shop owner or lead</source>
        <translation>Владелец магазина или руководитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="185" />
        <source>Marketplace seller support</source>
        <translation>Поддержка продавцов маркетплейса</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="186" />
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="187" />
        <source>Supplier or factory</source>
        <translation>Поставщик или фабрика</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="193" />
        <source>Not escalated</source>
        <translation>Без эскалации</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="194" />
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="195" />
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="196" />
        <source>Critical</source>
        <translation>Критическое</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="205" />
        <source>The buyer wrote %1 times in %2 with no answer</source>
        <translation>Сообщений покупателя без ответа: %1 за %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="209" />
        <source>An A-to-z claim was filed</source>
        <translation>Подана претензия A-to-z</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="211" />
        <source>A-to-z risk: past the latest estimated delivery, the buyer can now claim</source>
        <translation>Риск претензии A-to-z: самый поздний ожидаемый срок доставки прошёл, покупатель уже может подать претензию</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="215" />
        <source>A chargeback was raised</source>
        <translation>Оформлен чарджбэк</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="217" />
        <source>Negative feedback on the order</source>
        <translation>Негативный отзыв о заказе</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="219" />
        <source>High-value order</source>
        <translation>Заказ на крупную сумму</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="221" />
        <source>The buyer mentions a safety problem (%1)</source>
        <translation>Покупатель сообщает о проблеме безопасности (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="225" />
        <source>Escalated by an agent to %1: %2</source>
        <translation>Эскалировано сотрудником (кому: %1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="226" />
        <source>Escalated by an agent: %1</source>
        <translation>Эскалировано сотрудником: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="228" />
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="230" />
        <source>Due soon: %1</source>
        <translation>Скоро срок: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="237" />
        <source>in %1</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="238" />
        <source>%1 overdue</source>
        <translation>просрочено на %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="59" />
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="62" />
        <source>Cases assigned to this name show in the Mine view</source>
        <translation>Обращения, назначенные на это имя, показываются в разделе «Мои»</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="65" />
        <source>The system's language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="71" />
        <source>A new language applies the next time the workbench starts.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="82" />
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="83" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>ReturnWindow</name>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="97" />
        <source>Return window</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="115" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="124" />
        <source>last day today</source>
        <translation>сегодня последний день</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="126" />
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="129" />
        <source>Open</source>
        <translation>Возврат возможен</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="134" />
        <source>Closed %1 ago</source>
        <translation>Истёк %1 назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="138" />
        <source>Last day to start a return: %1</source>
        <translation>Последний день для оформления возврата: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="143" />
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="145" />
        <source>expected</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="154" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
</context>
</TS>
