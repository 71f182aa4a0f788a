<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ClientPanel</name>
    <message>
        <source>&lt;b&gt;Client&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cliente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>URL de WebSocket</translation>
    </message>
    <message>
        <source>The address to connect to, such as ws://host:port/ws/</source>
        <translation>La dirección a la que conectarse, como ws://host:puerto/ws/</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Empties the client&apos;s log</source>
        <translation>Vacía el registro del cliente</translation>
    </message>
    <message>
        <source>Client log</source>
        <translation>Registro del cliente</translation>
    </message>
    <message>
        <source>What the client did: connecting, messages sent and received, closing</source>
        <translation>Lo que ha hecho el cliente: conexión, mensajes enviados y recibidos, cierre</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Auto-reconnect</source>
        <translation>Recone&amp;xión automática</translation>
    </message>
    <message>
        <source>When the connection drops, connect again after 1 s, then 2, 4 ... up to 30 s</source>
        <translation>Si se pierde la conexión, volver a conectar tras 1 s, luego 2, 4 ... hasta 30 s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop waiting to reconnect</source>
        <translation>Dejar de esperar para volver a conectar</translation>
    </message>
    <message>
        <source>Stop reconnecting</source>
        <translation>Detener la reconexión</translation>
    </message>
    <message>
        <source>P&amp;ing</source>
        <translation>Pin&amp;g</translation>
    </message>
    <message>
        <source>Send a ping and log how long the pong takes</source>
        <translation>Enviar un ping y registrar cuánto tarda el pong</translation>
    </message>
    <message>
        <source>Auto-pin&amp;g:</source>
        <translation>Ping au&amp;tomático:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Ping every so many seconds while connected</source>
        <translation>Enviar un ping cada tantos segundos mientras haya conexión</translation>
    </message>
    <message>
        <source>Auto-ping interval in seconds</source>
        <translation>Intervalo del ping automático en segundos</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Messages sent before (Up/Down in the message box too)</source>
        <translation>Mensajes enviados antes (también con Arriba/Abajo en el cuadro de mensaje)</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Snipp&amp;ets</source>
        <translation>Fr&amp;agmentos</translation>
    </message>
    <message>
        <source>Messages kept by name</source>
        <translation>Mensajes guardados con un nombre</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>Problema con el mensaje</translation>
    </message>
    <message>
        <source>Client log and its filter</source>
        <translation>Registro del cliente y su filtro</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Aún no se ha enviado nada</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>&amp;Save Message as Snippet...</source>
        <translation>&amp;Guardar mensaje como fragmento...</translation>
    </message>
    <message>
        <source>%1 (hex)</source>
        <translation>%1 (hex)</translation>
    </message>
    <message>
        <source>&amp;Delete Snippet</source>
        <translation>&amp;Eliminar fragmento</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>Guardar fragmento</translation>
    </message>
    <message>
        <source>Name of the snippet (the same name replaces it):</source>
        <translation>Nombre del fragmento (el mismo nombre lo sustituye):</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Extra request &amp;headers, one &quot;Name: value&quot; a line:</source>
        <translation>&amp;Cabeceras de solicitud adicionales, una &quot;Nombre: valor&quot; por línea:</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>Cabeceras de solicitud adicionales</translation>
    </message>
    <message>
        <source>&amp;Subprotocols to offer, comma-separated:</source>
        <translation>&amp;Subprotocolos que ofrecer, separados por comas:</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Subprotocolos</translation>
    </message>
    <message>
        <source>Used from the next connection on, for this session only.</source>
        <translation>Se usan a partir de la próxima conexión, solo en esta sesión.</translation>
    </message>
    <message>
        <source>Handsha&amp;ke...</source>
        <translation>Neg&amp;ociación...</translation>
    </message>
    <message>
        <source>Handsha&amp;ke (%1)...</source>
        <translation>Neg&amp;ociación (%1)...</translation>
    </message>
    <message>
        <source>Extra request headers and subprotocols for the handshake</source>
        <translation>Cabeceras de solicitud adicionales y subprotocolos para la negociación</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Cabeceras: %1</translation>
    </message>
    <message>
        <source>Subprotocols: %1</source>
        <translation>Subprotocolos: %1</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Reconexión en %1 s</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Trust this certificate for this session?</source>
        <translation>El certificado del servidor no es de confianza. ¿Confiar en este certificado durante esta sesión?</translation>
    </message>
    <message>
        <source>Subject: %1
SHA-256 fingerprint:
%2</source>
        <translation>Sujeto: %1
Huella SHA-256:
%2</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Clear L&amp;og</source>
        <translation>&amp;Borrar registro</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>&amp;Confiar durante esta sesión</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Send the message as text, as JSON checked before it goes, or its hex or base64 bytes as a binary message</source>
        <translation>Enviar el mensaje como texto, como JSON comprobado antes de enviarlo, o sus bytes en hex o base64 como mensaje binario</translation>
    </message>
    <message>
        <source>Text to send (Ctrl+Enter sends, Enter adds a line, Up/Down for history)</source>
        <translation>Texto a enviar (Ctrl+Intro envía, Intro añade una línea, Arriba/Abajo para el historial)</translation>
    </message>
    <message>
        <source>JSON such as {&quot;type&quot;: &quot;subscribe&quot;} (checked before it is sent; Ctrl+Enter sends)</source>
        <translation>JSON como {&quot;type&quot;: &quot;subscribe&quot;} (se comprueba antes de enviarlo; Ctrl+Intro envía)</translation>
    </message>
    <message>
        <source>Hex bytes such as 48 65 6c 6c 6f (Ctrl+Enter sends)</source>
        <translation>Bytes en hex como 48 65 6c 6c 6f (Ctrl+Intro envía)</translation>
    </message>
    <message>
        <source>Base64 such as SGVsbG8= (Ctrl+Enter sends)</source>
        <translation>Base64 como SGVsbG8= (Ctrl+Intro envía)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatear</translation>
    </message>
    <message>
        <source>Indents the JSON message, a member a line</source>
        <translation>Sangra el mensaje JSON, un miembro por línea</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compactar</translation>
    </message>
    <message>
        <source>Writes the JSON message on one line, without spaces</source>
        <translation>Escribe el mensaje JSON en una línea, sin espacios</translation>
    </message>
    <message>
        <source>Send File…</source>
        <translation>Enviar archivo…</translation>
    </message>
    <message>
        <source>Sends a file&apos;s bytes as one binary message</source>
        <translation>Envía los bytes de un archivo como un mensaje binario</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter in the message box)</source>
        <translation>Envía el mensaje (Ctrl+Intro en el cuadro de mensaje)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>No es JSON: %1</translation>
    </message>
    <message>
        <source>Send a File</source>
        <translation>Enviar un archivo</translation>
    </message>
    <message>
        <source>%1 is larger than %2: not sent.</source>
        <translation>%1 es mayor que %2: no se envió.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 (JSON)</source>
        <translation>%1 (JSON)</translation>
    </message>
    <message>
        <source>%1 (base64)</source>
        <translation>%1 (base64)</translation>
    </message>
