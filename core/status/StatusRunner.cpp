#include "status/StatusRunner.h"

#include "ssh/Connection.h"

namespace capataz::status {

StatusRunner::StatusRunner(std::vector<Item> items, int jobs, int checkTimeoutMs, QObject* parent)
    : QObject(parent)
    , m_items(std::move(items))
    , m_jobs(std::max(1, jobs))
    , m_timeoutMs(checkTimeoutMs)
{
    m_connections.resize(m_items.size());
    m_finished.resize(m_items.size(), false);
}

StatusRunner::~StatusRunner() = default;

void StatusRunner::start()
{
    if (m_items.empty()) {
        QMetaObject::invokeMethod(this, &StatusRunner::finished, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_jobs; ++i)
        startNext();
}

void StatusRunner::startNext()
{
    while (m_next < m_items.size()) {
        const std::size_t index = m_next++;
        Item& item = m_items[index];
        if (!item.ready) {
            // Counted as done right away (queued: never re-entering start()).
            QMetaObject::invokeMethod(
                this, [this, index] { done(index); }, Qt::QueuedConnection);
            continue;
        }
        ++m_running;
        auto conn = std::make_unique<ssh::Connection>(item.settings);
        ssh::Connection* c = conn.get();
        m_connections[index] = std::move(conn);
        connect(c, &ssh::Connection::failed, this, [this, index](const Error& e) {
            if (m_finished[index])
                return;
            Item& it = m_items[index];
            it.status.reachable = false;
            it.status.error = e;
            it.status.checkedAt = QDateTime::currentDateTimeUtc();
            done(index);
        });
        connect(c, &ssh::Connection::connected, this, [this, index, c] {
            auto* check = new StatusCheck(c, m_items[index].target, c);
            check->setTimeout(m_timeoutMs);
            connect(check, &StatusCheck::finished, this, [this, index, check](const ServerStatus& r) {
                check->deleteLater();
                if (m_finished[index])
                    return;
                Item& it = m_items[index];
                const ServerStatus caller = it.status;
                it.status = r;
                it.status.server = caller.server;
                it.status.address = caller.address;
                it.status.settings = caller.settings;
                if (!it.status.backup.configured)
                    it.status.backup = caller.backup;
                done(index);
            });
            check->start();
        });
        c->connectToHost();
        return;
    }
}

void StatusRunner::done(std::size_t index)
{
    if (m_finished[index])
        return;
    m_finished[index] = true;
    if (m_items[index].ready) {
        --m_running;
        // The connection goes now (its thread too): a fleet does not keep hundreds of sessions.
        if (m_connections[index]) {
            m_connections[index]->disconnect(this);
            m_connections[index].release()->deleteLater();
        }
    }
    emit checked(int(index));
    if (++m_done == m_items.size()) {
        emit finished();
        return;
    }
    if (m_items[index].ready)
        startNext();
}

} // namespace capataz::status
