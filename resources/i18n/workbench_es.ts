<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="62" />
        <source>Upgrading your data to this version of Support Workbench…
A backup copy is made first; this can take a minute.</source>
        <translation>Actualizando sus datos a esta versión de Support Workbench…
Primero se hace una copia de seguridad; puede tardar un minuto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="109" />
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>Algo salió mal. Su trabajo guardado está a salvo; encontrará los detalles en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="51" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="57" />
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="63" />
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="73" />
        <source>No files yet.</source>
        <translation>Aún no hay archivos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="96" />
        <source>No customer recorded.</source>
        <translation>No hay ningún cliente registrado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="103" />
        <source>Writes in %1</source>
        <translation>Escribe en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="115" />
        <source>No order linked to this case.</source>
        <translation>No hay ningún pedido vinculado a este caso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="119" />
        <source>Purchased</source>
        <translation>Fecha de compra</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="122" />
        <source>Delivered</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="124" />
        <source>Expected</source>
        <translation>Entrega prevista</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="136" />
        <source>Fulfilment</source>
        <translation>Logística</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="138" />
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_sidebar.py" line="167" />
        <source>Added %1 by %2</source>
        <translation>Añadido el %1 por %2</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case_view.py" line="74" />
        <source>Select a case on the left to see it here.</source>
        <translation>Seleccione un caso a la izquierda para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="121" />
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="123" />
        <source>tags, separated by commas</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="134" />
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="135" />
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="136" />
        <source>R&amp;eason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="137" />
        <source>&amp;Assignee</source>
        <translation>A&amp;signado a</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="144" />
        <source>&amp;Tags</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="169" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="170" />
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="171" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="267" />
        <source>order %1</source>
        <translation>pedido %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="271" />
        <source>opened %1</source>
        <translation>abierto el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="419" />
        <source>Reply saved.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view.py" line="422" />
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/bus.py" line="43" />
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>Algo salió mal y no se guardó. Encontrará los detalles en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/conversation.py" line="71" />
        <source>No messages yet.</source>
        <translation>Aún no hay mensajes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="105" />
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>Escriba una respuesta al cliente o una nota interna para el equipo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="113" />
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="116" />
        <source>Save the reply to the customer (Ctrl+Enter)</source>
        <translation>Guardar la respuesta al cliente (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="118" />
        <source>Add internal note</source>
        <translation>Añadir nota interna</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="120" />
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>Solo su equipo ve las notas (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="151" />
        <location filename="../../app/ui/conversation.py" line="157" />
        <source>Write something first.</source>
        <translation>Escriba algo primero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="162" />
        <source>Writing an internal note</source>
        <translation>Escribiendo una nota interna</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation.py" line="164" />
        <source>Writing a reply</source>
        <translation>Escribiendo una respuesta</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="57" />
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="58" />
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="59" />
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="60" />
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="69" />
        <source>Escalate the case</source>
        <translation>Escalar el caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="79" />
        <source>Why, and what you expect from them (required)</source>
        <translation>Por qué y qué espera que hagan (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="83" />
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="89" />
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="90" />
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="91" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="99" />
        <source>Say why you escalate it.</source>
        <translation>Indique por qué lo escala.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="136" />
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="137" />
        <source>Due</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="138" />
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="139" />
        <source>How it counts</source>
        <translation>Cómo se cuenta</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="142" />
        <source>Escalate…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="144" />
        <source>Take back my escalation</source>
        <translation>Retirar mi escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="146" />
        <source>No reply needed</source>
        <translation>No requiere respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="148" />
        <source>The buyer's last messages need no answer (e.g. a thank-you): stop the reply clock</source>
        <translation>Los últimos mensajes del comprador no necesitan respuesta (p. ej., un agradecimiento): detener el plazo de respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="154" />
        <source>Record…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="156" />
        <source>Record what the marketplace reports about the order, as of now</source>
        <translation>Registrar lo que informa el marketplace sobre el pedido, con fecha de ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="161" />
        <source>The buyer asked to return it</source>
        <translation>El comprador solicitó la devolución</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="162" />
        <source>The returned item arrived</source>
        <translation>El artículo devuelto ha llegado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="163" />
        <source>Refund issued</source>
        <translation>Reembolso emitido</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="164" />
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="165" />
        <source>A-to-z claim filed</source>
        <translation>Reclamación de la A a la Z presentada</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="166" />
        <source>Chargeback raised</source>
        <translation>Contracargo iniciado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="167" />
        <source>Negative feedback left</source>
        <translation>Valoración negativa recibida</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="186" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="187" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="188" />
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="196" />
        <source>Escalation history</source>
        <translation>Historial de escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="210" />
        <source>Reason changed</source>
        <translation>Motivo modificado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="216" />
        <source>Workbench (automatic)</source>
        <translation>Workbench (automático)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines_panel.py" line="246" />
        <source>Nothing needs escalating.</source>
        <translation>No hay nada que escalar.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history.py" line="29" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="38" />
        <source>Case created</source>
        <translation>Caso creado</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="45" />
        <source>Case changed</source>
        <translation>Caso modificado</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="47" />
        <source>Case deleted</source>
        <translation>Caso eliminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="51" />
        <source>Message from the customer</source>
        <translation>Mensaje del cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="53" />
        <source>Internal note written</source>
        <translation>Nota interna escrita</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="55" />
        <source>Draft reply saved</source>
        <translation>Borrador de respuesta guardado</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="56" />
        <source>Reply written</source>
        <translation>Respuesta escrita</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="59" />
        <source>File added: %1</source>
        <translation>Archivo añadido: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="63" />
        <source>Tag removed: %1</source>
        <translation>Etiqueta eliminada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="64" />
        <source>Tag added: %1</source>
        <translation>Etiqueta añadida: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="75" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="76" />
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../app/ui/history.py" line="77" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="342" />
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="344" />
        <source>Waiting for our answer</source>
        <translation>Pendiente de nuestra respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="68" />
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="69" />
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="70" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="71" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="72" />
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="73" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="74" />
        <source>Lang.</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="75" />
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="76" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_model.py" line="77" />
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="40" />
        <source>All open</source>
        <translation>Todos los abiertos</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="41" />
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="42" />
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="43" />
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="44" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="45" />
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="46" />
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="47" />
        <source>Escalated</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="76" />
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>Buscar casos…  (p. ej., cinturón  status:open  lang:ko)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="79" />
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</source>
        <translation>Escriba cualquier parte del asunto, de un mensaje, del cliente o del número de pedido.
Filtros: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="192" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="197" />
        <source>No case matches this search.</source>
        <translation>Ningún caso coincide con esta búsqueda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="199" />
        <source>No cases in this view.</source>
        <translation>No hay casos en esta vista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="201" />
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox_panel.py" line="204" />
        <source>%1 cases</source>
        <translation>%1 casos</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="10" />
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="11" />
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="12" />
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="13" />
        <source>Waiting on third party</source>
        <translation>Esperando a terceros</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="14" />
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="15" />
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="21" />
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23" />
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24" />
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30" />
        <source>Wrong size</source>
        <translation>Talla incorrecta</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31" />
        <source>Not as described</source>
        <translation>No coincide con la descripción</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32" />
        <source>Defective</source>
        <translation>Defectuoso</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33" />
        <source>Damaged in transit</source>
        <translation>Dañado durante el envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34" />
        <source>Missing parts</source>
        <translation>Faltan piezas</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35" />
        <source>Not received</source>
        <translation>No recibido</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36" />
        <source>Late delivery</source>
        <translation>Entrega con retraso</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37" />
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38" />
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39" />
        <source>Exchange</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40" />
        <source>Account access</source>
        <translation>Acceso a la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41" />
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42" />
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49" />
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50" />
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56" />
        <source>Draft, not sent</source>
        <translation>Borrador, no enviado</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <source>Saved, waiting to be sent</source>
        <translation>Guardado, pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <source>Sending failed</source>
        <translation>Error al enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66" />
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Shipping label</source>
        <translation>Etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Screenshot</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76" />
        <source>Marketplace message</source>
        <translation>Mensaje del marketplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Callback</source>
        <translation>Devolución de llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88" />
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Escalation level</source>
        <translation>Nivel de escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96" />
        <source>Escalation reason</source>
        <translation>Motivo del escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="97" />
        <source>Agent's escalation</source>
        <translation>Escalado del agente</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="98" />
        <source>Agent's reason</source>
        <translation>Motivo del agente</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99" />
        <source>Escalated to</source>
        <translation>Escalado a</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99" />
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101" />
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111" />
        <source>Ne&amp;xt case</source>
        <translation>Caso si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117" />
        <source>&amp;Previous case</source>
        <translation>Caso &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123" />
        <source>Set &amp;status</source>
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134" />
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136" />
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151" />
        <source>&amp;About Support Workbench</source>
        <translation>&amp;Acerca de Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Next case</source>
        <translation>Caso siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166" />
        <source>Previous case</source>
        <translation>Caso anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167" />
        <source>Write a reply</source>
        <translation>Escribir una respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Write an internal note</source>
        <translation>Escribir una nota interna</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169" />
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>Add the note</source>
        <translation>Añadir la nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>Switch inbox view</source>
        <translation>Cambiar la vista de la bandeja</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172" />
        <source>Set status: open / waiting / resolved</source>
        <translation>Cambiar estado: abierto / en espera / resuelto</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>Case %1 created.</source>
        <translation>Caso %1 creado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>About Support Workbench</source>
        <translation>Acerca de Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219" />
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
Perfil: %2</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="29" />
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="33" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="47" />
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="51" />
        <source>What the buyer said</source>
        <translation>Lo que dijo el comprador</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="58" />
        <source>Create case</source>
        <translation>Crear caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="62" />
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="63" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="64" />
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="65" />
        <source>Order id</source>
        <translation>N.º de pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="66" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="67" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="68" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="69" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_case_dialog.py" line="78" />
        <source>Give the case a subject.</source>
        <translation>Indique un asunto para el caso.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/policy_text.py" line="40" />
        <source>%1 from delivery on %2 (until %3).</source>
        <translation>%1 desde la entrega el %2 (hasta el %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="45" />
        <source>No delivery date is known, so %1 count from the latest estimated delivery date, %2 (until %3).</source>
        <translation>No se conoce la fecha de entrega, así que el plazo de %1 se cuenta desde la fecha de entrega prevista más tardía, el %2 (hasta el %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="54" />
        <source>The delivery date %1 is used, not the estimate %2.</source>
        <translation>Se usa la fecha de entrega %1, no la prevista %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="59" />
        <source>%1 was a public holiday (%2); the window still counts calendar days.</source>
        <translation>El %1 fue festivo (%2); el plazo se sigue contando en días naturales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="66" />
        <source>Category %1 has a return window of %2.</source>
        <translation>La categoría %1 tiene un plazo de devolución de %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="71" />
        <source>Category %1 follows the general rule of %2.</source>
        <translation>La categoría %1 sigue la regla general de %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="76" />
        <source>The shorter rule for %1 applies to orders from %2; this order keeps %3.</source>
        <translation>La regla más corta para %1 se aplica a los pedidos desde el %2; este pedido mantiene %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="83" />
        <source>Your shop's policy extends the marketplace's %1 to %2.</source>
        <translation>La política de su tienda amplía el plazo del marketplace de %1 a %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="88" />
        <source>Bought between %1 and %2: the holiday return policy extends the deadline to %3.</source>
        <translation>Comprado entre el %1 y el %2: la política de devoluciones de Navidad amplía el plazo hasta el %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="96" />
        <source>The holiday return policy allows returns until %1, but the normal window ends later (%2).</source>
        <translation>La política de devoluciones de Navidad permite devolver hasta el %1, pero el plazo normal termina más tarde (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="105" />
        <source>Orders bought between %1 and %2 may be returned until %3; give the purchase date to check it.</source>
        <translation>Los pedidos comprados entre el %1 y el %2 pueden devolverse hasta el %3; indique la fecha de compra para comprobarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="114" />
        <source>Category %1 is often replacement only in this marketplace.</source>
        <translation>En este marketplace, la categoría %1 suele admitir solo sustitución.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="119" />
        <source>The statutory right to cancel (%1) runs until %2, later than the marketplace window, so it applies.</source>
        <translation>El derecho legal de desistimiento (%1) dura hasta el %2, más que el plazo del marketplace, así que es el que se aplica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="128" />
        <source>The statutory right to cancel (%1) ends on %2; the longer return window applies.</source>
        <translation>El derecho legal de desistimiento (%1) termina el %2; se aplica el plazo de devolución, que es más largo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="135" />
        <source>This figure is reported by third parties, not confirmed by the marketplace: check it before relying on it.</source>
        <translation>Este dato procede de terceros y el marketplace no lo ha confirmado: compruébelo antes de basarse en él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="142" />
        <source>Today is the last day to start a return.</source>
        <translation>Hoy es el último día para iniciar una devolución.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="143" />
        <source>%1 left to start a return.</source>
        <translation>Quedan %1 para iniciar una devolución.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="146" />
        <source>The return window closed on %1, %2 ago.</source>
        <translation>El plazo de devolución terminó el %1, hace %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="154" />
        <source>Reply to the buyer</source>
        <translation>Responder al comprador</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="155" />
        <source>Answer the return request</source>
        <translation>Responder a la solicitud de devolución</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="156" />
        <source>Refund the returned item</source>
        <translation>Reembolsar el artículo devuelto</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="157" />
        <source>Answer the A-to-z claim</source>
        <translation>Responder a la reclamación de la A a la Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="158" />
        <source>Answer the chargeback</source>
        <translation>Responder al contracargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="159" />
        <source>Solve it before an A-to-z claim is possible</source>
        <translation>Resolver antes de que se pueda abrir una reclamación de la A a la Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="167" />
        <source>%1 business days (weekends and holidays do not count)</source>
        <translation>%1 días hábiles (no cuentan fines de semana ni festivos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="178" />
        <source>%1, calendar time (weekends count)</source>
        <translation>%1, tiempo natural (cuentan los fines de semana)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="179" />
        <source>calendar days</source>
        <translation>días naturales</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="184" />
        <source>Shop owner or lead</source>
        <translation>Dueño de la tienda o responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="185" />
        <source>Marketplace seller support</source>
        <translation>Soporte para vendedores del marketplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="186" />
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="187" />
        <source>Supplier or factory</source>
        <translation>Proveedor o fábrica</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="193" />
        <source>Not escalated</source>
        <translation>Sin escalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="194" />
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="195" />
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="196" />
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="205" />
        <source>The buyer wrote %1 times in %2 with no answer</source>
        <translation>El comprador escribió %1 veces en %2 sin recibir respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="209" />
        <source>An A-to-z claim was filed</source>
        <translation>Se ha presentado una reclamación de la A a la Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="211" />
        <source>A-to-z risk: past the latest estimated delivery, the buyer can now claim</source>
        <translation>Riesgo de reclamación de la A a la Z: ya pasó la fecha de entrega prevista más tardía y el comprador puede reclamar</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="215" />
        <source>A chargeback was raised</source>
        <translation>Se ha abierto un contracargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="217" />
        <source>Negative feedback on the order</source>
        <translation>Comentario negativo sobre el pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="219" />
        <source>High-value order</source>
        <translation>Pedido de alto valor</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="221" />
        <source>The buyer mentions a safety problem (%1)</source>
        <translation>El comprador menciona un problema de seguridad (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="225" />
        <source>Escalated by an agent to %1: %2</source>
        <translation>Escalado por un agente a %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="226" />
        <source>Escalated by an agent: %1</source>
        <translation>Escalado por un agente: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="228" />
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="230" />
        <source>Due soon: %1</source>
        <translation>Vence pronto: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="237" />
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/policy_text.py" line="238" />
        <source>%1 overdue</source>
        <translation>%1 de retraso</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="59" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="62" />
        <source>Cases assigned to this name show in the Mine view</source>
        <translation>Los casos asignados a este nombre aparecen en la vista «Míos»</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="65" />
        <source>The system's language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="71" />
        <source>A new language applies the next time the workbench starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie el programa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="82" />
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="83" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>ReturnWindow</name>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="97" />
        <source>Return window</source>
        <translation>Plazo de devolución</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="115" />
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="124" />
        <source>last day today</source>
        <translation>hoy es el último día</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="126" />
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="129" />
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="134" />
        <source>Closed %1 ago</source>
        <translation>Cerrado hace %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="138" />
        <source>Last day to start a return: %1</source>
        <translation>Último día para iniciar una devolución: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="143" />
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="145" />
        <source>expected</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../../app/ui/return_window_box.py" line="154" />
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
</TS>
