<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClientPanel</name>
    <message>
        <source>&lt;b&gt;Client&lt;/b&gt;</source>
        <translation>&lt;b&gt;Client&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>WebSocket-URL</translation>
    </message>
    <message>
        <source>The address to connect to, such as ws://host:port/ws/</source>
        <translation>Die Adresse, zu der verbunden werden soll, z. B. ws://host:port/ws/</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Empties the client&apos;s log</source>
        <translation>Leert das Protokoll des Clients</translation>
    </message>
    <message>
        <source>Client log</source>
        <translation>Client-Protokoll</translation>
    </message>
    <message>
        <source>What the client did: connecting, messages sent and received, closing</source>
        <translation>Was der Client getan hat: Verbindungsaufbau, gesendete und empfangene Nachrichten, Schließen der Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Auto-reconnect</source>
        <translation>Auto&amp;matisch neu verbinden</translation>
    </message>
    <message>
        <source>When the connection drops, connect again after 1 s, then 2, 4 ... up to 30 s</source>
        <translation>Wenn die Verbindung abbricht, nach 1 s erneut verbinden, dann nach 2, 4 ... bis zu 30 s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop waiting to reconnect</source>
        <translation>Nicht mehr auf das erneute Verbinden warten</translation>
    </message>
    <message>
        <source>Stop reconnecting</source>
        <translation>Erneutes Verbinden abbrechen</translation>
    </message>
    <message>
        <source>P&amp;ing</source>
        <translation>P&amp;ing</translation>
    </message>
    <message>
        <source>Send a ping and log how long the pong takes</source>
        <translation>Einen Ping senden und protokollieren, wie lange der Pong dauert</translation>
    </message>
    <message>
        <source>Auto-pin&amp;g:</source>
        <translation>Auto-Pin&amp;g:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Ping every so many seconds while connected</source>
        <translation>Während der Verbindung alle so viele Sekunden einen Ping senden</translation>
    </message>
    <message>
        <source>Auto-ping interval in seconds</source>
        <translation>Auto-Ping-Intervall in Sekunden</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <source>Messages sent before (Up/Down in the message box too)</source>
        <translation>Bereits gesendete Nachrichten (auch mit Pfeil hoch/runter im Nachrichtenfeld)</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Snipp&amp;ets</source>
        <translation>Text&amp;bausteine</translation>
    </message>
    <message>
        <source>Messages kept by name</source>
        <translation>Unter einem Namen gespeicherte Nachrichten</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>Problem mit der Nachricht</translation>
    </message>
    <message>
        <source>Client log and its filter</source>
        <translation>Client-Protokoll und sein Filter</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Noch nichts gesendet</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>&amp;Save Message as Snippet...</source>
        <translation>Nachricht als Textbaustein &amp;speichern...</translation>
    </message>
    <message>
        <source>%1 (hex)</source>
        <translation>%1 (hex)</translation>
    </message>
    <message>
        <source>&amp;Delete Snippet</source>
        <translation>Textbaustein &amp;löschen</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>Textbaustein speichern</translation>
    </message>
    <message>
        <source>Name of the snippet (the same name replaces it):</source>
        <translation>Name des Textbausteins (derselbe Name ersetzt ihn):</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>Extra request &amp;headers, one &quot;Name: value&quot; a line:</source>
        <translation>Zusätzliche Anfrage-&amp;Header, ein &quot;Name: Wert&quot; pro Zeile:</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>Zusätzliche Anfrage-Header</translation>
    </message>
    <message>
        <source>&amp;Subprotocols to offer, comma-separated:</source>
        <translation>Anzubietende &amp;Subprotokolle, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Subprotokolle</translation>
    </message>
    <message>
        <source>Used from the next connection on, for this session only.</source>
        <translation>Gilt ab der nächsten Verbindung, nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Handsha&amp;ke...</source>
        <translation>Handsha&amp;ke...</translation>
    </message>
    <message>
        <source>Handsha&amp;ke (%1)...</source>
        <translation>Handsha&amp;ke (%1)...</translation>
    </message>
    <message>
        <source>Extra request headers and subprotocols for the handshake</source>
        <translation>Zusätzliche Anfrage-Header und Subprotokolle für den Handshake</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>Subprotocols: %1</source>
        <translation>Subprotokolle: %1</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Neue Verbindung in %1 s</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Trust this certificate for this session?</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut. Diesem Zertifikat für diese Sitzung vertrauen?</translation>
    </message>
    <message>
        <source>Subject: %1
SHA-256 fingerprint:
%2</source>
        <translation>Inhaber: %1
SHA-256-Fingerabdruck:
%2</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Clear L&amp;og</source>
        <translation>Pr&amp;otokoll leeren</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>Für diese Sitzung &amp;vertrauen</translation>
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
        <translation>Die Nachricht als Text senden, als vorher geprüftes JSON oder ihre Hex- bzw. Base64-Bytes als Binärnachricht</translation>
    </message>
    <message>
        <source>Text to send (Ctrl+Enter sends, Enter adds a line, Up/Down for history)</source>
        <translation>Zu sendender Text (Strg+Enter sendet, Enter fügt eine Zeile an, Auf/Ab für den Verlauf)</translation>
    </message>
    <message>
        <source>JSON such as {&quot;type&quot;: &quot;subscribe&quot;} (checked before it is sent; Ctrl+Enter sends)</source>
        <translation>JSON wie {&quot;type&quot;: &quot;subscribe&quot;} (vor dem Senden geprüft; Strg+Enter sendet)</translation>
    </message>
    <message>
        <source>Hex bytes such as 48 65 6c 6c 6f (Ctrl+Enter sends)</source>
        <translation>Hex-Bytes wie 48 65 6c 6c 6f (Strg+Enter sendet)</translation>
    </message>
    <message>
        <source>Base64 such as SGVsbG8= (Ctrl+Enter sends)</source>
        <translation>Base64 wie SGVsbG8= (Strg+Enter sendet)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Indents the JSON message, a member a line</source>
        <translation>Rückt die JSON-Nachricht ein, ein Element je Zeile</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Writes the JSON message on one line, without spaces</source>
        <translation>Schreibt die JSON-Nachricht in eine Zeile, ohne Leerzeichen</translation>
    </message>
    <message>
        <source>Send File…</source>
        <translation>Datei senden…</translation>
    </message>
    <message>
        <source>Sends a file&apos;s bytes as one binary message</source>
        <translation>Sendet die Bytes einer Datei als eine Binärnachricht</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter in the message box)</source>
        <translation>Die Nachricht senden (Strg+Enter im Nachrichtenfeld)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Kein JSON: %1</translation>
    </message>
    <message>
        <source>Send a File</source>
        <translation>Eine Datei senden</translation>
    </message>
    <message>
        <source>%1 is larger than %2: not sent.</source>
        <translation>%1 ist größer als %2: nicht gesendet.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (JSON)</source>
        <translation>%1 (JSON)</translation>
    </message>
    <message>
        <source>%1 (base64)</source>
        <translation>%1 (Base64)</translation>
    </message>
