#include "serverpanel.h"

#include "logmodel.h"
#include "logview.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>

ServerPanel::ServerPanel(QWidget *parent)
    : QWidget(parent), m_logModel(new LogModel(this)), m_log(new LogView(this)),
      m_clients(new QLabel(this)), m_title(new QLabel(this)), m_clear(new QPushButton(this))
{
    m_clients->setObjectName(QStringLiteral("clientCount"));
    m_log->setObjectName(QStringLiteral("serverLog"));
    m_log->setModel(m_logModel);
    m_clear->setObjectName(QStringLiteral("clearServerLog"));
    connect(m_clear, &QPushButton::clicked, m_logModel, &LogModel::clear);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_clients);
    header->addStretch();
    header->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_log, 1);
    setTabOrder(m_clear, m_log);
    retranslateUi();
}

void ServerPanel::setClientCount(int count)
{
    m_clientCount = count;
    m_clients->setText(tr("Clients: %1").arg(count));
}

void ServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ServerPanel::retranslateUi()
{
    m_title->setText(tr("<b>Server</b>"));
    m_clear->setText(tr("Clea&r Log"));
    m_clear->setAccessibleDescription(tr("Empties the server's log"));
    m_log->setAccessibleName(tr("Server log"));
    m_log->setAccessibleDescription(
            tr("What the server did: connections, messages in and out, page requests, warnings"));
    setClientCount(m_clientCount);
}
