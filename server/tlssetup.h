#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace TlsSetup {
// The configuration a server socket speaks TLS with: the PEM certificate (chain) in
// `certificateFile` and its unencrypted PEM private key in `keyFile`. Nothing, and one
// sentence in `error`, when a file cannot be read, holds no certificate or key, or the key
// does not belong to the certificate.
std::optional<QSslConfiguration> serverConfiguration(const QString &certificateFile,
                                                     const QString &keyFile, QString *error);
} // namespace TlsSetup
