<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="87"/>
        <source>Rewriting your cases in the compact format: %1 of %2 rows…</source>
        <translation>Reescribiendo sus casos en el formato compacto: %1 de %2 filas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="92"/>
        <source>Building the indexes…</source>
        <translation>Creando los índices…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="94"/>
        <source>Building the search index…</source>
        <translation>Creando el índice de búsqueda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="96"/>
        <source>Keeping the old file as a backup and finishing…</source>
        <translation>Guardando el archivo antiguo como copia de seguridad y terminando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="97"/>
        <source>Upgrading your data to this version of Support Workbench…
The old file is kept as a backup; this can take a few minutes.</source>
        <translation>Actualizando sus datos a esta versión de Support Workbench…
El archivo antiguo se guarda como copia de seguridad; puede tardar unos minutos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="130"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="218"/>
        <source>The database of this profile is damaged, so Workbench will not save anything to it: saving could spread the damage. You can still read your cases.</source>
        <translation>La base de datos de este perfil está dañada, así que Workbench no guardará nada en ella: guardar podría extender el daño. Puede seguir leyendo sus casos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="225"/>
        <source>Close Workbench, then run “workbench doctor” to see what is wrong, and “workbench backups restore” to put the latest backup back or “workbench salvage --out FOLDER” to copy what can still be read into a new profile.</source>
        <translation>Cierre Workbench y ejecute «workbench doctor» para ver qué falla, y «workbench backups restore» para recuperar la última copia de seguridad o «workbench salvage --out FOLDER» para copiar lo que aún se puede leer en un perfil nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="164"/>
        <location filename="../../app/ui/app.py" line="258"/>
        <source>Something went wrong. Your saved work is safe; details are in the log file.</source>
        <translation>Algo salió mal. Su trabajo guardado está a salvo; encontrará los detalles en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <location filename="../../app/ui/case/approval.py" line="86"/>
        <source>Sent anyway by %1, %2</source>
        <translation>Enviada de todos modos por %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="87"/>
        <source>an agent</source>
        <translation>un agente</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="95"/>
        <source>Blocked by: %1</source>
        <translation>Bloqueada por: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="97"/>
        <source>the compliance check</source>
        <translation>la comprobación de normas</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="103"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="112"/>
        <source>Approve and send</source>
        <translation>Aprobar y enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="114"/>
        <source>Return to the agent…</source>
        <translation>Devolver al agente…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="136"/>
        <source>Return the reply to the agent</source>
        <translation>Devolver la respuesta al agente</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="138"/>
        <source>The reply becomes a draft again, and your note goes into the case for the agent.</source>
        <translation>La respuesta vuelve a ser un borrador y su nota se añade al caso para el agente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="147"/>
        <source>What should the agent change?</source>
        <translation>¿Qué debe cambiar el agente?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="154"/>
        <source>Return to the agent</source>
        <translation>Devolver al agente</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="169"/>
        <source>Write a note for the agent first.</source>
        <translation>Escriba primero una nota para el agente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="260"/>
        <source>Approved: the reply goes on its way.</source>
        <translation>Aprobada: la respuesta se está enviando.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="262"/>
        <source>Returned to the agent as a draft, with your note.</source>
        <translation>Devuelta al agente como borrador, con su nota.</translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="39"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="45"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="93"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="70"/>
        <source>No customer recorded.</source>
        <translation>No hay ningún cliente registrado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="78"/>
        <source>Writes in %1</source>
        <translation>Escribe en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="90"/>
        <source>No order linked to this case.</source>
        <translation>No hay ningún pedido vinculado a este caso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="94"/>
        <source>Purchased</source>
        <translation>Fecha de compra</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="97"/>
        <source>Delivered</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="99"/>
        <source>Expected</source>
        <translation>Entrega prevista</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="111"/>
        <source>Fulfilment</source>
        <translation>Logística</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/sidebar.py" line="113"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/strip_tiles.py" line="76"/>
        <source>Added %1 by %2</source>
        <translation>Añadido el %1 por %2</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../app/ui/case/view.py" line="96"/>
        <source>Select a case on the left to see it here.</source>
        <translation>Seleccione un caso a la izquierda para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="141"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="143"/>
        <source>tags, separated by commas</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="154"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="155"/>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="156"/>
        <source>R&amp;eason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="157"/>
        <source>&amp;Assignee</source>
        <translation>A&amp;signado a</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="158"/>
        <source>&amp;Tags</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="161"/>
        <source>Log contact…</source>
        <translation>Registrar contacto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="163"/>
        <source>Record a phone call, chat, call-back or social contact</source>
        <translation>Registrar una llamada, un chat, una devolución de llamada o un contacto por redes sociales</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="206"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="208"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="209"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="311"/>
        <source>order %1</source>
        <translation>pedido %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="315"/>
        <source>opened %1</source>
        <translation>abierto el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/view.py" line="533"/>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="147"/>
        <source>Reply queued; the override is in the case history.</source>
        <translation>Respuesta en cola; el motivo para enviarla pese a la comprobación de normas consta en el historial del caso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="149"/>
        <source>Reply queued.</source>
        <translation>Respuesta en cola de envío.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="191"/>
        <source>The reply waits for the owner&apos;s approval; it is not sent yet.</source>
        <translation>La respuesta espera la aprobación del dueño; todavía no se ha enviado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="213"/>
        <source>Not marked as sent: the reply stays a draft and the buyer&apos;s clock keeps running.</source>
        <translation>No se marcó como enviada: la respuesta sigue siendo un borrador y el plazo de respuesta al comprador sigue corriendo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="226"/>
        <source>Reply marked as sent at %1.</source>
        <translation>Respuesta marcada como enviada el %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="239"/>
        <source>Reply taken back: it is a draft again.</source>
        <translation>Respuesta retirada: vuelve a ser un borrador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/reply_sending.py" line="248"/>
        <source>The reply is in the outbox again.</source>
        <translation>La respuesta vuelve a estar en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>ChangeBus</name>
    <message>
        <location filename="../../app/ui/core/bus.py" line="43"/>
        <source>Something went wrong and was not saved. Details are in the log file.</source>
        <translation>Algo salió mal y no se guardó. Encontrará los detalles en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="25"/>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="26"/>
        <source>E-mail addresses are not allowed in buyer messages: the conversation must stay in the marketplace&apos;s messaging.</source>
        <translation>No se permiten direcciones de correo electrónico en los mensajes a compradores: la conversación debe mantenerse en la mensajería del marketplace.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="33"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="34"/>
        <source>Phone numbers are not allowed in buyer messages; only a carrier&apos;s or manufacturer&apos;s warranty line may be given.</source>
        <translation>No se permiten números de teléfono en los mensajes a compradores; solo se puede indicar la línea de garantía de un transportista o fabricante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="41"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="42"/>
        <source>Links are allowed only when the buyer needs them for the order; this one leads somewhere else.</source>
        <translation>Los enlaces solo se permiten cuando el comprador los necesita para el pedido; este lleva a otro sitio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="49"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="50"/>
        <source>Buyer messages are plain text: HTML tags and entities are not allowed.</source>
        <translation>Los mensajes a compradores son texto sin formato: no se permiten etiquetas ni entidades HTML.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="56"/>
        <source>Messenger or social media</source>
        <translation>Mensajería o redes sociales</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="57"/>
        <source>Asking the buyer to talk on another channel (a messenger app, social media or a personal handle) is not allowed.</source>
        <translation>No se permite pedir al comprador que hable por otro canal (una aplicación de mensajería, redes sociales o un usuario personal).</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="64"/>
        <source>Outside the marketplace</source>
        <translation>Fuera del marketplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="65"/>
        <source>Asking the buyer to pay, be refunded or return the item outside the marketplace is not allowed.</source>
        <translation>No se permite pedir al comprador que pague, reciba un reembolso o devuelva el artículo fuera del marketplace.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="72"/>
        <source>Review incentive</source>
        <translation>Incentivo por reseñas</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="73"/>
        <source>Offering a refund, discount, gift or anything else in exchange for a review or feedback is not allowed.</source>
        <translation>No se permite ofrecer un reembolso, un descuento, un regalo ni nada a cambio de una reseña o valoración.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="80"/>
        <source>Asking for a good review</source>
        <translation>Pedir una buena reseña</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="81"/>
        <source>A review may only be asked for neutrally: asking for a positive or 5-star review, or only from satisfied buyers, is not allowed.</source>
        <translation>Solo se puede pedir una reseña de forma neutral: no se permite pedir una reseña positiva o de 5 estrellas, ni pedirla solo a compradores satisfechos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="88"/>
        <source>Asking to change a review</source>
        <translation>Pedir que se cambie una reseña</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="89"/>
        <source>Asking a buyer to change or remove a product review is not allowed (asking to remove seller feedback once the problem is solved is).</source>
        <translation>No se permite pedir a un comprador que cambie o elimine una reseña de producto (sí se puede pedir que elimine una valoración del vendedor una vez resuelto el problema).</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="96"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="97"/>
        <source>Marketing, coupons and promotions of other products are not allowed in buyer messages.</source>
        <translation>No se permiten marketing, cupones ni promociones de otros productos en los mensajes a compradores.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="104"/>
        <source>Emoji</source>
        <translation>Emojis</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="105"/>
        <source>The marketplace&apos;s guidelines do not allow emojis in buyer messages.</source>
        <translation>Las directrices del marketplace no permiten emojis en los mensajes a compradores.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="110"/>
        <source>No order id</source>
        <translation>Sin n.º de pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="111"/>
        <source>Messages should quote the order id, so the buyer and the marketplace can match them to the order.</source>
        <translation>Los mensajes deben indicar el número de pedido, para que el comprador y el marketplace puedan asociarlos al pedido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="118"/>
        <source>Too long</source>
        <translation>Demasiado largo</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="119"/>
        <source>The marketplace rejects messages longer than its limit; shorten it.</source>
        <translation>El marketplace rechaza los mensajes que superan su límite de longitud; acórtelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="125"/>
        <source>Not filled in</source>
        <translation>Sin completar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="126"/>
        <source>A template placeholder was not filled in; write the fact in, or the buyer reads the marker.</source>
        <translation>Un marcador de la plantilla no se ha completado; escriba el dato, o el comprador leerá el marcador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="133"/>
        <source>Thank you only</source>
        <translation>Solo agradecimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="134"/>
        <source>A message that only thanks the buyer or confirms the order is not allowed; say what the buyer needs to know, or send nothing.</source>
        <translation>No se permite un mensaje que solo agradece al comprador o confirma el pedido; indique lo que el comprador necesita saber o no envíe nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="141"/>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="142"/>
        <source>An empty message cannot be sent.</source>
        <translation>No se puede enviar un mensaje vacío.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="150"/>
        <source>Only a carrier&apos;s or manufacturer&apos;s warranty or service line may be given; check that this number is one.</source>
        <translation>Solo se puede indicar la línea de garantía o de servicio de un transportista o fabricante; compruebe que este número lo sea.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="156"/>
        <source>Links to the marketplace&apos;s own pages or a carrier&apos;s tracking page are allowed only if the buyer needs them for this order; check that they do.</source>
        <translation>Los enlaces a páginas del propio marketplace o a la página de seguimiento de un transportista solo se permiten si el comprador los necesita para este pedido; compruebe que sea así.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/compliance_text.py" line="196"/>
        <source>%1 characters; the marketplace accepts at most %2. Shorten it, or it will be rejected.</source>
        <translation>%1 caracteres; el marketplace acepta como máximo %2. Acórtelo o será rechazado.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="38"/>
        <source>The language the reply is in</source>
        <translation>Idioma de la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="40"/>
        <source>Reply &amp;in</source>
        <translation>Responder &amp;en</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="71"/>
        <source>Finding the buyer&apos;s language…</source>
        <translation>Detectando el idioma del comprador…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="76"/>
        <source>Buyer&apos;s language unknown — replies in English</source>
        <translation>Idioma del comprador desconocido: se responde en inglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="78"/>
        <source>Buyer writes %1 (detected)</source>
        <translation>El comprador escribe en %1 (detectado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="80"/>
        <source>Buyer writes %1 (from the customer record)</source>
        <translation>El comprador escribe en %1 (según la ficha del cliente)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="82"/>
        <source>Buyer writes %1 (from the case)</source>
        <translation>El comprador escribe en %1 (según el caso)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/reply_language.py" line="87"/>
        <source>The buyer&apos;s language could not be found: %1</source>
        <translation>No se pudo determinar el idioma del comprador: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="364"/>
        <source>Filling in the template…</source>
        <translation>Rellenando la plantilla…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="386"/>
        <source>Template inserted; Ctrl+Z brings back what you had written.</source>
        <translation>Plantilla insertada; Ctrl+Z recupera lo que había escrito.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="395"/>
        <source>The template could not be filled in: %1</source>
        <translation>No se pudo rellenar la plantilla: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="560"/>
        <source>Send the reply to the buyer; 10 s to undo (Ctrl+Enter)</source>
        <translation>Enviar la respuesta al comprador; 10 s para deshacer (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="562"/>
        <source>Copy and mark as sent</source>
        <translation>Copiar y marcar como enviada</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="563"/>
        <source>No mailbox is set up: copy the reply for Seller Central, then confirm you sent it there (Ctrl+Enter)</source>
        <translation>No hay buzón configurado: copie la respuesta para Seller Central y después confirme que la envió allí (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="48"/>
        <source>Fell back to %1: no %2 variant.</source>
        <translation>Se usó %1 en su lugar: no hay versión en %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="56"/>
        <source>Not known for this case, fill in by hand: %1</source>
        <translation>Desconocido para este caso, rellénelo a mano: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="63"/>
        <source>In %1 (for you)</source>
        <translation>En %1 (para usted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/filling.py" line="64"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="517"/>
        <source>Checking the reply before it goes out…</source>
        <translation>Comprobando la respuesta antes de enviarla…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="528"/>
        <source>Not sent. Fix the marked text.</source>
        <translation>No enviado. Corrija el texto marcado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="138"/>
        <source>Checking the reply…</source>
        <translation>Comprobando la respuesta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="142"/>
        <source>The reply could not be checked: %1</source>
        <translation>No se pudo comprobar la respuesta: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="161"/>
        <source>✓ Nothing the marketplace forbids.</source>
        <translation>✓ Nada que el marketplace prohíba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="164"/>
        <source>Not allowed by the marketplace: %1</source>
        <translation>No permitido por el marketplace: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="166"/>
        <source>warnings: %1</source>
        <translation>advertencias: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="171"/>
        <source>Warnings: %1 (they do not stop the reply)</source>
        <translation>Advertencias: %1 (no impiden enviar la respuesta)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="187"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="226"/>
        <source>Send despite the compliance check?</source>
        <translation>¿Enviar pese a la comprobación de normas?</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="229"/>
        <source>The marketplace does not allow what this reply contains. Sending it can get the shop&apos;s account warned or suspended.</source>
        <translation>El marketplace no permite lo que contiene esta respuesta. Enviarla puede hacer que la cuenta de la tienda reciba una advertencia o sea suspendida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="247"/>
        <source>Why this reply must go out as it is (required)</source>
        <translation>Por qué esta respuesta debe enviarse tal cual (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="255"/>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="263"/>
        <source>The shop&apos;s owner approves every reply sent anyway: this one waits for them, with your reason, and is not sent until they approve it. The buyer&apos;s clock keeps running.</source>
        <translation>El dueño de la tienda aprueba cada respuesta enviada de todos modos: esta espera su aprobación, con el motivo que usted indicó, y no se envía hasta que la apruebe. El plazo de respuesta al comprador sigue corriendo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="274"/>
        <source>Ask the owner to approve</source>
        <translation>Pedir la aprobación del dueño</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="278"/>
        <source>Reason for sending it anyway:</source>
        <translation>Motivo para enviarla de todos modos:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/check.py" line="290"/>
        <source>Say why it must go out as it is (at least %1 characters).</source>
        <translation>Indique por qué debe enviarse tal cual (al menos %1 caracteres).</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="72"/>
        <source>Find a template (Ctrl+T)</source>
        <translation>Buscar una plantilla (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="87"/>
        <source>Manage templates…</source>
        <translation>Gestionar plantillas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="100"/>
        <source>All templates</source>
        <translation>Todas las plantillas</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="101"/>
        <source>Back to the list of templates</source>
        <translation>Volver a la lista de plantillas</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="107"/>
        <source>This shows the template as picked, not your edits.</source>
        <translation>Aquí se muestra la plantilla tal como se eligió, sin sus cambios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="140"/>
        <source>Templates with problems (not offered): %1. See Manage templates…</source>
        <translation>Plantillas con problemas (no se ofrecen): %1. Consulte «Gestionar plantillas…».</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="152"/>
        <source>The templates could not be loaded: %1</source>
        <translation>No se pudieron cargar las plantillas: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="228"/>
        <source>Found, fitting this case</source>
        <translation>Encontradas, adecuadas para este caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="230"/>
        <source>Found</source>
        <translation>Encontradas</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="233"/>
        <source>No template matches “%1”.</source>
        <translation>Ninguna plantilla coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="241"/>
        <source>Suggested for this case</source>
        <translation>Sugeridas para este caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="242"/>
        <source>All other templates</source>
        <translation>Todas las demás plantillas</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="261"/>
        <source>%1 (shop)</source>
        <translation>%1 (tienda)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_picker.py" line="270"/>
        <source>No %1 version: the reply would be in %2.</source>
        <translation>No hay versión en %1: la respuesta sería en %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="41"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="43"/>
        <source>Take the reply back before it goes (Ctrl+Z in the editor)</source>
        <translation>Retirar la respuesta antes de que se envíe (Ctrl+Z en el editor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/outbox_bar.py" line="94"/>
        <source>Reply queued · sending in %1 s</source>
        <translation>Respuesta en cola · se envía en %1 s</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="17"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="18"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="19"/>
        <source>Call-back</source>
        <translation>Devolución de llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="20"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="21"/>
        <source>Other contact</source>
        <translation>Otro contacto</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="28"/>
        <source>incoming</source>
        <translation>entrante</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="29"/>
        <source>outgoing</source>
        <translation>saliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="36"/>
        <source>Incoming: the buyer contacted us</source>
        <translation>Entrante: el comprador nos contactó</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="37"/>
        <source>Outgoing: we contacted the buyer</source>
        <translation>Saliente: contactamos al comprador</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="42"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="76"/>
        <location filename="../../app/ui/dialogs/contact_log.py" line="105"/>
        <source>Log contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="96"/>
        <source>Not noted</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="98"/>
        <source>What was said and agreed</source>
        <translation>Qué se habló y qué se acordó</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="110"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="111"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="112"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="113"/>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="114"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="143"/>
        <source>The contact time is in the future; give when it happened.</source>
        <translation>La hora del contacto está en el futuro; indique cuándo tuvo lugar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="149"/>
        <source>Write a short summary of the contact.</source>
        <translation>Escriba un breve resumen del contacto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="202"/>
        <source>Contact logged.</source>
        <translation>Contacto registrado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/contact_log.py" line="214"/>
        <source>The contact could not be saved. Details are in the log file.</source>
        <translation>No se pudo guardar el contacto. Encontrará los detalles en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="61"/>
        <source>Draft — not sent</source>
        <translation>Borrador: no enviada</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="66"/>
        <source>Queued · sending in %1 s</source>
        <translation>En cola · se envía en %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="71"/>
        <source>Waiting to retry (attempt %1, next at %2): %3</source>
        <translation>Esperando para reintentar (intento %1, próximo: %2): %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="74"/>
        <source>no answer from the server</source>
        <translation>sin respuesta del servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="77"/>
        <source>Queued · waiting to be sent</source>
        <translation>En cola · esperando el envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="81"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="84"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="85"/>
        <source>Sent %1</source>
        <translation>Enviada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="89"/>
        <source>the workbench stopped while handing it to the mail server, so it may have been sent. Check your sent mail, then Mark as sent or Retry.</source>
        <translation>el programa se detuvo mientras entregaba la respuesta al servidor de correo, así que puede que se haya enviado. Revise su correo enviado y luego elija «Marcar como enviada» o «Reintentar».</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="95"/>
        <source>the server gave no reason</source>
        <translation>el servidor no indicó el motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="96"/>
        <source>Failed: %1</source>
        <translation>Error al enviar: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="103"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="104"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="105"/>
        <source>Mark as sent…</source>
        <translation>Marcar como enviada…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="142"/>
        <source>quoted text hidden</source>
        <translation>texto citado oculto</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="146"/>
        <source>unknown character set: some characters may be wrong</source>
        <translation>juego de caracteres desconocido: algunos caracteres pueden ser incorrectos</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="150"/>
        <source>HTML mail shown as text</source>
        <translation>correo HTML mostrado como texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="154"/>
        <source>long mail shortened: the full text is in the original</source>
        <translation>correo largo acortado: el texto completo está en el original</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="173"/>
        <source>damaged mail: parts of it may be missing</source>
        <translation>correo dañado: pueden faltar partes</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="177"/>
        <source>too many attachments: some were not kept</source>
        <translation>demasiados adjuntos: algunos no se guardaron</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="179"/>
        <source>the mail had no text</source>
        <translation>el correo no tenía texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="183"/>
        <source>attachment refused: %1</source>
        <translation>adjunto rechazado: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/conversation.py" line="266"/>
        <source>No messages yet.</source>
        <translation>Aún no hay mensajes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="142"/>
        <source>Write a reply to the customer, or an internal note for the team…</source>
        <translation>Escriba una respuesta al cliente o una nota interna para el equipo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="559"/>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="177"/>
        <source>Add internal note</source>
        <translation>Añadir nota interna</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="179"/>
        <source>Only your team sees notes (Ctrl+Shift+Enter)</source>
        <translation>Solo su equipo ve las notas (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="507"/>
        <location filename="../../app/ui/composer/panel.py" line="546"/>
        <source>Write something first.</source>
        <translation>Escriba algo primero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="596"/>
        <source>Writing an internal note</source>
        <translation>Escribiendo una nota interna</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="598"/>
        <source>Writing a reply</source>
        <translation>Escribiendo una respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/approval.py" line="82"/>
        <location filename="../../app/ui/case/conversation.py" line="79"/>
        <source>Waiting for the owner&apos;s approval</source>
        <translation>Esperando la aprobación del dueño</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="62"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="63"/>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="64"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="65"/>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="74"/>
        <source>Escalate the case</source>
        <translation>Escalar el caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="84"/>
        <source>Why, and what you expect from them (required)</source>
        <translation>Por qué y qué espera que hagan (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="88"/>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="94"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="95"/>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="96"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="104"/>
        <source>Say why you escalate it.</source>
        <translation>Indique por qué lo escala.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="141"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="142"/>
        <source>Due</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="143"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="144"/>
        <source>How it counts</source>
        <translation>Cómo se cuenta</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="147"/>
        <source>Escalate…</source>
        <translation>Escalar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="149"/>
        <source>Take back my escalation</source>
        <translation>Retirar mi escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="151"/>
        <source>No reply needed</source>
        <translation>No requiere respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="153"/>
        <source>The buyer&apos;s last messages need no answer (e.g. a thank-you): stop the reply clock</source>
        <translation>Los últimos mensajes del comprador no necesitan respuesta (p. ej., un agradecimiento): detener el plazo de respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="159"/>
        <source>Record…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="161"/>
        <source>Record what the marketplace reports about the order, as of now</source>
        <translation>Registrar lo que informa el marketplace sobre el pedido, con fecha de ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="166"/>
        <source>The buyer asked to return it</source>
        <translation>El comprador solicitó la devolución</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="167"/>
        <source>The returned item arrived</source>
        <translation>El artículo devuelto ha llegado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="168"/>
        <source>Refund issued</source>
        <translation>Reembolso emitido</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="169"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="170"/>
        <source>A-to-z claim filed</source>
        <translation>Reclamación de la A a la Z presentada</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="171"/>
        <source>Chargeback raised</source>
        <translation>Contracargo iniciado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="172"/>
        <source>Negative feedback left</source>
        <translation>Valoración negativa recibida</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="191"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="192"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="193"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="201"/>
        <source>Escalation history</source>
        <translation>Historial de escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="216"/>
        <source>Reason changed</source>
        <translation>Motivo modificado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="222"/>
        <source>Workbench (automatic)</source>
        <translation>Workbench (automático)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/panel.py" line="251"/>
        <source>Nothing needs escalating.</source>
        <translation>No hay nada que escalar.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="17"/>
        <source>Photo of the defect or the difference</source>
        <translation>Foto del defecto o de la diferencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="18"/>
        <source>Photo of the label or model number</source>
        <translation>Foto de la etiqueta o del número de modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="19"/>
        <source>Order or receipt</source>
        <translation>Pedido o recibo</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="20"/>
        <source>Photo with a measuring tape or of the size label</source>
        <translation>Foto con cinta métrica o de la etiqueta de talla</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="21"/>
        <source>Photo of the parcel</source>
        <translation>Foto del paquete</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="22"/>
        <source>Photo of the item</source>
        <translation>Foto del artículo</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="23"/>
        <source>Shipping label</source>
        <translation>Etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="24"/>
        <source>Carrier tracking page or screenshot</source>
        <translation>Página de seguimiento del transportista o captura de pantalla</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="25"/>
        <source>Delivery photo, if any</source>
        <translation>Foto de la entrega, si la hay</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="26"/>
        <source>Return tracking</source>
        <translation>Seguimiento de la devolución</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="27"/>
        <source>Receipt of the returned item</source>
        <translation>Justificante de recepción del artículo devuelto</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="119"/>
        <location filename="../../app/ui/evidence/panel.py" line="453"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="121"/>
        <source>Add photos, screenshots or PDF receipts (or drop them here)</source>
        <translation>Añadir fotos, capturas de pantalla o recibos en PDF (o soltarlos aquí)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="125"/>
        <location filename="../../app/ui/evidence/panel.py" line="454"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="127"/>
        <source>Add the picture or files on the clipboard (Ctrl+Shift+V)</source>
        <translation>Añadir la imagen o los archivos del portapapeles (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="131"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="133"/>
        <source>Save the files and a manifest as one zip for a claim</source>
        <translation>Guardar los archivos y un manifiesto en un único zip para una reclamación</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="148"/>
        <source>No files yet. Drop photos, screenshots or receipts here.</source>
        <translation>Aún no hay archivos. Suelte aquí fotos, capturas de pantalla o recibos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="156"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_notice.py" line="28"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_notice.py" line="32"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="38"/>
        <source>No evidence checklist for this kind of case.</source>
        <translation>No hay lista de pruebas para este tipo de caso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="40"/>
        <source>Checklist: %1 of %2 collected</source>
        <translation>Lista de pruebas: %1 de %2 reunidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel_checklist.py" line="47"/>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/strip_tiles.py" line="82"/>
        <source>Over the marketplace&apos;s 10 MB limit for attachments.</source>
        <translation>Supera el límite de 10 MB del marketplace para archivos adjuntos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="225"/>
        <source>Add evidence</source>
        <translation>Añadir pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="227"/>
        <source>Photos, screenshots and documents</source>
        <translation>Fotos, capturas de pantalla y documentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="229"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="241"/>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>El portapapeles no contiene ninguna imagen ni archivo que añadir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="252"/>
        <source>Only files on this computer can be added. Save the picture first, then add the saved file.</source>
        <translation>Solo se pueden añadir archivos de este equipo. Guarde primero la imagen y luego añada el archivo guardado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="271"/>
        <source>The picture could not be saved: %1</source>
        <translation>No se pudo guardar la imagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="326"/>
        <source>Files are still being added; wait for them to finish.</source>
        <translation>Todavía se están añadiendo archivos; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="328"/>
        <source>The evidence is being exported; wait for it to finish.</source>
        <translation>Se están exportando las pruebas; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="95"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="99"/>
        <source>These files are programs: %1. Workbench can keep them as evidence but never runs them. Opening a program from a customer can harm this computer.</source>
        <translation>Estos archivos son programas: %1. Workbench puede guardarlos como pruebas, pero nunca los ejecuta. Abrir un programa de un cliente puede dañar este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="107"/>
        <source>Keep them as evidence</source>
        <translation>Guardarlos como pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/intake.py" line="108"/>
        <source>Leave them out</source>
        <translation>Omitirlos</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="350"/>
        <source>Adding files…</source>
        <translation>Añadiendo archivos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="368"/>
        <source>Added %1 of %2: %3</source>
        <translation>Añadidos %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="370"/>
        <source>Exported %1 of %2: %3</source>
        <translation>Exportados %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="379"/>
        <source>Stopping after this file…</source>
        <translation>Se detendrá después de este archivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="393"/>
        <source>Case %1: %2</source>
        <translation>Caso %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="403"/>
        <source>Added %1 file(s).</source>
        <translation>Archivos añadidos: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="411"/>
        <source>Stopped: %1 file(s) were not added.</source>
        <translation>Detenido; archivos no añadidos: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="431"/>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Algo salió mal; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="461"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="462"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="469"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="471"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="520"/>
        <source>Removed %1.</source>
        <translation>Se quitó: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="549"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="559"/>
        <source>Saved a copy as %1.</source>
        <translation>Copia guardada como %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="575"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panel.py" line="584"/>
        <source>Exported %1 file(s) to %2.</source>
        <translation>Exportado a %2 (archivos: %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="43"/>
        <location filename="../../app/ui/evidence/export_dialog.py" line="123"/>
        <location filename="../../app/ui/evidence/export_dialog.py" line="133"/>
        <source>Export evidence</source>
        <translation>Exportar pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="52"/>
        <source>Keep the location (GPS) in photos</source>
        <translation>Conservar la ubicación (GPS) de las fotos</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="56"/>
        <source>The zip holds every file and a manifest (kind, caption, SHA-256, size, who added it and when). Photos lose their location unless you keep it.</source>
        <translation>El zip contiene todos los archivos y un manifiesto (tipo, descripción, SHA-256, tamaño, quién lo añadió y cuándo). Las fotos pierden su ubicación, salvo que decida conservarla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="65"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="74"/>
        <source>Save the bundle as:</source>
        <translation>Guardar el paquete como:</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="107"/>
        <source>This is inside the profile folder; saving there could destroy the profile. Choose a place outside it.</source>
        <translation>Esto está dentro de la carpeta del perfil; guardar ahí podría destruir el perfil. Elija un lugar fuera de ella.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="113"/>
        <source>This is not a regular file (a link, a pipe or a device); choose another name.</source>
        <translation>Esto no es un archivo normal (un enlace, una tubería o un dispositivo); elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/export_dialog.py" line="124"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="314"/>
        <source>This file cannot be previewed</source>
        <translation>No se puede previsualizar este archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="322"/>
        <location filename="../../app/ui/evidence/viewer.py" line="202"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/panes.py" line="324"/>
        <source>Open with another program…</source>
        <translation>Abrir con otro programa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="102"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="53"/>
        <source>Describe what this file shows</source>
        <translation>Describa lo que muestra este archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="61"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="62"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="167"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="170"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="173"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="176"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="178"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="179"/>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="181"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="184"/>
        <source>Rotate left</source>
        <translation>Girar a la izquierda</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="187"/>
        <source>Rotate right</source>
        <translation>Girar a la derecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="190"/>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="193"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="196"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="199"/>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="34"/>
        <source>It is %1, which this viewer does not show.</source>
        <translation>Es %1, que este visor no muestra.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="321"/>
        <source>Evidence: %1</source>
        <translation>Prueba: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="96"/>
        <source>Added %1 by %2</source>
        <translation>Añadido el %1 por %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="98"/>
        <source>Added %1</source>
        <translation>Añadido el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_header.py" line="102"/>
        <source>Taken %1</source>
        <translation>Tomada el %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="371"/>
        <source>Shown smaller than its %1 × %2 pixels.</source>
        <translation>Se muestra más pequeña que su tamaño real de %1 × %2 píxeles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="57"/>
        <source>The image is %1 × %2 pixels, too large to show safely.</source>
        <translation>La imagen mide %1 × %2 píxeles: es demasiado grande para mostrarla de forma segura.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="61"/>
        <source>The image could not be read: it is damaged, or in a format not supported here.</source>
        <translation>No se pudo leer la imagen: está dañada o tiene un formato no admitido aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="426"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="446"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="473"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="478"/>
        <source>Saving a copy…</source>
        <translation>Guardando una copia…</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="490"/>
        <source>Saved a copy as %1</source>
        <translation>Copia guardada como %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer.py" line="498"/>
        <source>The copy could not be made: %1</source>
        <translation>No se pudo hacer la copia: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="46"/>
        <source>Open with another program</source>
        <translation>Abrir con otro programa</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="47"/>
        <source>Open “%1” with another program?</source>
        <translation>¿Abrir «%1» con otro programa?</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="50"/>
        <source>This file is a program. Running it can harm this computer and the data on it: files from customers can carry viruses. Open it only if you are certain it is safe.</source>
        <translation>Este archivo es un programa. Ejecutarlo puede dañar este equipo y los datos que contiene: los archivos de clientes pueden llevar virus. Ábralo solo si tiene la certeza de que no es peligroso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="57"/>
        <source>A copy of the file is opened; the case keeps the original. Open files from customers only if you trust them.</source>
        <translation>Se abre una copia del archivo; el caso conserva el original. Abra archivos de clientes solo si confía en ellos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_opening.py" line="63"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="21"/>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="22"/>
        <source>a zip archive</source>
        <translation>un archivo zip</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="23"/>
        <source>a Windows program</source>
        <translation>un programa de Windows</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="24"/>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="25"/>
        <source>a file of unknown type</source>
        <translation>un archivo de tipo desconocido</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="28"/>
        <source>a file of type %1</source>
        <translation>un archivo de tipo %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="43"/>
        <source>The PDF is protected with a password.</source>
        <translation>El PDF está protegido con contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="45"/>
        <source>The PDF uses a kind of protection this viewer does not support.</source>
        <translation>El PDF usa un tipo de protección que este visor no admite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="48"/>
        <source>The PDF could not be read: it is damaged, or not a PDF.</source>
        <translation>No se pudo leer el PDF: está dañado o no es un PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/evidence/viewer_texts.py" line="13"/>
        <source>The file is not on this computer yet; it may still be syncing.</source>
        <translation>El archivo aún no está en este equipo; puede que todavía se esté sincronizando.</translation>
    </message>
</context>
<context>
    <name>FetchStatus</name>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="21"/>
        <source>wrong user name or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="22"/>
        <source>server not found</source>
        <translation>servidor no encontrado</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="23"/>
        <source>no secure connection</source>
        <translation>no hay conexión segura</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="24"/>
        <source>folder not found</source>
        <translation>carpeta no encontrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="25"/>
        <source>the server answered wrongly</source>
        <translation>el servidor respondió de forma incorrecta</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="26"/>
        <source>no password stored</source>
        <translation>no hay contraseña guardada</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="27"/>
        <source>the mail could not be stored</source>
        <translation>no se pudo guardar el correo</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="28"/>
        <source>cannot be reached</source>
        <translation>no se puede conectar con el servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="29"/>
        <source>no answer (timed out)</source>
        <translation>sin respuesta (tiempo agotado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="30"/>
        <source>the connection broke</source>
        <translation>se cortó la conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="32"/>
        <source>an internal error</source>
        <translation>un error interno</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="38"/>
        <source>Mail last fetched %1</source>
        <translation>Correo consultado por última vez: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="40"/>
        <location filename="../../app/ui/mail/fetch_status.py" line="72"/>
        <source>Mail not fetched yet</source>
        <translation>Correo aún no consultado</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="44"/>
        <source>No mailbox set up</source>
        <translation>Sin buzón configurado</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="45"/>
        <source>Add your mailbox in Preferences &gt; Mail to fetch mail.</source>
        <translation>Añada su buzón en Preferencias &gt; Correo para recibir correo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="51"/>
        <source>Fetching mail… %1 of %2</source>
        <translation>Recibiendo correo… %1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="56"/>
        <source>Fetching mail…</source>
        <translation>Recibiendo correo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="59"/>
        <source>The mail server cannot be reached now.</source>
        <translation>Ahora no se puede conectar con el servidor de correo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="62"/>
        <source>Next try at %1</source>
        <translation>Próximo intento: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="64"/>
        <source>Mail: offline</source>
        <translation>Correo: sin conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="67"/>
        <source>Mail failed: %1</source>
        <translation>Error al recibir correo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetch_status.py" line="74"/>
        <source>Mail fetched %1</source>
        <translation>Correo recibido: %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/case/history.py" line="36"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="45"/>
        <source>Case created</source>
        <translation>Caso creado</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="52"/>
        <source>Case changed</source>
        <translation>Caso modificado</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="54"/>
        <source>Case deleted</source>
        <translation>Caso eliminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="60"/>
        <source>Sent despite the compliance check (%1): %2</source>
        <translation>Enviada pese a la comprobación de normas (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="67"/>
        <source>Draft reply replaced by a newer version</source>
        <translation>Borrador de respuesta sustituido por una versión más reciente</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="71"/>
        <source>Message from the customer</source>
        <translation>Mensaje del cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="73"/>
        <source>Internal note written</source>
        <translation>Nota interna escrita</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="76"/>
        <source>Draft reply saved</source>
        <translation>Borrador de respuesta guardado</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="78"/>
        <source>Reply sent anyway, held for the owner&apos;s approval</source>
        <translation>Respuesta enviada de todos modos, retenida hasta la aprobación del dueño</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="79"/>
        <source>Reply written</source>
        <translation>Respuesta escrita</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="101"/>
        <source>Approved by the owner</source>
        <translation>Aprobada por el dueño</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="102"/>
        <source>Approved by %1</source>
        <translation>Aprobada por %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="105"/>
        <source>Returned to the agent</source>
        <translation>Devuelta al agente</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="106"/>
        <source>Returned to the agent: %1</source>
        <translation>Devuelta al agente: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="127"/>
        <source>File added: %1</source>
        <translation>Archivo añadido: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="85"/>
        <source>Tag removed: %1</source>
        <translation>Etiqueta eliminada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="86"/>
        <source>Tag added: %1</source>
        <translation>Etiqueta añadida: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="130"/>
        <source>File removed: %1</source>
        <translation>Archivo quitado: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="132"/>
        <source>File put back: %1</source>
        <translation>Archivo restaurado: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="138"/>
        <source>kind %1 → %2</source>
        <translation>tipo %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="144"/>
        <source>caption “%1”</source>
        <translation>descripción «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="145"/>
        <source>File %1: %2</source>
        <translation>Archivo %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="155"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="156"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/history.py" line="157"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="59"/>
        <source>Logged a phone call (%1)</source>
        <translation>Llamada telefónica registrada (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="60"/>
        <source>Logged a chat (%1)</source>
        <translation>Chat registrado (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="61"/>
        <source>Logged a call-back (%1)</source>
        <translation>Devolución de llamada registrada (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="62"/>
        <source>Logged a social media contact (%1)</source>
        <translation>Contacto por redes sociales registrado (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="63"/>
        <source>Logged a contact (%1)</source>
        <translation>Contacto registrado (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="69"/>
        <source>Removed a logged contact: %1</source>
        <translation>Contacto registrado eliminado: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case/contact_text.py" line="75"/>
        <source>Corrected a logged contact: %1</source>
        <translation>Contacto registrado corregido: %1</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="439"/>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="441"/>
        <source>Waiting for our answer</source>
        <translation>Pendiente de nuestra respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="88"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="89"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="90"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="91"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="92"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="93"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="94"/>
        <source>Lang.</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="95"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="96"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="97"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="98"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/model.py" line="447"/>
        <source>Evidence checklist: %1 of %2 collected</source>
        <translation>Lista de pruebas: %1 de %2 reunidas</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="38"/>
        <source>All open</source>
        <translation>Todos los abiertos</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="39"/>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="40"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="41"/>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="42"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="43"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="44"/>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="45"/>
        <source>Escalated</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="74"/>
        <source>Search cases…  (e.g. belt  status:open  lang:ko)</source>
        <translation>Buscar casos…  (p. ej., cinturón  status:open  lang:ko)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="77"/>
        <source>Type any part of a subject, message, customer or order id.
Filters: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered  is:held</source>
        <translation>Escriba cualquier parte del asunto, de un mensaje, del cliente o del número de pedido.
Filtros: status:open|waiting|done  reason:defective  lang:ko  priority:high
marketplace:amazon.de  order:123-  tag:vip  assignee:me  is:escalated  is:unanswered  is:held</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="201"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="206"/>
        <source>No case matches this search.</source>
        <translation>Ningún caso coincide con esta búsqueda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="208"/>
        <source>No cases in this view.</source>
        <translation>No hay casos en esta vista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="210"/>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/inbox/panel.py" line="213"/>
        <source>%1 cases</source>
        <translation>%1 casos</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/core/labels.py" line="10"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="11"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="12"/>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="13"/>
        <source>Waiting on third party</source>
        <translation>Esperando a terceros</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="14"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="15"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="21"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="22"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="23"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="24"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="30"/>
        <source>Wrong size</source>
        <translation>Talla incorrecta</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="31"/>
        <source>Not as described</source>
        <translation>No coincide con la descripción</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="32"/>
        <source>Defective</source>
        <translation>Defectuoso</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="33"/>
        <source>Damaged in transit</source>
        <translation>Dañado durante el envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="34"/>
        <source>Missing parts</source>
        <translation>Faltan piezas</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="35"/>
        <source>Not received</source>
        <translation>No recibido</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="36"/>
        <source>Late delivery</source>
        <translation>Entrega con retraso</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="37"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="38"/>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="39"/>
        <source>Exchange</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="40"/>
        <source>Account access</source>
        <translation>Acceso a la cuenta</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="41"/>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="42"/>
        <location filename="../../app/ui/core/labels.py" line="72"/>
        <location filename="../../app/ui/core/labels.py" line="85"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="48"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="49"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="50"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="56"/>
        <source>Draft, not sent</source>
        <translation>Borrador, no enviado</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="57"/>
        <source>In the outbox</source>
        <translation>En la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="58"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="59"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="60"/>
        <source>Sending failed</source>
        <translation>Error al enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="61"/>
        <source>Waiting for the owner&apos;s approval</source>
        <translation>Esperando la aprobación del dueño</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="67"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="68"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="69"/>
        <source>Shipping label</source>
        <translation>Etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="70"/>
        <source>Screenshot</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="71"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="78"/>
        <source>Marketplace message</source>
        <translation>Mensaje del marketplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="79"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="80"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="81"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="82"/>
        <source>Callback</source>
        <translation>Devolución de llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="83"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="84"/>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="91"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="92"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="93"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="94"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="95"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="96"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="97"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="98"/>
        <source>Escalation level</source>
        <translation>Nivel de escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="99"/>
        <source>Escalation reason</source>
        <translation>Motivo del escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="100"/>
        <source>Agent&apos;s escalation</source>
        <translation>Escalado del agente</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="101"/>
        <source>Agent&apos;s reason</source>
        <translation>Motivo del agente</translation>
    </message>
    <message>
        <location filename="../../app/ui/core/labels.py" line="102"/>
        <source>Escalated to</source>
        <translation>Escalado a</translation>
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
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="92"/>
        <source>The address registered with the marketplace for buyer messages; replies from any other address are rejected.</source>
        <translation>La dirección registrada en el marketplace para los mensajes de compradores; las respuestas desde cualquier otra dirección se rechazan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="101"/>
        <source>The password is stored in the system keyring, never in a file. It is not shown again; type a new one to replace it.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en un archivo. No se vuelve a mostrar; escriba una nueva para sustituirla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="110"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="122"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Servidor de correo entrante (IMAP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="123"/>
        <source>Outgoing mail (SMTP)</source>
        <translation>Servidor de correo saliente (SMTP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="124"/>
        <source>Security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="125"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="126"/>
        <source>Your registered address</source>
        <translation>Su dirección registrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="127"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="143"/>
        <source>Default port</source>
        <translation>Puerto predeterminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="160"/>
        <location filename="../../app/ui/dialogs/mail_account.py" line="217"/>
        <source>Stored in the system keyring</source>
        <translation>Guardada en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="162"/>
        <source>Not stored yet</source>
        <translation>Aún no guardada</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="234"/>
        <source>Fill in the servers first.</source>
        <translation>Primero indique los servidores.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="237"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="246"/>
        <source>Connected: mail can be fetched and replies sent.</source>
        <translation>Conectado: se puede recibir correo y enviar respuestas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="251"/>
        <source>Fetching (IMAP): %1</source>
        <translation>Recepción (IMAP): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="252"/>
        <source>Sending (SMTP): %1</source>
        <translation>Envío (SMTP): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="261"/>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/mail_account.py" line="262"/>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>MailFetcher</name>
    <message>
        <location filename="../../app/ui/mail/fetcher.py" line="130"/>
        <source>&amp;Fetch mail</source>
        <translation>&amp;Recibir correo</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/fetcher.py" line="132"/>
        <source>Fetch new mail from your mailbox now</source>
        <translation>Recibir ahora el correo nuevo de su buzón</translation>
    </message>
</context>
<context>
    <name>MailHub</name>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="67"/>
        <source>&amp;Send waiting replies now</source>
        <translation>&amp;Enviar ahora las respuestas en espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="73"/>
        <source>&amp;Import mail…</source>
        <translation>&amp;Importar correo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/hub.py" line="77"/>
        <source>Import &amp;order report…</source>
        <translation>Importar inf&amp;orme de pedidos…</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="101"/>
        <location filename="../../app/ui/mail/import_dialog.py" line="192"/>
        <source>Import mail</source>
        <translation>Importar correo</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="105"/>
        <source>Import .eml files, mbox files and Maildir folders. Each message goes to its case; messages already stored are skipped.</source>
        <translation>Importe archivos .eml, archivos mbox y carpetas Maildir. Cada mensaje va a su caso; los mensajes ya guardados se omiten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="115"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="117"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="142"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="147"/>
        <location filename="../../app/ui/mail/import_dialog.py" line="250"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="194"/>
        <source>Mail files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Archivos de correo (*.eml *.mbox *.mbx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="200"/>
        <source>Choose a Maildir or a folder of mail</source>
        <translation>Elija un Maildir o una carpeta de correo</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="217"/>
        <source>Reading the mail…</source>
        <translation>Leyendo el correo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="234"/>
        <source>Stopping after the current batch…</source>
        <translation>Se detendrá después del lote actual…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="250"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="258"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="276"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelado; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="284"/>
        <source>The import failed; details are in the log file.</source>
        <translation>La importación falló; encontrará los detalles en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="292"/>
        <source>Imported: %1 · New cases: %2 · Already stored: %3 · Attachments as evidence: %4 · Refused: %5</source>
        <translation>Importados: %1 · Casos nuevos: %2 · Ya guardados: %3 · Adjuntos como pruebas: %4 · Rechazados: %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="308"/>
        <source>Import cancelled. What was imported stays; import the same files again to finish (nothing is stored twice).</source>
        <translation>Importación cancelada. Lo importado se conserva; importe de nuevo los mismos archivos para terminar (nada se guarda dos veces).</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="316"/>
        <source>The import stopped: %1</source>
        <translation>La importación se detuvo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="328"/>
        <source>Attachment %1 not kept: %2</source>
        <translation>Adjunto %1 no guardado: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/import_dialog.py" line="338"/>
        <source>%1, message %2</source>
        <translation>%1, mensaje %2</translation>
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
        <translation>Abriendo sus casos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188"/>
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>&amp;Log contact…</source>
        <translation>Registrar &amp;contacto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>Ne&amp;xt case</source>
        <translation>Caso si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>&amp;Previous case</source>
        <translation>Caso &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Add &amp;evidence files…</source>
        <translation>Añadir archivos como &amp;prueba…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Paste as e&amp;vidence</source>
        <translation>Pegar como pr&amp;ueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>Expor&amp;t evidence…</source>
        <translation>E&amp;xportar pruebas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>Set &amp;status</source>
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262"/>
        <source>&amp;About Support Workbench</source>
        <translation>&amp;Acerca de Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Next case</source>
        <translation>Caso siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>Previous case</source>
        <translation>Caso anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Write a reply</source>
        <translation>Escribir una respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>Write an internal note</source>
        <translation>Escribir una nota interna</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>Find a reply template</source>
        <translation>Buscar una plantilla de respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>Add the note</source>
        <translation>Añadir la nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>Switch inbox view</source>
        <translation>Cambiar la vista de la bandeja</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Set status: open / waiting / resolved</source>
        <translation>Cambiar estado: abierto / en espera / resuelto</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>Add evidence files</source>
        <translation>Añadir archivos como prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="286"/>
        <source>Paste a picture or files as evidence</source>
        <translation>Pegar una imagen o archivos como prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>Export the case&apos;s evidence</source>
        <translation>Exportar las pruebas del caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>Log a phone call, chat or other contact</source>
        <translation>Registrar una llamada, un chat u otro contacto</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289"/>
        <source>Fetch mail</source>
        <translation>Recibir correo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="290"/>
        <source>Send waiting replies now</source>
        <translation>Enviar ahora las respuestas en espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>Import mail</source>
        <translation>Importar correo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Import an order report</source>
        <translation>Importar un informe de pedidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293"/>
        <source>Sync with your team now</source>
        <translation>Sincronizar ahora con su equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>Case %1 created.</source>
        <translation>Caso %1 creado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Open a case first.</source>
        <translation>Abra primero un caso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358"/>
        <source>About Support Workbench</source>
        <translation>Acerca de Support Workbench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Support Workbench %1
Profile: %2</source>
        <translation>Support Workbench %1
Perfil: %2</translation>
    </message>
</context>
<context>
    <name>MarkSent</name>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="54"/>
        <source>Mark the reply as sent</source>
        <translation>Marcar la respuesta como enviada</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="58"/>
        <source>The reply is on the clipboard. Paste it into the buyer&apos;s conversation in Seller Central and send it there, then confirm here when it went.</source>
        <translation>La respuesta está en el portapapeles. Péguela en la conversación con el comprador en Seller Central y envíela allí; después confirme aquí cuándo se envió.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="64"/>
        <source>Confirm when you sent this reply in Seller Central.</source>
        <translation>Confirme cuándo envió esta respuesta en Seller Central.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="72"/>
        <source>Until you confirm, the reply stays a draft and the buyer&apos;s clock keeps running.</source>
        <translation>Hasta que lo confirme, la respuesta sigue siendo un borrador y el plazo de respuesta al comprador sigue corriendo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="91"/>
        <source>Sent &amp;at:</source>
        <translation>Fecha de en&amp;vío:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="92"/>
        <source>&amp;Copy the reply again</source>
        <translation>&amp;Copiar de nuevo la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="96"/>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marcar como enviada</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/mark_sent.py" line="116"/>
        <source>That time is still to come: say when you sent it.</source>
        <translation>Esa hora aún no ha llegado: indique cuándo la envió.</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="30"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="34"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="48"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="52"/>
        <source>What the buyer said</source>
        <translation>Lo que dijo el comprador</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="59"/>
        <source>Create case</source>
        <translation>Crear caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="63"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="64"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="65"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="66"/>
        <source>Order id</source>
        <translation>N.º de pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="67"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="68"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="69"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="70"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_case.py" line="79"/>
        <source>Give the case a subject.</source>
        <translation>Indique un asunto para el caso.</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="39"/>
        <location filename="../../app/ui/dialogs/order_import.py" line="69"/>
        <source>Import an order report</source>
        <translation>Importar un informe de pedidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="43"/>
        <source>Order reports (*.txt *.tsv *.csv *.tab);;All files (*)</source>
        <translation>Informes de pedidos (*.txt *.tsv *.csv *.tab);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="74"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="107"/>
        <source>%1 of %2 orders</source>
        <translation>%1 de %2 pedidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="121"/>
        <source>Amazon Fulfilled Shipments report</source>
        <translation>Informe «Amazon Fulfilled Shipments»</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="123"/>
        <source>All Orders report</source>
        <translation>Informe «All Orders»</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="130"/>
        <source>%1 orders: %2 new, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>%1 pedidos: %2 nuevos, %3 actualizados, %4 sin cambios, %5 omitidos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="143"/>
        <source>%1 rows not sold on Amazon were left out.</source>
        <translation>Se omitieron %1 filas de ventas fuera de Amazon.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="153"/>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="155"/>
        <source>%1, column %2</source>
        <translation>%1, columna %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="164"/>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="166"/>
        <source>The import failed; see the log for details.</source>
        <translation>La importación falló; encontrará los detalles en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="174"/>
        <source>Stopped. The orders read before the stop were imported; import the report again to finish (nothing is imported twice).</source>
        <translation>Detenido. Los pedidos leídos antes de detenerse se importaron; importe de nuevo el informe para terminar (nada se importa dos veces).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/order_import.py" line="185"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="207"/>
        <location filename="../../app/ui/mail/outbox_runner.py" line="216"/>
        <source>Replies cannot be sent: %1</source>
        <translation>No se pueden enviar las respuestas: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="208"/>
        <source>no mailbox password is stored; enter it in Preferences &gt; Mail</source>
        <translation>no hay ninguna contraseña del buzón guardada; introdúzcala en Preferencias &gt; Correo</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="221"/>
        <source>Sending replies went wrong. Details are in the log file.</source>
        <translation>Algo salió mal al enviar las respuestas. Encontrará los detalles en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="234"/>
        <source>Replies waiting: %1 (no mailbox is set up)</source>
        <translation>Respuestas en espera: %1 (no hay buzón configurado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="243"/>
        <source>Reply to %1 failed: %2</source>
        <translation>Falló el envío de la respuesta del caso %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="250"/>
        <source>Replies waiting: %1 (the mail server cannot be reached)</source>
        <translation>Respuestas en espera: %1 (no se puede conectar con el servidor de correo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="252"/>
        <source>Replies waiting: %1 (the mail server will be asked again)</source>
        <translation>Respuestas en espera: %1 (se volverá a intentar con el servidor de correo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="260"/>
        <source>Reply sent.</source>
        <translation>Respuesta enviada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mail/outbox_runner.py" line="263"/>
        <source>Replies sent: %1</source>
        <translation>Respuestas enviadas: %1</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="34"/>
        <source>%1 from delivery on %2 (until %3).</source>
        <translation>%1 desde la entrega el %2 (hasta el %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="39"/>
        <source>No delivery date is known, so %1 count from the latest estimated delivery date, %2 (until %3).</source>
        <translation>No se conoce la fecha de entrega, así que el plazo de %1 se cuenta desde la fecha de entrega prevista más tardía, el %2 (hasta el %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="48"/>
        <source>The delivery date %1 is used, not the estimate %2.</source>
        <translation>Se usa la fecha de entrega %1, no la prevista %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="53"/>
        <source>%1 was a public holiday (%2); the window still counts calendar days.</source>
        <translation>El %1 fue festivo (%2); el plazo se sigue contando en días naturales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="60"/>
        <source>Category %1 has a return window of %2.</source>
        <translation>La categoría %1 tiene un plazo de devolución de %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="65"/>
        <source>Category %1 follows the general rule of %2.</source>
        <translation>La categoría %1 sigue la regla general de %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="70"/>
        <source>The shorter rule for %1 applies to orders from %2; this order keeps %3.</source>
        <translation>La regla más corta para %1 se aplica a los pedidos desde el %2; este pedido mantiene %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="77"/>
        <source>Your shop&apos;s policy extends the marketplace&apos;s %1 to %2.</source>
        <translation>La política de su tienda amplía el plazo del marketplace de %1 a %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="82"/>
        <source>Bought between %1 and %2: the holiday return policy extends the deadline to %3.</source>
        <translation>Comprado entre el %1 y el %2: la política de devoluciones de Navidad amplía el plazo hasta el %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="90"/>
        <source>The holiday return policy allows returns until %1, but the normal window ends later (%2).</source>
        <translation>La política de devoluciones de Navidad permite devolver hasta el %1, pero el plazo normal termina más tarde (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="99"/>
        <source>Orders bought between %1 and %2 may be returned until %3; give the purchase date to check it.</source>
        <translation>Los pedidos comprados entre el %1 y el %2 pueden devolverse hasta el %3; indique la fecha de compra para comprobarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="108"/>
        <source>Category %1 is often replacement only in this marketplace.</source>
        <translation>En este marketplace, la categoría %1 suele admitir solo sustitución.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="113"/>
        <source>The statutory right to cancel (%1) runs until %2, later than the marketplace window, so it applies.</source>
        <translation>El derecho legal de desistimiento (%1) dura hasta el %2, más que el plazo del marketplace, así que es el que se aplica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="122"/>
        <source>The statutory right to cancel (%1) ends on %2; the longer return window applies.</source>
        <translation>El derecho legal de desistimiento (%1) termina el %2; se aplica el plazo de devolución, que es más largo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="129"/>
        <source>This figure is reported by third parties, not confirmed by the marketplace: check it before relying on it.</source>
        <translation>Este dato procede de terceros y el marketplace no lo ha confirmado: compruébelo antes de basarse en él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="136"/>
        <source>Today is the last day to start a return.</source>
        <translation>Hoy es el último día para iniciar una devolución.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="137"/>
        <source>%1 left to start a return.</source>
        <translation>Quedan %1 para iniciar una devolución.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="140"/>
        <source>The return window closed on %1, %2 ago.</source>
        <translation>El plazo de devolución terminó el %1, hace %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="148"/>
        <source>Reply to the buyer</source>
        <translation>Responder al comprador</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="149"/>
        <source>Answer the return request</source>
        <translation>Responder a la solicitud de devolución</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="150"/>
        <source>Refund the returned item</source>
        <translation>Reembolsar el artículo devuelto</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="151"/>
        <source>Answer the A-to-z claim</source>
        <translation>Responder a la reclamación de la A a la Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="152"/>
        <source>Answer the chargeback</source>
        <translation>Responder al contracargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="153"/>
        <source>Solve it before an A-to-z claim is possible</source>
        <translation>Resolver antes de que se pueda abrir una reclamación de la A a la Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="161"/>
        <source>%1 business days (weekends and holidays do not count)</source>
        <translation>%1 días hábiles (no cuentan fines de semana ni festivos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="172"/>
        <source>%1, calendar time (weekends count)</source>
        <translation>%1, tiempo natural (cuentan los fines de semana)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="173"/>
        <source>calendar days</source>
        <translation>días naturales</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="178"/>
        <source>Shop owner or lead</source>
        <translation>Dueño de la tienda o responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="179"/>
        <source>Marketplace seller support</source>
        <translation>Soporte para vendedores del marketplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="180"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="181"/>
        <source>Supplier or factory</source>
        <translation>Proveedor o fábrica</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="187"/>
        <source>Not escalated</source>
        <translation>Sin escalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="188"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="189"/>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="190"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="199"/>
        <source>The buyer wrote %1 times in %2 with no answer</source>
        <translation>El comprador escribió %1 veces en %2 sin recibir respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="203"/>
        <source>An A-to-z claim was filed</source>
        <translation>Se ha presentado una reclamación de la A a la Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="205"/>
        <source>A-to-z risk: past the latest estimated delivery, the buyer can now claim</source>
        <translation>Riesgo de reclamación de la A a la Z: ya pasó la fecha de entrega prevista más tardía y el comprador puede reclamar</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="209"/>
        <source>A chargeback was raised</source>
        <translation>Se ha abierto un contracargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="211"/>
        <source>Negative feedback on the order</source>
        <translation>Comentario negativo sobre el pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="213"/>
        <source>High-value order</source>
        <translation>Pedido de alto valor</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="215"/>
        <source>The buyer mentions a safety problem (%1)</source>
        <translation>El comprador menciona un problema de seguridad (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="219"/>
        <source>Escalated by an agent to %1: %2</source>
        <translation>Escalado por un agente a %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="220"/>
        <source>Escalated by an agent: %1</source>
        <translation>Escalado por un agente: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="222"/>
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="224"/>
        <source>Due soon: %1</source>
        <translation>Vence pronto: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="231"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/policy_text.py" line="232"/>
        <source>%1 overdue</source>
        <translation>%1 de retraso</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="74"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="77"/>
        <source>Cases assigned to this name show in the Mine view</source>
        <translation>Los casos asignados a este nombre aparecen en la vista «Míos»</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="80"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="90"/>
        <source>Larger files are refused as evidence. The marketplace&apos;s messages take attachments up to 10 MB.</source>
        <translation>Los archivos más grandes no se aceptan como pruebas. Los mensajes del marketplace admiten adjuntos de hasta 10 MB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="97"/>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie el programa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="109"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="110"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="111"/>
        <source>Largest evidence file</source>
        <translation>Tamaño máximo por prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="117"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="123"/>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="129"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preferences.py" line="176"/>
        <source>The mailbox could not be saved. Details are in the log file.</source>
        <translation>No se pudo guardar el buzón. Encontrará los detalles en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>ReturnWindow</name>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="103"/>
        <source>Return window</source>
        <translation>Plazo de devolución</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="121"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="130"/>
        <source>last day today</source>
        <translation>hoy es el último día</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="133"/>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="136"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="140"/>
        <source>Closed %1 ago</source>
        <translation>Cerrado hace %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="144"/>
        <source>Last day to start a return: %1</source>
        <translation>Último día para iniciar una devolución: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="149"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="151"/>
        <source>expected</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../../app/ui/deadlines/return_window.py" line="160"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>SyncHub</name>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="157"/>
        <source>S&amp;ync now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="160"/>
        <source>Send your changes to the team and get theirs</source>
        <translation>Enviar sus cambios al equipo y recibir los del equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/hub.py" line="292"/>
        <source>Sign in to your team first: Preferences &gt; Team.</source>
        <translation>Inicie sesión en su equipo primero: Preferencias &gt; Equipo.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="26"/>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="27"/>
        <source>%1 changes waiting</source>
        <translation>%1 cambios pendientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="36"/>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="44"/>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="50"/>
        <source>sign in again (Preferences &gt; Team)</source>
        <translation>vuelva a iniciar sesión (Preferencias &gt; Equipo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="51"/>
        <source>the team service answered with an error</source>
        <translation>el servicio del equipo respondió con un error</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="52"/>
        <source>the changes could not be stored</source>
        <translation>no se pudieron guardar los cambios</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="54"/>
        <source>an internal error</source>
        <translation>un error interno</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="62"/>
        <source>Team %1 on %2, signed in as %3</source>
        <translation>Equipo %1 en %2, sesión iniciada como %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="68"/>
        <source>Last synced %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="70"/>
        <location filename="../../app/ui/sync/indicator.py" line="91"/>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="74"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="76"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="79"/>
        <source>The team service cannot be reached. Your changes are kept on this computer and sent when it can be reached again.</source>
        <translation>No se puede acceder al servicio del equipo. Sus cambios se guardan en este dispositivo y se envían cuando vuelva a estar disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="86"/>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="116"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="118"/>
        <source>Try to sync again now</source>
        <translation>Volver a sincronizar ahora</translation>
    </message>
</context>
<context>
    <name>SyncNotices</name>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="43"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="53"/>
        <source>an unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="63"/>
        <source>A teammate</source>
        <translation>Un compañero</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="69"/>
        <source>%1 added the tag %2 at %3 while you were offline; your removal of it was replaced</source>
        <translation>%1 añadió la etiqueta %2 (%3) mientras usted estaba sin conexión; se reemplazó que usted la quitara</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="74"/>
        <source>%1 removed the tag %2 at %3 while you were offline; your adding it was replaced</source>
        <translation>%1 quitó la etiqueta %2 (%3) mientras usted estaba sin conexión; se reemplazó que usted la añadiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="81"/>
        <source>%1 deleted this case at %2 while you were offline; your change was replaced</source>
        <translation>%1 eliminó este caso (%2) mientras usted estaba sin conexión; se reemplazó su cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="86"/>
        <source>%1 restored this case at %2 while you were offline; your deletion was replaced</source>
        <translation>%1 restauró este caso (%2) mientras usted estaba sin conexión; se reemplazó su eliminación</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="92"/>
        <source>%1 set the status to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1 cambió el estado a %2 (%3) mientras usted estaba sin conexión; se reemplazó su cambio a %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="96"/>
        <source>%1 set the priority to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1 cambió la prioridad a %2 (%3) mientras usted estaba sin conexión; se reemplazó su cambio a %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="101"/>
        <source>%1 set the reason to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1 cambió el motivo a %2 (%3) mientras usted estaba sin conexión; se reemplazó su cambio a %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="105"/>
        <source>%1 assigned the case to %2 at %3 while you were offline; your change to %4 was replaced</source>
        <translation>%1 asignó el caso a %2 (%3) mientras usted estaba sin conexión; se reemplazó su cambio a %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="115"/>
        <source>%1 set %2 to %3 at %4 while you were offline; your change to %5 was replaced</source>
        <translation>%1 cambió %2 a %3 (%4) mientras usted estaba sin conexión; se reemplazó su cambio a %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="146"/>
        <source>Reapply mine</source>
        <translation>Volver a aplicar el mío</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="149"/>
        <source>Set it back to your value (%1); the team gets it too</source>
        <translation>Restablecer su valor (%1); el equipo también lo recibe</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="153"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/notices.py" line="154"/>
        <source>Keep their change and hide this</source>
        <translation>Mantener el cambio de la otra persona y ocultar este aviso</translation>
    </message>
</context>
<context>
    <name>SyncPresence</name>
    <message>
        <location filename="../../app/ui/sync/presence.py" line="39"/>
        <source>%1 is replying to this case</source>
        <translation>%1 está respondiendo en este caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/presence.py" line="41"/>
        <source>%1 is viewing this case</source>
        <translation>%1 está viendo este caso</translation>
    </message>
</context>
<context>
    <name>TeamAccount</name>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="43"/>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="44"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="45"/>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="51"/>
        <source>Signed in to team %1 on %2 as %3 (%4).</source>
        <translation>Sesión iniciada en el equipo %1 en %2 como %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="111"/>
        <source>The token your shop&apos;s owner made for you</source>
        <translation>El token que le creó el dueño de la tienda</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="114"/>
        <source>The token is stored in the system keyring, never in a file, and is not shown again. Your changes are kept on this computer while you are offline and sent when the team service can be reached.</source>
        <translation>El token se guarda en el llavero del sistema, nunca en un archivo, y no se vuelve a mostrar. Mientras esté sin conexión, sus cambios se guardan en este dispositivo y se envían cuando el servicio del equipo esté disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="124"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="126"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="133"/>
        <source>Team service</source>
        <translation>Servicio del equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="134"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="187"/>
        <source>Stored in the system keyring; type a new one to change</source>
        <translation>Guardado en el llavero del sistema; escriba uno nuevo para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="191"/>
        <source>This computer is not signed in to a team: your cases stay on it alone.</source>
        <translation>No ha iniciado sesión en ningún equipo: sus casos se quedan solo en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="205"/>
        <source>Fill in the team service&apos;s address and your token.</source>
        <translation>Indique la dirección del servicio del equipo y su token.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="211"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="229"/>
        <source>Signed in. Your cases sync with the team.</source>
        <translation>Sesión iniciada. Sus casos se sincronizan con el equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="252"/>
        <source>Signed out. Changes not sent yet stay on this computer and are sent when you sign in again.</source>
        <translation>Sesión cerrada. Los cambios aún no enviados se quedan en este dispositivo y se envían cuando vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/account_page.py" line="281"/>
        <source>Something went wrong. Details are in the log file.</source>
        <translation>Algo salió mal. Encontrará los detalles en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="25"/>
        <source>buyer&apos;s name</source>
        <translation>nombre del comprador</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="26"/>
        <source>order id</source>
        <translation>n.º de pedido</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="27"/>
        <source>marketplace</source>
        <translation>marketplace</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="28"/>
        <source>item title</source>
        <translation>título del artículo</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="29"/>
        <source>carrier</source>
        <translation>transportista</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="30"/>
        <source>tracking number</source>
        <translation>número de seguimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="31"/>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="32"/>
        <source>return deadline</source>
        <translation>fecha límite de devolución</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="33"/>
        <source>delivery date</source>
        <translation>fecha de entrega</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="34"/>
        <source>refund amount</source>
        <translation>importe del reembolso</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="35"/>
        <source>days left</source>
        <translation>días restantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="57"/>
        <source>What agents see in the list</source>
        <translation>Lo que ven los agentes en la lista</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="64"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="65"/>
        <source>&amp;Subject</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/variant_form.py" line="66"/>
        <source>&amp;Body</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="74"/>
        <source>Reply templates</source>
        <translation>Plantillas de respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="93"/>
        <source>&amp;New</source>
        <translation>N&amp;ueva</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="95"/>
        <source>&amp;Copy to edit</source>
        <translation>&amp;Copiar para editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="97"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="114"/>
        <source>lowercase_words, e.g. refund_sent</source>
        <translation>minúsculas, cifras y _ (p. ej., refund_sent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="118"/>
        <source>Case reasons</source>
        <translation>Motivos del caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="119"/>
        <source>Case statuses</source>
        <translation>Estados del caso</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="129"/>
        <source>Remove this language</source>
        <translation>Quitar este idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="132"/>
        <source>Insert placeholder</source>
        <translation>Insertar marcador</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="146"/>
        <source>&amp;Key</source>
        <translation>C&amp;lave</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="147"/>
        <source>Fits (none ticked: any)</source>
        <translation>Adecuada para (sin marcar: todos)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="157"/>
        <source>Chec&amp;k</source>
        <translation>Com&amp;probar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="159"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="205"/>
        <source>Loading the templates…</source>
        <translation>Cargando las plantillas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="223"/>
        <source>shop</source>
        <translation>tienda</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="225"/>
        <source>built-in</source>
        <translation>predefinida</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="239"/>
        <source>Some template files could not be read:</source>
        <translation>No se pudieron leer algunos archivos de plantillas:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="263"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="264"/>
        <source>Discard the changes to this template?</source>
        <translation>¿Descartar los cambios de esta plantilla?</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="307"/>
        <source>Your shop&apos;s template. Saving it under the key of a built-in template replaces that one for your shop.</source>
        <translation>Plantilla de su tienda. Si la guarda con la clave de una plantilla predefinida, la sustituye en su tienda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="315"/>
        <source>Built-in template: read-only. Copy it to make your own.</source>
        <translation>Plantilla predefinida: solo lectura. Cópiela para crear la suya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="318"/>
        <source>Your shop&apos;s template.</source>
        <translation>Plantilla de su tienda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="335"/>
        <source>Add a language…</source>
        <translation>Añadir un idioma…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="408"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="430"/>
        <source>Not saved: fix these first.</source>
        <translation>No se guardó: corrija primero estos problemas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="432"/>
        <source>Fix these before saving:</source>
        <translation>Corrija esto antes de guardar:</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="435"/>
        <source>Warnings (it can be saved):</source>
        <translation>Advertencias (se puede guardar):</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="438"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="442"/>
        <source>Changed while it was checked: save again.</source>
        <translation>Se modificó durante la comprobación: vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="444"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="455"/>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="486"/>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="488"/>
        <source>Delete your template “%1”?</source>
        <translation>¿Eliminar su plantilla «%1»?</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/template_editor.py" line="514"/>
        <source>Deleted.</source>
        <translation>Eliminada.</translation>
    </message>
</context>
</TS>
