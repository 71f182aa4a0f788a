#pragma once

#include <QLoggingCategory>

// Duplex's log categories. Info and above are on by default; QT_LOGGING_RULES turns any
// of them off (e.g. "duplex.messages.info=false"), and a disabled line costs nothing.
Q_DECLARE_LOGGING_CATEGORY(lcServer) // duplex.server: listening, stopping, errors
Q_DECLARE_LOGGING_CATEGORY(lcConnections) // duplex.connections: WebSocket opened and closed
Q_DECLARE_LOGGING_CATEGORY(lcMessages) // duplex.messages: every WebSocket message
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // duplex.http: every plain HTTP request
