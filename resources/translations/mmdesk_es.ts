<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccreditationPage</name>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Todas las vías</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>&amp;Print badges…</source>
        <translation>&amp;Imprimir credenciales…</translation>
    </message>
    <message>
        <source>Print the selected approved delegates&apos; badges; a badge is issued only when printed or saved</source>
        <translation>Imprimir las credenciales de los delegados aprobados seleccionados; una credencial solo se emite al imprimirla o guardarla</translation>
    </message>
    <message>
        <source>Times in the event&apos;s time zone (%1)</source>
        <translation>Horas en la zona horaria del evento (%1)</translation>
    </message>
    <message>
        <source>Drawing badges…</source>
        <translation>Preparando las credenciales…</translation>
    </message>
    <message>
        <source>No badges printed</source>
        <translation>No se imprimió ninguna credencial</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documentos recibidos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Search delegate, organisation, country, route, badge…</source>
        <translation>Buscar delegado, organización, país, vía, credencial…</translation>
    </message>
    <message>
        <source>&amp;Nominate…</source>
        <translation>&amp;Proponer…</translation>
    </message>
    <message>
        <source>Re&amp;cord…</source>
        <translation>&amp;Expediente…</translation>
    </message>
    <message>
        <source>Every accreditation, document, badge and check-in of the selected delegate (or double-click a row)</source>
        <translation>Cada acreditación, documento, credencial y registro del delegado elegido (o doble clic en una fila)</translation>
    </message>
    <message>
        <source>Mark co&amp;llected</source>
        <translation>Marcar &amp;recogida</translation>
    </message>
    <message>
        <source>No forum yet — File › New forum… creates it; then add accreditation routes in Forum › Accreditation routes…</source>
        <translation>Aún no hay foro — Archivo › Nuevo foro… lo crea; luego añada las vías de acreditación en Foro › Vías de acreditación…</translation>
    </message>
    <message>
        <source>Reading the nominations…</source>
        <translation>Leyendo las nominaciones…</translation>
    </message>
    <message>
        <source>Nominations not read: %1</source>
        <translation>Nominaciones no leídas: %1</translation>
    </message>
    <message>
        <source>No accreditation routes yet — add them in Forum › Accreditation routes…, then nominate delegates with Nominate…</source>
        <translation>Aún no hay vías de acreditación — añádalas en Foro › Vías de acreditación… y luego proponga delegados con Proponer…</translation>
    </message>
    <message>
        <source>No one nominated yet — press Nominate…, or import delegates with a route column (File › Import delegates…).</source>
        <translation>Nadie propuesto aún — pulse Proponer…, o importe delegados con una columna de vía (Archivo › Importar delegados…).</translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s)</source>
        <translation>
            <numerusform>%n nominación</numerusform>
            <numerusform>%n nominaciones</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Select one or more nominations first.</source>
        <translation>Seleccione primero una o más nominaciones.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message numerus="yes">
        <source>Reason for %n nomination(s):</source>
        <translation>
            <numerusform>Motivo para %n nominación:</numerusform>
            <numerusform>Motivo para %n nominaciones:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
</context>
<context>
    <name>AccreditationTableModel</name>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Credencial</translation>
    </message>
</context>
<context>
    <name>BadgeOptionsDialog</name>
    <message>
        <source>Print badges</source>
        <translation>Imprimir credenciales</translation>
    </message>
    <message>
        <source>Only delegates whose badge was never printed</source>
        <translation>Solo los delegados cuya credencial nunca se imprimió</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected delegate(s)</source>
        <translation>
            <numerusform>Solo el delegado seleccionado</numerusform>
            <numerusform>Solo los %n delegados seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Only approved delegates get a badge. A badge printed again gets a new serial and the old badge stops opening doors.</source>
        <translation>Solo los delegados aprobados reciben credencial. Una credencial reimpresa recibe un nuevo número y la anterior deja de abrir puertas.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message>
        <source>Badges</source>
        <extracomment>the resolution badges are rendered at for a printer (card and label printers print 300 dpi)</extracomment>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>These badges were issued already.</source>
        <translation>Estas credenciales ya se emitieron.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Frame the face, then Take.</source>
        <translation>Encuadre el rostro y pulse Tomar.</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Tomar</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versión %1 del %2</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Print change sheet…</source>
        <translation>&amp;Imprimir la hoja de cambios…</translation>
    </message>
    <message>
        <source>The programme as it is now</source>
        <translation>El programa tal como está ahora</translation>
    </message>
    <message>
        <source>What changed since version %1</source>
        <translation>Cambios desde la versión %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Ningún cambio.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Change sheet</source>
        <translation>Hoja de cambios</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>No version released yet</source>
        <translation>Ninguna versión publicada</translation>
    </message>
    <message>
        <source>No programme version has been released yet. Release one first (Programme › Release version…); later changes are listed against it.</source>
        <translation>Todavía no se ha publicado ninguna versión del programa. Publique una primero (Programa › Publicar versión…); los cambios posteriores se listan respecto a ella.</translation>
    </message>
</context>
<context>
    <name>CheckInChart</name>
    <message>
        <source>No one checked in yet</source>
        <translation>Nadie ha entrado todavía</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Registration desk</source>
        <extracomment>the desk&apos;s modes, as stored in its settings</extracomment>
        <translation>Mostrador de registro</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Este puesto</translation>
    </message>
    <message>
        <source>Door of</source>
        <translation>Puerta de</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name or the badge&apos;s six-digit number, then Enter</source>
        <translation>Escanee una credencial o escriba un nombre o su número de 6 cifras; luego Intro</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Check-in: a scan admits</source>
        <translation>Control de acceso: un escaneo admite</translation>
    </message>
    <message>
        <source>Badge desk: find, print, hand over (no one is admitted)</source>
        <translation>Mostrador de credenciales: buscar, imprimir, entregar (no se admite a nadie)</translation>
    </message>
    <message>
        <source>Pick-up: a scanned badge is handed over</source>
        <translation>Recogida: una credencial escaneada se entrega</translation>
    </message>
    <message>
        <source>Staffed: a typed name or badge number brings the person up for me to confirm</source>
        <translation>Atendido: un nombre o número de credencial escrito muestra a la persona para que yo la confirme</translation>
    </message>
    <message>
        <source>Import verification &amp;kit…</source>
        <translation>Importar el &amp;kit de verificación…</translation>
    </message>
    <message>
        <source>&amp;New walk-in… (F2)</source>
        <translation>&amp;Nuevo asistente sin inscripción… (F2)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Revocaciones</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Admit &amp;anyway (F8)</source>
        <translation>&amp;Admitir de todos modos (F8)</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Últimos escaneos</translation>
    </message>
    <message>
        <source>Scan a badge or type a name, e-mail or badge number, then Enter</source>
        <translation>Escanee una credencial o escriba un nombre, correo o número de credencial y pulse Intro</translation>
    </message>
    <message>
        <source>Scan the badge you hand over (or type a name to find it), then Enter</source>
        <translation>Escanee la credencial que entrega (o escriba un nombre para buscarla) y pulse Intro</translation>
    </message>
    <message>
        <source>Scan a badge (only its signed code admits here)</source>
        <translation>Escanee una credencial (aquí solo su código firmado da acceso)</translation>
    </message>
    <message>
        <source>preview first</source>
        <translation>vista previa primero</translation>
    </message>
    <message>
        <source>%1 · %2…</source>
        <translation>%1 · %2…</translation>
    </message>
    <message>
        <source>Venue entry (no room)</source>
        <translation>Entrada al recinto (sin sala)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Control de acceso</translation>
    </message>
    <message>
        <source>No one found</source>
        <translation>No se encontró a nadie</translation>
    </message>
    <message>
        <source>No one chosen</source>
        <translation>No se eligió a nadie</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>No entregada</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>No admitido</translation>
    </message>
    <message>
        <source>Import verification kit</source>
        <translation>Importar el kit de verificación</translation>
    </message>
    <message>
        <source>Verification kit (*.json)</source>
        <translation>Kit de verificación (*.json)</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message numerus="yes">
        <source>Revocation list as of %1 UTC: %n badge(s) revoked here now, %2 already revoked.</source>
        <translation>
            <numerusform>Lista de revocación al %1 UTC: %n credencial revocada aquí ahora, %2 ya revocadas.</numerusform>
            <numerusform>Lista de revocación al %1 UTC: %n credenciales revocadas aquí ahora, %2 ya revocadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification kit</source>
        <translation>Kit de verificación</translation>
    </message>
    <message>
        <source> (forced)</source>
        <translation> (forzado)</translation>
    </message>
    <message>
        <source> (confirmed by %1)</source>
        <translation> (confirmado por %1)</translation>
    </message>
    <message>
        <source>Not yet collected: %1</source>
        <translation>Aún sin recoger: %1</translation>
    </message>
    <message>
        <source>Badge of %1</source>
        <translation>Credencial de %1</translation>
    </message>
    <message>
        <source>No badge printed</source>
        <translation>No se imprimió ninguna credencial</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Credencial impresa</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Entregada</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) handed over</source>
        <translation>
            <numerusform>%n credencial entregada</numerusform>
            <numerusform>%n credenciales entregadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>Asistente inscrito</translation>
    </message>
    <message>
        <source>Waiting in the accreditation queue</source>
        <translation>En espera en la cola de acreditación</translation>
    </message>
