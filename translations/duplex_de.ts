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
        <source>Text to send (Enter sends, Up/Down for history)</source>
        <translation>Zu sendender Text (Eingabetaste sendet, Pfeil hoch/runter für den Verlauf)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Duplex: a WebSocket workbench. One port serves a web page at / and a WebSocket at /ws/ that greets each client with &quot;Welcome!&quot; and answers every message upper-cased.</source>
        <translation>Duplex: eine WebSocket-Werkbank. Ein Port liefert eine Webseite unter / und einen WebSocket unter /ws/, der jeden Client mit &quot;Welcome!&quot; begrüßt und jede Nachricht in Großbuchstaben beantwortet.</translation>
    </message>
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
</context>
<context>
    <name>FrontDoor</name>
    <message>
        <source>origin %1 is not allowed</source>
        <translation>Ursprung %1 ist nicht erlaubt</translation>
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
    <name>LogModel</name>
    <message>
        <source>… (%1 characters in all)</source>
        <translation>… (insgesamt %1 Zeichen)</translation>
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
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Client</numerusform>
            <numerusform>%n Clients</numerusform>
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
</context>
<context>
    <name>WebSocketClient</name>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n Byte)</numerusform>
            <numerusform>(%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection is opened ...</source>
        <translation>Verbindung geöffnet ...</translation>
    </message>
    <message>
        <source>Message is received: %1</source>
        <translation>Nachricht empfangen: %1</translation>
    </message>
    <message>
        <source>Binary message is received: %1</source>
        <translation>Binärnachricht empfangen: %1</translation>
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
        <source>Binary message is sent: %1</source>
        <translation>Binärnachricht gesendet: %1</translation>
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
</context>
</TS>
