#include "consolelog.h"

#include "consolewriter.h"
#include "duplexserver.h"
#include "logging.h"
#include "peertext.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

namespace {
// The log that Qt's messages go to, and the handler it took them from.
ConsoleLog *capturingLog = nullptr;
QtMessageHandler previousHandler = nullptr;

constexpr qsizetype shownChars = 200; // of a text message
constexpr qsizetype shownBytes = 32; // of a binary one
} // namespace

ConsoleLog::ConsoleLog(DuplexServer *server, ConsoleWriter *writer, Format format, QObject *parent)
    : QObject(parent), m_out(writer), m_format(format),
      m_newMessage(ConsoleWriter::split(tr("New message %1"))),
      m_newBinary(ConsoleWriter::split(tr("New binary message %1")))
{

    connect(server, &DuplexServer::listening, this,
            [this, server](const QHostAddress &address, quint16 port) {
                if (!lcServer().isInfoEnabled())
                    return;
                const QString host
                        = browsableHost(address) + QLatin1Char(':') + QString::number(port);
                const QString text
                        = (server->usesTls() ? tr("Listening on %1 with TLS: page https://%2/, "
                                                  "WebSocket wss://%2/ws/")
                                             : tr("Listening on %1: page http://%2/, WebSocket "
                                                  "ws://%2/ws/"))
                                  .arg(endpointName(address, port), host);
                begin(Level::Info, "duplex.server", "listening");
                if (m_format == Format::Json) {
                    number("port", port);
                    literal("tls", server->usesTls() ? "true" : "false");
                }
                words("message", text);
                end();
            });
    connect(server, &DuplexServer::stopped, this, [this] {
        if (!lcServer().isInfoEnabled())
            return;
        begin(Level::Info, "duplex.server", "stopped");
        words("message", tr("Server stopped"));
        end();
        m_out->flush();
    });
    // Not connected when the category is off: the server then does not even name the peers
    // of connections that come and go.
    if (lcConnections().isInfoEnabled()) {
        connect(server, &DuplexServer::clientConnected, this, [this](const QString &peer) {
            begin(Level::Info, "duplex.connections", "open", &peer);
            if (m_format == Format::Text)
                m_out->append(tr("New connection"));
            end();
        });
        connect(server, &DuplexServer::clientDisconnected, this,
                [this](const QString &peer, int closeCode, const QString &reason) {
                    begin(Level::Info, "duplex.connections", "close", &peer);
                    if (m_format == Format::Json) {
                        number("code", closeCode);
                        string("reason", reason, shownChars);
                    } else {
                        m_out->append(tr("Connection closed"));
                        m_out->append(QByteArrayView(" ("));
                        m_out->appendNumber(closeCode);
                        if (!reason.isEmpty()) {
                            m_out->append(' ');
                            m_out->appendEscaped(reason, shownChars);
                        }
                        m_out->append(')');
                    }
                    end();
                });
    }
    // Not even connected when the category is off: the echo's hot path then emits to nobody.
    if (lcMessages().isInfoEnabled()) {
        connect(server, &DuplexServer::textMessageReceived, this, &ConsoleLog::writeText);
        connect(server, &DuplexServer::binaryMessageReceived, this, &ConsoleLog::writeBinary);
    }
    connect(server, &DuplexServer::warning, this,
            [this](const QString &peer, const QString &message) {
                if (!lcConnections().isWarningEnabled())
                    return;
                // The server's words, with what the peer said in them (an Origin...).
                begin(Level::Warning, "duplex.connections", nullptr, &peer);
                string("message", message, 500);
                end();
            });
    connect(server, &DuplexServer::notice, this,
            [this](const QString &peer, const QString &message) {
                if (!lcServer().isInfoEnabled())
                    return;
                begin(Level::Info, "duplex.server", "notice", &peer);
                words("message", message);
                end();
            });
    // The same for requests: unconnected, the server does not even name their peers.
    if (lcHttp().isInfoEnabled()) {
        connect(server, &DuplexServer::httpRequestServed, this,
                [this](const QString &peer, const QByteArray &method, const QByteArray &target,
                       int status) {
                    begin(Level::Info, "duplex.http", "http", &peer);
                    words("method",
                          method.isEmpty() ? QStringLiteral("-")
                                           : PeerText::escapedLatin1(method, 32));
                    if (m_format == Format::Text)
                        m_out->append(' ');
                    words("target",
                          target.isEmpty() ? QStringLiteral("-")
                                           : PeerText::escapedLatin1(target, 200));
                    if (m_format == Format::Text)
                        m_out->append(' ');
                    number("status", status);
                    end();
                });
    }
}

ConsoleLog::~ConsoleLog()
{
    if (m_capturing) {
        qInstallMessageHandler(previousHandler);
        capturingLog = nullptr;
    }
    m_out->flush();
}