</context>
<context>
    <name>ConfidenceMonitor</name>
    <message>
        <source>Confidence monitor</source>
        <translation>Monitor de confianza</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed at another desk</source>
        <translation>Modificado en otro puesto</translation>
    </message>
    <message>
        <source>Another desk saved this delegate while you were editing. The fields that differ are marked; choose which version to keep.</source>
        <translation>Otro puesto guardó este delegado mientras usted lo editaba. Los campos que difieren están marcados; elija qué versión conservar.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Saved at the other desk</source>
        <translation>Guardado en el otro puesto</translation>
    </message>
    <message>
        <source>Save my version over theirs</source>
        <translation>Guardar mi versión en su lugar</translation>
    </message>
    <message>
        <source>Keep theirs, drop my changes</source>
        <translation>Conservar la suya, descartar mis cambios</translation>
    </message>
    <message>
        <source>Back to my edit</source>
        <translation>Volver a mi edición</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the forum&apos;s server</source>
        <translation>Conectarse al servidor del foro</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or desk-server.local</source>
        <translation>p. ej. 192.168.1.10 o servidor-registro.local</translation>
    </message>
    <message>
        <source>or paste the URL from serve-setup</source>
        <translation>o pegue la URL que dio serve-setup</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Every desk of the forum connects to the same server. If the network drops, the desk says so and saves nothing until it is back.</source>
        <translation>Todos los puestos del foro se conectan al mismo servidor. Si la red cae, el puesto lo indica y no guarda nada hasta que vuelva.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Name the server and the database.</source>
        <translation>Indique el servidor y la base de datos.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>E&amp;xport figures…</source>
        <translation>E&amp;xportar las cifras…</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Speakers and moderators</source>
        <translation>Oradores y moderadores</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>By accreditation route</source>
        <translation>Por vía de acreditación</translation>
    </message>
    <message>
        <source>By accreditation state</source>
        <translation>Por estado de acreditación</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por género</translation>
    </message>
    <message>
        <source>Speakers by gender and region</source>
        <translation>Oradores por género y región</translation>
    </message>
    <message>
        <source>Check-ins at the venue, by hour</source>
        <translation>Entradas al recinto, por hora</translation>
    </message>
    <message>
        <source>Balance of each panel (moderator included)</source>
        <translation>Equilibrio de cada panel (moderación incluida)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>no accreditation</source>
        <translation>sin acreditación</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; delegates · &lt;b&gt;%2&lt;/b&gt; badges printed · &lt;b&gt;%3&lt;/b&gt; collected · &lt;b&gt;%4&lt;/b&gt; admitted at the venue · &lt;b&gt;%5&lt;/b&gt; speakers and moderators</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; delegados · &lt;b&gt;%2&lt;/b&gt; credenciales impresas · &lt;b&gt;%3&lt;/b&gt; recogidas · &lt;b&gt;%4&lt;/b&gt; admitidos en el recinto · &lt;b&gt;%5&lt;/b&gt; oradores y moderadores</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>Credenciales impresas</translation>
    </message>
    <message>
        <source>Badges collected</source>
        <translation>Credenciales recogidas</translation>
    </message>
    <message>
        <source>Admitted at the venue</source>
        <translation>Admitidos en el recinto</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>By route</source>
        <translation>Por vía</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>Check-ins by hour</source>
        <translation>Entradas por hora</translation>
    </message>
    <message>
        <source>Panel balance</source>
        <translation>Equilibrio de paneles</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exportar las cifras</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>New declaration or pledge</source>
        <extracomment>a declaration with its signatories, as svc.signatories reads it</extracomment>
        <translation>Nueva declaración o compromiso</translation>
    </message>
    <message>
        <source>One action area per line</source>
        <translation>Un área de acción por línea</translation>
    </message>
    <message>
        <source>The signatories&apos; names are public statements</source>
        <translation>Los nombres de los firmantes son declaraciones públicas</translation>
    </message>
    <message>
        <source>Ticked: the names of those who signed for each city are kept when the event closes. Not ticked: they are personal data and are erased at the closing; the cities&apos; endorsements stay.</source>
        <translation>Marcado: los nombres de quienes firmaron por cada ciudad se conservan al cerrar el evento. Sin marcar: son datos personales y se borran al cierre; las adhesiones de las ciudades se mantienen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Action areas</source>
        <translation>Áreas de acción</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>Edit delegate</source>
        <extracomment>the photo&apos;s thumbnail in the dialog (the badge&apos;s photo box: 7 wide by 9 high)</extracomment>
        <translation>Editar delegado</translation>
    </message>
    <message>
        <source>New delegate</source>
        <translation>Nuevo delegado</translation>
    </message>
    <message>
        <source>as given and family name</source>
        <translation>como nombre y apellido</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>e.g. en, fr, es</source>
        <translation>p. ej. en, fr, es</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Show passport number and date of birth</source>
        <translation>Mostrar número de pasaporte y fecha de nacimiento</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Nombre en la credencial</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Level of representation</source>
        <translation>Nivel de representación</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>P&amp;hoto…</source>
        <translation>F&amp;oto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Acc&amp;reditation, documents and badges…</source>
        <translation>Acr&amp;editación, documentos y credenciales…</translation>
    </message>
    <message>
        <source>Head of State or Government</source>
        <translation>Jefe de Estado o de Gobierno</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Ministro</translation>
    </message>
    <message>
        <source>Mayor or Governor</source>
        <translation>Alcalde o gobernador</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Senior official</source>
        <translation>Alto funcionario</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Saved at once, whether or not the dialog is then confirmed</source>
        <translation>Se guarda en el acto, se confirme o no después la ventana</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Hidden: tick the box below to see or change it</source>
        <translation>Oculto: marque la casilla de abajo para verlo o cambiarlo</translation>
    </message>
</context>
<context>
    <name>DelegatePicker</name>
    <message>
        <source>Type a name, city or organisation…</source>
        <translation>Escriba un nombre, ciudad u organización…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
</context>
<context>
    <name>DelegateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <source>Search name, city, organisation, country, e-mail…</source>
        <translation>Buscar nombre, ciudad, organización, país, correo…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Any accreditation</source>
        <translation>Cualquier acreditación</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Todas las vías</translation>
    </message>
    <message>
        <source>&amp;New delegate…</source>
        <translation>&amp;Nuevo delegado…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>A&amp;pprove selected</source>
        <translation>A&amp;probar la selección</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Acc&amp;reditation…</source>
        <translation>Acr&amp;editación…</translation>
    </message>
    <message>
        <source>The selected delegate&apos;s record: nominate on a route, documents, state, badges and check-ins</source>
        <translation>El expediente del delegado elegido: proponer en una vía, documentos, estado, credenciales y registros</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendario…</translation>
    </message>
    <message>
        <source>The selected delegate&apos;s own sessions as an .ics calendar</source>
        <translation>Las sesiones del delegado seleccionado como calendario .ics</translation>
    </message>
    <message>
        <source>Loading delegates…</source>
        <translation>Cargando los delegados…</translation>
    </message>
    <message>
        <source>Delegates not read: %1</source>
        <translation>Delegados no leídos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n delegado</numerusform>
            <numerusform>%n delegados</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>editar %1</translation>
    </message>
    <message>
        <source>Delete delegates</source>
        <translation>Eliminar delegados</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n delegate(s) with their accreditations, badges and speaking slots? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n delegado con sus acreditaciones, credenciales e intervenciones? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n delegados con sus acreditaciones, credenciales e intervenciones? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>None of the selected delegates is waiting for approval.</source>
        <translation>Ninguno de los delegados seleccionados espera aprobación.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Select one delegate first.</source>
        <translation>Elija primero un delegado.</translation>
    </message>
