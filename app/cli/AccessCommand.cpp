#include "AccessCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "PlanRun.h"
#include "access/AccessPlan.h"
#include "access/KeyPair.h"
#include "exec/Exec.h"
#include "ssh/Connection.h"
#include "store/RolePolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"access"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

// Runs one command over `conn` and waits for it.
Result<exec::Output> runAndWait(ssh::Connection& conn, remote::Command command)
{
    QObject owner;
    return awaitResult<exec::Output>([&](auto done) {
        exec::runChecked(&conn, &owner, exec::Request(std::move(command)), std::move(done));
    });
}

QJsonObject accountJson(const access::Account& a)
{
    QJsonArray ports;
    for (int p : a.ports)
        ports.append(p);
    return {{u"account"_s, a.name},
            {u"role"_s, a.role},
            {u"projectDir"_s, a.projectDir},
            {u"logFiles"_s, QJsonArray::fromStringList(a.logFiles)},
            {u"units"_s, QJsonArray::fromStringList(a.units)},
            {u"ports"_s, ports},
            {u"key"_s, a.keyFingerprint},
            {u"complete"_s, a.complete()}};
}

int printAccounts(const QList<access::Account>& accounts, bool json)
{
    if (json) {
        QJsonArray rows;
        for (const access::Account& a : accounts)
            rows.append(accountJson(a));
        CliContext::print(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (accounts.isEmpty()) {
        CliContext::print(tr("No access accounts on this server.") + u'\n');
        return ExitOk;
    }
    for (const access::Account& a : accounts) {
        QStringList ports;
        for (int p : a.ports)
            ports << QString::number(p);
        CliContext::print(
            u"%1  %2  %3\n"_s.arg(a.name, a.role, a.complete() ? tr("complete") : tr("INCOMPLETE")));
        CliContext::print(u"    "_s + tr("project: %1").arg(a.projectDir) + u'\n');
        if (!a.logFiles.isEmpty())
            CliContext::print(u"    "_s + tr("log files: %1").arg(a.logFiles.join(u", "_s)) + u'\n');
        if (!a.units.isEmpty())
            CliContext::print(u"    "_s + tr("units: %1").arg(a.units.join(u", "_s)) + u'\n');
        if (!ports.isEmpty())
            CliContext::print(u"    "_s + tr("loopback ports: %1").arg(ports.join(u", "_s)) + u'\n');
        if (!a.keyFingerprint.isEmpty())
            CliContext::print(u"    "_s + tr("key: %1").arg(a.keyFingerprint) + u'\n');
    }
    return ExitOk;
}

} // namespace

int runAccessCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption role(u"role"_s, u"grant: support or owner."_s, u"ROLE"_s);
    const QCommandLineOption publicKey(u"public-key"_s, u"grant: the person's public key file (.pub)."_s,
                                       u"FILE"_s);
    const QCommandLineOption newKey(
        u"new-key"_s, u"grant: make a new key pair here, FILE and FILE.pub, to hand to the person."_s,
        u"FILE"_s);
    const QCommandLineOption logFile(u"log-file"_s, u"grant, support: a log file it may read (repeatable)."_s,
                                     u"PATH"_s);
    const QCommandLineOption unit(u"unit"_s, u"grant, support: a systemd unit whose journal it may read."_s,
                                  u"UNIT"_s);
    const QCommandLineOption port(u"port"_s, u"grant: another loopback port it may reach (repeatable)."_s,
                                  u"PORT"_s);
    const QCommandLineOption addProfile(
        u"add-profile"_s,
        u"grant: also add a profile on this computer for the new account (with --new-key)."_s, u"NAME"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"grant, revoke: only check and show the plan."_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON."_s);
    const QCommandLineOption acceptNew(u"accept-new"_s,
                                       u"Trust the server's host key if none is known yet."_s);
    const QCommandLineOption password(u"password-stdin"_s, u"Read the login password from stdin first."_s);
    const QCommandLineOption sudoPassword(u"sudo-password-stdin"_s, u"Read the sudo password from stdin."_s);
    parser.addOptions({role, publicKey, newKey, logFile, unit, port, addProfile, dryRun, json, acceptNew,
                       password, sudoPassword});
    parser.addPositionalArgument(u"SERVER"_s, u"An administrator's profile of the server."_s);
    parser.addPositionalArgument(u"ACTION"_s, u"list, grant PERSON, revoke ACCOUNT, or hello."_s);
    if (auto exit = ctx.parse(
            parser, args,
            {kCommand,
             u"SERVER list | grant PERSON --role support|owner (--public-key FILE | --new-key FILE) "
             u"[--log-file PATH]... [--unit UNIT]... [--port N]... [--add-profile NAME] [--dry-run] | "
             u"revoke ACCOUNT [--dry-run] | hello"_s,
             u"Accounts on the server for support staff and owners that can do only what their role "
             u"allows, enforced by the server (an sshd Match block, a fixed dispatcher, a sudoers rule "
             u"for it alone). grant, revoke and list need an administrator's profile; hello checks an "
             u"access account's own profile (--sudo access) and prints its role."_s}))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 2)
        return CliContext::usageError(u"access needs SERVER and an action (list, grant, revoke, hello)"_s,
                                      kCommand);
    const QString server = pos[0];
    const QString action = pos[1];
    if (action != u"list"_s && action != u"grant"_s && action != u"revoke"_s && action != u"hello"_s)
        return CliContext::usageError(u"unknown action '%1' (list, grant, revoke, hello)"_s.arg(action),
                                      kCommand);
    if ((action == u"grant"_s || action == u"revoke"_s) && pos.size() != 3)
        return CliContext::usageError(action == u"grant"_s ? u"grant needs the PERSON it is for"_s
                                                           : u"revoke needs the ACCOUNT (see list)"_s,
                                      kCommand);

    auto found = findServer(ctx, server, ExitUsage);
    if (!found)
        return found.error();
    auto& [store, profile] = *found;
    if (action != u"hello"_s && !(action != u"list"_s && parser.isSet(dryRun))) {
        if (auto allowed = store::mayChangeServer(profile); !allowed)
            return CliContext::reportError(
                allowed.error(),
                tr("Giving and revoking access needs an administrator's profile of the server."),
                ExitRoleNotAllowed);
    }

    access::Grant grant;
    QString privateKeyPath;
    if (action == u"grant"_s) {
        const auto r = store::roleFromName(parser.value(role));
        if (!r || *r == store::Role::Admin)
            return CliContext::usageError(u"grant needs --role support or --role owner"_s, kCommand);
        if (parser.isSet(publicKey) == parser.isSet(newKey))
            return CliContext::usageError(u"grant needs either --public-key FILE or --new-key FILE"_s,
                                          kCommand);
        if (parser.isSet(addProfile) && !parser.isSet(newKey))
            return CliContext::usageError(
                u"--add-profile goes with --new-key (the profile needs the private key)"_s, kCommand);
        grant = access::grantForProfile(profile, *r, pos[2], QString());
        grant.logFiles = parser.values(logFile);
        grant.units = parser.values(unit);
        for (const QString& v : parser.values(port)) {
            bool ok = false;
            grant.ports << v.toInt(&ok);
            if (!ok)
                return CliContext::usageError(u"--port needs a number, not '%1'"_s.arg(v), kCommand);
        }
        if (auto v = grant.validate(access::Grant::KeyCheck::Later); !v)
            return CliContext::reportError(v.error(), tr("Correct the value named and run it again."),
                                           ExitUsage);
        if (parser.isSet(publicKey)) {
            auto key = access::readPublicKeyFile(parser.value(publicKey));
            if (!key)
                return CliContext::reportError(key.error(), tr("Give the person's public key file (.pub)."),
                                               ExitUsage);
            grant.publicKey = *key;
        } else if (!parser.isSet(dryRun)) {
            privateKeyPath = QFileInfo(parser.value(newKey)).absoluteFilePath();
            QObject context;
            auto key = awaitResult<QString>([&](auto done) {
                access::makeKeyPair(privateKeyPath, u"capataz-access-%1@%2"_s.arg(grant.account(), server),
                                    &context, std::move(done));
            });
            if (!key)
                return CliContext::reportError(key.error(), tr("Choose another file for the new key."),
                                               ExitUsage);
            grant.publicKey = *key;
        } else {
            grant.publicKey = u"ssh-ed25519 (a-new-key-is-made-when-the-plan-is-applied)"_s; // preview only
        }
        const bool keyKnown = parser.isSet(publicKey) || !parser.isSet(dryRun);
        if (auto v = grant.validate(keyKnown ? access::Grant::KeyCheck::Now : access::Grant::KeyCheck::Later);
            !v)
            return CliContext::reportError(v.error(), tr("Give a valid OpenSSH public key."), ExitUsage);
    }

    auto conn =
        connectProfile(ctx, profile, store,
                       {.passwordFromStdin = parser.isSet(password),
                        .sudoPasswordFromStdin = parser.isSet(sudoPassword),
                        .needsSudoPassword = profile.sudo == remote::SudoMode::Password},
                       parser.isSet(acceptNew) ? ssh::HostKeyPolicy::AcceptNew : ssh::HostKeyPolicy::Strict);
    if (!conn)
        return conn.error();

    if (action == u"hello"_s) {
        auto r = runAndWait(**conn, access::helloCommand());
        if (!r)
            return CliContext::reportError(
                r.error(), tr("This profile is not an access account, or its account was revoked."),
                ExitFailure);
        const auto hello = access::parseHello(r->out);
        if (!hello)
            return CliContext::reportError(
                Error{ErrorCode::ProtocolError, QString::fromUtf8(r->out).trimmed()},
                tr("The server's dispatcher answered something else; give access again."), ExitFailure);
        if (parser.isSet(json))
            CliContext::print(QString::fromUtf8(QJsonDocument(QJsonObject{{u"account"_s, hello->user},
                                                                          {u"role"_s, hello->role},
                                                                          {u"version"_s, hello->version}})
                                                    .toJson(QJsonDocument::Compact)) +
                              u'\n');
        else
            CliContext::print(tr("Access account %1, role %2: the server allows only what this role may do.")
                                  .arg(hello->user, hello->role) +
                              u'\n');
        return ExitOk;
    }
    if (action == u"list"_s) {
        auto r = runAndWait(**conn, access::listCommand());
        if (!r)
            return CliContext::reportError(r.error(), connectionHint(r.error(), server), ExitFailure);
        return printAccounts(access::parseAccountList(r->out), parser.isSet(json));
    }

    const QString account = action == u"grant"_s ? grant.account() : pos[2];
    if (action == u"revoke"_s &&
        (!account.startsWith(u"cpz-"_s) || account != access::Grant::accountName(account.mid(4))))
        return CliContext::usageError(
            u"'%1' is not an access account's name (cpz-...; see list)"_s.arg(account), kCommand);
    NamedPlan named{action == u"grant"_s ? u"access-grant"_s : u"access-revoke"_s,
                    action == u"grant"_s ? access::grantPlan(grant) : access::revokePlan(account)};
    RunState state;
    state.json = parser.isSet(json);
    state.dryRun = parser.isSet(dryRun);
    auto audit = ctx.auditLog();
    if (!audit)
        return CliContext::reportError(audit.error(), QString(), ExitFailure);
    state.audit = *audit;
    const bool ok = runOne(named, **conn, server, state);
    if (!ok && !privateKeyPath.isEmpty()) {
        // The key pair was made for this grant only: nothing on the server takes it now.
        QFile::remove(privateKeyPath);
        QFile::remove(privateKeyPath + u".pub"_s);
    }
    if (state.json)
        CliContext::print(QString::fromUtf8(QJsonDocument(QJsonObject{{u"server"_s, server},
                                                                      {u"account"_s, account},
                                                                      {u"ok"_s, ok},
                                                                      {u"dryRun"_s, state.dryRun},
                                                                      {u"steps"_s, state.steps}})
                                                .toJson(QJsonDocument::Indented)));
    if (!ok)
        return ExitFailure;
    if (state.dryRun)
        return ExitOk;
    if (action == u"grant"_s && !state.json) {
        CliContext::print(
            tr("Access given: account %1 (%2) on %3.").arg(account, store::roleName(grant.role), server) +
            u'\n');
        if (!privateKeyPath.isEmpty())
            CliContext::print(
                tr("Its private key: %1 (hand it to the person; it has no passphrase).").arg(privateKeyPath) +
                u'\n');
    }
    if (action == u"grant"_s && parser.isSet(addProfile)) {
        store::ServerProfile p;
        p.name = parser.value(addProfile);
        p.host = profile.host;
        p.port = profile.port;
        p.jumpHost = profile.jumpHost;
        p.knownHostsFile = profile.knownHostsFile;
        p.user = account;
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = privateKeyPath;
        p.sudo = remote::SudoMode::Access;
        p.role = grant.role;
        p.projectDir = grant.projectDir;
        auto added = store->add(p);
        if (!added)
            return CliContext::reportError(added.error(), storeHint(added.error()), ExitFailure);
        if (!state.json)
            CliContext::print(tr("Profile %1 added for the account.").arg(p.name) + u'\n');
    }
    if (action == u"revoke"_s && !state.json)
        CliContext::print(tr("Access revoked: %1 can no longer log in to %2.").arg(account, server) + u'\n');
    return ExitOk;
}

} // namespace capataz::cli
