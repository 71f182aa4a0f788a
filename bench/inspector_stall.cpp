// The message pane's cost to the window: the GUI thread's worst stall (the longest time
// between two turns of the event loop) while a 10 MiB JSON message of a real API's shape is
// opened, from showEntry() until it is formatted, painted, and its tree shown. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/inspector_stall
#include "logmodel.h"
#include "messageinspector.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    MessageInspector inspector;
    inspector.resize(700, 500);
    inspector.show();
    app.processEvents();
    QString message = QStringLiteral("{\"rows\":[");
    int rows = 0;
    while (message.size() < 10 * 1024 * 1024)
        message += QStringLiteral("{\"id\":%1,\"symbol\":\"SYM%1\",\"price\":%1.25,\"live\":true},")
                           .arg(rows++);
    message.chop(1);
    message += QStringLiteral("]}");
    for (int round = 0; round < 5; ++round) {
        LogEntry entry = LogEntry::forText(QDateTime::currentDateTime(), LogEntry::Direction::In,
                                           QStringLiteral("x"), message);
        bool done = false;
        QObject::connect(
                &inspector, &MessageInspector::formatted, &app, [&] { done = true; },
                Qt::SingleShotConnection);
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        qint64 worst = 0;
        inspector.showEntry(entry);
        worst = std::max(worst, step.restart());
        while (!done) {
            app.processEvents(QEventLoop::AllEvents);
            worst = std::max(worst, step.restart());
        }
        inspector.repaint();
        worst = std::max(worst, step.restart());
        static_cast<QTabWidget *>(
                inspector.findChild<QTabWidget *>(QStringLiteral("inspectorTabs")))
                ->setCurrentIndex(1);
        inspector.repaint();
        worst = std::max(worst, step.restart());
        static_cast<QTabWidget *>(
                inspector.findChild<QTabWidget *>(QStringLiteral("inspectorTabs")))
                ->setCurrentIndex(0);
        printf("10 MiB JSON, %d rows: formatted and painted in %lld ms, the GUI thread's worst "
               "stall %lld ms\n",
               rows, total.elapsed(), worst);
    }
}
