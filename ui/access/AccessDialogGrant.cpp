// AccessDialog's "Give access" tab: the grant from the form, its preview and its run.
#include "AccessDialog.h"
#include "ErrorText.h"
#include "access/KeyPair.h"
#include "client/ServerRegistry.h"
#include "client/ServerSession.h"
#include "setup/PlanPreviewView.h"
#include "setup/PlanQueue.h"
#include "setup/PlanRunView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>

namespace capataz::ui {

using namespace Qt::Literals::StringLiterals;

Result<access::Grant> AccessDialog::grantFromForm() const
{
    const store::Role role = store::Role(m_role->currentData().toInt());
    access::Grant g = access::grantForProfile(m_session->profile(), role, m_person->text(),
                                              m_publicKey->toPlainText().trimmed());
    if (role == store::Role::Support) {
        for (const QString& line : m_logFiles->toPlainText().split(u'\n', Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                g.logFiles << line.trimmed();
        for (const QString& u : m_units->text().split(u',', Qt::SkipEmptyParts))
            if (!u.trimmed().isEmpty())
                g.units << u.trimmed();
    }
    const bool makeKey = m_keySource->currentIndex() == 0;
    if (auto v = g.validate(makeKey ? access::Grant::KeyCheck::Later : access::Grant::KeyCheck::Now); !v)
        return std::unexpected(v.error());
    return g;
}

void AccessDialog::preview()
{
    auto g = grantFromForm();
    if (!g) {
        showError(g.error());
        return;
    }
    if (g->publicKey.isEmpty())
        g->publicKey = u"ssh-ed25519 (a-new-key-is-made-when-access-is-given)"_s;
    m_right->setCurrentWidget(m_previewView);
    m_shownPreview.reset();
    m_previewView->clearPreview();
    showMessage(
        m_grantStatus, [] { return tr("Checking what would change…"); }, false);
    const plan::Plan plan = access::grantPlan(*g);
    auto previews = std::make_shared<QHash<QString, plan::Preview>>();
    auto done = std::make_shared<QHash<QString, bool>>();
    std::vector<plan::Plan> plans;
    plans.push_back(plan);
    auto* queue = new PlanQueue(std::move(plans), m_session->connection(), nullptr,
                                {m_session->profile().name, m_session->profile().sudo, true, true}, this);
    m_queue = queue;
    connect(queue, &PlanQueue::stepPreview, this,
            [previews](const QString& id, const plan::Preview& p) { previews->insert(id, p); });
    connect(queue, &PlanQueue::stepFinished, this,
            [done](const QString& id, plan::StepStatus s, const Error&) {
                done->insert(id, s == plan::StepStatus::Skipped);
            });
    connect(queue, &PlanQueue::finished, this, [this, queue, plan, previews, done](bool ok) {
        queue->deleteLater();
        m_queue = nullptr;
        m_shownPreview = ShownPreview{plan, *previews, *done};
        showPreview();
        showMessage(
            m_grantStatus,
            [ok]() -> QString {
                return ok ? tr("This is what giving access would do. Nothing has been changed yet.")
                          : tr("The checks could not all run; the preview may be incomplete.");
            },
            !ok);
        updateForm();
    });
    queue->start();
    updateForm();
}

void AccessDialog::giveAccess()
{
    auto g = grantFromForm();
    if (!g) {
        showError(g.error());
        return;
    }
    if (m_keySource->currentIndex() == 1) {
        m_newKeyPath.clear();
        startGrant(*g);
        return;
    }
    m_newKeyPath = m_keyPath->text().trimmed();
    showMessage(
        m_grantStatus, [] { return tr("Making the key pair…"); }, false);
    setBusy(true);
    access::makeKeyPair(m_newKeyPath, u"capataz-access-%1@%2"_s.arg(g->account(), m_session->profile().name),
                        this, [this, grant = *g](Result<QString> key) mutable {
                            setBusy(false);
                            if (!key) {
                                showError(key.error());
                                return;
                            }
                            grant.publicKey = *key;
                            startGrant(grant);
                        });
}

void AccessDialog::startGrant(access::Grant grant)
{
    if (!m_session || !m_session->isConnected())
        return;
    m_right->setCurrentWidget(m_grantRun);
    showMessage(
        m_grantStatus, [person = grant.person] { return tr("Giving access to %1…").arg(person); }, false);
    runPlan(access::grantPlan(grant), false, m_grantRun, [this, grant](bool ok) {
        if (!ok) {
            showMessage(
                m_grantStatus,
                [] {
                    return tr(
                        "Access was not given; every change was undone. The steps on the right say why.");
                },
                true);
            return;
        }
        QString profileName;
        std::optional<Error> profileError;
        if (!m_newKeyPath.isEmpty() && m_addProfile->isChecked() && m_registry) {
            store::ServerProfile p = m_session->profile();
            p.id = 0;
            p.name = QString(p.name + u'-' + grant.account().mid(4)).left(64);
            p.user = grant.account();
            p.auth = store::AuthMethod::KeyFile;
            p.keyPath = m_newKeyPath;
            p.sudo = remote::SudoMode::Access;
            p.role = grant.role;
            p.ownerReadsLogs = false;
            auto added = m_registry->add(p);
            profileName = p.name;
            if (!added)
                profileError = added.error();
        }
        showMessage(
            m_grantStatus,
            [account = grant.account(), owner = grant.role == store::Role::Owner, key = m_newKeyPath,
             profileName, profileError]() -> QString {
                QString text =
                    tr("Access given: account %1 (%2).").arg(account, owner ? tr("Owner") : tr("Support"));
                if (!key.isEmpty()) {
                    text += u' ';
                    text += tr("Hand the private key %1 to the person; it has no passphrase yet.").arg(key);
                }
                if (!profileName.isEmpty()) {
                    text += u' ';
                    text +=
                        profileError
                            ? tr("The profile could not be added: %1").arg(ErrorText::sentence(*profileError))
                            : tr("Profile %1 added.").arg(profileName);
                }
                return text;
            },
            false);
        refresh();
    });
}

} // namespace capataz::ui
