#include "tlssetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace {
// The file's bytes, or nothing and why not in `why`.
std::optional<QByteArray> readFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

// Whether the private key in `keyPem` is the one of the first certificate in `certificatePem`.
// Qt has no way to ask; OpenSSL, which Qt's TLS uses anyway, does.
bool keyMatches(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    BIO *certificateBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *certificate = certificateBio
            ? PEM_read_bio_X509(certificateBio, nullptr, nullptr, nullptr)
            : nullptr;
    EVP_PKEY *key = keyBio ? PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr) : nullptr;
    const bool matches = certificate && key && X509_check_private_key(certificate, key) == 1;
    EVP_PKEY_free(key);
    X509_free(certificate);
    BIO_free(keyBio);
    BIO_free(certificateBio);
    return matches;
}
} // namespace

std::optional<QSslConfiguration> TlsSetup::serverConfiguration(const QString &certificateFile,
                                                               const QString &keyFile,
                                                               QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QCoreApplication::translate(
                "TlsSetup",
                "TLS is not available: Qt found no TLS library (OpenSSL 3) on this computer.");
        return std::nullopt;
    }
    QString why;
    const std::optional<QByteArray> certificatePem = readFile(certificateFile, &why);
    if (!certificatePem) {
        *error = QCoreApplication::translate("TlsSetup", "Cannot read the TLS certificate %1: %2.")
                         .arg(certificateFile, why);
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = QCoreApplication::translate(
                         "TlsSetup", "%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                         .arg(certificateFile);
        return std::nullopt;
    }
    const std::optional<QByteArray> keyPem = readFile(keyFile, &why);
    if (!keyPem) {
        *error = QCoreApplication::translate("TlsSetup", "Cannot read the TLS key %1: %2.")
                         .arg(keyFile, why);
        return std::nullopt;
    }
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QCoreApplication::translate(
                         "TlsSetup",
                         "%1 holds no private key Duplex can use (PEM, RSA or EC, without a "
                         "passphrase).")
                         .arg(keyFile);
        return std::nullopt;
    }
    if (!keyMatches(*certificatePem, *keyPem)) {
        *error = QCoreApplication::translate("TlsSetup",
                                             "The key %1 does not belong to the certificate %2.")
                         .arg(keyFile, certificateFile);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients bring no certificates
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}
