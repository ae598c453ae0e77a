#pragma once

#include "common/Error.h"
#include "exec/ExecStream.h"
#include "logs/FastSecretMask.h"
#include "logs/LogRecord.h"
#include "plan/SecretMask.h"
#include "remote/Command.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace capataz::ssh {
class Connection;
}

namespace capataz::logs {

// One place logs come from on a server, read by one remote command whose output arrives
// through the exec layer (ExecStream: split into lines off the GUI thread, batched) and leaves
// as LogBatch: prefixes parsed, secrets masked. Subclasses: ComposeLogSource (docker compose
// logs), FileLogSource (tail -F), JournalLogSource (journalctl -o json).
//
// Following (Options::follow), a source survives a dropped connection: when its command ends
// with ConnectionLost it waits for the connection to come back (asking it to reconnect() when
// Options::reconnect and nobody else has), then starts again from where it was (compose: the
// last timestamp, a file: the byte offset, journald: the cursor), drops what it had already
// delivered, and puts a mark record (LogRecord::Kind::Resumed, or Gap when lines may be
// missing) first in the next batch, saying from when to when it was not reading.
// A followed command that ends by itself (any exit status) while the connection says it is up
// is taken for a cut not noticed yet: looked at again shortly (resumed as above once the
// connection is back, or at once if it is still up); only a few such ends in a row with nothing
// new read are believed (compose v2's `logs -f` ends when every container stopped).
//
// Ownership: whoever reads the logs owns the sources (client::LogService for the console, a
// CLI command for capataz-cli); a source never outlives its connection's use (it holds a
// QPointer). Lives on any thread with an event loop: the console moves its sources to the logs'
// thread before start(), so masking and parsing never cost the GUI thread; the owner must then
// delete them there, before their connection is deleted (client::LogService does both).
class LogSource : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Waiting, Finished, Failed };
    Q_ENUM(State)

    struct Options {
        quint16 index = 0;        // LogRecord::source of every record
        int tailLines = 200;      // lines of history first (-1: all)
        bool follow = true;       // keep reading as lines are written; false: read and finish
        bool reconnect = true;    // ask a failed connection to reconnect() to resume
        qint64 sinceMs = 0;       // only lines from then on (UTC ms), 0: no limit
        bool asRoot = true;       // run as root through the profile's sudo mode
        plan::SecretMask secrets; // masked in every record before it leaves the source
    };

    LogSource(ssh::Connection* connection, Options options, QObject* parent = nullptr);
    ~LogSource() override;

    void start();
    void stop(); // stops the command; nothing more is emitted
    void setSecrets(const plan::SecretMask& secrets)
    {
        m_options.secrets = secrets;
        m_mask = FastSecretMask(secrets);
    }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Error& error() const { return m_error; }
    [[nodiscard]] const Options& options() const { return m_options; }
    [[nodiscard]] int resumeCount() const { return m_resumes; }

signals:
    void batchReady(const capataz::logs::LogBatch& batch);
    void stateChanged(capataz::logs::LogSource::State state);
    // Once, at the end: a source that does not follow read everything (error None), or one
    // that gave up (the command failed, the connection did not come back).
    void finished(const capataz::Error& error);

protected:
    // The command to run: from the start (resuming false) or from where the last one stopped.
    [[nodiscard]] virtual Result<remote::Command> command(bool resuming) = 0;
    [[nodiscard]] virtual exec::StreamOptions streamOptions() const;
    // Lines of the command to records (secrets masked: use mask()). Called on the owner thread.
    virtual void convert(const exec::LineBatch& lines, LogBatch& out) = 0;
    // The command ended by itself (any exit status): true to run command(true) again at once
    // (compose v1 refusing --since, for instance).
    [[nodiscard]] virtual bool retry(const exec::StreamResult& result);
    // Resumed (default) or Gap: whether the resumed command may have lost lines. Asked when the
    // first batch after a resume arrives, after convert() has seen it.
    [[nodiscard]] virtual LogRecord::Kind resumeKind() const { return LogRecord::Kind::Resumed; }
    // The command ended (before the source decides what next).
    virtual void streamEnded(const exec::StreamResult& result);

    // Options::secrets masked (FastSecretMask: the same result as SecretMask::apply, about a
    // tenth of its cost on the lines without a secret; tests/bench/README.md bench_logs).
    [[nodiscard]] QString mask(QString text) const { return m_mask.apply(std::move(text)); }
    [[nodiscard]] LogRecord record(const exec::Line& line, QString text) const;

private:
    void launch(bool resuming);
    void onLines(const exec::LineBatch& lines);
    void onEnded(const exec::StreamResult& result);
    void suspectEnd();
    void waitForConnection();
    void watchConnection();
    void askReconnect();
    void setState(State state);
    void fail(const Error& error);

    QPointer<ssh::Connection> m_connection;
    Options m_options;
    FastSecretMask m_mask; // of m_options.secrets
    std::unique_ptr<exec::ExecStream> m_stream;
    State m_state = State::Idle;
    Error m_error;
    bool m_resuming = false; // the running command resumes a cut one: mark not emitted yet
    qint64 m_stoppedMs = 0;  // when the last cut happened (UTC ms)
    int m_resumes = 0;
    int m_quickFailures = 0;       // resumes in a row that ended at once with ConnectionLost
    int m_suspectEnds = 0;         // followed runs in a row that ended by themselves, nothing new read
    bool m_retryScheduled = false; // the connection is reconnecting (reconnect() or its retries)
    bool m_reconnectAsked = false; // this source called reconnect() since the last connected()
};

} // namespace capataz::logs
