#pragma once

#include "common/CancelToken.h"
#include "common/Error.h"
#include "store/AuditLog.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QThread;

namespace capataz::store {

class AuditWorker;

// Reads the audit log on a worker thread with its own database connection (Database's thread
// rule), so that a view of 100,000 entries never waits on SQL in the GUI thread. Lives in the
// caller's thread; every request returns an id at once and its answer comes as a signal with
// that id, in the order asked. Requests run one after another on the worker.
class AuditReader final : public QObject {
    Q_OBJECT
public:
    // `dataDir`: the directory of capataz.sqlite (Database::open). The connection is opened on
    // the worker at the first request.
    explicit AuditReader(QString dataDir, QObject* parent = nullptr);
    ~AuditReader() override; // cancels an export, waits for the worker's current request

    // A page of entries that match, newest first, with ids below `beforeId` (0: the newest).
    int fetch(const AuditFilter& filter, qint64 beforeId, int limit);
    int count(const AuditFilter& filter);
    // The servers and plans present (filter lists).
    int choices();
    // Writes every match as CSV (auditcsv::write) to `path`, replacing it only once complete.
    int exportCsv(const AuditFilter& filter, const QString& path);
    void cancelExport();

signals:
    void fetched(int request, const capataz::Result<QList<capataz::store::AuditEntry>>& entries);
    void counted(int request, const capataz::Result<qint64>& total);
    void choicesReady(int request, const QStringList& servers, const QStringList& plans);
    void exported(int request, const capataz::Result<qint64>& rows);

private:
    QThread* m_thread;
    AuditWorker* m_worker;
    int m_next = 0;
    CancelToken m_exportCancel;
};

} // namespace capataz::store