void ConsoleLog::captureQtMessages()
{
    if (m_capturing)
        return;
    m_capturing = true;
    capturingLog = this;
    previousHandler = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context,
                                                const QString &message) {
        // The writer belongs to the log's thread; a message from another one (a Qt
        // helper thread) goes where it went before.
        if (capturingLog && QThread::currentThread() == capturingLog->thread())
            capturingLog->writeQtMessage(type, context.category, message);
        else if (previousHandler)
            previousHandler(type, context, message);
        else
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    });
}

void ConsoleLog::serverLine(const QString &message)
{
    if (!lcServer().isInfoEnabled())
        return;
    writeQtMessage(QtInfoMsg, "duplex.server", message);
}

void ConsoleLog::begin(Level level, const char *category, const char *event, const QString *peer)
{
    if (m_format == Format::Json) {
        m_out->append(QByteArrayView("{\"time\":\""));
        m_out->appendStamp(ConsoleWriter::Stamp::Iso);
        m_out->append(QByteArrayView("\",\"level\":\""));
        m_out->append(QByteArrayView(level == Level::Info              ? "info"
                                             : level == Level::Warning ? "warning"
                                                                       : "error"));
        m_out->append(QByteArrayView("\",\"category\":\""));
        m_out->append(QByteArrayView(category));
        m_out->append('"');
        if (event) {
            key("event");
            m_out->append('"');
            m_out->append(QByteArrayView(event));
            m_out->append('"');
        }
        if (peer)
            string("peer", *peer);
        return;
    }
    m_out->appendStamp(ConsoleWriter::Stamp::Local);
    m_out->append(' ');
    if (level == Level::Warning)
        m_out->append(QByteArrayView("warning: "));
    else if (level == Level::Error)
        m_out->append(QByteArrayView("error: "));
    if (peer) {
        m_out->append(*peer);
        m_out->append(' ');
    }
}

void ConsoleLog::key(const char *name)
{
    m_out->append(QByteArrayView(",\""));
    m_out->append(QByteArrayView(name));
    m_out->append(QByteArrayView("\":"));
}

bool ConsoleLog::string(const char *name, QStringView text, qsizetype maxChars)
{
    if (m_format == Format::Text)
        return m_out->appendEscaped(text, maxChars < 0 ? text.size() : maxChars);
    key(name);
    return m_out->appendJsonString(text, maxChars);
}

void ConsoleLog::words(const char *name, QStringView text)
{
    if (m_format == Format::Text)
        m_out->append(text);
    else
        string(name, text);
}

void ConsoleLog::number(const char *name, qint64 value)
{
    if (m_format == Format::Json)
        key(name);
    m_out->appendNumber(value);
}

void ConsoleLog::literal(const char *name, const char *json)
{
    if (m_format == Format::Text)
        return;
    key(name);
    m_out->append(QByteArrayView(json));
}

void ConsoleLog::end()
{
    if (m_format == Format::Json)
        m_out->append('}');
    m_out->endLine();
}

// The hot path: a line per message, appended to the writer's buffer without allocating.
void ConsoleLog::writeText(const QString &peer, const QString &message)
{
    begin(Level::Info, "duplex.messages", "text", &peer);
    if (m_format == Format::Text)
        m_out->append(m_newMessage.before);
    if (string("text", message, shownChars)) {
        if (m_format == Format::Json) {
            number("chars", message.size());
            literal("truncated", "true");
        } else {
            m_out->append(tr("… (%n characters)", nullptr, int(message.size())));
        }
    }
    if (m_format == Format::Text)
        m_out->append(m_newMessage.after);
    end();
}

void ConsoleLog::writeBinary(const QString &peer, const QByteArray &message)
{
    const QByteArrayView head = QByteArrayView(message).first(std::min(message.size(), shownBytes));
    begin(Level::Info, "duplex.messages", "binary", &peer);
    if (m_format == Format::Json) {
        number("bytes", message.size());
        key("hex");
        m_out->append('"');
        m_out->appendHex(head, 0);
        m_out->append('"');
        if (head.size() < message.size())
            literal("truncated", "true");
    } else {
        m_out->append(m_newBinary.before);
        m_out->append(tr("(%n byte(s))", nullptr, int(message.size())));
        if (!head.isEmpty()) {
            m_out->append(' ');
            m_out->appendHex(head, ' ');
        }
        if (head.size() < message.size())
            m_out->append(QByteArrayView(" …"));
        m_out->append(m_newBinary.after);
    }
    end();
}

void ConsoleLog::writeQtMessage(QtMsgType type, const char *category, const QString &message)
{
    const Level level = type == QtWarningMsg                ? Level::Warning
            : (type == QtCriticalMsg || type == QtFatalMsg) ? Level::Error
                                                            : Level::Info;
    begin(level, category ? category : "default");
    // Qt's and Duplex's own words; a peer's text in them is escaped too.
    string("message", message);
    end();
    if (type == QtFatalMsg || type == QtCriticalMsg)
        m_out->flush(); // Qt aborts after a fatal one
}
