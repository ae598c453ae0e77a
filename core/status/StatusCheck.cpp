#include "status/StatusCheck.h"

#include "backup/BackupNaming.h"
#include "backup/BackupOps.h"
#include "exec/Exec.h"
#include "logs/ComposeLogSource.h"
#include "setup/CertificateCheck.h"
#include "setup/ComposeStatus.h"
#include "ssh/Connection.h"
#include "ssh/HttpGet.h"
#include "stack/RecipeLoader.h"
#include "store/ServerProfile.h"

namespace capataz::status {

using namespace Qt::Literals::StringLiterals;

StatusTarget StatusTarget::forProfile(const store::ServerProfile& profile)
{
    static const QList<stack::Recipe> recipes = stack::builtinRecipes(); // YAML read once
    StatusTarget t;
    t.compose = logs::defaultComposeTarget(profile.projectDir, recipes);
    t.compose.sudo = profile.sudo;
    t.health = t.compose.recipe.health;
    t.asRoot = profile.sudo != remote::SudoMode::None;
    t.backupDir = backup::defaultBackupDir(backup::projectLabel(t.compose.projectDir));
    return t;
}

StatusCheck::StatusCheck(ssh::Connection* connection, StatusTarget target, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_target(std::move(target))
{}

QString StatusCheck::script()
{
    // Sections, each after a "@@name" line; a sub-shell keeps the wizard's scripts' `exit` and
    // `set --` to themselves. df falls back to / while the project directory does not exist.
    return uR"SH(dir=$1; shift
echo @@disk
{ df -P -k -- "$dir" 2>/dev/null || df -P -k /; } | tail -n 1
echo @@certs
for f in /etc/letsencrypt/live/*/cert.pem; do
  [ -e "$f" ] || continue
  echo "@@cert $f"
  ( set -- "$f"
%1
  )
done
echo @@compose
if cd -- "$dir" 2>/dev/null; then
  ( %2
  )
  echo "@@compose-exit $?"
else
  echo "@@compose-exit 3"
fi
)SH"_s.arg(setup::certificateFactsScript(), setup::composeStatusScript());
}

void StatusCheck::parseOutput(QByteArrayView out, const QString& certName, ServerStatus& s)
{
    QByteArray section;
    QByteArray certFile;
    QByteArray certText;
    QByteArray composeText;
    auto flushCert = [&] {
        if (certFile.isEmpty())
            return;
        // /etc/letsencrypt/live/NAME/cert.pem
        const QList<QByteArray> parts = certFile.split('/');
        const QString name = parts.size() >= 2 ? QString::fromUtf8(parts[parts.size() - 2]) : QString();
        auto facts = setup::parseCertificateFacts(certText);
        if (facts && facts->exists && (certName.isEmpty() || name == certName)) {
            if (!s.certificateUntil || facts->notAfter < *s.certificateUntil) {
                s.certificateUntil = facts->notAfter;
                s.certificateName = facts->names.isEmpty() ? name : facts->names.first();
            }
        }
        certFile.clear();
        certText.clear();
    };
    for (const QByteArray& line : out.toByteArray().split('\n')) {
        if (line.startsWith("@@")) {
            if (line.startsWith("@@cert ")) {
                flushCert();
                certFile = line.mid(7).trimmed();
                section = "cert";
                continue;
            }
            if (line.startsWith("@@compose-exit ")) {
                if (line.mid(15).trimmed() == "0") {
                    if (auto compose = setup::ComposeStatus::parseLines(composeText)) {
                        s.composeKnown = true;
                        for (const setup::ContainerState& c : std::as_const(compose->containers)) {
                            if (c.isRunning() && !c.hasFailed()) {
                                ++s.servicesRunning;
                                if (c.startedAt.isValid() &&
                                    (!s.runningSince.isValid() || c.startedAt > s.runningSince))
                                    s.runningSince = c.startedAt;
                            } else if (!s.servicesDown.contains(c.service)) {
                                s.servicesDown << c.service;
                            }
                        }
                        if (compose->containers.isEmpty())
                            s.composeKnown = false; // no service at all: nothing says it works
                    }
                }
                section.clear();
                continue;
            }
            flushCert();
            section = line.mid(2).trimmed();
            continue;
        }
        if (section == "disk") {
            // Filesystem 1024-blocks Used Available Capacity Mounted-on
            const QList<QByteArray> f = line.simplified().split(' ');
            bool okTotal = false;
            bool okFree = false;
            if (f.size() >= 4) {
                const qint64 total = f[1].toLongLong(&okTotal);
                const qint64 avail = f[3].toLongLong(&okFree);
                if (okTotal && okFree && total > 0) {
                    s.diskTotalBytes = total * 1024;
                    s.diskFreeBytes = avail * 1024;
                }
            }
        } else if (section == "cert") {
            certText += line + '\n';
        } else if (section == "compose") {
            composeText += line + '\n';
        }
    }
    flushCert();
}

BackupStatus StatusCheck::backupStatusOf(const QList<backup::BackupEntry>& entries)
{
    BackupStatus b;
    for (const backup::BackupEntry& e : entries) {
        if (e.partial && !e.manifest)
            continue; // a run under way or broken off: not yet a backup
        b.configured = true;
        if (e.isGood() && (!b.lastBackup.isValid() || e.time() > b.lastBackup))
            b.lastBackup = e.time().toUTC();
        if (e.drillPassed() && (!b.lastVerifiedRestore.isValid() || e.drill->at > b.lastVerifiedRestore))
            b.lastVerifiedRestore = e.drill->at.toUTC();
    }
    return b;
}

void StatusCheck::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_status.checkedAt = QDateTime::currentDateTimeUtc();
    m_status.privileged = m_target.asRoot;
    const bool readBackups = m_connection && m_target.asRoot && !m_target.backupDir.isEmpty();
    m_pending = 1 + int(m_target.health.size()) + (readBackups ? 1 : 0);
    if (readBackups) {
        const plan::StepContext ctx{m_connection, this, {}};
        backup::listBackups(ctx, m_target.backupDir, [this](Result<QList<backup::BackupEntry>> r) {
            if (r) // an unreadable listing leaves "not set up": the other checks still count
                m_status.backup = backupStatusOf(*r);
            partDone();
        });
    }
    QStringList args{m_target.compose.projectDir};
    args += m_target.compose.composeArgv();
    exec::Request request(
        remote::Command::script(script(), args).asRoot(m_target.asRoot).request(u"status"_s));
    request.timeoutMs = m_timeoutMs;
    request.maxOutput = 4 * 1024 * 1024;
    exec::run(m_connection, this, std::move(request), [this](Result<exec::Output> r) {
        if (!r) {
            // A command that timed out or was refused on a connection that still stands: the
            // server answers, what it runs could not be read (ServicesUnknown).
            m_status.reachable =
                m_connection && m_connection->isConnected() && r.error().code != ErrorCode::ConnectionLost;
            m_status.error = r.error();
        } else {
            m_status.reachable = true;
            parseOutput(r->out, m_target.certName, m_status);
        }
        partDone();
    });
    for (qsizetype i = 0; i < m_target.health.size(); ++i) {
        const stack::RecipeHealthEndpoint& h = m_target.health[i];
        m_status.endpoints.append(EndpointAnswer{h.path, h.port, 0});
        if (!m_connection) {
            QMetaObject::invokeMethod(this, &StatusCheck::partDone, Qt::QueuedConnection);
            continue;
        }
        auto* get = new ssh::HttpGet(*m_connection, u"127.0.0.1"_s, h.port, h.path, this);
        get->setTimeout(m_timeoutMs);
        get->setMaxBytes(64 * 1024);
        connect(get, &ssh::HttpGet::finished, this, [this, get, i](const Result<net::HttpResponse>& r) {
            if (r)
                m_status.endpoints[i].httpStatus = r->status;
            get->deleteLater();
            partDone();
        });
        get->start();
    }
}

void StatusCheck::partDone()
{
    if (--m_pending > 0)
        return;
    m_status.checkedAt = QDateTime::currentDateTimeUtc();
    if (m_status.reachable)
        m_status.lastAnswerAt = m_status.checkedAt;
    else
        m_status.endpoints.clear(); // nothing known about them
    emit finished(m_status);
}

} // namespace capataz::status
