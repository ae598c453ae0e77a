#include "plan/RemoteCall.h"

#include "ssh/Connection.h"

#include <QPointer>

namespace capataz::plan {

void runRemote(const StepContext& ctx, const remote::Command& command, const QByteArray& input,
               std::function<void(RemoteCallOutput)> done)
{
    if (!ctx.owner)
        return;
    if (!ctx.connection) {
        QMetaObject::invokeMethod(
            ctx.owner,
            [done = std::move(done)] {
                RemoteCallOutput o;
                o.result.error =
                    Error{ErrorCode::Internal, QStringLiteral("this plan has no server connection")};
                done(std::move(o));
            },
            Qt::QueuedConnection);
        return;
    }
    // A receiver in the owner's thread: the process lives on the connection thread.
    auto* holder = new QObject(ctx.owner);
    auto output = std::make_shared<RemoteCallOutput>();
    QPointer<ssh::RemoteProcess> process = ctx.connection->exec(command);
    QObject::connect(process, &ssh::RemoteProcess::readyReadStdout, holder,
                     [output](const QByteArray& d) { output->out += d; });
    QObject::connect(process, &ssh::RemoteProcess::readyReadStderr, holder,
                     [output](const QByteArray& d) { output->err += d; });
    QObject::connect(process, &ssh::RemoteProcess::finished, holder,
                     [holder, process, output, done = std::move(done)](const ssh::ProcessResult& r) {
                         output->result = r;
                         if (process)
                             process->deleteLater();
                         holder->disconnect();
                         holder->deleteLater();
                         done(std::move(*output));
                     });
    // The owner went away first: stop the command and let it go.
    QObject::connect(holder, &QObject::destroyed, holder, [process] {
        if (!process)
            return;
        if (!process->isFinished())
            process->cancel();
        process->deleteLater();
    });
    process->start();
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
}

} // namespace capataz::plan
