#include "access/AccessPlan.h"

#include "access/AccessSshdStep.h"
#include "plan/CommandStep.h"
#include "plan/FileWriteStep.h"
#include "remote/Receive.h"

#include <QRegularExpression>

namespace capataz::access {

using namespace Qt::Literals::StringLiterals;

namespace {

// $1 account  $2 shell (the dispatcher)
const QString kUserCheck = uR"SH(line=$(getent passwd "$1") || exit 1
[ "$(printf '%s' "$line" | cut -d: -f7)" = "$2" ] || exit 1
[ "$(getent shadow "$1" | cut -d: -f2)" = '*' ]
)SH"_s;
const QString kUserApply = uR"SH(if getent passwd "$1" >/dev/null; then
  usermod -s "$2" -p '*' "$1"
else
  useradd --system --no-create-home --home-dir / --shell "$2" --comment "Capataz access" "$1" &&
    usermod -p '*' "$1" && : >"$3/.created-$1"
fi
)SH"_s;
// Only a user this plan created is deleted again.
const QString kUserRollback = uR"SH([ -e "$2/.created-$1" ] || exit 0
pkill -KILL -u "$1" 2>/dev/null
userdel "$1" && rm -f -- "$2/.created-$1"
)SH"_s;

// $1 path; the rule on stdin. sudo ignores files in sudoers.d whose names hold a '.', so the
// temporary file and the previous version are never read as rules.
const QString kSudoApply = remote::receiveFunction() + uR"SH(f=$1 tmp=$1.capataz-new
umask 077
receive "$tmp" "$2" "$3" && chmod 0440 -- "$tmp" || exit 1
if ! out=$(visudo -cf "$tmp" 2>&1); then rm -f -- "$tmp"; echo "visudo refused the rule: $out" >&2; exit 1; fi
rm -f -- "$f.capataz-prev"
if [ -e "$f" ]; then cp -p -- "$f" "$f.capataz-prev" || exit 1; fi
mv -f -- "$tmp" "$f"
)SH"_s;
const QString kSudoRollback =
    uR"SH(if [ -e "$1.capataz-prev" ]; then mv -f -- "$1.capataz-prev" "$1"; else rm -f -- "$1"; fi
)SH"_s;
const QString kShaCheck = uR"SH([ -f "$1" ] && [ "$(sha256sum <"$1" | cut -d' ' -f1)" = "$2" ]
)SH"_s;

// Revoke: each removal keeps what it removed in the state folder until the plan ends well.
const QString kKillSessions = uR"SH(getent passwd "$1" >/dev/null || exit 0
pkill -KILL -u "$1" 2>/dev/null
exit 0
)SH"_s;
const QString kRemoveFile = uR"SH(f=$1 keep=$2
[ -e "$f" ] || exit 0
mkdir -p -- "$(dirname -- "$keep")" && chmod 700 -- "$(dirname -- "$keep")" && cp -p -- "$f" "$keep" && rm -f -- "$f"
)SH"_s;
const QString kRestoreFile = uR"SH([ -e "$2" ] || exit 0
mv -f -- "$2" "$1"
)SH"_s;
const QString kUserDelete = uR"SH(getent passwd "$1" >/dev/null || exit 0
mkdir -p -- "$2" && chmod 700 -- "$2" && getent passwd "$1" >"$2/passwd"
userdel "$1"
)SH"_s;
const QString kUserRestore = uR"SH([ -e "$2/passwd" ] || exit 0
getent passwd "$1" >/dev/null && exit 0
shell=$(cut -d: -f7 "$2/passwd")
useradd --system --no-create-home --home-dir / --shell "$shell" --comment "Capataz access" "$1" && usermod -p '*' "$1"
)SH"_s;

