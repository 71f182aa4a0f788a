#include "settingsdialog.h"

#include "hostpolicy.h"
#include "originpolicy.h"
#include "problemline.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace {
QStringList originLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}
} // namespace

SettingsDialog::SettingsDialog(const ServerSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_maxMessageKiB(new QSpinBox(this)),
      m_maxConnections(new QSpinBox(this)), m_pingSeconds(new QSpinBox(this)),
      m_origins(new QPlainTextEdit(this)), m_hosts(new QPlainTextEdit(this)),
      m_tlsCertificate(new QLineEdit(this)), m_tlsKey(new QLineEdit(this)),
      m_echoBinaryUnchanged(new QCheckBox(this)), m_problem(new ProblemLine(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Server Settings"));
    m_maxMessageKiB->setObjectName(QStringLiteral("maxMessageKiB"));
    m_maxMessageKiB->setRange(1, 2 * 1024 * 1024);
    m_maxMessageKiB->setSuffix(tr(" KiB"));
    m_maxMessageKiB->setValue(int(settings.maxMessageSize / 1024));
    m_maxMessageKiB->setToolTip(tr("A larger message or frame closes its connection with 1009"));
    m_maxConnections->setObjectName(QStringLiteral("maxConnections"));
    m_maxConnections->setRange(1, 1000000);
    m_maxConnections->setValue(settings.maxConnections);
    m_maxConnections->setToolTip(tr("Connections beyond this are answered 503"));
    m_pingSeconds->setObjectName(QStringLiteral("pingSeconds"));
    m_pingSeconds->setRange(1, 3600);
    m_pingSeconds->setSuffix(tr(" s"));
    m_pingSeconds->setValue(settings.pingIntervalMs / 1000);
    m_pingSeconds->setToolTip(tr("Clients are pinged this often and dropped after two silent "
                                 "intervals"));
    m_origins->setObjectName(QStringLiteral("allowedOrigins"));
    m_origins->setPlaceholderText(tr("One per line, e.g. https://example.com, or * for all"));
    m_origins->setPlainText(settings.allowedOrigins.join(QLatin1Char('\n')));
    m_origins->setTabChangesFocus(true);
    m_hosts->setObjectName(QStringLiteral("allowedHosts"));
    m_hosts->setPlaceholderText(tr("One per line, e.g. example.com, or * for all"));
    m_hosts->setPlainText(settings.allowedHosts.join(QLatin1Char('\n')));
    m_hosts->setTabChangesFocus(true);
    m_hosts->setToolTip(tr("A server listening on this computer only answers to localhost and "
                           "its loopback addresses, against DNS rebinding; add the names a "
                           "proxy in front of it is reached by"));
    m_tlsCertificate->setObjectName(QStringLiteral("tlsCertificate"));
    m_tlsCertificate->setText(settings.tlsCertificateFile);
    m_tlsCertificate->setPlaceholderText(tr("PEM file; empty: plain http:// and ws://"));
    m_tlsCertificate->setToolTip(tr("With a certificate and its key the port speaks TLS: the "
                                    "page over https://, the WebSocket over wss://"));
    m_tlsCertificate->setAccessibleName(tr("TLS certificate file"));
    m_tlsKey->setObjectName(QStringLiteral("tlsKey"));
    m_tlsKey->setText(settings.tlsKeyFile);
    m_tlsKey->setPlaceholderText(tr("PEM file without a passphrase"));
    m_tlsKey->setAccessibleName(tr("TLS key file"));
    m_echoBinaryUnchanged->setObjectName(QStringLiteral("echoBinaryUnchanged"));
    m_echoBinaryUnchanged->setText(tr("Echo binary messages &unchanged"));
    m_echoBinaryUnchanged->setChecked(settings.echoBinaryUnchanged);
    m_echoBinaryUnchanged->setToolTip(
            tr("Off, as in the tutorial's server (bytes.upper()): the ASCII letters of a binary "
               "message come back upper-cased, every other byte as it was"));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_problem->setStyleSheet(dark ? QStringLiteral("color: #ff7b72;")
                                  : QStringLiteral("color: #c01c28;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Largest &message:"), m_maxMessageKiB);
    form->addRow(tr("Most &connections:"), m_maxConnections);
    form->addRow(tr("&Ping every:"), m_pingSeconds);
    form->addRow(tr("Also allow pages &from:"), m_origins);
    form->addRow(tr("Also answer to &hosts:"), m_hosts);
    const QString pem = tr("PEM files (*.pem *.crt *.key);;All files (*)");
    // A row of a layout gets a plain label from addRow(QString, ...): without a buddy its
    // mnemonic would show as a literal "&".
    const auto fileLabel = [this](const QString &text, QLineEdit *edit) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        return label;
    };
    form->addRow(fileLabel(tr("TLS ce&rtificate:"), m_tlsCertificate),
                 fileRow(m_tlsCertificate, tr("TLS Certificate"), pem));
    form->addRow(fileLabel(tr("TLS &key:"), m_tlsKey), fileRow(m_tlsKey, tr("TLS Key"), pem));
    form->addRow(QString(), m_echoBinaryUnchanged);
    auto *note = new QLabel(tr("Pages that Duplex serves itself, and clients that send no "
                               "Origin, are always allowed. Changes apply when the server "
                               "next starts."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_origins, &QPlainTextEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_hosts, &QPlainTextEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_tlsCertificate, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_tlsKey, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
}

QLayout *SettingsDialog::fileRow(QLineEdit *edit, const QString &browseTitle, const QString &filter)
{
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(edit->objectName() + QStringLiteral("Browse"));
    browse->setAccessibleName(tr("Browse for %1").arg(edit->accessibleName()));
    connect(browse, &QPushButton::clicked, this, [this, edit, browseTitle, filter] {
        const QString file = QFileDialog::getOpenFileName(
                this, browseTitle, QFileInfo(edit->text()).absolutePath(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

void SettingsDialog::validate()
{
    QStringList bad;
    for (const QString &origin : originLines(m_origins->toPlainText())) {
        if (!OriginPolicy::normalize(origin))
            bad.append(origin);
    }
    QString problem = bad.isEmpty() ? QString()
                                    : tr("Not an origin: %1 (write scheme://host[:port])")
                                              .arg(bad.join(QStringLiteral(", ")));
    QStringList badHosts;
    for (const QString &name : originLines(m_hosts->toPlainText())) {
        if (!HostPolicy::normalize(name))
            badHosts.append(name);
    }
    if (problem.isEmpty() && !badHosts.isEmpty()) {
        problem = tr("Not a host name: %1 (write it without scheme or port)")
                          .arg(badHosts.join(QStringLiteral(", ")));
    }
    // The files themselves are read when the server starts, which says what is wrong.
    const bool certificate = !m_tlsCertificate->text().trimmed().isEmpty();
    const bool key = !m_tlsKey->text().trimmed().isEmpty();
    if (problem.isEmpty() && certificate != key) {
        problem = certificate ? tr("A TLS certificate needs its key file too.")
                              : tr("A TLS key needs its certificate file too.");
    }
    m_problem->setProblem(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ServerSettings SettingsDialog::settings() const
{
    ServerSettings settings = m_settings;
    settings.maxMessageSize = qint64(m_maxMessageKiB->value()) * 1024;
    settings.maxConnections = m_maxConnections->value();
    settings.pingIntervalMs = m_pingSeconds->value() * 1000;
    settings.pongTimeoutMs = 2 * settings.pingIntervalMs;
    settings.allowedOrigins.clear();
    for (const QString &origin : originLines(m_origins->toPlainText()))
        settings.allowedOrigins.append(OriginPolicy::normalize(origin).value_or(origin));
    settings.allowedHosts.clear();
    for (const QString &name : originLines(m_hosts->toPlainText()))
        settings.allowedHosts.append(HostPolicy::normalize(name).value_or(name));
    settings.tlsCertificateFile = m_tlsCertificate->text().trimmed();
    settings.tlsKeyFile = m_tlsKey->text().trimmed();
    settings.echoBinaryUnchanged = m_echoBinaryUnchanged->isChecked();
    return settings;
}

void SettingsDialog::load(ServerSettings &settings)
{
    QSettings stored;
    stored.beginGroup(QStringLiteral("limits"));
    settings.maxMessageSize
            = stored.value(QStringLiteral("maxMessageSize"), settings.maxMessageSize).toLongLong();
    settings.maxConnections
            = stored.value(QStringLiteral("maxConnections"), settings.maxConnections).toInt();
    settings.pingIntervalMs
            = stored.value(QStringLiteral("pingIntervalMs"), settings.pingIntervalMs).toInt();
    settings.pongTimeoutMs = 2 * settings.pingIntervalMs;
    settings.allowedOrigins
            = stored.value(QStringLiteral("allowedOrigins"), settings.allowedOrigins)
                      .toStringList();
    settings.allowedHosts
            = stored.value(QStringLiteral("allowedHosts"), settings.allowedHosts).toStringList();
    settings.echoBinaryUnchanged
            = stored.value(QStringLiteral("echoBinaryUnchanged"), settings.echoBinaryUnchanged)
                      .toBool();
}

void SettingsDialog::loadTls(ServerSettings &settings)
{
    QSettings stored;
    stored.beginGroup(QStringLiteral("tls"));
    settings.tlsCertificateFile
            = stored.value(QStringLiteral("certificate"), settings.tlsCertificateFile).toString();
    settings.tlsKeyFile = stored.value(QStringLiteral("key"), settings.tlsKeyFile).toString();
}

void SettingsDialog::save(const ServerSettings &settings)
{
    QSettings stored;
    stored.beginGroup(QStringLiteral("limits"));
    stored.setValue(QStringLiteral("maxMessageSize"), settings.maxMessageSize);
    stored.setValue(QStringLiteral("maxConnections"), settings.maxConnections);
    stored.setValue(QStringLiteral("pingIntervalMs"), settings.pingIntervalMs);
    stored.setValue(QStringLiteral("allowedOrigins"), settings.allowedOrigins);
    stored.setValue(QStringLiteral("allowedHosts"), settings.allowedHosts);
    stored.setValue(QStringLiteral("echoBinaryUnchanged"), settings.echoBinaryUnchanged);
    stored.endGroup();
    stored.beginGroup(QStringLiteral("tls"));
    stored.setValue(QStringLiteral("certificate"), settings.tlsCertificateFile);
    stored.setValue(QStringLiteral("key"), settings.tlsKeyFile);
}
