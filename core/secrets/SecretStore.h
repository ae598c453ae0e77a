#pragma once

#include "common/Error.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringView>

#include <functional>

namespace capataz::secrets {

// Passwords, key passphrases and sudo passwords, kept in the OS keychain through QtKeychain
// (service "Capataz"), or in this object's memory when there is no usable keychain:
//  - CAPATAZ_KEYCHAIN=memory forces memory from the start (tests and CI);
//  - otherwise the first keychain job that fails because the keychain cannot be used (no
//    backend, no D-Bus or Secret Service, access denied, other keychain error) switches this
//    store to memory for the rest of its life: isPersistent() turns false,
//    persistenceChanged(false) is emitted once, and that operation and all later ones are
//    served from memory, so the UI can say "secrets are kept in memory only".
// The application creates one SecretStore and shares it. It lives in, and is used from, one
// thread (the GUI thread: QtKeychain's Linux backends run on its event loop).
//
// Every operation is asynchronous: `done` is always called later from the event loop (never
// from inside read/write/remove), exactly once, unless `context` (or the store) is destroyed
// first, in which case it is not called at all. A null context means the store itself.
// No secret value ever appears in an error detail or in the log.
class SecretStore final : public QObject {
    Q_OBJECT
public:
    enum class Kind {
        Password,      // SSH password
        KeyPassphrase, // passphrase of the profile's key file
        SudoPassword,  // sudo -S password
    };
    Q_ENUM(Kind)

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    [[nodiscard]] static QString serviceName(); // "Capataz"
    // "<server>/password", "<server>/key-passphrase", "<server>/sudo-password".
    [[nodiscard]] static QString key(QStringView serverName, Kind kind);
    [[nodiscard]] static QString kindName(Kind kind); // "password", "key-passphrase", "sudo-password"

    // True while secrets go to the OS keychain (optimistically true until a job fails).
    [[nodiscard]] bool isPersistent() const { return m_persistent; }
    // Why secrets are kept in memory (technical text for a details box); empty when persistent.
    [[nodiscard]] QString memoryOnlyReason() const { return m_memoryOnlyReason; }

    // NotFound when nothing is stored under `key`.
    void read(const QString& key, QObject* context, std::function<void(Result<QString>)> done);
    // Creates or replaces the entry.
    void write(const QString& key, const QString& value, QObject* context,
               std::function<void(VoidResult)> done);
    // Removing a missing entry succeeds (removal is idempotent).
    void remove(const QString& key, QObject* context, std::function<void(VoidResult)> done);
    // Errors besides NotFound: KeychainUnavailable when the keychain answered but refused the
    // operation in a way memory cannot stand in for (e.g. an entry it could not delete).

signals:
    void persistenceChanged(bool persistent);

private:
    enum class Op { Read, Write, Remove };
    struct Outcome; // what a keychain job reported

    void start(Op op, const QString& key, const QString& value, QObject* context,
               std::function<void(Result<QString>)> done);
    Result<QString> finishJob(Op op, const QString& key, const QString& value, const Outcome& outcome);
    Result<QString> inMemory(Op op, const QString& key, const QString& value);
    void fallBackToMemory(const QString& reason);
    static void deliver(QObject* context, std::function<void(Result<QString>)> done, Result<QString> result);

    bool m_persistent = true;
    QString m_memoryOnlyReason;
    QHash<QString, QString> m_memory;
};

} // namespace capataz::secrets
