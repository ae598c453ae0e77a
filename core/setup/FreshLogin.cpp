#include "setup/FreshLogin.h"

#include "ssh/Connection.h"

#include <QTimer>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

void runOverFreshLogin(const plan::StepContext& ctx, const remote::Command& command, int connectTimeoutMs,
                       exec::Done done)
{
    if (!ctx.connection || !ctx.owner) {
        done(fail(ErrorCode::Internal, u"this plan has no server connection"_s));
        return;
    }
    ssh::ConnectionSettings settings = ctx.connection->settings();
    settings.connectTimeoutMs = connectTimeoutMs;
    // Everything of the fresh login hangs off `holder`: if the owner goes, so does the login.
    auto* holder = new QObject(ctx.owner);
    auto* fresh = new ssh::Connection(settings, holder);
    auto ended = std::make_shared<bool>(false);
    auto finish = [holder, fresh, ended, done = std::move(done)](Result<exec::Output> r) {
        if (*ended)
            return;
        *ended = true;
        QObject::disconnect(fresh, nullptr, holder, nullptr);
        fresh->disconnectFromHost();
        holder->deleteLater(); // deletes the connection too, after this signal returns
        done(std::move(r));
    };
    QObject::connect(fresh, &ssh::Connection::failed, holder,
                     [finish](const Error& e) { finish(std::unexpected(e)); });
    QObject::connect(fresh, &ssh::Connection::disconnected, holder, [finish](const Error& e) {
        finish(std::unexpected(
            e.isError() ? e : Error{ErrorCode::ConnectionLost, u"the new login was closed"_s}));
    });
    QObject::connect(fresh, &ssh::Connection::hostKeyConfirmationRequested, holder, [fresh, finish] {
        fresh->rejectHostKey();
        finish(fail(ErrorCode::HostKeyUnknown,
                    u"the server's host key is not remembered, so a new login cannot be trusted"_s));
    });
    const plan::StepContext freshCtx{fresh, holder, ctx.cancel};
    QObject::connect(fresh, &ssh::Connection::connected, holder, [freshCtx, command, finish] {
        freshCtx.run(exec::Request(command), [finish](Result<exec::Output> res) { finish(std::move(res)); });
    });
    // A last guard: a login or a command that hangs must not keep the step waiting forever.
    QTimer::singleShot(connectTimeoutMs + 75000, holder, [finish] {
        finish(fail(ErrorCode::Timeout, u"the new login did not finish in time"_s));
    });
    fresh->connectToHost();
}

} // namespace capataz::setup
