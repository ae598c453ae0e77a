#pragma once

#include <QObject>

class QSocketNotifier;

namespace capataz::cli {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal on the main thread (self-pipe), so exec
// can cancel the remote command instead of leaving it running. One instance at a time.
class InterruptWatcher final : public QObject {
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override; // restores the default handlers

signals:
    void interrupted(int signalNumber);

private:
    void onPipeReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace capataz::cli