const QString kList = uR"SH(d=$1 self=$2
v=0
[ -x "$self" ] && v=$(sed -n 's/^VERSION=\([0-9][0-9]*\)$/\1/p' "$self" | head -n 1)
echo "@dispatcher ${v:-0}"
for c in "$d"/cpz-*.conf; do
  [ -f "$c" ] || continue
  a=$(basename -- "$c" .conf)
  echo "@account $a"
  grep -E '^(role|project_dir|log_file|unit|port) ' "$c"
  if getent passwd "$a" >/dev/null; then echo "@user yes"; else echo "@user no"; fi
  if [ -f "/etc/ssh/sshd_config.d/60-capataz-access-$a.conf" ]; then echo "@sshd yes"; else echo "@sshd no"; fi
  if [ -f "/etc/sudoers.d/capataz-access-$a" ]; then echo "@sudo yes"; else echo "@sudo no"; fi
  [ -f "$d/$a.keys" ] && echo "@key $(ssh-keygen -lf "$d/$a.keys" 2>/dev/null | head -n 1)"
done
exit 0
)SH"_s;

remote::Command rootScript(const QString& script, const QStringList& args)
{
    return std::move(remote::Command::script(script, args).asRoot());
}

} // namespace

plan::Plan grantPlan(const Grant& g)
{
    const QString account = g.account();
    // One sentence per role: the role is a word of the sentence in each language, not an id.
    plan::Plan p(
        g.role == store::Role::Owner
            ? plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Give %1 an owner's access (account %2)"),
                         {g.person, account})
            : plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Give %1 a support access (account %2)"),
                         {g.person, account}));

    auto folders = std::make_shared<plan::CommandStep>(
        u"access.folders"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Create Capataz's access folders")),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "%1 holds the dispatcher, %2 the accounts' settings and keys; both "
                                     "belong to root. They are left in place on rollback."),
                   {u"/usr/local/lib/capataz"_s, configDirectory()}),
        remote::Command(
            {u"install"_s, u"-d"_s, u"-m"_s, u"0755"_s, u"/usr/local/lib/capataz"_s, configDirectory()})
            .asRoot());
    folders->setCheck(remote::Command({u"test"_s, u"-d"_s, configDirectory(), u"-a"_s, u"-d"_s,
                                       u"/usr/local/lib/capataz"_s})
                          .asRoot());
    p.add(folders);

    plan::FileWriteStep::Options exe;
    exe.newFileMode = 0755;
    exe.asRoot = true;
    p.add(std::make_shared<plan::FileWriteStep>(
        u"access.dispatcher"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Install the access dispatcher %1"),
                   {dispatcherPath()}),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "The only program an access account can run. It accepts the read-only "
                                     "requests of the account's role, checks every word of them, and runs "
                                     "them with fixed arguments. Readable by anyone; the previous version is "
                                     "kept.")),
        dispatcherPath(), dispatcherScript(), exe));

    auto user = std::make_shared<plan::CommandStep>(
        u"access.user"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Create the system user %1"), {account}),
        plan::Text(QT_TRANSLATE_NOOP(
            "capataz::plan", "No password, no home folder, and the dispatcher as its shell, so even a "
                             "login that escaped sshd's rules would reach only the dispatcher. Not in "
                             "the docker group, which would equal root. Rollback deletes the user if "
                             "this plan created it.")),
        rootScript(kUserApply, {account, dispatcherPath(), configDirectory()}));
    user->setCheck(rootScript(kUserCheck, {account, dispatcherPath()}));
    user->setRollback(rootScript(kUserRollback, {account, configDirectory()}));
    p.add(user);

    plan::FileWriteStep::Options rootFile;
    rootFile.newFileMode = 0644;
    rootFile.asRoot = true;
    p.add(std::make_shared<plan::FileWriteStep>(
        u"access.config"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Write the account's settings %1"),
                   {configPath(account)}),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "Its role, the project, the log files, units and ports it may use. The "
                                     "dispatcher reads nothing else.")),
        configPath(account), configFile(g), rootFile));
    p.add(std::make_shared<plan::FileWriteStep>(
        u"access.key"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Write the account's public key %1"),
                   {keysPath(account)}),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "Owned by root, so the account cannot add keys; 'restrict' turns off "
                                     "terminals and forwarding but to the allowed ports.")),
        keysPath(account), keysFile(g), rootFile));

    const QByteArray rule = sudoersFile(g);
    auto sudo = std::make_shared<plan::CommandStep>(
        u"access.sudo"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Allow %1 to run only the dispatcher as root"),
                   {account}),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "The rule names one program (%1 --as-root), which checks each request "
                                     "again as root. visudo checks the file before it is put in place: a "
                                     "broken sudoers file would stop sudo for everyone."),
                   {dispatcherPath()}),
        rootScript(kSudoApply, QStringList{sudoersPath(account)} + remote::receiveArgs(rule)));
    sudo->setApplyInput(rule);
    sudo->setCheck(rootScript(kShaCheck, {sudoersPath(account), sha256Hex(rule)}));
    sudo->setRollback(rootScript(kSudoRollback, {sudoersPath(account)}));
    p.add(sudo);

    p.add(std::make_shared<AccessSshdStep>(
        u"access.sshd"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Limit %1 in sshd's settings"), {account}),
        plan::Text(
            QT_TRANSLATE_NOOP("capataz::plan",
                              "A Match block in %1: only public keys from the account's key file, every "
                              "request to the dispatcher, no terminal, no agent or X11 forwarding, TCP "
                              "forwarding only to the allowed loopback ports. sshd -t checks it before "
                              "the reload; a new login of yours must work afterwards, or the server puts "
                              "the previous settings back by itself."),
            {sshdDropInPath(account)}),
        account, sshdBlock(g)));
    return p;
}

