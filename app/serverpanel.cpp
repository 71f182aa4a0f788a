#include "serverpanel.h"

#include "logmodel.h"
#include "logview.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

ServerPanel::ServerPanel(QWidget *parent)
    : QWidget(parent), m_logModel(new LogModel(this)), m_log(new LogView(this)),
      m_clients(new QLabel(this))
{
    auto *title = new QLabel(tr("<b>Server</b>"), this);
    m_clients->setObjectName(QStringLiteral("clientCount"));
    m_log->setObjectName(QStringLiteral("serverLog"));
    m_log->setModel(m_logModel);
    auto *clear = new QPushButton(tr("Clea&r Log"), this);
    clear->setObjectName(QStringLiteral("clearServerLog"));
    connect(clear, &QPushButton::clicked, m_logModel, &LogModel::clear);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_clients);
    header->addStretch();
    header->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_log, 1);
    setClientCount(0);
}

void ServerPanel::setClientCount(int count)
{
    m_clients->setText(tr("Clients: %1").arg(count));
}
