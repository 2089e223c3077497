<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="87"/>
        <source>Rewriting your cases in the compact format: %1 of %2 rows…</source>
        <translation>Ihre Fälle werden im kompakten Format neu geschrieben: %1 von %2 Zeilen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="92"/>
        <source>Building the indexes…</source>
        <translation>Die Indizes werden aufgebaut…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="94"/>
        <source>Building the search index…</source>
        <translation>Der Suchindex wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="96"/>
        <source>Keeping the old file as a backup and finishing…</source>
        <translation>Die alte Datei wird als Sicherung aufbewahrt, Abschluss…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="97"/>
        <source>Upgrading your data to this version of Support Workbench…
The old file is kept as a backup; this can take a few minutes.</source>
        <translation>Ihre Daten werden auf diese Version von Support Workbench aktualisiert…
Die alte Datei bleibt als Sicherung erhalten; das kann einige Minuten dauern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="130"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="218"/>
        <source>The database of this profile is damaged, so Workbench will not save anything to it: saving could spread the damage. You can still read your cases.</source>
        <translation>Die Datenbank dieses Profils ist beschädigt, daher speichert Workbench nichts mehr darin: Speichern könnte den Schaden ausweiten. Ihre Fälle können Sie weiterhin lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="225"/>
        <source>Close Workbench, then run “workbench doctor” to see what is wrong, and “workbench backups restore” to put the latest backup back or “workbench salvage --out FOLDER” to copy what can still be read into a new profile.</source>
        <translation>Schließen Sie Workbench und führen Sie dann „workbench doctor“ aus, um zu sehen, was fehlt, und „workbench backups restore“, um die neueste Sicherung zurückzuspielen, oder „workbench salvage --out FOLDER“, um alles noch Lesbare in ein neues Profil zu kopieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="164"/>
        <location filename="../../app/ui/app.py" line="258"/>
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>Etwas ist schiefgelaufen. Ihre gespeicherte Arbeit ist sicher; Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../app/ui/case/approval.py" line="86"/>
        <source>Sent anyway by %1, %2</source>
        <translation>Trotzdem gesendet von %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="87"/>
        <source>an agent</source>
        <translation>einem Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="95"/>
        <source>Blocked by: %1</source>
        <translation>Blockiert durch: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="97"/>
        <source>the compliance check</source>
        <translation>die Richtlinienprüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="103"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="112"/>
        <source>Approve and send</source>
        <translation>Freigeben und senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="114"/>
        <source>Return to the agent…</source>
        <translation>An den Mitarbeiter zurückgeben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="136"/>
        <source>Return the reply to the agent</source>
        <translation>Antwort an den Mitarbeiter zurückgeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="138"/>
        <source>The reply becomes a draft again, and your note goes into the case for the agent.</source>
        <translation>Die Antwort wird wieder ein Entwurf, und Ihre Notiz kommt für den Mitarbeiter in den Fall.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="147"/>
        <source>What should the agent change?</source>
        <translation>Was soll der Mitarbeiter ändern?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="154"/>
        <source>Return to the agent</source>
        <translation>An den Mitarbeiter zurückgeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="169"/>
        <source>Write a note for the agent first.</source>
        <translation>Schreiben Sie zuerst eine Notiz für den Mitarbeiter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="260"/>
        <source>Approved: the reply goes on its way.</source>
        <translation>Freigegeben: Die Antwort wird gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="262"/>
        <source>Returned to the agent as a draft, with your note.</source>
        <translation>Als Entwurf mit Ihrer Notiz an den Mitarbeiter zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="39"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="45"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="93"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="70"/>
        <source>No customer recorded.</source>
        <translation>Kein Kunde erfasst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="78"/>
        <source>Writes in %1</source>
        <translation>Schreibt auf %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="90"/>
        <source>No order linked to this case.</source>
        <translation>Mit diesem Fall ist keine Bestellung verknüpft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="94"/>
        <source>Purchased</source>
        <translation>Gekauft am</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="97"/>
        <source>Delivered</source>
        <translation>Zugestellt am</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="99"/>
        <source>Expected</source>
        <translation>Voraussichtliche Zustellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="111"/>
        <source>Fulfilment</source>
        <translation>Versand durch</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="113"/>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/strip_tiles.py" line="76"/>
        <source>Added %1 by %2</source>
        <translation>Hinzugefügt am %1 von %2</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case/view.py" line="96"/>
        <source>Select a case on the left to see it here.</source>
        <translation>Wählen Sie links einen Fall aus, um ihn hier anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="141"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="143"/>
        <source>tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="154"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="155"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="156"/>
        <source>R&amp;eason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="157"/>
        <source>&amp;Assignee</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="158"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="161"/>
        <source>Log contact…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="163"/>
        <source>Record a phone call, chat, call-back or social contact</source>
        <translation>Telefonat, Chat, Rückruf oder Kontakt über soziale Medien erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="206"/>
        <source>Conversation</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="208"/>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="209"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="311"/>
        <source>order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="315"/>
        <source>opened %1</source>
        <translation>eröffnet am %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="533"/>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="147"/>
        <source>Reply queued; the override is in the case history.</source>
        <translation>Antwort im Postausgang; der Grund für das Senden trotz Richtlinienprüfung steht im Verlauf des Falls.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="149"/>
        <source>Reply queued.</source>
        <translation>Antwort im Postausgang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="191"/>
        <source>The reply waits for the owner&apos;s approval; it is not sent yet.</source>
        <translation>Die Antwort wartet auf die Freigabe durch den Inhaber; sie ist noch nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="213"/>
        <source>Not marked as sent: the reply stays a draft and the buyer&apos;s clock keeps running.</source>
        <translation>Nicht als gesendet markiert: Die Antwort bleibt ein Entwurf, und die Antwortfrist für den Käufer läuft weiter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="226"/>
        <source>Reply marked as sent at %1.</source>
        <translation>Antwort als gesendet markiert (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="239"/>
        <source>Reply taken back: it is a draft again.</source>
        <translation>Antwort zurückgeholt: Sie ist wieder ein Entwurf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="248"/>
        <source>The reply is in the outbox again.</source>
        <translation>Die Antwort ist wieder im Postausgang.</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/core/bus.py" line="43"/>
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>Etwas ist schiefgelaufen, die Änderung wurde nicht gespeichert. Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="25"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="26"/>
        <source>E-mail addresses are not allowed in buyer messages: the conversation must stay in the marketplace&apos;s messaging.</source>
        <translation>E-Mail-Adressen sind in Nachrichten an Käufer nicht erlaubt: Die Kommunikation muss über das Nachrichtensystem des Marktplatzes laufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="33"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="34"/>
        <source>Phone numbers are not allowed in buyer messages; only a carrier&apos;s or manufacturer&apos;s warranty line may be given.</source>
        <translation>Telefonnummern sind in Nachrichten an Käufer nicht erlaubt; angegeben werden darf nur die Garantie-Hotline eines Versanddienstes oder Herstellers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="41"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="42"/>
        <source>Links are allowed only when the buyer needs them for the order; this one leads somewhere else.</source>
        <translation>Links sind nur erlaubt, wenn der Käufer sie für die Bestellung braucht; dieser führt woandershin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="49"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="50"/>
        <source>Buyer messages are plain text: HTML tags and entities are not allowed.</source>
        <translation>Nachrichten an Käufer sind reiner Text: HTML-Tags und -Entitäten sind nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="56"/>
        <source>Messenger or social media</source>
        <translation>Messenger oder soziale Medien</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="57"/>
        <source>Asking the buyer to talk on another channel (a messenger app, social media or a personal handle) is not allowed.</source>
        <translation>Es ist nicht erlaubt, den Käufer auf einen anderen Kanal zu verweisen (Messenger-App, soziale Medien oder ein persönliches Konto).</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="64"/>
        <source>Outside the marketplace</source>
        <translation>Außerhalb des Marktplatzes</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="65"/>
        <source>Asking the buyer to pay, be refunded or return the item outside the marketplace is not allowed.</source>
        <translation>Es ist nicht erlaubt, den Käufer aufzufordern, außerhalb des Marktplatzes zu bezahlen, sich etwas erstatten zu lassen oder den Artikel zurückzusenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="72"/>
        <source>Review incentive</source>
        <translation>Anreiz für Rezensionen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="73"/>
        <source>Offering a refund, discount, gift or anything else in exchange for a review or feedback is not allowed.</source>
        <translation>Es ist nicht erlaubt, für eine Rezension oder Bewertung eine Erstattung, einen Rabatt, ein Geschenk oder sonst etwas anzubieten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="80"/>
        <source>Asking for a good review</source>
        <translation>Bitte um eine gute Rezension</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="81"/>
        <source>A review may only be asked for neutrally: asking for a positive or 5-star review, or only from satisfied buyers, is not allowed.</source>
        <translation>Um eine Rezension darf nur neutral gebeten werden: Nicht erlaubt ist, um eine positive oder 5-Sterne-Rezension zu bitten oder nur zufriedene Käufer darum zu bitten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="88"/>
        <source>Asking to change a review</source>
        <translation>Bitte, eine Rezension zu ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="89"/>
        <source>Asking a buyer to change or remove a product review is not allowed (asking to remove seller feedback once the problem is solved is).</source>
        <translation>Es ist nicht erlaubt, einen Käufer zu bitten, eine Produktrezension zu ändern oder zu entfernen (um das Entfernen einer Verkäuferbewertung darf gebeten werden, sobald das Problem gelöst ist).</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="96"/>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="97"/>
        <source>Marketing, coupons and promotions of other products are not allowed in buyer messages.</source>
        <translation>Werbung, Gutscheine und Aktionen für andere Produkte sind in Nachrichten an Käufer nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="104"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="105"/>
        <source>The marketplace&apos;s guidelines do not allow emojis in buyer messages.</source>
        <translation>Die Richtlinien des Marktplatzes erlauben keine Emojis in Nachrichten an Käufer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="110"/>
        <source>No order id</source>
        <translation>Keine Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="111"/>
        <source>Messages should quote the order id, so the buyer and the marketplace can match them to the order.</source>
        <translation>Nachrichten sollten die Bestellnummer nennen, damit Käufer und Marktplatz sie der Bestellung zuordnen können.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="118"/>
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="119"/>
        <source>The marketplace rejects messages longer than its limit; shorten it.</source>
        <translation>Der Marktplatz lehnt Nachrichten ab, die sein Längenlimit überschreiten; kürzen Sie den Text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="125"/>
        <source>Not filled in</source>
        <translation>Nicht ausgefüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="126"/>
        <source>A template placeholder was not filled in; write the fact in, or the buyer reads the marker.</source>
        <translation>Ein Platzhalter der Vorlage wurde nicht ausgefüllt; tragen Sie die Angabe ein, sonst liest der Käufer den Platzhalter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="133"/>
        <source>Thank you only</source>
        <translation>Nur ein Dankeschön</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="134"/>
        <source>A message that only thanks the buyer or confirms the order is not allowed; say what the buyer needs to know, or send nothing.</source>
        <translation>Eine Nachricht, die dem Käufer nur dankt oder die Bestellung bestätigt, ist nicht erlaubt; schreiben Sie, was der Käufer wissen muss, oder senden Sie nichts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="141"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="142"/>
        <source>An empty message cannot be sent.</source>
        <translation>Eine leere Nachricht kann nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="150"/>
        <source>Only a carrier&apos;s or manufacturer&apos;s warranty or service line may be given; check that this number is one.</source>
        <translation>Angegeben werden darf nur die Garantie- oder Service-Hotline eines Versanddienstes oder Herstellers; prüfen Sie, ob diese Nummer dazu gehört.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="156"/>
        <source>Links to the marketplace&apos;s own pages or a carrier&apos;s tracking page are allowed only if the buyer needs them for this order; check that they do.</source>
        <translation>Links auf Seiten des Marktplatzes selbst oder auf die Sendungsverfolgung eines Versanddienstes sind nur erlaubt, wenn der Käufer sie für diese Bestellung braucht; prüfen Sie das.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="196"/>
        <source>%1 characters; the marketplace accepts at most %2. Shorten it, or it will be rejected.</source>
        <translation>%1 Zeichen; der Marktplatz akzeptiert höchstens %2. Kürzen Sie den Text, sonst wird er abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="38"/>
        <source>The language the reply is in</source>
        <translation>Sprache der Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="40"/>
        <source>Reply &amp;in</source>
        <translation>Antwort &amp;auf</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="71"/>
        <source>Finding the buyer&apos;s language…</source>
        <translation>Sprache des Käufers wird ermittelt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="76"/>
        <source>Buyer&apos;s language unknown — replies in English</source>
        <translation>Sprache des Käufers unbekannt – Antwort auf Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="78"/>
        <source>Buyer writes %1 (detected)</source>
        <translation>Käufer schreibt auf %1 (erkannt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="80"/>
        <source>Buyer writes %1 (from the customer record)</source>
        <translation>Käufer schreibt auf %1 (laut Kundendaten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="82"/>
        <source>Buyer writes %1 (from the case)</source>
        <translation>Käufer schreibt auf %1 (laut Fall)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="87"/>
        <source>The buyer&apos;s language could not be found: %1</source>
        <translation>Die Sprache des Käufers konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="364"/>
        <source>Filling in the template…</source>
        <translation>Vorlage wird ausgefüllt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="386"/>
        <source>Template inserted; Ctrl+Z brings back what you had written.</source>
        <translation>Vorlage eingefügt; mit Ctrl+Z holen Sie Ihren vorherigen Text zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="395"/>
        <source>The template could not be filled in: %1</source>
        <translation>Die Vorlage konnte nicht ausgefüllt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="560"/>
        <source>Send the reply to the buyer; 10 s to undo (Ctrl+Enter)</source>
        <translation>Antwort an den Käufer senden; 10 s zum Rückgängigmachen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="562"/>
        <source>Copy and mark as sent</source>
        <translation>Kopieren und als gesendet markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="563"/>
        <source>No mailbox is set up: copy the reply for Seller Central, then confirm you sent it there (Ctrl+Enter)</source>
        <translation>Kein Postfach eingerichtet: Antwort für Seller Central kopieren und danach bestätigen, dass Sie sie dort gesendet haben (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="48"/>
        <source>Fell back to %1: no %2 variant.</source>
        <translation>Ersatzweise auf %1: Es gibt keine Fassung auf %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="56"/>
        <source>Not known for this case, fill in by hand: %1</source>
        <translation>Für diesen Fall unbekannt, bitte von Hand ausfüllen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="63"/>
        <source>In %1 (for you)</source>
        <translation>Auf %1 (für Sie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="64"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="517"/>
        <source>Checking the reply before it goes out…</source>
        <translation>Antwort wird vor dem Senden geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="528"/>
        <source>Not sent. Fix the marked text.</source>
        <translation>Nicht gesendet. Korrigieren Sie den markierten Text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="138"/>
        <source>Checking the reply…</source>
        <translation>Antwort wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="142"/>
        <source>The reply could not be checked: %1</source>
        <translation>Die Antwort konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="161"/>
        <source>✓ Nothing the marketplace forbids.</source>
        <translation>✓ Nichts, was der Marktplatz verbietet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="164"/>
        <source>Not allowed by the marketplace: %1</source>
        <translation>Vom Marktplatz nicht erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="166"/>
        <source>warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="171"/>
        <source>Warnings: %1 (they do not stop the reply)</source>
        <translation>Warnungen: %1 (sie verhindern das Senden nicht)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="187"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="226"/>
        <source>Send despite the compliance check?</source>
        <translation>Trotz Richtlinienprüfung senden?</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="229"/>
        <source>The marketplace does not allow what this reply contains. Sending it can get the shop&apos;s account warned or suspended.</source>
        <translation>Der Marktplatz erlaubt nicht, was diese Antwort enthält. Wenn Sie sie senden, kann das Konto des Shops verwarnt oder gesperrt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="247"/>
        <source>Why this reply must go out as it is (required)</source>
        <translation>Warum diese Antwort so gesendet werden muss (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="255"/>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="263"/>
        <source>The shop&apos;s owner approves every reply sent anyway: this one waits for them, with your reason, and is not sent until they approve it. The buyer&apos;s clock keeps running.</source>
        <translation>Der Shop-Inhaber gibt jede trotzdem gesendete Antwort frei: Diese wartet mit Ihrem Grund auf ihn und wird erst gesendet, wenn er sie freigibt. Die Antwortfrist für den Käufer läuft weiter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="274"/>
        <source>Ask the owner to approve</source>
        <translation>Inhaber um Freigabe bitten</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="278"/>
        <source>Reason for sending it anyway:</source>
        <translation>Grund, sie trotzdem zu senden:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="290"/>
        <source>Say why it must go out as it is (at least %1 characters).</source>
        <translation>Geben Sie an, warum sie so gesendet werden muss (mindestens %1 Zeichen).</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="72"/>
        <source>Find a template (Ctrl+T)</source>
        <translation>Vorlage suchen (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="87"/>
        <source>Manage templates…</source>
        <translation>Vorlagen verwalten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="100"/>
        <source>All templates</source>
        <translation>Alle Vorlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="101"/>
        <source>Back to the list of templates</source>
        <translation>Zurück zur Vorlagenliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="107"/>
        <source>This shows the template as picked, not your edits.</source>
        <translation>Hier sehen Sie die Vorlage wie ausgewählt, ohne Ihre Änderungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="140"/>
        <source>Templates with problems (not offered): %1. See Manage templates…</source>
        <translation>Vorlagen mit Problemen (nicht angeboten): %1. Siehe „Vorlagen verwalten…“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="152"/>
        <source>The templates could not be loaded: %1</source>
        <translation>Die Vorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="228"/>
        <source>Found, fitting this case</source>
        <translation>Gefunden, passend zu diesem Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="230"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="233"/>
        <source>No template matches “%1”.</source>
        <translation>Keine Vorlage passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="241"/>
        <source>Suggested for this case</source>
        <translation>Vorschläge für diesen Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="242"/>
        <source>All other templates</source>
        <translation>Alle anderen Vorlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="261"/>
        <source>%1 (shop)</source>
        <translation>%1 (Shop)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="270"/>
        <source>No %1 version: the reply would be in %2.</source>
        <translation>Keine Fassung auf %1: Die Antwort wäre auf %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="41"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="43"/>
        <source>Take the reply back before it goes (Ctrl+Z in the editor)</source>
        <translation>Antwort zurückholen, bevor sie gesendet wird (Ctrl+Z im Editor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="94"/>
        <source>Reply queued · sending in %1 s</source>
        <translation>Antwort im Postausgang · wird in %1 s gesendet</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="17"/>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="18"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="19"/>
        <source>Call-back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="20"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="21"/>
        <source>Other contact</source>
        <translation>Sonstiger Kontakt</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="28"/>
        <source>incoming</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="29"/>
        <source>outgoing</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="36"/>
        <source>Incoming: the buyer contacted us</source>
        <translation>Eingehend: Der Käufer hat uns kontaktiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="37"/>
        <source>Outgoing: we contacted the buyer</source>
        <translation>Ausgehend: Wir haben den Käufer kontaktiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="42"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="76"/>
        <location filename="../../app/ui/dialogs/contact_log.py" line="105"/>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="96"/>
        <source>Not noted</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="98"/>
        <source>What was said and agreed</source>
        <translation>Was besprochen und vereinbart wurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="110"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="111"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="112"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="113"/>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="114"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="143"/>
        <source>The contact time is in the future; give when it happened.</source>
        <translation>Der Zeitpunkt liegt in der Zukunft; geben Sie an, wann der Kontakt stattfand.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="149"/>
        <source>Write a short summary of the contact.</source>
        <translation>Schreiben Sie eine kurze Zusammenfassung des Kontakts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="202"/>
        <source>Contact logged.</source>
        <translation>Kontakt erfasst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="214"/>
        <source>The contact could not be saved. Details are in the log file.</source>
        <translation>Der Kontakt konnte nicht gespeichert werden. Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="61"/>
        <source>Draft — not sent</source>
        <translation>Entwurf – nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="66"/>
        <source>Queued · sending in %1 s</source>
        <translation>Im Postausgang · wird in %1 s gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="71"/>
        <source>Waiting to retry (attempt %1, next at %2): %3</source>
        <translation>Wartet auf neuen Versuch (Versuch %1, nächster: %2): %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="74"/>
        <source>no answer from the server</source>
        <translation>keine Antwort vom Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="77"/>
        <source>Queued · waiting to be sent</source>
        <translation>Im Postausgang · wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="81"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="84"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="85"/>
        <source>Sent %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="89"/>
        <source>the workbench stopped while handing it to the mail server, so it may have been sent. Check your sent mail, then Mark as sent or Retry.</source>
        <translation>die Werkbank wurde beim Übergeben an den Mailserver beendet, die Antwort ist also vielleicht schon gesendet. Prüfen Sie Ihre gesendeten Mails und wählen Sie dann „Als gesendet markieren“ oder „Erneut versuchen“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="95"/>
        <source>the server gave no reason</source>
        <translation>der Server nannte keinen Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="96"/>
        <source>Failed: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="103"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="104"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="105"/>
        <source>Mark as sent…</source>
        <translation>Als gesendet markieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="142"/>
        <source>quoted text hidden</source>
        <translation>zitierter Text ausgeblendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="146"/>
        <source>unknown character set: some characters may be wrong</source>
        <translation>unbekannter Zeichensatz: Einige Zeichen können falsch sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="150"/>
        <source>HTML mail shown as text</source>
        <translation>HTML-Mail als Text angezeigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="154"/>
        <source>long mail shortened: the full text is in the original</source>
        <translation>lange Mail gekürzt: Der vollständige Text steht im Original</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="173"/>
        <source>damaged mail: parts of it may be missing</source>
        <translation>beschädigte Mail: Teile können fehlen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="177"/>
        <source>too many attachments: some were not kept</source>
        <translation>zu viele Anhänge: Einige wurden nicht übernommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="179"/>
        <source>the mail had no text</source>
        <translation>die Mail enthielt keinen Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="183"/>
        <source>attachment refused: %1</source>
        <translation>Anhang abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="266"/>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="142"/>
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>Antwort an den Kunden oder interne Notiz für das Team schreiben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="559"/>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="177"/>
        <source>Add internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="179"/>
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>Notizen sieht nur Ihr Team (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="507"/>
        <location filename="../../app/ui/composer/panel.py" line="546"/>
        <source>Write something first.</source>
        <translation>Bitte zuerst einen Text eingeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="596"/>
        <source>Writing an internal note</source>
        <translation>Sie schreiben eine interne Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="598"/>
        <source>Writing a reply</source>
        <translation>Sie schreiben eine Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="82"/>
        <location filename="../../app/ui/case/conversation.py" line="79"/>
        <source>Waiting for the owner&apos;s approval</source>
        <translation>Wartet auf Freigabe durch den Inhaber</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="62"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="63"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="64"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="65"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="74"/>
        <source>Escalate the case</source>
        <translation>Fall eskalieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="84"/>
        <source>Why, and what you expect from them (required)</source>
        <translation>Warum, und was Sie vom Empfänger erwarten (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="88"/>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="94"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="95"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="96"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="104"/>
        <source>Say why you escalate it.</source>
        <translation>Geben Sie den Grund für die Eskalation an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="141"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="142"/>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="143"/>
        <source>Time left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="144"/>
        <source>How it counts</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="147"/>
        <source>Escalate…</source>
        <translation>Eskalieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="149"/>
        <source>Take back my escalation</source>
        <translation>Meine Eskalation zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="151"/>
        <source>No reply needed</source>
        <translation>Keine Antwort nötig</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="153"/>
        <source>The buyer&apos;s last messages need no answer (e.g. a thank-you): stop the reply clock</source>
        <translation>Die letzten Nachrichten des Käufers brauchen keine Antwort (z. B. ein Dankeschön): Antwortfrist anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="159"/>
        <source>Record…</source>
        <translation>Erfassen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="161"/>
        <source>Record what the marketplace reports about the order, as of now</source>
        <translation>Erfassen, was der Marktplatz zur Bestellung meldet (mit dem jetzigen Zeitpunkt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="166"/>
        <source>The buyer asked to return it</source>
        <translation>Der Käufer möchte zurückgeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="167"/>
        <source>The returned item arrived</source>
        <translation>Die Rücksendung ist eingetroffen</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="168"/>
        <source>Refund issued</source>
        <translation>Erstattung ausgezahlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="169"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="170"/>
        <source>A-to-z claim filed</source>
        <translation>A-bis-z-Garantieantrag gestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="171"/>
        <source>Chargeback raised</source>
        <translation>Rückbuchung veranlasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="172"/>
        <source>Negative feedback left</source>
        <translation>Negative Bewertung abgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="191"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="192"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="193"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="201"/>
        <source>Escalation history</source>
        <translation>Eskalationsverlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="216"/>
        <source>Reason changed</source>
        <translation>Grund geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="222"/>
        <source>Workbench (automatic)</source>
        <translation>Workbench (automatisch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="251"/>
        <source>Nothing needs escalating.</source>
        <translation>Keine Eskalation nötig.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="17"/>
        <source>Photo of the defect or the difference</source>
        <translation>Foto des Mangels oder der Abweichung</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="18"/>
        <source>Photo of the label or model number</source>
        <translation>Foto des Etiketts oder der Modellnummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="19"/>
        <source>Order or receipt</source>
        <translation>Bestellung oder Kaufbeleg</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="20"/>
        <source>Photo with a measuring tape or of the size label</source>
        <translation>Foto mit Maßband oder des Größenetiketts</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="21"/>
        <source>Photo of the parcel</source>
        <translation>Foto des Pakets</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="22"/>
        <source>Photo of the item</source>
        <translation>Foto des Artikels</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="23"/>
        <source>Shipping label</source>
        <translation>Versandetikett</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="24"/>
        <source>Carrier tracking page or screenshot</source>
        <translation>Sendungsverfolgung des Versanddienstes oder Screenshot davon</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="25"/>
        <source>Delivery photo, if any</source>
        <translation>Zustellfoto, falls vorhanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="26"/>
        <source>Return tracking</source>
        <translation>Sendungsverfolgung der Rücksendung</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="27"/>
        <source>Receipt of the returned item</source>
        <translation>Eingangsbestätigung der Rücksendung</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="119"/>
        <location filename="../../app/ui/evidence/panel.py" line="453"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="121"/>
        <source>Add photos, screenshots or PDF receipts (or drop them here)</source>
        <translation>Fotos, Screenshots oder PDF-Kaufbelege hinzufügen (oder hierher ziehen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="125"/>
        <location filename="../../app/ui/evidence/panel.py" line="454"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="127"/>
        <source>Add the picture or files on the clipboard (Ctrl+Shift+V)</source>
        <translation>Bild oder Dateien aus der Zwischenablage hinzufügen (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="131"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="133"/>
        <source>Save the files and a manifest as one zip for a claim</source>
        <translation>Dateien samt Manifest als eine zip-Datei für einen Antrag speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="148"/>
        <source>No files yet. Drop photos, screenshots or receipts here.</source>
        <translation>Noch keine Dateien. Ziehen Sie Fotos, Screenshots oder Kaufbelege hierher.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="156"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_notice.py" line="28"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_notice.py" line="32"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="38"/>
        <source>No evidence checklist for this kind of case.</source>
        <translation>Für diese Art von Fall gibt es keine Nachweis-Checkliste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="40"/>
        <source>Checklist: %1 of %2 collected</source>
        <translation>Checkliste: %1 von %2 vorhanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="47"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/strip_tiles.py" line="82"/>
        <source>Over the marketplace&apos;s 10 MB limit for attachments.</source>
        <translation>Über dem Limit des Marktplatzes von 10 MB für Anhänge.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="225"/>
        <source>Add evidence</source>
        <translation>Nachweise hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="227"/>
        <source>Photos, screenshots and documents</source>
        <translation>Fotos, Screenshots und Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="229"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="241"/>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>Die Zwischenablage enthält kein Bild und keine Datei zum Hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="252"/>
        <source>Only files on this computer can be added. Save the picture first, then add the saved file.</source>
        <translation>Nur Dateien auf diesem Computer können hinzugefügt werden. Speichern Sie das Bild zuerst und fügen Sie dann die gespeicherte Datei hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="271"/>
        <source>The picture could not be saved: %1</source>
        <translation>Das Bild konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="326"/>
        <source>Files are still being added; wait for them to finish.</source>
        <translation>Es werden noch Dateien hinzugefügt; warten Sie, bis der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="328"/>
        <source>The evidence is being exported; wait for it to finish.</source>
        <translation>Die Nachweise werden gerade exportiert; bitte warten Sie, bis der Export abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="95"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="99"/>
        <source>These files are programs: %1. Workbench can keep them as evidence but never runs them. Opening a program from a customer can harm this computer.</source>
        <translation>Diese Dateien sind Programme: %1. Workbench kann sie als Nachweis aufbewahren, führt sie aber nie aus. Ein Programm von einem Kunden zu öffnen, kann diesem Computer schaden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="107"/>
        <source>Keep them as evidence</source>
        <translation>Als Nachweis behalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="108"/>
        <source>Leave them out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="350"/>
        <source>Adding files…</source>
        <translation>Dateien werden hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="368"/>
        <source>Added %1 of %2: %3</source>
        <translation>%1 von %2 hinzugefügt: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="370"/>
        <source>Exported %1 of %2: %3</source>
        <translation>%1 von %2 exportiert: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="379"/>
        <source>Stopping after this file…</source>
        <translation>Wird nach dieser Datei angehalten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="393"/>
        <source>Case %1: %2</source>
        <translation>Fall %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="403"/>
        <source>Added %1 file(s).</source>
        <translation>Hinzugefügte Dateien: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="411"/>
        <source>Stopped: %1 file(s) were not added.</source>
        <translation>Angehalten; nicht hinzugefügte Dateien: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="431"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Etwas ist schiefgelaufen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="461"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="462"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="469"/>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="471"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="520"/>
        <source>Removed %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="549"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="559"/>
        <source>Saved a copy as %1.</source>
        <translation>Kopie gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="575"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="584"/>
        <source>Exported %1 file(s) to %2.</source>
        <translation>Nach %2 exportiert (Dateien: %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="43"/>
        <location filename="../../app/ui/evidence/export_dialog.py" line="123"/>
        <location filename="../../app/ui/evidence/export_dialog.py" line="133"/>
        <source>Export evidence</source>
        <translation>Nachweise exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="52"/>
        <source>Keep the location (GPS) in photos</source>
        <translation>Standort (GPS) in Fotos beibehalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="56"/>
        <source>The zip holds every file and a manifest (kind, caption, SHA-256, size, who added it and when). Photos lose their location unless you keep it.</source>
        <translation>Die zip-Datei enthält alle Dateien und ein Manifest (Art, Beschreibung, SHA-256, Größe, wer sie wann hinzugefügt hat). Fotos verlieren ihren Standort, sofern Sie ihn nicht beibehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="65"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="74"/>
        <source>Save the bundle as:</source>
        <translation>Paket speichern unter:</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="107"/>
        <source>This is inside the profile folder; saving there could destroy the profile. Choose a place outside it.</source>
        <translation>Dies liegt im Profilordner; dort zu speichern könnte das Profil zerstören. Wählen Sie einen Ort außerhalb.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="113"/>
        <source>This is not a regular file (a link, a pipe or a device); choose another name.</source>
        <translation>Dies ist keine normale Datei (eine Verknüpfung, eine Pipe oder ein Gerät); wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="124"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="314"/>
        <source>This file cannot be previewed</source>
        <translation>Für diese Datei gibt es keine Vorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="322"/>
        <location filename="../../app/ui/evidence/viewer.py" line="202"/>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="324"/>
        <source>Open with another program…</source>
        <translation>Mit anderem Programm öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="102"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="53"/>
        <source>Describe what this file shows</source>
        <translation>Beschreiben Sie, was diese Datei zeigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="61"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="62"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="167"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="170"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="173"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="176"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="178"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="179"/>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="181"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="184"/>
        <source>Rotate left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="187"/>
        <source>Rotate right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="190"/>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="193"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="196"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="199"/>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="34"/>
        <source>It is %1, which this viewer does not show.</source>
        <translation>Es handelt sich um %1; die Vorschau kann das nicht anzeigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="321"/>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="96"/>
        <source>Added %1 by %2</source>
        <translation>Hinzugefügt am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="98"/>
        <source>Added %1</source>
        <translation>Hinzugefügt am %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="102"/>
        <source>Taken %1</source>
        <translation>Aufgenommen am %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="371"/>
        <source>Shown smaller than its %1 × %2 pixels.</source>
        <translation>Kleiner dargestellt als in Originalgröße (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="57"/>
        <source>The image is %1 × %2 pixels, too large to show safely.</source>
        <translation>Das Bild hat %1 × %2 Pixel und ist zu groß, um es sicher anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="61"/>
        <source>The image could not be read: it is damaged, or in a format not supported here.</source>
        <translation>Das Bild konnte nicht gelesen werden: Es ist beschädigt oder hat ein Format, das hier nicht unterstützt wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="426"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="446"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="473"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="478"/>
        <source>Saving a copy…</source>
        <translation>Kopie wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="490"/>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="498"/>
        <source>The copy could not be made: %1</source>
        <translation>Die Kopie konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="46"/>
        <source>Open with another program</source>
        <translation>Mit anderem Programm öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="47"/>
        <source>Open “%1” with another program?</source>
        <translation>„%1“ mit einem anderen Programm öffnen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="50"/>
        <source>This file is a program. Running it can harm this computer and the data on it: files from customers can carry viruses. Open it only if you are certain it is safe.</source>
        <translation>Diese Datei ist ein Programm. Es auszuführen, kann diesem Computer und den Daten darauf schaden: Dateien von Kunden können Viren enthalten. Öffnen Sie sie nur, wenn Sie sicher sind, dass sie ungefährlich ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="57"/>
        <source>A copy of the file is opened; the case keeps the original. Open files from customers only if you trust them.</source>
        <translation>Geöffnet wird eine Kopie der Datei; das Original bleibt im Fall. Öffnen Sie Dateien von Kunden nur, wenn Sie ihnen vertrauen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="63"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="21"/>
        <source>plain text</source>
        <translation>reinen Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="22"/>
        <source>a zip archive</source>
        <translation>ein zip-Archiv</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="23"/>
        <source>a Windows program</source>
        <translation>ein Windows-Programm</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="24"/>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="25"/>
        <source>a file of unknown type</source>
        <translation>eine Datei unbekannten Typs</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="28"/>
        <source>a file of type %1</source>
        <translation>eine Datei vom Typ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="43"/>
        <source>The PDF is protected with a password.</source>
        <translation>Das PDF ist passwortgeschützt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="45"/>
        <source>The PDF uses a kind of protection this viewer does not support.</source>
        <translation>Das PDF verwendet einen Schutz, den diese Vorschau nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="48"/>
        <source>The PDF could not be read: it is damaged, or not a PDF.</source>
        <translation>Das PDF konnte nicht gelesen werden: Es ist beschädigt oder kein PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="13"/>
        <source>The file is not on this computer yet; it may still be syncing.</source>
        <translation>Die Datei ist noch nicht auf diesem Computer; vielleicht wird sie noch synchronisiert.</translation>
    </message>
</context>
<context>
    <name>FetchStatus</name>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="21"/>
        <source>wrong user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="22"/>
        <source>server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="23"/>
        <source>no secure connection</source>
        <translation>keine sichere Verbindung</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="24"/>
        <source>folder not found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="25"/>
        <source>the server answered wrongly</source>
        <translation>der Server hat unerwartet geantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="26"/>
        <source>no password stored</source>
        <translation>kein Passwort gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="27"/>
        <source>the mail could not be stored</source>
        <translation>die E-Mails konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="28"/>
        <source>cannot be reached</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="29"/>
        <source>no answer (timed out)</source>
        <translation>keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="30"/>
        <source>the connection broke</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="32"/>
        <source>an internal error</source>
        <translation>ein interner Fehler</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="38"/>
        <source>Mail last fetched %1</source>
        <translation>E-Mails zuletzt abgerufen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="40"/>
        <location filename="../../app/ui/mail/fetch_status.py" line="72"/>
        <source>Mail not fetched yet</source>
        <translation>Noch keine E-Mails abgerufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="44"/>
        <source>No mailbox set up</source>
        <translation>Kein Postfach eingerichtet</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="45"/>
        <source>Add your mailbox in Preferences &gt; Mail to fetch mail.</source>
        <translation>Richten Sie unter „Einstellungen &gt; E-Mail“ Ihr Postfach ein, um E-Mails abzurufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="51"/>
        <source>Fetching mail… %1 of %2</source>
        <translation>E-Mails werden abgerufen… %1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="56"/>
        <source>Fetching mail…</source>
        <translation>E-Mails werden abgerufen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="59"/>
        <source>The mail server cannot be reached now.</source>
        <translation>Der Mailserver ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="62"/>
        <source>Next try at %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="64"/>
        <source>Mail: offline</source>
        <translation>E-Mail: offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="67"/>
        <source>Mail failed: %1</source>
        <translation>E-Mail-Abruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="74"/>
        <source>Mail fetched %1</source>
        <translation>E-Mails abgerufen: %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/case/history.py" line="36"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="45"/>
        <source>Case created</source>
        <translation>Fall erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="52"/>
        <source>Case changed</source>
        <translation>Fall geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="54"/>
        <source>Case deleted</source>
        <translation>Fall gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="60"/>
        <source>Sent despite the compliance check (%1): %2</source>
        <translation>Trotz Richtlinienprüfung gesendet (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="67"/>
        <source>Draft reply replaced by a newer version</source>
        <translation>Antwortentwurf durch neuere Fassung ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="71"/>
        <source>Message from the customer</source>
        <translation>Nachricht vom Kunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="73"/>
        <source>Internal note written</source>
        <translation>Interne Notiz geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="76"/>
        <source>Draft reply saved</source>
        <translation>Antwortentwurf gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="78"/>
        <source>Reply sent anyway, held for the owner&apos;s approval</source>
        <translation>Antwort trotzdem gesendet, wartet auf Freigabe durch den Inhaber</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="79"/>
        <source>Reply written</source>
        <translation>Antwort geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="101"/>
        <source>Approved by the owner</source>
        <translation>Vom Inhaber freigegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="102"/>
        <source>Approved by %1</source>
        <translation>Freigegeben von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="105"/>
        <source>Returned to the agent</source>
        <translation>An den Mitarbeiter zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="106"/>
        <source>Returned to the agent: %1</source>
        <translation>An den Mitarbeiter zurückgegeben: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="127"/>
        <source>File added: %1</source>
        <translation>Datei hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="85"/>
        <source>Tag removed: %1</source>
        <translation>Tag entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="86"/>
        <source>Tag added: %1</source>
        <translation>Tag hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="130"/>
        <source>File removed: %1</source>
        <translation>Datei entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="132"/>
        <source>File put back: %1</source>
        <translation>Datei wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="138"/>
        <source>kind %1 → %2</source>
        <translation>Art %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="144"/>
        <source>caption “%1”</source>
        <translation>Beschreibung „%1“</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="145"/>
        <source>File %1: %2</source>
        <translation>Datei %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="155"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="156"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="157"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="59"/>
        <source>Logged a phone call (%1)</source>
        <translation>Telefonat erfasst (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="60"/>
        <source>Logged a chat (%1)</source>
        <translation>Chat erfasst (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="61"/>
        <source>Logged a call-back (%1)</source>
        <translation>Rückruf erfasst (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="62"/>
        <source>Logged a social media contact (%1)</source>
        <translation>Kontakt über soziale Medien erfasst (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="63"/>
        <source>Logged a contact (%1)</source>
        <translation>Kontakt erfasst (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="69"/>
        <source>Removed a logged contact: %1</source>
        <translation>Erfassten Kontakt entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="75"/>
        <source>Corrected a logged contact: %1</source>
        <translation>Erfassten Kontakt korrigiert: %1</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="439"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="441"/>
        <source>Waiting for our answer</source>
        <translation>Wartet auf unsere Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="88"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="89"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="90"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="92"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="93"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="94"/>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="95"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="96"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="97"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="98"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="447"/>
        <source>Evidence checklist: %1 of %2 collected</source>
        <translation>Nachweis-Checkliste: %1 von %2 vorhanden</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="38"/>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="39"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="40"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="41"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="42"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="43"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="44"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="45"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="74"/>
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>Fälle suchen…  (z. B. Gürtel  status:open  lang:ko)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="77"/>
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered  is:held</source>
        <translation>Geben Sie einen beliebigen Teil von Betreff, Nachricht, Kundenname oder Bestellnummer ein.
Filter: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered  is:held</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="201"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="206"/>
        <source>No case matches this search.</source>
        <translation>Kein Fall entspricht dieser Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="208"/>
        <source>No cases in this view.</source>
        <translation>In dieser Ansicht gibt es keine Fälle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="210"/>
        <source>1 case</source>
        <translation>1 Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="213"/>
        <source>%1 cases</source>
        <translation>%1 Fälle</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/core/labels.py" line="10"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="11"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="12"/>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="13"/>
        <source>Waiting on third party</source>
        <translation>Wartet auf Dritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="14"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="15"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="21"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="22"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="23"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="24"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="30"/>
        <source>Wrong size</source>
        <translation>Falsche Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="31"/>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="32"/>
        <source>Defective</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="33"/>
        <source>Damaged in transit</source>
        <translation>Transportschaden</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="34"/>
        <source>Missing parts</source>
        <translation>Fehlende Teile</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="35"/>
        <source>Not received</source>
        <translation>Nicht erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="36"/>
        <source>Late delivery</source>
        <translation>Verspätete Lieferung</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="37"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="38"/>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="39"/>
        <source>Exchange</source>
        <translation>Umtausch</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="40"/>
        <source>Account access</source>
        <translation>Kontozugang</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="41"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="42"/>
        <location filename="../../app/ui/core/labels.py" line="72"/>
        <location filename="../../app/ui/core/labels.py" line="85"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="48"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="49"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="50"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="56"/>
        <source>Draft, not sent</source>
        <translation>Entwurf, nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="57"/>
        <source>In the outbox</source>
        <translation>Im Postausgang</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="58"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="59"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="60"/>
        <source>Sending failed</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="61"/>
        <source>Waiting for the owner&apos;s approval</source>
        <translation>Wartet auf Freigabe durch den Inhaber</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="67"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="68"/>
        <source>Receipt</source>
        <translation>Kaufbeleg</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="69"/>
        <source>Shipping label</source>
        <translation>Versandetikett</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="70"/>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="71"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="78"/>
        <source>Marketplace message</source>
        <translation>Marktplatz-Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="79"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="80"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="81"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="82"/>
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="83"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="84"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="91"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="93"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="94"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="95"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="96"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="97"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="98"/>
        <source>Escalation level</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="99"/>
        <source>Escalation reason</source>
        <translation>Eskalationsgrund</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="100"/>
        <source>Agent&apos;s escalation</source>
        <translation>Eskalation durch Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="101"/>
        <source>Agent&apos;s reason</source>
        <translation>Begründung des Mitarbeiters</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="102"/>
        <source>Escalated to</source>
        <translation>Eskaliert an</translation>
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
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="92"/>
        <source>The address registered with the marketplace for buyer messages; replies from any other address are rejected.</source>
        <translation>Die beim Marktplatz für Käufernachrichten registrierte Adresse; Antworten von jeder anderen Adresse werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="101"/>
        <source>The password is stored in the system keyring, never in a file. It is not shown again; type a new one to replace it.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in einer Datei. Es wird nicht wieder angezeigt; geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="110"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="122"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Posteingangsserver (IMAP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="123"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="124"/>
        <source>Security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="125"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="126"/>
        <source>Your registered address</source>
        <translation>Ihre registrierte Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="127"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="143"/>
        <source>Default port</source>
        <translation>Standardport</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="160"/>
        <location filename="../../app/ui/dialogs/mail_account.py" line="217"/>
        <source>Stored in the system keyring</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="162"/>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="234"/>
        <source>Fill in the servers first.</source>
        <translation>Tragen Sie zuerst die Server ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="237"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="246"/>
        <source>Connected: mail can be fetched and replies sent.</source>
        <translation>Verbunden: E-Mails können abgerufen und Antworten gesendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="251"/>
        <source>Fetching (IMAP): %1</source>
        <translation>Abrufen (IMAP): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="252"/>
        <source>Sending (SMTP): %1</source>
        <translation>Senden (SMTP): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="261"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="262"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <location filename="../../app/ui/mail/fetcher.py" line="130"/>
        <source>&amp;Fetch mail</source>
        <translation>E-Mails &amp;abrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetcher.py" line="132"/>
        <source>Fetch new mail from your mailbox now</source>
        <translation>Neue E-Mails jetzt aus Ihrem Postfach abrufen</translation>
    </message>
</context>
<context>
    <name>MailHub</name>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="67"/>
        <source>&amp;Send waiting replies now</source>
        <translation>&amp;Wartende Antworten jetzt senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="73"/>
        <source>&amp;Import mail…</source>
        <translation>E-Mails &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="77"/>
        <source>Import &amp;order report…</source>
        <translation>Bestellbe&amp;richt importieren…</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="101"/>
        <location filename="../../app/ui/mail/import_dialog.py" line="192"/>
        <source>Import mail</source>
        <translation>E-Mails importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="105"/>
        <source>Import .eml files, mbox files and Maildir folders. Each message goes to its case; messages already stored are skipped.</source>
        <translation>Importiert .eml-Dateien, mbox-Dateien und Maildir-Ordner. Jede Nachricht kommt zu ihrem Fall; bereits gespeicherte Nachrichten werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="115"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="117"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="142"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="147"/>
        <location filename="../../app/ui/mail/import_dialog.py" line="250"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="194"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Mail-Dateien (*.eml *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="200"/>
        <source>Choose a Maildir or a folder of mail</source>
        <translation>Maildir oder Ordner mit E-Mails auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="217"/>
        <source>Reading the mail…</source>
        <translation>E-Mails werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="234"/>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Stapel angehalten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="250"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="258"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="276"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="284"/>
        <source>The import failed; details are in the log file.</source>
        <translation>Der Import ist fehlgeschlagen; Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="292"/>
        <source>Imported: %1 · New cases: %2 · Already stored: %3 · Attachments as evidence: %4 · Refused: %5</source>
        <translation>Importiert: %1 · Neue Fälle: %2 · Bereits vorhanden: %3 · Anhänge als Nachweis: %4 · Abgelehnt: %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="308"/>
        <source>Import cancelled. What was imported stays; import the same files again to finish (nothing is stored twice).</source>
        <translation>Import abgebrochen. Bereits Importiertes bleibt erhalten; importieren Sie dieselben Dateien erneut, um den Import abzuschließen (nichts wird doppelt gespeichert).</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="316"/>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="328"/>
        <source>Attachment %1 not kept: %2</source>
        <translation>Anhang %1 nicht übernommen: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="338"/>
        <source>%1, message %2</source>
        <translation>%1, Nachricht %2</translation>
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
        <translation>Ihre Fälle werden geöffnet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188"/>
        <source>Internal &amp;note</source>
        <translation>&amp;Interne Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Kontakt erfassen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>Ne&amp;xt case</source>
        <translation>&amp;Nächster Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;Previous case</source>
        <translation>&amp;Vorheriger Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Add &amp;evidence files…</source>
        <translation>Nachweis&amp;dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Paste as e&amp;vidence</source>
        <translation>Als Nachweis &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>Expor&amp;t evidence…</source>
        <translation>Nachweise e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>Set &amp;status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262"/>
        <source>&amp;About Support Workbench</source>
        <translation>Ü&amp;ber Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>Search cases</source>
        <translation>Fälle suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Next case</source>
        <translation>Nächster Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>Previous case</source>
        <translation>Vorheriger Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Write a reply</source>
        <translation>Antwort schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>Write an internal note</source>
        <translation>Interne Notiz schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>Find a reply template</source>
        <translation>Antwortvorlage suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>Add the note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>Switch inbox view</source>
        <translation>Posteingangsansicht wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Set status: open / waiting / resolved</source>
        <translation>Status setzen: offen / wartend / gelöst</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>Add evidence files</source>
        <translation>Nachweisdateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="286"/>
        <source>Paste a picture or files as evidence</source>
        <translation>Bild oder Dateien als Nachweis einfügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>Export the case&apos;s evidence</source>
        <translation>Nachweise des Falls exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Log a phone call, chat or other contact</source>
        <translation>Telefonat, Chat oder anderen Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>Fetch mail</source>
        <translation>E-Mails abrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Send waiting replies now</source>
        <translation>Wartende Antworten jetzt senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>Import mail</source>
        <translation>E-Mails importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Import an order report</source>
        <translation>Bestellbericht importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293"/>
        <source>Sync with your team now</source>
        <translation>Jetzt mit Ihrem Team synchronisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Case %1 created.</source>
        <translation>Fall %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Open a case first.</source>
        <translation>Öffnen Sie zuerst einen Fall.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>About Support Workbench</source>
        <translation>Über Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
Profil: %2</translation>
    </message>
</context>
<context>
    <name>MarkSent</name>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="54"/>
        <source>Mark the reply as sent</source>
        <translation>Antwort als gesendet markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="58"/>
        <source>The reply is on the clipboard. Paste it into the buyer&apos;s conversation in Seller Central and send it there, then confirm here when it went.</source>
        <translation>Die Antwort ist in der Zwischenablage. Fügen Sie sie in Seller Central in die Nachrichten mit dem Käufer ein, senden Sie sie dort und bestätigen Sie dann hier, wann sie gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="64"/>
        <source>Confirm when you sent this reply in Seller Central.</source>
        <translation>Bestätigen Sie, wann Sie diese Antwort in Seller Central gesendet haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="72"/>
        <source>Until you confirm, the reply stays a draft and the buyer&apos;s clock keeps running.</source>
        <translation>Bis Sie bestätigen, bleibt die Antwort ein Entwurf, und die Antwortfrist für den Käufer läuft weiter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="91"/>
        <source>Sent &amp;at:</source>
        <translation>Gesendet &amp;um:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="92"/>
        <source>&amp;Copy the reply again</source>
        <translation>Antwort erneut &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="96"/>
        <source>&amp;Mark as sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="116"/>
        <source>That time is still to come: say when you sent it.</source>
        <translation>Dieser Zeitpunkt liegt noch in der Zukunft: Geben Sie an, wann Sie die Antwort gesendet haben.</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="30"/>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="34"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="48"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="52"/>
        <source>What the buyer said</source>
        <translation>Was der Käufer gesagt hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="59"/>
        <source>Create case</source>
        <translation>Fall anlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="63"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="64"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="65"/>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="66"/>
        <source>Order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="67"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="68"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="69"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="70"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="79"/>
        <source>Give the case a subject.</source>
        <translation>Geben Sie dem Fall einen Betreff.</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="39"/>
        <location filename="../../app/ui/dialogs/order_import.py" line="69"/>
        <source>Import an order report</source>
        <translation>Bestellbericht importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="43"/>
        <source>Order reports (*.txt *.tsv *.csv *.tab);;All files (*)</source>
        <translation>Bestellberichte (*.txt *.tsv *.csv *.tab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="74"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="107"/>
        <source>%1 of %2 orders</source>
        <translation>%1 von %2 Bestellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="121"/>
        <source>Amazon Fulfilled Shipments report</source>
        <translation>Bericht „Amazon Fulfilled Shipments“</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="123"/>
        <source>All Orders report</source>
        <translation>Bericht „All Orders“</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="130"/>
        <source>%1 orders: %2 new, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>%1 Bestellungen: %2 neu, %3 aktualisiert, %4 unverändert, %5 übersprungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="143"/>
        <source>%1 rows not sold on Amazon were left out.</source>
        <translation>%1 Zeilen mit Verkäufen außerhalb von Amazon wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="153"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="155"/>
        <source>%1, column %2</source>
        <translation>%1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="164"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="166"/>
        <source>The import failed; see the log for details.</source>
        <translation>Der Import ist fehlgeschlagen; Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="174"/>
        <source>Stopped. The orders read before the stop were imported; import the report again to finish (nothing is imported twice).</source>
        <translation>Angehalten. Die bis dahin gelesenen Bestellungen wurden importiert; importieren Sie den Bericht erneut, um den Import abzuschließen (nichts wird doppelt importiert).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="185"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="207"/>
        <location filename="../../app/ui/mail/outbox_runner.py" line="216"/>
        <source>Replies cannot be sent: %1</source>
        <translation>Antworten können nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="208"/>
        <source>no mailbox password is stored; enter it in Preferences &gt; Mail</source>
        <translation>kein Postfach-Passwort gespeichert; geben Sie es unter „Einstellungen &gt; E-Mail“ ein</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="221"/>
        <source>Sending replies went wrong. Details are in the log file.</source>
        <translation>Beim Senden der Antworten ist etwas schiefgelaufen. Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="234"/>
        <source>Replies waiting: %1 (no mailbox is set up)</source>
        <translation>Wartende Antworten: %1 (kein Postfach eingerichtet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="243"/>
        <source>Reply to %1 failed: %2</source>
        <translation>Senden der Antwort im Fall %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="250"/>
        <source>Replies waiting: %1 (the mail server cannot be reached)</source>
        <translation>Wartende Antworten: %1 (Mailserver nicht erreichbar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="252"/>
        <source>Replies waiting: %1 (the mail server will be asked again)</source>
        <translation>Wartende Antworten: %1 (der Mailserver wird erneut angefragt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="260"/>
        <source>Reply sent.</source>
        <translation>Antwort gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="263"/>
        <source>Replies sent: %1</source>
        <translation>Antworten gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="34"/>
        <source>%1 from delivery on %2 (until %3).</source>
        <translation>%1 ab Zustellung am %2 (bis %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="39"/>
        <source>No delivery date is known, so %1 count from the latest estimated delivery date, %2 (until %3).</source>
        <translation>Kein Zustelldatum bekannt, daher läuft die Frist von %1 ab dem spätesten voraussichtlichen Zustelldatum, %2 (bis %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="48"/>
        <source>The delivery date %1 is used, not the estimate %2.</source>
        <translation>Maßgeblich ist das Zustelldatum %1, nicht das voraussichtliche Datum %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="53"/>
        <source>%1 was a public holiday (%2); the window still counts calendar days.</source>
        <translation>%1 war ein gesetzlicher Feiertag (%2); die Frist zählt trotzdem in Kalendertagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="60"/>
        <source>Category %1 has a return window of %2.</source>
        <translation>Für die Kategorie %1 gilt eine Rückgabefrist von %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="65"/>
        <source>Category %1 follows the general rule of %2.</source>
        <translation>Für die Kategorie %1 gilt die allgemeine Frist von %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="70"/>
        <source>The shorter rule for %1 applies to orders from %2; this order keeps %3.</source>
        <translation>Die kürzere Regel für %1 gilt für Bestellungen ab %2; für diese Bestellung bleibt es bei %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="77"/>
        <source>Your shop&apos;s policy extends the marketplace&apos;s %1 to %2.</source>
        <translation>Die Richtlinie Ihres Shops verlängert die Frist des Marktplatzes von %1 auf %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="82"/>
        <source>Bought between %1 and %2: the holiday return policy extends the deadline to %3.</source>
        <translation>Gekauft zwischen %1 und %2: Die verlängerte Rückgabefrist zu den Feiertagen gilt bis %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="90"/>
        <source>The holiday return policy allows returns until %1, but the normal window ends later (%2).</source>
        <translation>Die verlängerte Rückgabefrist zu den Feiertagen erlaubt Rücksendungen bis %1, die reguläre Frist endet aber später (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="99"/>
        <source>Orders bought between %1 and %2 may be returned until %3; give the purchase date to check it.</source>
        <translation>Zwischen %1 und %2 gekaufte Bestellungen können bis %3 zurückgegeben werden; geben Sie das Kaufdatum an, um das zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="108"/>
        <source>Category %1 is often replacement only in this marketplace.</source>
        <translation>Für die Kategorie %1 gibt es auf diesem Marktplatz oft nur Ersatz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="113"/>
        <source>The statutory right to cancel (%1) runs until %2, later than the marketplace window, so it applies.</source>
        <translation>Das gesetzliche Widerrufsrecht (%1) läuft bis %2, also länger als die Frist des Marktplatzes, und gilt daher.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="122"/>
        <source>The statutory right to cancel (%1) ends on %2; the longer return window applies.</source>
        <translation>Das gesetzliche Widerrufsrecht (%1) endet am %2; es gilt die längere Rückgabefrist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="129"/>
        <source>This figure is reported by third parties, not confirmed by the marketplace: check it before relying on it.</source>
        <translation>Dieser Wert stammt von Dritten und ist vom Marktplatz nicht bestätigt: Prüfen Sie ihn, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="136"/>
        <source>Today is the last day to start a return.</source>
        <translation>Heute ist der letzte Tag, um eine Rücksendung einzuleiten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="137"/>
        <source>%1 left to start a return.</source>
        <translation>Noch %1, um eine Rücksendung einzuleiten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="140"/>
        <source>The return window closed on %1, %2 ago.</source>
        <translation>Die Rückgabefrist ist am %1 abgelaufen (vor %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="148"/>
        <source>Reply to the buyer</source>
        <translation>Dem Käufer antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="149"/>
        <source>Answer the return request</source>
        <translation>Rücksendeanfrage beantworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="150"/>
        <source>Refund the returned item</source>
        <translation>Zurückgesandten Artikel erstatten</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="151"/>
        <source>Answer the A-to-z claim</source>
        <translation>A-bis-z-Garantieantrag beantworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="152"/>
        <source>Answer the chargeback</source>
        <translation>Rückbuchung beantworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="153"/>
        <source>Solve it before an A-to-z claim is possible</source>
        <translation>Lösen, bevor ein A-bis-z-Garantieantrag möglich ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="161"/>
        <source>%1 business days (weekends and holidays do not count)</source>
        <translation>%1 Werktage (Wochenenden und Feiertage zählen nicht)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="172"/>
        <source>%1, calendar time (weekends count)</source>
        <translation>%1, Kalenderzeit (Wochenenden zählen mit)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="173"/>
        <source>calendar days</source>
        <translation>Kalendertage</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="178"/>
        <source>Shop owner or lead</source>
        <translation>Shop-Inhaber oder Teamleitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="179"/>
        <source>Marketplace seller support</source>
        <translation>Verkäuferservice des Marktplatzes</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="180"/>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="181"/>
        <source>Supplier or factory</source>
        <translation>Lieferant oder Hersteller</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="187"/>
        <source>Not escalated</source>
        <translation>Nicht eskaliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="188"/>
        <source>Needs attention</source>
        <translation>Aufmerksamkeit nötig</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="189"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="190"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="199"/>
        <source>The buyer wrote %1 times in %2 with no answer</source>
        <translation>Der Käufer hat %1-mal in %2 geschrieben und keine Antwort erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="203"/>
        <source>An A-to-z claim was filed</source>
        <translation>Ein A-bis-z-Garantieantrag wurde gestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="205"/>
        <source>A-to-z risk: past the latest estimated delivery, the buyer can now claim</source>
        <translation>A-bis-z-Risiko: Der späteste voraussichtliche Zustelltermin ist überschritten, der Käufer kann jetzt einen Antrag stellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="209"/>
        <source>A chargeback was raised</source>
        <translation>Eine Rückbuchung wurde eingeleitet</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="211"/>
        <source>Negative feedback on the order</source>
        <translation>Negatives Feedback zur Bestellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="213"/>
        <source>High-value order</source>
        <translation>Bestellung mit hohem Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="215"/>
        <source>The buyer mentions a safety problem (%1)</source>
        <translation>Der Käufer erwähnt ein Sicherheitsproblem (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="219"/>
        <source>Escalated by an agent to %1: %2</source>
        <translation>Von einem Mitarbeiter an %1 eskaliert: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="220"/>
        <source>Escalated by an agent: %1</source>
        <translation>Von einem Mitarbeiter eskaliert: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="222"/>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="224"/>
        <source>Due soon: %1</source>
        <translation>Bald fällig: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="231"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="232"/>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="74"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="77"/>
        <source>Cases assigned to this name show in the Mine view</source>
        <translation>Fälle mit diesem Namen als Bearbeiter erscheinen in der Ansicht „Meine“</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="80"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="90"/>
        <source>Larger files are refused as evidence. The marketplace&apos;s messages take attachments up to 10 MB.</source>
        <translation>Größere Dateien werden als Nachweis abgelehnt. Nachrichten auf dem Marktplatz erlauben Anhänge bis 10 MB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="97"/>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Workbench.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="109"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="110"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="111"/>
        <source>Largest evidence file</source>
        <translation>Maximale Dateigröße für Nachweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="117"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="123"/>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="129"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="176"/>
        <source>The mailbox could not be saved. Details are in the log file.</source>
        <translation>Das Postfach konnte nicht gespeichert werden. Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>ReturnWindow</name>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="103"/>
        <source>Return window</source>
        <translation>Rückgabefrist</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="121"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="130"/>
        <source>last day today</source>
        <translation>heute letzter Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="133"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="136"/>
        <source>Open</source>
        <translation>Rückgabe möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="140"/>
        <source>Closed %1 ago</source>
        <translation>Seit %1 abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="144"/>
        <source>Last day to start a return: %1</source>
        <translation>Letzter Tag für eine Rücksendung: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="149"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="151"/>
        <source>expected</source>
        <translation>voraussichtlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="160"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>SyncHub</name>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="157"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="160"/>
        <source>Send your changes to the team and get theirs</source>
        <translation>Ihre Änderungen an das Team senden und die des Teams abrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="292"/>
        <source>Sign in to your team first: Preferences &gt; Team.</source>
        <translation>Melden Sie sich zuerst bei Ihrem Team an: „Einstellungen &gt; Team“.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="26"/>
        <source>1 change waiting</source>
        <translation>1 Änderung ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="27"/>
        <source>%1 changes waiting</source>
        <translation>%1 Änderungen ausstehend</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="36"/>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="44"/>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="50"/>
        <source>sign in again (Preferences &gt; Team)</source>
        <translation>erneut anmelden („Einstellungen &gt; Team“)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="51"/>
        <source>the team service answered with an error</source>
        <translation>der Team-Dienst hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="52"/>
        <source>the changes could not be stored</source>
        <translation>die Änderungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="54"/>
        <source>an internal error</source>
        <translation>ein interner Fehler</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="62"/>
        <source>Team %1 on %2, signed in as %3</source>
        <translation>Team %1 auf %2, angemeldet als %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="68"/>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="70"/>
        <location filename="../../app/ui/sync/indicator.py" line="91"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="74"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="76"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="79"/>
        <source>The team service cannot be reached. Your changes are kept on this computer and sent when it can be reached again.</source>
        <translation>Der Team-Dienst ist nicht erreichbar. Ihre Änderungen bleiben auf diesem Computer und werden gesendet, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="86"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="116"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="118"/>
        <source>Try to sync again now</source>
        <translation>Jetzt erneut synchronisieren</translation>
    </message>
</context>
<context>
    <name>SyncNotices</name>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="43"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="53"/>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="63"/>
        <source>A teammate</source>
        <translation>Ein Teammitglied</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="69"/>
        <source>%1 added the tag %2 at %3 while you were offline; your removal of it was replaced</source>
        <translation>%1 hat das Tag %2 hinzugefügt (%3), während Sie offline waren; Ihr Entfernen wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="74"/>
        <source>%1 removed the tag %2 at %3 while you were offline; your adding it was replaced</source>
        <translation>%1 hat das Tag %2 entfernt (%3), während Sie offline waren; Ihr Hinzufügen wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="81"/>
        <source>%1 deleted this case at %2 while you were offline; your change was replaced</source>
        <translation>%1 hat diesen Fall gelöscht (%2), während Sie offline waren; Ihre Änderung wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="86"/>
        <source>%1 restored this case at %2 while you were offline; your deletion was replaced</source>
        <translation>%1 hat diesen Fall wiederhergestellt (%2), während Sie offline waren; Ihr Löschen wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="92"/>
        <source>%1 set the status to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1 hat den Status auf %2 gesetzt (%3), während Sie offline waren; Ihre Änderung auf %4 wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="96"/>
        <source>%1 set the priority to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1 hat die Priorität auf %2 gesetzt (%3), während Sie offline waren; Ihre Änderung auf %4 wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="101"/>
        <source>%1 set the reason to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1 hat den Grund auf %2 gesetzt (%3), während Sie offline waren; Ihre Änderung auf %4 wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="105"/>
        <source>%1 assigned the case to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1 hat den Fall %2 zugewiesen (%3), während Sie offline waren; Ihre Änderung auf %4 wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="115"/>
        <source>%1 set %2 to %3 at %4 while you were offline; your change to %5 was replaced</source>
        <translation>%1 hat %2 auf %3 gesetzt (%4), während Sie offline waren; Ihre Änderung auf %5 wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="146"/>
        <source>Reapply mine</source>
        <translation>Meinen Wert wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="149"/>
        <source>Set it back to your value (%1); the team gets it too</source>
        <translation>Auf Ihren Wert (%1) zurücksetzen; das Team erhält ihn auch</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="153"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="154"/>
        <source>Keep their change and hide this</source>
        <translation>Die Änderung des anderen behalten und diesen Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>SyncPresence</name>
    <message>
        <location filename="../../app/ui/sync/presence.py" line="39"/>
        <source>%1 is replying to this case</source>
        <translation>%1 antwortet gerade in diesem Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/presence.py" line="41"/>
        <source>%1 is viewing this case</source>
        <translation>%1 sieht sich diesen Fall gerade an</translation>
    </message>
</context>
<context>
    <name>TeamAccount</name>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="43"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="44"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="45"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="51"/>
        <source>Signed in to team %1 on %2 as %3 (%4).</source>
        <translation>Angemeldet bei Team %1 auf %2 als %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="111"/>
        <source>The token your shop&apos;s owner made for you</source>
        <translation>Das Token, das der Shop-Inhaber für Sie erstellt hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="114"/>
        <source>The token is stored in the system keyring, never in a file, and is not shown again. Your changes are kept on this computer while you are offline and sent when the team service can be reached.</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert, nie in einer Datei, und nicht wieder angezeigt. Solange Sie offline sind, bleiben Ihre Änderungen auf diesem Computer und werden gesendet, sobald der Team-Dienst erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="124"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="126"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="133"/>
        <source>Team service</source>
        <translation>Team-Dienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="134"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="187"/>
        <source>Stored in the system keyring; type a new one to change</source>
        <translation>Im Schlüsselbund des Systems gespeichert; geben Sie ein neues ein, um es zu ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="191"/>
        <source>This computer is not signed in to a team: your cases stay on it alone.</source>
        <translation>Dieser Computer ist bei keinem Team angemeldet: Ihre Fälle bleiben nur auf ihm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="205"/>
        <source>Fill in the team service&apos;s address and your token.</source>
        <translation>Geben Sie die Adresse des Team-Dienstes und Ihr Token ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="211"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="229"/>
        <source>Signed in. Your cases sync with the team.</source>
        <translation>Angemeldet. Ihre Fälle werden mit dem Team synchronisiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="252"/>
        <source>Signed out. Changes not sent yet stay on this computer and are sent when you sign in again.</source>
        <translation>Abgemeldet. Noch nicht gesendete Änderungen bleiben auf diesem Computer und werden gesendet, wenn Sie sich wieder anmelden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="281"/>
        <source>Something went wrong. Details are in the log file.</source>
        <translation>Etwas ist schiefgelaufen. Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="25"/>
        <source>buyer&apos;s name</source>
        <translation>Name des Käufers</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="26"/>
        <source>order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="27"/>
        <source>marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="28"/>
        <source>item title</source>
        <translation>Artikelbezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="29"/>
        <source>carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="30"/>
        <source>tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="31"/>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="32"/>
        <source>return deadline</source>
        <translation>Ende der Rückgabefrist</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="33"/>
        <source>delivery date</source>
        <translation>Zustelldatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="34"/>
        <source>refund amount</source>
        <translation>Erstattungsbetrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="35"/>
        <source>days left</source>
        <translation>verbleibende Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="57"/>
        <source>What agents see in the list</source>
        <translation>Was Mitarbeiter in der Liste sehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="64"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="65"/>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="66"/>
        <source>&amp;Body</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="74"/>
        <source>Reply templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="93"/>
        <source>&amp;New</source>
        <translation>N&amp;eu</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="95"/>
        <source>&amp;Copy to edit</source>
        <translation>&amp;Zum Bearbeiten kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="97"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="114"/>
        <source>lowercase_words, e.g. refund_sent</source>
        <translation>Kleinbuchstaben, Ziffern, _ (z. B. refund_sent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="118"/>
        <source>Case reasons</source>
        <translation>Gründe des Falls</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="119"/>
        <source>Case statuses</source>
        <translation>Status des Falls</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="129"/>
        <source>Remove this language</source>
        <translation>Diese Sprache entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="132"/>
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="146"/>
        <source>&amp;Key</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="147"/>
        <source>Fits (none ticked: any)</source>
        <translation>Passt zu (nichts angehakt: allen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="157"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="159"/>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="205"/>
        <source>Loading the templates…</source>
        <translation>Vorlagen werden geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="223"/>
        <source>shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="225"/>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="239"/>
        <source>Some template files could not be read:</source>
        <translation>Einige Vorlagendateien konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="263"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="264"/>
        <source>Discard the changes to this template?</source>
        <translation>Änderungen an dieser Vorlage verwerfen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="307"/>
        <source>Your shop&apos;s template. Saving it under the key of a built-in template replaces that one for your shop.</source>
        <translation>Vorlage Ihres Shops. Wenn Sie sie unter der Kennung einer integrierten Vorlage speichern, ersetzt sie diese für Ihren Shop.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="315"/>
        <source>Built-in template: read-only. Copy it to make your own.</source>
        <translation>Integrierte Vorlage: schreibgeschützt. Kopieren Sie sie, um eine eigene zu erstellen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="318"/>
        <source>Your shop&apos;s template.</source>
        <translation>Vorlage Ihres Shops.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="335"/>
        <source>Add a language…</source>
        <translation>Sprache hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="408"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="430"/>
        <source>Not saved: fix these first.</source>
        <translation>Nicht gespeichert: Beheben Sie zuerst diese Probleme.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="432"/>
        <source>Fix these before saving:</source>
        <translation>Beheben Sie diese Probleme vor dem Speichern:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="435"/>
        <source>Warnings (it can be saved):</source>
        <translation>Warnungen (Speichern ist möglich):</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="438"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="442"/>
        <source>Changed while it was checked: save again.</source>
        <translation>Während der Prüfung geändert: Speichern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="444"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="455"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="486"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="488"/>
        <source>Delete your template “%1”?</source>
        <translation>Ihre Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="514"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
</context>
</TS>