plan::Plan revokePlan(const QString& account)
{
    plan::Plan p(plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Revoke the access account %1"), {account}));
    const QString keep = stateDirectory(account) + u"/revoked"_s;

    p.add(std::make_shared<AccessSshdStep>(
        u"access.sshd"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Remove %1's block from sshd"), {account}),
        plan::Text(QT_TRANSLATE_NOOP(
            "capataz::plan", "From now on the account cannot log in. sshd -t checks the change and a new "
                             "login of yours must work afterwards.")),
        account, QByteArray()));

    auto sessions = std::make_shared<plan::CommandStep>(
        u"access.sessions"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "End %1's open sessions"), {account}),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Logs and tunnels it has open now are closed.")),
        rootScript(kKillSessions, {account}));
    p.add(sessions);

    struct Removal {
        const char* id;
        const char* title;
        QString path;
        QString kept;
    };
    const Removal files[] = {
        {"access.sudo", QT_TRANSLATE_NOOP("capataz::plan", "Remove the sudoers rule %1"),
         sudoersPath(account), keep + u"/sudoers"_s},
        {"access.key", QT_TRANSLATE_NOOP("capataz::plan", "Remove the public key %1"), keysPath(account),
         keep + u"/keys"_s},
        {"access.config", QT_TRANSLATE_NOOP("capataz::plan", "Remove the account's settings %1"),
         configPath(account), keep + u"/conf"_s},
    };
    for (const Removal& r : files) {
        auto step = std::make_shared<plan::CommandStep>(
            QString::fromLatin1(r.id), plan::Text(r.title, {r.path}),
            plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Kept in %1 until the plan has ended, put back on "
                                                          "rollback."),
                       {keep}),
            rootScript(kRemoveFile, {r.path, r.kept}));
        step->setCheck(remote::Command({u"test"_s, u"!"_s, u"-e"_s, r.path}).asRoot());
        step->setRollback(rootScript(kRestoreFile, {r.path, r.kept}));
        p.add(step);
    }

    auto user = std::make_shared<plan::CommandStep>(
        u"access.user"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Delete the system user %1"), {account}),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "It owns no files: it had no home folder.")),
        rootScript(kUserDelete, {account, keep}));
    user->setCheck(rootScript(u"! getent passwd \"$1\" >/dev/null"_s, {account}));
    user->setRollback(rootScript(kUserRestore, {account, keep}));
    p.add(user);

    auto cleanup = std::make_shared<plan::CommandStep>(
        u"access.cleanup"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Forget what was kept for the rollback")),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Deletes %1: the account is gone."),
                   {stateDirectory(account)}),
        remote::Command({u"rm"_s, u"-rf"_s, u"--"_s, stateDirectory(account)}).asRoot());
    p.add(cleanup);
    return p;
}

remote::Command listCommand()
{
    return rootScript(kList, {configDirectory(), dispatcherPath()});
}

} // namespace capataz::access
