<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="87"/>
        <source>Rewriting your cases in the compact format: %1 of %2 rows…</source>
        <translation>Обращения переписываются в компактном формате: %1 из %2 строк…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="92"/>
        <source>Building the indexes…</source>
        <translation>Построение индексов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="94"/>
        <source>Building the search index…</source>
        <translation>Построение поискового индекса…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="96"/>
        <source>Keeping the old file as a backup and finishing…</source>
        <translation>Старый файл сохраняется как резервная копия, завершение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="97"/>
        <source>Upgrading your data to this version of Support Workbench…
The old file is kept as a backup; this can take a few minutes.</source>
        <translation>Данные обновляются для этой версии Support Workbench…
Старый файл сохраняется как резервная копия; это может занять несколько минут.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="130"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="218"/>
        <source>The database of this profile is damaged, so Workbench will not save anything to it: saving could spread the damage. You can still read your cases.</source>
        <translation>База данных этого профиля повреждена, поэтому Workbench ничего в неё не сохраняет: сохранение может распространить повреждение. Читать обращения по-прежнему можно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="225"/>
        <source>Close Workbench, then run “workbench doctor” to see what is wrong, and “workbench backups restore” to put the latest backup back or “workbench salvage --out FOLDER” to copy what can still be read into a new profile.</source>
        <translation>Закройте Workbench, затем выполните «workbench doctor», чтобы увидеть, что не так, и «workbench backups restore», чтобы вернуть последнюю резервную копию, или «workbench salvage --out FOLDER», чтобы скопировать всё, что ещё читается, в новый профиль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="164"/>
        <location filename="../../app/ui/app.py" line="258"/>
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>Что-то пошло не так. Сохранённые данные не пострадали; подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../app/ui/case/approval.py" line="86"/>
        <source>Sent anyway by %1, %2</source>
        <translation>Отправлено вопреки проверке: %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="87"/>
        <source>an agent</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="95"/>
        <source>Blocked by: %1</source>
        <translation>Заблокировано: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="97"/>
        <source>the compliance check</source>
        <translation>проверка правил</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="103"/>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="112"/>
        <source>Approve and send</source>
        <translation>Одобрить и отправить</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="114"/>
        <source>Return to the agent…</source>
        <translation>Вернуть сотруднику…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="136"/>
        <source>Return the reply to the agent</source>
        <translation>Вернуть ответ сотруднику</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="138"/>
        <source>The reply becomes a draft again, and your note goes into the case for the agent.</source>
        <translation>Ответ снова станет черновиком, а ваша заметка для сотрудника будет добавлена в обращение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="147"/>
        <source>What should the agent change?</source>
        <translation>Что сотрудник должен изменить?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="154"/>
        <source>Return to the agent</source>
        <translation>Вернуть сотруднику</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="169"/>
        <source>Write a note for the agent first.</source>
        <translation>Сначала напишите заметку для сотрудника.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="260"/>
        <source>Approved: the reply goes on its way.</source>
        <translation>Одобрено: ответ отправляется.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="262"/>
        <source>Returned to the agent as a draft, with your note.</source>
        <translation>Возвращено сотруднику как черновик, с вашей заметкой.</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="39"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="45"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="93"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="70"/>
        <source>No customer recorded.</source>
        <translation>Клиент не указан.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="78"/>
        <source>Writes in %1</source>
        <translation>Язык общения: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="90"/>
        <source>No order linked to this case.</source>
        <translation>К этому обращению не привязан заказ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="94"/>
        <source>Purchased</source>
        <translation>Дата покупки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="97"/>
        <source>Delivered</source>
        <translation>Дата доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="99"/>
        <source>Expected</source>
        <translation>Ожидаемая доставка</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="111"/>
        <source>Fulfilment</source>
        <translation>Фулфилмент</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="113"/>
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/strip_tiles.py" line="76"/>
        <source>Added %1 by %2</source>
        <translation>Добавлено %1 пользователем %2</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case/view.py" line="96"/>
        <source>Select a case on the left to see it here.</source>
        <translation>Выберите обращение слева, чтобы открыть его здесь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="141"/>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="143"/>
        <source>tags, separated by commas</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="154"/>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="155"/>
        <source>&amp;Priority</source>
        <translation>&amp;Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="156"/>
        <source>R&amp;eason</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="157"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="158"/>
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="161"/>
        <source>Log contact…</source>
        <translation>Записать контакт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="163"/>
        <source>Record a phone call, chat, call-back or social contact</source>
        <translation>Записать телефонный звонок, чат, обратный звонок или контакт в соцсетях</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="206"/>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="208"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="209"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="311"/>
        <source>order %1</source>
        <translation>заказ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="315"/>
        <source>opened %1</source>
        <translation>открыто %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="533"/>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="147"/>
        <source>Reply queued; the override is in the case history.</source>
        <translation>Ответ поставлен в очередь; причина отправки вопреки проверке правил записана в историю обращения.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="149"/>
        <source>Reply queued.</source>
        <translation>Ответ поставлен в очередь на отправку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="191"/>
        <source>The reply waits for the owner&apos;s approval; it is not sent yet.</source>
        <translation>Ответ ждёт одобрения владельца и пока не отправлен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="213"/>
        <source>Not marked as sent: the reply stays a draft and the buyer&apos;s clock keeps running.</source>
        <translation>Не отмечено как отправленное: ответ остаётся черновиком, а срок ответа покупателю продолжает идти.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="226"/>
        <source>Reply marked as sent at %1.</source>
        <translation>Ответ отмечен как отправленный %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="239"/>
        <source>Reply taken back: it is a draft again.</source>
        <translation>Ответ отозван: он снова черновик.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="248"/>
        <source>The reply is in the outbox again.</source>
        <translation>Ответ снова в исходящих.</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/core/bus.py" line="43"/>
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>Что-то пошло не так, изменения не сохранены. Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="25"/>
        <source>E-mail address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="26"/>
        <source>E-mail addresses are not allowed in buyer messages: the conversation must stay in the marketplace&apos;s messaging.</source>
        <translation>Адреса эл. почты в сообщениях покупателям запрещены: переписка должна оставаться в системе сообщений маркетплейса.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="33"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="34"/>
        <source>Phone numbers are not allowed in buyer messages; only a carrier&apos;s or manufacturer&apos;s warranty line may be given.</source>
        <translation>Номера телефонов в сообщениях покупателям запрещены; можно указать только гарантийную линию службы доставки или производителя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="41"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="42"/>
        <source>Links are allowed only when the buyer needs them for the order; this one leads somewhere else.</source>
        <translation>Ссылки разрешены, только если они нужны покупателю для заказа; эта ведёт на другой ресурс.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="49"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="50"/>
        <source>Buyer messages are plain text: HTML tags and entities are not allowed.</source>
        <translation>Сообщения покупателям — это простой текст: HTML-теги и HTML-сущности не допускаются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="56"/>
        <source>Messenger or social media</source>
        <translation>Мессенджеры или соцсети</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="57"/>
        <source>Asking the buyer to talk on another channel (a messenger app, social media or a personal handle) is not allowed.</source>
        <translation>Нельзя предлагать покупателю перейти на другой канал связи (мессенджер, соцсети или личный аккаунт).</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="64"/>
        <source>Outside the marketplace</source>
        <translation>В обход маркетплейса</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="65"/>
        <source>Asking the buyer to pay, be refunded or return the item outside the marketplace is not allowed.</source>
        <translation>Нельзя предлагать покупателю оплату, возврат денег или возврат товара в обход маркетплейса.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="72"/>
        <source>Review incentive</source>
        <translation>Вознаграждение за отзыв</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="73"/>
        <source>Offering a refund, discount, gift or anything else in exchange for a review or feedback is not allowed.</source>
        <translation>Нельзя предлагать возврат денег, скидку, подарок или что-либо ещё в обмен на отзыв или оценку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="80"/>
        <source>Asking for a good review</source>
        <translation>Просьба о хорошем отзыве</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="81"/>
        <source>A review may only be asked for neutrally: asking for a positive or 5-star review, or only from satisfied buyers, is not allowed.</source>
        <translation>Просить об отзыве можно только нейтрально: нельзя просить положительный отзыв или 5 звёзд, а также обращаться с такой просьбой только к довольным покупателям.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="88"/>
        <source>Asking to change a review</source>
        <translation>Просьба изменить отзыв</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="89"/>
        <source>Asking a buyer to change or remove a product review is not allowed (asking to remove seller feedback once the problem is solved is).</source>
        <translation>Нельзя просить покупателя изменить или удалить отзыв о товаре (попросить удалить отзыв о продавце после решения проблемы можно).</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="96"/>
        <source>Marketing</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="97"/>
        <source>Marketing, coupons and promotions of other products are not allowed in buyer messages.</source>
        <translation>Реклама, купоны и продвижение других товаров в сообщениях покупателям запрещены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="104"/>
        <source>Emoji</source>
        <translation>Эмодзи</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="105"/>
        <source>The marketplace&apos;s guidelines do not allow emojis in buyer messages.</source>
        <translation>Правила маркетплейса не допускают эмодзи в сообщениях покупателям.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="110"/>
        <source>No order id</source>
        <translation>Нет номера заказа</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="111"/>
        <source>Messages should quote the order id, so the buyer and the marketplace can match them to the order.</source>
        <translation>В сообщениях стоит указывать номер заказа, чтобы покупатель и маркетплейс могли сопоставить их с заказом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="118"/>
        <source>Too long</source>
        <translation>Слишком длинное</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="119"/>
        <source>The marketplace rejects messages longer than its limit; shorten it.</source>
        <translation>Маркетплейс отклоняет сообщения длиннее допустимого; сократите текст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="125"/>
        <source>Not filled in</source>
        <translation>Не заполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="126"/>
        <source>A template placeholder was not filled in; write the fact in, or the buyer reads the marker.</source>
        <translation>Поле шаблона не заполнено; впишите данные, иначе покупатель увидит метку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="133"/>
        <source>Thank you only</source>
        <translation>Только благодарность</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="134"/>
        <source>A message that only thanks the buyer or confirms the order is not allowed; say what the buyer needs to know, or send nothing.</source>
        <translation>Нельзя отправлять сообщение, которое только благодарит покупателя или подтверждает заказ; напишите то, что покупателю нужно знать, или ничего не отправляйте.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="141"/>
        <source>Empty</source>
        <translation>Пустое сообщение</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="142"/>
        <source>An empty message cannot be sent.</source>
        <translation>Пустое сообщение отправить нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="150"/>
        <source>Only a carrier&apos;s or manufacturer&apos;s warranty or service line may be given; check that this number is one.</source>
        <translation>Можно указать только гарантийную или сервисную линию службы доставки или производителя; проверьте, что это именно такой номер.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="156"/>
        <source>Links to the marketplace&apos;s own pages or a carrier&apos;s tracking page are allowed only if the buyer needs them for this order; check that they do.</source>
        <translation>Ссылки на страницы самого маркетплейса или на страницу отслеживания службы доставки допустимы, только если они нужны покупателю для этого заказа; проверьте это.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="196"/>
        <source>%1 characters; the marketplace accepts at most %2. Shorten it, or it will be rejected.</source>
        <translation>Символов: %1; маркетплейс принимает не более %2. Сократите текст, иначе он будет отклонён.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="38"/>
        <source>The language the reply is in</source>
        <translation>Язык ответа</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="40"/>
        <source>Reply &amp;in</source>
        <translation>&amp;Язык ответа</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="71"/>
        <source>Finding the buyer&apos;s language…</source>
        <translation>Определение языка покупателя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="76"/>
        <source>Buyer&apos;s language unknown — replies in English</source>
        <translation>Язык покупателя неизвестен — ответ на английском</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="78"/>
        <source>Buyer writes %1 (detected)</source>
        <translation>Язык покупателя: %1 (определён по сообщениям)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="80"/>
        <source>Buyer writes %1 (from the customer record)</source>
        <translation>Язык покупателя: %1 (из данных клиента)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="82"/>
        <source>Buyer writes %1 (from the case)</source>
        <translation>Язык покупателя: %1 (из обращения)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="87"/>
        <source>The buyer&apos;s language could not be found: %1</source>
        <translation>Не удалось определить язык покупателя: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="364"/>
        <source>Filling in the template…</source>
        <translation>Заполнение шаблона…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="386"/>
        <source>Template inserted; Ctrl+Z brings back what you had written.</source>
        <translation>Шаблон вставлен; Ctrl+Z вернёт ваш прежний текст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="395"/>
        <source>The template could not be filled in: %1</source>
        <translation>Не удалось заполнить шаблон: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="560"/>
        <source>Send the reply to the buyer; 10 s to undo (Ctrl+Enter)</source>
        <translation>Отправить ответ покупателю; 10 с на отмену (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="562"/>
        <source>Copy and mark as sent</source>
        <translation>Скопировать и отметить отправленным</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="563"/>
        <source>No mailbox is set up: copy the reply for Seller Central, then confirm you sent it there (Ctrl+Enter)</source>
        <translation>Почтовый ящик не настроен: скопируйте ответ для Seller Central, затем подтвердите, что отправили его там (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="48"/>
        <source>Fell back to %1: no %2 variant.</source>
        <translation>Использован язык «%1»: варианта на языке «%2» нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="56"/>
        <source>Not known for this case, fill in by hand: %1</source>
        <translation>Неизвестно для этого обращения, заполните вручную: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="63"/>
        <source>In %1 (for you)</source>
        <translation>На вашем языке (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="64"/>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="517"/>
        <source>Checking the reply before it goes out…</source>
        <translation>Проверка ответа перед отправкой…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="528"/>
        <source>Not sent. Fix the marked text.</source>
        <translation>Не отправлено. Исправьте выделенный текст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="138"/>
        <source>Checking the reply…</source>
        <translation>Проверка ответа…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="142"/>
        <source>The reply could not be checked: %1</source>
        <translation>Не удалось проверить ответ: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="161"/>
        <source>✓ Nothing the marketplace forbids.</source>
        <translation>✓ Ничего запрещённого маркетплейсом.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="164"/>
        <source>Not allowed by the marketplace: %1</source>
        <translation>Запрещено маркетплейсом: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="166"/>
        <source>warnings: %1</source>
        <translation>предупреждений: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="171"/>
        <source>Warnings: %1 (they do not stop the reply)</source>
        <translation>Предупреждений: %1 (они не мешают отправке)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="187"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="226"/>
        <source>Send despite the compliance check?</source>
        <translation>Отправить вопреки проверке правил?</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="229"/>
        <source>The marketplace does not allow what this reply contains. Sending it can get the shop&apos;s account warned or suspended.</source>
        <translation>Маркетплейс не допускает то, что содержит этот ответ. Из-за его отправки аккаунт магазина может получить предупреждение или быть заблокирован.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="247"/>
        <source>Why this reply must go out as it is (required)</source>
        <translation>Почему этот ответ нужно отправить как есть (обязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="255"/>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="263"/>
        <source>The shop&apos;s owner approves every reply sent anyway: this one waits for them, with your reason, and is not sent until they approve it. The buyer&apos;s clock keeps running.</source>
        <translation>Владелец магазина одобряет каждый ответ, отправленный вопреки проверке: этот ответ ждёт его одобрения вместе с вашей причиной и не будет отправлен, пока он его не одобрит. Срок ответа покупателю продолжает идти.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="274"/>
        <source>Ask the owner to approve</source>
        <translation>Запросить одобрение владельца</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="278"/>
        <source>Reason for sending it anyway:</source>
        <translation>Почему ответ нужно отправить:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="290"/>
        <source>Say why it must go out as it is (at least %1 characters).</source>
        <translation>Укажите, почему ответ нужно отправить как есть (минимум символов: %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="72"/>
        <source>Find a template (Ctrl+T)</source>
        <translation>Найти шаблон (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="87"/>
        <source>Manage templates…</source>
        <translation>Управление шаблонами…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="100"/>
        <source>All templates</source>
        <translation>Все шаблоны</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="101"/>
        <source>Back to the list of templates</source>
        <translation>Назад к списку шаблонов</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="107"/>
        <source>This shows the template as picked, not your edits.</source>
        <translation>Здесь показан шаблон в исходном виде, без ваших правок.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="140"/>
        <source>Templates with problems (not offered): %1. See Manage templates…</source>
        <translation>Шаблоны с ошибками (не предлагаются): %1. См. «Управление шаблонами…».</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="152"/>
        <source>The templates could not be loaded: %1</source>
        <translation>Не удалось загрузить шаблоны: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="228"/>
        <source>Found, fitting this case</source>
        <translation>Найдено, подходит для этого обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="230"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="233"/>
        <source>No template matches “%1”.</source>
        <translation>Нет шаблонов, соответствующих «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="241"/>
        <source>Suggested for this case</source>
        <translation>Рекомендуемые для этого обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="242"/>
        <source>All other templates</source>
        <translation>Все остальные шаблоны</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="261"/>
        <source>%1 (shop)</source>
        <translation>%1 (магазин)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="270"/>
        <source>No %1 version: the reply would be in %2.</source>
        <translation>Нет варианта на языке «%1»: ответ будет на языке «%2».</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="41"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="43"/>
        <source>Take the reply back before it goes (Ctrl+Z in the editor)</source>
        <translation>Отозвать ответ до отправки (Ctrl+Z в редакторе)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="94"/>
        <source>Reply queued · sending in %1 s</source>
        <translation>Ответ в очереди · отправка через %1 с</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="17"/>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="18"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="19"/>
        <source>Call-back</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="20"/>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="21"/>
        <source>Other contact</source>
        <translation>Другой контакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="28"/>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="29"/>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="36"/>
        <source>Incoming: the buyer contacted us</source>
        <translation>Входящий: покупатель связался с нами</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="37"/>
        <source>Outgoing: we contacted the buyer</source>
        <translation>Исходящий: мы связались с покупателем</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="42"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="76"/>
        <location filename="../../app/ui/dialogs/contact_log.py" line="105"/>
        <source>Log contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="96"/>
        <source>Not noted</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="98"/>
        <source>What was said and agreed</source>
        <translation>Что обсудили и о чём договорились</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="110"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="111"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="112"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="113"/>
        <source>Duration (minutes)</source>
        <translation>Длительность (мин)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="114"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="143"/>
        <source>The contact time is in the future; give when it happened.</source>
        <translation>Время контакта в будущем; укажите, когда он состоялся.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="149"/>
        <source>Write a short summary of the contact.</source>
        <translation>Кратко опишите контакт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="202"/>
        <source>Contact logged.</source>
        <translation>Контакт записан.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="214"/>
        <source>The contact could not be saved. Details are in the log file.</source>
        <translation>Не удалось сохранить контакт. Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="61"/>
        <source>Draft — not sent</source>
        <translation>Черновик — не отправлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="66"/>
        <source>Queued · sending in %1 s</source>
        <translation>В очереди · отправка через %1 с</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="71"/>
        <source>Waiting to retry (attempt %1, next at %2): %3</source>
        <translation>Ожидает повторной попытки (попытка %1, следующая: %2): %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="74"/>
        <source>no answer from the server</source>
        <translation>сервер не ответил</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="77"/>
        <source>Queued · waiting to be sent</source>
        <translation>В очереди · ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="81"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="84"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="85"/>
        <source>Sent %1</source>
        <translation>Отправлен %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="89"/>
        <source>the workbench stopped while handing it to the mail server, so it may have been sent. Check your sent mail, then Mark as sent or Retry.</source>
        <translation>программа остановилась, передавая ответ почтовому серверу, поэтому он мог уйти. Проверьте отправленные письма, затем нажмите «Отметить отправленным» или «Повторить».</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="95"/>
        <source>the server gave no reason</source>
        <translation>сервер не сообщил причину</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="96"/>
        <source>Failed: %1</source>
        <translation>Не отправлен: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="103"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="104"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="105"/>
        <source>Mark as sent…</source>
        <translation>Отметить отправленным…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="142"/>
        <source>quoted text hidden</source>
        <translation>цитата скрыта</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="146"/>
        <source>unknown character set: some characters may be wrong</source>
        <translation>неизвестная кодировка: некоторые символы могут быть неверными</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="150"/>
        <source>HTML mail shown as text</source>
        <translation>HTML-письмо показано как текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="154"/>
        <source>long mail shortened: the full text is in the original</source>
        <translation>длинное письмо сокращено: полный текст — в оригинале</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="173"/>
        <source>damaged mail: parts of it may be missing</source>
        <translation>письмо повреждено: части могут отсутствовать</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="177"/>
        <source>too many attachments: some were not kept</source>
        <translation>слишком много вложений: часть не сохранена</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="179"/>
        <source>the mail had no text</source>
        <translation>в письме не было текста</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="183"/>
        <source>attachment refused: %1</source>
        <translation>вложение отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="266"/>
        <source>No messages yet.</source>
        <translation>Сообщений пока нет.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="142"/>
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>Напишите ответ клиенту или внутреннюю заметку для команды…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="559"/>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="177"/>
        <source>Add internal note</source>
        <translation>Добавить внутреннюю заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="179"/>
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>Заметки видит только ваша команда (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="507"/>
        <location filename="../../app/ui/composer/panel.py" line="546"/>
        <source>Write something first.</source>
        <translation>Сначала введите текст.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="596"/>
        <source>Writing an internal note</source>
        <translation>Вы пишете внутреннюю заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="598"/>
        <source>Writing a reply</source>
        <translation>Вы пишете ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="82"/>
        <location filename="../../app/ui/case/conversation.py" line="79"/>
        <source>Waiting for the owner&apos;s approval</source>
        <translation>Ждёт одобрения владельца</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="62"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="63"/>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="64"/>
        <source>Running</source>
        <translation>Идёт отсчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="65"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="74"/>
        <source>Escalate the case</source>
        <translation>Эскалация обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="84"/>
        <source>Why, and what you expect from them (required)</source>
        <translation>Причина и что вы от них ожидаете (обязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="88"/>
        <source>Escalate</source>
        <translation>Эскалировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="94"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="95"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="96"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="104"/>
        <source>Say why you escalate it.</source>
        <translation>Укажите причину эскалации.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="141"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="142"/>
        <source>Due</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="143"/>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="144"/>
        <source>How it counts</source>
        <translation>Как считается</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="147"/>
        <source>Escalate…</source>
        <translation>Эскалировать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="149"/>
        <source>Take back my escalation</source>
        <translation>Отменить мою эскалацию</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="151"/>
        <source>No reply needed</source>
        <translation>Ответ не нужен</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="153"/>
        <source>The buyer&apos;s last messages need no answer (e.g. a thank-you): stop the reply clock</source>
        <translation>Последние сообщения покупателя не требуют ответа (например, благодарность): остановить отсчёт срока ответа</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="159"/>
        <source>Record…</source>
        <translation>Отметить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="161"/>
        <source>Record what the marketplace reports about the order, as of now</source>
        <translation>Отметить, что сообщает маркетплейс о заказе (на текущий момент)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="166"/>
        <source>The buyer asked to return it</source>
        <translation>Покупатель запросил возврат</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="167"/>
        <source>The returned item arrived</source>
        <translation>Возвращённый товар получен</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="168"/>
        <source>Refund issued</source>
        <translation>Деньги возвращены</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="169"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="170"/>
        <source>A-to-z claim filed</source>
        <translation>Подана претензия A-to-z</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="171"/>
        <source>Chargeback raised</source>
        <translation>Открыт чарджбэк</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="172"/>
        <source>Negative feedback left</source>
        <translation>Оставлен негативный отзыв</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="191"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="192"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="193"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="201"/>
        <source>Escalation history</source>
        <translation>История эскалации</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="216"/>
        <source>Reason changed</source>
        <translation>Причина изменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="222"/>
        <source>Workbench (automatic)</source>
        <translation>Workbench (автоматически)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="251"/>
        <source>Nothing needs escalating.</source>
        <translation>Эскалация не требуется.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="17"/>
        <source>Photo of the defect or the difference</source>
        <translation>Фото дефекта или несоответствия</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="18"/>
        <source>Photo of the label or model number</source>
        <translation>Фото этикетки или номера модели</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="19"/>
        <source>Order or receipt</source>
        <translation>Заказ или чек</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="20"/>
        <source>Photo with a measuring tape or of the size label</source>
        <translation>Фото с сантиметровой лентой или ярлыка с размером</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="21"/>
        <source>Photo of the parcel</source>
        <translation>Фото посылки</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="22"/>
        <source>Photo of the item</source>
        <translation>Фото товара</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="23"/>
        <source>Shipping label</source>
        <translation>Транспортная этикетка</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="24"/>
        <source>Carrier tracking page or screenshot</source>
        <translation>Страница отслеживания службы доставки или её скриншот</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="25"/>
        <source>Delivery photo, if any</source>
        <translation>Фото доставки, если есть</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="26"/>
        <source>Return tracking</source>
        <translation>Отслеживание возврата</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="27"/>
        <source>Receipt of the returned item</source>
        <translation>Подтверждение получения возвращённого товара</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="119"/>
        <location filename="../../app/ui/evidence/panel.py" line="453"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="121"/>
        <source>Add photos, screenshots or PDF receipts (or drop them here)</source>
        <translation>Добавить фото, скриншоты или чеки в PDF (или перетащите их сюда)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="125"/>
        <location filename="../../app/ui/evidence/panel.py" line="454"/>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="127"/>
        <source>Add the picture or files on the clipboard (Ctrl+Shift+V)</source>
        <translation>Добавить изображение или файлы из буфера обмена (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="131"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="133"/>
        <source>Save the files and a manifest as one zip for a claim</source>
        <translation>Сохранить файлы и опись одним zip-архивом для претензии</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="148"/>
        <source>No files yet. Drop photos, screenshots or receipts here.</source>
        <translation>Файлов пока нет. Перетащите сюда фото, скриншоты или чеки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="156"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_notice.py" line="28"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_notice.py" line="32"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="38"/>
        <source>No evidence checklist for this kind of case.</source>
        <translation>Для обращений такого типа нет списка доказательств.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="40"/>
        <source>Checklist: %1 of %2 collected</source>
        <translation>Список: собрано %1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="47"/>
        <source>(optional)</source>
        <translation>(необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/strip_tiles.py" line="82"/>
        <source>Over the marketplace&apos;s 10 MB limit for attachments.</source>
        <translation>Превышает лимит маркетплейса для вложений (10 MB).</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="225"/>
        <source>Add evidence</source>
        <translation>Добавить доказательства</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="227"/>
        <source>Photos, screenshots and documents</source>
        <translation>Фото, скриншоты и документы</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="229"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="241"/>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>В буфере обмена нет изображения или файла для добавления.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="252"/>
        <source>Only files on this computer can be added. Save the picture first, then add the saved file.</source>
        <translation>Добавлять можно только файлы с этого компьютера. Сначала сохраните изображение, затем добавьте сохранённый файл.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="271"/>
        <source>The picture could not be saved: %1</source>
        <translation>Не удалось сохранить изображение: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="326"/>
        <source>Files are still being added; wait for them to finish.</source>
        <translation>Файлы ещё добавляются; дождитесь окончания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="328"/>
        <source>The evidence is being exported; wait for it to finish.</source>
        <translation>Идёт экспорт доказательств; дождитесь его окончания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="95"/>
        <source>Programs</source>
        <translation>Программы</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="99"/>
        <source>These files are programs: %1. Workbench can keep them as evidence but never runs them. Opening a program from a customer can harm this computer.</source>
        <translation>Эти файлы — программы: %1. Workbench может сохранить их как доказательства, но никогда их не запускает. Запуск программы, полученной от клиента, может навредить этому компьютеру.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="107"/>
        <source>Keep them as evidence</source>
        <translation>Сохранить как доказательства</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="108"/>
        <source>Leave them out</source>
        <translation>Не добавлять</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="350"/>
        <source>Adding files…</source>
        <translation>Добавление файлов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="368"/>
        <source>Added %1 of %2: %3</source>
        <translation>Добавлено %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="370"/>
        <source>Exported %1 of %2: %3</source>
        <translation>Экспортировано %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="379"/>
        <source>Stopping after this file…</source>
        <translation>Остановка после этого файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="393"/>
        <source>Case %1: %2</source>
        <translation>Обращение %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="403"/>
        <source>Added %1 file(s).</source>
        <translation>Добавлено файлов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="411"/>
        <source>Stopped: %1 file(s) were not added.</source>
        <translation>Остановлено; не добавлено файлов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="431"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Что-то пошло не так; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="461"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="462"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="469"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="471"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="520"/>
        <source>Removed %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="549"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="559"/>
        <source>Saved a copy as %1.</source>
        <translation>Копия сохранена как %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="575"/>
        <source>Exporting…</source>
        <translation>Выполняется экспорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="584"/>
        <source>Exported %1 file(s) to %2.</source>
        <translation>Экспортировано в %2 (файлов: %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="43"/>
        <location filename="../../app/ui/evidence/export_dialog.py" line="123"/>
        <location filename="../../app/ui/evidence/export_dialog.py" line="133"/>
        <source>Export evidence</source>
        <translation>Экспорт доказательств</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="52"/>
        <source>Keep the location (GPS) in photos</source>
        <translation>Сохранить местоположение (GPS) в фото</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="56"/>
        <source>The zip holds every file and a manifest (kind, caption, SHA-256, size, who added it and when). Photos lose their location unless you keep it.</source>
        <translation>В zip-архиве — все файлы и опись (тип, подпись, SHA-256, размер, кто и когда добавил). Из фото удаляется местоположение, если вы не решите его сохранить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="65"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="74"/>
        <source>Save the bundle as:</source>
        <translation>Сохранить архив как:</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="107"/>
        <source>This is inside the profile folder; saving there could destroy the profile. Choose a place outside it.</source>
        <translation>Это внутри папки профиля; сохранение туда может уничтожить профиль. Выберите место вне её.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="113"/>
        <source>This is not a regular file (a link, a pipe or a device); choose another name.</source>
        <translation>Это не обычный файл (ссылка, канал или устройство); выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="124"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="314"/>
        <source>This file cannot be previewed</source>
        <translation>Предпросмотр этого файла недоступен</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="322"/>
        <location filename="../../app/ui/evidence/viewer.py" line="202"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="324"/>
        <source>Open with another program…</source>
        <translation>Открыть в другой программе…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="102"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="53"/>
        <source>Describe what this file shows</source>
        <translation>Опишите, что показывает этот файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="61"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="62"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="167"/>
        <source>Previous</source>
        <translation>Предыдущий</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="170"/>
        <source>Next</source>
        <translation>Следующий</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="173"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="176"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="178"/>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="179"/>
        <source>Fit to window</source>
        <translation>Подогнать под окно</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="181"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="184"/>
        <source>Rotate left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="187"/>
        <source>Rotate right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="190"/>
        <source>First page</source>
        <translation>Первая страница</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="193"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="196"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="199"/>
        <source>Last page</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="34"/>
        <source>It is %1, which this viewer does not show.</source>
        <translation>Это %1; такие файлы здесь не показываются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="321"/>
        <source>Evidence: %1</source>
        <translation>Доказательство: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="96"/>
        <source>Added %1 by %2</source>
        <translation>Добавлено %1 пользователем %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="98"/>
        <source>Added %1</source>
        <translation>Добавлено %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="102"/>
        <source>Taken %1</source>
        <translation>Снято %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="371"/>
        <source>Shown smaller than its %1 × %2 pixels.</source>
        <translation>Показано в уменьшенном виде (исходный размер: %1 × %2 пикс.).</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="57"/>
        <source>The image is %1 × %2 pixels, too large to show safely.</source>
        <translation>Размер изображения — %1 × %2 пикс.; оно слишком большое, чтобы безопасно его показать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="61"/>
        <source>The image could not be read: it is damaged, or in a format not supported here.</source>
        <translation>Не удалось прочитать изображение: оно повреждено или его формат здесь не поддерживается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="426"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="446"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="473"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="478"/>
        <source>Saving a copy…</source>
        <translation>Сохранение копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="490"/>
        <source>Saved a copy as %1</source>
        <translation>Копия сохранена как %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="498"/>
        <source>The copy could not be made: %1</source>
        <translation>Не удалось создать копию: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="46"/>
        <source>Open with another program</source>
        <translation>Открыть в другой программе</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="47"/>
        <source>Open “%1” with another program?</source>
        <translation>Открыть «%1» в другой программе?</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="50"/>
        <source>This file is a program. Running it can harm this computer and the data on it: files from customers can carry viruses. Open it only if you are certain it is safe.</source>
        <translation>Этот файл — программа. Её запуск может навредить компьютеру и данным на нём: файлы от клиентов могут содержать вирусы. Открывайте его, только если уверены, что он безопасен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="57"/>
        <source>A copy of the file is opened; the case keeps the original. Open files from customers only if you trust them.</source>
        <translation>Открывается копия файла; оригинал остаётся в обращении. Открывайте файлы от клиентов, только если доверяете им.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="63"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="21"/>
        <source>plain text</source>
        <translation>обычный текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="22"/>
        <source>a zip archive</source>
        <translation>zip-архив</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="23"/>
        <source>a Windows program</source>
        <translation>программа для Windows</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="24"/>
        <source>a program</source>
        <translation>программа</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="25"/>
        <source>a file of unknown type</source>
        <translation>файл неизвестного типа</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="28"/>
        <source>a file of type %1</source>
        <translation>файл типа %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="43"/>
        <source>The PDF is protected with a password.</source>
        <translation>PDF защищён паролем.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="45"/>
        <source>The PDF uses a kind of protection this viewer does not support.</source>
        <translation>PDF защищён способом, который здесь не поддерживается.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="48"/>
        <source>The PDF could not be read: it is damaged, or not a PDF.</source>
        <translation>Не удалось прочитать PDF: файл повреждён или это не PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="13"/>
        <source>The file is not on this computer yet; it may still be syncing.</source>
        <translation>Файла ещё нет на этом компьютере; возможно, он ещё синхронизируется.</translation>
    </message>
</context>
<context>
    <name>FetchStatus</name>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="21"/>
        <source>wrong user name or password</source>
        <translation>неверное имя пользователя или пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="22"/>
        <source>server not found</source>
        <translation>сервер не найден</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="23"/>
        <source>no secure connection</source>
        <translation>нет защищённого соединения</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="24"/>
        <source>folder not found</source>
        <translation>папка не найдена</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="25"/>
        <source>the server answered wrongly</source>
        <translation>сервер ответил некорректно</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="26"/>
        <source>no password stored</source>
        <translation>пароль не сохранён</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="27"/>
        <source>the mail could not be stored</source>
        <translation>не удалось сохранить почту</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="28"/>
        <source>cannot be reached</source>
        <translation>сервер недоступен</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="29"/>
        <source>no answer (timed out)</source>
        <translation>нет ответа (время ожидания истекло)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="30"/>
        <source>the connection broke</source>
        <translation>соединение прервалось</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="32"/>
        <source>an internal error</source>
        <translation>внутренняя ошибка</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="38"/>
        <source>Mail last fetched %1</source>
        <translation>Последняя проверка почты: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="40"/>
        <location filename="../../app/ui/mail/fetch_status.py" line="72"/>
        <source>Mail not fetched yet</source>
        <translation>Почта ещё не проверялась</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="44"/>
        <source>No mailbox set up</source>
        <translation>Почтовый ящик не настроен</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="45"/>
        <source>Add your mailbox in Preferences &gt; Mail to fetch mail.</source>
        <translation>Чтобы получать почту, добавьте почтовый ящик в разделе «Настройки &gt; Почта».</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="51"/>
        <source>Fetching mail… %1 of %2</source>
        <translation>Получение почты… %1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="56"/>
        <source>Fetching mail…</source>
        <translation>Получение почты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="59"/>
        <source>The mail server cannot be reached now.</source>
        <translation>Почтовый сервер сейчас недоступен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="62"/>
        <source>Next try at %1</source>
        <translation>Следующая попытка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="64"/>
        <source>Mail: offline</source>
        <translation>Почта: нет связи</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="67"/>
        <source>Mail failed: %1</source>
        <translation>Почта не получена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="74"/>
        <source>Mail fetched %1</source>
        <translation>Почта получена %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/case/history.py" line="36"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="45"/>
        <source>Case created</source>
        <translation>Обращение создано</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="52"/>
        <source>Case changed</source>
        <translation>Обращение изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="54"/>
        <source>Case deleted</source>
        <translation>Обращение удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="60"/>
        <source>Sent despite the compliance check (%1): %2</source>
        <translation>Отправлено вопреки проверке правил (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="67"/>
        <source>Draft reply replaced by a newer version</source>
        <translation>Черновик ответа заменён более новой версией</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="71"/>
        <source>Message from the customer</source>
        <translation>Сообщение от покупателя</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="73"/>
        <source>Internal note written</source>
        <translation>Добавлена внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="76"/>
        <source>Draft reply saved</source>
        <translation>Черновик ответа сохранён</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="78"/>
        <source>Reply sent anyway, held for the owner&apos;s approval</source>
        <translation>Ответ отправлен вопреки проверке и ждёт одобрения владельца</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="79"/>
        <source>Reply written</source>
        <translation>Ответ написан</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="101"/>
        <source>Approved by the owner</source>
        <translation>Одобрено владельцем</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="102"/>
        <source>Approved by %1</source>
        <translation>Одобрено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="105"/>
        <source>Returned to the agent</source>
        <translation>Возвращено сотруднику</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="106"/>
        <source>Returned to the agent: %1</source>
        <translation>Возвращено сотруднику: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="127"/>
        <source>File added: %1</source>
        <translation>Добавлен файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="85"/>
        <source>Tag removed: %1</source>
        <translation>Удалена метка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="86"/>
        <source>Tag added: %1</source>
        <translation>Добавлена метка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="130"/>
        <source>File removed: %1</source>
        <translation>Удалён файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="132"/>
        <source>File put back: %1</source>
        <translation>Восстановлен файл: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="138"/>
        <source>kind %1 → %2</source>
        <translation>тип %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="144"/>
        <source>caption “%1”</source>
        <translation>подпись «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="145"/>
        <source>File %1: %2</source>
        <translation>Файл %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="155"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="156"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="157"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="59"/>
        <source>Logged a phone call (%1)</source>
        <translation>Записан телефонный звонок (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="60"/>
        <source>Logged a chat (%1)</source>
        <translation>Записан чат (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="61"/>
        <source>Logged a call-back (%1)</source>
        <translation>Записан обратный звонок (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="62"/>
        <source>Logged a social media contact (%1)</source>
        <translation>Записан контакт в соцсетях (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="63"/>
        <source>Logged a contact (%1)</source>
        <translation>Записан контакт (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="69"/>
        <source>Removed a logged contact: %1</source>
        <translation>Удалён записанный контакт: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="75"/>
        <source>Corrected a logged contact: %1</source>
        <translation>Исправлен записанный контакт: %1</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="439"/>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="441"/>
        <source>Waiting for our answer</source>
        <translation>Ждёт нашего ответа</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="88"/>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="89"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="90"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="91"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="92"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="93"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="94"/>
        <source>Lang.</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="95"/>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="96"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="97"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="98"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="447"/>
        <source>Evidence checklist: %1 of %2 collected</source>
        <translation>Список доказательств: собрано %1 из %2</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="38"/>
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="39"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="40"/>
        <source>Waiting</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="41"/>
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="42"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="43"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="44"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="45"/>
        <source>Escalated</source>
        <translation>Эскалированные</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="74"/>
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>Поиск обращений…  (например: ремень  status:open  lang:ko)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="77"/>
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered  is:held</source>
        <translation>Введите любую часть темы, сообщения, имени клиента или номера заказа.
Фильтры: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered  is:held</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="201"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="206"/>
        <source>No case matches this search.</source>
        <translation>Нет обращений, соответствующих запросу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="208"/>
        <source>No cases in this view.</source>
        <translation>В этом списке нет обращений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="210"/>
        <source>1 case</source>
        <translation>1 обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="213"/>
        <source>%1 cases</source>
        <translation>Обращений: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/core/labels.py" line="10"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="11"/>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="12"/>
        <source>Waiting on customer</source>
        <translation>Ждёт ответа клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="13"/>
        <source>Waiting on third party</source>
        <translation>Ждёт третьей стороны</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="14"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="15"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="21"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="22"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="23"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="24"/>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="30"/>
        <source>Wrong size</source>
        <translation>Не тот размер</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="31"/>
        <source>Not as described</source>
        <translation>Не соответствует описанию</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="32"/>
        <source>Defective</source>
        <translation>Брак</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="33"/>
        <source>Damaged in transit</source>
        <translation>Повреждено при доставке</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="34"/>
        <source>Missing parts</source>
        <translation>Неполная комплектация</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="35"/>
        <source>Not received</source>
        <translation>Не получено</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="36"/>
        <source>Late delivery</source>
        <translation>Задержка доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="37"/>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="38"/>
        <source>Return</source>
        <translation>Возврат товара</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="39"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="40"/>
        <source>Account access</source>
        <translation>Доступ к аккаунту</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="41"/>
        <source>Billing</source>
        <translation>Оплата и счета</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="42"/>
        <location filename="../../app/ui/core/labels.py" line="72"/>
        <location filename="../../app/ui/core/labels.py" line="85"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="48"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="49"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="50"/>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="56"/>
        <source>Draft, not sent</source>
        <translation>Черновик, не отправлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="57"/>
        <source>In the outbox</source>
        <translation>В исходящих</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="58"/>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="59"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="60"/>
        <source>Sending failed</source>
        <translation>Не удалось отправить</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="61"/>
        <source>Waiting for the owner&apos;s approval</source>
        <translation>Ждёт одобрения владельца</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="67"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="68"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="69"/>
        <source>Shipping label</source>
        <translation>Транспортная этикетка</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="70"/>
        <source>Screenshot</source>
        <translation>Скриншот</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="71"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="78"/>
        <source>Marketplace message</source>
        <translation>Сообщение на маркетплейсе</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="79"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="80"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="81"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="82"/>
        <source>Callback</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="83"/>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="84"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="91"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="92"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="93"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="94"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="95"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="96"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="97"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="98"/>
        <source>Escalation level</source>
        <translation>Уровень эскалации</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="99"/>
        <source>Escalation reason</source>
        <translation>Причина эскалации</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="100"/>
        <source>Agent&apos;s escalation</source>
        <translation>Эскалация сотрудником</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="101"/>
        <source>Agent&apos;s reason</source>
        <translation>Причина сотрудника</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="102"/>
        <source>Escalated to</source>
        <translation>Эскалировано:</translation>
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
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="92"/>
        <source>The address registered with the marketplace for buyer messages; replies from any other address are rejected.</source>
        <translation>Адрес, зарегистрированный на маркетплейсе для сообщений покупателей; ответы с любого другого адреса отклоняются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="101"/>
        <source>The password is stored in the system keyring, never in a file. It is not shown again; type a new one to replace it.</source>
        <translation>Пароль хранится в системном хранилище паролей, а не в файле. Он больше не показывается; чтобы заменить его, введите новый.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="110"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="122"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Сервер входящей почты (IMAP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="123"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Сервер исходящей почты (SMTP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="124"/>
        <source>Security</source>
        <translation>Защита соединения</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="125"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="126"/>
        <source>Your registered address</source>
        <translation>Ваш зарегистрированный адрес</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="127"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="143"/>
        <source>Default port</source>
        <translation>Порт по умолчанию</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="160"/>
        <location filename="../../app/ui/dialogs/mail_account.py" line="217"/>
        <source>Stored in the system keyring</source>
        <translation>Сохранён в системном хранилище паролей</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="162"/>
        <source>Not stored yet</source>
        <translation>Ещё не сохранён</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="234"/>
        <source>Fill in the servers first.</source>
        <translation>Сначала укажите серверы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="237"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="246"/>
        <source>Connected: mail can be fetched and replies sent.</source>
        <translation>Подключено: можно получать почту и отправлять ответы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="251"/>
        <source>Fetching (IMAP): %1</source>
        <translation>Получение (IMAP): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="252"/>
        <source>Sending (SMTP): %1</source>
        <translation>Отправка (SMTP): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="261"/>
        <source>connected</source>
        <translation>подключено</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="262"/>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <location filename="../../app/ui/mail/fetcher.py" line="130"/>
        <source>&amp;Fetch mail</source>
        <translation>&amp;Получить почту</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetcher.py" line="132"/>
        <source>Fetch new mail from your mailbox now</source>
        <translation>Получить новую почту из ящика сейчас</translation>
    </message>
</context>
<context>
    <name>MailHub</name>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="67"/>
        <source>&amp;Send waiting replies now</source>
        <translation>Отправить о&amp;жидающие ответы сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="73"/>
        <source>&amp;Import mail…</source>
        <translation>&amp;Импорт почты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="77"/>
        <source>Import &amp;order report…</source>
        <translation>Импорт отчёта о &amp;заказах…</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="101"/>
        <location filename="../../app/ui/mail/import_dialog.py" line="192"/>
        <source>Import mail</source>
        <translation>Импорт почты</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="105"/>
        <source>Import .eml files, mbox files and Maildir folders. Each message goes to its case; messages already stored are skipped.</source>
        <translation>Импорт файлов .eml, файлов mbox и папок Maildir. Каждое письмо попадает в своё обращение; уже сохранённые письма пропускаются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="115"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="117"/>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="142"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="147"/>
        <location filename="../../app/ui/mail/import_dialog.py" line="250"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="194"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Файлы почты (*.eml *.mbox *.mbx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="200"/>
        <source>Choose a Maildir or a folder of mail</source>
        <translation>Выберите Maildir или папку с письмами</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="217"/>
        <source>Reading the mail…</source>
        <translation>Чтение почты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="234"/>
        <source>Stopping after the current batch…</source>
        <translation>Остановка после текущей партии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="250"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="258"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="276"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Отменено; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="284"/>
        <source>The import failed; details are in the log file.</source>
        <translation>Импорт не удался; подробности — в файле журнала.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="292"/>
        <source>Imported: %1 · New cases: %2 · Already stored: %3 · Attachments as evidence: %4 · Refused: %5</source>
        <translation>Импортировано: %1 · Новых обращений: %2 · Уже было: %3 · Вложений как доказательств: %4 · Отклонено: %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="308"/>
        <source>Import cancelled. What was imported stays; import the same files again to finish (nothing is stored twice).</source>
        <translation>Импорт отменён. Импортированное сохраняется; чтобы завершить, импортируйте те же файлы ещё раз (ничего не сохранится дважды).</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="316"/>
        <source>The import stopped: %1</source>
        <translation>Импорт остановлен: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="328"/>
        <source>Attachment %1 not kept: %2</source>
        <translation>Вложение %1 не сохранено: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="338"/>
        <source>%1, message %2</source>
        <translation>%1, письмо %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="339"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Открываем ваши обращения…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;New case…</source>
        <translation>Новое &amp;обращение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>&amp;Case</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188"/>
        <source>Internal &amp;note</source>
        <translation>&amp;Внутренняя заметка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Записать контакт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>Ne&amp;xt case</source>
        <translation>&amp;Следующее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;Previous case</source>
        <translation>&amp;Предыдущее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Add &amp;evidence files…</source>
        <translation>&amp;Добавить файлы-доказательства…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Paste as e&amp;vidence</source>
        <translation>Вставить как до&amp;казательство</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>Expor&amp;t evidence…</source>
        <translation>&amp;Экспорт доказательств…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>Set &amp;status</source>
        <translation>Изменить с&amp;татус</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262"/>
        <source>&amp;About Support Workbench</source>
        <translation>&amp;О программе Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>Search cases</source>
        <translation>Поиск обращений</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Next case</source>
        <translation>Следующее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>Previous case</source>
        <translation>Предыдущее обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Write a reply</source>
        <translation>Написать ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>Write an internal note</source>
        <translation>Написать внутреннюю заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>Find a reply template</source>
        <translation>Найти шаблон ответа</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>Add the note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>Switch inbox view</source>
        <translation>Переключить вид входящих</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Set status: open / waiting / resolved</source>
        <translation>Изменить статус: в работе / ожидание / решено</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>Add evidence files</source>
        <translation>Добавить файлы-доказательства</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="286"/>
        <source>Paste a picture or files as evidence</source>
        <translation>Вставить изображение или файлы как доказательства</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>Export the case&apos;s evidence</source>
        <translation>Экспортировать доказательства по обращению</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Log a phone call, chat or other contact</source>
        <translation>Записать телефонный звонок, чат или другой контакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>Fetch mail</source>
        <translation>Получить почту</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Send waiting replies now</source>
        <translation>Отправить ожидающие ответы сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>Import mail</source>
        <translation>Импорт почты</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Import an order report</source>
        <translation>Импорт отчёта о заказах</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293"/>
        <source>Sync with your team now</source>
        <translation>Синхронизировать с командой сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Case %1 created.</source>
        <translation>Обращение %1 создано.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Open a case first.</source>
        <translation>Сначала откройте обращение.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>About Support Workbench</source>
        <translation>О программе Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
Профиль: %2</translation>
    </message>
</context>
<context>
    <name>MarkSent</name>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="54"/>
        <source>Mark the reply as sent</source>
        <translation>Отметить ответ как отправленный</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="58"/>
        <source>The reply is on the clipboard. Paste it into the buyer&apos;s conversation in Seller Central and send it there, then confirm here when it went.</source>
        <translation>Ответ скопирован в буфер обмена. Вставьте его в переписку с покупателем в Seller Central и отправьте там, затем укажите здесь, когда он был отправлен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="64"/>
        <source>Confirm when you sent this reply in Seller Central.</source>
        <translation>Укажите, когда вы отправили этот ответ в Seller Central.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="72"/>
        <source>Until you confirm, the reply stays a draft and the buyer&apos;s clock keeps running.</source>
        <translation>Пока вы не подтвердите, ответ остаётся черновиком, а срок ответа покупателю продолжает идти.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="91"/>
        <source>Sent &amp;at:</source>
        <translation>&amp;Время отправки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="92"/>
        <source>&amp;Copy the reply again</source>
        <translation>&amp;Скопировать ответ ещё раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="96"/>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Отметить как отправленный</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="116"/>
        <source>That time is still to come: say when you sent it.</source>
        <translation>Это время ещё не наступило: укажите, когда вы отправили ответ.</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="30"/>
        <source>New case</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="34"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="48"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="52"/>
        <source>What the buyer said</source>
        <translation>Что сообщил покупатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="59"/>
        <source>Create case</source>
        <translation>Создать обращение</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="63"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="64"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="65"/>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="66"/>
        <source>Order id</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="67"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="68"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="69"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="70"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="79"/>
        <source>Give the case a subject.</source>
        <translation>Укажите тему обращения.</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="39"/>
        <location filename="../../app/ui/dialogs/order_import.py" line="69"/>
        <source>Import an order report</source>
        <translation>Импорт отчёта о заказах</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="43"/>
        <source>Order reports (*.txt *.tsv *.csv *.tab);;All files (*)</source>
        <translation>Отчёты о заказах (*.txt *.tsv *.csv *.tab);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="74"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="107"/>
        <source>%1 of %2 orders</source>
        <translation>Заказов: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="121"/>
        <source>Amazon Fulfilled Shipments report</source>
        <translation>Отчёт «Amazon Fulfilled Shipments»</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="123"/>
        <source>All Orders report</source>
        <translation>Отчёт «All Orders»</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="130"/>
        <source>%1 orders: %2 new, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>Заказов: %1; новых: %2, обновлено: %3, без изменений: %4, пропущено: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="143"/>
        <source>%1 rows not sold on Amazon were left out.</source>
        <translation>Пропущено строк с продажами не через Amazon: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="153"/>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="155"/>
        <source>%1, column %2</source>
        <translation>%1, столбец %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="164"/>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="166"/>
        <source>The import failed; see the log for details.</source>
        <translation>Импорт не удался; подробности — в файле журнала.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="174"/>
        <source>Stopped. The orders read before the stop were imported; import the report again to finish (nothing is imported twice).</source>
        <translation>Остановлено. Заказы, прочитанные до остановки, импортированы; чтобы завершить, импортируйте отчёт ещё раз (ничего не импортируется дважды).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="185"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="207"/>
        <location filename="../../app/ui/mail/outbox_runner.py" line="216"/>
        <source>Replies cannot be sent: %1</source>
        <translation>Не удаётся отправить ответы: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="208"/>
        <source>no mailbox password is stored; enter it in Preferences &gt; Mail</source>
        <translation>пароль почтового ящика не сохранён; введите его в разделе «Настройки &gt; Почта»</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="221"/>
        <source>Sending replies went wrong. Details are in the log file.</source>
        <translation>При отправке ответов что-то пошло не так. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="234"/>
        <source>Replies waiting: %1 (no mailbox is set up)</source>
        <translation>Ответов в очереди: %1 (почтовый ящик не настроен)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="243"/>
        <source>Reply to %1 failed: %2</source>
        <translation>Не удалось отправить ответ по обращению %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="250"/>
        <source>Replies waiting: %1 (the mail server cannot be reached)</source>
        <translation>Ответов в очереди: %1 (почтовый сервер недоступен)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="252"/>
        <source>Replies waiting: %1 (the mail server will be asked again)</source>
        <translation>Ответов в очереди: %1 (почтовый сервер будет опрошен снова)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="260"/>
        <source>Reply sent.</source>
        <translation>Ответ отправлен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="263"/>
        <source>Replies sent: %1</source>
        <translation>Отправлено ответов: %1</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="34"/>
        <source>%1 from delivery on %2 (until %3).</source>
        <translation>%1 с даты доставки %2 (до %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="39"/>
        <source>No delivery date is known, so %1 count from the latest estimated delivery date, %2 (until %3).</source>
        <translation>Дата доставки неизвестна, поэтому срок (%1) отсчитывается от самой поздней ожидаемой даты доставки — %2 (до %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="48"/>
        <source>The delivery date %1 is used, not the estimate %2.</source>
        <translation>Используется дата доставки %1, а не ожидаемая дата %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="53"/>
        <source>%1 was a public holiday (%2); the window still counts calendar days.</source>
        <translation>%1 — праздничный день (%2); срок всё равно считается в календарных днях.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="60"/>
        <source>Category %1 has a return window of %2.</source>
        <translation>Для категории %1 срок возврата — %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="65"/>
        <source>Category %1 follows the general rule of %2.</source>
        <translation>Для категории %1 действует общее правило: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="70"/>
        <source>The shorter rule for %1 applies to orders from %2; this order keeps %3.</source>
        <translation>Более короткий срок для %1 действует для заказов с %2; для этого заказа сохраняется %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="77"/>
        <source>Your shop&apos;s policy extends the marketplace&apos;s %1 to %2.</source>
        <translation>Правила вашего магазина продлевают срок маркетплейса с %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="82"/>
        <source>Bought between %1 and %2: the holiday return policy extends the deadline to %3.</source>
        <translation>Куплено с %1 по %2: праздничные правила возврата продлевают срок до %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="90"/>
        <source>The holiday return policy allows returns until %1, but the normal window ends later (%2).</source>
        <translation>Праздничные правила возврата разрешают возврат до %1, но обычный срок заканчивается позже (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="99"/>
        <source>Orders bought between %1 and %2 may be returned until %3; give the purchase date to check it.</source>
        <translation>Заказы, купленные с %1 по %2, можно вернуть до %3; укажите дату покупки, чтобы это проверить.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="108"/>
        <source>Category %1 is often replacement only in this marketplace.</source>
        <translation>На этом маркетплейсе для категории %1 часто возможна только замена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="113"/>
        <source>The statutory right to cancel (%1) runs until %2, later than the marketplace window, so it applies.</source>
        <translation>Законное право на отказ от покупки (%1) действует до %2 — дольше срока маркетплейса, поэтому применяется оно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="122"/>
        <source>The statutory right to cancel (%1) ends on %2; the longer return window applies.</source>
        <translation>Законное право на отказ от покупки (%1) истекает %2; применяется более длинный срок возврата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="129"/>
        <source>This figure is reported by third parties, not confirmed by the marketplace: check it before relying on it.</source>
        <translation>Эти данные получены от третьих лиц и не подтверждены маркетплейсом: проверьте их, прежде чем на них полагаться.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="136"/>
        <source>Today is the last day to start a return.</source>
        <translation>Сегодня последний день, чтобы оформить возврат.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="137"/>
        <source>%1 left to start a return.</source>
        <translation>Осталось %1, чтобы оформить возврат.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="140"/>
        <source>The return window closed on %1, %2 ago.</source>
        <translation>Срок возврата истёк %1, %2 назад.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="148"/>
        <source>Reply to the buyer</source>
        <translation>Ответить покупателю</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="149"/>
        <source>Answer the return request</source>
        <translation>Ответить на запрос возврата</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="150"/>
        <source>Refund the returned item</source>
        <translation>Вернуть деньги за возвращённый товар</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="151"/>
        <source>Answer the A-to-z claim</source>
        <translation>Ответить на претензию A-to-z</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="152"/>
        <source>Answer the chargeback</source>
        <translation>Ответить на чарджбэк</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="153"/>
        <source>Solve it before an A-to-z claim is possible</source>
        <translation>Решить до того, как можно будет подать претензию A-to-z</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="161"/>
        <source>%1 business days (weekends and holidays do not count)</source>
        <translation>Рабочих дней: %1 (выходные и праздники не считаются)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="172"/>
        <source>%1, calendar time (weekends count)</source>
        <translation>%1, календарное время (выходные учитываются)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="173"/>
        <source>calendar days</source>
        <translation>календарные дни</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="178"/>
        <source>Shop owner or lead</source>
        <translation>Владелец магазина или руководитель</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="179"/>
        <source>Marketplace seller support</source>
        <translation>Поддержка продавцов маркетплейса</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="180"/>
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="181"/>
        <source>Supplier or factory</source>
        <translation>Поставщик или фабрика</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="187"/>
        <source>Not escalated</source>
        <translation>Без эскалации</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="188"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="189"/>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="190"/>
        <source>Critical</source>
        <translation>Критическое</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="199"/>
        <source>The buyer wrote %1 times in %2 with no answer</source>
        <translation>Сообщений покупателя без ответа: %1 за %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="203"/>
        <source>An A-to-z claim was filed</source>
        <translation>Подана претензия A-to-z</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="205"/>
        <source>A-to-z risk: past the latest estimated delivery, the buyer can now claim</source>
        <translation>Риск претензии A-to-z: самый поздний ожидаемый срок доставки прошёл, покупатель уже может подать претензию</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="209"/>
        <source>A chargeback was raised</source>
        <translation>Оформлен чарджбэк</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="211"/>
        <source>Negative feedback on the order</source>
        <translation>Негативный отзыв о заказе</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="213"/>
        <source>High-value order</source>
        <translation>Заказ на крупную сумму</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="215"/>
        <source>The buyer mentions a safety problem (%1)</source>
        <translation>Покупатель сообщает о проблеме безопасности (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="219"/>
        <source>Escalated by an agent to %1: %2</source>
        <translation>Эскалировано сотрудником (кому: %1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="220"/>
        <source>Escalated by an agent: %1</source>
        <translation>Эскалировано сотрудником: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="222"/>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="224"/>
        <source>Due soon: %1</source>
        <translation>Скоро срок: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="231"/>
        <source>in %1</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="232"/>
        <source>%1 overdue</source>
        <translation>просрочено на %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="74"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="77"/>
        <source>Cases assigned to this name show in the Mine view</source>
        <translation>Обращения, назначенные на это имя, показываются в разделе «Мои»</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="80"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="90"/>
        <source>Larger files are refused as evidence. The marketplace&apos;s messages take attachments up to 10 MB.</source>
        <translation>Файлы большего размера не принимаются как доказательства. Сообщения маркетплейса допускают вложения до 10 MB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="97"/>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="109"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="110"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="111"/>
        <source>Largest evidence file</source>
        <translation>Макс. размер файла-доказательства</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="117"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="123"/>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="129"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="176"/>
        <source>The mailbox could not be saved. Details are in the log file.</source>
        <translation>Не удалось сохранить почтовый ящик. Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>ReturnWindow</name>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="103"/>
        <source>Return window</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="121"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="130"/>
        <source>last day today</source>
        <translation>сегодня последний день</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="133"/>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="136"/>
        <source>Open</source>
        <translation>Возврат возможен</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="140"/>
        <source>Closed %1 ago</source>
        <translation>Истёк %1 назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="144"/>
        <source>Last day to start a return: %1</source>
        <translation>Последний день для оформления возврата: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="149"/>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="151"/>
        <source>expected</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="160"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
</context>
<context>
    <name>SyncHub</name>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="157"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="160"/>
        <source>Send your changes to the team and get theirs</source>
        <translation>Отправить ваши изменения команде и получить изменения команды</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="292"/>
        <source>Sign in to your team first: Preferences &gt; Team.</source>
        <translation>Сначала войдите в команду: «Настройки &gt; Команда».</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="26"/>
        <source>1 change waiting</source>
        <translation>1 изменение ждёт отправки</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="27"/>
        <source>%1 changes waiting</source>
        <translation>Изменений ждёт отправки: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="36"/>
        <source>Synced just now</source>
        <translation>Синхронизировано только что</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="44"/>
        <source>Synced %1</source>
        <translation>Синхронизировано %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="50"/>
        <source>sign in again (Preferences &gt; Team)</source>
        <translation>войдите снова («Настройки &gt; Команда»)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="51"/>
        <source>the team service answered with an error</source>
        <translation>сервис команды ответил ошибкой</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="52"/>
        <source>the changes could not be stored</source>
        <translation>не удалось сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="54"/>
        <source>an internal error</source>
        <translation>внутренняя ошибка</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="62"/>
        <source>Team %1 on %2, signed in as %3</source>
        <translation>Команда %1 на %2, вы вошли как %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="68"/>
        <source>Last synced %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="70"/>
        <location filename="../../app/ui/sync/indicator.py" line="91"/>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="74"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="76"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="79"/>
        <source>The team service cannot be reached. Your changes are kept on this computer and sent when it can be reached again.</source>
        <translation>Сервис команды недоступен. Ваши изменения хранятся на этом компьютере и будут отправлены, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="86"/>
        <source>Sync failed: %1</source>
        <translation>Ошибка синхронизации: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="116"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="118"/>
        <source>Try to sync again now</source>
        <translation>Повторить синхронизацию сейчас</translation>
    </message>
</context>
<context>
    <name>SyncNotices</name>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="43"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="53"/>
        <source>an unknown time</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="63"/>
        <source>A teammate</source>
        <translation>Коллега</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="69"/>
        <source>%1 added the tag %2 at %3 while you were offline; your removal of it was replaced</source>
        <translation>%1: добавлена метка %2 (%3), пока вы были не в сети; ваше удаление метки заменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="74"/>
        <source>%1 removed the tag %2 at %3 while you were offline; your adding it was replaced</source>
        <translation>%1: удалена метка %2 (%3), пока вы были не в сети; ваше добавление метки заменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="81"/>
        <source>%1 deleted this case at %2 while you were offline; your change was replaced</source>
        <translation>%1: обращение удалено (%2), пока вы были не в сети; ваше изменение заменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="86"/>
        <source>%1 restored this case at %2 while you were offline; your deletion was replaced</source>
        <translation>%1: обращение восстановлено (%2), пока вы были не в сети; ваше удаление заменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="92"/>
        <source>%1 set the status to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1: статус изменён на %2 (%3), пока вы были не в сети; ваше изменение на %4 заменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="96"/>
        <source>%1 set the priority to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1: приоритет изменён на %2 (%3), пока вы были не в сети; ваше изменение на %4 заменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="101"/>
        <source>%1 set the reason to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1: причина изменена на %2 (%3), пока вы были не в сети; ваше изменение на %4 заменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="105"/>
        <source>%1 assigned the case to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1: исполнителем назначен %2 (%3), пока вы были не в сети; ваше изменение на %4 заменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="115"/>
        <source>%1 set %2 to %3 at %4 while you were offline; your change to %5 was replaced</source>
        <translation>%1: поле «%2» изменено на %3 (%4), пока вы были не в сети; ваше изменение на %5 заменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="146"/>
        <source>Reapply mine</source>
        <translation>Вернуть моё</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="149"/>
        <source>Set it back to your value (%1); the team gets it too</source>
        <translation>Вернуть ваше значение (%1); команда тоже его получит</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="153"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="154"/>
        <source>Keep their change and hide this</source>
        <translation>Оставить их изменение и скрыть это уведомление</translation>
    </message>
</context>
<context>
    <name>SyncPresence</name>
    <message>
        <location filename="../../app/ui/sync/presence.py" line="39"/>
        <source>%1 is replying to this case</source>
        <translation>%1 отвечает в этом обращении</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/presence.py" line="41"/>
        <source>%1 is viewing this case</source>
        <translation>%1 просматривает это обращение</translation>
    </message>
</context>
<context>
    <name>TeamAccount</name>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="43"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="44"/>
        <source>Agent</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="45"/>
        <source>Trainer</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="51"/>
        <source>Signed in to team %1 on %2 as %3 (%4).</source>
        <translation>Вы вошли в команду %1 на %2 как %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="111"/>
        <source>The token your shop&apos;s owner made for you</source>
        <translation>Токен, который для вас создал владелец магазина</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="114"/>
        <source>The token is stored in the system keyring, never in a file, and is not shown again. Your changes are kept on this computer while you are offline and sent when the team service can be reached.</source>
        <translation>Токен хранится в системном хранилище паролей, а не в файле, и больше не показывается. Пока нет связи, ваши изменения хранятся на этом компьютере и отправляются, когда сервис команды станет доступен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="124"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="126"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="133"/>
        <source>Team service</source>
        <translation>Сервис команды</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="134"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="187"/>
        <source>Stored in the system keyring; type a new one to change</source>
        <translation>Сохранён в системном хранилище паролей; чтобы изменить, введите новый</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="191"/>
        <source>This computer is not signed in to a team: your cases stay on it alone.</source>
        <translation>Этот компьютер не подключён к команде: ваши обращения хранятся только на нём.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="205"/>
        <source>Fill in the team service&apos;s address and your token.</source>
        <translation>Укажите адрес сервиса команды и ваш токен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="211"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="229"/>
        <source>Signed in. Your cases sync with the team.</source>
        <translation>Вы вошли. Ваши обращения синхронизируются с командой.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="252"/>
        <source>Signed out. Changes not sent yet stay on this computer and are sent when you sign in again.</source>
        <translation>Вы вышли. Неотправленные изменения остаются на этом компьютере и будут отправлены, когда вы снова войдёте.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="281"/>
        <source>Something went wrong. Details are in the log file.</source>
        <translation>Что-то пошло не так. Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="25"/>
        <source>buyer&apos;s name</source>
        <translation>имя покупателя</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="26"/>
        <source>order id</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="27"/>
        <source>marketplace</source>
        <translation>маркетплейс</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="28"/>
        <source>item title</source>
        <translation>название товара</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="29"/>
        <source>carrier</source>
        <translation>служба доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="30"/>
        <source>tracking number</source>
        <translation>трек-номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="31"/>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="32"/>
        <source>return deadline</source>
        <translation>крайний срок возврата</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="33"/>
        <source>delivery date</source>
        <translation>дата доставки</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="34"/>
        <source>refund amount</source>
        <translation>сумма возврата</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="35"/>
        <source>days left</source>
        <translation>осталось дней</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="57"/>
        <source>What agents see in the list</source>
        <translation>Что сотрудники видят в списке</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="64"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="65"/>
        <source>&amp;Subject</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="66"/>
        <source>&amp;Body</source>
        <translation>Т&amp;екст</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="74"/>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="93"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="95"/>
        <source>&amp;Copy to edit</source>
        <translation>&amp;Копировать для правки</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="97"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="114"/>
        <source>lowercase_words, e.g. refund_sent</source>
        <translation>строчные латинские буквы, цифры и _ (например, refund_sent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="118"/>
        <source>Case reasons</source>
        <translation>Причины обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="119"/>
        <source>Case statuses</source>
        <translation>Статусы обращения</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="129"/>
        <source>Remove this language</source>
        <translation>Удалить этот язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="132"/>
        <source>Insert placeholder</source>
        <translation>Вставить поле подстановки</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="146"/>
        <source>&amp;Key</source>
        <translation>К&amp;люч</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="147"/>
        <source>Fits (none ticked: any)</source>
        <translation>Подходит для (ничего не отмечено — для всех)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="157"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="159"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="205"/>
        <source>Loading the templates…</source>
        <translation>Загрузка шаблонов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="223"/>
        <source>shop</source>
        <translation>магазин</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="225"/>
        <source>built-in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="239"/>
        <source>Some template files could not be read:</source>
        <translation>Не удалось прочитать некоторые файлы шаблонов:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="263"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="264"/>
        <source>Discard the changes to this template?</source>
        <translation>Отменить изменения в этом шаблоне?</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="307"/>
        <source>Your shop&apos;s template. Saving it under the key of a built-in template replaces that one for your shop.</source>
        <translation>Шаблон вашего магазина. Если сохранить его под ключом встроенного шаблона, он заменит встроенный шаблон для вашего магазина.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="315"/>
        <source>Built-in template: read-only. Copy it to make your own.</source>
        <translation>Встроенный шаблон: только для чтения. Скопируйте его, чтобы сделать свой.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="318"/>
        <source>Your shop&apos;s template.</source>
        <translation>Шаблон вашего магазина.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="335"/>
        <source>Add a language…</source>
        <translation>Добавить язык…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="408"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="430"/>
        <source>Not saved: fix these first.</source>
        <translation>Не сохранено: сначала исправьте эти ошибки.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="432"/>
        <source>Fix these before saving:</source>
        <translation>Перед сохранением исправьте:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="435"/>
        <source>Warnings (it can be saved):</source>
        <translation>Предупреждения (сохранить можно):</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="438"/>
        <source>No problems found.</source>
        <translation>Ошибок не найдено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="442"/>
        <source>Changed while it was checked: save again.</source>
        <translation>Изменено во время проверки: сохраните ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="444"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="455"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="486"/>
        <source>Delete template</source>
        <translation>Удаление шаблона</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="488"/>
        <source>Delete your template “%1”?</source>
        <translation>Удалить ваш шаблон «%1»?</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="514"/>
        <source>Deleted.</source>
        <translation>Удалено.</translation>
    </message>
</context>
</TS>
