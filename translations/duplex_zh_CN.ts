<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ClientPanel</name>
    <message>
        <source>&lt;b&gt;Client&lt;/b&gt;</source>
        <translation>&lt;b&gt;客户端&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>WebSocket URL</translation>
    </message>
    <message>
        <source>The address to connect to, such as ws://host:port/ws/</source>
        <translation>要连接的地址，例如 ws://host:port/ws/</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Empties the client&apos;s log</source>
        <translation>清空客户端日志</translation>
    </message>
    <message>
        <source>Client log</source>
        <translation>客户端日志</translation>
    </message>
    <message>
        <source>What the client did: connecting, messages sent and received, closing</source>
        <translation>客户端的活动：连接、发送和接收的消息、关闭</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Auto-reconnect</source>
        <translation>自动重连(&amp;A)</translation>
    </message>
    <message>
        <source>When the connection drops, connect again after 1 s, then 2, 4 ... up to 30 s</source>
        <translation>连接断开时，在 1 秒后重新连接，之后间隔 2、4 ... 秒，最长 30 秒</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop waiting to reconnect</source>
        <translation>停止等待重连</translation>
    </message>
    <message>
        <source>Stop reconnecting</source>
        <translation>停止重连</translation>
    </message>
    <message>
        <source>P&amp;ing</source>
        <translation>Ping(&amp;I)</translation>
    </message>
    <message>
        <source>Send a ping and log how long the pong takes</source>
        <translation>发送 ping 并在日志中记录 pong 的耗时</translation>
    </message>
    <message>
        <source>Auto-pin&amp;g:</source>
        <translation>自动 Ping(&amp;G)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Ping every so many seconds while connected</source>
        <translation>连接期间每隔这么多秒发送一次 ping</translation>
    </message>
    <message>
        <source>Auto-ping interval in seconds</source>
        <translation>自动 Ping 间隔（秒）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Messages sent before (Up/Down in the message box too)</source>
        <translation>之前发送的消息（也可在消息框中按上/下方向键）</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>已发送的消息</translation>
    </message>
    <message>
        <source>Snipp&amp;ets</source>
        <translation>片段(&amp;E)</translation>
    </message>
    <message>
        <source>Messages kept by name</source>
        <translation>按名称保存的消息</translation>
    </message>
    <message>
        <source>Problem with the message</source>
        <translation>消息有问题</translation>
    </message>
    <message>
        <source>Client log and its filter</source>
        <translation>客户端日志及其筛选器</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>尚未发送任何消息</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>清除历史记录</translation>
    </message>
    <message>
        <source>&amp;Save Message as Snippet...</source>
        <translation>将消息保存为片段(&amp;S)...</translation>
    </message>
    <message>
        <source>%1 (hex)</source>
        <translation>%1（hex）</translation>
    </message>
    <message>
        <source>&amp;Delete Snippet</source>
        <translation>删除片段(&amp;D)</translation>
    </message>
    <message>
        <source>Save Snippet</source>
        <translation>保存片段</translation>
    </message>
    <message>
        <source>Name of the snippet (the same name replaces it):</source>
        <translation>片段名称（同名片段将被替换）：</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>Extra request &amp;headers, one &quot;Name: value&quot; a line:</source>
        <translation>额外的请求头(&amp;H)，每行一个 &quot;Name: value&quot;：</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>额外的请求头</translation>
    </message>
    <message>
        <source>&amp;Subprotocols to offer, comma-separated:</source>
        <translation>要提供的子协议(&amp;S)，以逗号分隔：</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>Used from the next connection on, for this session only.</source>
        <translation>从下一次连接起生效，仅限本次会话。</translation>
    </message>
    <message>
        <source>Handsha&amp;ke...</source>
        <translation>握手(&amp;K)...</translation>
    </message>
    <message>
        <source>Handsha&amp;ke (%1)...</source>
        <translation>握手（%1）(&amp;K)...</translation>
    </message>
    <message>
        <source>Extra request headers and subprotocols for the handshake</source>
        <translation>握手时使用的额外请求头和子协议</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>请求头：%1</translation>
    </message>
    <message>
        <source>Subprotocols: %1</source>
        <translation>子协议：%1</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>%1 秒后重连</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Trust this certificate for this session?</source>
        <translation>服务器的证书不受信任。是否在本次会话中信任此证书？</translation>
    </message>
    <message>
        <source>Subject: %1
SHA-256 fingerprint:
%2</source>
        <translation>主题：%1
SHA-256 指纹：
%2</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Clear L&amp;og</source>
        <translation>清空日志(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Trust for This Session</source>
        <translation>在本次会话中信任(&amp;T)</translation>
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
        <translation>以文本发送，以发送前检查的 JSON 发送，或将其十六进制或 base64 字节作为二进制消息发送</translation>
    </message>
    <message>
        <source>Text to send (Ctrl+Enter sends, Enter adds a line, Up/Down for history)</source>
        <translation>要发送的文本（Ctrl+Enter 发送，Enter 换行，上/下键浏览历史）</translation>
    </message>
    <message>
        <source>JSON such as {&quot;type&quot;: &quot;subscribe&quot;} (checked before it is sent; Ctrl+Enter sends)</source>
        <translation>JSON，例如 {&quot;type&quot;: &quot;subscribe&quot;}（发送前检查；Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <source>Hex bytes such as 48 65 6c 6c 6f (Ctrl+Enter sends)</source>
        <translation>十六进制字节，例如 48 65 6c 6c 6f（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <source>Base64 such as SGVsbG8= (Ctrl+Enter sends)</source>
        <translation>Base64，例如 SGVsbG8=（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Indents the JSON message, a member a line</source>
        <translation>缩进 JSON 消息，每行一个成员</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Writes the JSON message on one line, without spaces</source>
        <translation>将 JSON 消息写成一行，不含空格</translation>
    </message>
    <message>
        <source>Send File…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <source>Sends a file&apos;s bytes as one binary message</source>
        <translation>将文件的字节作为一条二进制消息发送</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter in the message box)</source>
        <translation>发送消息（在消息框中按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>Send a File</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>%1 is larger than %2: not sent.</source>
        <translation>%1 大于 %2：未发送。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 (JSON)</source>
        <translation>%1（JSON）</translation>
    </message>
    <message>
        <source>%1 (base64)</source>
        <translation>%1（base64）</translation>
    </message>
