#pragma once

#include "common/Error.h"
#include "remote/ServerFacts.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace capataz::client {

class ServerSession;

// What the server is and has (system, disk, memory, containers, services), read with one
// remote call (exec::readFacts) when its session connects, when the profile's sudo mode or
// project directory changes, and on refresh(). Owned by the ServerSession and shared by every
// view of that server; it keeps the last facts while disconnected or after a failed refresh.
class FactsService final : public QObject {
    Q_OBJECT
public:
    explicit FactsService(ServerSession* session);
    ~FactsService() override;

    // Reads the facts again (no-op while not connected or already reading).
    void refresh();

    [[nodiscard]] bool isLoading() const { return m_reader != nullptr; }
    [[nodiscard]] const std::optional<remote::ServerFacts>& facts() const { return m_facts; }
    [[nodiscard]] const Error& error() const { return m_error; } // of the last read; None when it worked
    [[nodiscard]] const QDateTime& updated() const { return m_updated; }
    // sudo refused administrator rights: the facts were read as the login user.
    [[nodiscard]] bool rootRefused() const { return m_rootRefused; }
    [[nodiscard]] const QByteArray& stderrText() const { return m_stderr; }

signals:
    void changed(); // loading started or ended, new facts, an error

private:
    void onConnectionChanged();
    void stop();

    ServerSession* m_session;
    QPointer<QObject> m_reader; // owns the read under way; deleting it cancels the read
    QString m_readKey;          // sudo mode and project directory the facts were read with
    bool m_wasConnected = false;
    bool m_rootRefused = false;
    std::optional<remote::ServerFacts> m_facts;
    Error m_error;
    QDateTime m_updated;
    QByteArray m_stderr;
};

} // namespace capataz::client
