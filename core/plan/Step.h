#pragma once

#include "common/Error.h"
#include "common/Text.h"
#include "plan/Preview.h"
#include "plan/SecretMask.h"
#include "plan/StepContext.h"
#include "remote/Command.h"

#include <functional>

namespace capataz::plan {

// A sentence of a step itself in its output (Step::appendNote), kept with the output so that a
// view can show it again in another language. An empty one (no text.source) marks plain output.
struct OutputNote {
    Text text;     // arguments already masked
    QString phase; // "check", "apply", ... or empty
    [[nodiscard]] bool isNote() const { return text.source != nullptr; }
    // "[phase] sentence\n" in the language of the moment.
    [[nodiscard]] QString render() const;
};

// One change a Plan makes, with its own way to tell whether it is already done (check), to make
// it (apply), to confirm it (verify) and to undo it (rollback). Setup pages build steps from the
// ready-made kinds (CommandStep, FileWriteStep) or subclass this.
//
// The four actions are asynchronous: each returns at once and calls its callback exactly once,
// on the thread of ctx.owner, later or (for work that needs no server) right away. check must
// not change anything (a dry run calls it). apply/verify/rollback are called by PlanRunner in
// that order on one thread; a step object is used by one run at a time.
//
// Secrets: a step declares its secret values with addSecret(). preview() and output() mask them,
// and PlanRunner masks them again in everything it reports or records.
class Step {
public:
    using CheckDone = std::function<void(Result<bool>)>; // true: already done, skip it
    using Done = std::function<void(VoidResult)>;

    Step(QString id, Text title, Text explanation);
    virtual ~Step();
    Step(const Step&) = delete;
    Step& operator=(const Step&) = delete;

    // Stable, untranslated identifier ("firewall.allow-ssh"): audit rows and the CLI use it.
    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] const Text& title() const { return m_title; }
    [[nodiscard]] const Text& explanation() const { return m_explanation; }

    void addSecret(const QString& secret) { m_secrets.add(secret); }
    [[nodiscard]] const SecretMask& secrets() const { return m_secrets; }

    // The exact commands (as sent with a profile using `sudo`) and file diffs, secrets masked.
    [[nodiscard]] Preview preview(remote::SudoMode sudo) const;

    virtual void check(const StepContext& ctx, CheckDone done) = 0;
    virtual void apply(const StepContext& ctx, Done done) = 0;
    virtual void verify(const StepContext& ctx, Done done); // default: nothing to verify
    virtual void rollback(const StepContext& ctx, Done done) = 0;

    // What the step's commands printed since the last call, secrets masked (for the audit log).
    [[nodiscard]] QString takeOutput();
    // Also hands every piece of output, masked, to `sink` as it comes (PlanRunner::stepOutput:
    // live progress for the GUI). An empty function turns it off.
    // `note` is set (isNote()) when the text is a note of the step, rendered now.
    using OutputSink = std::function<void(const QString& text, const OutputNote& note)>;
    void setOutputSink(OutputSink sink) { m_sink = std::move(sink); }

protected:
    [[nodiscard]] virtual Preview buildPreview(remote::SudoMode sudo) const = 0;
    void appendOutput(const QString& text);
    // A sentence of the step itself (not a command's output), in the language of the moment
    // (the GUI's choice, the CLI's locale), as one line after "[phase] " when a phase is given.
    void appendNote(const Text& note, QStringView phase = {});

private:
    QString m_id;
    Text m_title;
    Text m_explanation;
    SecretMask m_secrets;
    void emitOutput(const QString& text, const OutputNote& note);

    QString m_output;
    OutputSink m_sink;
};

} // namespace capataz::plan

Q_DECLARE_METATYPE(capataz::plan::OutputNote)
