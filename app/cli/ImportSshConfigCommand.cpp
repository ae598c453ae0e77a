// capataz-cli servers import-ssh-config [--file PATH] [--dry-run] [--json]
#include "CliContext.h"
#include "ErrorHints.h"
#include "ProfileOutput.h"
#include "ServersCommand.h"
#include "ssh/SshConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"servers import-ssh-config"_s;

QString noteKindName(ssh::SshConfigNote::Kind kind)
{
    switch (kind) {
    case ssh::SshConfigNote::SkippedPattern:
        return u"skipped-pattern"_s;
    case ssh::SshConfigNote::SkippedMatch:
        return u"skipped-match"_s;
    case ssh::SshConfigNote::UnsupportedOption:
        return u"unsupported-option"_s;
    case ssh::SshConfigNote::IncludeNotFound:
        return u"include-not-found"_s;
    case ssh::SshConfigNote::Malformed:
        return u"malformed"_s;
    }
    return u"malformed"_s;
}

QString noteText(const ssh::SshConfigNote& note)
{
    switch (note.kind) {
    case ssh::SshConfigNote::SkippedPattern:
        return u"Host pattern '"_s + note.text + u"' skipped: a pattern is not a server"_s;
    case ssh::SshConfigNote::SkippedMatch:
        return u"Match criterion not evaluated (exec, localnetwork, tagged, command, version): the block "
               u"was taken as not applying ("_s +
               note.text + u')';
    case ssh::SshConfigNote::UnsupportedOption:
        return u"unknown %-token kept as written: "_s + note.text;
    case ssh::SshConfigNote::IncludeNotFound:
        return u"Include file not found: "_s + note.text;
    case ssh::SshConfigNote::Malformed:
        return u"line not understood: "_s + note.text;
    }
    return note.text;
}

QString localUserName(const QString& fromEnv)
{
    if (!fromEnv.isEmpty())
        return fromEnv;
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

store::ServerProfile profileFor(const ssh::SshConfigHost& h, const QString& localUser)
{
    store::ServerProfile p;
    p.name = h.alias;
    p.host = h.hostName;
    p.port = h.port > 0 ? h.port : 22;
    p.user = h.user.isEmpty() ? localUser : h.user;
    if (!h.identityFiles.isEmpty()) {
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = h.identityFiles.constFirst();
    }
    p.jumpHost = h.proxyJump;
    return p;
}

QString where(const QString& file, int line)
{
    return file + u':' + QString::number(line);
}

} // namespace

int runImportSshConfig(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption fileOption(u"file"_s, u"The ssh_config file to read (default: ~/.ssh/config)."_s,
                                        u"PATH"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s, u"Show what would be imported; change nothing."_s);
    const QCommandLineOption jsonOption(u"json"_s,
                                        u"Print JSON: {file, dryRun, imported, skipped, notes}."_s);
    parser.addOptions({fileOption, dryRunOption, jsonOption});
    if (auto exit = ctx.parse(
            parser, args,
            {kCommand, u"[--file PATH] [--dry-run] [--json]"_s,
             u"Add a profile for each concrete Host of an OpenSSH client config, resolved as ssh -G "
             u"resolves it (Match blocks included). Patterns are skipped, names that exist already "
             u"are left alone."_s}))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return CliContext::usageError(u"import-ssh-config takes no arguments (use --file PATH)"_s, kCommand);

    auto opts = ssh::SshConfigParseOptions::forLocalUser(); // real file reads and globs for Include
    opts.localUser = localUserName(opts.localUser);
    if (parser.isSet(fileOption))
        opts.configPath = QFileInfo(parser.value(fileOption)).absoluteFilePath();
    QFile file(opts.configPath);
    if (!file.open(QIODevice::ReadOnly))
        return CliContext::reportError(
            Error{ErrorCode::LocalFileError,
                  u"cannot read "_s + opts.configPath + u": "_s + file.errorString()},
            QCoreApplication::translate("capataz::cli", "Name the file with --file PATH."), ExitFailure);
    const ssh::SshConfigImport parsed = ssh::parseSshConfig(QString::fromUtf8(file.readAll()), opts);

    auto store = ctx.servers();
    if (!store)
        return CliContext::reportError(store.error(), storeHint(store.error()), ExitFailure);
    auto existing = (*store)->list();
    if (!existing)
        return CliContext::reportError(existing.error(), storeHint(existing.error()), ExitFailure);
    QSet<QString> taken;
    for (const auto& p : *existing)
        taken.insert(p.name.toCaseFolded());

    const bool dryRun = parser.isSet(dryRunOption);
    QJsonArray imported, skipped, notes;
    QString importedText, skippedText, notesText;
    for (const ssh::SshConfigHost& h : parsed.hosts) {
        const store::ServerProfile p = profileFor(h, opts.localUser);
        auto skip = [&](const QString& reason, const QString& detail) {
            skipped.append(QJsonObject{{u"name"_s, h.alias},
                                       {u"reason"_s, reason},
                                       {u"detail"_s, detail},
                                       {u"file"_s, h.file},
                                       {u"line"_s, h.line}});
            skippedText += u"  "_s + h.alias + u": "_s + detail + u" ("_s + where(h.file, h.line) + u")\n"_s;
        };
        if (taken.contains(p.name.toCaseFolded())) {
            skip(u"exists"_s, u"a server with this name exists already"_s);
            continue;
        }
        if (auto valid = p.validate(); !valid) {
            skip(u"invalid"_s, valid.error().detail);
            continue;
        }
        if (!dryRun) {
            if (auto added = (*store)->add(p); !added)
                return CliContext::reportError(added.error(), storeHint(added.error()), ExitFailure);
        }
        taken.insert(p.name.toCaseFolded());
        QJsonObject o = profileToJson(p);
        o.insert(u"file"_s, h.file);
        o.insert(u"line"_s, h.line);
        imported.append(o);
        importedText += u"  "_s + p.name + u"  "_s + profileAddress(p) + u"  "_s +
                        store::authMethodName(p.auth) + (p.keyPath.isEmpty() ? QString() : u' ' + p.keyPath) +
                        (p.jumpHost.isEmpty() ? QString() : u"  via "_s + p.jumpHost) + u"  ("_s +
                        where(h.file, h.line) + u")\n"_s;
    }
    for (const ssh::SshConfigNote& n : parsed.notes) {
        notes.append(QJsonObject{{u"kind"_s, noteKindName(n.kind)},
                                 {u"text"_s, n.text},
                                 {u"file"_s, n.file},
                                 {u"line"_s, n.line}});
        notesText += u"  "_s + where(n.file, n.line) + u": "_s + noteText(n) + u'\n';
    }

    if (parser.isSet(jsonOption)) {
        printJson(QJsonObject{{u"file"_s, opts.configPath},
                              {u"dryRun"_s, dryRun},
                              {u"imported"_s, imported},
                              {u"skipped"_s, skipped},
                              {u"notes"_s, notes}});
        return ExitOk;
    }
    QString text = (dryRun ? u"Would import "_s : u"Imported "_s) + QString::number(imported.size()) +
                   (imported.size() == 1 ? u" server from "_s : u" servers from "_s) + opts.configPath +
                   (imported.isEmpty() ? u".\n"_s : u":\n"_s) + importedText;
    if (!skipped.isEmpty())
        text += u"Skipped:\n"_s + skippedText;
    if (!notes.isEmpty())
        text += u"Notes:\n"_s + notesText;
    CliContext::print(text);
    return ExitOk;
}

} // namespace capataz::cli