</context>
<context>
    <name>DelegationPickUpDialog</name>
    <message>
        <source>Delegation pick-up</source>
        <translation>Recogida para la delegación</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Entregar</translation>
    </message>
    <message numerus="yes">
        <source>%n printed badge(s) of this delegation waiting:</source>
        <translation>
            <numerusform>%n credencial impresa de esta delegación en espera:</numerusform>
            <numerusform>%n credenciales impresas de esta delegación en espera:</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Recogida por</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>credencial %1</translation>
    </message>
    <message>
        <source>handed over already</source>
        <translation>ya entregada</translation>
    </message>
</context>
<context>
    <name>DeskCardView</name>
    <message>
        <source>&amp;Print badge (F5)</source>
        <extracomment>the colour of the state line, by state</extracomment>
        <translation>&amp;Imprimir credencial (F5)</translation>
    </message>
    <message>
        <source>&amp;Reprint… (F6)</source>
        <translation>&amp;Reimprimir… (F6)</translation>
    </message>
    <message>
        <source>&amp;Handed over (F9)</source>
        <translation>&amp;Entregada (F9)</translation>
    </message>
    <message>
        <source>&amp;Delegation pick-up…</source>
        <translation>Recogida para la &amp;delegación…</translation>
    </message>
    <message>
        <source>P&amp;hoto…</source>
        <translation>F&amp;oto…</translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation>Nadie por ahora</translation>
    </message>
    <message>
        <source>Scan a badge or type a name: the person&apos;s card shows here.</source>
        <translation>Escanee una credencial o escriba un nombre: la ficha de la persona aparece aquí.</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Vía: %1</translation>
    </message>
    <message>
        <source>Not on any route yet</source>
        <translation>Aún en ninguna vía de acreditación</translation>
    </message>
    <message>
        <source>no accreditation</source>
        <translation>sin acreditación</translation>
    </message>
    <message>
        <source>Documents missing: %1</source>
        <translation>Documentos que faltan: %1</translation>
    </message>
    <message>
        <source>Badge %1 printed %2</source>
        <translation>Credencial %1 impresa el %2</translation>
    </message>
    <message>
        <source> · handed over</source>
        <translation> · entregada</translation>
    </message>
    <message>
        <source> · not handed over yet</source>
        <translation> · aún sin entregar</translation>
    </message>
    <message>
        <source>No badge printed yet</source>
        <translation>Aún no se imprimió ninguna credencial</translation>
    </message>
    <message>
        <source>No badge: not approved</source>
        <translation>Sin credencial: no aprobado</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
</context>
<context>
    <name>DeskPrinterDialog</name>
    <message>
        <source>Desk printer</source>
        <translation>Impresora del mostrador</translation>
    </message>
    <message>
        <source>No printer: preview first</source>
        <translation>Sin impresora: vista previa primero</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (no encontrada ahora)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Impresora</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Diseño</translation>
    </message>
    <message>
        <source>Card printers: the ID-1 layouts (CR80, 54 × 85.6 mm). Label printers: 62 × 100 mm (Brother QL) or 4 × 3 in (Zebra). With a printer chosen, Print badge prints at once, without a dialog.</source>
        <translation>Impresoras de tarjetas: los diseños ID-1 (CR80, 54 × 85,6 mm). Impresoras de etiquetas: 62 × 100 mm (Brother QL) o 4 × 3 pulg. (Zebra). Con una impresora elegida, Imprimir credencial imprime de inmediato, sin diálogo.</translation>
    </message>
</context>
<context>
    <name>EndorsementDialog</name>
    <message>
        <source>Record an endorsement</source>
        <translation>Registrar una adhesión</translation>
    </message>
    <message>
        <source>e.g. Ville de Montréal</source>
        <translation>p. ej. Ville de Montréal</translation>
    </message>
    <message>
        <source>two-letter code, e.g. CA</source>
        <translation>código de dos letras, p. ej. CA</translation>
    </message>
    <message>
        <source>who signed, e.g. Mayor Valérie Plante</source>
        <translation>quién firmó, p. ej. la alcaldesa Valérie Plante</translation>
    </message>
    <message>
        <source>The whole declaration</source>
        <translation>La declaración completa</translation>
    </message>
    <message>
        <source>City or organisation</source>
        <translation>Ciudad u organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Tick the action areas endorsed, or the whole declaration.</source>
        <translation>Marque las áreas de acción apoyadas, o la declaración completa.</translation>
    </message>
</context>
<context>
    <name>EndorsementsPage</name>
    <message>
        <source>New &amp;declaration…</source>
        <translation>Nueva &amp;declaración…</translation>
    </message>
    <message>
        <source>&amp;Record endorsement…</source>
        <translation>&amp;Registrar adhesión…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Imprimir la lista…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>City or organisation</source>
        <translation>Ciudad u organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>Apoya</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message>
        <source>No declaration or pledge yet: add one to record endorsements.</source>
        <translation>Aún no hay declaración ni compromiso: añada uno para registrar adhesiones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; signatories</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; firmantes</translation>
    </message>
    <message>
        <source>the whole declaration</source>
        <translation>la declaración completa</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Take %1 off the register?</source>
        <translation>¿Quitar %1 del registro?</translation>
    </message>
    <message>
        <source>Print the signatories</source>
        <translation>Imprimir los firmantes</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Country code</source>
        <extracomment>the export&apos;s own columns, which no import fills</extracomment>
        <translation>Código del país</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrito el</translation>
    </message>
    <message>
        <source>Photo file</source>
        <translation>Archivo de la foto</translation>
    </message>
    <message>
        <source>Export delegates</source>
        <translation>Exportar delegados</translation>
    </message>
    <message>
        <source>(default columns)</source>
        <translation>(columnas predeterminadas)</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message numerus="yes">
        <source>All %n delegate(s)</source>
        <translation>
            <numerusform>El único delegado (%n)</numerusform>
            <numerusform>Todos los %n delegados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n delegate(s) the filters show</source>
        <translation>
            <numerusform>El delegado que muestran los filtros (%n)</numerusform>
            <numerusform>Los %n delegados que muestran los filtros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected delegate(s)</source>
        <translation>
            <numerusform>El delegado seleccionado (%n)</numerusform>
            <numerusform>Los %n delegados seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Passport number and date of birth are exported only when ticked here, and every such export is logged.</source>
        <translation>El número de pasaporte y la fecha de nacimiento solo se exportan si se marcan aquí, y cada exportación así queda registrada.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Columns (tick to export, drag to order)</source>
        <translation>Columnas (marque para exportar, arrastre para ordenar)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Name of the preset</source>
        <translation>Nombre de la plantilla</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>ForumActions</name>
    <message>
        <source>New &amp;forum…</source>
        <translation>Nuevo &amp;foro…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Rooms and zones…</source>
        <translation>&amp;Salas y zonas…</translation>
    </message>
    <message>
        <source>&amp;Accreditation routes…</source>
        <translation>&amp;Vías de acreditación…</translation>
    </message>
    <message>
        <source>Load the &amp;demo forum</source>
        <translation>Cargar el foro de &amp;demostración</translation>
    </message>
    <message>
        <source>No forum yet in this database. Start your own forum with File › New forum…, or look around the demo forum first.</source>
        <translation>Aún no hay foro en esta base. Cree el suyo con Archivo › Nuevo foro…, o explore primero el foro de demostración.</translation>
    </message>
    <message>
        <source>New forum…</source>
        <translation>Nuevo foro…</translation>
    </message>
    <message>
        <source>Load the demo</source>
        <translation>Cargar la demostración</translation>
    </message>
    <message>
        <source>F&amp;orum</source>
        <translation>F&amp;oro</translation>
    </message>
    <message>
        <source>No forum yet — mmdesk</source>
        <translation>Aún no hay foro — mmdesk</translation>
    </message>
    <message>
        <source>No forum yet — File › New forum…</source>
        <translation>Aún no hay foro — Archivo › Nuevo foro…</translation>
    </message>
    <message>
        <source>No forum yet — File › New forum… sets its days; then add rooms (Forum › Rooms and zones…) and sessions here.</source>
        <translation>Aún no hay foro — Archivo › Nuevo foro… fija sus días; luego añada las salas (Foro › Salas y zonas…) y las sesiones aquí.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nuevo foro</translation>
    </message>
    <message>
        <source>This database holds a forum already; a new forum goes into a new database (File › New database…). Its settings are in Forum › Settings…</source>
        <translation>Esta base ya contiene un foro; un foro nuevo va en una base nueva (Archivo › Nueva base de datos…). Su configuración está en Foro › Configuración…</translation>
    </message>
    <message>
        <source>Forum created. Next: its rooms (Forum › Rooms and zones…) and accreditation routes.</source>
        <translation>Foro creado. A continuación: sus salas (Foro › Salas y zonas…) y sus vías de acreditación.</translation>
    </message>
    <message>
        <source>Loading the demo forum…</source>
        <translation>Cargando el foro de demostración…</translation>
    </message>
    <message>
        <source>Demo not loaded</source>
        <translation>Demostración no cargada</translation>
    </message>
