#include "secrets/SecretStore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace capataz::secrets {

// Info and debug are off unless asked for (QT_LOGGING_RULES="capataz.secrets.info=true").
Q_LOGGING_CATEGORY(lcSecrets, "capataz.secrets", QtWarningMsg)

namespace {

// Errors that mean "this keychain cannot be used here": memory takes over.
bool keychainUnusable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    }
    return true;
}

std::unexpected<Error> notFound(const QString& key)
{
    return fail(ErrorCode::NotFound, QStringLiteral("no secret stored under %1").arg(key));
}

} // namespace

struct SecretStore::Outcome {
    QKeychain::Error error = QKeychain::NoError;
    QString errorString; // QtKeychain's text; never holds the value
    QString value;       // read jobs only
};

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
    if (qEnvironmentVariable("CAPATAZ_KEYCHAIN") == u"memory") {
        m_persistent = false;
        m_memoryOnlyReason = QStringLiteral("CAPATAZ_KEYCHAIN=memory");
    }
}

SecretStore::~SecretStore()
{
    // Best effort: overwrite the values we own before the memory is released.
    for (auto it = m_memory.begin(); it != m_memory.end(); ++it)
        it->fill(QChar(u'\0'));
}

QString SecretStore::serviceName()
{
    return QStringLiteral("Capataz");
}

QString SecretStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Password:
        return QStringLiteral("password");
    case Kind::KeyPassphrase:
        return QStringLiteral("key-passphrase");
    case Kind::SudoPassword:
        return QStringLiteral("sudo-password");
    }
    return QStringLiteral("password");
}

QString SecretStore::key(QStringView serverName, Kind kind)
{
    return serverName.toString() + u'/' + kindName(kind);
}

void SecretStore::read(const QString& key, QObject* context, std::function<void(Result<QString>)> done)
{
    start(Op::Read, key, {}, context, std::move(done));
}

void SecretStore::write(const QString& key, const QString& value, QObject* context,
                        std::function<void(VoidResult)> done)
{
    start(Op::Write, key, value, context, [done = std::move(done)](Result<QString> r) {
        done(r ? VoidResult() : VoidResult(std::unexpect, r.error()));
    });
}

void SecretStore::remove(const QString& key, QObject* context, std::function<void(VoidResult)> done)
{
    start(Op::Remove, key, {}, context, [done = std::move(done)](Result<QString> r) {
        done(r ? VoidResult() : VoidResult(std::unexpect, r.error()));
    });
}

void SecretStore::start(Op op, const QString& key, const QString& value, QObject* context,
                        std::function<void(Result<QString>)> done)
{
    if (!context)
        context = this;
    if (!m_persistent) {
        deliver(context, std::move(done), inMemory(op, key, value));
        return;
    }

    QKeychain::Job* job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Op::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(serviceName(), this);
        writeJob->setTextData(value);
        job = writeJob;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text QSettings file

    // Direct: the outcome is taken from the job while it still exists (it may finish inside
    // start()); `done` itself is always delivered through the event loop.
    connect(
        job, &QKeychain::Job::finished, context,
        [this, op, key, value, context, done = std::move(done)](QKeychain::Job* finished) {
            Outcome outcome{finished->error(), finished->errorString(), {}};
            if (op == Op::Read && outcome.error == QKeychain::NoError)
                outcome.value = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
            deliver(context, done, finishJob(op, key, value, outcome));
        },
        Qt::DirectConnection);
    job->start();
}

Result<QString> SecretStore::finishJob(Op op, const QString& key, const QString& value,
                                       const Outcome& outcome)
{
    // Fell back while this job was under way: memory is now the one source of truth.
    if (!m_persistent)
        return inMemory(op, key, value);

    if (outcome.error == QKeychain::NoError)
        return op == Op::Read ? outcome.value : QString();
    if (outcome.error == QKeychain::EntryNotFound) {
        if (op == Op::Read)
            return notFound(key);
        if (op == Op::Remove)
            return QString();
    }
    if (keychainUnusable(outcome.error)) {
        fallBackToMemory(
            QStringLiteral("keychain error %1: %2").arg(int(outcome.error)).arg(outcome.errorString));
        return inMemory(op, key, value);
    }
    return fail(ErrorCode::KeychainUnavailable,
                QStringLiteral("keychain refused the operation on %1 (error %2: %3)")
                    .arg(key)
                    .arg(int(outcome.error))
                    .arg(outcome.errorString));
}

Result<QString> SecretStore::inMemory(Op op, const QString& key, const QString& value)
{
    switch (op) {
    case Op::Read: {
        const auto it = m_memory.constFind(key);
        if (it == m_memory.constEnd())
            return notFound(key);
        return *it;
    }
    case Op::Write:
        m_memory.insert(key, value);
        return QString();
    case Op::Remove:
        m_memory.remove(key);
        return QString();
    }
    return QString();
}

void SecretStore::fallBackToMemory(const QString& reason)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    m_memoryOnlyReason = reason;
    // Not a warning on stderr: every CLI call without a desktop session would print it though it
    // needs no secret. Where a secret is to be kept, the caller says it (persistenceChanged, the
    // CLI's "servers add"); where one is missing, the error asks for it.
    qCInfo(lcSecrets).noquote() << "the keychain cannot be used, secrets are kept in memory only:" << reason;
    emit persistenceChanged(false);
}

void SecretStore::deliver(QObject* context, std::function<void(Result<QString>)> done, Result<QString> result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

} // namespace capataz::secrets
