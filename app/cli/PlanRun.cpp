#include "PlanRun.h"

#include "CliContext.h"
#include "ErrorHints.h"
#include "InterruptWatcher.h"
#include "common/ErrorCatalog.h"
#include "plan/PlanRunner.h"
#include "ssh/Connection.h"

#include <QEventLoop>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

// Runs one plan to its end; true when it succeeded.
bool runOne(const NamedPlan& named, ssh::Connection& conn, const QString& server, RunState& state)
{
    const remote::SudoMode sudo = conn.settings().sudo;
    plan::PlanRunner runner(named.plan, &conn, state.audit, {server, sudo, state.dryRun, true});
    QEventLoop loop;
    InterruptWatcher interrupts;
    plan::PlanReport report;
    QHash<QString, QString> outputs;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int) {
        CliContext::printErr(
            u"capataz-cli: interrupted: stopping after the current step and rolling back\n"_s);
        runner.cancel();
    });
    QObject::connect(&runner, &plan::PlanRunner::stepStarted, &loop, [&](int index, const QString& id) {
        if (!state.json) {
            const auto& step = named.plan.steps()[static_cast<std::size_t>(index)];
            CliContext::print(u"--> %1: %2\n"_s.arg(id, step->title().untranslated()));
        }
    });
    QObject::connect(&runner, &plan::PlanRunner::stepOutput, &loop,
                     [&](int, const QString& id, const QString& text) {
                         outputs[id] += text;
                         if (!state.json)
                             CliContext::print(text.endsWith(u'\n') ? text : text + u'\n');
                     });
    QObject::connect(&runner, &plan::PlanRunner::stepFinished, &loop,
                     [&](int, const QString& id, plan::StepStatus status, const Error& error) {
                         if (state.json)
                             return;
                         QString line = u"[%1] %2\n"_s.arg(plan::stepStatusName(status), id);
                         if (error.isError()) // the sentence, then the code and detail, as every CLI error
                             line += u"    %1\n      %2\n"_s.arg(
                                 errorSentence(error), error.codeName() + u": "_s + error.plainDetail());
                         CliContext::print(line);
                     });
    QObject::connect(&runner, &plan::PlanRunner::finished, &loop, [&](const plan::PlanReport& r) {
        report = r;
        loop.quit();
    });
    if (!state.json)
        CliContext::print(u"== %1 (%2)%3\n"_s.arg(named.name, named.plan.title().untranslated(),
                                                  state.dryRun ? u", dry run"_s : QString()));
    runner.start();
    if (runner.isRunning())
        loop.exec();

    if (state.dryRun && !state.json)
        CliContext::print(u"\nPlan preview:\n"_s + named.plan.previewText(sudo) + u'\n');
    for (const auto& o : std::as_const(report.steps)) {
        QJsonObject row{
            {u"plan"_s, named.name}, {u"step"_s, o.stepId}, {u"status"_s, plan::stepStatusName(o.status)}};
        if (o.error.isError())
            row.insert(u"error"_s, o.error.toString());
        if (outputs.contains(o.stepId))
            row.insert(u"output"_s, outputs.value(o.stepId));
        state.steps.append(row);
    }
    if (report.ok())
        return true;
    if (!state.json) {
        QString text = u"\ncapataz-cli: plan %1 failed at step %2.\n"_s.arg(
                           named.name, report.failedStepId.isEmpty() ? u"(none)"_s : report.failedStepId) +
                       CliContext::errorText(report.error, connectionHint(report.error, server));
        QStringList undone;
        for (const auto& o : std::as_const(report.steps)) {
            if (o.status == plan::StepStatus::RolledBack || o.status == plan::StepStatus::RollbackFailed)
                undone << u"  %1: %2%3"_s.arg(o.stepId, plan::stepStatusName(o.status),
                                              o.error.isError() ? u" ("_s + o.error.toString() + u')'
                                                                : QString());
        }
        text += undone.isEmpty() ? u"Nothing had to be rolled back.\n"_s
                                 : u"Rollback:\n"_s + undone.join(u'\n') + u'\n';
        CliContext::printErr(text);
    }
    return false;
}

} // namespace capataz::cli
