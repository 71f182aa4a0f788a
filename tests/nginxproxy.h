// nginx in front of Duplex with the seed tutorial's own location block, for interop tests:
// started on a free loopback port with its own configuration, logs and temp folders.
#pragma once

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class NginxProxy
{
public:
    // Starts nginx proxying to 127.0.0.1:`backendPort`; port() is 0 when it did not start.
    explicit NginxProxy(quint16 backendPort)
    {
        {
            QTcpServer probe; // a port that was free a moment ago
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return;
            m_port = probe.serverPort();
        }
        const QString dir = m_dir.path();
        // The seed's block verbatim, but for the port.
        const QString seedLocation
                = QStringLiteral(
                          "location / { proxy_pass http://localhost:%1; proxy_http_version 1.1; "
                          "proxy_set_header Upgrade $http_upgrade; proxy_set_header Connection "
                          "\"upgrade\"; "
                          "proxy_set_header Host $host; }")
                          .arg(backendPort);
        const QString config
                = QStringLiteral("%1"
                                 "worker_processes 1;\n"
                                 "pid %2/nginx.pid;\n"
                                 "error_log %2/error.log;\n"
                                 "events { worker_connections 256; }\n"
                                 "http {\n"
                                 "  access_log %2/access.log;\n"
                                 "  client_body_temp_path %2/body; proxy_temp_path %2/proxy;\n"
                                 "  fastcgi_temp_path %2/fastcgi; uwsgi_temp_path %2/uwsgi; "
                                 "scgi_temp_path %2/scgi;\n"
                                 "  server {\n"
                                 "    listen 127.0.0.1:%3;\n"
                                 "    %4\n"
                                 "  }\n"
                                 "}\n")
                          .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), dir)
                          .arg(m_port)
                          .arg(seedLocation);
        QFile file(dir + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
            return;
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("/usr/sbin/nginx"),
                        { QStringLiteral("-p"), dir, QStringLiteral("-c"),
                          dir + QStringLiteral("/nginx.conf"), QStringLiteral("-e"),
                          dir + QStringLiteral("/error.log"), QStringLiteral("-g"),
                          QStringLiteral("daemon off;") });
        const bool up = QTest::qWaitFor(
                [this] {
                    if (m_process.state() == QProcess::NotRunning)
                        return true;
                    QTcpSocket probe;
                    probe.connectToHost(QHostAddress::LocalHost, m_port);
                    return probe.waitForConnected(100);
                },
                20000);
        if (!up || m_process.state() == QProcess::NotRunning)
            m_port = 0;
    }
    ~NginxProxy()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    Q_DISABLE_COPY_MOVE(NginxProxy)

    quint16 port() const { return m_port; }
    QString log()
    {
        QFile errors(m_dir.path() + QStringLiteral("/error.log"));
        errors.open(QIODevice::ReadOnly);
        return QString::fromUtf8(m_process.readAll() + errors.readAll());
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
