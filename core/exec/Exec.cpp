#include "exec/Exec.h"

#include "ssh/Connection.h"
#include "ssh/RemoteProcess.h"

#include <QPointer>
#include <QTimer>

namespace capataz::exec {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kCancelPollMs = 100;

// The collected output of one command, shared by the lambdas that receive its pieces.
struct Collected {
    QByteArray out;
    QByteArray err;
    qsizetype limit = 0;
    bool cut = false;

    void add(QByteArray& to, const QByteArray& data)
    {
        if (limit <= 0 || to.size() + data.size() <= limit) {
            to += data;
            return;
        }
        if (to.size() < limit)
            to += data.left(limit - to.size());
        cut = true;
    }
};

} // namespace

QString commandName(const remote::Command& command)
{
    const QStringList& argv = command.argv();
    if (argv.isEmpty())
        return u"the command"_s;
    if (argv.size() >= 2 && argv.at(0) == u"sh" && argv.at(1) == u"-c")
        return u"a script"_s;
    return argv.at(0);
}

QString Output::tail(qsizetype maxChars) const
{
    QString text = QString::fromUtf8(err.trimmed().isEmpty() ? out : err).trimmed();
    if (text.size() > maxChars)
        text = u"…"_s + text.right(maxChars);
    return text;
}

Error exitError(const Output& output, const QString& what)
{
    if (output.succeeded())
        return {};
    const QString how = output.exitSignal.isEmpty() ? u"exited with %1"_s.arg(output.exitCode)
                                                    : u"was ended by signal %1"_s.arg(output.exitSignal);
    const QString tail = output.tail();
    return Error{ErrorCode::RemoteCommandFailed,
                 what + u' ' + how + (tail.isEmpty() ? QString() : u": "_s + tail)};
}

QString transcript(const QString& label, const Output& output)
{
    QString log = u"[%1] exit %2\n"_s.arg(label).arg(output.exitCode);
    if (!output.out.isEmpty())
        log += QString::fromUtf8(output.out);
    if (!output.err.isEmpty())
        log += u"[stderr] "_s + QString::fromUtf8(output.err);
    return log;
}

Result<Output> toResult(const ssh::ProcessResult& result, QByteArray out, QByteArray err)
{
    if (result.error.isError())
        return std::unexpected(result.error);
    Output o;
    o.exitCode = result.exitCode;
    o.exitSignal = result.exitSignal;
    o.durationMs = result.durationMs;
    o.out = std::move(out);
    o.err = std::move(err);
    return o;
}

void run(ssh::Connection* connection, QObject* owner, Request request, Done done)
{
    if (!owner)
        return;
    if (!connection) {
        QMetaObject::invokeMethod(
            owner,
            [done = std::move(done)] {
                done(fail(ErrorCode::ConnectionLost, u"not connected to the server"_s));
            },
            Qt::QueuedConnection);
        return;
    }
    // A receiver in the owner's thread: the process lives on the connection thread.
    auto* holder = new QObject(owner);
    auto collected = std::make_shared<Collected>();
    collected->limit = request.maxOutput;
    QPointer<ssh::RemoteProcess> process = connection->exec(request.command);
    QObject::connect(process, &ssh::RemoteProcess::readyReadStdout, holder,
                     [collected](const QByteArray& d) { collected->add(collected->out, d); });
    QObject::connect(process, &ssh::RemoteProcess::readyReadStderr, holder,
                     [collected](const QByteArray& d) { collected->add(collected->err, d); });
    QObject::connect(process, &ssh::RemoteProcess::finished, holder,
                     [holder, process, collected, done = std::move(done)](const ssh::ProcessResult& r) {
                         if (process)
                             process->deleteLater();
                         holder->disconnect();
                         holder->deleteLater();
                         if (collected->cut)
                             collected->err += "\n[output cut: over the limit]";
                         done(toResult(r, std::move(collected->out), std::move(collected->err)));
                     });
    // The owner went away first: stop the command and let it go.
    QObject::connect(holder, &QObject::destroyed, holder, [process] {
        if (!process)
            return;
        if (!process->isFinished())
            process->cancel();
        process->deleteLater();
    });
    if (request.cancel.isValid()) {
        auto* poll = new QTimer(holder);
        poll->setInterval(kCancelPollMs);
        QObject::connect(poll, &QTimer::timeout, holder, [poll, process, token = request.cancel] {
            if (!token.isCancelled())
                return;
            poll->stop();
            if (process && !process->isFinished())
                process->cancel(); // finished() follows with ErrorCode::Cancelled
        });
        poll->start();
    }
    if (request.timeoutMs > 0)
        process->setTimeout(request.timeoutMs);
    process->start();
    if (!request.input.isEmpty())
        process->write(request.input);
    process->closeWriteChannel();
}

void runChecked(ssh::Connection* connection, QObject* owner, Request request, Done done, const QString& what)
{
    const QString name = what.isEmpty() ? commandName(request.command) : what;
    run(connection, owner, std::move(request), [name, done = std::move(done)](Result<Output> r) {
        if (r) {
            if (Error e = exitError(*r, name); e.isError()) {
                done(std::unexpected(std::move(e)));
                return;
            }
        }
        done(std::move(r));
    });
}

} // namespace capataz::exec
