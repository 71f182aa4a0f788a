#include "clientpanel.h"

#include "historylineedit.h"
#include "logmodel.h"
#include "logview.h"
#include "websocketclient.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {
LogEntry::Direction directionOf(WebSocketClient::LineKind kind)
{
    switch (kind) {
    case WebSocketClient::LineKind::Sent:
        return LogEntry::Direction::Out;
    case WebSocketClient::LineKind::Received:
        return LogEntry::Direction::In;
    case WebSocketClient::LineKind::Error:
        return LogEntry::Direction::Error;
    case WebSocketClient::LineKind::Event:
        break;
    }
    return LogEntry::Direction::Event;
}
} // namespace

ClientPanel::ClientPanel(WebSocketClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_logModel(new LogModel(this)), m_url(new QLineEdit(this)),
      m_connect(new QPushButton(this)), m_message(new HistoryLineEdit(this)),
      m_send(new QPushButton(this)), m_log(new LogView(this)), m_title(new QLabel(this)),
      m_urlLabel(new QLabel(this)), m_messageLabel(new QLabel(this)), m_clear(new QPushButton(this))
{
    m_urlLabel->setBuddy(m_url);
    m_url->setObjectName(QStringLiteral("clientUrl"));
    m_url->setPlaceholderText(QStringLiteral("ws://127.0.0.1:8888/ws/"));
    m_url->setClearButtonEnabled(true);
    m_connect->setObjectName(QStringLiteral("connectButton"));

    m_messageLabel->setBuddy(m_message);
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_send->setObjectName(QStringLiteral("sendButton"));

    m_log->setObjectName(QStringLiteral("clientLog"));
    m_log->setModel(m_logModel);
    m_clear->setObjectName(QStringLiteral("clearClientLog"));
    QPushButton *clear = m_clear;

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlLabel);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_connect);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageLabel);
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_send);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(urlRow);
    layout->addLayout(messageRow);
    layout->addWidget(m_log, 1);
    setTabOrder(m_clear, m_url);
    setTabOrder(m_url, m_connect);
    setTabOrder(m_connect, m_message);
    setTabOrder(m_message, m_send);
    setTabOrder(m_send, m_log);

    connect(m_client, &WebSocketClient::logLine, this,
            [this](WebSocketClient::LineKind kind, const QString &text) {
                m_logModel->append(directionOf(kind), text);
            });
    connect(m_client, &WebSocketClient::stateChanged, this, &ClientPanel::updateControls);
    connect(m_client, &WebSocketClient::opened, this, [this] { m_message->setFocus(); });
    connect(m_connect, &QPushButton::clicked, this, &ClientPanel::toggleConnection);
    connect(m_url, &QLineEdit::returnPressed, this, &ClientPanel::toggleConnection);
    connect(m_send, &QPushButton::clicked, this, &ClientPanel::send);
    connect(m_message, &QLineEdit::returnPressed, this, &ClientPanel::send);
    connect(clear, &QPushButton::clicked, m_logModel, &LogModel::clear);
    retranslateUi();
}

void ClientPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientPanel::retranslateUi()
{
    m_title->setText(tr("<b>Client</b>"));
    m_urlLabel->setText(tr("&URL:"));
    m_url->setAccessibleName(tr("WebSocket URL"));
    m_url->setAccessibleDescription(tr("The address to connect to, such as ws://host:port/ws/"));
    m_messageLabel->setText(tr("&Message:"));
    m_message->setPlaceholderText(tr("Text to send (Enter sends, Up/Down for history)"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setAccessibleDescription(m_message->placeholderText());
    m_send->setText(tr("&Send"));
    m_clear->setText(tr("C&lear Log"));
    m_clear->setAccessibleDescription(tr("Empties the client's log"));
    m_log->setAccessibleName(tr("Client log"));
    m_log->setAccessibleDescription(
            tr("What the client did: connecting, messages sent and received, closing"));
    updateControls();
}

QString ClientPanel::url() const
{
    return m_url->text().trimmed();
}

void ClientPanel::setUrl(const QString &url)
{
    m_url->setText(url);
}

void ClientPanel::followServerUrl(const QString &url)
{
    if (m_url->text().isEmpty() || m_url->text() == m_followedUrl)
        m_url->setText(url);
    m_followedUrl = url;
}

void ClientPanel::toggleConnection()
{
    if (m_client->state() == QAbstractSocket::UnconnectedState)
        m_client->open(url());
    else
        m_client->close();
}

void ClientPanel::send()
{
    if (!m_client->isOpen()) {
        m_client->sendText(m_message->text()); // says why nothing was sent
        return;
    }
    const QString text = m_message->text();
    m_client->sendText(text);
    m_message->addToHistory(text);
    m_message->clear();
}

void ClientPanel::updateControls()
{
    const QAbstractSocket::SocketState state = m_client->state();
    const bool idle = state == QAbstractSocket::UnconnectedState;
    m_connect->setText(idle ? tr("&Connect") : tr("&Disconnect"));
    m_url->setReadOnly(!idle);
    m_send->setEnabled(state == QAbstractSocket::ConnectedState);
}
