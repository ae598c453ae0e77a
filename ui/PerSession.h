#pragma once

#include "client/ServerSession.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <utility>

namespace capataz::ui {

// What a view keeps for each server it has shown (a console's output, its running command), keyed
// by the server's session and not by its name: a rename keeps it, and a server removed and added
// again under the same name starts empty instead of showing the removed server's output. An
// entry goes when its session is destroyed (the server removed from the list); `forget` sees it
// first, to stop and free what it holds.
template <typename T> class PerSession {
public:
    using Forget = std::function<void(T& value)>;

    explicit PerSession(QObject* context, Forget forget = {})
        : m_context(context)
        , m_forget(std::move(forget))
    {}
    PerSession(const PerSession&) = delete;
    PerSession& operator=(const PerSession&) = delete;
    ~PerSession()
    {
        for (const Entry& e : std::as_const(m_entries))
            QObject::disconnect(e.connection);
    }

    // The session's entry, made (value-initialised) the first time.
    T& operator[](const client::ServerSession* session)
    {
        auto it = m_entries.find(session);
        if (it == m_entries.end()) {
            Entry e;
            e.connection = QObject::connect(session, &QObject::destroyed, m_context,
                                            [this, session] { erase(session); });
            it = m_entries.insert(session, std::move(e));
        }
        return it->value;
    }
    // The session's entry, or T{} without making one.
    [[nodiscard]] T value(const client::ServerSession* session) const
    {
        const auto it = m_entries.constFind(session);
        return it == m_entries.cend() ? T{} : it->value;
    }
    template <typename F> void forEach(F&& f)
    {
        for (Entry& e : m_entries)
            f(e.value);
    }

private:
    void erase(const client::ServerSession* session)
    {
        auto it = m_entries.find(session);
        if (it == m_entries.end())
            return;
        if (m_forget)
            m_forget(it->value);
        m_entries.erase(it);
    }

    struct Entry {
        T value{};
        QMetaObject::Connection connection;
    };
    QObject* m_context;
    Forget m_forget;
    QHash<const client::ServerSession*, Entry> m_entries;
};

} // namespace capataz::ui
