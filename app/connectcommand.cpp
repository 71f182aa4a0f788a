#include "connectcommand.h"

#include "consoleclient.h"
#include "consolewriter.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>

#include <unistd.h>

int runConnect(const QStringList &arguments)
{
    const ConsoleClient::Parsed parsed = ConsoleClient::parse(arguments);
    switch (parsed.outcome) {
    case ConsoleClient::Parsed::Outcome::Exit:
        return ConsoleClient::Success;
    case ConsoleClient::Parsed::Outcome::Fail:
        return ConsoleClient::UsageError;
    case ConsoleClient::Parsed::Outcome::Run:
        break;
    }
    ConsoleWriter out(STDOUT_FILENO);
    ConsoleWriter errors(STDERR_FILENO);
    errors.setFlushEachLine(true); // few lines, and each one matters at once
    ConsoleClient client(parsed.options, &out, &errors);
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &client,
                     &ConsoleClient::interrupt);
    QObject::connect(&client, &ConsoleClient::finished, qApp, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    client.start();
    return QCoreApplication::exec();
}
