#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace capataz::cli {

// Reads this process's stdin (a pipe, a file, a socket) in chunks as it becomes readable, on
// the main thread's event loop, without making the descriptor non-blocking (it is shared with
// the parent). A terminal is not read: exec closes the remote stdin at once instead.
class StdinForwarder final : public QObject {
    Q_OBJECT
public:
    explicit StdinForwarder(QObject* parent = nullptr);

    // False when stdin is a terminal or not open: nothing will be emitted.
    [[nodiscard]] static bool hasInput();
    void start();
    void stop();

signals:
    void dataRead(const QByteArray& data);
    void endOfInput(); // end of file or a read error; emitted once

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace capataz::cli
