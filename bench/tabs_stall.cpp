// Fifty client tabs to one server: the GUI thread's worst stall (the longest time between two
// turns of the event loop) while they open, connect, each send 20 messages and get their
// echoes, and while the user goes through them. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/tabs_stall
#include "clientpanel.h"
#include "clienttabs.h"
#include "duplexserver.h"
#include "logmodel.h"
#include "websocketclient.h"

#include <QApplication>
#include <QElapsedTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    DuplexServer server;
    ServerSettings settings;
    settings.port = 0;
    if (!server.start(settings))
        return 1;
    const QString url = QStringLiteral("ws://127.0.0.1:%1/ws/").arg(server.serverPort());
    ClientTabs tabs;
    tabs.resize(1000, 700);
    tabs.show();
    app.processEvents();

    constexpr int tabCount = 50;
    constexpr int messages = 20;
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    qint64 worst = 0;
    const auto turn = [&] {
        app.processEvents();
        worst = std::max(worst, step.restart());
    };
    while (tabs.count() < tabCount) {
        tabs.addTab();
        turn();
    }
    int echoes = 0;
    for (int i = 0; i < tabCount; ++i) {
        WebSocketClient *client = tabs.panel(i)->client();
        QObject::connect(client, &WebSocketClient::textReceived, &app,
                         [&echoes](const QString &text) {
                             if (text != QLatin1String("Welcome!"))
                                 ++echoes;
                         });
        QObject::connect(client, &WebSocketClient::opened, &app, [client] {
            for (int m = 0; m < messages; ++m)
                client->sendText(QStringLiteral("message %1").arg(m));
        });
        client->open(url);
        turn();
    }
    while (echoes < tabCount * messages && total.elapsed() < 60000)
        turn();
    const qint64 connected = total.elapsed();
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < tabCount; ++i) {
            tabs.setCurrentIndex(i);
            tabs.repaint();
            turn();
        }
    }
    std::printf("%d tabs, %d echoes in %lld ms; the GUI thread's worst stall %lld ms\n", tabCount,
                echoes, connected, worst);
    return echoes == tabCount * messages ? 0 : 1;
}
