<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ClientPanel</name>
    <message>
        <source>&lt;b&gt;Client&lt;/b&gt;</source>
        <translation>&lt;b&gt;Клиент&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>URL WebSocket</translation>
    </message>
    <message>
        <source>The address to connect to, such as ws://host:port/ws/</source>
        <translation>Адрес для подключения, например ws://хост:порт/ws/</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Сооб&amp;щение:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Empties the client&apos;s log</source>
        <translation>Очищает журнал клиента</translation>
    </message>
    <message>
        <source>Client log</source>
        <translation>Журнал клиента</translation>
    </message>
    <message>
        <source>What the client did: connecting, messages sent and received, closing</source>
        <translation>Действия клиента: подключение, отправленные и полученные сообщения, закрытие</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>От&amp;ключиться</translation>
    </message>
    <message>
        <source>&amp;Auto-reconnect</source>
        <translation>&amp;Восстанавливать соединение</translation>
    </message>
    <message>
        <source>When the connection drops, connect again after 1 s, then 2, 4 ... up to 30 s</source>
        <translation>Если соединение оборвётся, подключиться снова через 1 с, затем через 2, 4 ... до 30 с</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop waiting to reconnect</source>
        <translation>Не ждать повторного подключения</translation>
    </message>
    <message>
        <source>Stop reconnecting</source>
        <translation>Остановить переподключение</translation>
    </message>
    <message>
        <source>P&amp;ing</source>
        <translation>П&amp;инг</translation>
    </message>
    <message>
        <source>Send a ping and log how long the pong takes</source>
        <translation>Отправить ping и записать в журнал, сколько шёл pong</translation>
    </message>
    <message>
        <source>Auto-pin&amp;g:</source>
        <translation>Автопин&amp;г:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Ping every so many seconds while connected</source>
        <translation>Отправлять ping с этим интервалом в секундах, пока есть соединение</translation>
    </message>
    <message>
        <source>Auto-ping interval in seconds</source>
        <translation>Интервал автопинга в секундах</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Тип сообщения</translation>
    </message>
    <message>
        <source>Messages sent before (Up/Down in the message box too)</source>
        <translation>Ранее отправленные сообщения (также Вверх/Вниз в поле сообщения)</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Отправленные сообщения</translation>
    </message>
    <message>
        <source>Snipp&amp;ets</source>
        <translation>&amp;Заготовки</translation>
    </message>
    <message>
        <source>Messages kept by name</source>
        <translation>Сообщения, сохранённые под именем</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>Проблема с сообщением</translation>
    </message>
    <message>
        <source>Client log and its filter</source>
        <translation>Журнал клиента и его фильтр</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Ещё ничего не отправлено</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Очистить историю</translation>
    </message>
    <message>
        <source>&amp;Save Message as Snippet...</source>
        <translation>&amp;Сохранить сообщение как заготовку...</translation>
    </message>
    <message>
        <source>%1 (hex)</source>
        <translation>%1 (hex)</translation>
    </message>
    <message>
        <source>&amp;Delete Snippet</source>
        <translation>&amp;Удалить заготовку</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>Сохранить заготовку</translation>
    </message>
    <message>
        <source>Name of the snippet (the same name replaces it):</source>
        <translation>Имя заготовки (заготовка с тем же именем будет заменена):</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Рукопожатие</translation>
    </message>
    <message>
        <source>Extra request &amp;headers, one &quot;Name: value&quot; a line:</source>
        <translation>Дополнительные &amp;заголовки запроса, по одному &quot;Имя: значение&quot; в строке:</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>Дополнительные заголовки запроса</translation>
    </message>
    <message>
        <source>&amp;Subprotocols to offer, comma-separated:</source>
        <translation>&amp;Подпротоколы для предложения, через запятую:</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Подпротоколы</translation>
    </message>
    <message>
        <source>Used from the next connection on, for this session only.</source>
        <translation>Применяется со следующего подключения, только в этом сеансе.</translation>
    </message>
    <message>
        <source>Handsha&amp;ke...</source>
        <translation>Рукопожа&amp;тие...</translation>
    </message>
    <message>
        <source>Handsha&amp;ke (%1)...</source>
        <translation>Рукопожа&amp;тие (%1)...</translation>
    </message>
    <message>
        <source>Extra request headers and subprotocols for the handshake</source>
        <translation>Дополнительные заголовки запроса и подпротоколы для рукопожатия</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Заголовки: %1</translation>
    </message>
    <message>
        <source>Subprotocols: %1</source>
        <translation>Подпротоколы: %1</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Переподключение через %1 с</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Trust this certificate for this session?</source>
        <translation>Сертификат сервера не является доверенным. Доверять этому сертификату в течение этого сеанса?</translation>
    </message>
    <message>
        <source>Subject: %1
SHA-256 fingerprint:
%2</source>
        <translation>Субъект: %1
