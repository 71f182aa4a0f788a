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
        <translation>&amp;Сообщение:</translation>
    </message>
    <message>
        <source>Text to send (Enter sends, Up/Down for history)</source>
        <translation>Текст для отправки (Enter — отправить, Вверх/Вниз — история)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>О&amp;чистить журнал</translation>
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Duplex: a WebSocket workbench. One port serves a web page at / and a WebSocket at /ws/ that greets each client with &quot;Welcome!&quot; and answers every message upper-cased.</source>
        <translation>Duplex: рабочее место для WebSocket. Один порт обслуживает веб-страницу по адресу / и WebSocket по адресу /ws/, который приветствует каждого клиента словом &quot;Welcome!&quot; и отвечает на каждое сообщение, переводя его в верхний регистр.</translation>
    </message>
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
</context>
<context>
    <name>FrontDoor</name>
    <message>
        <source>origin %1 is not allowed</source>
        <translation>источник %1 не разрешён</translation>
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
    <name>LogModel</name>
    <message>
        <source>… (%1 characters in all)</source>
        <translation>… (всего символов: %1)</translation>
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
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
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
</context>
<context>
    <name>WebSocketClient</name>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n байт)</numerusform>
            <numerusform>(%n байта)</numerusform>
            <numerusform>(%n байт)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection is opened ...</source>
        <translation>Соединение установлено ...</translation>
    </message>
    <message>
        <source>Message is received: %1</source>
        <translation>Получено сообщение: %1</translation>
    </message>
    <message>
        <source>Binary message is received: %1</source>
        <translation>Получено двоичное сообщение: %1</translation>
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
        <source>Binary message is sent: %1</source>
        <translation>Отправлено двоичное сообщение: %1</translation>
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
</context>
</TS>