</context>
<context>
    <name>ForumDialog</name>
    <message>
        <source>Forum settings</source>
        <translation>Configuración del foro</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>Nuevo foro</translation>
    </message>
    <message>
        <source>e.g. Mayoral Forum on Human Mobility, Migration and Development</source>
        <translation>p. ej. Foro de Alcaldes sobre Movilidad Humana, Migración y Desarrollo</translation>
    </message>
    <message>
        <source>e.g. MMF 2026 (window title, badges)</source>
        <translation>p. ej. FAM 2026 (título de la ventana, credenciales)</translation>
    </message>
    <message>
        <source>e.g. United Nations Headquarters</source>
        <translation>p. ej. Sede de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Two-letter codes, the first is the language badges and documents print in (en English, fr French, es Spanish, ar Arabic…).</source>
        <translation>Códigos de dos letras; el primero es el idioma en que se imprimen credenciales y documentos (en inglés, fr francés, es español, ar árabe…).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) would fall outside these days: %1%2. Move or delete them first, or keep days that hold them.</source>
        <translation>
            <numerusform>%n sesión quedaría fuera de estos días: %1%2. Muévala o elimínela primero, o mantenga días que la incluyan.</numerusform>
            <numerusform>%n sesiones quedarían fuera de estos días: %1%2. Muévalas o elimínelas primero, o mantenga días que las incluyan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForumWorkbook</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the workbook.</source>
        <translation>
            <numerusform>No se importó nada: %n problema en el libro.</numerusform>
            <numerusform>No se importó nada: %n problemas en el libro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export forum &amp;workbook…</source>
        <translation>Exportar el &amp;libro del foro…</translation>
    </message>
    <message>
        <source>Import forum wor&amp;kbook…</source>
        <translation>Importar el li&amp;bro del foro…</translation>
    </message>
    <message>
        <source>Forum workbook &amp;template…</source>
        <translation>&amp;Plantilla del libro del foro…</translation>
    </message>
    <message>
        <source>Export nominations workbook…</source>
        <translation>Exportar el libro de nominaciones…</translation>
    </message>
    <message>
        <source>Import nominations workbook…</source>
        <translation>Importar el libro de nominaciones…</translation>
    </message>
    <message>
        <source>Export forum workbook</source>
        <translation>Exportar el libro del foro</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Import forum workbook</source>
        <translation>Importar el libro del foro</translation>
    </message>
    <message>
        <source>Forum workbook not imported</source>
        <translation>Libro del foro no importado</translation>
    </message>
    <message>
        <source>The forum was created.</source>
        <translation>Se creó el foro.</translation>
    </message>
    <message>
        <source>The forum was updated.</source>
        <translation>Se actualizó el foro.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Vías de acreditación</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated</source>
        <translation>%1 — creados: %2, actualizados: %3</translation>
    </message>
    <message>
        <source>Programme, line %1: no delegate called %2</source>
        <translation>Programa, línea %1: ningún delegado llamado %2</translation>
    </message>
    <message>
        <source>Forum workbook imported</source>
        <translation>Libro del foro importado</translation>
    </message>
    <message>
        <source>Forum workbook template</source>
        <translation>Plantilla del libro del foro</translation>
    </message>
    <message>
        <source>Language of the headers and notes:</source>
        <translation>Idioma de los encabezados y las notas:</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>No escrito</translation>
    </message>
    <message>
        <source>Template written to %1: fill it in, then File › Import forum workbook…</source>
        <translation>Plantilla escrita en %1: rellénela y luego Archivo › Importar el libro del foro…</translation>
    </message>
    <message>
        <source>Nominations workbook</source>
        <translation>Libro de nominaciones</translation>
    </message>
    <message>
        <source>No accreditation route yet: add the routes first.</source>
        <translation>Todavía no hay vías de acreditación: añada primero las vías.</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Vía:</translation>
    </message>
    <message>
        <source>Nominations workbook of %1 written to %2</source>
        <translation>Libro de nominaciones de %1 escrito en %2</translation>
    </message>
    <message>
        <source>Nominations not imported</source>
        <translation>Nominaciones no importadas</translation>
    </message>
    <message>
        <source>Import nominations workbook</source>
        <translation>Importar el libro de nominaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n sala</numerusform>
            <numerusform>%n salas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n vía</numerusform>
            <numerusform>%n vías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n delegado</numerusform>
            <numerusform>%n delegados</numerusform>
        </translation>
    </message>
    <message>
        <source>Forum exported to %1: %2</source>
        <translation>Foro exportado a %1: %2</translation>
    </message>
    <message>
        <source>Route %1: %2 nominated (%3 new), %4 already on the route.</source>
        <translation>Vía %1 — propuestos: %2 (nuevos: %3), ya en la vía: %4.</translation>
    </message>
    <message>
        <source>Line %1, past the quota: %2</source>
        <translation>Línea %1, por encima del cupo: %2</translation>
    </message>
    <message>
        <source>Nominations imported</source>
        <translation>Nominaciones importadas</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import delegates</source>
        <translation>Importar delegados</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>mmdesk recognised these columns of %1; correct any it got wrong.</source>
        <translation>mmdesk reconoció estas columnas de %1; corrija las que estén mal.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <source>stop and list them</source>
        <translation>detenerse y listarlos</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Nombre completo (a separar)</translation>
    </message>
    <message>
        <source>Name on badge</source>
        <translation>Nombre en la credencial</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Accreditation route</source>
        <translation>Vía de acreditación</translation>
    </message>
    <message>
        <source>Accreditation state</source>
        <translation>Estado de la acreditación</translation>
    </message>
    <message>
        <source>Tags or product (a route&apos;s name nominates)</source>
        <translation>Etiquetas o producto (el nombre de una vía inscribe)</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>skip them</source>
        <translation>omitirlos</translation>
    </message>
    <message>
        <source>merge into the existing delegate</source>
        <translation>fusionar con el delegado existente</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the bad ones</source>
        <translation>Importar las filas correctas y omitir las erróneas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de encabezados</translation>
    </message>
    <message>
        <source>Delegates already in the list</source>
        <translation>Delegados ya en la lista</translation>
    </message>
    <message>
        <source>Category where the file has none</source>
        <translation>Categoría cuando el archivo no la indica</translation>
    </message>
    <message>
        <source>Nominate rows naming no route on</source>
        <translation>Nominar en esta vía las filas sin vía</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>L&amp;etters…</source>
        <translation>C&amp;artas…</translation>
    </message>
    <message>
        <source>Printing letters…</source>
        <translation>Imprimiendo cartas…</translation>
    </message>
    <message>
        <source>No letters printed</source>
        <translation>No se imprimió ninguna carta</translation>
    </message>
    <message>
        <source>Some delegates were left out</source>
        <translation>Algunos delegados quedaron fuera</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed;</source>
        <translation>
            <numerusform>%n carta impresa;</numerusform>
            <numerusform>%n cartas impresas;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) left out:</source>
        <translation>
            <numerusform>%n delegado omitido:</numerusform>
            <numerusform>%n delegados omitidos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Print letters</source>
        <translation>Imprimir cartas</translation>
    </message>
    <message>
        <source>Visa support letters</source>
        <translation>Cartas de apoyo a la solicitud de visado</translation>
    </message>
    <message>
        <source>Letters of invitation</source>
        <translation>Cartas de invitación</translation>
    </message>
    <message>
        <source>Confirmations of participation</source>
        <translation>Confirmaciones de participación</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Certificados de asistencia</translation>
    </message>
    <message>
        <source>Each delegate&apos;s language</source>
        <translation>El idioma de cada delegado</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected delegate(s)</source>
        <translation>
            <numerusform>El delegado seleccionado (%n)</numerusform>
            <numerusform>Los %n delegados seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone the letter applies to</source>
        <translation>Todas las personas a las que corresponde la carta</translation>
    </message>
    <message>
        <source>Letters go to approved delegates, certificates of attendance to people admitted at the venue; a visa letter needs the passport data. Each letter gets a number in the register and is logged with the sensitive exports.</source>
        <translation>Las cartas se envían a los delegados aprobados y los certificados de asistencia a las personas admitidas en la sede; una carta de visado requiere los datos del pasaporte. Cada carta recibe un número en el registro y queda anotada con las exportaciones sensibles.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No eliminada: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Control de acceso</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Adhesiones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Conectarse al servidor…</translation>
    </message>
    <message>
        <source>Data &amp;protection…</source>
        <translation>&amp;Protección de datos…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Import delegates…</source>
        <translation>&amp;Importar delegados…</translation>
    </message>
    <message>
        <source>Import p&amp;rogramme…</source>
        <translation>Importar p&amp;rograma…</translation>
    </message>
    <message>
        <source>&amp;Export delegates…</source>
        <translation>&amp;Exportar delegados…</translation>
    </message>
    <message>
        <source>Export programme (.xlsx or .ics)…</source>
        <translation>Exportar programa (.xlsx o .ics)…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Door signs</source>
        <translation>&amp;Carteles de sala</translation>
    </message>
    <message>
        <source>&amp;Itineraries</source>
        <translation>&amp;Itinerarios</translation>
    </message>
    <message>
        <source>&amp;Run-sheets</source>
        <translation>&amp;Guiones de sesión</translation>
    </message>
    <message>
        <source>&amp;Tent cards</source>
        <translation>&amp;Tarjetas de mesa</translation>
    </message>
    <message>
        <source>List of &amp;participants</source>
        <translation>Lista de &amp;participantes</translation>
    </message>
    <message>
        <source>Printed &amp;language</source>
        <translation>&amp;Idioma de impresión</translation>
    </message>
    <message>
        <source>The event&apos;s language</source>
        <translation>El idioma del evento</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About mmdesk</source>
        <translation>&amp;Acerca de mmdesk</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported to %1</source>
        <translation>
            <numerusform>%n sesión exportada a %1</numerusform>
            <numerusform>%n sesiones exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The date for keeping personal data has passed: close the event in File › Data protection.</source>
        <translation>La fecha de conservación de los datos personales ha pasado: cierre el evento en Archivo › Protección de datos.</translation>
    </message>
    <message>
        <source>Cannot reach the database: nothing is saved until it answers again. Retrying…</source>
        <translation>No se alcanza la base de datos: no se guarda nada hasta que responda. Reintentando…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>mmdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos mmdesk (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>mmdesk databases (*.sqlite3)</source>
        <translation>Bases de datos mmdesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>mmdesk will speak this language when you next open it.</source>
        <translation>mmdesk usará este idioma la próxima vez que lo abra.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Copia de seguridad de la base</translation>
    </message>
    <message>
        <source>SQLite (*.sqlite3)</source>
        <translation>SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falló la copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>Import delegates</source>
        <translation>Importar delegados</translation>
    </message>
    <message>
        <source>Delegate lists (*.xlsx *.csv)</source>
        <translation>Listas de delegados (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Export delegates</source>
        <translation>Exportar delegados</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Importar programa</translation>
    </message>
    <message>
        <source>Programme sheets (*.xlsx)</source>
        <translation>Hojas de programa (*.xlsx)</translation>
    </message>
    <message>
        <source>Programme not imported</source>
        <translation>Programa no importado</translation>
    </message>
    <message>
        <source>line %1: no delegate called %2</source>
        <translation>línea %1: ningún delegado llamado %2</translation>
    </message>
    <message>
        <source>Programme imported</source>
        <translation>Programa importado</translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>Exportar programa</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;Calendar (*.ics)</source>
        <translation>Libro de Excel (*.xlsx);;Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Select one delegate first.</source>
        <translation>Seleccione primero un delegado.</translation>
    </message>
    <message>
        <source>Printing badges…</source>
        <translation>Imprimiendo credenciales…</translation>
    </message>
    <message>
        <source>No badges printed</source>
        <translation>No se imprimió ninguna credencial</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Falló la copia automática: %1</translation>
    </message>
    <message>
        <source>About mmdesk</source>
        <translation>Acerca de mmdesk</translation>
    </message>
    <message>
        <source>mmdesk %1
The organizers&apos; desk for a Mayoral Forum on Human Mobility, Migration and Development.</source>
        <translation>mmdesk %1
El puesto de los organizadores de un Foro de Alcaldes sobre Movilidad Humana, Migración y Desarrollo.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <extracomment>what each part of the window shows, by the tables it reads on a large store, the counts and rules wait this long after the last change (a burst of edits runs them once, and they do not slow the edits down meanwhile) a write seen on disk is read this long after (a burst of writes is read once)</extracomment>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avisos (%1)</translation>
    </message>
    <message>
        <source>%1 delegates · %2 sessions · %3</source>
        <translation>%1 delegados · %2 sesiones · %3</translation>
    </message>
</context>
<context>
    <name>ModeratorConsole</name>
    <message>
        <source>Live session — %1</source>
        <translation>Sesión en directo — %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Space: start / next speaker · P: pause · F: floor intervention · D: time per delegation · M: confidence monitor · R: print the record · F11: full screen · Esc: close</source>
        <translation>Espacio: empezar / orador siguiente · P: pausa · F: intervención desde la sala · D: tiempo por delegación · M: monitor de confianza · R: imprimir el acta · F11: pantalla completa · Esc: cerrar</translation>
    </message>
    <message>
        <source>Times not saved</source>
        <translation>Horas no guardadas</translation>
    </message>
    <message>
        <source>Floor intervention</source>
        <translation>Intervención desde la sala</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No añadido</translation>
    </message>
    <message>
        <source>Time per delegation</source>
        <translation>Tiempo por delegación</translation>
    </message>
    <message>
        <source>Minutes each delegation may speak in total (0: no limit)</source>
        <translation>Minutos que cada delegación puede hablar en total (0: sin límite)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Acta de la sesión</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Press Space to give the floor to the first speaker</source>
        <translation>Pulse Espacio para dar la palabra al primer orador</translation>
    </message>
    <message>
        <source>Paused — P resumes</source>
        <translation>En pausa — P para reanudar</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Último minuto</translation>
    </message>
    <message>
        <source>%1 min allotted</source>
        <translation>%1 min asignados</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Nobody after this speaker</source>
        <translation>Nadie después de este orador</translation>
    </message>
    <message>
        <source>Expected end %1</source>
        <translation>Fin prevista %1</translation>
    </message>
    <message>
        <source>%1 min over the session&apos;s end</source>
        <translation>%1 min después del final de la sesión</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <source>Nominate on a route</source>
        <translation>Proponer en una vía</translation>
    </message>
    <message>
        <source>Type a name, city or organisation…</source>
        <translation>Escriba un nombre, una ciudad o una organización…</translation>
    </message>
    <message>
        <source> — %1 of %2 places taken</source>
        <translation> — %1 de %2 plazas ocupadas</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>No accreditation routes yet — add them in Forum › Accreditation routes…</source>
        <translation>Aún no hay vías de acreditación — añádalas en Foro › Vías de acreditación…</translation>
    </message>
    <message>
        <source>Find the delegate first: type part of the name.</source>
        <translation>Busque primero al delegado: escriba parte del nombre.</translation>
    </message>
    <message>
        <source>There is no route to nominate on yet.</source>
        <translation>Aún no hay ninguna vía en la que proponer.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>… and %n more page(s)</source>
        <translation>
            <numerusform>… y %n página más</numerusform>
            <numerusform>… y %n páginas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>No se pudo abrir la impresora.</translation>
    </message>
</context>
<context>
    <name>PersonRecordDialog</name>
    <message>
        <source>&amp;Nominate on a route…</source>
        <translation>&amp;Proponer en una vía…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Reprint badge</source>
        <translation>Reimprimir la credencial</translation>
    </message>
    <message>
        <source>Issue badge</source>
        <translation>Emitir la credencial</translation>
    </message>
    <message>
        <source>Mark collected</source>
        <translation>Marcar recogida</translation>
    </message>
    <message>
        <source>Nominate again</source>
        <translation>Proponer de nuevo</translation>
    </message>
    <message>
        <source>Record of %1</source>
        <translation>Expediente de %1</translation>
    </message>
    <message>
        <source>Not accredited yet — press Nominate on a route…</source>
        <translation>Aún sin acreditar — pulse Proponer en una vía…</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros de entrada</translation>
    </message>
    <message>
        <source>Not seen at a desk or door yet.</source>
        <translation>Aún no visto en un mostrador ni en una puerta.</translation>
    </message>
    <message>
        <source>Invited to</source>
        <translation>Invitado a</translation>
    </message>
    <message>
        <source>No invitation-only session.</source>
        <translation>Ninguna sesión solo con invitación.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documentos recibidos</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>%1 printed %2</source>
        <translation>%1 impresa el %2</translation>
    </message>
    <message>
        <source> — revoked %1 (%2)</source>
        <translation> — revocada el %1 (%2)</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>reimpresa</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>name corrected</source>
        <translation>nombre corregido</translation>
    </message>
    <message>
        <source>reprinted: %1</source>
        <translation>reimpresa: %1</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>No se cambió: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>Desde un &amp;archivo…</translation>
    </message>
    <message>
        <source>Take with the &amp;camera…</source>
        <translation>Tomar con la &amp;cámara…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Cropped to the badge&apos;s photo box and kept as a small JPEG; erased when the event closes.</source>
        <translation>Recortada al recuadro de foto de la credencial y guardada como JPEG pequeño; se borra al cerrar el evento.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Photo not taken</source>
        <translation>Foto no tomada</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Confirm who this is</source>
        <extracomment>the size of a face in the pick list (the badge photo&apos;s 7:9)</extracomment>
        <translation>Confirme de quién se trata</translation>
    </message>
    <message>
        <source>&amp;Show this person</source>
        <translation>&amp;Mostrar a esta persona</translation>
    </message>
    <message>
        <source>&amp;Admit this person</source>
        <translation>&amp;Admitir a esta persona</translation>
    </message>
    <message>
        <source>Check the person in front of you before admitting.</source>
        <translation>Compruebe a la persona que tiene delante antes de admitirla.</translation>
    </message>
    <message>
        <source>Check the person in front of you before printing or handing over a badge.</source>
        <translation>Compruebe a la persona que tiene delante antes de imprimir o entregar una credencial.</translation>
    </message>
    <message>
        <source>no accreditation</source>
        <translation>sin acreditación</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>credencial %1</translation>
    </message>
    <message>
        <source>no badge</source>
        <translation>sin credencial</translation>
    </message>
    <message>
        <source>partial match</source>
        <translation>coincidencia parcial</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Data protection</source>
        <translation>Protección de datos</translation>
    </message>
    <message>
        <source>&amp;Keep until this date</source>
        <translation>&amp;Conservar hasta esta fecha</translation>
    </message>
    <message>
        <source>&amp;Erase personal data now…</source>
        <translation>&amp;Borrar ahora los datos personales…</translation>
    </message>
    <message>
        <source>Closing the event erases names, contacts, positions, notes, passport numbers, dates of birth and scanned texts. The counts stay: categories, countries, regions, gender, routes, accreditation states, badges, check-ins and the programme.</source>
        <translation>Cerrar el evento borra nombres, contactos, cargos, notas, números de pasaporte, fechas de nacimiento y textos escaneados. Las cifras se conservan: categorías, países, regiones, género, vías, estados de acreditación, credenciales, entradas y programa.</translation>
    </message>
    <message>
        <source>The erased data is also wiped from the store&apos;s journal (-wal) and free pages; the automatic backups that hold it are deleted and one copy of the closed store is taken in their place. After closing, no new delegates, imports or badges are accepted.</source>
        <translation>Los datos borrados también se eliminan del diario de la base (-wal) y de sus páginas libres; las copias automáticas que los contienen se eliminan y se hace en su lugar una copia de la base cerrada. Tras el cierre no se acepta ningún delegado, importación ni credencial nuevos.</translation>
    </message>
    <message>
        <source>Endorsements stay: they are the cities&apos; public statements. The name of the person who signed each one is personal data and is erased with the rest.</source>
        <translation>Las adhesiones se conservan: son declaraciones públicas de las ciudades. El nombre de la persona que firmó cada una es un dato personal y se borra con lo demás.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Keep personal data until</source>
        <translation>Conservar los datos personales hasta el</translation>
    </message>
    <message>
        <source>Exports that included sensitive fields</source>
        <translation>Exportaciones con campos sensibles</translation>
    </message>
    <message>
        <source>The event was closed on %1.</source>
        <translation>El evento se cerró el %1.</translation>
    </message>
    <message>
        <source>The keeping date has passed: close the event now.</source>
        <translation>La fecha de conservación ha pasado: cierre el evento ahora.</translation>
    </message>
    <message>
        <source>Personal data is kept; the event can be closed after the date above.</source>
        <translation>Los datos personales se conservan; el evento podrá cerrarse después de la fecha indicada.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Close the event</source>
        <translation>Cerrar el evento</translation>
    </message>
    <message>
        <source>Erase the personal data of every delegate? The counts stay. This cannot be undone.</source>
        <translation>¿Borrar los datos personales de todos los delegados? Las cifras se conservan. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>No cerrado</translation>
    </message>
    <message>
        <source>Not wiped yet</source>
        <translation>Aún no borrado</translation>
    </message>
</context>
<context>
    <name>ProgrammeGrid</name>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
</context>
<context>
    <name>ProgrammeMenu</name>
    <message>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rograma</translation>
    </message>
    <message>
        <source>&amp;Release version…</source>
        <translation>&amp;Publicar versión…</translation>
    </message>
    <message>
        <source>&amp;What changed…</source>
        <translation>&amp;Cambios…</translation>
    </message>
    <message>
        <source>&amp;Live session…</source>
        <translation>Sesión en &amp;directo…</translation>
    </message>
    <message>
        <source>Release version</source>
        <translation>Publicar versión</translation>
    </message>
    <message>
        <source>Programme version %1 released</source>
        <translation>Versión %1 del programa publicada</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Sesión en directo</translation>
    </message>
    <message>
        <source>No session has speakers yet.</source>
        <translation>Ninguna sesión tiene oradores todavía.</translation>
    </message>
    <message>
        <source>Session to run</source>
        <translation>Sesión que conducir</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;Editar sesión…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>De&amp;lete session…</source>
        <translation>E&amp;liminar la sesión…</translation>
    </message>
    <message>
        <source>&amp;Add speaker…</source>
        <translation>&amp;Añadir orador…</translation>
    </message>
    <message>
        <source>&amp;Remove speaker</source>
        <translation>&amp;Quitar orador</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Protocol order</source>
        <translation>Orden &amp;protocolario</translation>
    </message>
    <message>
        <source>Speaking order (drag a row to reorder; double-click role, minutes, mode or status to change it)</source>
        <translation>Orden de intervenciones (arrastre una fila para reordenar; doble clic en papel, minutos, modalidad o estado para cambiarlo)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>Drag a session to move it, drag on empty space to create one, double-click to edit.</source>
        <translation>Arrastre una sesión para moverla, arrastre en un espacio vacío para crear una, doble clic para editar.</translation>
    </message>
    <message>
        <source>No rooms and no sessions yet — add the venue&apos;s rooms (Forum › Rooms and zones…), then drag on the grid or press New session….</source>
        <translation>Aún no hay salas ni sesiones — añada las salas de la sede (Foro › Salas y zonas…), luego arrastre en la cuadrícula o pulse Nueva sesión….</translation>
    </message>
    <message>
        <source>No sessions yet — drag on the grid below a room, or press New session….</source>
        <translation>Aún no hay sesiones — arrastre en la cuadrícula bajo una sala, o pulse Nueva sesión….</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Anfitrión: %1</translation>
    </message>
    <message>
        <source>Co-chairs: %1</source>
        <translation>Copresidencia: %1</translation>
    </message>
    <message>
        <source>Moderator: %1</source>
        <translation>Moderación: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>Acceso: %1</translation>
    </message>
    <message>
        <source> · Chatham House rule</source>
        <translation> · regla de Chatham House</translation>
    </message>
    <message>
        <source>Invited (%1): %2</source>
        <translation>Invitados (%1): %2</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>nadie por ahora</translation>
    </message>
    <message>
        <source>%1 of %2 minutes of speaking</source>
        <translation>%1 de %2 minutos de palabra</translation>
    </message>
    <message>
        <source> — over the session&apos;s length</source>
        <translation> — más que la duración de la sesión</translation>
    </message>
    <message>
        <source>Session not moved</source>
        <translation>Sesión no movida</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>mover %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>editar %1</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translation>No duplicada</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>duplicar %1</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar la sesión</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n speaker(s)? Edit › Undo brings it back.</source>
        <translation>
            <numerusform>¿Eliminar «%1» con su orador? Editar › Deshacer la recupera.</numerusform>
            <numerusform>¿Eliminar «%1» con sus %n oradores? Editar › Deshacer la recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>eliminar %1</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Not reordered</source>
        <translation>Orden sin cambios</translation>
    </message>
    <message>
        <source>reorder speakers</source>
        <translation>reordenar oradores</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Añadir un orador</translation>
    </message>
    <message>
        <source>Speaker not added</source>
        <translation>Orador no añadido</translation>
    </message>
    <message>
        <source>add a speaker</source>
        <translation>añadir un orador</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>quitar %1</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release programme version</source>
        <translation>Publicar una versión del programa</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 was released on %2 by %3; %n change(s) since then.</source>
        <translation>
            <numerusform>La versión %1 se publicó el %2 por %3; %n cambio desde entonces.</numerusform>
            <numerusform>La versión %1 se publicó el %2 por %3; %n cambios desde entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>This release will be version %1.</source>
        <translation>Esta publicación será la versión %1.</translation>
    </message>
    <message>
        <source>No version has been released yet: this release will be version 1.</source>
        <translation>Todavía no se ha publicado ninguna versión: esta será la versión 1.</translation>
    </message>
    <message>
        <source>e.g. after the mayors&apos; confirmations</source>
        <translation>p. ej. tras las confirmaciones de los alcaldes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Publicar</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <source>Reprint badge</source>
        <extracomment>the stored reason → its words in the window</extracomment>
        <translation>Reimprimir credencial</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>name corrected</source>
        <translation>nombre corregido</translation>
    </message>
    <message>
        <source>Print a new badge for %1? The badge %2 is revoked: it opens no door any more.</source>
        <translation>¿Imprimir una nueva credencial para %1? La credencial %2 queda revocada: ya no abre ninguna puerta.</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>&amp;Reimprimir</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Edit room</source>
        <translation>Editar la sala</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nueva sala</translation>
    </message>
    <message>
        <source>e.g. General Assembly Hall</source>
        <translation>p. ej. Salón de la Asamblea General</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> asientos</translation>
    </message>
    <message>
        <source>e.g. plenary, restricted, press</source>
        <translation>p. ej. plenaria, restringida, prensa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Access zone</source>
        <translation>Zona de acceso</translation>
    </message>
    <message>
        <source>A badge opens a room&apos;s door where its route opens the room&apos;s zone.</source>
        <translation>Una credencial abre la puerta de una sala si su vía abre la zona de la sala.</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Rooms and zones</source>
        <translation>Salas y zonas</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Access zone</source>
        <translation>Zona de acceso</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;Add room…</source>
        <translation>&amp;Añadir sala…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>The order here is the order of the programme grid&apos;s columns.</source>
        <translation>El orden aquí es el de las columnas de la cuadrícula del programa.</translation>
    </message>
    <message>
        <source>Access zones: %1</source>
        <translation>Zonas de acceso: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna por ahora</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Eliminar la sala</translation>
    </message>
    <message>
        <source>Delete the room %1?</source>
        <translation>¿Eliminar la sala %1?</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Edit route</source>
        <translation>Editar la vía</translation>
    </message>
    <message>
        <source>New accreditation route</source>
        <translation>Nueva vía de acreditación</translation>
    </message>
    <message>
        <source>e.g. National delegation of Ghana</source>
        <translation>p. ej. Delegación nacional de Ghana</translation>
    </message>
    <message>
        <source>e.g. UCLG</source>
        <translation>p. ej. CGLU</translation>
    </message>
    <message>
        <source>who sends the nominations (optional)</source>
        <translation>quién envía las candidaturas (opcional)</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>sin cupo</translation>
    </message>
    <message>
        <source>refuse further nominations</source>
        <translation>rechazar más candidaturas</translation>
    </message>
    <message>
        <source>accept them, flagged as over quota</source>
        <translation>aceptarlas, señaladas como fuera de cupo</translation>
    </message>
    <message>
        <source>one a line, e.g. Letter of nomination</source>
        <translation>uno por línea, p. ej. Carta de nominación</translation>
    </message>
    <message>
        <source>other zones, separated by commas</source>
        <translation>otras zonas, separadas por comas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Estado miembro</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Nominating body</source>
        <translation>Órgano proponente</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cupo</translation>
    </message>
    <message>
        <source>Past the quota</source>
        <translation>Más allá del cupo</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Documentos requeridos</translation>
    </message>
    <message>
        <source>Zones the badge opens</source>
        <translation>Zonas que abre la credencial</translation>
    </message>
</context>
<context>
    <name>RouteTableModel</name>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Nominating body</source>
        <translation>Entidad que nomina</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cupo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Workbooks</source>
        <translation>Libros</translation>
    </message>
    <message>
        <source>sent %1 (%2)</source>
        <translation>enviados %1 (%2)</translation>
    </message>
    <message>
        <source>returned %1 (%2)</source>
        <translation>devueltos %1 (%2)</translation>
    </message>
    <message>
        <source>Nomination workbooks sent to the nominating body (File › Export nominations workbook…) and returned by it (File › Import nominations workbook…)</source>
        <translation>Libros de nominaciones enviados al órgano que designa (Archivo › Exportar el libro de nominaciones…) y devueltos por él (Archivo › Importar el libro de nominaciones…)</translation>
    </message>
</context>
<context>
    <name>RoutesEditor</name>
    <message>
        <source>Accreditation routes</source>
        <translation>Vías de acreditación</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Propuesto por</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cupo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>&amp;Add route…</source>
        <translation>&amp;Añadir vía…</translation>
    </message>
    <message>
        <source> (flag)</source>
        <translation> (señalar)</translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Eliminar la vía</translation>
    </message>
    <message>
        <source>Delete the route %1?</source>
        <translation>¿Eliminar la vía %1?</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(sin sala)</translation>
    </message>
    <message>
        <source>type an organisation, or choose a delegate</source>
        <translation>escriba una organización, o elija un delegado</translation>
    </message>
    <message>
        <source>e.g. Governments of Germany and Egypt</source>
        <translation>p. ej. Gobiernos de Alemania y Egipto</translation>
    </message>
    <message>
        <source>Delegate…</source>
        <translation>Delegado…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>open to all accredited</source>
        <translation>abierta a todos los acreditados</translation>
    </message>
    <message>
        <source>invitation only</source>
        <translation>solo con invitación</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>a puerta cerrada</translation>
    </message>
    <message>
        <source>Chatham House rule</source>
        <translation>Regla de Chatham House</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>sin estimar</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Co-chairs</source>
        <translation>Copresidencia</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>Asistencia prevista</translation>
    </message>
    <message>
        <source>Time per delegation (minutes)</source>
        <translation>Tiempo por delegación (minutos)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invitar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Invite a delegate</source>
        <translation>Invitar a un delegado</translation>
    </message>
    <message>
        <source>Choose a delegate</source>
        <translation>Elegir un delegado</translation>
    </message>
</context>
<context>
    <name>SlotTableModel</name>
    <message>
        <source>#</source>
        <extracomment>Columns that sort on something else than what they show (names by family name).</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>SpeakingTimeBox</name>
    <message>
        <source>Speaking time, planned and actual (minutes)</source>
        <translation>Tiempo de palabra, previsto y real (minutos)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por género</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>New walk-in</source>
        <translation>Nuevo asistente sin inscripción</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source> — approved here</source>
        <translation> — aprobado aquí</translation>
    </message>
    <message>
        <source> — to the accreditation queue</source>
        <translation> — a la cola de acreditación</translation>
    </message>
    <message>
        <source>&amp;Approve and print the badge now</source>
        <translation>&amp;Aprobar e imprimir la credencial ahora</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegoría</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Vía</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>The desk approves on this route: the badge prints at once.</source>
        <translation>El mostrador aprueba en esta vía: la credencial se imprime de inmediato.</translation>
    </message>
    <message>
        <source>The desk does not approve on this route (a quota, documents, or another body decides): the walk-in waits in the accreditation queue.</source>
        <translation>El mostrador no aprueba en esta vía (decide un cupo, unos documentos u otro organismo): el asistente espera en la cola de acreditación.</translation>
    </message>
    <message>
        <source>Register and &amp;print</source>
        <translation>Inscribir e &amp;imprimir</translation>
    </message>
    <message>
        <source>The event has no accreditation route yet: add one first.</source>
        <translation>El evento aún no tiene vías de acreditación: añada una primero.</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>every finding, errors included</comment>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them error(s)</source>
        <translation>
            <numerusform>, entre ellos %n error</numerusform>
            <numerusform>, entre ellos %n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the programme…</source>
        <translation>Comprobando el programa…</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>No se pudieron aplicar las reglas: %1</translation>
    </message>
</context>
<context>
    <name>_ReportPage</name>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Finish imports it in one go.</source>
        <translation>Aún no se ha cambiado nada. Finalizar lo importa todo de una vez.</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is; nothing was changed.</source>
        <translation>Este archivo no se puede importar tal cual; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong: %1
Nothing was saved by the action that failed.</source>
        <translation>Algo salió mal: %1
La acción que falló no guardó nada.</translation>
    </message>
</context>
<context>
    <name>forum</name>
    <message>
        <source>No forum yet</source>
        <translation>Aún no hay foro</translation>
    </message>
    <message>
        <source>No forum yet — create it first (File › New forum…). Create it now?</source>
        <translation>Aún no hay foro — créelo primero (Archivo › Nuevo foro…). ¿Crearlo ahora?</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Local/regional government leader</source>
        <translation>Autoridad local o regional</translation>
    </message>
    <message>
        <source>City official</source>
        <translation>Funcionario municipal</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Estado miembro</translation>
    </message>
    <message>
        <source>UN / international organisation</source>
        <translation>ONU / organización internacional</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Prensa</translation>
    </message>
    <message>
        <source>Host / secretariat staff</source>
        <translation>Personal anfitrión / secretaría</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>not accredited</source>
        <translation>no acreditado</translation>
    </message>
    <message>
        <source>nominated</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>badge issued</source>
        <translation>credencial emitida</translation>
    </message>
    <message>
        <source>badge collected</source>
        <translation>credencial recogida</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Mesa redonda</translation>
    </message>
    <message>
        <source>Parallel break-out</source>
        <translation>Sesión paralela</translation>
    </message>
    <message>
        <source>Side event</source>
        <translation>Evento paralelo</translation>
    </message>
    <message>
        <source>Private meeting</source>
        <translation>Reunión privada</translation>
    </message>
    <message>
        <source>Press conference</source>
        <translation>Conferencia de prensa</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>TBC</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>open to all accredited</source>
        <translation>abierta a todos los acreditados</translation>
    </message>
    <message>
        <source>invitation only</source>
        <translation>solo con invitación</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Opening remarks</source>
        <translation>Palabras de apertura</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Discurso principal</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panelista</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Comentarista</translation>
    </message>
    <message>
        <source>Intervention from the floor</source>
        <translation>Intervención desde la sala</translation>
    </message>
    <message>
        <source>Closing remarks</source>
        <translation>Palabras de clausura</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>presencial</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>a distancia</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitado</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declinó</translation>
    </message>
    <message>
        <source>Own authority</source>
        <translation>En nombre propio</translation>
    </message>
    <message>
        <source>National delegation</source>
        <translation>Delegación nacional</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organización asociada</translation>
    </message>
    <message>
        <source>Host / secretariat</source>
        <translation>Anfitrión / secretaría</translation>
    </message>
    <message>
        <source>ADMITTED</source>
        <translation>ADMITIDO</translation>
    </message>
    <message>
        <source>ALREADY IN</source>
        <translation>YA ENTRÓ</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>RECHAZADO</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Result panel colours at the desk (background, text).</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Given name</source>
        <extracomment>Block colours of the programme grid, by session kind.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Name on the badge</source>
        <translation>Nombre en la credencial</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Level of representation</source>
        <translation>Nivel de representación</translation>
    </message>
    <message>
        <source>4 A6 badges on A4, with crop marks</source>
        <translation>4 credenciales A6 en A4, con marcas de corte</translation>
    </message>
    <message>
        <source>8 A7 badges on A4 landscape, with crop marks</source>
        <translation>8 credenciales A7 en A4 apaisado, con marcas de corte</translation>
    </message>
    <message>
        <source>A6 badge with photo (105 × 148 mm)</source>
        <translation>Credencial A6 con foto (105 × 148 mm)</translation>
    </message>
    <message>
        <source>A6 badge (105 × 148 mm)</source>
        <translation>Credencial A6 (105 × 148 mm)</translation>
    </message>
    <message>
        <source>A7 badge (74 × 105 mm)</source>
        <translation>Credencial A7 (74 × 105 mm)</translation>
    </message>
    <message>
        <source>ID-1 card with photo (85.6 × 54 mm)</source>
        <translation>Tarjeta ID-1 con foto (85,6 × 54 mm)</translation>
    </message>
    <message>
        <source>ID-1 card (85.6 × 54 mm)</source>
        <translation>Tarjeta ID-1 (85,6 × 54 mm)</translation>
    </message>
    <message>
        <source>Label 4 × 3 in (Zebra, 101.6 × 76.2 mm)</source>
        <translation>Etiqueta 4 × 3 pulg. (Zebra, 101,6 × 76,2 mm)</translation>
    </message>
    <message>
        <source>Label 62 × 100 mm (Brother QL, 62 mm continuous)</source>
        <translation>Etiqueta 62 × 100 mm (Brother QL, rollo continuo de 62 mm)</translation>
    </message>
</context>
</TS>
