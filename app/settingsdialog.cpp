#include "settingsdialog.h"

#include "originpolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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
      m_origins(new QPlainTextEdit(this)), m_problem(new QLabel(this)),
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
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_problem->setStyleSheet(dark ? QStringLiteral("color: #ff7b72;")
                                  : QStringLiteral("color: #c01c28;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Largest &message:"), m_maxMessageKiB);
    form->addRow(tr("Most &connections:"), m_maxConnections);
    form->addRow(tr("&Ping every:"), m_pingSeconds);
    form->addRow(tr("Also allow pages &from:"), m_origins);
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
    validate();
}

void SettingsDialog::validate()
{
    QStringList bad;
    for (const QString &origin : originLines(m_origins->toPlainText())) {
        if (!OriginPolicy::normalize(origin))
            bad.append(origin);
    }
    m_problem->setText(bad.isEmpty() ? QString()
                                     : tr("Not an origin: %1 (write scheme://host[:port])")
                                               .arg(bad.join(QStringLiteral(", "))));
    m_problem->setVisible(!bad.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(bad.isEmpty());
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
}

void SettingsDialog::save(const ServerSettings &settings)
{
    QSettings stored;
    stored.beginGroup(QStringLiteral("limits"));
    stored.setValue(QStringLiteral("maxMessageSize"), settings.maxMessageSize);
    stored.setValue(QStringLiteral("maxConnections"), settings.maxConnections);
    stored.setValue(QStringLiteral("pingIntervalMs"), settings.pingIntervalMs);
    stored.setValue(QStringLiteral("allowedOrigins"), settings.allowedOrigins);
}
