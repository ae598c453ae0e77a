#pragma once

#include "plan/Step.h"
#include "setup/NginxPlan.h"

#include <QByteArray>

#include <optional>

namespace capataz::setup {

// Puts the reverse-proxy site in place and makes nginx serve it:
//  check:    is the certificate there (decides the form: HTTP only or TLS), read the site file
//            and the sites-enabled link: done when the file holds exactly the rendered content
//            and the link points to it. A custom site file is used as given. A site file that
//            is a symbolic link is refused here and in apply (RemotePermissionDenied, naming
//            the link and its target): it is never written through.
//  apply:    one fixed script as root: write the file atomically unless it already holds the
//            content (previous version kept as FILE.capataz-*.bak), link it into sites-enabled, `nginx -t`;
//            if that fails, put the previous file back (or remove the new one), remove the link if it was
//            created, confirm `nginx -t` passes again and fail with nginx's message (nginx
//            is never stopped). Then reload: systemctl when systemd runs, else `nginx -s
//            reload` when nginx runs, else start it (service nginx start, or nginx).
//  verify:   the file holds the content, the link exists, nginx runs.
//  rollback: after a successful apply (a later step failed): restore the previous file and
//            link state, `nginx -t` and reload.
class NginxSiteStep final : public plan::Step {
public:
    NginxSiteStep(QString id, NginxAnswers answers);

    // The content the step writes for one form (the custom file when one is given).
    [[nodiscard]] QByteArray content(bool withTls) const;
    [[nodiscard]] const NginxAnswers& answers() const { return m_answers; }

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void verify(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

    // The fixed scripts (exposed for tests and previews).
    [[nodiscard]] static QString probeScript();
    [[nodiscard]] static QString applyScript();
    [[nodiscard]] static QString restoreScript();
    // What apply sends, the site's content going on stdin (exposed for tests).
    [[nodiscard]] remote::Command applyCommand() const;

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    [[nodiscard]] Error linkError(const QByteArray& linkTarget) const;
    [[nodiscard]] remote::Command probeCommand() const;
    [[nodiscard]] remote::Command restoreCommand() const;

    NginxAnswers m_answers;
    bool m_probed = false;
    bool m_withTls = false;
    std::optional<QByteArray> m_current; // the site file as last read
    bool m_applied = false;
    QString m_backup; // previous version kept by apply, empty if the file was new
    bool m_linkCreated = false;
    bool m_unchanged = false; // apply found the file already right (nginx was not running)
    QString m_linkState;      // ok, none, other, file
};

} // namespace capataz::setup
