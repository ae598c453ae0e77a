#include "access/AccessGrant.h"

#include "backup/BackupNaming.h"
#include "backup/BackupScripts.h"
#include "logs/ComposeLogSource.h"
#include "logs/FileLogSource.h"
#include "metrics/PrometheusApi.h"
#include "metrics/ScrapeTarget.h"
#include "remote/ServerFacts.h"
#include "setup/ComposeStatus.h"
#include "stack/RecipeLoader.h"
#include "status/StatusCheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace capataz::access {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kEndMarker = u"CAPATAZ_SCRIPT_END"_s;

// The words the files on the server can hold: the dispatcher splits on spaces and lines, sshd
// reads the Match block, sudo the rule.
bool plainWord(const QString& w)
{
    static const QRegularExpression re(uR"(^[A-Za-z0-9._/:,@%+=-]+$)"_s);
    return re.match(w).hasMatch();
}

bool absoluteClean(const QString& path)
{
    if (!path.startsWith(u'/') || !plainWord(path))
        return false;
    const QString slashed = path + u'/';
    return !slashed.contains(u"/../"_s) && !slashed.contains(u"/./"_s) && !slashed.contains(u"//"_s);
}

VoidResult invalid(const QString& detail)
{
    return std::unexpected(Error{ErrorCode::InvalidArgument, detail});
}

} // namespace

QString dispatcherPath()
{
    return u"/usr/local/lib/capataz/capataz-access"_s;
}

QString configDirectory()
{
    return u"/etc/capataz/access"_s;
}

