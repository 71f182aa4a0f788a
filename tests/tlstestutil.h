// A self-signed certificate for 127.0.0.1, made at test time with Debian's openssl command.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

struct TestCertificate
{
    QTemporaryDir dir;
    QString certificate; // PEM, CN=127.0.0.1, subjectAltName IP:127.0.0.1 and DNS:localhost
    QString key; // its unencrypted PEM key
    QString otherKey; // a key of another certificate
    QByteArray spkiSha256Base64; // what Chromium's --ignore-certificate-errors-spki-list takes
    QString error; // why it could not be made; empty when it was

    TestCertificate()
    {
        certificate = dir.filePath(QStringLiteral("cert.pem"));
        key = dir.filePath(QStringLiteral("key.pem"));
        otherKey = dir.filePath(QStringLiteral("other-key.pem"));
        if (!run({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") })
            || !run({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                      QStringLiteral("RSA"), QStringLiteral("-out"), otherKey })) {
            return;
        }
        // SHA-256 of the DER SubjectPublicKeyInfo, base64.
        QByteArray publicKey;
        QByteArray der;
        QByteArray digest;
        if (!run({ QStringLiteral("x509"), QStringLiteral("-in"), certificate,
                   QStringLiteral("-pubkey"), QStringLiteral("-noout") },
                 {}, &publicKey)
            || !run({ QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-outform"),
                      QStringLiteral("der") },
                    publicKey, &der)
            || !run({ QStringLiteral("dgst"), QStringLiteral("-sha256"),
                      QStringLiteral("-binary") },
                    der, &digest)) {
            return;
        }
        spkiSha256Base64 = digest.toBase64();
    }

    bool isValid() const { return error.isEmpty() && !spkiSha256Base64.isEmpty(); }

    // A server's TLS settings with this certificate and key, asking nothing of the peer. Its
    // certificate or key is null when a file could not be read.
    QSslConfiguration serverConfiguration() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QFile certFile(certificate);
        QFile keyFile(key);
        if (certFile.open(QIODevice::ReadOnly))
            tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        if (keyFile.open(QIODevice::ReadOnly))
            tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        return tls;
    }

private:
    bool run(const QStringList &arguments, const QByteArray &input = {},
             QByteArray *output = nullptr)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForStarted(10000)) {
            error = QStringLiteral("openssl is missing: apt-get install openssl");
            return false;
        }
        openssl.write(input);
        openssl.closeWriteChannel();
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            error = QStringLiteral("openssl %1 failed: %2")
                            .arg(arguments.join(QLatin1Char(' ')),
                                 QString::fromLocal8Bit(openssl.readAllStandardError()));
            return false;
        }
        if (output)
            *output = openssl.readAllStandardOutput();
        return true;
    }
};
