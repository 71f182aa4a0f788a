#include "logging.h"

Q_LOGGING_CATEGORY(lcServer, "duplex.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnections, "duplex.connections", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMessages, "duplex.messages", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "duplex.http", QtInfoMsg)
