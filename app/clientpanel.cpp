#include "clientpanel.h"

#include "hexformat.h"
#include "jsontext.h"
#include "logmodel.h"
#include "logpanel.h"
#include "logview.h"
#include "messageedit.h"
#include "messagehistory.h"
#include "problemline.h"
#include "websocketclient.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

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

// A message as a menu entry: one line, not too long, '&' not taken for a mnemonic.
QString menuText(QString text)
{
    constexpr qsizetype maxLength = 60;
    text.replace(QLatin1Char('\n'), QChar(0x21b5));
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

const QString sendModeKey = QStringLiteral("client/sendMode");
// A file sent as one message: more than this is refused rather than read into memory.
constexpr qint64 maxFileBytes = 256 * 1024 * 1024;
const QString autoPingKey = QStringLiteral("client/autoPing");
const QString autoReconnectKey = QStringLiteral("client/autoReconnect");
} // namespace

ClientPanel::ClientPanel(WebSocketClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_logModel(new LogModel(this)), m_url(new QLineEdit(this)),
      m_connect(new QPushButton(this)), m_handshake(new QPushButton(this)),
      m_autoReconnect(new QCheckBox(this)), m_countdown(new QLabel(this)),
      m_stopReconnect(new QPushButton(this)), m_ping(new QPushButton(this)),
      m_autoPingLabel(new QLabel(this)), m_autoPing(new QSpinBox(this)),
      m_sendMode(new QComboBox(this)), m_message(new MessageEdit(this)),
      m_format(new QToolButton(this)), m_compact(new QToolButton(this)),
      m_sendFile(new QToolButton(this)), m_historyButton(new QToolButton(this)),
      m_historyMenu(new QMenu(this)), m_snippetsButton(new QToolButton(this)),
      m_snippetsMenu(new QMenu(this)), m_send(new QPushButton(this)),
      m_problem(new ProblemLine(this)), m_logPanel(new LogPanel(m_logModel, this)),
      m_title(new QLabel(this)), m_urlLabel(new QLabel(this)), m_messageLabel(new QLabel(this)),
      m_clear(new QPushButton(this))
{
    m_urlLabel->setBuddy(m_url);
    m_url->setObjectName(QStringLiteral("clientUrl"));
    m_url->setPlaceholderText(QStringLiteral("ws://127.0.0.1:8888/ws/"));
    m_url->setClearButtonEnabled(true);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_handshake->setObjectName(QStringLiteral("handshakeButton"));

    m_autoReconnect->setObjectName(QStringLiteral("autoReconnectCheck"));
    m_countdown->setObjectName(QStringLiteral("reconnectCountdown"));
    m_countdown->hide();
    m_stopReconnect->setObjectName(QStringLiteral("stopReconnectButton"));
    m_stopReconnect->hide();
    m_ping->setObjectName(QStringLiteral("pingButton"));
    m_autoPing->setObjectName(QStringLiteral("autoPingSpin"));
    m_autoPing->setRange(0, 3600);
    m_autoPingLabel->setBuddy(m_autoPing);

    m_sendMode->setObjectName(QStringLiteral("sendModeCombo"));
    for (const SendMode mode : { SendMode::Text, SendMode::Json, SendMode::Hex, SendMode::Base64 })
        m_sendMode->addItem(QString(), QVariant::fromValue(int(mode)));
    m_format->setObjectName(QStringLiteral("formatJsonButton"));
    m_compact->setObjectName(QStringLiteral("compactJsonButton"));
    m_sendFile->setObjectName(QStringLiteral("sendFileButton"));
    m_messageLabel->setBuddy(m_message);
    m_message->setObjectName(QStringLiteral("messageEdit"));
    // Never squeezed to "T…": room for a few words, however small the window.
    m_message->setMinimumWidth(m_message->fontMetrics().averageCharWidth() * 16);
    m_url->setMinimumWidth(m_url->fontMetrics().averageCharWidth() * 16);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setArrowType(Qt::DownArrow);
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setMenu(m_historyMenu);
    m_historyMenu->setObjectName(QStringLiteral("historyMenu"));
    m_historyMenu->setToolTipsVisible(true);
    m_snippetsButton->setObjectName(QStringLiteral("snippetsButton"));
    m_snippetsButton->setPopupMode(QToolButton::InstantPopup);
    m_snippetsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_snippetsButton->setMenu(m_snippetsMenu);
    m_snippetsMenu->setObjectName(QStringLiteral("snippetsMenu"));
    m_snippetsMenu->setToolTipsVisible(true);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_problem->setObjectName(QStringLiteral("messageProblem"));

    m_logPanel->view()->setObjectName(QStringLiteral("clientLog"));
    m_logPanel->setExportBaseName(QStringLiteral("client-log"));
    m_clear->setObjectName(QStringLiteral("clearClientLog"));
    QPushButton *clear = m_clear;

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlLabel);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_connect);
    urlRow->addWidget(m_handshake);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_autoReconnect);
    optionsRow->addWidget(m_countdown);
    optionsRow->addWidget(m_stopReconnect);
    optionsRow->addStretch();
    optionsRow->addWidget(m_ping);
    optionsRow->addWidget(m_autoPingLabel);
    optionsRow->addWidget(m_autoPing);
    // The composer: its tools above, the editor below them.
    auto *messageRow = new QHBoxLayout;
    messageRow->setSpacing(4);
    messageRow->addWidget(m_messageLabel);
    messageRow->addWidget(m_sendMode);
    messageRow->addWidget(m_format);
    messageRow->addWidget(m_compact);
    messageRow->addStretch();
    messageRow->addWidget(m_sendFile);
    messageRow->addWidget(m_historyButton);
    messageRow->addWidget(m_snippetsButton);
    messageRow->addWidget(m_send);
    // Under the log, as in the server panel.
    auto *logButtons = new QHBoxLayout;
    logButtons->addStretch();
    logButtons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(urlRow);
    layout->addLayout(optionsRow);
    layout->addLayout(messageRow);
    layout->addWidget(m_message);
    layout->addWidget(m_problem);
    layout->addWidget(m_logPanel, 1);
    layout->addLayout(logButtons);
    setTabOrder(m_url, m_connect);
    setTabOrder(m_connect, m_handshake);
    setTabOrder(m_handshake, m_autoReconnect);
    setTabOrder(m_autoReconnect, m_stopReconnect);
    setTabOrder(m_stopReconnect, m_ping);
    setTabOrder(m_ping, m_autoPing);
    setTabOrder(m_autoPing, m_sendMode);
    setTabOrder(m_sendMode, m_format);
    setTabOrder(m_format, m_compact);
    setTabOrder(m_compact, m_sendFile);
    setTabOrder(m_sendFile, m_message);
    setTabOrder(m_message, m_historyButton);
    setTabOrder(m_historyButton, m_snippetsButton);
    setTabOrder(m_snippetsButton, m_send);
    setTabOrder(m_send, m_logPanel);
    setTabOrder(m_logPanel, m_clear);

    connect(m_client, &WebSocketClient::logLine, this,
            [this](WebSocketClient::LineKind kind, const QString &text, const QVariant &message) {
                const LogEntry::Direction direction = directionOf(kind);
                const QDateTime now = QDateTime::currentDateTime();
                if (message.typeId() == QMetaType::QString)
                    m_logModel->appendEntry(
                            LogEntry::forText(now, direction, text, message.toString()));
                else if (message.typeId() == QMetaType::QByteArray)
                    m_logModel->appendEntry(
                            LogEntry::forBinary(now, direction, text, message.toByteArray()));
                else
                    m_logModel->append(direction, text);
            });
    connect(m_client, &WebSocketClient::stateChanged, this, &ClientPanel::updateControls);
    connect(m_client, &WebSocketClient::opened, this, [this] { m_message->setFocus(); });
    connect(m_client, &WebSocketClient::reconnectCountdown, this, &ClientPanel::showCountdown);
    // Queued: the question waits for the user, the TLS handshake that raised it must not.
    connect(m_client, &WebSocketClient::untrustedCertificate, this, &ClientPanel::askToTrust,
            Qt::QueuedConnection);
    connect(m_connect, &QPushButton::clicked, this, &ClientPanel::toggleConnection);
    connect(m_url, &QLineEdit::returnPressed, this, &ClientPanel::toggleConnection);
    connect(m_url, &QLineEdit::textChanged, this, &ClientPanel::urlChanged);
    connect(m_handshake, &QPushButton::clicked, this, &ClientPanel::editHandshake);
    connect(m_autoReconnect, &QCheckBox::toggled, m_client, &WebSocketClient::setAutoReconnect);
    connect(m_autoReconnect, &QCheckBox::toggled, this, &ClientPanel::announceChange);
    connect(m_stopReconnect, &QPushButton::clicked, m_client, &WebSocketClient::stopReconnecting);
    connect(m_ping, &QPushButton::clicked, m_client, [this] { m_client->ping(); });
    connect(m_autoPing, &QSpinBox::valueChanged, m_client, [this](int seconds) {
        m_client->setAutoPingInterval(seconds);
        announceChange();
    });
    connect(m_sendMode, &QComboBox::currentIndexChanged, this, [this] {
        m_message->setMode(sendMode());
        showProblem({});
        retranslateUi(); // the placeholder says what to type
        announceChange();
    });
    connect(m_message, &MessageEdit::modeRecalled, this, &ClientPanel::setSendMode);
    connect(m_format, &QToolButton::clicked, this, [this] { reformat(true); });
    connect(m_compact, &QToolButton::clicked, this, [this] { reformat(false); });
    connect(m_sendFile, &QToolButton::clicked, this, &ClientPanel::sendFile);
    connect(m_send, &QPushButton::clicked, this, &ClientPanel::send);
    connect(m_message, &MessageEdit::submitted, this, &ClientPanel::send);
    connect(m_message, &QPlainTextEdit::textChanged, this, [this] { showProblem({}); });
    connect(m_historyMenu, &QMenu::aboutToShow, this, &ClientPanel::fillHistoryMenu);
    connect(m_snippetsMenu, &QMenu::aboutToShow, this, &ClientPanel::fillSnippetsMenu);
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
    updateHandshakeSummary();

    m_autoReconnect->setText(tr("&Auto-reconnect"));
    m_autoReconnect->setToolTip(
            tr("When the connection drops, connect again after 1 s, then 2, 4 ... up to 30 s"));
    m_stopReconnect->setText(tr("Stop"));
    m_stopReconnect->setToolTip(tr("Stop waiting to reconnect"));
    m_stopReconnect->setAccessibleName(tr("Stop reconnecting"));
    showCountdown(m_secondsLeft);
    m_ping->setText(tr("P&ing"));
    m_ping->setToolTip(tr("Send a ping and log how long the pong takes"));
    m_autoPingLabel->setText(tr("Auto-pin&g:"));
    m_autoPing->setSuffix(tr(" s"));
    m_autoPing->setSpecialValueText(tr("Off"));
    m_autoPing->setToolTip(tr("Ping every so many seconds while connected"));
    m_autoPing->setAccessibleName(tr("Auto-ping interval in seconds"));

    m_messageLabel->setText(tr("&Message:"));
    m_sendMode->setItemText(0, tr("Text"));
    m_sendMode->setItemText(1, tr("JSON"));
    m_sendMode->setItemText(2, tr("Hex"));
    m_sendMode->setItemText(3, tr("Base64"));
    m_sendMode->setToolTip(tr("Send the message as text, as JSON checked before it goes, or "
                              "its hex or base64 bytes as a binary message"));
    m_sendMode->setAccessibleName(tr("Message type"));
    switch (sendMode()) {
    case SendMode::Text:
        m_message->setPlaceholderText(
                tr("Text to send (Ctrl+Enter sends, Enter adds a line, Up/Down for history)"));
        break;
    case SendMode::Json:
        m_message->setPlaceholderText(
                tr("JSON such as {\"type\": \"subscribe\"} (checked before it is sent; "
                   "Ctrl+Enter sends)"));
        break;
    case SendMode::Hex:
        m_message->setPlaceholderText(tr("Hex bytes such as 48 65 6c 6c 6f (Ctrl+Enter sends)"));
        break;
    case SendMode::Base64:
        m_message->setPlaceholderText(tr("Base64 such as SGVsbG8= (Ctrl+Enter sends)"));
        break;
    }
    m_format->setText(tr("Format"));
    m_format->setToolTip(tr("Indents the JSON message, a member a line"));
    m_compact->setText(tr("Compact"));
    m_compact->setToolTip(tr("Writes the JSON message on one line, without spaces"));
    m_format->setVisible(sendMode() == SendMode::Json);
    m_compact->setVisible(sendMode() == SendMode::Json);
    m_sendFile->setText(tr("Send File…"));
    m_sendFile->setToolTip(tr("Sends a file's bytes as one binary message"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setAccessibleDescription(m_message->placeholderText());
    m_historyButton->setToolTip(tr("Messages sent before (Up/Down in the message box too)"));
    m_historyButton->setAccessibleName(tr("Sent messages"));
    m_snippetsButton->setText(tr("Snipp&ets"));
    m_snippetsButton->setToolTip(tr("Messages kept by name"));
    // No Alt key: Alt+S opens the Server menu (Ctrl+Enter in the message box sends).
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send the message (Ctrl+Enter in the message box)"));
    m_problem->setAccessibleName(tr("Problem with the message"));
    m_clear->setText(tr("Clear L&og")); // Alt+L is the Language menu's
    m_clear->setAccessibleDescription(tr("Empties the client's log"));
    m_logPanel->setAccessibleName(tr("Client log and its filter"));
    m_logPanel->view()->setAccessibleName(tr("Client log"));
    m_logPanel->view()->setAccessibleDescription(
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

MessageHistory &ClientPanel::messageHistory()
{
    return m_message->messageHistory();
}

ClientPanel::SendMode ClientPanel::sendMode() const
{
    return SendMode(m_sendMode->currentData().toInt());
}

void ClientPanel::setSendMode(SendMode mode)
{
    m_sendMode->setCurrentIndex(m_sendMode->findData(int(mode)));
}

void ClientPanel::loadSettings(QSettings &settings)
{
    const QScopedValueRollback loading(m_loading, true);
    messageHistory().load(settings);
    m_message->endWalk();
    // "binary" is what an older Duplex called hex.
    const QString mode = settings.value(sendModeKey).toString();
    setSendMode(mode == QLatin1String("binary")
                        ? SendMode::Hex
                        : MessageCodec::fromName(mode).value_or(SendMode::Text));
    m_autoPing->setValue(settings.value(autoPingKey, 0).toInt());
    m_autoReconnect->setChecked(settings.value(autoReconnectKey, false).toBool());
}

void ClientPanel::saveSettings(QSettings &settings) const
{
    m_message->messageHistory().save(settings);
    settings.setValue(sendModeKey, MessageCodec::name(sendMode()));
    settings.setValue(autoPingKey, m_autoPing->value());
    settings.setValue(autoReconnectKey, m_autoReconnect->isChecked());
}

Session ClientPanel::session(const QString &name) const
{
    Session session;
    session.name = name;
    session.url = url();
    session.headers = m_client->requestHeaders();
    session.subprotocols = m_client->subprotocols();
    session.snippets = m_message->messageHistory().snippets();
    session.mode = sendMode();
    session.autoPingSeconds = m_autoPing->value();
    session.autoReconnect = m_autoReconnect->isChecked();
    return session;
}

void ClientPanel::applySession(const Session &session)
{
    setUrl(session.url);
    setHandshake(session.headers, session.subprotocols);
    MessageHistory &history = messageHistory();
    const QList<MessageHistory::Snippet> old = history.snippets();
    for (const MessageHistory::Snippet &snippet : old)
        history.removeSnippet(snippet.name);
    for (const MessageHistory::Snippet &snippet : session.snippets)
        history.setSnippet(snippet.name, snippet.text, snippet.mode);
    setSendMode(session.mode);
    m_autoPing->setValue(session.autoPingSeconds);
    m_autoReconnect->setChecked(session.autoReconnect);
    announceChange();
}

void ClientPanel::setHandshake(const QList<Session::Header> &headers,
                               const QStringList &subprotocols)
{
    m_client->setRequestHeaders(headers);
    m_client->setSubprotocols(subprotocols);
    updateHandshakeSummary();
}

void ClientPanel::toggleConnection()
{
    if (m_client->state() == QAbstractSocket::UnconnectedState)
        m_client->open(url()); // also ends any waiting to reconnect
    else
        m_client->close();
}

void ClientPanel::send()
{
    const QString text = m_message->text();
    QString problem;
    const std::optional<MessageCodec::Message> message
            = MessageCodec::encode(sendMode(), text, &problem);
    if (!message) {
        // Nothing sent; kept as typed, so it can be mended.
        showProblem(problem);
        m_message->setFocus();
        return;
    }
    showProblem({});
    if (!m_client->isOpen()) {
        m_client->sendText(text); // says why nothing was sent
        return;
    }
    if (message->binary)
        m_client->sendBinary(message->data);
    else
        m_client->sendText(message->text);
    m_message->addToHistory(text, sendMode());
    m_message->clear();
    announceChange();
}

void ClientPanel::reformat(bool pretty)
{
    const JsonText::Parsed parsed = JsonText::parse(m_message->text());
    if (!parsed.ok()) {
        showProblem(tr("Not JSON: %1").arg(parsed.error));
        return;
    }
    QString text = pretty ? JsonText::pretty(parsed.document) : JsonText::compact(parsed.document);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_message->setText(text);
    m_message->setFocus();
}

void ClientPanel::sendFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a File"));
    if (!path.isEmpty())
        sendFileAt(path);
}

void ClientPanel::sendFileAt(const QString &path)
{
    QFile file(path);
    if (file.size() > maxFileBytes) {
        showProblem(tr("%1 is larger than %2: not sent.")
                            .arg(QDir::toNativeSeparators(path),
                                 QLocale().formattedDataSize(maxFileBytes)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Could not read %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        showProblem(tr("Could not read %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    showProblem({});
    m_client->sendBinary(data); // or says why it was not sent
}

void ClientPanel::announceChange()
{
    if (!m_loading)
        Q_EMIT settingsChanged();
}

void ClientPanel::showProblem(const QString &problem)
{
    m_problem->setProblem(problem);
}

void ClientPanel::updateControls()
{
    const QAbstractSocket::SocketState state = m_client->state();
    const bool idle = state == QAbstractSocket::UnconnectedState;
    m_connect->setText(idle ? tr("&Connect") : tr("&Disconnect"));
    m_url->setReadOnly(!idle);
    m_send->setEnabled(state == QAbstractSocket::ConnectedState);
    m_ping->setEnabled(state == QAbstractSocket::ConnectedState);
}

QString ClientPanel::withMode(const QString &name, SendMode mode)
{
    switch (mode) {
    case SendMode::Text:
        break;
    case SendMode::Json:
        return tr("%1 (JSON)").arg(name);
    case SendMode::Hex:
        return tr("%1 (hex)").arg(name);
    case SendMode::Base64:
        return tr("%1 (base64)").arg(name);
    }
    return name;
}

void ClientPanel::fillHistoryMenu()
{
    m_historyMenu->clear();
    const QStringList entries = m_message->history();
    if (entries.isEmpty()) {
        m_historyMenu->addAction(tr("Nothing sent yet"))->setEnabled(false);
        return;
    }
    for (qsizetype i = entries.size() - 1; i >= 0; --i) { // newest first
        const QString text = entries.at(i);
        const SendMode mode = messageHistory().mode(i);
        QAction *action = m_historyMenu->addAction(withMode(menuText(text), mode));
        action->setToolTip(text);
        connect(action, &QAction::triggered, this, [this, text, mode] {
            setSendMode(mode);
            m_message->setText(text);
            m_message->endWalk();
            m_message->setFocus();
            showProblem({});
        });
    }
    m_historyMenu->addSeparator();
    m_historyMenu->addAction(tr("Clear History"), this, [this] {
        messageHistory().clearEntries();
        m_message->endWalk();
        announceChange();
    });
}

void ClientPanel::fillSnippetsMenu()
{
    m_snippetsMenu->clear();
    QAction *save = m_snippetsMenu->addAction(tr("&Save Message as Snippet..."), this,
                                              &ClientPanel::saveSnippet);
    save->setObjectName(QStringLiteral("saveSnippetAction"));
    save->setEnabled(!m_message->text().isEmpty());
    const QList<MessageHistory::Snippet> snippets = messageHistory().snippets();
    if (snippets.isEmpty())
        return;
    m_snippetsMenu->addSeparator();
    for (const MessageHistory::Snippet &snippet : snippets) {
        const QString name = menuText(snippet.name);
        QAction *action = m_snippetsMenu->addAction(withMode(name, snippet.mode));
        action->setToolTip(snippet.text);
        connect(action, &QAction::triggered, this, [this, snippet] {
            setSendMode(snippet.mode);
            m_message->setText(snippet.text);
            m_message->endWalk();
            m_message->setFocus();
        });
    }
    QMenu *remove = m_snippetsMenu->addMenu(tr("&Delete Snippet"));
    remove->setObjectName(QStringLiteral("deleteSnippetMenu"));
    for (const MessageHistory::Snippet &snippet : snippets) {
        remove->addAction(menuText(snippet.name), this, [this, name = snippet.name] {
            messageHistory().removeSnippet(name);
            announceChange();
        });
    }
}

void ClientPanel::saveSnippet()
{
    const QString text = m_message->text();
    if (text.isEmpty())
        return;
    QString problem;
    if (!MessageCodec::encode(sendMode(), text, &problem)) {
        showProblem(problem); // a snippet that could never be sent is not kept
        m_message->setFocus();
        return;
    }
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("snippetNameDialog"));
    dialog.setWindowTitle(tr("Save Snippet"));
    dialog.setLabelText(tr("Name of the snippet (the same name replaces it):"));
    dialog.setTextValue(text.left(30).simplified());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (messageHistory().setSnippet(dialog.textValue(), text, sendMode()))
        announceChange();
}

void ClientPanel::editHandshake()
{
    if (m_handshakeDialog) {
        m_handshakeDialog->raise();
        m_handshakeDialog->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("handshakeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Handshake"));
    auto *headersLabel
            = new QLabel(tr("Extra request &headers, one \"Name: value\" a line:"), dialog);
    auto *headers = new QPlainTextEdit(dialog);
    headers->setObjectName(QStringLiteral("requestHeadersEdit"));
    headers->setTabChangesFocus(true);
    headers->setPlaceholderText(QStringLiteral("Authorization: Bearer …\nOrigin: http://…"));
    headers->setAccessibleName(tr("Extra request headers"));
    QStringList lines;
    for (const WebSocketClient::Header &header : m_client->requestHeaders())
        lines.append(QString::fromUtf8(header.first + ": " + header.second));
    headers->setPlainText(lines.join(QLatin1Char('\n')));
    headersLabel->setBuddy(headers);
    auto *protocolsLabel = new QLabel(tr("&Subprotocols to offer, comma-separated:"), dialog);
    auto *protocols = new QLineEdit(m_client->subprotocols().join(QLatin1String(", ")), dialog);
    protocols->setObjectName(QStringLiteral("subprotocolsEdit"));
    protocols->setPlaceholderText(QStringLiteral("chat, superchat"));
    protocols->setAccessibleName(tr("Subprotocols"));
    protocolsLabel->setBuddy(protocols);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("handshakeProblem"));
    problem->setWordWrap(true);
    problem->hide();
    auto *note = new QLabel(tr("Used from the next connection on, for this session only."), dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(headersLabel);
    layout->addWidget(headers);
    layout->addWidget(protocolsLabel);
    layout->addWidget(protocols);
    layout->addWidget(problem);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        QString error;
        const auto parsedHeaders = WebSocketClient::parseHeaders(headers->toPlainText(), &error);
        const auto parsedProtocols = parsedHeaders
                ? WebSocketClient::parseSubprotocols(protocols->text(), &error)
                : std::nullopt;
        if (!parsedHeaders || !parsedProtocols) {
            problem->setText(error); // the dialog stays open to mend it
            problem->show();
            return;
        }
        m_client->setRequestHeaders(*parsedHeaders);
        m_client->setSubprotocols(*parsedProtocols);
        updateHandshakeSummary();
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    m_handshakeDialog = dialog;
    dialog->open();
}

void ClientPanel::updateHandshakeSummary()
{
    const QList<WebSocketClient::Header> headers = m_client->requestHeaders();
    const QStringList protocols = m_client->subprotocols();
    const auto extras = int(headers.size() + protocols.size());
    m_handshake->setText(extras == 0 ? tr("Handsha&ke...") : tr("Handsha&ke (%1)...").arg(extras));
    QStringList summary;
    for (const WebSocketClient::Header &header : headers)
        summary.append(QString::fromUtf8(header.first));
    QString tip = tr("Extra request headers and subprotocols for the handshake");
    if (!summary.isEmpty())
        tip += QLatin1Char('\n') + tr("Headers: %1").arg(summary.join(QLatin1String(", ")));
    if (!protocols.isEmpty())
        tip += QLatin1Char('\n') + tr("Subprotocols: %1").arg(protocols.join(QLatin1String(", ")));
    m_handshake->setToolTip(tip);
}

void ClientPanel::showCountdown(int secondsLeft)
{
    m_secondsLeft = secondsLeft;
    m_countdown->setText(tr("Reconnecting in %1 s").arg(secondsLeft));
    m_countdown->setVisible(secondsLeft > 0);
    m_stopReconnect->setVisible(secondsLeft > 0);
}

void ClientPanel::askToTrust(const QString &subject, const QString &fingerprint)
{
    if (m_asking)
        return;
    m_asking = true;
    QMessageBox box(QMessageBox::Warning, tr("Untrusted Certificate"),
                    tr("The server's certificate is not trusted. Trust this certificate for "
                       "this session?"),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("trustCertificateBox"));
    // The button says what it does, as the README does.
    QPushButton *trust = box.addButton(tr("&Trust for This Session"), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    box.setInformativeText(tr("Subject: %1\nSHA-256 fingerprint:\n%2").arg(subject, fingerprint));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
    m_asking = false;
    if (box.clickedButton() != trust)
        return;
    m_client->trustCertificate(fingerprint);
    m_client->open(m_client->url().toString());
}