QString Grant::accountName(const QString& person)
{
    QString out = u"cpz-"_s;
    // "José Pérez" → "cpz-jose-perez": accents dropped (compatibility decomposition, then the
    // combining marks left out), anything else that is not a letter or digit becomes one '-'.
    for (QChar c : person.trimmed().toLower().normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-') && out.size() > 4)
        out.chop(1);
    return out.left(32);
}

VoidResult Grant::validate(KeyCheck keyCheck) const
{
    const QString name = account();
    if (name.size() <= 4)
        return invalid(u"person: give a name with at least one letter or digit (it names the account)"_s);
    if (role != store::Role::Support && role != store::Role::Owner)
        return invalid(u"role: an access account is support or owner; administrators log in as themselves"_s);
    const QStringList key = publicKey.simplified().split(u' ');
    static const QRegularExpression keyType(
        uR"(^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)$)"_s);
    static const QRegularExpression base64(uR"(^[A-Za-z0-9+/]+={0,2}$)"_s);
    if (keyCheck == KeyCheck::Now && (key.size() < 2 || !keyType.match(key[0]).hasMatch() ||
                                      !base64.match(key[1]).hasMatch() || publicKey.contains(u'\n')))
        return invalid(u"public key: one line as in a .pub file (ssh-ed25519 AAAA... comment)"_s);
    if (!absoluteClean(projectDir))
        return invalid(u"project directory: an absolute path without spaces, '..' or '//': "_s + projectDir);
    if (composeWords.isEmpty() || !std::ranges::all_of(composeWords, plainWord))
        return invalid(u"compose command: words without spaces: "_s + composeWords.join(u' '));
    if (!backupDir.isEmpty() && !absoluteClean(backupDir))
        return invalid(u"backup folder: an absolute path without spaces: "_s + backupDir);
    for (const QString& f : logFiles) {
        if (!absoluteClean(f))
            return invalid(u"log file: an absolute path without spaces, '..' or '//': "_s + f);
    }
    static const QRegularExpression unitName(uR"(^[A-Za-z0-9@._:-]+$)"_s);
    for (const QString& u : units) {
        if (!unitName.match(u).hasMatch())
            return invalid(u"unit: a systemd unit name such as nginx.service: "_s + u);
    }
    for (int p : ports) {
        if (p < 1 || p > 65535)
            return invalid(u"port: %1 is outside 1..65535"_s.arg(p));
    }
    if (role == store::Role::Owner && (!logFiles.isEmpty() || !units.isEmpty()))
        return invalid(u"an owner's account reads no logs: leave out the log files and units"_s);
    return {};
}

Grant grantForProfile(const store::ServerProfile& profile, store::Role role, const QString& person,
                      const QString& publicKey)
{
    static const QList<stack::Recipe> recipes = stack::builtinRecipes();
    Grant g;
    g.person = person;
    g.role = role;
    g.publicKey = publicKey.trimmed();
    const setup::SetupTarget target = logs::defaultComposeTarget(profile.projectDir, recipes);
    g.projectDir = target.projectDir;
    g.composeWords = target.composeArgv();
    g.backupDir = backup::defaultBackupDir(backup::projectLabel(target.projectDir));
    for (const stack::RecipeHealthEndpoint& h : target.recipe.health)
        g.ports << h.port;
    if (role == store::Role::Support) {
        for (const metrics::ScrapeTarget& t : metrics::defaultTargets(target.projectDir, recipes))
            g.ports << t.port;
        if (auto prom = metrics::parsePrometheusUrl(profile.prometheusUrl);
            prom && !profile.prometheusUrl.isEmpty())
            g.ports << prom->port;
    }
    std::ranges::sort(g.ports);
    g.ports.erase(std::unique(g.ports.begin(), g.ports.end()), g.ports.end());
    g.ports.removeAll(0);
    return g;
}

QByteArray dispatcherScript()
{
    QFile f(u":/access/capataz-access.sh"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    const struct {
        const char16_t* placeholder;
        QString script;
    } parts[] = {
        {u"@SCRIPT_FACTS@", remote::factsCommand(true, {}).argv().value(2)},
        {u"@SCRIPT_STATUS@", status::StatusCheck::script()},
        {u"@SCRIPT_COMPOSE_STATUS@", setup::composeStatusScript()},
        {u"@SCRIPT_BACKUP_LIST@", backup::scripts::list({}).argv().value(2)},
        {u"@SCRIPT_FILE_TAIL@", logs::FileLogSource::tailScript()},
    };
    for (const auto& p : parts) {
        QString body = p.script;
        while (body.endsWith(u'\n'))
            body.chop(1);
        // A line equal to the here-document's end would cut the script short: never the case
        // for Capataz's own scripts, and refused rather than sent broken.
        if (body.isEmpty() || body.split(u'\n').contains(kEndMarker))
            return {};
        text.replace(QString::fromUtf16(p.placeholder), body);
    }
    text.replace(u"@VERSION@"_s, QString::number(kDispatcherVersion));
    return text.toUtf8();
}

QByteArray configFile(const Grant& g)
{
    QString out = u"# Capataz access account %1 (managed by Capataz: given with Server > Give access).\n"
                  u"# Read by %2; each line is KEY VALUE.\n"_s.arg(g.account(), dispatcherPath());
    out += u"role "_s + store::roleName(g.role) + u'\n';
    out += u"project_dir "_s + g.projectDir + u'\n';
    out += u"compose "_s + g.composeWords.join(u' ') + u'\n';
    if (!g.backupDir.isEmpty())
        out += u"backup_dir "_s + g.backupDir + u'\n';
    for (const QString& f : g.logFiles)
        out += u"log_file "_s + f + u'\n';
    for (const QString& u : g.units)
        out += u"unit "_s + u + u'\n';
    for (int p : g.ports)
        out += u"port %1\n"_s.arg(p);
    return out.toUtf8();
}

QByteArray keysFile(const Grant& g)
{
    // restrict: no pty, no forwarding but what sshd's Match block allows again with permitopen.
    QStringList opens;
    for (int p : g.ports)
        opens << u"permitopen=\"127.0.0.1:%1\",permitopen=\"localhost:%1\""_s.arg(p);
    QString options = u"restrict"_s;
    if (!opens.isEmpty())
        options += u",port-forwarding,"_s + opens.join(u',');
    return (options + u' ' + g.publicKey.simplified() + u'\n').toUtf8();
}

QStringList rootRequests(store::Role role)
{
    switch (role) {
    case store::Role::Support:
        return {u"facts"_s,     u"discover"_s,     u"compose-status"_s, u"logs-compose"_s,
                u"logs-file"_s, u"logs-journal"_s, u"status"_s,         u"backup-list"_s};
    case store::Role::Owner:
        return {u"status"_s, u"backup-list"_s};
    case store::Role::Admin:
        break;
    }
    return {};
}

QByteArray sudoersFile(const Grant& grant)
{
    // sudo matches "VERB *" only when arguments follow: both forms are listed.
    QStringList commands;
    for (const QString& verb : rootRequests(grant.role))
        commands << u"%1 --as-root %2"_s.arg(dispatcherPath(), verb)
                 << u"%1 --as-root %2 *"_s.arg(dispatcherPath(), verb);
    QString out =
        u"# Capataz access account %1 (%2): it may run as root only the dispatcher, and only for\n"
        u"# the requests of its role; the dispatcher checks every argument again (managed by Capataz).\n"_s
            .arg(grant.account(), store::roleName(grant.role));
    out += u"%1 ALL=(root) NOPASSWD: "_s.arg(grant.account()) + commands.join(u", \\\n    "_s) + u'\n';
    return out.toUtf8();
}

QByteArray sshdBlock(const Grant& g)
{
    QStringList opens;
    for (int p : g.ports)
        opens << u"127.0.0.1:%1 localhost:%1"_s.arg(p);
    QString out = u"# Capataz access account %1, role %2 (managed by Capataz).\n"
                  u"Match User %1\n"
                  u"    AuthorizedKeysFile %3\n"
                  u"    AuthenticationMethods publickey\n"
                  u"    PasswordAuthentication no\n"
                  u"    KbdInteractiveAuthentication no\n"
                  u"    ForceCommand %4\n"
                  u"    PermitTTY no\n"
                  u"    X11Forwarding no\n"
                  u"    AllowAgentForwarding no\n"
                  u"    AllowStreamLocalForwarding no\n"
                  u"    PermitTunnel no\n"
                  u"    PermitUserRC no\n"
                  u"    GatewayPorts no\n"
                  u"    PermitListen none\n"_s.arg(g.account(), store::roleName(g.role),
                                                   keysPath(g.account()), dispatcherPath());
    if (opens.isEmpty())
        out += u"    AllowTcpForwarding no\n"_s;
    else
        out += u"    AllowTcpForwarding local\n    PermitOpen "_s + opens.join(u' ') + u'\n';
    return out.toUtf8();
}

QString configPath(const QString& account)
{
    return configDirectory() + u'/' + account + u".conf"_s;
}

QString keysPath(const QString& account)
{
    return configDirectory() + u'/' + account + u".keys"_s;
}

QString sudoersPath(const QString& account)
{
    return u"/etc/sudoers.d/capataz-access-"_s + account;
}

QString sshdDropInPath(const QString& account)
{
    return u"/etc/ssh/sshd_config.d/60-capataz-access-"_s + account + u".conf"_s;
}

QString sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString stateDirectory(const QString& account)
{
    return u"/var/lib/capataz/access-"_s + account;
}

QList<Account> parseAccountList(const QByteArray& out)
{
    QList<Account> accounts;
    int dispatcher = 0;
    for (const QByteArray& raw : out.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype sp = line.indexOf(u' ');
        const QString key = sp < 0 ? line : line.left(sp);
        const QString value = sp < 0 ? QString() : line.mid(sp + 1).trimmed();
        if (key == u"@dispatcher"_s) {
            dispatcher = value.toInt();
            continue;
        }
        if (key == u"@account"_s) {
            accounts.append(Account{});
            accounts.last().name = value;
            accounts.last().dispatcherVersion = dispatcher;
            continue;
        }
        if (accounts.isEmpty())
            continue;
        Account& a = accounts.last();
        if (key == u"role"_s)
            a.role = value;
        else if (key == u"project_dir"_s)
            a.projectDir = value;
        else if (key == u"log_file"_s)
            a.logFiles << value;
        else if (key == u"unit"_s)
            a.units << value;
        else if (key == u"port"_s)
            a.ports << value.toInt();
        else if (key == u"@user"_s)
            a.userExists = value == u"yes"_s;
        else if (key == u"@sshd"_s)
            a.sshdBlock = value == u"yes"_s;
        else if (key == u"@sudo"_s)
            a.sudoRule = value == u"yes"_s;
        else if (key == u"@key"_s)
            a.keyFingerprint = value.section(u' ', 1, 1);
    }
    return accounts;
}

} // namespace capataz::access
