#include "commandline.h"
#include "headless.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Duplex"));
    QCoreApplication::setApplicationName(QStringLiteral("Duplex"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUPLEX_VERSION));

    QCoreApplication app(argc, argv);
    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
    switch (commandLine.outcome) {
    case CommandLine::Outcome::Exit:
        return 0;
    case CommandLine::Outcome::Fail:
        return 1;
    case CommandLine::Outcome::Run:
        break;
    }
    return runHeadless(commandLine);
}
