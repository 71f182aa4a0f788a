#pragma once

#include "consolewriter.h"
#include "websocketclient.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTimer>

class QSocketNotifier;

// `duplex connect URL`: the window's WebSocketClient driven from a terminal or a script. It
// prints the seed page's lines with time stamps (or JSON Lines), sends what it is given
// (--send, or each line of standard input), and ends with an exit status that says how it
// went. No GUI.
class ConsoleClient final : public QObject
{
    Q_OBJECT

public:
    // The exit statuses, as --help, the man page and the README list them.
    enum Status {
        Success = 0,
        UsageError = 1, // a mistake on the command line, an unreadable --ca file
        Unreachable = 2, // refused, host not found, no route
        HandshakeFailed = 3, // the server refused the upgrade (an HTTP status)
        TlsFailed = 4, // TLS failed, or the certificate did not verify
        TimedOut = 5, // no connection within --timeout, or --expect not met within --wait
        ClosedAbnormally = 6, // cut without a close frame, closed with an error code, or
                              // closed before --expect was met
    };
    enum class Payload { Text, Binary, Hex };
    struct Options
    {
        QString url;
        QStringList messages; // --send, in order
        bool readInput = true; // standard input's lines are sent (not with --send)
        int expect = 0; // exit after this many messages came in; 0: not asked
        int waitMs = -1; // exit this long after the connection opened; -1: not asked
        int timeoutMs = 10000; // for the connection to open
        bool json = false;
        Payload payload = Payload::Text;
        QList<WebSocketClient::Header> headers;
        QStringList subprotocols;
        QList<QSslCertificate> caCertificates;
        bool insecure = false;
        int pingSeconds = 0;
        bool reconnect = false;
    };
    struct Parsed
    {
        enum class Outcome { Run, Exit, Fail } outcome = Outcome::Fail;
        Options options;
    };

    // Whether `arguments` (as main() has them) ask for the command-line client.
    static bool isConnectCommand(const QStringList &arguments);
    // Reads `duplex connect URL [options]`; prints --help, or one sentence about a mistake,
    // itself.
    static Parsed parse(const QStringList &arguments);

    ConsoleClient(const Options &options, ConsoleWriter *out, ConsoleWriter *errors,
                  QObject *parent = nullptr);
    ~ConsoleClient() override;

    // Connects, and starts reading standard input when asked to.
    void start();
    // A signal asks to stop: closes with 1000, then finishes with 128 + the signal's number.
    // A second one finishes at once.
    void interrupt(int signalNumber);

Q_SIGNALS:
    void finished(int status);

private:
    void onLogLine(WebSocketClient::LineKind kind, const QString &text, const QVariant &message);
    void onOpened();
    void onClosed(int code, const QString &reason);
    void onFailed(WebSocketClient::Failure failure, const QString &description);
    void onReceived();
    void readInput();
    void send(const QByteArray &line);
    // Ends with `status`; `sentence` (if any) goes to standard error. Closes first when open.
    void finish(int status, const QString &sentence = QString());
    void done();

    void beginLine(); // the time stamp (text) or `{"time":"…"` (JSON)
    void printEvent(const char *event, const QString &text);
    void printMessage(bool incoming, const QVariant &message);
    void printError(const QString &sentence);

    Options m_options;
    ConsoleWriter *m_out;
    ConsoleWriter *m_errors;
    WebSocketClient m_client;
    bool m_colour = false; // standard output is a terminal: the time stamps are dimmed
    // The window's words, printed in their own way here.
    QString m_openedLine;
    QString m_closedLine;
    ConsoleWriter::Sentence m_pongLine;
    ConsoleWriter::Sentence m_receivedLine;
    ConsoleWriter::Sentence m_sentLine;

    QSocketNotifier *m_input = nullptr;
    QByteArray m_partialLine; // read, not yet ended by a newline
    QList<QByteArray> m_waitingLines; // read before the connection opened
    int m_lineNumber = 0;
    bool m_inputEnded = false;

    bool m_everOpened = false;
    int m_received = 0;
    std::optional<WebSocketClient::Failure> m_failure; // of the attempt that just ended
    QString m_failureText;
    QTimer m_openTimer; // --timeout
    QTimer m_waitTimer; // --wait
    QTimer m_closeGrace; // how long a finishing close may take

    bool m_finishing = false;
    bool m_done = false;
    int m_status = Success;
    QString m_sentence;
};
