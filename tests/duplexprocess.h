// A running `duplex` for the tests that drive the built program: start, read, signal, stop.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

// Starts DUPLEX_BINARY and collects what it prints. Waiting spins the event loop (as QTRY_*
// does), so QWebSocket clients in the test keep working while duplex runs or shuts down.
class DuplexProcess
{
public:
    explicit DuplexProcess(const QStringList &arguments,
                           const QProcessEnvironment &environment = defaultEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            const QByteArray data = m_process.readAllStandardOutput();
            m_standardOutput += data;
            m_output += data;
        });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
            const QByteArray data = m_process.readAllStandardError();
            m_standardError += data;
            m_output += data;
        });
        m_process.start(QStringLiteral(DUPLEX_BINARY), arguments);
    }
    ~DuplexProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    Q_DISABLE_COPY_MOVE(DuplexProcess)

    // The checks read duplex's own English lines in its own format: keep the caller's locale,
    // message pattern and logging rules out of it.
    static QProcessEnvironment defaultEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "QT_MESSAGE_PATTERN", "QT_LOGGING_RULES", "LANGUAGE" })
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return environment;
    }

    // The port from the "Listening on <address>:<port>:" line; 0 if duplex exited or timed out.
    quint16 waitForListening(int timeoutMs = 10000)
    {
        if (!QTest::qWaitFor([this] { return port() != 0 || !isRunning(); }, timeoutMs))
            return 0;
        return port();
    }
    quint16 port() const
    {
        static const QRegularExpression line(
                QStringLiteral("Listening on \\S+:(\\d+)(?: with TLS)?: "));
        return quint16(line.match(output()).captured(1).toUInt());
    }
    bool waitForOutput(const QString &text, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return output().contains(text); }, timeoutMs);
    }
    bool waitForFinished(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return !isRunning(); }, timeoutMs);
    }
    // SIGTERM by default (what QProcess::terminate() sends), or SIGINT as from Ctrl+C.
    bool terminate(int signalNumber = SIGTERM, int timeoutMs = 10000)
    {
        if (isRunning())
            ::kill(pid_t(m_process.processId()), signalNumber);
        return waitForFinished(timeoutMs);
    }

    // Standard input: what duplex connect reads and sends.
    void write(const QByteArray &data) { m_process.write(data); }
    void closeInput() { m_process.closeWriteChannel(); }
    qint64 processId() const { return m_process.processId(); }

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QString output() const { return QString::fromUtf8(m_output); } // both channels, in order
    QString standardOutput() const { return QString::fromUtf8(m_standardOutput); }
    QString standardError() const { return QString::fromUtf8(m_standardError); }

private:
    QProcess m_process;
    QByteArray m_output;
    QByteArray m_standardOutput;
    QByteArray m_standardError;
};
