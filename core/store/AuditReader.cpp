#include "store/AuditReader.h"

#include "store/AuditCsv.h"
#include "store/Database.h"

#include <QSaveFile>
#include <QThread>

#include <optional>

namespace capataz::store {

using namespace Qt::Literals::StringLiterals;

// Lives on the reader's thread: opens the database there and answers one request at a time.
class AuditWorker final : public QObject {
public:
    explicit AuditWorker(QString dataDir)
        : m_dir(std::move(dataDir))
    {}

    Result<AuditLog*> log()
    {
        if (!m_log) {
            auto db = Database::open(m_dir);
            if (!db)
                return std::unexpected(db.error());
            m_db.emplace(std::move(*db));
            m_log.emplace(*m_db);
        }
        return &*m_log;
    }

private:
    QString m_dir;
    std::optional<Database> m_db;
    std::optional<AuditLog> m_log;
};

AuditReader::AuditReader(QString dataDir, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new AuditWorker(std::move(dataDir)))
{
    m_thread->setObjectName(u"audit-reader"_s);
    m_worker->moveToThread(m_thread);
    // The worker (and its connection) is destroyed on its own thread, as Database requires.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

AuditReader::~AuditReader()
{
    m_exportCancel.cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

int AuditReader::fetch(const AuditFilter& filter, qint64 beforeId, int limit)
{
    const int id = ++m_next;
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker, id, filter, beforeId, limit] {
            auto log = w->log();
            Result<QList<AuditEntry>> r = log ? (*log)->query(filter, beforeId, limit)
                                              : Result<QList<AuditEntry>>(std::unexpected(log.error()));
            QMetaObject::invokeMethod(
                this, [this, id, r] { emit fetched(id, r); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

int AuditReader::count(const AuditFilter& filter)
{
    const int id = ++m_next;
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker, id, filter] {
            auto log = w->log();
            Result<qint64> r = log ? (*log)->count(filter) : Result<qint64>(std::unexpected(log.error()));
            QMetaObject::invokeMethod(
                this, [this, id, r] { emit counted(id, r); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

int AuditReader::choices()
{
    const int id = ++m_next;
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker, id] {
            QStringList servers, plans;
            if (auto log = w->log()) {
                servers = (*log)->servers().value_or(QStringList());
                plans = (*log)->plans().value_or(QStringList());
            }
            QMetaObject::invokeMethod(
                this, [this, id, servers, plans] { emit choicesReady(id, servers, plans); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

int AuditReader::exportCsv(const AuditFilter& filter, const QString& path)
{
    const int id = ++m_next;
    m_exportCancel = CancelToken::create();
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker, id, filter, path, cancel = m_exportCancel] {
            auto run = [&]() -> Result<qint64> {
                auto log = w->log();
                if (!log)
                    return std::unexpected(log.error());
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly))
                    return fail(ErrorCode::LocalFileError, path + u": "_s + file.errorString());
                auto rows = auditcsv::write(**log, filter, file, cancel);
                if (!rows) {
                    file.cancelWriting();
                    return rows;
                }
                if (!file.commit())
                    return fail(ErrorCode::LocalFileError, path + u": "_s + file.errorString());
                return rows;
            };
            const Result<qint64> r = run();
            QMetaObject::invokeMethod(
                this, [this, id, r] { emit exported(id, r); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void AuditReader::cancelExport()
{
    m_exportCancel.cancel();
}

} // namespace capataz::store