</context>
<context>
    <name>ClientTabs</name>
    <message>
        <source>New Connection Tab</source>
        <translation>Neuer Verbindungs-Tab</translation>
    </message>
    <message>
        <source>Opens another connection in a tab of its own (Ctrl+T)</source>
        <translation>Öffnet eine weitere Verbindung in einem eigenen Tab (Strg+T)</translation>
    </message>
    <message>
        <source>Close Connection Tab</source>
        <translation>Verbindungs-Tab schließen</translation>
    </message>
    <message>
        <source>Next Connection Tab</source>
        <translation>Nächster Verbindungs-Tab</translation>
    </message>
    <message>
        <source>Previous Connection Tab</source>
        <translation>Vorheriger Verbindungs-Tab</translation>
    </message>
    <message>
        <source>New connection tab</source>
        <translation>Neuer Verbindungs-Tab</translation>
    </message>
    <message>
        <source>Client connections</source>
        <translation>Client-Verbindungen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Shows the saved connections: save this tab, open, export, import</source>
        <translation>Zeigt die gespeicherten Verbindungen: diesen Tab speichern, öffnen, exportieren, importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved connections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gespeicherte Verbindungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Enter or a double click opens one in a tab</source>
        <translation>Enter oder ein Doppelklick öffnet eine in einem Tab</translation>
    </message>
    <message>
        <source>Save Tab…</source>
        <translation>Tab speichern…</translation>
    </message>
    <message>
        <source>Saves this tab&apos;s URL, headers, subprotocols, snippets, message mode, auto-ping and auto-reconnect by name</source>
        <translation>Speichert URL, Header, Subprotokolle, Snippets, Nachrichtenart, Auto-Ping und Auto-Reconnect dieses Tabs unter einem Namen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Header values that may be secrets go too, marked as such</source>
        <translation>Header-Werte, die Geheimnisse sein können, kommen mit, als solche markiert</translation>
    </message>
    <message>
        <source>Export Without Secrets…</source>
        <translation>Ohne Geheimnisse exportieren…</translation>
    </message>
    <message>
        <source>Authorization, Cookie and other secret headers keep their names and lose their values</source>
        <translation>Authorization, Cookie und andere geheime Header behalten ihre Namen und verlieren ihre Werte</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of connections.</source>
        <translation>%1 ist zu groß für eine Liste von Verbindungen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported.</source>
        <translation>
            <numerusform>%n Verbindung importiert.</numerusform>
            <numerusform>%n Verbindungen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret header value(s) were not in the file: give them in Handshake… before connecting.</source>
        <translation>
            <numerusform>%n geheimer Header-Wert war nicht in der Datei: vor dem Verbinden unter Handshake… angeben.</numerusform>
            <numerusform>%n geheime Header-Werte waren nicht in der Datei: vor dem Verbinden unter Handshake… angeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>Name of the connection (the same name replaces it):</source>
        <translation>Name der Verbindung (derselbe Name ersetzt sie):</translation>
    </message>
    <message>
        <source>Export the Connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <source>Export Without Secrets</source>
        <translation>Ohne Geheimnisse exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a button that opens the saved connection chosen</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the state of a connection</comment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>the state of a connection</comment>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the state of a connection</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>the state of a connection</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the server without a window, logging to the terminal.</source>
        <translation>Den Server ohne Fenster ausführen und im Terminal protokollieren.</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default 8888; 0 picks a free port).</source>
        <translation>Auf &lt;port&gt; lauschen (Standard 8888; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; (default 127.0.0.1, this computer only; 0.0.0.0 or :: for every interface).</source>
        <translation>Auf &lt;adresse&gt; lauschen (Standard 127.0.0.1, nur dieser Computer; 0.0.0.0 oder :: für alle Schnittstellen).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Close a WebSocket (1009) that sends a message or frame over &lt;bytes&gt; (default 10485760, 10 MiB).</source>
        <translation>Einen WebSocket (1009) schließen, der eine Nachricht oder einen Frame größer als &lt;bytes&gt; sendet (Standard 10485760, 10 MiB).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Answer 503 to connections beyond &lt;n&gt; at once (default 10000).</source>
        <translation>Bei mehr als &lt;n&gt; gleichzeitigen Verbindungen jede weitere mit 503 beantworten (Standard 10000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also let pages from &lt;origin&gt; open a WebSocket (e.g. https://example.com; * allows every origin). Repeatable. Pages served by Duplex itself, and clients that send no Origin, are always allowed.</source>
        <translation>Auch Seiten von &lt;ursprung&gt; einen WebSocket öffnen lassen (z. B. https://example.com; * erlaubt jeden Ursprung). Mehrfach angebbar. Seiten, die Duplex selbst ausliefert, und Clients, die keinen Origin-Header senden, sind immer erlaubt.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>ursprung</translation>
    </message>
    <message>
        <source>With --headless: log connections, closes and warnings, but not every message and page request.</source>
        <translation>Mit --headless: neue und geschlossene Verbindungen sowie Warnungen protokollieren, aber nicht jede Nachricht und Seitenanfrage.</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt;: one of %1 (default: the system&apos;s language).</source>
        <translation>&lt;sprache&gt; verwenden: eine von %1 (Standard: die Systemsprache).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;; siehe --help.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; Duplex speaks %2.</source>
        <translation>Unbekannte Sprache &quot;%1&quot;; Duplex spricht %2.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>Der Port muss eine Zahl von 0 bis 65535 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The bind address must be an IP address such as 127.0.0.1, 0.0.0.0 or ::, not &quot;%1&quot;.</source>
        <translation>Die Bind-Adresse muss eine IP-Adresse wie 127.0.0.1, 0.0.0.0 oder :: sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-message-size must be a number of bytes from 1 to 2147483648, not &quot;%1&quot;.</source>
        <translation>--max-message-size muss eine Anzahl Bytes von 1 bis 2147483648 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-connections must be a number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>--max-connections muss eine Zahl von 1 bis 1000000 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--allow-origin needs an origin such as https://example.com:8443 or *, not &quot;%1&quot;.</source>
        <translation>--allow-origin benötigt einen Ursprung wie https://example.com:8443 oder *, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Speak TLS on the port (https:// and wss://) with the PEM certificate in &lt;file&gt;; needs --tls-key.</source>
        <translation>Auf dem Port TLS verwenden (https:// und wss://), mit dem PEM-Zertifikat in &lt;datei&gt;; erfordert --tls-key.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key: a PEM &lt;file&gt; without a passphrase.</source>
        <translation>Der private Schlüssel des Zertifikats: eine PEM-&lt;datei&gt; ohne Passphrase.</translation>
    </message>
    <message>
        <source>--tls-cert needs --tls-key: the certificate&apos;s private key.</source>
        <translation>--tls-cert erfordert --tls-key: den privaten Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <source>--tls-key needs --tls-cert: the certificate it belongs to.</source>
        <translation>--tls-key erfordert --tls-cert: das zugehörige Zertifikat.</translation>
    </message>
    <message>
        <source>Also answer to requests for the host &lt;name&gt; when listening on loopback (e.g. the server_name of a proxy in front of Duplex; * allows every name). Repeatable. localhost and the loopback addresses are always allowed.</source>
        <translation>Beim Lauschen auf Loopback auch Anfragen für den Host &lt;Name&gt; beantworten (z. B. den server_name eines Proxys vor Duplex; * erlaubt jeden Namen). Wiederholbar. localhost und die Loopback-Adressen sind immer erlaubt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keep at most &lt;bytes&gt; of unfinished messages and unsent replies for all clients together; past it, the clients holding the most are closed (default: a quarter of this computer&apos;s memory).</source>
        <translation>Höchstens &lt;bytes&gt; an unvollständigen Nachrichten und ungesendeten Antworten für alle Clients zusammen halten; darüber hinaus werden die Clients geschlossen, die am meisten halten (Standard: ein Viertel des Arbeitsspeichers dieses Computers).</translation>
    </message>
    <message>
        <source>--max-buffered-bytes must be a number of bytes from 1048576 (1 MiB) to 70368744177664 (64 TiB), not &quot;%1&quot;.</source>
        <translation>--max-buffered-bytes muss eine Anzahl Bytes von 1048576 (1 MiB) bis 70368744177664 (64 TiB) sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--allow-host needs a host name or address such as example.com, without a scheme or a port (or *), not &quot;%1&quot;.</source>
        <translation>--allow-host braucht einen Hostnamen oder eine Adresse wie example.com, ohne Schema und Port (oder *), nicht „%1“.</translation>
    </message>
    <message>
        <source>Echo binary messages as they came; by default their ASCII letters are upper-cased, as the tutorial&apos;s bytes.upper() does.</source>
        <translation>Binärnachrichten so zurücksenden, wie sie kamen; standardmäßig werden ihre ASCII-Buchstaben großgeschrieben, wie es bytes.upper() im Tutorial tut.</translation>
    </message>
    <message>
        <source>Duplex: a WebSocket workbench. One port serves a web page at / and a WebSocket at /ws/ that greets each client with &quot;Welcome!&quot; and answers every message upper-cased.

duplex connect &lt;url&gt; [options]: a WebSocket client for the terminal and for scripts; see duplex connect --help.</source>
        <translation>Duplex: eine WebSocket-Werkbank. Ein Port liefert eine Webseite unter / und einen WebSocket unter /ws/, der jeden Client mit &quot;Welcome!&quot; begrüßt und jede Nachricht in Großbuchstaben beantwortet.

duplex connect &lt;url&gt; [Optionen]: ein WebSocket-Client für das Terminal und für Skripte; siehe duplex connect --help.</translation>
    </message>
    <message>
        <source>With --headless: append the log to &lt;file&gt; instead of standard error; SIGHUP opens it again (for logrotate).</source>
        <translation>Mit --headless: das Protokoll an &lt;datei&gt; anhängen statt auf die Standardfehlerausgabe; SIGHUP öffnet die Datei erneut (für logrotate).</translation>
    </message>
    <message>
        <source>With --headless: write the log as text (default) or json (JSON Lines).</source>
        <translation>Mit --headless: das Protokoll als text (Standard) oder json (JSON Lines) schreiben.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--log-format is text or json, not &quot;%1&quot;.</source>
        <translation>--log-format ist text oder json, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--log-file and --log-format are for --headless: the window shows its log itself.</source>
        <translation>--log-file und --log-format gelten für --headless: Das Fenster zeigt sein Protokoll selbst an.</translation>
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
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Real client</source>
        <translation>Eigentlicher Client</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Nachr. ein</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Nachr. aus</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
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
        <translation>duplex connect: ein WebSocket-Client für das Terminal und für Skripte. Er gibt aus, was geschieht, wie es die Seite des Tutorials tut (&quot;Verbindung geöffnet ...&quot;, &quot;Nachricht empfangen: ...&quot;, &quot;Verbindung geschlossen ...&quot;), jede Zeile mit einem Zeitstempel, und sendet jede auf der Standardeingabe eingegebene Zeile als Textnachricht; Ctrl+D schließt die Verbindung (1000). Was die Gegenseite gesendet hat, wird mit maskierten Steuerzeichen angezeigt.</translation>
    </message>
    <message>
        <source>ws:// or wss:// address, e.g. ws://127.0.0.1:8888/ws/</source>
        <translation>ws://- oder wss://-Adresse, z. B. ws://127.0.0.1:8888/ws/</translation>
    </message>
    <message>
        <source>Send &lt;message&gt; once connected, then wait (standard input is not read). Repeatable, sent in order.</source>
        <translation>&lt;nachricht&gt; nach dem Verbindungsaufbau senden, dann warten (die Standardeingabe wird nicht gelesen). Mehrfach angebbar, in dieser Reihenfolge gesendet.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>nachricht</translation>
    </message>
    <message>
        <source>Exit (0) once &lt;n&gt; messages have come in, the greeting included.</source>
        <translation>Beenden (0), sobald &lt;n&gt; Nachrichten eingegangen sind, die Begrüßung eingeschlossen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Exit &lt;seconds&gt; after the connection opened: with 0 if --expect is met or not asked, else with the time-out status.</source>
        <translation>&lt;sekunden&gt; nach dem Öffnen der Verbindung beenden: mit 0, wenn --expect erfüllt oder nicht verlangt ist, sonst mit dem Status für Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>Give up if the connection is not open after &lt;seconds&gt; (default 10).</source>
        <translation>Aufgeben, wenn die Verbindung nach &lt;sekunden&gt; nicht offen ist (Standard 10).</translation>
    </message>
    <message>
        <source>Print JSON Lines instead: time, event or direction (in/out), text or hex, close code and reason.</source>
        <translation>Stattdessen JSON Lines ausgeben: Zeit, Ereignis oder Richtung (in/out), Text oder Hex, Schließcode und Grund.</translation>
    </message>
    <message>
        <source>Send each message as a binary message (its UTF-8 bytes).</source>
        <translation>Jede Nachricht als Binärnachricht senden (ihre UTF-8-Bytes).</translation>
    </message>
    <message>
        <source>Read each message as hex bytes (&quot;48 69&quot;) and send it as a binary message.</source>
        <translation>Jede Nachricht als Hex-Bytes lesen (&quot;48 69&quot;) und als Binärnachricht senden.</translation>
    </message>
    <message>
        <source>Send the handshake header &quot;&lt;Name: value&gt;&quot;. Repeatable.</source>
        <translation>Den Handshake-Header &quot;&lt;Name: Wert&gt;&quot; senden. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Name: value</source>
        <translation>Name: Wert</translation>
    </message>
    <message>
        <source>Offer the subprotocol &lt;name&gt; (repeatable, or several split by commas).</source>
        <translation>Das Subprotokoll &lt;Name&gt; anbieten (mehrfach angebbar oder mehrere durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Send Origin: &lt;origin&gt;, as a page from there would.</source>
        <translation>Origin: &lt;ursprung&gt; senden, wie es eine Seite von dort täte.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>ursprung</translation>
    </message>
    <message>
        <source>wss://: accept the server&apos;s certificate without verifying it (says so).</source>
        <translation>wss://: das Zertifikat des Servers ohne Prüfung akzeptieren (mit einem Hinweis darauf).</translation>
    </message>
    <message>
        <source>wss://: also trust the certificate authorities (or self-signed certificates) in the PEM &lt;file&gt;.</source>
        <translation>wss://: auch den Zertifizierungsstellen (oder selbstsignierten Zertifikaten) in der PEM-&lt;datei&gt; vertrauen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Ping every &lt;seconds&gt; while connected and print each round trip.</source>
        <translation>Während der Verbindung alle &lt;sekunden&gt; einen Ping senden und jede Umlaufzeit ausgeben.</translation>
    </message>
    <message>
        <source>When an open connection drops, connect again after a growing delay (1 s doubling to 30 s).</source>
        <translation>Wenn eine offene Verbindung abbricht, nach einer wachsenden Wartezeit erneut verbinden (1 s, verdoppelt bis 30 s).</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; (see duplex --help).</source>
        <translation>&lt;sprache&gt; verwenden (siehe duplex --help).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 a mistake on the command line; 2 no connection (refused, host not found); 3 the handshake was refused (HTTP status); 4 TLS failed or the certificate did not verify; 5 timed out (--timeout, or --expect not met within --wait); 6 the connection was cut or closed with an error code, or closed before --expect was met; 128 + N after signal N (Ctrl+C: 130).</source>
        <translation>Exit-Status: 0 erledigt; 1 ein Fehler in der Befehlszeile; 2 keine Verbindung (abgelehnt, Host nicht gefunden); 3 der Handshake wurde abgelehnt (HTTP-Status); 4 TLS fehlgeschlagen oder das Zertifikat nicht verifiziert; 5 Zeitüberschreitung (--timeout, oder --expect innerhalb von --wait nicht erfüllt); 6 die Verbindung wurde abgebrochen oder mit einem Fehlercode geschlossen, oder geschlossen, bevor --expect erfüllt war; 128 + N nach Signal N (Ctrl+C: 130).</translation>
    </message>
    <message>
        <source>duplex connect needs a URL, such as ws://127.0.0.1:8888/ws/; see duplex connect --help.</source>
        <translation>duplex connect benötigt eine URL wie ws://127.0.0.1:8888/ws/; siehe duplex connect --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see duplex connect --help.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;; siehe duplex connect --help.</translation>
    </message>
    <message>
        <source>--binary and --hex cannot go together: --hex sends binary messages too.</source>
        <translation>--binary und --hex können nicht zusammen verwendet werden: --hex sendet ebenfalls Binärnachrichten.</translation>
    </message>
    <message>
        <source>--send &quot;%1&quot;: %2</source>
        <translation>--send &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--expect needs a number of messages from 1 up, not &quot;%1&quot;.</source>
        <translation>--expect benötigt eine Anzahl Nachrichten ab 1, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds from 0 to 86400, not &quot;%2&quot;.</source>
        <translation>--%1 benötigt eine Anzahl Sekunden von 0 bis 86400, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--ping needs at least 1 second, not &quot;%1&quot;.</source>
        <translation>--ping benötigt mindestens 1 Sekunde, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>-H &quot;%1&quot;: %2</source>
        <translation>-H &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a header is &quot;Name: value&quot;.</source>
        <translation>ein Header hat die Form &quot;Name: Wert&quot;.</translation>
    </message>
    <message>
        <source>--ca: cannot read %1: %2</source>
        <translation>--ca: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--ca: %1 holds no PEM certificate.</source>
        <translation>--ca: %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n message(s) expected came within --wait.</source>
        <translation>
            <numerusform>Von der %n erwarteten Nachricht kamen %1 innerhalb von --wait an.</numerusform>
            <numerusform>Von den %n erwarteten Nachrichten kamen %1 innerhalb von --wait an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; Ctrl+D closes the connection.</source>
        <translation>Eine Nachricht eingeben und mit Enter senden; Ctrl+D schließt die Verbindung.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line %1 of the input is longer than %2: not sent.</source>
        <translation>Zeile %1 der Eingabe ist länger als %2: nicht gesendet.</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections on %1 port %2.</source>
        <translation>Verbindung abgelehnt: Auf %1 Port %2 nimmt nichts Verbindungen an.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>(--ca FILE trusts the authority that signed it; --insecure skips the check.)</source>
        <translation>(--ca DATEI vertraut der Zertifizierungsstelle, die es signiert hat; --insecure überspringt die Prüfung.)</translation>
    </message>
    <message>
        <source>The connection was cut without a close frame (1006).</source>
        <translation>Die Verbindung wurde ohne Schließ-Frame abgebrochen (1006).</translation>
    </message>
    <message>
        <source>The server closed the connection with code %1%2.</source>
        <translation>Der Server hat die Verbindung mit Code %1 geschlossen%2.</translation>
    </message>
    <message numerus="yes">
        <source>The connection closed after %1 of the %n message(s) expected.</source>
        <translation>
            <numerusform>Die Verbindung wurde nach %1 von %n erwarteten Nachricht geschlossen.</numerusform>
            <numerusform>Die Verbindung wurde nach %1 von %n erwarteten Nachrichten geschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleLog</name>
    <message>
        <source>Listening on %1: page http://%2/, WebSocket ws://%2/ws/</source>
        <translation>Lauscht auf %1: Seite http://%2/, WebSocket ws://%2/ws/</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Server gestoppt</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>New message %1</source>
        <translation>Neue Nachricht %1</translation>
    </message>
    <message>
        <source>New binary message %1</source>
        <translation>Neue Binärnachricht %1</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n Zeichen)</numerusform>
            <numerusform>… (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n Byte)</numerusform>
            <numerusform>(%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1 with TLS: page https://%2/, WebSocket wss://%2/ws/</source>
        <translation>Lauscht auf %1 mit TLS: Seite https://%2/, WebSocket wss://%2/ws/</translation>
    </message>
</context>
<context>
    <name>ConsoleWriter</name>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>DuplexServer</name>
    <message>
        <source>The server is already listening on %1.</source>
        <translation>Der Server lauscht bereits auf %1.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2: another program is listening there.</source>
        <translation>Port %1 wird auf %2 bereits verwendet: Ein anderes Programm lauscht dort.</translation>
    </message>
    <message>
        <source>Permission denied to listen on %1: ports below 1024 need administrator rights.</source>
        <translation>Keine Berechtigung, auf %1 zu lauschen: Ports unter 1024 erfordern Administratorrechte.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the address %2 does not belong to this computer.</source>
        <translation>Lauschen auf %1 nicht möglich: Die Adresse %2 gehört nicht zu diesem Computer.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>Lauschen auf %1 nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Server gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>refused: %n connection(s) already, the most allowed</source>
        <translation>
            <numerusform>abgelehnt: bereits %n Verbindung, das erlaubte Maximum</numerusform>
            <numerusform>abgelehnt: bereits %n Verbindungen, das erlaubte Maximum</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped: %1 bytes of replies are waiting, and it reads none of them</source>
        <translation>getrennt: %1 Bytes an Antworten warten, und der Client liest keine davon</translation>
    </message>
    <message>
        <source>dropped: no answer to pings for %1 s</source>
        <translation>getrennt: seit %1 s keine Antwort auf Pings</translation>
    </message>
    <message>
        <source>refused: plain HTTP sent to the TLS port (told to use https://)</source>
        <translation>abgelehnt: unverschlüsseltes HTTP an den TLS-Port gesendet (Hinweis auf https:// gegeben)</translation>
    </message>
    <message>
        <source>closed with %1: it held %2 bytes when all clients together held more than the %3 allowed (--max-buffered-bytes)</source>
        <translation>mit %1 geschlossen: hielt %2 Bytes, als alle Clients zusammen mehr als die erlaubten %3 hielten (--max-buffered-bytes)</translation>
    </message>
    <message>
        <source>binary messages are echoed unchanged</source>
        <translation>Binärnachrichten werden unverändert zurückgesendet</translation>
    </message>
    <message>
        <source>binary messages are echoed as the seed&apos;s bytes.upper() does: ASCII letters upper-cased, every other byte kept (--echo-binary-unchanged or Server Settings: as they came)</source>
        <translation>Binärnachrichten werden wie mit bytes.upper() im Ausgangsbeispiel zurückgesendet: ASCII-Buchstaben großgeschrieben, alle anderen Bytes unverändert (--echo-binary-unchanged oder Servereinstellungen: so, wie sie kamen)</translation>
    </message>
</context>
<context>
    <name>FrontDoor</name>
    <message>
        <source>origin %1 is not allowed</source>
        <translation>Ursprung %1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>host %1 is not a name of this server (a guard against DNS rebinding); if it is yours, start Duplex with --allow-host %1</source>
        <translation>Host %1 ist kein Name dieses Servers (Schutz vor DNS-Rebinding); wenn er Ihnen gehört, starten Sie Duplex mit --allow-host %1</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Signal %1: closing every client and stopping</source>
        <translation>Signal %1: Alle Clients werden getrennt, der Server wird beendet</translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <source>Not hex: &quot;0x&quot; at position %1 has no digits after it.</source>
        <translation>Kein Hex: Auf &quot;0x&quot; an Position %1 folgen keine Ziffern.</translation>
    </message>
    <message>
        <source>Not hex: %1 at position %2 is not a hex digit.</source>
        <translation>Kein Hex: %1 an Position %2 ist keine Hex-Ziffer.</translation>
    </message>
    <message>
        <source>Not hex: &quot;%1&quot; at position %2 has an odd number of hex digits.</source>
        <translation>Kein Hex: &quot;%1&quot; an Position %2 hat eine ungerade Anzahl von Hex-Ziffern.</translation>
    </message>
    <message numerus="yes">
        <source>... %Ln more byte(s)</source>
        <translation>
            <numerusform>... %Ln weiteres Byte</numerusform>
            <numerusform>... %Ln weitere Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>not a JSON object or array</source>
        <translation>kein JSON-Objekt und kein Array</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{…} %n key(s)</source>
        <translation>
            <numerusform>{…} %n Schlüssel</numerusform>
            <numerusform>{…} %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[…] %n item(s)</source>
        <translation>
            <numerusform>[…] %n Element</numerusform>
            <numerusform>[…] %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LogFilterModel</name>
    <message>
        <source>Invalid regular expression: %1 at position %2</source>
        <translation>Ungültiger regulärer Ausdruck: %1 an Position %2</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>… (%1 characters in all)</source>
        <translation>… (insgesamt %1 Zeichen)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export the Shown Lines</source>
        <translation>Angezeigte Zeilen exportieren</translation>
    </message>
    <message>
        <source>Export the Log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation>Nur %1 ✕</translation>
    </message>
    <message>
        <source>Only the lines about the client %1 are shown; click to show all</source>
        <translation>Nur die Zeilen zum Client %1 werden angezeigt; klicken, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>Show all clients&apos; lines</source>
        <translation>Zeilen aller Clients anzeigen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Filter (text, or /regular expression/)</source>
        <translation>Filter (Text oder /regulärer Ausdruck/)</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>Protokollfilter</translation>
    </message>
    <message>
        <source>Shows only the lines that contain this text, in any case. A text that starts with / is a regular expression: /^Sent/, or /hello/i to ignore case. Ctrl+F comes here, Esc empties it.</source>
        <translation>Zeigt nur die Zeilen, die diesen Text enthalten, ohne Beachtung der Groß-/Kleinschreibung. Ein Text, der mit / beginnt, ist ein regulärer Ausdruck: /^Sent/ oder /hello/i, um die Groß-/Kleinschreibung zu ignorieren. Strg+F springt hierher, Esc leert das Feld.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Show the messages received</source>
        <translation>Empfangene Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Show the messages sent</source>
        <translation>Gesendete Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Show the events: connections, closes, page requests</source>
        <translation>Ereignisse anzeigen: Verbindungen, Schließen, Seitenanfragen</translation>
    </message>
    <message>
        <source>Show the errors and warnings</source>
        <translation>Fehler und Warnungen anzeigen</translation>
    </message>
    <message>
        <source>Lines shown of all the lines in the log</source>
        <translation>Angezeigte Zeilen von allen Zeilen im Protokoll</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Saves the log to a file, as plain text or JSON Lines; the arrow chooses whether only the shown lines go when a filter hides some</source>
        <translation>Speichert das Protokoll in einer Datei, als reinen Text oder JSON Lines; über den Pfeil wählen Sie, ob nur die angezeigten Zeilen exportiert werden, wenn ein Filter einige ausblendet</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Export Only the Shown Lines</source>
        <translation>Nur angezeigte Zeilen exportieren</translation>
    </message>
    <message>
        <source>While a filter hides lines, Export… writes only the lines shown</source>
        <translation>Solange ein Filter Zeilen ausblendet, schreibt Exportieren… nur die angezeigten Zeilen</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Exportoptionen</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Filterfehler</translation>
    </message>
    <message>
        <source>Find in the Log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copies the selected lines as text</source>
        <translation>Kopiert die ausgewählten Zeilen als Text</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Start Server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>Start the server (F5)</source>
        <translation>Server starten (F5)</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>Server s&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the server and close every client (Shift+F5)</source>
        <translation>Server stoppen und alle Clients trennen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the server&apos;s page in the web browser (Ctrl+B)</source>
        <translation>Die Seite des Servers im Webbrowser öffnen (Strg+B)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the page&apos;s address (Ctrl+Shift+C)</source>
        <translation>Die Adresse der Seite kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Server S&amp;ettings...</source>
        <translation>Server&amp;einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Duplex</source>
        <translation>Ü&amp;ber Duplex</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port the server listens on</source>
        <translation>Der Port, auf dem der Server lauscht</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Alle Schnittstellen</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>Who can reach the server: this computer only, or the network too</source>
        <translation>Wer den Server erreichen kann: nur dieser Computer oder auch das Netzwerk</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Use Port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Verbundene Clients</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Client</numerusform>
            <numerusform>%Ln Clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Stopping: closing the clients...</source>
        <translation>Wird gestoppt: Clients werden getrennt...</translation>
    </message>
    <message>
        <source>Listening on %1 — %2</source>
        <translation>Lauscht auf %1 — %2</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Server gestoppt</translation>
    </message>
    <message>
        <source>%1 New connection</source>
        <translation>%1 Neue Verbindung</translation>
    </message>
    <message>
        <source>%1 Connection closed (%2)</source>
        <translation>%1 Verbindung geschlossen (%2)</translation>
    </message>
    <message>
        <source>%1 Connection closed (%2 %3)</source>
        <translation>%1 Verbindung geschlossen (%2 %3)</translation>
    </message>
    <message>
        <source>%1 New message %2</source>
        <translation>%1 Neue Nachricht %2</translation>
    </message>
    <message>
        <source>%1 Sent %2</source>
        <translation>%1 Gesendet %2</translation>
    </message>
    <message>
        <source>%1 New binary message %2</source>
        <translation>%1 Neue Binärnachricht %2</translation>
    </message>
    <message>
        <source>%1 Sent binary %2</source>
        <translation>%1 Binär gesendet %2</translation>
    </message>
    <message>
        <source>%1 more messages in the last second (%2 in, %3 out), counted, not listed</source>
        <translation>%1 weitere Nachrichten in der letzten Sekunde (%2 eingehend, %3 ausgehend), gezählt, nicht aufgeführt</translation>
    </message>
    <message>
        <source>Listening on %1: page %2, WebSocket %3</source>
        <translation>Lauscht auf %1: Seite %2, WebSocket %3</translation>
    </message>
    <message>
        <source>No web browser could be started for %1.</source>
        <translation>Für %1 konnte kein Webbrowser gestartet werden.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Settings saved; they apply when the server next starts (Shift+F5, F5).</source>
        <translation>Einstellungen gespeichert; sie gelten ab dem nächsten Serverstart (Umschalt+F5, F5).</translation>
    </message>
    <message>
        <source>About Duplex</source>
        <translation>Über Duplex</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duplex %1&lt;/h3&gt;&lt;p&gt;A WebSocket workbench: one port serves a web page at &lt;code&gt;/&lt;/code&gt; and a WebSocket at &lt;code&gt;/ws/&lt;/code&gt; that greets every client with &lt;code&gt;Welcome!&lt;/code&gt; and answers each message upper-cased, with a built-in client to talk to it or to any other WebSocket server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Duplex %1&lt;/h3&gt;&lt;p&gt;Eine WebSocket-Werkbank: Ein Port liefert eine Webseite unter &lt;code&gt;/&lt;/code&gt; und einen WebSocket unter &lt;code&gt;/ws/&lt;/code&gt;, der jeden Client mit &lt;code&gt;Welcome!&lt;/code&gt; begrüßt und jede Nachricht in Großbuchstaben beantwortet, dazu ein eingebauter Client, um mit ihm oder jedem anderen WebSocket-Server zu kommunizieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageCodec</name>
    <message>
        <source>Not JSON: %1</source>
        <translation>Kein JSON: %1</translation>
    </message>
    <message>
        <source>Not base64: use A-Z, a-z, 0-9, + and /, and = only at the end.</source>
        <translation>Kein Base64: A-Z, a-z, 0-9, + und / verwenden, = nur am Ende.</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>Copy Path %1</source>
        <translation>Pfad %1 kopieren</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies the message: its text, or its bytes in hex</source>
        <translation>Kopiert die Nachricht: ihren Text oder ihre Bytes in Hex</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Copies the message as a JSON object: time, direction, peer, kind, the text or the bytes in base64, and the size</source>
        <translation>Kopiert die Nachricht als JSON-Objekt: Zeit, Richtung, Gegenstelle, Art, den Text oder die Bytes in Base64 und die Größe</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Writes the whole message to a file</source>
        <translation>Schreibt die ganze Nachricht in eine Datei</translation>
    </message>
    <message>
        <source>Closes the message pane (Esc)</source>
        <translation>Schließt den Nachrichtenbereich (Esc)</translation>
    </message>
    <message>
        <source>Close the message pane</source>
        <translation>Nachrichtenbereich schließen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>Die ganze Nachricht</translation>
    </message>
    <message>
        <source>The message as a JSON tree</source>
        <translation>Die Nachricht als JSON-Baum</translation>
    </message>
    <message>
        <source>Right-click a node to copy its path or value</source>
        <translation>Rechtsklick auf einen Knoten kopiert seinen Pfad oder Wert</translation>
    </message>
    <message>
        <source>The message&apos;s bytes in hex</source>
        <translation>Die Bytes der Nachricht in Hex</translation>
    </message>
    <message>
        <source>Find in the message (Enter: next, Shift+Enter: back, Esc)</source>
        <translation>In der Nachricht suchen (Enter: weiter, Umschalt+Enter: zurück, Esc)</translation>
    </message>
    <message>
        <source>Find in the message</source>
        <translation>In der Nachricht suchen</translation>
    </message>
    <message>
        <source>About the message</source>
        <translation>Über die Nachricht</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>text, %1 bytes, %2 characters</source>
        <translation>Text, %1 Bytes, %2 Zeichen</translation>
    </message>
    <message>
        <source>, JSON</source>
        <translation>, JSON</translation>
    </message>
    <message>
        <source>binary, %1 bytes</source>
        <translation>binär, %1 Bytes</translation>
    </message>
    <message>
        <source>only its start is kept</source>
        <translation>nur der Anfang ist erhalten</translation>
    </message>
    <message>
        <source>(not UTF-8 text)</source>
        <translation>(kein UTF-8-Text)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Kein JSON: %1</translation>
    </message>
    <message>
        <source>Characters %1 to %2 of %3</source>
        <translation>Zeichen %1 bis %2 von %3</translation>
    </message>
    <message>
        <source>Save the Message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Clients: %1</source>
        <translation>Clients: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Server&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clea&amp;r Log</source>
        <translation>Protokoll lee&amp;ren</translation>
    </message>
    <message>
        <source>Empties the server&apos;s log</source>
        <translation>Leert das Protokoll des Servers</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Server-Protokoll</translation>
    </message>
    <message>
        <source>What the server did: connections, messages in and out, page requests, warnings</source>
        <translation>Was der Server getan hat: Verbindungen, ein- und ausgehende Nachrichten, Seitenanfragen, Warnungen</translation>
    </message>
    <message>
        <source>Server log and its filter</source>
        <translation>Server-Protokoll und sein Filter</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Verbundene Clients</translation>
    </message>
    <message>
        <source>One row per WebSocket client; select one to see only its lines in the log</source>
        <translation>Eine Zeile pro WebSocket-Client; einen auswählen, um im Protokoll nur seine Zeilen zu sehen</translation>
    </message>
    <message>
        <source>Disco&amp;nnect</source>
        <translation>&amp;Client trennen</translation>
    </message>
    <message>
        <source>Closes the selected client&apos;s connection: 1000 (Normal Closure), or 1008 (Policy Violation) with the reason typed</source>
        <translation>Schließt die Verbindung des ausgewählten Clients: 1000 (Normal Closure) oder 1008 (Policy Violation) mit dem eingegebenen Grund</translation>
    </message>
    <message>
        <source>Reason (optional: sends 1008)</source>
        <translation>Grund (optional: sendet 1008)</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Schließgrund</translation>
    </message>
    <message>
        <source>Message to the selected client or to all</source>
        <translation>Nachricht an den ausgewählten Client oder an alle</translation>
    </message>
    <message>
        <source>Message from the server</source>
        <translation>Nachricht vom Server</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>Binär (hex)</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Nachrichtenart</translation>
    </message>
    <message>
        <source>Binary: type the bytes in hex, with or without spaces (48 69)</source>
        <translation>Binär: die Bytes in Hex eingeben, mit oder ohne Leerzeichen (48 69)</translation>
    </message>
    <message>
        <source>Send to Clien&amp;t</source>
        <translation>An Client sen&amp;den</translation>
    </message>
    <message>
        <source>Sends the message to the selected client</source>
        <translation>Sendet die Nachricht an den ausgewählten Client</translation>
    </message>
    <message>
        <source>&amp;Broadcast</source>
        <translation>An all&amp;e senden</translation>
    </message>
    <message>
        <source>Sends the message to every connected client</source>
        <translation>Sendet die Nachricht an alle verbundenen Clients</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>it is not an object</source>
        <translation>sie ist kein Objekt</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <source>its mode is none of text, json, hex and base64</source>
        <translation>ihre Art ist keine von text, json, hex und base64</translation>
    </message>
    <message>
        <source>a snippet has no name or an unknown mode</source>
        <translation>ein Snippet hat keinen Namen oder eine unbekannte Art</translation>
    </message>
    <message>
        <source>The file is not JSON: %1.</source>
        <translation>Die Datei ist kein JSON: %1.</translation>
    </message>
    <message>
        <source>The file is not a list of Duplex connections (no &quot;format&quot;: &quot;duplex-sessions&quot;).</source>
        <translation>Die Datei ist keine Liste von Duplex-Verbindungen (kein &quot;format&quot;: &quot;duplex-sessions&quot;).</translation>
    </message>
    <message>
        <source>The file names no version of its format.</source>
        <translation>Die Datei nennt keine Version ihres Formats.</translation>
    </message>
    <message>
        <source>The file is of version %1 of the format; this Duplex reads up to %2.</source>
        <translation>Die Datei hat Version %1 des Formats; dieses Duplex liest bis %2.</translation>
    </message>
    <message>
        <source>The file holds no &quot;sessions&quot; list.</source>
        <translation>Die Datei enthält keine &quot;sessions&quot;-Liste.</translation>
    </message>
    <message>
        <source>Connection %1 of the file is refused: %2</source>
        <translation>Verbindung %1 der Datei wird abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server Settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>A larger message or frame closes its connection with 1009</source>
        <translation>Eine größere Nachricht oder ein größerer Frame schließt die Verbindung mit 1009</translation>
    </message>
    <message>
        <source>Connections beyond this are answered 503</source>
        <translation>Weitere Verbindungen werden mit 503 beantwortet</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clients are pinged this often and dropped after two silent intervals</source>
        <translation>So oft werden Clients angepingt; nach zwei Intervallen ohne Antwort werden sie getrennt</translation>
    </message>
    <message>
        <source>One per line, e.g. https://example.com, or * for all</source>
        <translation>Einer pro Zeile, z. B. https://example.com, oder * für alle</translation>
    </message>
    <message>
        <source>Largest &amp;message:</source>
        <translation>Maximale &amp;Nachrichtengröße:</translation>
    </message>
    <message>
        <source>Most &amp;connections:</source>
        <translation>Höchstzahl an &amp;Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Ping every:</source>
        <translation>&amp;Ping alle:</translation>
    </message>
    <message>
        <source>Also allow pages &amp;from:</source>
        <translation>Auch Seiten erlauben v&amp;on:</translation>
    </message>
    <message>
        <source>Pages that Duplex serves itself, and clients that send no Origin, are always allowed. Changes apply when the server next starts.</source>
        <translation>Seiten, die Duplex selbst ausliefert, und Clients, die keinen Origin-Header senden, sind immer erlaubt. Änderungen gelten ab dem nächsten Serverstart.</translation>
    </message>
    <message>
        <source>Not an origin: %1 (write scheme://host[:port])</source>
        <translation>Kein gültiger Ursprung: %1 (Schreibweise: schema://host[:port])</translation>
    </message>
    <message>
        <source>PEM file; empty: plain http:// and ws://</source>
        <translation>PEM-Datei; leer: unverschlüsselt http:// und ws://</translation>
    </message>
    <message>
        <source>With a certificate and its key the port speaks TLS: the page over https://, the WebSocket over wss://</source>
        <translation>Mit einem Zertifikat und seinem Schlüssel verwendet der Port TLS: die Seite über https://, der WebSocket über wss://</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>TLS-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PEM file without a passphrase</source>
        <translation>PEM-Datei ohne Passphrase</translation>
    </message>
    <message>
        <source>TLS key file</source>
        <translation>TLS-Schlüsseldatei</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>TLS ce&amp;rtificate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>TLS-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>TLS Key</source>
        <translation>TLS-Schlüssel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>A TLS certificate needs its key file too.</source>
        <translation>Ein TLS-Zertifikat braucht auch seine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>A TLS key needs its certificate file too.</source>
        <translation>Ein TLS-Schlüssel braucht auch seine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>One per line, e.g. example.com, or * for all</source>
        <translation>Einer pro Zeile, z. B. example.com, oder * für alle</translation>
    </message>
    <message>
        <source>A server listening on this computer only answers to localhost and its loopback addresses, against DNS rebinding; add the names a proxy in front of it is reached by</source>
        <translation>Ein Server, der nur auf diesem Computer lauscht, antwortet zum Schutz vor DNS-Rebinding nur auf localhost und seine Loopback-Adressen; tragen Sie die Namen ein, unter denen ein vorgeschalteter Proxy erreicht wird</translation>
    </message>
    <message>
        <source>Also answer to &amp;hosts:</source>
        <translation>Auch auf &amp;Hosts antworten:</translation>
    </message>
    <message>
        <source>Not a host name: %1 (write it without scheme or port)</source>
        <translation>Kein Hostname: %1 (ohne Schema und Port schreiben)</translation>
    </message>
    <message>
        <source>Echo binary messages &amp;unchanged</source>
        <translation>Binärnachrichten &amp;unverändert zurücksenden</translation>
    </message>
    <message>
        <source>Off, as in the tutorial&apos;s server (bytes.upper()): the ASCII letters of a binary message come back upper-cased, every other byte as it was</source>
        <translation>Aus, wie im Server des Tutorials (bytes.upper()): die ASCII-Buchstaben einer Binärnachricht kommen großgeschrieben zurück, alle anderen Bytes wie sie waren</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>TLS is not available: Qt found no TLS library (OpenSSL 3) on this computer.</source>
        <translation>TLS ist nicht verfügbar: Qt hat auf diesem Computer keine TLS-Bibliothek (OpenSSL 3) gefunden.</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2.</source>
        <translation>Das TLS-Zertifikat %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2.</source>
        <translation>Der TLS-Schlüssel %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 holds no private key Duplex can use (PEM, RSA or EC, without a passphrase).</source>
        <translation>%1 enthält keinen privaten Schlüssel, den Duplex verwenden kann (PEM, RSA oder EC, ohne Passphrase).</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate %2.</source>
        <translation>Der Schlüssel %1 gehört nicht zum Zertifikat %2.</translation>
    </message>
</context>
<context>
    <name>WebSocketClient</name>
    <message>
        <source>Connection is opened ...</source>
        <translation>Verbindung geöffnet ...</translation>
    </message>
    <message>
        <source>Message is received: %1</source>
        <translation>Nachricht empfangen: %1</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://, not &quot;%1&quot;.</source>
        <translation>Die URL muss mit ws:// oder wss:// beginnen, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no host.</source>
        <translation>Die URL &quot;%1&quot; enthält keinen Host.</translation>
    </message>
    <message>
        <source>Handshake failed: the server answered HTTP %1 %2</source>
        <translation>Handshake fehlgeschlagen: Der Server antwortete mit HTTP %1 %2</translation>
    </message>
    <message>
        <source>Handshake failed: the server answered HTTP 400 Bad Request</source>
        <translation>Handshake fehlgeschlagen: Der Server antwortete mit HTTP 400 Bad Request</translation>
    </message>
    <message>
        <source>Handshake failed: the server wants another WebSocket version</source>
        <translation>Handshake fehlgeschlagen: Der Server verlangt eine andere WebSocket-Version</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Handshake failed: %1</source>
        <translation>Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connecting to %1 ...</source>
        <translation>Verbindung zu %1 wird hergestellt ...</translation>
    </message>
    <message>
        <source>Not connected: the message was not sent.</source>
        <translation>Nicht verbunden: Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Message is sent: %1</source>
        <translation>Nachricht gesendet: %1</translation>
    </message>
    <message>
        <source>Connection is closed ...</source>
        <translation>Verbindung geschlossen ...</translation>
    </message>
    <message>
        <source>Close code %1</source>
        <translation>Schließcode %1</translation>
    </message>
    <message>
        <source>Close code %1: %2</source>
        <translation>Schließcode %1: %2</translation>
    </message>
    <message>
        <source>Subprotocol: %1</source>
        <translation>Subprotokoll: %1</translation>
    </message>
    <message>
        <source>Binary message is received (%1)</source>
        <translation>Binärnachricht empfangen (%1)</translation>
    </message>
    <message>
        <source>A request header needs a name.</source>
        <translation>Ein Anfrage-Header braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name: nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~ verwenden.</translation>
    </message>
    <message>
        <source>The value of the header &quot;%1&quot; must not break the line.</source>
        <translation>Der Wert des Headers &quot;%1&quot; darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set by the handshake itself.</source>
        <translation>Der Header &quot;%1&quot; wird vom Handshake selbst gesetzt.</translation>
    </message>
    <message>
        <source>Give subprotocols in their own field, not as a &quot;%1&quot; header.</source>
        <translation>Subprotokolle im eigenen Feld angeben, nicht als &quot;%1&quot;-Header.</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;Name: value&quot;.</source>
        <translation>Zeile %1 hat nicht die Form &quot;Name: Wert&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subprotocol name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Subprotokollname.</translation>
    </message>
    <message>
        <source>Binary message is sent (%1)</source>
        <translation>Binärnachricht gesendet (%1)</translation>
    </message>
    <message>
        <source>Not connected: the ping was not sent.</source>
        <translation>Nicht verbunden: Der Ping wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>A ping carries at most %1 bytes: the ping was not sent.</source>
        <translation>Ein Ping trägt höchstens %1 Bytes: Der Ping wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Pong received</source>
        <translation>Pong empfangen</translation>
    </message>
    <message>
        <source>Pong received in %1 ms</source>
        <translation>Pong nach %1 ms empfangen</translation>
    </message>
    <message>
        <source>Reconnecting is stopped.</source>
        <translation>Erneutes Verbinden abgebrochen.</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s ...</source>
        <translation>Neue Verbindung in %1 s ...</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is trusted for this session.</source>
        <translation>Dem Zertifikat des Servers wird für diese Sitzung vertraut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is accepted without being verified: %1</source>
        <translation>Das Zertifikat des Servers wird ohne Prüfung akzeptiert: %1</translation>
    </message>
</context>
</TS>
