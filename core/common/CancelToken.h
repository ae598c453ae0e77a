#pragma once

#include <atomic>
#include <memory>

namespace capataz {

// A shared cancel flag: whoever holds a copy may ask for cancellation (cancel()), long work
// reads it between its pieces (isCancelled()). A default-constructed token is never cancelled
// and cannot be: make one with CancelToken::create().
class CancelToken {
public:
    CancelToken() = default;
    [[nodiscard]] static CancelToken create()
    {
        return CancelToken(std::make_shared<std::atomic_bool>(false));
    }

    void cancel() const
    {
        if (m_flag)
            m_flag->store(true);
    }
    [[nodiscard]] bool isCancelled() const { return m_flag && m_flag->load(); }
    [[nodiscard]] bool isValid() const { return m_flag != nullptr; }

private:
    explicit CancelToken(std::shared_ptr<std::atomic_bool> flag)
        : m_flag(std::move(flag))
    {}
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace capataz