</context>
<context>
    <name>ClientTabs</name>
    <message>
        <source>New Connection Tab</source>
        <translation>Nueva pestaña de conexión</translation>
    </message>
    <message>
        <source>Opens another connection in a tab of its own (Ctrl+T)</source>
        <translation>Abre otra conexión en una pestaña propia (Ctrl+T)</translation>
    </message>
    <message>
        <source>Close Connection Tab</source>
        <translation>Cerrar pestaña de conexión</translation>
    </message>
    <message>
        <source>Next Connection Tab</source>
        <translation>Siguiente pestaña de conexión</translation>
    </message>
    <message>
        <source>Previous Connection Tab</source>
        <translation>Pestaña de conexión anterior</translation>
    </message>
    <message>
        <source>New connection tab</source>
        <translation>Nueva pestaña de conexión</translation>
    </message>
    <message>
        <source>Client connections</source>
        <translation>Conexiones del cliente</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardadas</translation>
    </message>
    <message>
        <source>Shows the saved connections: save this tab, open, export, import</source>
        <translation>Muestra las conexiones guardadas: guardar esta pestaña, abrir, exportar, importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved connections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conexiones guardadas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>Enter or a double click opens one in a tab</source>
        <translation>Intro o un doble clic abre una en una pestaña</translation>
    </message>
    <message>
        <source>Save Tab…</source>
        <translation>Guardar pestaña…</translation>
    </message>
    <message>
        <source>Saves this tab&apos;s URL, headers, subprotocols, snippets, message mode, auto-ping and auto-reconnect by name</source>
        <translation>Guarda con un nombre la URL, las cabeceras, los subprotocolos, los fragmentos, el modo del mensaje, el ping y la reconexión automáticos de esta pestaña</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Header values that may be secrets go too, marked as such</source>
        <translation>Los valores de cabecera que pueden ser secretos también van, marcados como tales</translation>
    </message>
    <message>
        <source>Export Without Secrets…</source>
        <translation>Exportar sin secretos…</translation>
    </message>
    <message>
        <source>Authorization, Cookie and other secret headers keep their names and lose their values</source>
        <translation>Authorization, Cookie y otras cabeceras secretas conservan su nombre y pierden su valor</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of connections.</source>
        <translation>%1 es demasiado grande para una lista de conexiones.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported.</source>
        <translation>
            <numerusform>%n conexión importada.</numerusform>
            <numerusform>%n conexiones importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret header value(s) were not in the file: give them in Handshake… before connecting.</source>
        <translation>
            <numerusform>%n valor de cabecera secreto no estaba en el archivo: indíquelo en Negociación… antes de conectar.</numerusform>
            <numerusform>%n valores de cabecera secretos no estaban en el archivo: indíquelos en Negociación… antes de conectar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Connection</source>
        <translation>Guardar conexión</translation>
    </message>
    <message>
        <source>Name of the connection (the same name replaces it):</source>
        <translation>Nombre de la conexión (el mismo nombre la reemplaza):</translation>
    </message>
    <message>
        <source>Export the Connections</source>
        <translation>Exportar las conexiones</translation>
    </message>
    <message>
        <source>Export Without Secrets</source>
        <translation>Exportar sin secretos</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Importar conexiones</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se importó nada. %1</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a button that opens the saved connection chosen</comment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the state of a connection</comment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>the state of a connection</comment>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the state of a connection</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>the state of a connection</comment>
        <translation>Fallida</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the server without a window, logging to the terminal.</source>
        <translation>Ejecutar el servidor sin ventana, registrando en la terminal.</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default 8888; 0 picks a free port).</source>
        <translation>Escuchar en &lt;puerto&gt; (por defecto 8888; 0 elige un puerto libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; (default 127.0.0.1, this computer only; 0.0.0.0 or :: for every interface).</source>
        <translation>Escuchar en &lt;dirección&gt; (por defecto 127.0.0.1, solo este equipo; 0.0.0.0 o :: para todas las interfaces).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Close a WebSocket (1009) that sends a message or frame over &lt;bytes&gt; (default 10485760, 10 MiB).</source>
        <translation>Cerrar (1009) un WebSocket que envíe un mensaje o una trama de más de &lt;bytes&gt; (por defecto 10485760, 10 MiB).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Answer 503 to connections beyond &lt;n&gt; at once (default 10000).</source>
        <translation>Responder 503 a las conexiones que superen &lt;n&gt; simultáneas (por defecto 10000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also let pages from &lt;origin&gt; open a WebSocket (e.g. https://example.com; * allows every origin). Repeatable. Pages served by Duplex itself, and clients that send no Origin, are always allowed.</source>
        <translation>Permitir también que las páginas de &lt;origen&gt; abran un WebSocket (p. ej., https://example.com; * permite cualquier origen). Se puede repetir. Las páginas servidas por el propio Duplex y los clientes que no envían Origin siempre están permitidos.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>With --headless: log connections, closes and warnings, but not every message and page request.</source>
        <translation>Con --headless: registrar conexiones, cierres y advertencias, pero no cada mensaje ni cada solicitud de página.</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt;: one of %1 (default: the system&apos;s language).</source>
        <translation>Usar el &lt;idioma&gt; indicado: uno de %1 (por defecto: el idioma del sistema).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;; consulte --help.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; Duplex speaks %2.</source>
        <translation>Idioma desconocido &quot;%1&quot;; Duplex está disponible en %2.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>El puerto debe ser un número de 0 a 65535, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The bind address must be an IP address such as 127.0.0.1, 0.0.0.0 or ::, not &quot;%1&quot;.</source>
        <translation>La dirección de escucha debe ser una dirección IP como 127.0.0.1, 0.0.0.0 o ::, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-message-size must be a number of bytes from 1 to 2147483648, not &quot;%1&quot;.</source>
        <translation>--max-message-size debe ser un número de bytes de 1 a 2147483648, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-connections must be a number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>--max-connections debe ser un número de 1 a 1000000, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--allow-origin needs an origin such as https://example.com:8443 or *, not &quot;%1&quot;.</source>
        <translation>--allow-origin necesita un origen como https://example.com:8443 o *, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Speak TLS on the port (https:// and wss://) with the PEM certificate in &lt;file&gt;; needs --tls-key.</source>
        <translation>Usar TLS en el puerto (https:// y wss://) con el certificado PEM de &lt;archivo&gt;; requiere --tls-key.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key: a PEM &lt;file&gt; without a passphrase.</source>
        <translation>La clave privada del certificado: un &lt;archivo&gt; PEM sin frase de contraseña.</translation>
    </message>
    <message>
        <source>--tls-cert needs --tls-key: the certificate&apos;s private key.</source>
        <translation>--tls-cert requiere --tls-key: la clave privada del certificado.</translation>
    </message>
    <message>
        <source>--tls-key needs --tls-cert: the certificate it belongs to.</source>
        <translation>--tls-key requiere --tls-cert: el certificado al que pertenece.</translation>
    </message>
    <message>
        <source>Also answer to requests for the host &lt;name&gt; when listening on loopback (e.g. the server_name of a proxy in front of Duplex; * allows every name). Repeatable. localhost and the loopback addresses are always allowed.</source>
        <translation>Al escuchar en loopback, responder también a las peticiones para el host &lt;nombre&gt; (p. ej., el server_name de un proxy delante de Duplex; * permite cualquier nombre). Repetible. localhost y las direcciones de loopback siempre están permitidos.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Keep at most &lt;bytes&gt; of unfinished messages and unsent replies for all clients together; past it, the clients holding the most are closed (default: a quarter of this computer&apos;s memory).</source>
        <translation>Guardar como máximo &lt;bytes&gt; de mensajes incompletos y respuestas sin enviar para todos los clientes juntos; por encima, se cierran los clientes que más ocupan (predeterminado: una cuarta parte de la memoria de este equipo).</translation>
    </message>
    <message>
        <source>--max-buffered-bytes must be a number of bytes from 1048576 (1 MiB) to 70368744177664 (64 TiB), not &quot;%1&quot;.</source>
        <translation>--max-buffered-bytes debe ser un número de bytes de 1048576 (1 MiB) a 70368744177664 (64 TiB), no «%1».</translation>
    </message>
    <message>
        <source>--allow-host needs a host name or address such as example.com, without a scheme or a port (or *), not &quot;%1&quot;.</source>
        <translation>--allow-host necesita un nombre de host o una dirección como example.com, sin esquema ni puerto (o *), no «%1».</translation>
    </message>
    <message>
        <source>Echo binary messages as they came; by default their ASCII letters are upper-cased, as the tutorial&apos;s bytes.upper() does.</source>
        <translation>Devolver los mensajes binarios tal como llegaron; por defecto sus letras ASCII se pasan a mayúsculas, como hace bytes.upper() en el tutorial.</translation>
    </message>
    <message>
        <source>Duplex: a WebSocket workbench. One port serves a web page at / and a WebSocket at /ws/ that greets each client with &quot;Welcome!&quot; and answers every message upper-cased.

duplex connect &lt;url&gt; [options]: a WebSocket client for the terminal and for scripts; see duplex connect --help.</source>
        <translation>Duplex: un banco de pruebas de WebSocket. Un único puerto sirve una página web en / y un WebSocket en /ws/ que saluda a cada cliente con &quot;Welcome!&quot; y responde a cada mensaje en mayúsculas.

duplex connect &lt;url&gt; [opciones]: un cliente WebSocket para la terminal y para scripts; consulte duplex connect --help.</translation>
    </message>
    <message>
        <source>With --headless: append the log to &lt;file&gt; instead of standard error; SIGHUP opens it again (for logrotate).</source>
        <translation>Con --headless: añadir el registro al &lt;archivo&gt; en lugar de a la salida de error estándar; SIGHUP lo vuelve a abrir (para logrotate).</translation>
    </message>
    <message>
        <source>With --headless: write the log as text (default) or json (JSON Lines).</source>
        <translation>Con --headless: escribir el registro como text (por defecto) o json (JSON Lines).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>--log-format is text or json, not &quot;%1&quot;.</source>
        <translation>--log-format es text o json, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--log-file and --log-format are for --headless: the window shows its log itself.</source>
        <translation>--log-file y --log-format son para --headless: la ventana muestra su propio registro.</translation>
    </message>
</context>
<context>
    <name>ConnectionModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par remoto</translation>
    </message>
    <message>
        <source>Real client</source>
        <translation>Cliente real</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agente de usuario</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Msj. entrantes</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Msj. salientes</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes entrantes</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes salientes</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
</context>
<context>
    <name>ConsoleClient</name>
    <message>
        <source>duplex connect: a WebSocket client for the terminal and for scripts. It prints what happens as the tutorial&apos;s page does (&quot;Connection is opened ...&quot;, &quot;Message is received: ...&quot;, &quot;Connection is closed ...&quot;), each line with a time stamp, and sends every line typed on standard input as a text message; Ctrl+D closes the connection (1000). What a peer sent is shown with control characters escaped.</source>
        <translation>duplex connect: un cliente WebSocket para la terminal y para scripts. Muestra lo que ocurre como lo hace la página del tutorial (&quot;Conexión abierta ...&quot;, &quot;Mensaje recibido: ...&quot;, &quot;Conexión cerrada ...&quot;), cada línea con una marca de tiempo, y envía cada línea escrita en la entrada estándar como mensaje de texto; Ctrl+D cierra la conexión (1000). Lo que envió el otro extremo se muestra con los caracteres de control escapados.</translation>
    </message>
    <message>
        <source>ws:// or wss:// address, e.g. ws://127.0.0.1:8888/ws/</source>
        <translation>dirección ws:// o wss://, p. ej., ws://127.0.0.1:8888/ws/</translation>
    </message>
    <message>
        <source>Send &lt;message&gt; once connected, then wait (standard input is not read). Repeatable, sent in order.</source>
        <translation>Enviar &lt;mensaje&gt; una vez conectado y luego esperar (no se lee la entrada estándar). Se puede repetir; se envían en orden.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>Exit (0) once &lt;n&gt; messages have come in, the greeting included.</source>
        <translation>Salir (0) en cuanto hayan llegado &lt;n&gt; mensajes, incluido el saludo.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Exit &lt;seconds&gt; after the connection opened: with 0 if --expect is met or not asked, else with the time-out status.</source>
        <translation>Salir &lt;segundos&gt; después de abrirse la conexión: con 0 si se cumple --expect o no se pidió; si no, con el estado de tiempo agotado.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Give up if the connection is not open after &lt;seconds&gt; (default 10).</source>
        <translation>Desistir si la conexión no está abierta tras &lt;segundos&gt; (por defecto 10).</translation>
    </message>
    <message>
        <source>Print JSON Lines instead: time, event or direction (in/out), text or hex, close code and reason.</source>
        <translation>Imprimir JSON Lines en su lugar: hora, evento o dirección (in/out), texto o hex, código y motivo del cierre.</translation>
    </message>
    <message>
        <source>Send each message as a binary message (its UTF-8 bytes).</source>
        <translation>Enviar cada mensaje como mensaje binario (sus bytes UTF-8).</translation>
    </message>
    <message>
        <source>Read each message as hex bytes (&quot;48 69&quot;) and send it as a binary message.</source>
        <translation>Leer cada mensaje como bytes en hex (&quot;48 69&quot;) y enviarlo como mensaje binario.</translation>
    </message>
    <message>
        <source>Send the handshake header &quot;&lt;Name: value&gt;&quot;. Repeatable.</source>
        <translation>Enviar la cabecera de negociación &quot;&lt;Nombre: valor&gt;&quot;. Se puede repetir.</translation>
    </message>
    <message>
        <source>Name: value</source>
        <translation>Nombre: valor</translation>
    </message>
    <message>
        <source>Offer the subprotocol &lt;name&gt; (repeatable, or several split by commas).</source>
        <translation>Ofrecer el subprotocolo &lt;nombre&gt; (se puede repetir, o varios separados por comas).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Send Origin: &lt;origin&gt;, as a page from there would.</source>
        <translation>Enviar Origin: &lt;origen&gt;, como lo haría una página de allí.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>wss://: accept the server&apos;s certificate without verifying it (says so).</source>
        <translation>wss://: aceptar el certificado del servidor sin verificarlo (y avisa de ello).</translation>
    </message>
    <message>
        <source>wss://: also trust the certificate authorities (or self-signed certificates) in the PEM &lt;file&gt;.</source>
        <translation>wss://: confiar también en las autoridades de certificación (o certificados autofirmados) del &lt;archivo&gt; PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Ping every &lt;seconds&gt; while connected and print each round trip.</source>
        <translation>Enviar un ping cada &lt;segundos&gt; mientras haya conexión e imprimir cada tiempo de ida y vuelta.</translation>
    </message>
    <message>
        <source>When an open connection drops, connect again after a growing delay (1 s doubling to 30 s).</source>
        <translation>Cuando se cae una conexión abierta, volver a conectar tras una espera creciente (1 s, que se duplica hasta 30 s).</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; (see duplex --help).</source>
        <translation>Usar el &lt;idioma&gt; indicado (consulte duplex --help).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 a mistake on the command line; 2 no connection (refused, host not found); 3 the handshake was refused (HTTP status); 4 TLS failed or the certificate did not verify; 5 timed out (--timeout, or --expect not met within --wait); 6 the connection was cut or closed with an error code, or closed before --expect was met; 128 + N after signal N (Ctrl+C: 130).</source>
        <translation>Estado de salida: 0 hecho; 1 un error en la línea de comandos; 2 sin conexión (rechazada, host no encontrado); 3 se rechazó la negociación (estado HTTP); 4 falló TLS o no se pudo verificar el certificado; 5 tiempo agotado (--timeout, o --expect no cumplido dentro de --wait); 6 la conexión se cortó o se cerró con un código de error, o se cerró antes de cumplirse --expect; 128 + N tras la señal N (Ctrl+C: 130).</translation>
    </message>
    <message>
        <source>duplex connect needs a URL, such as ws://127.0.0.1:8888/ws/; see duplex connect --help.</source>
        <translation>duplex connect necesita una URL, como ws://127.0.0.1:8888/ws/; consulte duplex connect --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see duplex connect --help.</source>
        <translation>Argumento inesperado &quot;%1&quot;; consulte duplex connect --help.</translation>
    </message>
    <message>
        <source>--binary and --hex cannot go together: --hex sends binary messages too.</source>
        <translation>--binary y --hex no pueden usarse juntos: --hex también envía mensajes binarios.</translation>
    </message>
    <message>
        <source>--send &quot;%1&quot;: %2</source>
        <translation>--send &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--expect needs a number of messages from 1 up, not &quot;%1&quot;.</source>
        <translation>--expect necesita un número de mensajes a partir de 1, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds from 0 to 86400, not &quot;%2&quot;.</source>
        <translation>--%1 necesita un número de segundos de 0 a 86400, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--ping needs at least 1 second, not &quot;%1&quot;.</source>
        <translation>--ping necesita al menos 1 segundo, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>-H &quot;%1&quot;: %2</source>
        <translation>-H &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a header is &quot;Name: value&quot;.</source>
        <translation>una cabecera tiene la forma &quot;Nombre: valor&quot;.</translation>
    </message>
    <message>
        <source>--ca: cannot read %1: %2</source>
        <translation>--ca: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--ca: %1 holds no PEM certificate.</source>
        <translation>--ca: %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Sin conexión con %1 en %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n message(s) expected came within --wait.</source>
        <translation>
            <numerusform>Llegaron %1 del %n mensaje esperado dentro de --wait.</numerusform>
            <numerusform>Llegaron %1 de los %n mensajes esperados dentro de --wait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; Ctrl+D closes the connection.</source>
        <translation>Escriba un mensaje y pulse Enter para enviarlo; Ctrl+D cierra la conexión.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>No se puede leer la entrada estándar: %1</translation>
    </message>
    <message>
        <source>Line %1 of the input is longer than %2: not sent.</source>
        <translation>La línea %1 de la entrada supera %2: no se envió.</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections on %1 port %2.</source>
        <translation>Conexión rechazada: nada acepta conexiones en %1, puerto %2.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>(--ca FILE trusts the authority that signed it; --insecure skips the check.)</source>
        <translation>(--ca ARCHIVO confía en la autoridad que lo firmó; --insecure omite la comprobación.)</translation>
    </message>
    <message>
        <source>The connection was cut without a close frame (1006).</source>
        <translation>La conexión se cortó sin trama de cierre (1006).</translation>
    </message>
    <message>
        <source>The server closed the connection with code %1%2.</source>
        <translation>El servidor cerró la conexión con el código %1%2.</translation>
    </message>
    <message numerus="yes">
        <source>The connection closed after %1 of the %n message(s) expected.</source>
        <translation>
            <numerusform>La conexión se cerró tras %1 del %n mensaje esperado.</numerusform>
            <numerusform>La conexión se cerró tras %1 de los %n mensajes esperados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleLog</name>
    <message>
        <source>Listening on %1: page http://%2/, WebSocket ws://%2/ws/</source>
        <translation>Escuchando en %1: página http://%2/, WebSocket ws://%2/ws/</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Servidor detenido</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Conexión cerrada</translation>
    </message>
    <message>
        <source>New message %1</source>
        <translation>Nuevo mensaje %1</translation>
    </message>
    <message>
        <source>New binary message %1</source>
        <translation>Nuevo mensaje binario %1</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n carácter)</numerusform>
            <numerusform>… (%n caracteres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1 with TLS: page https://%2/, WebSocket wss://%2/ws/</source>
        <translation>Escuchando en %1 con TLS: página https://%2/, WebSocket wss://%2/ws/</translation>
    </message>
</context>
<context>
    <name>ConsoleWriter</name>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>No se puede abrir %1 para escribir: %2</translation>
    </message>
</context>
<context>
    <name>DuplexServer</name>
    <message>
        <source>The server is already listening on %1.</source>
        <translation>El servidor ya está escuchando en %1.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2: another program is listening there.</source>
        <translation>El puerto %1 ya está en uso en %2: otro programa está escuchando en él.</translation>
    </message>
    <message>
        <source>Permission denied to listen on %1: ports below 1024 need administrator rights.</source>
        <translation>Permiso denegado para escuchar en %1: los puertos por debajo de 1024 requieren permisos de administrador.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the address %2 does not belong to this computer.</source>
        <translation>No se puede escuchar en %1: la dirección %2 no pertenece a este equipo.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>No se puede escuchar en %1: %2.</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Servidor detenido</translation>
    </message>
    <message numerus="yes">
        <source>refused: %n connection(s) already, the most allowed</source>
        <translation>
            <numerusform>rechazada: ya hay %n conexión, el máximo permitido</numerusform>
            <numerusform>rechazada: ya hay %n conexiones, el máximo permitido</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped: %1 bytes of replies are waiting, and it reads none of them</source>
        <translation>desconectado: hay %1 bytes de respuestas en espera y no lee ninguno</translation>
    </message>
    <message>
        <source>dropped: no answer to pings for %1 s</source>
        <translation>desconectado: sin respuesta a los pings durante %1 s</translation>
    </message>
    <message>
        <source>refused: plain HTTP sent to the TLS port (told to use https://)</source>
        <translation>rechazada: se envió HTTP sin cifrar al puerto TLS (se indicó usar https://)</translation>
    </message>
    <message>
        <source>closed with %1: it held %2 bytes when all clients together held more than the %3 allowed (--max-buffered-bytes)</source>
        <translation>cerrado con %1: ocupaba %2 bytes cuando todos los clientes juntos ocupaban más de los %3 permitidos (--max-buffered-bytes)</translation>
    </message>
    <message>
        <source>binary messages are echoed unchanged</source>
        <translation>los mensajes binarios se devuelven sin cambios</translation>
    </message>
    <message>
        <source>binary messages are echoed as the seed&apos;s bytes.upper() does: ASCII letters upper-cased, every other byte kept (--echo-binary-unchanged or Server Settings: as they came)</source>
        <translation>los mensajes binarios se devuelven como hace bytes.upper() del ejemplo: letras ASCII en mayúsculas, los demás bytes igual (--echo-binary-unchanged o Configuración del servidor: tal como llegaron)</translation>
    </message>
</context>
<context>
    <name>FrontDoor</name>
    <message>
        <source>origin %1 is not allowed</source>
        <translation>el origen %1 no está permitido</translation>
    </message>
    <message>
        <source>host %1 is not a name of this server (a guard against DNS rebinding); if it is yours, start Duplex with --allow-host %1</source>
        <translation>el host %1 no es un nombre de este servidor (protección contra DNS rebinding); si es suyo, inicie Duplex con --allow-host %1</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Signal %1: closing every client and stopping</source>
        <translation>Señal %1: cerrando todos los clientes y deteniendo el servidor</translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <source>Not hex: &quot;0x&quot; at position %1 has no digits after it.</source>
        <translation>No es hex: &quot;0x&quot; en la posición %1 no va seguido de dígitos.</translation>
    </message>
    <message>
        <source>Not hex: %1 at position %2 is not a hex digit.</source>
        <translation>No es hex: %1 en la posición %2 no es un dígito hex.</translation>
    </message>
    <message>
        <source>Not hex: &quot;%1&quot; at position %2 has an odd number of hex digits.</source>
        <translation>No es hex: &quot;%1&quot; en la posición %2 tiene un número impar de dígitos hex.</translation>
    </message>
    <message numerus="yes">
        <source>... %Ln more byte(s)</source>
        <translation>
            <numerusform>... %Ln byte más</numerusform>
            <numerusform>... %Ln bytes más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>not a JSON object or array</source>
        <translation>no es un objeto ni un array JSON</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{…} %n key(s)</source>
        <translation>
            <numerusform>{…} %n clave</numerusform>
            <numerusform>{…} %n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[…] %n item(s)</source>
        <translation>
            <numerusform>[…] %n elemento</numerusform>
            <numerusform>[…] %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>LogFilterModel</name>
    <message>
        <source>Invalid regular expression: %1 at position %2</source>
        <translation>Expresión regular no válida: %1 en la posición %2</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>… (%1 characters in all)</source>
        <translation>… (%1 caracteres en total)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export the Shown Lines</source>
        <translation>Exportar las líneas mostradas</translation>
    </message>
    <message>
        <source>Export the Log</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation>Solo %1 ✕</translation>
    </message>
    <message>
        <source>Only the lines about the client %1 are shown; click to show all</source>
        <translation>Solo se muestran las líneas del cliente %1; haga clic para mostrarlas todas</translation>
    </message>
    <message>
        <source>Show all clients&apos; lines</source>
        <translation>Mostrar las líneas de todos los clientes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Filter (text, or /regular expression/)</source>
        <translation>Filtro (texto o /expresión regular/)</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>Filtro del registro</translation>
    </message>
    <message>
        <source>Shows only the lines that contain this text, in any case. A text that starts with / is a regular expression: /^Sent/, or /hello/i to ignore case. Ctrl+F comes here, Esc empties it.</source>
        <translation>Muestra solo las líneas que contienen este texto, sin distinguir mayúsculas y minúsculas. Un texto que empieza por / es una expresión regular: /^Sent/, o /hello/i para no distinguir mayúsculas. Ctrl+F lleva aquí y Esc lo vacía.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrantes</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salientes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Show the messages received</source>
        <translation>Mostrar los mensajes recibidos</translation>
    </message>
    <message>
        <source>Show the messages sent</source>
        <translation>Mostrar los mensajes enviados</translation>
    </message>
    <message>
        <source>Show the events: connections, closes, page requests</source>
        <translation>Mostrar los eventos: conexiones, cierres, solicitudes de páginas</translation>
    </message>
    <message>
        <source>Show the errors and warnings</source>
        <translation>Mostrar los errores y advertencias</translation>
    </message>
    <message>
        <source>Lines shown of all the lines in the log</source>
        <translation>Líneas mostradas del total de líneas del registro</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Saves the log to a file, as plain text or JSON Lines; the arrow chooses whether only the shown lines go when a filter hides some</source>
        <translation>Guarda el registro en un archivo, como texto sin formato o JSON Lines; la flecha permite elegir si solo se exportan las líneas mostradas cuando un filtro oculta algunas</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <source>Export Only the Shown Lines</source>
        <translation>Exportar solo las líneas mostradas</translation>
    </message>
    <message>
        <source>While a filter hides lines, Export… writes only the lines shown</source>
        <translation>Mientras un filtro oculta líneas, Exportar… escribe solo las líneas mostradas</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Opciones de exportación</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Error del filtro</translation>
    </message>
    <message>
        <source>Find in the Log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copies the selected lines as text</source>
        <translation>Copia las líneas seleccionadas como texto</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>&amp;Limpiar registro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Start Server</source>
        <translation>&amp;Iniciar servidor</translation>
    </message>
    <message>
        <source>Start the server (F5)</source>
        <translation>Iniciar el servidor (F5)</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>&amp;Detener servidor</translation>
    </message>
    <message>
        <source>Stop the server and close every client (Shift+F5)</source>
        <translation>Detener el servidor y cerrar todos los clientes (Mayús+F5)</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open the server&apos;s page in the web browser (Ctrl+B)</source>
        <translation>Abrir la página del servidor en el navegador web (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copiar URL</translation>
    </message>
    <message>
        <source>Copy the page&apos;s address (Ctrl+Shift+C)</source>
        <translation>Copiar la dirección de la página (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Server S&amp;ettings...</source>
        <translation>Con&amp;figuración del servidor...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Duplex</source>
        <translation>&amp;Acerca de Duplex</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
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
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>The port the server listens on</source>
        <translation>El puerto en el que escucha el servidor</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo este equipo (127.0.0.1)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Todas las interfaces</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Escuchar en</translation>
    </message>
    <message>
        <source>Who can reach the server: this computer only, or the network too</source>
        <translation>Quién puede acceder al servidor: solo este equipo o también la red</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Use Port %1</source>
        <translation>Usar el puerto %1</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Clientes conectados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stopping: closing the clients...</source>
        <translation>Deteniendo: cerrando los clientes...</translation>
    </message>
    <message>
        <source>Listening on %1 — %2</source>
        <translation>Escuchando en %1 — %2</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Servidor detenido</translation>
    </message>
    <message>
        <source>%1 New connection</source>
        <translation>%1 Nueva conexión</translation>
    </message>
    <message>
        <source>%1 Connection closed (%2)</source>
        <translation>%1 Conexión cerrada (%2)</translation>
    </message>
    <message>
        <source>%1 Connection closed (%2 %3)</source>
        <translation>%1 Conexión cerrada (%2 %3)</translation>
    </message>
    <message>
        <source>%1 New message %2</source>
        <translation>%1 Nuevo mensaje %2</translation>
    </message>
    <message>
        <source>%1 Sent %2</source>
        <translation>%1 Enviado %2</translation>
    </message>
    <message>
        <source>%1 New binary message %2</source>
        <translation>%1 Nuevo mensaje binario %2</translation>
    </message>
    <message>
        <source>%1 Sent binary %2</source>
        <translation>%1 Enviado binario %2</translation>
    </message>
    <message>
        <source>%1 more messages in the last second (%2 in, %3 out), counted, not listed</source>
        <translation>%1 mensajes más en el último segundo (%2 entrantes, %3 salientes), contados, no listados</translation>
    </message>
    <message>
        <source>Listening on %1: page %2, WebSocket %3</source>
        <translation>Escuchando en %1: página %2, WebSocket %3</translation>
    </message>
    <message>
        <source>No web browser could be started for %1.</source>
        <translation>No se pudo abrir ningún navegador web para %1.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Settings saved; they apply when the server next starts (Shift+F5, F5).</source>
        <translation>Configuración guardada; se aplicará la próxima vez que se inicie el servidor (Mayús+F5, F5).</translation>
    </message>
    <message>
        <source>About Duplex</source>
        <translation>Acerca de Duplex</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duplex %1&lt;/h3&gt;&lt;p&gt;A WebSocket workbench: one port serves a web page at &lt;code&gt;/&lt;/code&gt; and a WebSocket at &lt;code&gt;/ws/&lt;/code&gt; that greets every client with &lt;code&gt;Welcome!&lt;/code&gt; and answers each message upper-cased, with a built-in client to talk to it or to any other WebSocket server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Duplex %1&lt;/h3&gt;&lt;p&gt;Un banco de pruebas de WebSocket: un único puerto sirve una página web en &lt;code&gt;/&lt;/code&gt; y un WebSocket en &lt;code&gt;/ws/&lt;/code&gt; que saluda a cada cliente con &lt;code&gt;Welcome!&lt;/code&gt; y responde a cada mensaje en mayúsculas, con un cliente integrado para comunicarse con él o con cualquier otro servidor WebSocket.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageCodec</name>
    <message>
        <source>Not JSON: %1</source>
        <translation>No es JSON: %1</translation>
    </message>
    <message>
        <source>Not base64: use A-Z, a-z, 0-9, + and /, and = only at the end.</source>
        <translation>No es base64: use A-Z, a-z, 0-9, + y /, y = solo al final.</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>Copy Path %1</source>
        <translation>Copiar la ruta %1</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar el valor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copies the message: its text, or its bytes in hex</source>
        <translation>Copia el mensaje: su texto, o sus bytes en hex</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copiar como JSON</translation>
    </message>
    <message>
        <source>Copies the message as a JSON object: time, direction, peer, kind, the text or the bytes in base64, and the size</source>
        <translation>Copia el mensaje como objeto JSON: hora, dirección, par, tipo, el texto o los bytes en base64, y el tamaño</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Writes the whole message to a file</source>
        <translation>Escribe el mensaje entero en un archivo</translation>
    </message>
    <message>
        <source>Closes the message pane (Esc)</source>
        <translation>Cierra el panel del mensaje (Esc)</translation>
    </message>
    <message>
        <source>Close the message pane</source>
        <translation>Cerrar el panel del mensaje</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>El mensaje entero</translation>
    </message>
    <message>
        <source>The message as a JSON tree</source>
        <translation>El mensaje como árbol JSON</translation>
    </message>
    <message>
        <source>Right-click a node to copy its path or value</source>
        <translation>Clic derecho en un nodo para copiar su ruta o su valor</translation>
    </message>
    <message>
        <source>The message&apos;s bytes in hex</source>
        <translation>Los bytes del mensaje en hex</translation>
    </message>
    <message>
        <source>Find in the message (Enter: next, Shift+Enter: back, Esc)</source>
        <translation>Buscar en el mensaje (Intro: siguiente, Mayús+Intro: anterior, Esc)</translation>
    </message>
    <message>
        <source>Find in the message</source>
        <translation>Buscar en el mensaje</translation>
    </message>
    <message>
        <source>About the message</source>
        <translation>Sobre el mensaje</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>text, %1 bytes, %2 characters</source>
        <translation>texto, %1 bytes, %2 caracteres</translation>
    </message>
    <message>
        <source>, JSON</source>
        <translation>, JSON</translation>
    </message>
    <message>
        <source>binary, %1 bytes</source>
        <translation>binario, %1 bytes</translation>
    </message>
    <message>
        <source>only its start is kept</source>
        <translation>solo se conserva el principio</translation>
    </message>
    <message>
        <source>(not UTF-8 text)</source>
        <translation>(no es texto UTF-8)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>No es JSON: %1</translation>
    </message>
    <message>
        <source>Characters %1 to %2 of %3</source>
        <translation>Caracteres %1 a %2 de %3</translation>
    </message>
    <message>
        <source>Save the Message</source>
        <translation>Guardar el mensaje</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Clients: %1</source>
        <translation>Clientes: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Servidor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clea&amp;r Log</source>
        <translation>Limpia&amp;r registro</translation>
    </message>
    <message>
        <source>Empties the server&apos;s log</source>
        <translation>Vacía el registro del servidor</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Registro del servidor</translation>
    </message>
    <message>
        <source>What the server did: connections, messages in and out, page requests, warnings</source>
        <translation>Lo que ha hecho el servidor: conexiones, mensajes entrantes y salientes, solicitudes de páginas, advertencias</translation>
    </message>
    <message>
        <source>Server log and its filter</source>
        <translation>Registro del servidor y su filtro</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Clientes conectados</translation>
    </message>
    <message>
        <source>One row per WebSocket client; select one to see only its lines in the log</source>
        <translation>Una fila por cliente WebSocket; seleccione uno para ver solo sus líneas en el registro</translation>
    </message>
    <message>
        <source>Disco&amp;nnect</source>
        <translation>Desco&amp;nectar</translation>
    </message>
    <message>
        <source>Closes the selected client&apos;s connection: 1000 (Normal Closure), or 1008 (Policy Violation) with the reason typed</source>
        <translation>Cierra la conexión del cliente seleccionado: 1000 (Normal Closure), o 1008 (Policy Violation) con el motivo escrito</translation>
    </message>
    <message>
        <source>Reason (optional: sends 1008)</source>
        <translation>Motivo (opcional: envía 1008)</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <source>Message to the selected client or to all</source>
        <translation>Mensaje para el cliente seleccionado o para todos</translation>
    </message>
    <message>
        <source>Message from the server</source>
        <translation>Mensaje del servidor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>Binario (hex)</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Binary: type the bytes in hex, with or without spaces (48 69)</source>
        <translation>Binario: escriba los bytes en hex, con o sin espacios (48 69)</translation>
    </message>
    <message>
        <source>Send to Clien&amp;t</source>
        <translation>En&amp;viar al cliente</translation>
    </message>
    <message>
        <source>Sends the message to the selected client</source>
        <translation>Envía el mensaje al cliente seleccionado</translation>
    </message>
    <message>
        <source>&amp;Broadcast</source>
        <translation>Di&amp;fundir</translation>
    </message>
    <message>
        <source>Sends the message to every connected client</source>
        <translation>Envía el mensaje a todos los clientes conectados</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>it is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>its mode is none of text, json, hex and base64</source>
        <translation>su modo no es ninguno de text, json, hex y base64</translation>
    </message>
    <message>
        <source>a snippet has no name or an unknown mode</source>
        <translation>un fragmento no tiene nombre o tiene un modo desconocido</translation>
    </message>
    <message>
        <source>The file is not JSON: %1.</source>
        <translation>El archivo no es JSON: %1.</translation>
    </message>
    <message>
        <source>The file is not a list of Duplex connections (no &quot;format&quot;: &quot;duplex-sessions&quot;).</source>
        <translation>El archivo no es una lista de conexiones de Duplex (sin &quot;format&quot;: &quot;duplex-sessions&quot;).</translation>
    </message>
    <message>
        <source>The file names no version of its format.</source>
        <translation>El archivo no indica la versión de su formato.</translation>
    </message>
    <message>
        <source>The file is of version %1 of the format; this Duplex reads up to %2.</source>
        <translation>El archivo es de la versión %1 del formato; este Duplex lee hasta la %2.</translation>
    </message>
    <message>
        <source>The file holds no &quot;sessions&quot; list.</source>
        <translation>El archivo no contiene una lista &quot;sessions&quot;.</translation>
    </message>
    <message>
        <source>Connection %1 of the file is refused: %2</source>
        <translation>La conexión %1 del archivo se rechaza: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server Settings</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>A larger message or frame closes its connection with 1009</source>
        <translation>Un mensaje o una trama más grande cierra su conexión con 1009</translation>
    </message>
    <message>
        <source>Connections beyond this are answered 503</source>
        <translation>A las conexiones que superen este número se les responde 503</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clients are pinged this often and dropped after two silent intervals</source>
        <translation>Se envía un ping a los clientes con esta frecuencia y se desconectan tras dos intervalos sin respuesta</translation>
    </message>
    <message>
        <source>One per line, e.g. https://example.com, or * for all</source>
        <translation>Uno por línea, p. ej., https://example.com, o * para todos</translation>
    </message>
    <message>
        <source>Largest &amp;message:</source>
        <translation>&amp;Mensaje más grande:</translation>
    </message>
    <message>
        <source>Most &amp;connections:</source>
        <translation>Máximo de &amp;conexiones:</translation>
    </message>
    <message>
        <source>&amp;Ping every:</source>
        <translation>&amp;Ping cada:</translation>
    </message>
    <message>
        <source>Also allow pages &amp;from:</source>
        <translation>Permitir también páginas &amp;de:</translation>
    </message>
    <message>
        <source>Pages that Duplex serves itself, and clients that send no Origin, are always allowed. Changes apply when the server next starts.</source>
        <translation>Las páginas que sirve el propio Duplex y los clientes que no envían Origin siempre están permitidos. Los cambios se aplican la próxima vez que se inicie el servidor.</translation>
    </message>
    <message>
        <source>Not an origin: %1 (write scheme://host[:port])</source>
        <translation>No es un origen: %1 (escriba esquema://host[:puerto])</translation>
    </message>
    <message>
        <source>PEM file; empty: plain http:// and ws://</source>
        <translation>Archivo PEM; vacío: http:// y ws:// sin cifrar</translation>
    </message>
    <message>
        <source>With a certificate and its key the port speaks TLS: the page over https://, the WebSocket over wss://</source>
        <translation>Con un certificado y su clave, el puerto usa TLS: la página por https://, el WebSocket por wss://</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>Archivo de certificado TLS</translation>
    </message>
    <message>
        <source>PEM file without a passphrase</source>
        <translation>Archivo PEM sin frase de contraseña</translation>
    </message>
    <message>
        <source>TLS key file</source>
        <translation>Archivo de clave TLS</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>TLS ce&amp;rtificate:</source>
        <translation>Ce&amp;rtificado TLS:</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>Cla&amp;ve TLS:</translation>
    </message>
    <message>
        <source>TLS Key</source>
        <translation>Clave TLS</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>A TLS certificate needs its key file too.</source>
        <translation>Un certificado TLS también necesita su archivo de clave.</translation>
    </message>
    <message>
        <source>A TLS key needs its certificate file too.</source>
        <translation>Una clave TLS también necesita su archivo de certificado.</translation>
    </message>
    <message>
        <source>One per line, e.g. example.com, or * for all</source>
        <translation>Uno por línea, p. ej. example.com, o * para todos</translation>
    </message>
    <message>
        <source>A server listening on this computer only answers to localhost and its loopback addresses, against DNS rebinding; add the names a proxy in front of it is reached by</source>
        <translation>Un servidor que escucha solo en este equipo responde únicamente a localhost y sus direcciones de loopback, contra el DNS rebinding; añada los nombres con los que se llega a un proxy delante de él</translation>
    </message>
    <message>
        <source>Also answer to &amp;hosts:</source>
        <translation>Responder también a &amp;hosts:</translation>
    </message>
    <message>
        <source>Not a host name: %1 (write it without scheme or port)</source>
        <translation>No es un nombre de host: %1 (escríbalo sin esquema ni puerto)</translation>
    </message>
    <message>
        <source>Echo binary messages &amp;unchanged</source>
        <translation>Devolver los mensajes binarios sin &amp;cambios</translation>
    </message>
    <message>
        <source>Off, as in the tutorial&apos;s server (bytes.upper()): the ASCII letters of a binary message come back upper-cased, every other byte as it was</source>
        <translation>Desactivado, como en el servidor del tutorial (bytes.upper()): las letras ASCII de un mensaje binario vuelven en mayúsculas y los demás bytes tal cual</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>TLS is not available: Qt found no TLS library (OpenSSL 3) on this computer.</source>
        <translation>TLS no está disponible: Qt no encontró ninguna biblioteca TLS (OpenSSL 3) en este equipo.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2.</source>
        <translation>No se puede leer el certificado TLS %1: %2.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2.</source>
        <translation>No se puede leer la clave TLS %1: %2.</translation>
    </message>
    <message>
        <source>%1 holds no private key Duplex can use (PEM, RSA or EC, without a passphrase).</source>
        <translation>%1 no contiene ninguna clave privada que Duplex pueda usar (PEM, RSA o EC, sin frase de contraseña).</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate %2.</source>
        <translation>La clave %1 no corresponde al certificado %2.</translation>
    </message>
</context>
<context>
    <name>WebSocketClient</name>
    <message>
        <source>Connection is opened ...</source>
        <translation>Conexión abierta ...</translation>
    </message>
    <message>
        <source>Message is received: %1</source>
        <translation>Mensaje recibido: %1</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://, not &quot;%1&quot;.</source>
        <translation>La URL debe empezar por ws:// o wss://, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; no es una URL válida.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no host.</source>
        <translation>La URL &quot;%1&quot; no indica ningún host.</translation>
    </message>
    <message>
        <source>Handshake failed: the server answered HTTP %1 %2</source>
        <translation>Falló la negociación: el servidor respondió HTTP %1 %2</translation>
    </message>
    <message>
        <source>Handshake failed: the server answered HTTP 400 Bad Request</source>
        <translation>Falló la negociación: el servidor respondió HTTP 400 Bad Request</translation>
    </message>
    <message>
        <source>Handshake failed: the server wants another WebSocket version</source>
        <translation>Falló la negociación: el servidor requiere otra versión de WebSocket</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Handshake failed: %1</source>
        <translation>Falló la negociación: %1</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host no encontrado</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>El servidor cerró la conexión</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>Falló la negociación TLS: %1</translation>
    </message>
    <message>
        <source>Connecting to %1 ...</source>
        <translation>Conectando a %1 ...</translation>
    </message>
    <message>
        <source>Not connected: the message was not sent.</source>
        <translation>No conectado: el mensaje no se envió.</translation>
    </message>
    <message>
        <source>Message is sent: %1</source>
        <translation>Mensaje enviado: %1</translation>
    </message>
    <message>
        <source>Connection is closed ...</source>
        <translation>Conexión cerrada ...</translation>
    </message>
    <message>
        <source>Close code %1</source>
        <translation>Código de cierre %1</translation>
    </message>
    <message>
        <source>Close code %1: %2</source>
        <translation>Código de cierre %1: %2</translation>
    </message>
    <message>
        <source>Subprotocol: %1</source>
        <translation>Subprotocolo: %1</translation>
    </message>
    <message>
        <source>Binary message is received (%1)</source>
        <translation>Mensaje binario recibido (%1)</translation>
    </message>
    <message>
        <source>A request header needs a name.</source>
        <translation>Una cabecera de solicitud necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>&quot;%1&quot; no es un nombre de cabecera válido: use solo letras, dígitos y !#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
    <message>
        <source>The value of the header &quot;%1&quot; must not break the line.</source>
        <translation>El valor de la cabecera &quot;%1&quot; no debe contener saltos de línea.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set by the handshake itself.</source>
        <translation>La propia negociación establece la cabecera &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give subprotocols in their own field, not as a &quot;%1&quot; header.</source>
        <translation>Indique los subprotocolos en su propio campo, no como cabecera &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;Name: value&quot;.</source>
        <translation>La línea %1 no tiene la forma &quot;Nombre: valor&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subprotocol name.</source>
        <translation>&quot;%1&quot; no es un nombre de subprotocolo válido.</translation>
    </message>
    <message>
        <source>Binary message is sent (%1)</source>
        <translation>Mensaje binario enviado (%1)</translation>
    </message>
    <message>
        <source>Not connected: the ping was not sent.</source>
        <translation>No conectado: el ping no se envió.</translation>
    </message>
    <message>
        <source>A ping carries at most %1 bytes: the ping was not sent.</source>
        <translation>Un ping lleva como máximo %1 bytes: el ping no se envió.</translation>
    </message>
    <message>
        <source>Pong received</source>
        <translation>Pong recibido</translation>
    </message>
    <message>
        <source>Pong received in %1 ms</source>
        <translation>Pong recibido en %1 ms</translation>
    </message>
    <message>
        <source>Reconnecting is stopped.</source>
        <translation>Reconexión detenida.</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s ...</source>
        <translation>Reconexión en %1 s ...</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is trusted for this session.</source>
        <translation>El certificado del servidor se considera de confianza durante esta sesión.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is accepted without being verified: %1</source>
        <translation>El certificado del servidor se acepta sin verificarlo: %1</translation>
    </message>
</context>
</TS>
