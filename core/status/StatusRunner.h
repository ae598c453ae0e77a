#pragma once

#include "ssh/ConnectionSettings.h"
#include "status/ServerStatus.h"
#include "status/StatusCheck.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace capataz::ssh {
class Connection;
}

namespace capataz::status {

// Checks several servers at once, at most `jobs` at a time: each gets its own connection (own
// thread), then one StatusCheck. A server that cannot be reached costs at most its
// connect timeout and never holds back the others. Emits finished() once all are done.
class StatusRunner final : public QObject {
    Q_OBJECT
public:
    struct Item {
        ssh::ConnectionSettings settings;
        StatusTarget target;
        ServerStatus status; // server, address, settings, backup filled by the caller
        bool ready = true;   // false: not checked (status.error says why)
    };

    StatusRunner(std::vector<Item> items, int jobs, int checkTimeoutMs, QObject* parent = nullptr);
    ~StatusRunner() override;

    void start();
    [[nodiscard]] const std::vector<Item>& items() const { return m_items; }

signals:
    void checked(int index); // items()[index].status is final
    void finished();

private:
    void startNext();
    void done(std::size_t index);

    std::vector<Item> m_items;
    std::vector<std::unique_ptr<ssh::Connection>> m_connections;
    std::vector<bool> m_finished;
    int m_jobs;
    int m_timeoutMs;
    std::size_t m_next = 0;
    int m_running = 0;
    std::size_t m_done = 0;
};

} // namespace capataz::status