Отпечаток SHA-256:
%2</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Clear L&amp;og</source>
        <translation>О&amp;чистить журнал</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>&amp;Доверять в этом сеансе</translation>
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
        <translation>Отправить сообщение как текст, как JSON с проверкой перед отправкой или его байты в hex или base64 как двоичное сообщение</translation>
    </message>
    <message>
        <source>Text to send (Ctrl+Enter sends, Enter adds a line, Up/Down for history)</source>
        <translation>Текст для отправки (Ctrl+Enter отправляет, Enter добавляет строку, Вверх/Вниз — история)</translation>
    </message>
    <message>
        <source>JSON such as {&quot;type&quot;: &quot;subscribe&quot;} (checked before it is sent; Ctrl+Enter sends)</source>
        <translation>JSON, например {&quot;type&quot;: &quot;subscribe&quot;} (проверяется перед отправкой; Ctrl+Enter отправляет)</translation>
    </message>
    <message>
        <source>Hex bytes such as 48 65 6c 6c 6f (Ctrl+Enter sends)</source>
        <translation>Байты в hex, например 48 65 6c 6c 6f (Ctrl+Enter отправляет)</translation>
    </message>
    <message>
        <source>Base64 such as SGVsbG8= (Ctrl+Enter sends)</source>
        <translation>Base64, например SGVsbG8= (Ctrl+Enter отправляет)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Форматировать</translation>
    </message>
    <message>
        <source>Indents the JSON message, a member a line</source>
        <translation>Расставляет отступы в JSON, по члену на строку</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Сжать</translation>
    </message>
    <message>
        <source>Writes the JSON message on one line, without spaces</source>
        <translation>Записывает JSON в одну строку без пробелов</translation>
    </message>
    <message>
        <source>Send File…</source>
        <translation>Отправить файл…</translation>
    </message>
    <message>
        <source>Sends a file&apos;s bytes as one binary message</source>
        <translation>Отправляет байты файла одним двоичным сообщением</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter in the message box)</source>
        <translation>Отправить сообщение (Ctrl+Enter в поле сообщения)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Не JSON: %1</translation>
    </message>
    <message>
        <source>Send a File</source>
        <translation>Отправить файл</translation>
    </message>
    <message>
        <source>%1 is larger than %2: not sent.</source>
        <translation>%1 больше %2: не отправлено.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
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
        <translation>Новая вкладка соединения</translation>
    </message>
    <message>
        <source>Opens another connection in a tab of its own (Ctrl+T)</source>
        <translation>Открывает ещё одно соединение в отдельной вкладке (Ctrl+T)</translation>
    </message>
    <message>
        <source>Close Connection Tab</source>
        <translation>Закрыть вкладку соединения</translation>
    </message>
    <message>
        <source>Next Connection Tab</source>
        <translation>Следующая вкладка соединения</translation>
    </message>
    <message>
        <source>Previous Connection Tab</source>
        <translation>Предыдущая вкладка соединения</translation>
    </message>
    <message>
        <source>New connection tab</source>
        <translation>Новая вкладка соединения</translation>
    </message>
    <message>
        <source>Client connections</source>
        <translation>Соединения клиента</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Новое соединение</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранённые</translation>
    </message>
    <message>
        <source>Shows the saved connections: save this tab, open, export, import</source>
        <translation>Показывает сохранённые соединения: сохранить вкладку, открыть, экспортировать, импортировать</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved connections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сохранённые соединения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Сохранённые соединения</translation>
    </message>
    <message>
        <source>Enter or a double click opens one in a tab</source>
        <translation>Enter или двойной щелчок открывает соединение во вкладке</translation>
    </message>
    <message>
        <source>Save Tab…</source>
        <translation>Сохранить вкладку…</translation>
    </message>
    <message>
        <source>Saves this tab&apos;s URL, headers, subprotocols, snippets, message mode, auto-ping and auto-reconnect by name</source>
        <translation>Сохраняет под именем URL, заголовки, подпротоколы, заготовки, режим сообщения, автопинг и автовосстановление этой вкладки</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Header values that may be secrets go too, marked as such</source>
        <translation>Значения заголовков, которые могут быть секретами, тоже включаются, с пометкой</translation>
    </message>
    <message>
        <source>Export Without Secrets…</source>
        <translation>Экспорт без секретов…</translation>
    </message>
    <message>
        <source>Authorization, Cookie and other secret headers keep their names and lose their values</source>
        <translation>Authorization, Cookie и другие секретные заголовки сохраняют имена и теряют значения</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of connections.</source>
        <translation>%1 слишком велик для списка соединений.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported.</source>
        <translation>
            <numerusform>Импортировано %n соединение.</numerusform>
            <numerusform>Импортировано %n соединения.</numerusform>
            <numerusform>Импортировано %n соединений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret header value(s) were not in the file: give them in Handshake… before connecting.</source>
        <translation>
            <numerusform>%n значения секретного заголовка не было в файле: укажите его в «Рукопожатие…» перед подключением.</numerusform>
            <numerusform>%n значений секретных заголовков не было в файле: укажите их в «Рукопожатие…» перед подключением.</numerusform>
            <numerusform>%n значений секретных заголовков не было в файле: укажите их в «Рукопожатие…» перед подключением.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Connection</source>
        <translation>Сохранить соединение</translation>
    </message>
    <message>
        <source>Name of the connection (the same name replaces it):</source>
        <translation>Имя соединения (то же имя заменяет его):</translation>
    </message>
    <message>
        <source>Export the Connections</source>
        <translation>Экспорт соединений</translation>
    </message>
    <message>
        <source>Export Without Secrets</source>
        <translation>Экспорт без секретов</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Импорт соединений</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Ничего не импортировано. %1</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a button that opens the saved connection chosen</comment>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the state of a connection</comment>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>the state of a connection</comment>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the state of a connection</comment>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>the state of a connection</comment>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the server without a window, logging to the terminal.</source>
        <translation>Запустить сервер без окна, выводя журнал в терминал.</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default 8888; 0 picks a free port).</source>
        <translation>Слушать порт &lt;порт&gt; (по умолчанию 8888; 0 — выбрать свободный порт).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; (default 127.0.0.1, this computer only; 0.0.0.0 or :: for every interface).</source>
        <translation>Слушать адрес &lt;адрес&gt; (по умолчанию 127.0.0.1, только этот компьютер; 0.0.0.0 или :: — все интерфейсы).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Close a WebSocket (1009) that sends a message or frame over &lt;bytes&gt; (default 10485760, 10 MiB).</source>
        <translation>Закрывать WebSocket (1009), приславший сообщение или кадр длиннее &lt;байты&gt; (по умолчанию 10485760, 10 MiB).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>байты</translation>
    </message>
    <message>
        <source>Answer 503 to connections beyond &lt;n&gt; at once (default 10000).</source>
        <translation>Отвечать 503 на соединения сверх &lt;число&gt; одновременных (по умолчанию 10000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Also let pages from &lt;origin&gt; open a WebSocket (e.g. https://example.com; * allows every origin). Repeatable. Pages served by Duplex itself, and clients that send no Origin, are always allowed.</source>
        <translation>Разрешить также страницам с источника &lt;источник&gt; открывать WebSocket (например, https://example.com; * разрешает любой источник). Можно указывать несколько раз. Страницы, которые отдаёт сам Duplex, и клиенты, не присылающие Origin, разрешены всегда.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>With --headless: log connections, closes and warnings, but not every message and page request.</source>
        <translation>С --headless: записывать в журнал подключения, закрытия и предупреждения, но не каждое сообщение и запрос страницы.</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt;: one of %1 (default: the system&apos;s language).</source>
        <translation>Язык интерфейса &lt;язык&gt;: один из %1 (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>Неожиданный аргумент &quot;%1&quot;; см. --help.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; Duplex speaks %2.</source>
        <translation>Неизвестный язык &quot;%1&quot;; Duplex поддерживает: %2.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>Порт должен быть числом от 0 до 65535, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The bind address must be an IP address such as 127.0.0.1, 0.0.0.0 or ::, not &quot;%1&quot;.</source>
        <translation>Адрес привязки должен быть IP-адресом, например 127.0.0.1, 0.0.0.0 или ::, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-message-size must be a number of bytes from 1 to 2147483648, not &quot;%1&quot;.</source>
        <translation>Значение --max-message-size должно быть числом байтов от 1 до 2147483648, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--max-connections must be a number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>Значение --max-connections должно быть числом от 1 до 1000000, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--allow-origin needs an origin such as https://example.com:8443 or *, not &quot;%1&quot;.</source>
        <translation>Для --allow-origin нужен источник, например https://example.com:8443 или *, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Speak TLS on the port (https:// and wss://) with the PEM certificate in &lt;file&gt;; needs --tls-key.</source>
        <translation>Использовать TLS на порту (https:// и wss://) с сертификатом PEM из &lt;файл&gt;; требует --tls-key.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key: a PEM &lt;file&gt; without a passphrase.</source>
        <translation>Закрытый ключ сертификата: PEM-&lt;файл&gt; без парольной фразы.</translation>
    </message>
    <message>
        <source>--tls-cert needs --tls-key: the certificate&apos;s private key.</source>
        <translation>--tls-cert требует --tls-key: закрытый ключ сертификата.</translation>
    </message>
    <message>
        <source>--tls-key needs --tls-cert: the certificate it belongs to.</source>
        <translation>--tls-key требует --tls-cert: сертификат, к которому относится ключ.</translation>
    </message>
    <message>
        <source>Also answer to requests for the host &lt;name&gt; when listening on loopback (e.g. the server_name of a proxy in front of Duplex; * allows every name). Repeatable. localhost and the loopback addresses are always allowed.</source>
        <translation>При прослушивании loopback отвечать также на запросы к хосту &lt;имя&gt; (например, server_name прокси перед Duplex; * разрешает любое имя). Можно повторять. localhost и loopback-адреса разрешены всегда.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Keep at most &lt;bytes&gt; of unfinished messages and unsent replies for all clients together; past it, the clients holding the most are closed (default: a quarter of this computer&apos;s memory).</source>
        <translation>Хранить не более &lt;байты&gt; незавершённых сообщений и неотправленных ответов для всех клиентов вместе; сверх этого закрываются клиенты, занимающие больше всего (по умолчанию: четверть памяти этого компьютера).</translation>
    </message>
    <message>
        <source>--max-buffered-bytes must be a number of bytes from 1048576 (1 MiB) to 70368744177664 (64 TiB), not &quot;%1&quot;.</source>
        <translation>--max-buffered-bytes должно быть числом байт от 1048576 (1 МиБ) до 70368744177664 (64 ТиБ), а не «%1».</translation>
    </message>
    <message>
        <source>--allow-host needs a host name or address such as example.com, without a scheme or a port (or *), not &quot;%1&quot;.</source>
        <translation>--allow-host требует имя хоста или адрес, например example.com, без схемы и порта (или *), а не «%1».</translation>
    </message>
    <message>
        <source>Echo binary messages as they came; by default their ASCII letters are upper-cased, as the tutorial&apos;s bytes.upper() does.</source>
        <translation>Возвращать двоичные сообщения без изменений; по умолчанию их буквы ASCII переводятся в верхний регистр, как делает bytes.upper() в учебнике.</translation>
    </message>
    <message>
        <source>Duplex: a WebSocket workbench. One port serves a web page at / and a WebSocket at /ws/ that greets each client with &quot;Welcome!&quot; and answers every message upper-cased.

duplex connect &lt;url&gt; [options]: a WebSocket client for the terminal and for scripts; see duplex connect --help.</source>
        <translation>Duplex: рабочее место для WebSocket. Один порт обслуживает веб-страницу по адресу / и WebSocket по адресу /ws/, который приветствует каждого клиента словом &quot;Welcome!&quot; и отвечает на каждое сообщение, переводя его в верхний регистр.

duplex connect &lt;url&gt; [параметры]: клиент WebSocket для терминала и для скриптов; см. duplex connect --help.</translation>
    </message>
    <message>
        <source>With --headless: append the log to &lt;file&gt; instead of standard error; SIGHUP opens it again (for logrotate).</source>
        <translation>С --headless: дописывать журнал в &lt;файл&gt; вместо стандартного потока ошибок; SIGHUP открывает его заново (для logrotate).</translation>
    </message>
    <message>
        <source>With --headless: write the log as text (default) or json (JSON Lines).</source>
        <translation>С --headless: записывать журнал как text (по умолчанию) или json (JSON Lines).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>--log-format is text or json, not &quot;%1&quot;.</source>
        <translation>Значение --log-format — text или json, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--log-file and --log-format are for --headless: the window shows its log itself.</source>
        <translation>--log-file и --log-format предназначены для --headless: окно само показывает свой журнал.</translation>
    </message>
</context>
<context>
    <name>ConnectionModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Real client</source>
        <translation>Реальный клиент</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>Сообщ. вх.</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>Сообщ. исх.</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Байт вх.</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Байт исх.</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Пинг</translation>
    </message>
</context>
<context>
    <name>ConsoleClient</name>
    <message>
        <source>duplex connect: a WebSocket client for the terminal and for scripts. It prints what happens as the tutorial&apos;s page does (&quot;Connection is opened ...&quot;, &quot;Message is received: ...&quot;, &quot;Connection is closed ...&quot;), each line with a time stamp, and sends every line typed on standard input as a text message; Ctrl+D closes the connection (1000). What a peer sent is shown with control characters escaped.</source>
        <translation>duplex connect: клиент WebSocket для терминала и для скриптов. Он выводит происходящее так же, как страница из учебника (&quot;Соединение установлено ...&quot;, &quot;Получено сообщение: ...&quot;, &quot;Соединение закрыто ...&quot;), каждую строку с отметкой времени, и отправляет каждую строку, введённую в стандартный ввод, как текстовое сообщение; Ctrl+D закрывает соединение (1000). Присланное другой стороной показывается с экранированными управляющими символами.</translation>
    </message>
    <message>
        <source>ws:// or wss:// address, e.g. ws://127.0.0.1:8888/ws/</source>
        <translation>адрес ws:// или wss://, например ws://127.0.0.1:8888/ws/</translation>
    </message>
    <message>
        <source>Send &lt;message&gt; once connected, then wait (standard input is not read). Repeatable, sent in order.</source>
        <translation>Отправить &lt;сообщение&gt; после подключения, затем ждать (стандартный ввод не читается). Можно указывать несколько раз; отправляются по порядку.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <source>Exit (0) once &lt;n&gt; messages have come in, the greeting included.</source>
        <translation>Завершиться (0), как только придёт &lt;число&gt; сообщений, включая приветствие.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Exit &lt;seconds&gt; after the connection opened: with 0 if --expect is met or not asked, else with the time-out status.</source>
        <translation>Завершиться через &lt;секунды&gt; после открытия соединения: с кодом 0, если условие --expect выполнено или не задано, иначе с кодом истечения времени ожидания.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>Give up if the connection is not open after &lt;seconds&gt; (default 10).</source>
        <translation>Прекратить попытки, если соединение не открылось через &lt;секунды&gt; (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Print JSON Lines instead: time, event or direction (in/out), text or hex, close code and reason.</source>
        <translation>Выводить вместо этого JSON Lines: время, событие или направление (in/out), текст или hex, код и причина закрытия.</translation>
    </message>
    <message>
        <source>Send each message as a binary message (its UTF-8 bytes).</source>
        <translation>Отправлять каждое сообщение как двоичное (его байты UTF-8).</translation>
    </message>
    <message>
        <source>Read each message as hex bytes (&quot;48 69&quot;) and send it as a binary message.</source>
        <translation>Читать каждое сообщение как байты в hex (&quot;48 69&quot;) и отправлять его как двоичное сообщение.</translation>
    </message>
    <message>
        <source>Send the handshake header &quot;&lt;Name: value&gt;&quot;. Repeatable.</source>
        <translation>Отправить заголовок рукопожатия &quot;&lt;Имя: значение&gt;&quot;. Можно указывать несколько раз.</translation>
    </message>
    <message>
        <source>Name: value</source>
        <translation>Имя: значение</translation>
    </message>
    <message>
        <source>Offer the subprotocol &lt;name&gt; (repeatable, or several split by commas).</source>
        <translation>Предложить подпротокол &lt;имя&gt; (можно повторять или указать несколько через запятую).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Send Origin: &lt;origin&gt;, as a page from there would.</source>
        <translation>Отправлять Origin: &lt;источник&gt;, как это сделала бы страница оттуда.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>wss://: accept the server&apos;s certificate without verifying it (says so).</source>
        <translation>wss://: принимать сертификат сервера без проверки (сообщая об этом).</translation>
    </message>
    <message>
        <source>wss://: also trust the certificate authorities (or self-signed certificates) in the PEM &lt;file&gt;.</source>
        <translation>wss://: доверять также центрам сертификации (или самоподписанным сертификатам) из PEM-&lt;файл&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Ping every &lt;seconds&gt; while connected and print each round trip.</source>
        <translation>Во время соединения отправлять ping каждые &lt;секунды&gt; и выводить время каждого ответа.</translation>
    </message>
    <message>
        <source>When an open connection drops, connect again after a growing delay (1 s doubling to 30 s).</source>
        <translation>Когда открытое соединение обрывается, подключаться снова с растущей задержкой (от 1 с, удваивая до 30 с).</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; (see duplex --help).</source>
        <translation>Язык интерфейса &lt;язык&gt; (см. duplex --help).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 a mistake on the command line; 2 no connection (refused, host not found); 3 the handshake was refused (HTTP status); 4 TLS failed or the certificate did not verify; 5 timed out (--timeout, or --expect not met within --wait); 6 the connection was cut or closed with an error code, or closed before --expect was met; 128 + N after signal N (Ctrl+C: 130).</source>
        <translation>Код завершения: 0 — готово; 1 — ошибка в командной строке; 2 — нет соединения (отказано, хост не найден); 3 — рукопожатие отклонено (статус HTTP); 4 — ошибка TLS или сертификат не прошёл проверку; 5 — истекло время ожидания (--timeout, или --expect не выполнено за время --wait); 6 — соединение оборвано или закрыто с кодом ошибки, либо закрыто до выполнения --expect; 128 + N — после сигнала N (Ctrl+C: 130).</translation>
    </message>
    <message>
        <source>duplex connect needs a URL, such as ws://127.0.0.1:8888/ws/; see duplex connect --help.</source>
        <translation>Для duplex connect нужен URL, например ws://127.0.0.1:8888/ws/; см. duplex connect --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see duplex connect --help.</source>
        <translation>Неожиданный аргумент &quot;%1&quot;; см. duplex connect --help.</translation>
    </message>
    <message>
        <source>--binary and --hex cannot go together: --hex sends binary messages too.</source>
        <translation>--binary и --hex нельзя использовать вместе: --hex тоже отправляет двоичные сообщения.</translation>
    </message>
    <message>
        <source>--send &quot;%1&quot;: %2</source>
        <translation>--send &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--expect needs a number of messages from 1 up, not &quot;%1&quot;.</source>
        <translation>Для --expect нужно число сообщений от 1, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds from 0 to 86400, not &quot;%2&quot;.</source>
        <translation>Для --%1 нужно число секунд от 0 до 86400, а не &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--ping needs at least 1 second, not &quot;%1&quot;.</source>
        <translation>Для --ping нужна как минимум 1 секунда, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>-H &quot;%1&quot;: %2</source>
        <translation>-H &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a header is &quot;Name: value&quot;.</source>
        <translation>заголовок имеет вид &quot;Имя: значение&quot;.</translation>
    </message>
    <message>
        <source>--ca: cannot read %1: %2</source>
        <translation>--ca: не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>--ca: %1 holds no PEM certificate.</source>
        <translation>--ca: %1 не содержит сертификата PEM.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Не удалось подключиться к %1 за %2 с.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n message(s) expected came within --wait.</source>
        <translation>
            <numerusform>За время --wait пришло %1 из %n ожидаемого сообщения.</numerusform>
            <numerusform>За время --wait пришло %1 из %n ожидаемых сообщений.</numerusform>
            <numerusform>За время --wait пришло %1 из %n ожидаемых сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; Ctrl+D closes the connection.</source>
        <translation>Введите сообщение и нажмите Enter, чтобы отправить его; Ctrl+D закрывает соединение.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Не удаётся прочитать стандартный ввод: %1</translation>
    </message>
    <message>
        <source>Line %1 of the input is longer than %2: not sent.</source>
        <translation>Строка %1 ввода длиннее %2: не отправлена.</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections on %1 port %2.</source>
        <translation>В соединении отказано: на %1, порт %2, никто не принимает соединения.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>(--ca FILE trusts the authority that signed it; --insecure skips the check.)</source>
        <translation>(--ca ФАЙЛ — доверять центру сертификации, который его подписал; --insecure — пропустить проверку.)</translation>
    </message>
    <message>
        <source>The connection was cut without a close frame (1006).</source>
        <translation>Соединение оборвано без кадра закрытия (1006).</translation>
    </message>
    <message>
        <source>The server closed the connection with code %1%2.</source>
        <translation>Сервер закрыл соединение с кодом %1%2.</translation>
    </message>
    <message numerus="yes">
        <source>The connection closed after %1 of the %n message(s) expected.</source>
        <translation>
            <numerusform>Соединение закрылось после %1 из %n ожидаемого сообщения.</numerusform>
            <numerusform>Соединение закрылось после %1 из %n ожидаемых сообщений.</numerusform>
            <numerusform>Соединение закрылось после %1 из %n ожидаемых сообщений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleLog</name>
    <message>
        <source>Listening on %1: page http://%2/, WebSocket ws://%2/ws/</source>
        <translation>Прослушивание %1: страница http://%2/, WebSocket ws://%2/ws/</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Сервер остановлен</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Новое соединение</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Соединение закрыто</translation>
    </message>
    <message>
        <source>New message %1</source>
        <translation>Новое сообщение %1</translation>
    </message>
    <message>
        <source>New binary message %1</source>
        <translation>Новое двоичное сообщение %1</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n символ)</numerusform>
            <numerusform>… (%n символа)</numerusform>
            <numerusform>… (%n символов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n байт)</numerusform>
            <numerusform>(%n байта)</numerusform>
            <numerusform>(%n байт)</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1 with TLS: page https://%2/, WebSocket wss://%2/ws/</source>
        <translation>Прослушивание %1 с TLS: страница https://%2/, WebSocket wss://%2/ws/</translation>
    </message>
</context>
<context>
    <name>ConsoleWriter</name>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>Не удаётся открыть %1 для записи: %2</translation>
    </message>
</context>
<context>
    <name>DuplexServer</name>
    <message>
        <source>The server is already listening on %1.</source>
        <translation>Сервер уже прослушивает %1.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2: another program is listening there.</source>
        <translation>Порт %1 на %2 уже занят: его прослушивает другая программа.</translation>
    </message>
    <message>
        <source>Permission denied to listen on %1: ports below 1024 need administrator rights.</source>
        <translation>Нет прав на прослушивание %1: для портов ниже 1024 нужны права администратора.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the address %2 does not belong to this computer.</source>
        <translation>Не удаётся прослушивать %1: адрес %2 не принадлежит этому компьютеру.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>Не удаётся прослушивать %1: %2.</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Сервер остановлен</translation>
    </message>
    <message numerus="yes">
        <source>refused: %n connection(s) already, the most allowed</source>
        <translation>
            <numerusform>отказано: уже %n соединение — это максимум</numerusform>
            <numerusform>отказано: уже %n соединения — это максимум</numerusform>
            <numerusform>отказано: уже %n соединений — это максимум</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped: %1 bytes of replies are waiting, and it reads none of them</source>
        <translation>отключён: в очереди %1 байт ответов, а клиент их не читает</translation>
    </message>
    <message>
        <source>dropped: no answer to pings for %1 s</source>
        <translation>отключён: нет ответа на пинги в течение %1 с</translation>
    </message>
    <message>
        <source>refused: plain HTTP sent to the TLS port (told to use https://)</source>
        <translation>отказано: обычный HTTP на порт TLS (предложено использовать https://)</translation>
    </message>
    <message>
        <source>closed with %1: it held %2 bytes when all clients together held more than the %3 allowed (--max-buffered-bytes)</source>
        <translation>закрыт с кодом %1: занимал %2 байт, когда все клиенты вместе занимали больше разрешённых %3 (--max-buffered-bytes)</translation>
    </message>
    <message>
        <source>binary messages are echoed unchanged</source>
        <translation>двоичные сообщения возвращаются без изменений</translation>
    </message>
    <message>
        <source>binary messages are echoed as the seed&apos;s bytes.upper() does: ASCII letters upper-cased, every other byte kept (--echo-binary-unchanged or Server Settings: as they came)</source>
        <translation>двоичные сообщения возвращаются, как делает bytes.upper() в исходном примере: буквы ASCII в верхнем регистре, остальные байты без изменений (--echo-binary-unchanged или настройки сервера: как пришли)</translation>
    </message>
</context>
<context>
    <name>FrontDoor</name>
    <message>
        <source>origin %1 is not allowed</source>
        <translation>источник %1 не разрешён</translation>
    </message>
    <message>
        <source>host %1 is not a name of this server (a guard against DNS rebinding); if it is yours, start Duplex with --allow-host %1</source>
        <translation>хост %1 не является именем этого сервера (защита от DNS rebinding); если он ваш, запустите Duplex с --allow-host %1</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Signal %1: closing every client and stopping</source>
        <translation>Сигнал %1: отключение всех клиентов и остановка</translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <source>Not hex: &quot;0x&quot; at position %1 has no digits after it.</source>
        <translation>Не hex: после &quot;0x&quot; в позиции %1 нет цифр.</translation>
    </message>
    <message>
        <source>Not hex: %1 at position %2 is not a hex digit.</source>
        <translation>Не hex: %1 в позиции %2 не является шестнадцатеричной цифрой.</translation>
    </message>
    <message>
        <source>Not hex: &quot;%1&quot; at position %2 has an odd number of hex digits.</source>
        <translation>Не hex: в &quot;%1&quot; в позиции %2 нечётное число шестнадцатеричных цифр.</translation>
    </message>
    <message numerus="yes">
        <source>... %Ln more byte(s)</source>
        <translation>
            <numerusform>... ещё %Ln байт</numerusform>
            <numerusform>... ещё %Ln байта</numerusform>
            <numerusform>... ещё %Ln байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a JSON object or array</source>
        <translation>не объект и не массив JSON</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{…} %n key(s)</source>
        <translation>
            <numerusform>{…} %n ключ</numerusform>
            <numerusform>{…} %n ключа</numerusform>
            <numerusform>{…} %n ключей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[…] %n item(s)</source>
        <translation>
            <numerusform>[…] %n элемент</numerusform>
            <numerusform>[…] %n элемента</numerusform>
            <numerusform>[…] %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>LogFilterModel</name>
    <message>
        <source>Invalid regular expression: %1 at position %2</source>
        <translation>Недопустимое регулярное выражение: %1 в позиции %2</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>… (%1 characters in all)</source>
        <translation>… (всего символов: %1)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export the Shown Lines</source>
        <translation>Экспорт показанных строк</translation>
    </message>
    <message>
        <source>Export the Log</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation>Только %1 ✕</translation>
    </message>
    <message>
        <source>Only the lines about the client %1 are shown; click to show all</source>
        <translation>Показаны только строки о клиенте %1; нажмите, чтобы показать все</translation>
    </message>
    <message>
        <source>Show all clients&apos; lines</source>
        <translation>Показать строки всех клиентов</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Filter (text, or /regular expression/)</source>
        <translation>Фильтр (текст или /регулярное выражение/)</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>Фильтр журнала</translation>
    </message>
    <message>
        <source>Shows only the lines that contain this text, in any case. A text that starts with / is a regular expression: /^Sent/, or /hello/i to ignore case. Ctrl+F comes here, Esc empties it.</source>
        <translation>Показывает только строки, содержащие этот текст, без учёта регистра. Текст, начинающийся с /, — регулярное выражение: /^Sent/ или /hello/i без учёта регистра. Ctrl+F переводит сюда, Esc очищает поле.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Show the messages received</source>
        <translation>Показать полученные сообщения</translation>
    </message>
    <message>
        <source>Show the messages sent</source>
        <translation>Показать отправленные сообщения</translation>
    </message>
    <message>
        <source>Show the events: connections, closes, page requests</source>
        <translation>Показать события: соединения, закрытия, запросы страниц</translation>
    </message>
    <message>
        <source>Show the errors and warnings</source>
        <translation>Показать ошибки и предупреждения</translation>
    </message>
    <message>
        <source>Lines shown of all the lines in the log</source>
        <translation>Показано строк из всех строк журнала</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Saves the log to a file, as plain text or JSON Lines; the arrow chooses whether only the shown lines go when a filter hides some</source>
        <translation>Сохраняет журнал в файл как обычный текст или JSON Lines; стрелка позволяет выбрать, экспортировать ли только показанные строки, когда фильтр скрывает часть из них</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>Export Only the Shown Lines</source>
        <translation>Экспортировать только показанные строки</translation>
    </message>
    <message>
        <source>While a filter hides lines, Export… writes only the lines shown</source>
        <translation>Пока фильтр скрывает строки, «Экспорт…» записывает только показанные строки</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Параметры экспорта</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Ошибка фильтра</translation>
    </message>
    <message>
        <source>Find in the Log</source>
        <translation>Найти в журнале</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copies the selected lines as text</source>
        <translation>Копирует выделенные строки как текст</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>О&amp;чистить журнал</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Start Server</source>
        <translation>&amp;Запустить сервер</translation>
    </message>
    <message>
        <source>Start the server (F5)</source>
        <translation>Запустить сервер (F5)</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>&amp;Остановить сервер</translation>
    </message>
    <message>
        <source>Stop the server and close every client (Shift+F5)</source>
        <translation>Остановить сервер и отключить всех клиентов (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <source>Open the server&apos;s page in the web browser (Ctrl+B)</source>
        <translation>Открыть страницу сервера в веб-браузере (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Копировать URL</translation>
    </message>
    <message>
        <source>Copy the page&apos;s address (Ctrl+Shift+C)</source>
        <translation>Копировать адрес страницы (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Server S&amp;ettings...</source>
        <translation>&amp;Настройки сервера...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;About Duplex</source>
        <translation>&amp;О программе Duplex</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Системный язык</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>The port the server listens on</source>
        <translation>Порт, который прослушивает сервер</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Только этот компьютер (127.0.0.1)</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Все интерфейсы</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Прослушивать</translation>
    </message>
    <message>
        <source>Who can reach the server: this computer only, or the network too</source>
        <translation>Кто может обращаться к серверу: только этот компьютер или также сеть</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Use Port %1</source>
        <translation>Использовать порт %1</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Состояние сервера</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Подключённые клиенты</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлен</translation>
    </message>
    <message>
        <source>Stopping: closing the clients...</source>
        <translation>Остановка: отключение клиентов...</translation>
    </message>
    <message>
        <source>Listening on %1 — %2</source>
        <translation>Прослушивание %1 — %2</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Сервер остановлен</translation>
    </message>
    <message>
        <source>%1 New connection</source>
        <translation>%1 Новое соединение</translation>
    </message>
    <message>
        <source>%1 Connection closed (%2)</source>
        <translation>%1 Соединение закрыто (%2)</translation>
    </message>
    <message>
        <source>%1 Connection closed (%2 %3)</source>
        <translation>%1 Соединение закрыто (%2 %3)</translation>
    </message>
    <message>
        <source>%1 New message %2</source>
        <translation>%1 Новое сообщение %2</translation>
    </message>
    <message>
        <source>%1 Sent %2</source>
        <translation>%1 Отправлено %2</translation>
    </message>
    <message>
        <source>%1 New binary message %2</source>
        <translation>%1 Новое двоичное сообщение %2</translation>
    </message>
    <message>
        <source>%1 Sent binary %2</source>
        <translation>%1 Отправлено двоичное %2</translation>
    </message>
    <message>
        <source>%1 more messages in the last second (%2 in, %3 out), counted, not listed</source>
        <translation>Ещё сообщений за последнюю секунду: %1 (входящих: %2, исходящих: %3) — учтены, но не показаны</translation>
    </message>
    <message>
        <source>Listening on %1: page %2, WebSocket %3</source>
        <translation>Прослушивание %1: страница %2, WebSocket %3</translation>
    </message>
    <message>
        <source>No web browser could be started for %1.</source>
        <translation>Не удалось запустить веб-браузер для %1.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Settings saved; they apply when the server next starts (Shift+F5, F5).</source>
        <translation>Настройки сохранены; они вступят в силу при следующем запуске сервера (Shift+F5, F5).</translation>
    </message>
    <message>
        <source>About Duplex</source>
        <translation>О программе Duplex</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duplex %1&lt;/h3&gt;&lt;p&gt;A WebSocket workbench: one port serves a web page at &lt;code&gt;/&lt;/code&gt; and a WebSocket at &lt;code&gt;/ws/&lt;/code&gt; that greets every client with &lt;code&gt;Welcome!&lt;/code&gt; and answers each message upper-cased, with a built-in client to talk to it or to any other WebSocket server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Duplex %1&lt;/h3&gt;&lt;p&gt;Рабочее место для WebSocket: один порт обслуживает веб-страницу по адресу &lt;code&gt;/&lt;/code&gt; и WebSocket по адресу &lt;code&gt;/ws/&lt;/code&gt;, который приветствует каждого клиента словом &lt;code&gt;Welcome!&lt;/code&gt; и отвечает на каждое сообщение, переводя его в верхний регистр. Встроенный клиент позволяет общаться с ним или с любым другим WebSocket-сервером.&lt;/p&gt;&lt;p&gt;Собрано с использованием Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageCodec</name>
    <message>
        <source>Not JSON: %1</source>
        <translation>Не JSON: %1</translation>
    </message>
    <message>
        <source>Not base64: use A-Z, a-z, 0-9, + and /, and = only at the end.</source>
        <translation>Не base64: используйте A-Z, a-z, 0-9, + и /, а = только в конце.</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>Copy Path %1</source>
        <translation>Копировать путь %1</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Копировать значение</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copies the message: its text, or its bytes in hex</source>
        <translation>Копирует сообщение: его текст или его байты в hex</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Копировать как JSON</translation>
    </message>
    <message>
        <source>Copies the message as a JSON object: time, direction, peer, kind, the text or the bytes in base64, and the size</source>
        <translation>Копирует сообщение как объект JSON: время, направление, узел, вид, текст или байты в base64 и размер</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Writes the whole message to a file</source>
        <translation>Записывает всё сообщение в файл</translation>
    </message>
    <message>
        <source>Closes the message pane (Esc)</source>
        <translation>Закрывает панель сообщения (Esc)</translation>
    </message>
    <message>
        <source>Close the message pane</source>
        <translation>Закрыть панель сообщения</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Дерево</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>Всё сообщение</translation>
    </message>
    <message>
        <source>The message as a JSON tree</source>
        <translation>Сообщение в виде дерева JSON</translation>
    </message>
    <message>
        <source>Right-click a node to copy its path or value</source>
        <translation>Щелчок правой кнопкой по узлу копирует его путь или значение</translation>
    </message>
    <message>
        <source>The message&apos;s bytes in hex</source>
        <translation>Байты сообщения в hex</translation>
    </message>
    <message>
        <source>Find in the message (Enter: next, Shift+Enter: back, Esc)</source>
        <translation>Найти в сообщении (Enter: далее, Shift+Enter: назад, Esc)</translation>
    </message>
    <message>
        <source>Find in the message</source>
        <translation>Найти в сообщении</translation>
    </message>
    <message>
        <source>About the message</source>
        <translation>О сообщении</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>text, %1 bytes, %2 characters</source>
        <translation>текст, %1 байт, %2 символов</translation>
    </message>
    <message>
        <source>, JSON</source>
        <translation>, JSON</translation>
    </message>
    <message>
        <source>binary, %1 bytes</source>
        <translation>двоичное, %1 байт</translation>
    </message>
    <message>
        <source>only its start is kept</source>
        <translation>сохранено только начало</translation>
    </message>
    <message>
        <source>(not UTF-8 text)</source>
        <translation>(не текст UTF-8)</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>Не JSON: %1</translation>
    </message>
    <message>
        <source>Characters %1 to %2 of %3</source>
        <translation>Символы с %1 по %2 из %3</translation>
    </message>
    <message>
        <source>Save the Message</source>
        <translation>Сохранить сообщение</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Clients: %1</source>
        <translation>Клиенты: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сервер&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clea&amp;r Log</source>
        <translation>Очистить &amp;журнал</translation>
    </message>
    <message>
        <source>Empties the server&apos;s log</source>
        <translation>Очищает журнал сервера</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Журнал сервера</translation>
    </message>
    <message>
        <source>What the server did: connections, messages in and out, page requests, warnings</source>
        <translation>Действия сервера: соединения, входящие и исходящие сообщения, запросы страниц, предупреждения</translation>
    </message>
    <message>
        <source>Server log and its filter</source>
        <translation>Журнал сервера и его фильтр</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>Подключённые клиенты</translation>
    </message>
    <message>
        <source>One row per WebSocket client; select one to see only its lines in the log</source>
        <translation>Одна строка на каждого клиента WebSocket; выберите клиента, чтобы видеть в журнале только его строки</translation>
    </message>
    <message>
        <source>Disco&amp;nnect</source>
        <translation>Отк&amp;лючить</translation>
    </message>
    <message>
        <source>Closes the selected client&apos;s connection: 1000 (Normal Closure), or 1008 (Policy Violation) with the reason typed</source>
        <translation>Закрывает соединение выбранного клиента: 1000 (Normal Closure) или 1008 (Policy Violation) с введённой причиной</translation>
    </message>
    <message>
        <source>Reason (optional: sends 1008)</source>
        <translation>Причина (необязательно: отправляет 1008)</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Message to the selected client or to all</source>
        <translation>Сообщение выбранному клиенту или всем</translation>
    </message>
    <message>
        <source>Message from the server</source>
        <translation>Сообщение от сервера</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>Двоичное (hex)</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Тип сообщения</translation>
    </message>
    <message>
        <source>Binary: type the bytes in hex, with or without spaces (48 69)</source>
        <translation>Двоичное: введите байты в hex, с пробелами или без (48 69)</translation>
    </message>
    <message>
        <source>Send to Clien&amp;t</source>
        <translation>Отправить клие&amp;нту</translation>
    </message>
    <message>
        <source>Sends the message to the selected client</source>
        <translation>Отправляет сообщение выбранному клиенту</translation>
    </message>
    <message>
        <source>&amp;Broadcast</source>
        <translation>Отправить все&amp;м</translation>
    </message>
    <message>
        <source>Sends the message to every connected client</source>
        <translation>Отправляет сообщение всем подключённым клиентам</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>it is not an object</source>
        <translation>это не объект</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>у него нет имени</translation>
    </message>
    <message>
        <source>its mode is none of text, json, hex and base64</source>
        <translation>его режим не text, json, hex или base64</translation>
    </message>
    <message>
        <source>a snippet has no name or an unknown mode</source>
        <translation>у заготовки нет имени или неизвестный режим</translation>
    </message>
    <message>
        <source>The file is not JSON: %1.</source>
        <translation>Файл не JSON: %1.</translation>
    </message>
    <message>
        <source>The file is not a list of Duplex connections (no &quot;format&quot;: &quot;duplex-sessions&quot;).</source>
        <translation>Файл не является списком соединений Duplex (нет &quot;format&quot;: &quot;duplex-sessions&quot;).</translation>
    </message>
    <message>
        <source>The file names no version of its format.</source>
        <translation>В файле не указана версия формата.</translation>
    </message>
    <message>
        <source>The file is of version %1 of the format; this Duplex reads up to %2.</source>
        <translation>Файл версии %1 формата; этот Duplex читает до версии %2.</translation>
    </message>
    <message>
        <source>The file holds no &quot;sessions&quot; list.</source>
        <translation>В файле нет списка &quot;sessions&quot;.</translation>
    </message>
    <message>
        <source>Connection %1 of the file is refused: %2</source>
        <translation>Соединение %1 из файла отклонено: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server Settings</source>
        <translation>Настройки сервера</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>A larger message or frame closes its connection with 1009</source>
        <translation>Сообщение или кадр большего размера закрывает своё соединение с кодом 1009</translation>
    </message>
    <message>
        <source>Connections beyond this are answered 503</source>
        <translation>На соединения сверх этого числа сервер отвечает 503</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Clients are pinged this often and dropped after two silent intervals</source>
        <translation>С такой периодичностью клиентам отправляется пинг; после двух интервалов без ответа клиент отключается</translation>
    </message>
    <message>
        <source>One per line, e.g. https://example.com, or * for all</source>
        <translation>По одному в строке, например https://example.com, или * для всех</translation>
    </message>
    <message>
        <source>Largest &amp;message:</source>
        <translation>Макс. размер &amp;сообщения:</translation>
    </message>
    <message>
        <source>Most &amp;connections:</source>
        <translation>Макс. число с&amp;оединений:</translation>
    </message>
    <message>
        <source>&amp;Ping every:</source>
        <translation>&amp;Пинг каждые:</translation>
    </message>
    <message>
        <source>Also allow pages &amp;from:</source>
        <translation>&amp;Также разрешить страницы с:</translation>
    </message>
    <message>
        <source>Pages that Duplex serves itself, and clients that send no Origin, are always allowed. Changes apply when the server next starts.</source>
        <translation>Страницы, которые отдаёт сам Duplex, и клиенты, не присылающие Origin, разрешены всегда. Изменения вступят в силу при следующем запуске сервера.</translation>
    </message>
    <message>
        <source>Not an origin: %1 (write scheme://host[:port])</source>
        <translation>Не является источником: %1 (формат: схема://хост[:порт])</translation>
    </message>
    <message>
        <source>PEM file; empty: plain http:// and ws://</source>
        <translation>Файл PEM; пусто — обычные http:// и ws://</translation>
    </message>
    <message>
        <source>With a certificate and its key the port speaks TLS: the page over https://, the WebSocket over wss://</source>
        <translation>С сертификатом и его ключом порт работает по TLS: страница через https://, WebSocket через wss://</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>Файл сертификата TLS</translation>
    </message>
    <message>
        <source>PEM file without a passphrase</source>
        <translation>Файл PEM без парольной фразы</translation>
    </message>
    <message>
        <source>TLS key file</source>
        <translation>Файл ключа TLS</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Файлы PEM (*.pem *.crt *.key);;Все файлы (*)</translation>
    </message>
    <message>
        <source>TLS ce&amp;rtificate:</source>
        <translation>Се&amp;ртификат TLS:</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>Сертификат TLS</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>&amp;Ключ TLS:</translation>
    </message>
    <message>
        <source>TLS Key</source>
        <translation>Ключ TLS</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Выбрать: %1</translation>
    </message>
    <message>
        <source>A TLS certificate needs its key file too.</source>
        <translation>Для сертификата TLS нужен и файл его ключа.</translation>
    </message>
    <message>
        <source>A TLS key needs its certificate file too.</source>
        <translation>Для ключа TLS нужен и файл его сертификата.</translation>
    </message>
    <message>
        <source>One per line, e.g. example.com, or * for all</source>
        <translation>По одному в строке, например example.com, или * для всех</translation>
    </message>
    <message>
        <source>A server listening on this computer only answers to localhost and its loopback addresses, against DNS rebinding; add the names a proxy in front of it is reached by</source>
        <translation>Сервер, слушающий только на этом компьютере, отвечает лишь на localhost и свои loopback-адреса (защита от DNS rebinding); добавьте имена, по которым доступен прокси перед ним</translation>
    </message>
    <message>
        <source>Also answer to &amp;hosts:</source>
        <translation>Также отвечать &amp;хостам:</translation>
    </message>
    <message>
        <source>Not a host name: %1 (write it without scheme or port)</source>
        <translation>Не имя хоста: %1 (укажите без схемы и порта)</translation>
    </message>
    <message>
        <source>Echo binary messages &amp;unchanged</source>
        <translation>Возвращать двоичные сообщения &amp;без изменений</translation>
    </message>
    <message>
        <source>Off, as in the tutorial&apos;s server (bytes.upper()): the ASCII letters of a binary message come back upper-cased, every other byte as it was</source>
        <translation>Выключено, как в сервере учебника (bytes.upper()): буквы ASCII двоичного сообщения возвращаются в верхнем регистре, остальные байты как были</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>TLS is not available: Qt found no TLS library (OpenSSL 3) on this computer.</source>
        <translation>TLS недоступен: Qt не нашёл на этом компьютере библиотеку TLS (OpenSSL 3).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2.</source>
        <translation>Не удаётся прочитать сертификат TLS %1: %2.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 не содержит сертификата PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2.</source>
        <translation>Не удаётся прочитать ключ TLS %1: %2.</translation>
    </message>
    <message>
        <source>%1 holds no private key Duplex can use (PEM, RSA or EC, without a passphrase).</source>
        <translation>%1 не содержит закрытого ключа, который может использовать Duplex (PEM, RSA или EC, без парольной фразы).</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate %2.</source>
        <translation>Ключ %1 не соответствует сертификату %2.</translation>
    </message>
</context>
<context>
    <name>WebSocketClient</name>
    <message>
        <source>Connection is opened ...</source>
        <translation>Соединение установлено ...</translation>
    </message>
    <message>
        <source>Message is received: %1</source>
        <translation>Получено сообщение: %1</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://, not &quot;%1&quot;.</source>
        <translation>URL должен начинаться с ws:// или wss://, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; — недопустимый URL.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no host.</source>
        <translation>В URL &quot;%1&quot; не указан хост.</translation>
    </message>
    <message>
        <source>Handshake failed: the server answered HTTP %1 %2</source>
        <translation>Ошибка рукопожатия: сервер ответил HTTP %1 %2</translation>
    </message>
    <message>
        <source>Handshake failed: the server answered HTTP 400 Bad Request</source>
        <translation>Ошибка рукопожатия: сервер ответил HTTP 400 Bad Request</translation>
    </message>
    <message>
        <source>Handshake failed: the server wants another WebSocket version</source>
        <translation>Ошибка рукопожатия: серверу нужна другая версия WebSocket</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>В соединении отказано</translation>
    </message>
    <message>
        <source>Handshake failed: %1</source>
        <translation>Ошибка рукопожатия: %1</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Хост не найден</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Время ожидания соединения истекло</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Сервер закрыл соединение</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Сетевая ошибка: %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>Ошибка рукопожатия TLS: %1</translation>
    </message>
    <message>
        <source>Connecting to %1 ...</source>
        <translation>Подключение к %1 ...</translation>
    </message>
    <message>
        <source>Not connected: the message was not sent.</source>
        <translation>Нет соединения: сообщение не отправлено.</translation>
    </message>
    <message>
        <source>Message is sent: %1</source>
        <translation>Отправлено сообщение: %1</translation>
    </message>
    <message>
        <source>Connection is closed ...</source>
        <translation>Соединение закрыто ...</translation>
    </message>
    <message>
        <source>Close code %1</source>
        <translation>Код закрытия %1</translation>
    </message>
    <message>
        <source>Close code %1: %2</source>
        <translation>Код закрытия %1: %2</translation>
    </message>
    <message>
        <source>Subprotocol: %1</source>
        <translation>Подпротокол: %1</translation>
    </message>
    <message>
        <source>Binary message is received (%1)</source>
        <translation>Получено двоичное сообщение (%1)</translation>
    </message>
    <message>
        <source>A request header needs a name.</source>
        <translation>У заголовка запроса должно быть имя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>&quot;%1&quot; — недопустимое имя заголовка: используйте только буквы, цифры и !#$%&amp;&apos;*+-.^_`|~.</translation>
    </message>
    <message>
        <source>The value of the header &quot;%1&quot; must not break the line.</source>
        <translation>Значение заголовка &quot;%1&quot; не должно содержать переводов строки.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set by the handshake itself.</source>
        <translation>Заголовок &quot;%1&quot; задаётся самим рукопожатием.</translation>
    </message>
    <message>
        <source>Give subprotocols in their own field, not as a &quot;%1&quot; header.</source>
        <translation>Укажите подпротоколы в отдельном поле, а не в заголовке &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;Name: value&quot;.</source>
        <translation>Строка %1 не имеет вид &quot;Имя: значение&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subprotocol name.</source>
        <translation>&quot;%1&quot; — недопустимое имя подпротокола.</translation>
    </message>
    <message>
        <source>Binary message is sent (%1)</source>
        <translation>Отправлено двоичное сообщение (%1)</translation>
    </message>
    <message>
        <source>Not connected: the ping was not sent.</source>
        <translation>Нет соединения: ping не отправлен.</translation>
    </message>
    <message>
        <source>A ping carries at most %1 bytes: the ping was not sent.</source>
        <translation>Ping может содержать не более %1 байт: ping не отправлен.</translation>
    </message>
    <message>
        <source>Pong received</source>
        <translation>Получен pong</translation>
    </message>
    <message>
        <source>Pong received in %1 ms</source>
        <translation>Pong получен через %1 мс</translation>
    </message>
    <message>
        <source>Reconnecting is stopped.</source>
        <translation>Переподключение остановлено.</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s ...</source>
        <translation>Переподключение через %1 с ...</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is trusted for this session.</source>
        <translation>Сертификат сервера считается доверенным в течение этого сеанса.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Сертификат сервера не является доверенным: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is accepted without being verified: %1</source>
        <translation>Сертификат сервера принят без проверки: %1</translation>
    </message>
</context>
</TS>
