#pragma once

#include <QString>

class QObject;
class QThread;

namespace capataz {

// A thread of its own for one service's heavy work (parsing, storing, evaluating), started on
// first use: a server whose logs or metrics are never read costs no thread. context() is the
// QObject that lives on it, to post work to with QMetaObject::invokeMethod(context(), ...).
// stop() (and the destructor) quits the thread, waits for the work running on it, and deletes
// the context: nothing runs there afterwards, so work posted with `this` of the owner may use it
// as long as the owner stops its WorkerThread before its own members go. Work posted but not yet
// begun when stop() is called may be dropped (closing does not wait for a backlog).
class WorkerThread {
public:
    explicit WorkerThread(QString name);
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // Starts the thread the first time.
    [[nodiscard]] QObject* context();
    [[nodiscard]] bool isStarted() const { return m_thread != nullptr; }
    void stop();

private:
    QString m_name;
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr;
};

} // namespace capataz
