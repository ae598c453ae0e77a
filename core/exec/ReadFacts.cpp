#include "exec/ReadFacts.h"

#include "exec/Exec.h"

namespace capataz::exec {

namespace {

constexpr qsizetype kMaxFactsOutput = 1024 * 1024;

bool sudoRefused(const Error& e)
{
    return e.code == ErrorCode::SudoPasswordWrong || e.code == ErrorCode::SudoNotAllowed;
}

} // namespace

void readFacts(ssh::Connection* connection, QObject* owner, FactsOptions options,
               std::function<void(Result<FactsReading>)> done)
{
    Request request(remote::factsCommand(options.asRoot, options.projectDir));
    request.cancel = options.cancel;
    request.timeoutMs = options.timeoutMs;
    request.maxOutput = kMaxFactsOutput;
    runChecked(
        connection, owner, std::move(request),
        [connection, owner, options, done = std::move(done)](Result<Output> r) mutable {
            if (!r) {
                if (options.asRoot && options.fallBackToLoginUser && sudoRefused(r.error())) {
                    FactsOptions again = options;
                    again.asRoot = false;
                    readFacts(connection, owner, again,
                              [done = std::move(done)](Result<FactsReading> reading) {
                                  if (reading)
                                      reading->rootRefused = true;
                                  done(std::move(reading));
                              });
                    return;
                }
                done(std::unexpected(r.error()));
                return;
            }
            auto parsed = remote::parseServerFacts(r->out);
            if (!parsed) {
                done(std::unexpected(parsed.error()));
                return;
            }
            FactsReading reading{std::move(*parsed), options.asRoot, false, r->err.left(4096)};
            done(std::move(reading));
        },
        QStringLiteral("the facts script"));
}

} // namespace capataz::exec
