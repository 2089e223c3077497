<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="62" />
        <source>Upgrading your data to this version of Support Workbench…
A backup copy is made first; this can take a minute.</source>
        <translation>Ihre Daten werden auf diese Version von Support Workbench aktualisiert…
Zuerst wird eine Sicherungskopie erstellt; das kann eine Minute dauern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="109" />
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>Etwas ist schiefgelaufen. Ihre gespeicherte Arbeit ist sicher; Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="51" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="57" />
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="63" />
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="73" />
        <source>No files yet.</source>
        <translation>Noch keine Dateien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="96" />
        <source>No customer recorded.</source>
        <translation>Kein Kunde erfasst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="103" />
        <source>Writes in %1</source>
        <translation>Schreibt auf %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="115" />
        <source>No order linked to this case.</source>
        <translation>Mit diesem Fall ist keine Bestellung verknüpft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="119" />
        <source>Purchased</source>
        <translation>Gekauft am</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="122" />
        <source>Delivered</source>
        <translation>Zugestellt am</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="124" />
        <source>Expected</source>
        <translation>Voraussichtliche Zustellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="136" />
        <source>Fulfilment</source>
        <translation>Versand durch</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="138" />
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="167" />
        <source>Added %1 by %2</source>
        <translation>Hinzugefügt am %1 von %2</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="74" />
        <source>Select a case on the left to see it here.</source>
        <translation>Wählen Sie links einen Fall aus, um ihn hier anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="121" />
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="123" />
        <source>tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="134" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="135" />
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="136" />
        <source>R&amp;eason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="137" />
        <source>&amp;Assignee</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="144" />
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="169" />
        <source>Conversation</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="170" />
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="171" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="267" />
        <source>order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="271" />
        <source>opened %1</source>
        <translation>eröffnet am %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="419" />
        <source>Reply saved.</source>
        <translation>Antwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="422" />
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/bus.py" line="43" />
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>Etwas ist schiefgelaufen, die Änderung wurde nicht gespeichert. Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/conversation.py" line="71" />
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="105" />
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>Antwort an den Kunden oder interne Notiz für das Team schreiben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="113" />
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="116" />
        <source>Save the reply to the customer (Ctrl+Enter)</source>
        <translation>Antwort an den Kunden speichern (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="118" />
        <source>Add internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="120" />
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>Notizen sieht nur Ihr Team (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="151" />
        <location filename="../../app/ui/conversation.py" line="157" />
        <source>Write something first.</source>
        <translation>Bitte zuerst einen Text eingeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="162" />
        <source>Writing an internal note</source>
        <translation>Sie schreiben eine interne Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="164" />
        <source>Writing a reply</source>
        <translation>Sie schreiben eine Antwort</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="57" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="58" />
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="59" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="60" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="69" />
        <source>Escalate the case</source>
        <translation>Fall eskalieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="79" />
        <source>Why, and what you expect from them (required)</source>
        <translation>Warum, und was Sie vom Empfänger erwarten (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="83" />
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="89" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="90" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="91" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="99" />
        <source>Say why you escalate it.</source>
        <translation>Geben Sie den Grund für die Eskalation an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="136" />
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="137" />
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="138" />
        <source>Time left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="139" />
        <source>How it counts</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="142" />
        <source>Escalate…</source>
        <translation>Eskalieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="144" />
        <source>Take back my escalation</source>
        <translation>Meine Eskalation zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="146" />
        <source>No reply needed</source>
        <translation>Keine Antwort nötig</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="148" />
        <source>The buyer's last messages need no answer (e.g. a thank-you): stop the reply clock</source>
        <translation>Die letzten Nachrichten des Käufers brauchen keine Antwort (z. B. ein Dankeschön): Antwortfrist anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="154" />
        <source>Record…</source>
        <translation>Erfassen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="156" />
        <source>Record what the marketplace reports about the order, as of now</source>
        <translation>Erfassen, was der Marktplatz zur Bestellung meldet (mit dem jetzigen Zeitpunkt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="161" />
        <source>The buyer asked to return it</source>
        <translation>Der Käufer möchte zurückgeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="162" />
        <source>The returned item arrived</source>
        <translation>Die Rücksendung ist eingetroffen</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="163" />
        <source>Refund issued</source>
        <translation>Erstattung ausgezahlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="164" />
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="165" />
        <source>A-to-z claim filed</source>
        <translation>A-bis-z-Garantieantrag gestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="166" />
        <source>Chargeback raised</source>
        <translation>Rückbuchung veranlasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="167" />
        <source>Negative feedback left</source>
        <translation>Negative Bewertung abgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="186" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="187" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="188" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="196" />
        <source>Escalation history</source>
        <translation>Eskalationsverlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="210" />
        <source>Reason changed</source>
        <translation>Grund geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="216" />
        <source>Workbench (automatic)</source>
        <translation>Workbench (automatisch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="246" />
        <source>Nothing needs escalating.</source>
        <translation>Keine Eskalation nötig.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history.py" line="29" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="38" />
        <source>Case created</source>
        <translation>Fall erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Case changed</source>
        <translation>Fall geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Case deleted</source>
        <translation>Fall gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="51" />
        <source>Message from the customer</source>
        <translation>Nachricht vom Kunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="53" />
        <source>Internal note written</source>
        <translation>Interne Notiz geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="55" />
        <source>Draft reply saved</source>
        <translation>Antwortentwurf gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="56" />
        <source>Reply written</source>
        <translation>Antwort geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="59" />
        <source>File added: %1</source>
        <translation>Datei hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="63" />
        <source>Tag removed: %1</source>
        <translation>Tag entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="64" />
        <source>Tag added: %1</source>
        <translation>Tag hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="75" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="76" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="77" />
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="342" />
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="344" />
        <source>Waiting for our answer</source>
        <translation>Wartet auf unsere Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="68" />
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="69" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="70" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="71" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="72" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="73" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="74" />
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="75" />
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="76" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="77" />
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="40" />
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="41" />
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="42" />
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="43" />
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="44" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="45" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="46" />
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="47" />
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="76" />
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>Fälle suchen…  (z. B. Gürtel  status:open  lang:ko)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="79" />
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</source>
        <translation>Geben Sie einen beliebigen Teil von Betreff, Nachricht, Kundenname oder Bestellnummer ein.
Filter: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="192" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="197" />
        <source>No case matches this search.</source>
        <translation>Kein Fall entspricht dieser Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="199" />
        <source>No cases in this view.</source>
        <translation>In dieser Ansicht gibt es keine Fälle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="201" />
        <source>1 case</source>
        <translation>1 Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="204" />
        <source>%1 cases</source>
        <translation>%1 Fälle</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="10" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="11" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="12" />
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="13" />
        <source>Waiting on third party</source>
        <translation>Wartet auf Dritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="14" />
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="15" />
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="21" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24" />
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30" />
        <source>Wrong size</source>
        <translation>Falsche Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31" />
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32" />
        <source>Defective</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33" />
        <source>Damaged in transit</source>
        <translation>Transportschaden</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34" />
        <source>Missing parts</source>
        <translation>Fehlende Teile</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35" />
        <source>Not received</source>
        <translation>Nicht erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36" />
        <source>Late delivery</source>
        <translation>Verspätete Lieferung</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37" />
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38" />
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39" />
        <source>Exchange</source>
        <translation>Umtausch</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40" />
        <source>Account access</source>
        <translation>Kontozugang</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41" />
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42" />
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49" />
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50" />
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56" />
        <source>Draft, not sent</source>
        <translation>Entwurf, nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <source>Saved, waiting to be sent</source>
        <translation>Gespeichert, wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <source>Sending failed</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66" />
        <source>Receipt</source>
        <translation>Kaufbeleg</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Shipping label</source>
        <translation>Versandetikett</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76" />
        <source>Marketplace message</source>
        <translation>Marktplatz-Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Escalation level</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96" />
        <source>Escalation reason</source>
        <translation>Eskalationsgrund</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="97" />
        <source>Agent's escalation</source>
        <translation>Eskalation durch Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="98" />
        <source>Agent's reason</source>
        <translation>Begründung des Mitarbeiters</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99" />
        <source>Escalated to</source>
        <translation>Eskaliert an</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99" />
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101" />
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>Internal &amp;note</source>
        <translation>&amp;Interne Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111" />
        <source>Ne&amp;xt case</source>
        <translation>&amp;Nächster Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117" />
        <source>&amp;Previous case</source>
        <translation>&amp;Vorheriger Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>Set &amp;status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134" />
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151" />
        <source>&amp;About Support Workbench</source>
        <translation>Ü&amp;ber Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Search cases</source>
        <translation>Fälle suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Next case</source>
        <translation>Nächster Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>Previous case</source>
        <translation>Vorheriger Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>Write a reply</source>
        <translation>Antwort schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Write an internal note</source>
        <translation>Interne Notiz schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169" />
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>Add the note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>Switch inbox view</source>
        <translation>Posteingangsansicht wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>Set status: open / waiting / resolved</source>
        <translation>Status setzen: offen / wartend / gelöst</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>Case %1 created.</source>
        <translation>Fall %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>About Support Workbench</source>
        <translation>Über Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219" />
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
Profil: %2</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="29" />
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="33" />
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="47" />
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="51" />
        <source>What the buyer said</source>
        <translation>Was der Käufer gesagt hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="58" />
        <source>Create case</source>
        <translation>Fall anlegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="62" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="63" />
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="64" />
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="65" />
        <source>Order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="66" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="67" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="68" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="69" />
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="78" />
        <source>Give the case a subject.</source>
        <translation>Geben Sie dem Fall einen Betreff.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/policy_text.py" line="40" />
        <source>%1 from delivery on %2 (until %3).</source>
        <translation>%1 ab Zustellung am %2 (bis %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="45" />
        <source>No delivery date is known, so %1 count from the latest estimated delivery date, %2 (until %3).</source>
        <translation>Kein Zustelldatum bekannt, daher läuft die Frist von %1 ab dem spätesten voraussichtlichen Zustelldatum, %2 (bis %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="54" />
        <source>The delivery date %1 is used, not the estimate %2.</source>
        <translation>Maßgeblich ist das Zustelldatum %1, nicht das voraussichtliche Datum %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="59" />
        <source>%1 was a public holiday (%2); the window still counts calendar days.</source>
        <translation>%1 war ein gesetzlicher Feiertag (%2); die Frist zählt trotzdem in Kalendertagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="66" />
        <source>Category %1 has a return window of %2.</source>
        <translation>Für die Kategorie %1 gilt eine Rückgabefrist von %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="71" />
        <source>Category %1 follows the general rule of %2.</source>
        <translation>Für die Kategorie %1 gilt die allgemeine Frist von %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="76" />
        <source>The shorter rule for %1 applies to orders from %2; this order keeps %3.</source>
        <translation>Die kürzere Regel für %1 gilt für Bestellungen ab %2; für diese Bestellung bleibt es bei %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="83" />
        <source>Your shop's policy extends the marketplace's %1 to %2.</source>
        <translation>Die Richtlinie Ihres Shops verlängert die Frist des Marktplatzes von %1 auf %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="88" />
        <source>Bought between %1 and %2: the holiday return policy extends the deadline to %3.</source>
        <translation>Gekauft zwischen %1 und %2: Die verlängerte Rückgabefrist zu den Feiertagen gilt bis %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="96" />
        <source>The holiday return policy allows returns until %1, but the normal window ends later (%2).</source>
        <translation>Die verlängerte Rückgabefrist zu den Feiertagen erlaubt Rücksendungen bis %1, die reguläre Frist endet aber später (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="105" />
        <source>Orders bought between %1 and %2 may be returned until %3; give the purchase date to check it.</source>
        <translation>Zwischen %1 und %2 gekaufte Bestellungen können bis %3 zurückgegeben werden; geben Sie das Kaufdatum an, um das zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="114" />
        <source>Category %1 is often replacement only in this marketplace.</source>
        <translation>Für die Kategorie %1 gibt es auf diesem Marktplatz oft nur Ersatz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="119" />
        <source>The statutory right to cancel (%1) runs until %2, later than the marketplace window, so it applies.</source>
        <translation>Das gesetzliche Widerrufsrecht (%1) läuft bis %2, also länger als die Frist des Marktplatzes, und gilt daher.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="128" />
        <source>The statutory right to cancel (%1) ends on %2; the longer return window applies.</source>
        <translation>Das gesetzliche Widerrufsrecht (%1) endet am %2; es gilt die längere Rückgabefrist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="135" />
        <source>This figure is reported by third parties, not confirmed by the marketplace: check it before relying on it.</source>
        <translation>Dieser Wert stammt von Dritten und ist vom Marktplatz nicht bestätigt: Prüfen Sie ihn, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="142" />
        <source>Today is the last day to start a return.</source>
        <translation>Heute ist der letzte Tag, um eine Rücksendung einzuleiten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="143" />
        <source>%1 left to start a return.</source>
        <translation>Noch %1, um eine Rücksendung einzuleiten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="146" />
        <source>The return window closed on %1, %2 ago.</source>
        <translation>Die Rückgabefrist ist am %1 abgelaufen (vor %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="154" />
        <source>Reply to the buyer</source>
        <translation>Dem Käufer antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="155" />
        <source>Answer the return request</source>
        <translation>Rücksendeanfrage beantworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="156" />
        <source>Refund the returned item</source>
        <translation>Zurückgesandten Artikel erstatten</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="157" />
        <source>Answer the A-to-z claim</source>
        <translation>A-bis-z-Garantieantrag beantworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="158" />
        <source>Answer the chargeback</source>
        <translation>Rückbuchung beantworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="159" />
        <source>Solve it before an A-to-z claim is possible</source>
        <translation>Lösen, bevor ein A-bis-z-Garantieantrag möglich ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="167" />
        <source>%1 business days (weekends and holidays do not count)</source>
        <translation>%1 Werktage (Wochenenden und Feiertage zählen nicht)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="178" />
        <source>%1, calendar time (weekends count)</source>
        <translation>%1, Kalenderzeit (Wochenenden zählen mit)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="179" />
        <source>calendar days</source>
        <translation>Kalendertage</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="184" />
        <source>Shop owner or lead</source>
        <translation>Shop-Inhaber oder Teamleitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="185" />
        <source>Marketplace seller support</source>
        <translation>Verkäuferservice des Marktplatzes</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="186" />
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="187" />
        <source>Supplier or factory</source>
        <translation>Lieferant oder Hersteller</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="193" />
        <source>Not escalated</source>
        <translation>Nicht eskaliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="194" />
        <source>Needs attention</source>
        <translation>Aufmerksamkeit nötig</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="195" />
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="196" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="205" />
        <source>The buyer wrote %1 times in %2 with no answer</source>
        <translation>Der Käufer hat %1-mal in %2 geschrieben und keine Antwort erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="209" />
        <source>An A-to-z claim was filed</source>
        <translation>Ein A-bis-z-Garantieantrag wurde gestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="211" />
        <source>A-to-z risk: past the latest estimated delivery, the buyer can now claim</source>
        <translation>A-bis-z-Risiko: Der späteste voraussichtliche Zustelltermin ist überschritten, der Käufer kann jetzt einen Antrag stellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="215" />
        <source>A chargeback was raised</source>
        <translation>Eine Rückbuchung wurde eingeleitet</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="217" />
        <source>Negative feedback on the order</source>
        <translation>Negatives Feedback zur Bestellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="219" />
        <source>High-value order</source>
        <translation>Bestellung mit hohem Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="221" />
        <source>The buyer mentions a safety problem (%1)</source>
        <translation>Der Käufer erwähnt ein Sicherheitsproblem (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="225" />
        <source>Escalated by an agent to %1: %2</source>
        <translation>Von einem Mitarbeiter an %1 eskaliert: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="226" />
        <source>Escalated by an agent: %1</source>
        <translation>Von einem Mitarbeiter eskaliert: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="228" />
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="230" />
        <source>Due soon: %1</source>
        <translation>Bald fällig: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="237" />
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="238" />
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="59" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="62" />
        <source>Cases assigned to this name show in the Mine view</source>
        <translation>Fälle mit diesem Namen als Bearbeiter erscheinen in der Ansicht „Meine“</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="65" />
        <source>The system's language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="71" />
        <source>A new language applies the next time the workbench starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Workbench.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="82" />
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="83" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>ReturnWindow</name>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="97" />
        <source>Return window</source>
        <translation>Rückgabefrist</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="115" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="124" />
        <source>last day today</source>
        <translation>heute letzter Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="126" />
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="129" />
        <source>Open</source>
        <translation>Rückgabe möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="134" />
        <source>Closed %1 ago</source>
        <translation>Seit %1 abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="138" />
        <source>Last day to start a return: %1</source>
        <translation>Letzter Tag für eine Rücksendung: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="143" />
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="145" />
        <source>expected</source>
        <translation>voraussichtlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="154" />
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
</TS>