</context>
<context>
    <name>ClientTabs</name>
    <message>
        <source>New Connection Tab</source>
        <translation>新建连接标签页</translation>
    </message>
    <message>
        <source>Opens another connection in a tab of its own (Ctrl+T)</source>
        <translation>在新的标签页中打开另一个连接（Ctrl+T）</translation>
    </message>
    <message>
        <source>Close Connection Tab</source>
        <translation>关闭连接标签页</translation>
    </message>
    <message>
        <source>Next Connection Tab</source>
        <translation>下一个连接标签页</translation>
    </message>
    <message>
        <source>Previous Connection Tab</source>
        <translation>上一个连接标签页</translation>
    </message>
    <message>
        <source>New connection tab</source>
        <translation>新建连接标签页</translation>
    </message>
    <message>
        <source>Client connections</source>
        <translation>客户端连接</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Shows the saved connections: save this tab, open, export, import</source>
        <translation>显示已保存的连接：保存此标签页、打开、导出、导入</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved connections&lt;/b&gt;</source>
        <translation>&lt;b&gt;已保存的连接&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <source>Enter or a double click opens one in a tab</source>
        <translation>按 Enter 或双击在标签页中打开</translation>
    </message>
    <message>
        <source>Save Tab…</source>
        <translation>保存标签页…</translation>
    </message>
    <message>
        <source>Saves this tab&apos;s URL, headers, subprotocols, snippets, message mode, auto-ping and auto-reconnect by name</source>
        <translation>按名称保存此标签页的 URL、请求头、子协议、片段、消息模式、自动 ping 和自动重连</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Header values that may be secrets go too, marked as such</source>
        <translation>可能是机密的请求头值也会导出，并加上标记</translation>
    </message>
    <message>
        <source>Export Without Secrets…</source>
        <translation>不含机密导出…</translation>
    </message>
    <message>
        <source>Authorization, Cookie and other secret headers keep their names and lose their values</source>
        <translation>Authorization、Cookie 等机密请求头保留名称，去掉值</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of connections.</source>
        <translation>%1 太大，不像连接列表。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret header value(s) were not in the file: give them in Handshake… before connecting.</source>
        <translation>
            <numerusform>文件中缺少 %n 个机密请求头的值：连接前请在“握手…”中填写。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Connection</source>
        <translation>保存连接</translation>
    </message>
    <message>
        <source>Name of the connection (the same name replaces it):</source>
        <translation>连接名称（同名将替换）：</translation>
    </message>
    <message>
        <source>Export the Connections</source>
        <translation>导出连接</translation>
    </message>
    <message>
        <source>Export Without Secrets</source>
        <translation>不含机密导出</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>导入连接</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a button that opens the saved connection chosen</comment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>the state of a connection</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>the state of a connection</comment>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>the state of a connection</comment>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>the state of a connection</comment>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the server without a window, logging to the terminal.</source>
        <translation>不显示窗口运行服务器，日志输出到终端。</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default 8888; 0 picks a free port).</source>
        <translation>监听 &lt;端口&gt;（默认 8888；0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; (default 127.0.0.1, this computer only; 0.0.0.0 or :: for every interface).</source>
        <translation>监听 &lt;地址&gt;（默认 127.0.0.1，仅限本机；0.0.0.0 或 :: 表示所有网络接口）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Close a WebSocket (1009) that sends a message or frame over &lt;bytes&gt; (default 10485760, 10 MiB).</source>
        <translation>WebSocket 发送的消息或帧超过 &lt;字节数&gt; 时将其关闭（1009）（默认 10485760，即 10 MiB）。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Answer 503 to connections beyond &lt;n&gt; at once (default 10000).</source>
        <translation>同时连接数超过 &lt;数量&gt; 时，对多出的连接返回 503（默认 10000）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Also let pages from &lt;origin&gt; open a WebSocket (e.g. https://example.com; * allows every origin). Repeatable. Pages served by Duplex itself, and clients that send no Origin, are always allowed.</source>
        <translation>另外允许来自 &lt;来源&gt; 的页面打开 WebSocket（例如 https://example.com；* 表示允许所有来源）。可重复指定。Duplex 自身提供的页面以及不发送 Origin 的客户端始终被允许。</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>With --headless: log connections, closes and warnings, but not every message and page request.</source>
        <translation>与 --headless 一起使用：只记录连接、关闭和警告，不记录每条消息和页面请求。</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt;: one of %1 (default: the system&apos;s language).</source>
        <translation>使用 &lt;语言&gt;：可选值为 %1 之一（默认：系统语言）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see --help.</source>
        <translation>意外的参数 &quot;%1&quot;；请参阅 --help。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; Duplex speaks %2.</source>
        <translation>未知语言 &quot;%1&quot;；Duplex 支持的语言：%2。</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>端口必须是 0 到 65535 之间的数字，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The bind address must be an IP address such as 127.0.0.1, 0.0.0.0 or ::, not &quot;%1&quot;.</source>
        <translation>绑定地址必须是 IP 地址，例如 127.0.0.1、0.0.0.0 或 ::，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--max-message-size must be a number of bytes from 1 to 2147483648, not &quot;%1&quot;.</source>
        <translation>--max-message-size 必须是 1 到 2147483648 之间的字节数，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--max-connections must be a number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>--max-connections 必须是 1 到 1000000 之间的数字，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--allow-origin needs an origin such as https://example.com:8443 or *, not &quot;%1&quot;.</source>
        <translation>--allow-origin 需要一个来源，例如 https://example.com:8443 或 *，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Speak TLS on the port (https:// and wss://) with the PEM certificate in &lt;file&gt;; needs --tls-key.</source>
        <translation>在端口上使用 TLS（https:// 和 wss://），证书为 &lt;文件&gt; 中的 PEM 证书；需要 --tls-key。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key: a PEM &lt;file&gt; without a passphrase.</source>
        <translation>证书的私钥：不带口令的 PEM &lt;文件&gt;。</translation>
    </message>
    <message>
        <source>--tls-cert needs --tls-key: the certificate&apos;s private key.</source>
        <translation>--tls-cert 需要 --tls-key：证书的私钥。</translation>
    </message>
    <message>
        <source>--tls-key needs --tls-cert: the certificate it belongs to.</source>
        <translation>--tls-key 需要 --tls-cert：该私钥所属的证书。</translation>
    </message>
    <message>
        <source>Also answer to requests for the host &lt;name&gt; when listening on loopback (e.g. the server_name of a proxy in front of Duplex; * allows every name). Repeatable. localhost and the loopback addresses are always allowed.</source>
        <translation>在环回地址上监听时，也响应发往主机 &lt;名称&gt; 的请求（例如 Duplex 前面代理的 server_name；* 允许任何名称）。可重复。localhost 和环回地址始终允许。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Keep at most &lt;bytes&gt; of unfinished messages and unsent replies for all clients together; past it, the clients holding the most are closed (default: a quarter of this computer&apos;s memory).</source>
        <translation>所有客户端合计最多保留 &lt;字节数&gt; 的未完成消息和未发送回复；超出时，关闭占用最多的客户端（默认：本机内存的四分之一）。</translation>
    </message>
    <message>
        <source>--max-buffered-bytes must be a number of bytes from 1048576 (1 MiB) to 70368744177664 (64 TiB), not &quot;%1&quot;.</source>
        <translation>--max-buffered-bytes 必须是 1048576（1 MiB）到 70368744177664（64 TiB）之间的字节数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--allow-host needs a host name or address such as example.com, without a scheme or a port (or *), not &quot;%1&quot;.</source>
        <translation>--allow-host 需要主机名或地址，例如 example.com，不带协议和端口（或 *），而不是“%1”。</translation>
    </message>
    <message>
        <source>Echo binary messages as they came; by default their ASCII letters are upper-cased, as the tutorial&apos;s bytes.upper() does.</source>
        <translation>按原样回显二进制消息；默认将其中的 ASCII 字母转为大写，与教程中的 bytes.upper() 相同。</translation>
    </message>
    <message>
        <source>Duplex: a WebSocket workbench. One port serves a web page at / and a WebSocket at /ws/ that greets each client with &quot;Welcome!&quot; and answers every message upper-cased.

duplex connect &lt;url&gt; [options]: a WebSocket client for the terminal and for scripts; see duplex connect --help.</source>
        <translation>Duplex：WebSocket 工作台。同一端口在 / 提供网页，在 /ws/ 提供 WebSocket，它以 &quot;Welcome!&quot; 问候每个客户端，并将每条消息转为大写后回复。

duplex connect &lt;url&gt; [选项]：用于终端和脚本的 WebSocket 客户端；请参阅 duplex connect --help。</translation>
    </message>
    <message>
        <source>With --headless: append the log to &lt;file&gt; instead of standard error; SIGHUP opens it again (for logrotate).</source>
        <translation>与 --headless 一起使用：将日志追加到 &lt;文件&gt;，而不是标准错误输出；收到 SIGHUP 时重新打开该文件（供 logrotate 使用）。</translation>
    </message>
    <message>
        <source>With --headless: write the log as text (default) or json (JSON Lines).</source>
        <translation>与 --headless 一起使用：以 text（默认）或 json（JSON Lines）格式写入日志。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>--log-format is text or json, not &quot;%1&quot;.</source>
        <translation>--log-format 只能是 text 或 json，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--log-file and --log-format are for --headless: the window shows its log itself.</source>
        <translation>--log-file 和 --log-format 仅用于 --headless：窗口会自行显示日志。</translation>
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
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Real client</source>
        <translation>真实客户端</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>用户代理</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Msgs in</source>
        <translation>收到消息</translation>
    </message>
    <message>
        <source>Msgs out</source>
        <translation>发出消息</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>收到字节</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>发出字节</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
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
        <translation>duplex connect：用于终端和脚本的 WebSocket 客户端。它像教程中的页面那样输出发生的事情（&quot;连接已打开...&quot;、&quot;收到消息：...&quot;、&quot;连接已关闭...&quot;），每行带时间戳，并把在标准输入中键入的每一行作为文本消息发送；Ctrl+D 关闭连接 (1000)。对端发来的内容中的控制字符以转义形式显示。</translation>
    </message>
    <message>
        <source>ws:// or wss:// address, e.g. ws://127.0.0.1:8888/ws/</source>
        <translation>ws:// 或 wss:// 地址，例如 ws://127.0.0.1:8888/ws/</translation>
    </message>
    <message>
        <source>Send &lt;message&gt; once connected, then wait (standard input is not read). Repeatable, sent in order.</source>
        <translation>连接后发送 &lt;消息&gt;，然后等待（不读取标准输入）。可重复指定，按顺序发送。</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Exit (0) once &lt;n&gt; messages have come in, the greeting included.</source>
        <translation>收到 &lt;数量&gt; 条消息（包括问候消息）后退出 (0)。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Exit &lt;seconds&gt; after the connection opened: with 0 if --expect is met or not asked, else with the time-out status.</source>
        <translation>连接打开 &lt;秒数&gt; 后退出：若满足 --expect 或未指定 --expect，则以 0 退出，否则以超时状态退出。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Give up if the connection is not open after &lt;seconds&gt; (default 10).</source>
        <translation>若 &lt;秒数&gt; 后连接仍未打开则放弃（默认 10）。</translation>
    </message>
    <message>
        <source>Print JSON Lines instead: time, event or direction (in/out), text or hex, close code and reason.</source>
        <translation>改为输出 JSON Lines：时间、事件或方向（in/out）、文本或 hex、关闭代码和原因。</translation>
    </message>
    <message>
        <source>Send each message as a binary message (its UTF-8 bytes).</source>
        <translation>将每条消息作为二进制消息发送（其 UTF-8 字节）。</translation>
    </message>
    <message>
        <source>Read each message as hex bytes (&quot;48 69&quot;) and send it as a binary message.</source>
        <translation>将每条消息读作十六进制字节（&quot;48 69&quot;）并作为二进制消息发送。</translation>
    </message>
    <message>
        <source>Send the handshake header &quot;&lt;Name: value&gt;&quot;. Repeatable.</source>
        <translation>发送握手请求头 &quot;&lt;名称: 值&gt;&quot;。可重复指定。</translation>
    </message>
    <message>
        <source>Name: value</source>
        <translation>名称: 值</translation>
    </message>
    <message>
        <source>Offer the subprotocol &lt;name&gt; (repeatable, or several split by commas).</source>
        <translation>提供子协议 &lt;名称&gt;（可重复指定，或用逗号分隔多个）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Send Origin: &lt;origin&gt;, as a page from there would.</source>
        <translation>发送 Origin: &lt;来源&gt;，如同来自该来源的页面一样。</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>wss://: accept the server&apos;s certificate without verifying it (says so).</source>
        <translation>wss://：不经验证即接受服务器的证书（并给出提示）。</translation>
    </message>
    <message>
        <source>wss://: also trust the certificate authorities (or self-signed certificates) in the PEM &lt;file&gt;.</source>
        <translation>wss://：另外信任 PEM &lt;文件&gt; 中的证书颁发机构（或自签名证书）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Ping every &lt;seconds&gt; while connected and print each round trip.</source>
        <translation>连接期间每 &lt;秒数&gt; 发送一次 ping，并输出每次的往返时间。</translation>
    </message>
    <message>
        <source>When an open connection drops, connect again after a growing delay (1 s doubling to 30 s).</source>
        <translation>已打开的连接断开时，在逐渐增加的延迟后重新连接（从 1 秒起加倍，最长 30 秒）。</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; (see duplex --help).</source>
        <translation>使用 &lt;语言&gt;（请参阅 duplex --help）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 a mistake on the command line; 2 no connection (refused, host not found); 3 the handshake was refused (HTTP status); 4 TLS failed or the certificate did not verify; 5 timed out (--timeout, or --expect not met within --wait); 6 the connection was cut or closed with an error code, or closed before --expect was met; 128 + N after signal N (Ctrl+C: 130).</source>
        <translation>退出状态：0 完成；1 命令行有误；2 无法连接（被拒绝、找不到主机）；3 握手被拒绝（HTTP 状态）；4 TLS 失败或证书未通过验证；5 超时（--timeout，或在 --wait 时间内未满足 --expect）；6 连接被切断或以错误代码关闭，或在满足 --expect 之前关闭；128 + N 表示收到信号 N（Ctrl+C：130）。</translation>
    </message>
    <message>
        <source>duplex connect needs a URL, such as ws://127.0.0.1:8888/ws/; see duplex connect --help.</source>
        <translation>duplex connect 需要一个 URL，例如 ws://127.0.0.1:8888/ws/；请参阅 duplex connect --help。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; see duplex connect --help.</source>
        <translation>意外的参数 &quot;%1&quot;；请参阅 duplex connect --help。</translation>
    </message>
    <message>
        <source>--binary and --hex cannot go together: --hex sends binary messages too.</source>
        <translation>--binary 和 --hex 不能同时使用：--hex 也会发送二进制消息。</translation>
    </message>
    <message>
        <source>--send &quot;%1&quot;: %2</source>
        <translation>--send &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>--expect needs a number of messages from 1 up, not &quot;%1&quot;.</source>
        <translation>--expect 需要不小于 1 的消息数量，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds from 0 to 86400, not &quot;%2&quot;.</source>
        <translation>--%1 需要 0 到 86400 之间的秒数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>--ping needs at least 1 second, not &quot;%1&quot;.</source>
        <translation>--ping 至少需要 1 秒，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>-H &quot;%1&quot;: %2</source>
        <translation>-H &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>a header is &quot;Name: value&quot;.</source>
        <translation>请求头的格式为 &quot;Name: value&quot;。</translation>
    </message>
    <message>
        <source>--ca: cannot read %1: %2</source>
        <translation>--ca：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--ca: %1 holds no PEM certificate.</source>
        <translation>--ca：%1 不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>%2 秒内未能连接到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n message(s) expected came within --wait.</source>
        <translation>
            <numerusform>在 --wait 时间内收到了预期 %n 条消息中的 %1 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it; Ctrl+D closes the connection.</source>
        <translation>输入消息并按 Enter 发送；Ctrl+D 关闭连接。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>无法读取标准输入：%1</translation>
    </message>
    <message>
        <source>Line %1 of the input is longer than %2: not sent.</source>
        <translation>输入的第 %1 行超过 %2：未发送。</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections on %1 port %2.</source>
        <translation>连接被拒绝：%1 的端口 %2 上没有程序接受连接。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>(--ca FILE trusts the authority that signed it; --insecure skips the check.)</source>
        <translation>（--ca 文件 可信任签发该证书的机构；--insecure 跳过检查。）</translation>
    </message>
    <message>
        <source>The connection was cut without a close frame (1006).</source>
        <translation>连接在没有关闭帧的情况下被切断 (1006)。</translation>
    </message>
    <message>
        <source>The server closed the connection with code %1%2.</source>
        <translation>服务器关闭了连接，关闭代码 %1%2。</translation>
    </message>
    <message numerus="yes">
        <source>The connection closed after %1 of the %n message(s) expected.</source>
        <translation>
            <numerusform>连接在收到预期 %n 条消息中的 %1 条后关闭。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleLog</name>
    <message>
        <source>Listening on %1: page http://%2/, WebSocket ws://%2/ws/</source>
        <translation>正在监听 %1：网页 http://%2/，WebSocket ws://%2/ws/</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>New message %1</source>
        <translation>新消息 %1</translation>
    </message>
    <message>
        <source>New binary message %1</source>
        <translation>新二进制消息 %1</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>…（共 %n 个字符）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1 with TLS: page https://%2/, WebSocket wss://%2/ws/</source>
        <translation>正在监听 %1（TLS）：网页 https://%2/，WebSocket wss://%2/ws/</translation>
    </message>
</context>
<context>
    <name>ConsoleWriter</name>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>无法打开 %1 进行写入：%2</translation>
    </message>
</context>
<context>
    <name>DuplexServer</name>
    <message>
        <source>The server is already listening on %1.</source>
        <translation>服务器已在 %1 上监听。</translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2: another program is listening there.</source>
        <translation>端口 %1 在 %2 上已被占用：另一个程序正在该端口上监听。</translation>
    </message>
    <message>
        <source>Permission denied to listen on %1: ports below 1024 need administrator rights.</source>
        <translation>无权在 %1 上监听：1024 以下的端口需要管理员权限。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the address %2 does not belong to this computer.</source>
        <translation>无法在 %1 上监听：地址 %2 不属于本机。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>无法在 %1 上监听：%2。</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message numerus="yes">
        <source>refused: %n connection(s) already, the most allowed</source>
        <translation>
            <numerusform>已拒绝：已有 %n 个连接，达到允许的上限</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped: %1 bytes of replies are waiting, and it reads none of them</source>
        <translation>已断开：有 %1 字节的回复等待发送，而客户端一直未读取</translation>
    </message>
    <message>
        <source>dropped: no answer to pings for %1 s</source>
        <translation>已断开：%1 秒内未响应 ping</translation>
    </message>
    <message>
        <source>refused: plain HTTP sent to the TLS port (told to use https://)</source>
        <translation>已拒绝：向 TLS 端口发送了明文 HTTP（已提示改用 https://）</translation>
    </message>
    <message>
        <source>closed with %1: it held %2 bytes when all clients together held more than the %3 allowed (--max-buffered-bytes)</source>
        <translation>以 %1 关闭：所有客户端合计占用超过允许的 %3 时，它占用 %2 字节（--max-buffered-bytes）</translation>
    </message>
    <message>
        <source>binary messages are echoed unchanged</source>
        <translation>二进制消息按原样回显</translation>
    </message>
    <message>
        <source>binary messages are echoed as the seed&apos;s bytes.upper() does: ASCII letters upper-cased, every other byte kept (--echo-binary-unchanged or Server Settings: as they came)</source>
        <translation>二进制消息按示例中 bytes.upper() 的方式回显：ASCII 字母转为大写，其余字节不变（--echo-binary-unchanged 或服务器设置：按原样）</translation>
    </message>
</context>
<context>
    <name>FrontDoor</name>
    <message>
        <source>origin %1 is not allowed</source>
        <translation>来源 %1 不被允许</translation>
    </message>
    <message>
        <source>host %1 is not a name of this server (a guard against DNS rebinding); if it is yours, start Duplex with --allow-host %1</source>
        <translation>主机 %1 不是此服务器的名称（防范 DNS 重绑定）；如果它属于您，请用 --allow-host %1 启动 Duplex</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Signal %1: closing every client and stopping</source>
        <translation>收到信号 %1：正在关闭所有客户端并停止</translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <source>Not hex: &quot;0x&quot; at position %1 has no digits after it.</source>
        <translation>不是 hex：位置 %1 处的 &quot;0x&quot; 后面没有数字。</translation>
    </message>
    <message>
        <source>Not hex: %1 at position %2 is not a hex digit.</source>
        <translation>不是 hex：位置 %2 处的 %1 不是 hex 数字。</translation>
    </message>
    <message>
        <source>Not hex: &quot;%1&quot; at position %2 has an odd number of hex digits.</source>
        <translation>不是 hex：位置 %2 处的 &quot;%1&quot; 包含奇数个 hex 数字。</translation>
    </message>
    <message numerus="yes">
        <source>... %Ln more byte(s)</source>
        <translation>
            <numerusform>... 还有 %Ln 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not a JSON object or array</source>
        <translation>不是 JSON 对象或数组</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{…} %n key(s)</source>
        <translation>
            <numerusform>{…} %n 个键</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[…] %n item(s)</source>
        <translation>
            <numerusform>[…] %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LogFilterModel</name>
    <message>
        <source>Invalid regular expression: %1 at position %2</source>
        <translation>无效的正则表达式：位置 %2 处 %1</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>… (%1 characters in all)</source>
        <translation>…（共 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export the Shown Lines</source>
        <translation>导出显示的行</translation>
    </message>
    <message>
        <source>Export the Log</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation>仅 %1 ✕</translation>
    </message>
    <message>
        <source>Only the lines about the client %1 are shown; click to show all</source>
        <translation>仅显示与客户端 %1 有关的行；单击以显示全部</translation>
    </message>
    <message>
        <source>Show all clients&apos; lines</source>
        <translation>显示所有客户端的行</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Filter (text, or /regular expression/)</source>
        <translation>筛选（文本或 /正则表达式/）</translation>
    </message>
    <message>
        <source>Log filter</source>
        <translation>日志筛选器</translation>
    </message>
    <message>
        <source>Shows only the lines that contain this text, in any case. A text that starts with / is a regular expression: /^Sent/, or /hello/i to ignore case. Ctrl+F comes here, Esc empties it.</source>
        <translation>仅显示包含此文本的行，不区分大小写。以 / 开头的文本是正则表达式：例如 /^Sent/，或用 /hello/i 忽略大小写。按 Ctrl+F 跳到此处，按 Esc 清空。</translation>
    </message>
    <message>
        <source>In</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Show the messages received</source>
        <translation>显示收到的消息</translation>
    </message>
    <message>
        <source>Show the messages sent</source>
        <translation>显示发出的消息</translation>
    </message>
    <message>
        <source>Show the events: connections, closes, page requests</source>
        <translation>显示事件：连接、关闭、页面请求</translation>
    </message>
    <message>
        <source>Show the errors and warnings</source>
        <translation>显示错误和警告</translation>
    </message>
    <message>
        <source>Lines shown of all the lines in the log</source>
        <translation>显示的行数 / 日志总行数</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Saves the log to a file, as plain text or JSON Lines; the arrow chooses whether only the shown lines go when a filter hides some</source>
        <translation>将日志保存到文件，格式为纯文本或 JSON Lines；当筛选器隐藏了部分行时，可用箭头选择是否只导出显示的行</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>Export Only the Shown Lines</source>
        <translation>仅导出显示的行</translation>
    </message>
    <message>
        <source>While a filter hides lines, Export… writes only the lines shown</source>
        <translation>当筛选器隐藏了部分行时，“导出…”只写入显示的行</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>导出选项</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>筛选器错误</translation>
    </message>
    <message>
        <source>Find in the Log</source>
        <translation>在日志中查找</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the selected lines as text</source>
        <translation>将选中的行复制为文本</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>清空日志(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Start Server</source>
        <translation>启动服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Start the server (F5)</source>
        <translation>启动服务器（F5）</translation>
    </message>
    <message>
        <source>S&amp;top Server</source>
        <translation>停止服务器(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the server and close every client (Shift+F5)</source>
        <translation>停止服务器并关闭所有客户端（Shift+F5）</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the server&apos;s page in the web browser (Ctrl+B)</source>
        <translation>在网页浏览器中打开服务器的页面（Ctrl+B）</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>复制 URL(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the page&apos;s address (Ctrl+Shift+C)</source>
        <translation>复制页面地址（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Server S&amp;ettings...</source>
        <translation>服务器设置(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Duplex</source>
        <translation>关于 Duplex(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>The port the server listens on</source>
        <translation>服务器监听的端口</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>仅限本机（127.0.0.1）</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>所有网络接口</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听范围</translation>
    </message>
    <message>
        <source>Who can reach the server: this computer only, or the network too</source>
        <translation>谁可以访问服务器：仅限本机，或网络上的其他计算机</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Use Port %1</source>
        <translation>使用端口 %1</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>已连接的客户端</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln 个客户端</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopping: closing the clients...</source>
        <translation>正在停止：正在关闭客户端...</translation>
    </message>
    <message>
        <source>Listening on %1 — %2</source>
        <translation>正在监听 %1 — %2</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>%1 New connection</source>
        <translation>%1 新连接</translation>
    </message>
    <message>
        <source>%1 Connection closed (%2)</source>
        <translation>%1 连接已关闭（%2）</translation>
    </message>
    <message>
        <source>%1 Connection closed (%2 %3)</source>
        <translation>%1 连接已关闭（%2 %3）</translation>
    </message>
    <message>
        <source>%1 New message %2</source>
        <translation>%1 新消息 %2</translation>
    </message>
    <message>
        <source>%1 Sent %2</source>
        <translation>%1 已发送 %2</translation>
    </message>
    <message>
        <source>%1 New binary message %2</source>
        <translation>%1 新二进制消息 %2</translation>
    </message>
    <message>
        <source>%1 Sent binary %2</source>
        <translation>%1 已发送二进制消息 %2</translation>
    </message>
    <message>
        <source>%1 more messages in the last second (%2 in, %3 out), counted, not listed</source>
        <translation>过去一秒内另有 %1 条消息（收到 %2 条，发出 %3 条），仅计数，未列出</translation>
    </message>
    <message>
        <source>Listening on %1: page %2, WebSocket %3</source>
        <translation>正在监听 %1：网页 %2，WebSocket %3</translation>
    </message>
    <message>
        <source>No web browser could be started for %1.</source>
        <translation>无法启动网页浏览器来打开 %1。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Settings saved; they apply when the server next starts (Shift+F5, F5).</source>
        <translation>设置已保存；将在服务器下次启动时生效（Shift+F5，F5）。</translation>
    </message>
    <message>
        <source>About Duplex</source>
        <translation>关于 Duplex</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duplex %1&lt;/h3&gt;&lt;p&gt;A WebSocket workbench: one port serves a web page at &lt;code&gt;/&lt;/code&gt; and a WebSocket at &lt;code&gt;/ws/&lt;/code&gt; that greets every client with &lt;code&gt;Welcome!&lt;/code&gt; and answers each message upper-cased, with a built-in client to talk to it or to any other WebSocket server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Duplex %1&lt;/h3&gt;&lt;p&gt;WebSocket 工作台：同一端口在 &lt;code&gt;/&lt;/code&gt; 提供网页，在 &lt;code&gt;/ws/&lt;/code&gt; 提供 WebSocket，它以 &lt;code&gt;Welcome!&lt;/code&gt; 问候每个客户端，并将每条消息转为大写后回复；内置的客户端可以与它或任何其他 WebSocket 服务器通信。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageCodec</name>
    <message>
        <source>Not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>Not base64: use A-Z, a-z, 0-9, + and /, and = only at the end.</source>
        <translation>不是 base64：请使用 A-Z、a-z、0-9、+ 和 /，= 只能在末尾。</translation>
    </message>
</context>
<context>
    <name>MessageInspector</name>
    <message>
        <source>Copy Path %1</source>
        <translation>复制路径 %1</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copies the message: its text, or its bytes in hex</source>
        <translation>复制消息：其文本，或其字节的十六进制</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <source>Copies the message as a JSON object: time, direction, peer, kind, the text or the bytes in base64, and the size</source>
        <translation>将消息复制为 JSON 对象：时间、方向、对端、类型、文本或 base64 字节，以及大小</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Writes the whole message to a file</source>
        <translation>将整条消息写入文件</translation>
    </message>
    <message>
        <source>Closes the message pane (Esc)</source>
        <translation>关闭消息面板 (Esc)</translation>
    </message>
    <message>
        <source>Close the message pane</source>
        <translation>关闭消息面板</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一部分</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一部分 ▶</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>整条消息</translation>
    </message>
    <message>
        <source>The message as a JSON tree</source>
        <translation>以 JSON 树显示的消息</translation>
    </message>
    <message>
        <source>Right-click a node to copy its path or value</source>
        <translation>右键单击节点可复制其路径或值</translation>
    </message>
    <message>
        <source>The message&apos;s bytes in hex</source>
        <translation>消息字节的十六进制</translation>
    </message>
    <message>
        <source>Find in the message (Enter: next, Shift+Enter: back, Esc)</source>
        <translation>在消息中查找（Enter：下一个，Shift+Enter：上一个，Esc）</translation>
    </message>
    <message>
        <source>Find in the message</source>
        <translation>在消息中查找</translation>
    </message>
    <message>
        <source>About the message</source>
        <translation>消息信息</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>text, %1 bytes, %2 characters</source>
        <translation>文本，%1 字节，%2 个字符</translation>
    </message>
    <message>
        <source>, JSON</source>
        <translation>，JSON</translation>
    </message>
    <message>
        <source>binary, %1 bytes</source>
        <translation>二进制，%1 字节</translation>
    </message>
    <message>
        <source>only its start is kept</source>
        <translation>仅保留了开头</translation>
    </message>
    <message>
        <source>(not UTF-8 text)</source>
        <translation>（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <source>Not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>Characters %1 to %2 of %3</source>
        <translation>第 %1 至 %2 个字符，共 %3 个</translation>
    </message>
    <message>
        <source>Save the Message</source>
        <translation>保存消息</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Clients: %1</source>
        <translation>客户端：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server&lt;/b&gt;</source>
        <translation>&lt;b&gt;服务器&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Clea&amp;r Log</source>
        <translation>清空日志(&amp;R)</translation>
    </message>
    <message>
        <source>Empties the server&apos;s log</source>
        <translation>清空服务器日志</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>服务器日志</translation>
    </message>
    <message>
        <source>What the server did: connections, messages in and out, page requests, warnings</source>
        <translation>服务器的活动：连接、收发的消息、页面请求、警告</translation>
    </message>
    <message>
        <source>Server log and its filter</source>
        <translation>服务器日志及其筛选器</translation>
    </message>
    <message>
        <source>Connected clients</source>
        <translation>已连接的客户端</translation>
    </message>
    <message>
        <source>One row per WebSocket client; select one to see only its lines in the log</source>
        <translation>每个 WebSocket 客户端一行；选中一个即可在日志中只看它的行</translation>
    </message>
    <message>
        <source>Disco&amp;nnect</source>
        <translation>断开连接(&amp;N)</translation>
    </message>
    <message>
        <source>Closes the selected client&apos;s connection: 1000 (Normal Closure), or 1008 (Policy Violation) with the reason typed</source>
        <translation>关闭所选客户端的连接：1000（Normal Closure），或带所填原因的 1008（Policy Violation）</translation>
    </message>
    <message>
        <source>Reason (optional: sends 1008)</source>
        <translation>原因（可选：将发送 1008）</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <source>Message to the selected client or to all</source>
        <translation>发给所选客户端或所有客户端的消息</translation>
    </message>
    <message>
        <source>Message from the server</source>
        <translation>来自服务器的消息</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>二进制（hex）</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Binary: type the bytes in hex, with or without spaces (48 69)</source>
        <translation>二进制：以 hex 输入字节，可带或不带空格（48 69）</translation>
    </message>
    <message>
        <source>Send to Clien&amp;t</source>
        <translation>发送给客户端(&amp;T)</translation>
    </message>
    <message>
        <source>Sends the message to the selected client</source>
        <translation>将消息发送给所选客户端</translation>
    </message>
    <message>
        <source>&amp;Broadcast</source>
        <translation>广播(&amp;B)</translation>
    </message>
    <message>
        <source>Sends the message to every connected client</source>
        <translation>将消息发送给所有已连接的客户端</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>it is not an object</source>
        <translation>它不是对象</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>它没有名称</translation>
    </message>
    <message>
        <source>its mode is none of text, json, hex and base64</source>
        <translation>其模式不是 text、json、hex、base64 之一</translation>
    </message>
    <message>
        <source>a snippet has no name or an unknown mode</source>
        <translation>某个片段没有名称或模式未知</translation>
    </message>
    <message>
        <source>The file is not JSON: %1.</source>
        <translation>该文件不是 JSON：%1。</translation>
    </message>
    <message>
        <source>The file is not a list of Duplex connections (no &quot;format&quot;: &quot;duplex-sessions&quot;).</source>
        <translation>该文件不是 Duplex 连接列表（缺少 &quot;format&quot;: &quot;duplex-sessions&quot;）。</translation>
    </message>
    <message>
        <source>The file names no version of its format.</source>
        <translation>该文件未注明其格式版本。</translation>
    </message>
    <message>
        <source>The file is of version %1 of the format; this Duplex reads up to %2.</source>
        <translation>该文件的格式版本为 %1；此 Duplex 最多读取版本 %2。</translation>
    </message>
    <message>
        <source>The file holds no &quot;sessions&quot; list.</source>
        <translation>该文件不含 &quot;sessions&quot; 列表。</translation>
    </message>
    <message>
        <source>Connection %1 of the file is refused: %2</source>
        <translation>文件中的第 %1 个连接被拒绝：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server Settings</source>
        <translation>服务器设置</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>A larger message or frame closes its connection with 1009</source>
        <translation>超过此大小的消息或帧会使其连接以 1009 关闭</translation>
    </message>
    <message>
        <source>Connections beyond this are answered 503</source>
        <translation>超出此数量的连接将收到 503 响应</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Clients are pinged this often and dropped after two silent intervals</source>
        <translation>按此间隔向客户端发送 ping，连续两个间隔无响应则断开</translation>
    </message>
    <message>
        <source>One per line, e.g. https://example.com, or * for all</source>
        <translation>每行一个，例如 https://example.com，或用 * 表示全部</translation>
    </message>
    <message>
        <source>Largest &amp;message:</source>
        <translation>最大消息(&amp;M)：</translation>
    </message>
    <message>
        <source>Most &amp;connections:</source>
        <translation>最大连接数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Ping every:</source>
        <translation>Ping 间隔(&amp;P)：</translation>
    </message>
    <message>
        <source>Also allow pages &amp;from:</source>
        <translation>另外允许的页面来源(&amp;F)：</translation>
    </message>
    <message>
        <source>Pages that Duplex serves itself, and clients that send no Origin, are always allowed. Changes apply when the server next starts.</source>
        <translation>Duplex 自身提供的页面以及不发送 Origin 的客户端始终被允许。更改将在服务器下次启动时生效。</translation>
    </message>
    <message>
        <source>Not an origin: %1 (write scheme://host[:port])</source>
        <translation>不是有效的来源：%1（请写成 scheme://host[:port]）</translation>
    </message>
    <message>
        <source>PEM file; empty: plain http:// and ws://</source>
        <translation>PEM 文件；留空则使用明文 http:// 和 ws://</translation>
    </message>
    <message>
        <source>With a certificate and its key the port speaks TLS: the page over https://, the WebSocket over wss://</source>
        <translation>提供证书及其私钥后，端口将使用 TLS：网页通过 https://，WebSocket 通过 wss://</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>TLS 证书文件</translation>
    </message>
    <message>
        <source>PEM file without a passphrase</source>
        <translation>不带口令的 PEM 文件</translation>
    </message>
    <message>
        <source>TLS key file</source>
        <translation>TLS 私钥文件</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>TLS ce&amp;rtificate:</source>
        <translation>TLS 证书(&amp;R)：</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>TLS 证书</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>TLS 私钥(&amp;K)：</translation>
    </message>
    <message>
        <source>TLS Key</source>
        <translation>TLS 私钥</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>浏览：%1</translation>
    </message>
    <message>
        <source>A TLS certificate needs its key file too.</source>
        <translation>TLS 证书还需要其私钥文件。</translation>
    </message>
    <message>
        <source>A TLS key needs its certificate file too.</source>
        <translation>TLS 私钥还需要其证书文件。</translation>
    </message>
    <message>
        <source>One per line, e.g. example.com, or * for all</source>
        <translation>每行一个，例如 example.com，或 * 表示全部</translation>
    </message>
    <message>
        <source>A server listening on this computer only answers to localhost and its loopback addresses, against DNS rebinding; add the names a proxy in front of it is reached by</source>
        <translation>仅在本机监听的服务器只响应 localhost 及其环回地址，以防范 DNS 重绑定；请添加其前端代理所使用的名称</translation>
    </message>
    <message>
        <source>Also answer to &amp;hosts:</source>
        <translation>也响应主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Not a host name: %1 (write it without scheme or port)</source>
        <translation>不是主机名：%1（请不带协议和端口书写）</translation>
    </message>
    <message>
        <source>Echo binary messages &amp;unchanged</source>
        <translation>按原样回显二进制消息(&amp;U)</translation>
    </message>
    <message>
        <source>Off, as in the tutorial&apos;s server (bytes.upper()): the ASCII letters of a binary message come back upper-cased, every other byte as it was</source>
        <translation>关闭时与教程的服务器相同 (bytes.upper())：二进制消息中的 ASCII 字母以大写返回，其余字节保持不变</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>TLS is not available: Qt found no TLS library (OpenSSL 3) on this computer.</source>
        <translation>TLS 不可用：Qt 在本机上找不到 TLS 库（OpenSSL 3）。</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2.</source>
        <translation>无法读取 TLS 证书 %1：%2。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 不包含 PEM 证书（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2.</source>
        <translation>无法读取 TLS 私钥 %1：%2。</translation>
    </message>
    <message>
        <source>%1 holds no private key Duplex can use (PEM, RSA or EC, without a passphrase).</source>
        <translation>%1 不包含 Duplex 可用的私钥（PEM 格式、RSA 或 EC、不带口令）。</translation>
    </message>
    <message>
        <source>The key %1 does not belong to the certificate %2.</source>
        <translation>私钥 %1 与证书 %2 不匹配。</translation>
    </message>
</context>
<context>
    <name>WebSocketClient</name>
    <message>
        <source>Connection is opened ...</source>
        <translation>连接已打开...</translation>
    </message>
    <message>
        <source>Message is received: %1</source>
        <translation>收到消息：%1</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://, not &quot;%1&quot;.</source>
        <translation>URL 必须以 ws:// 或 wss:// 开头，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; 不是有效的 URL。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no host.</source>
        <translation>URL &quot;%1&quot; 未指定主机。</translation>
    </message>
    <message>
        <source>Handshake failed: the server answered HTTP %1 %2</source>
        <translation>握手失败：服务器返回 HTTP %1 %2</translation>
    </message>
    <message>
        <source>Handshake failed: the server answered HTTP 400 Bad Request</source>
        <translation>握手失败：服务器返回 HTTP 400 Bad Request</translation>
    </message>
    <message>
        <source>Handshake failed: the server wants another WebSocket version</source>
        <translation>握手失败：服务器要求使用其他 WebSocket 版本</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Handshake failed: %1</source>
        <translation>握手失败：%1</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>Connecting to %1 ...</source>
        <translation>正在连接到 %1...</translation>
    </message>
    <message>
        <source>Not connected: the message was not sent.</source>
        <translation>未连接：消息未发送。</translation>
    </message>
    <message>
        <source>Message is sent: %1</source>
        <translation>已发送消息：%1</translation>
    </message>
    <message>
        <source>Connection is closed ...</source>
        <translation>连接已关闭...</translation>
    </message>
    <message>
        <source>Close code %1</source>
        <translation>关闭代码 %1</translation>
    </message>
    <message>
        <source>Close code %1: %2</source>
        <translation>关闭代码 %1：%2</translation>
    </message>
    <message>
        <source>Subprotocol: %1</source>
        <translation>子协议：%1</translation>
    </message>
    <message>
        <source>Binary message is received (%1)</source>
        <translation>收到二进制消息（%1）</translation>
    </message>
    <message>
        <source>A request header needs a name.</source>
        <translation>请求头需要名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: use letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>&quot;%1&quot; 不是有效的请求头名称：只能使用字母、数字和 !#$%&amp;&apos;*+-.^_`|~。</translation>
    </message>
    <message>
        <source>The value of the header &quot;%1&quot; must not break the line.</source>
        <translation>请求头 &quot;%1&quot; 的值不能包含换行。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set by the handshake itself.</source>
        <translation>请求头 &quot;%1&quot; 由握手过程自行设置。</translation>
    </message>
    <message>
        <source>Give subprotocols in their own field, not as a &quot;%1&quot; header.</source>
        <translation>请在专用字段中填写子协议，而不是作为 &quot;%1&quot; 请求头。</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;Name: value&quot;.</source>
        <translation>第 %1 行不是 &quot;Name: value&quot; 格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid subprotocol name.</source>
        <translation>&quot;%1&quot; 不是有效的子协议名称。</translation>
    </message>
    <message>
        <source>Binary message is sent (%1)</source>
        <translation>已发送二进制消息（%1）</translation>
    </message>
    <message>
        <source>Not connected: the ping was not sent.</source>
        <translation>未连接：ping 未发送。</translation>
    </message>
    <message>
        <source>A ping carries at most %1 bytes: the ping was not sent.</source>
        <translation>ping 最多携带 %1 字节：ping 未发送。</translation>
    </message>
    <message>
        <source>Pong received</source>
        <translation>收到 pong</translation>
    </message>
    <message>
        <source>Pong received in %1 ms</source>
        <translation>%1 ms 后收到 pong</translation>
    </message>
    <message>
        <source>Reconnecting is stopped.</source>
        <translation>已停止重连。</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s ...</source>
        <translation>%1 秒后重连...</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is trusted for this session.</source>
        <translation>本次会话中已信任服务器的证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>服务器的证书不受信任：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is accepted without being verified: %1</source>
        <translation>服务器的证书未经验证即被接受：%1</translation>
    </message>
</context>
</TS>
