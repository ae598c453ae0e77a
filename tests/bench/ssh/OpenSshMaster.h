#pragma once

#include <QString>
#include <QStringList>

namespace capataz::bench {

// An OpenSSH ControlMaster, told to exit when this goes out of scope.
class Master {
public:
    Master(QStringList base, QString host, QString socket);
    Master(const Master&) = delete;
    Master& operator=(const Master&) = delete;
    ~Master() { stop(); }
    void started() { m_started = true; }
    // Running? Also learns its PID ("Master running (pid=N)").
    [[nodiscard]] bool check();
    [[nodiscard]] qint64 pid() const { return m_pid; }
    void stop();

private:
    QStringList m_base;
    QString m_host;
    QString m_socket;
    bool m_started = false;
    qint64 m_pid = 0;
};

} // namespace capataz::bench
