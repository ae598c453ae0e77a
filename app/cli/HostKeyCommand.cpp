#include "HostKeyCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "HostKeyText.h"
#include "ProfileOutput.h"
#include "ssh/Connection.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"hostkey"_s;

enum class Outcome { Pending, Known, Accepted, Unknown, Changed, Revoked, Failed };

QString outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Known:
        return u"known"_s;
    case Outcome::Accepted:
        return u"accepted"_s;
    case Outcome::Unknown:
        return u"unknown"_s;
    case Outcome::Changed:
        return u"changed"_s;
    case Outcome::Revoked:
        return u"revoked"_s;
    case Outcome::Pending:
    case Outcome::Failed:
        break;
    }
    return u"failed"_s;
}

struct SeenKey {
    ssh::HostKeyInfo info;
    bool jump = false;
    Outcome outcome = Outcome::Pending;
};

QString where(const ssh::HostKeyInfo& info)
{
    return info.knownFile + u':' + QString::number(info.knownLine);
}

QString statusText(const SeenKey& k, const QString& writeFile)
{
    switch (k.outcome) {
    case Outcome::Known:
        return u"known (" + where(k.info) + u')';
    case Outcome::Accepted:
        return u"accepted: it was unknown and is now remembered in "_s + writeFile;
    case Outcome::Unknown:
        return u"unknown: not trusted yet. If this fingerprint is the server's, run again with --accept-new."_s;
    case Outcome::Changed:
        return u"CHANGED: "_s + where(k.info) +
               u" holds another key for this server. Someone may be intercepting the connection, or the "
               u"server was "
               u"reinstalled; connections are refused until you remove that line."_s;
    case Outcome::Revoked:
        return u"REVOKED: marked @revoked in "_s + where(k.info) + u"; connections are refused."_s;
    case Outcome::Pending:
    case Outcome::Failed:
        break;
    }
    return u"not decided"_s;
}

QJsonObject keyToJson(const SeenKey& k)
{
    const QByteArray blob = QByteArray::fromBase64(k.info.blobBase64.toLatin1());
    return QJsonObject{{u"host"_s, k.info.host},
                       {u"port"_s, k.info.port},
                       {u"jump"_s, k.jump},
                       {u"keyType"_s, k.info.keyType},
                       {u"bits"_s, hostKeyBits(blob, k.info.keyType)},
                       {u"fingerprint"_s, k.info.fingerprint},
                       {u"status"_s, outcomeName(k.outcome)},
                       {u"knownFile"_s, k.info.knownFile},
                       {u"knownLine"_s, k.info.knownLine}};
}

int exitFor(Outcome o)
{
    switch (o) {
    case Outcome::Known:
    case Outcome::Accepted:
        return HostKeyKnown;
    case Outcome::Unknown:
        return HostKeyUnknown;
    case Outcome::Changed:
    case Outcome::Revoked:
        return HostKeyChanged;
    case Outcome::Pending:
    case Outcome::Failed:
        break;
    }
    return ExitSsh;
}

} // namespace

int runHostKeyCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption acceptNew(
        u"accept-new"_s, u"If the key is unknown, trust it and remember it in Capataz's known_hosts."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON: {server, status, keys: [...]}."_s);
    parser.addOptions({acceptNew, jsonOption});
    parser.addPositionalArgument(u"SERVER"_s, u"The server profile."_s);
    if (auto exit = ctx.parse(parser, args,
                              {kCommand, u"SERVER [--accept-new] [--json]"_s,
                               u"Connect to a server only as far as its host key, show the key's SHA256 "
                               u"fingerprint and whether it is known. Exit 0: known or accepted, 1: unknown, "
                               u"3: changed or revoked, 255: no key could be fetched."_s}))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return CliContext::usageError(u"hostkey needs exactly one SERVER"_s, kCommand);
    const QString server = parser.positionalArguments().constFirst();

    // 1 means "unknown key" here: a missing profile or database is "no key fetched" (255).
    auto found = findServer(ctx, server, ExitSsh, ExitSsh);
    if (!found)
        return found.error();
    auto& [store, profile] = *found;
    // No secrets: the connection stops before authentication.
    auto settings = client::settingsForProfile(profile, store, {}, ssh::HostKeyPolicy::Ask);
    if (!settings)
        return CliContext::reportError(settings.error(), connectionHint(settings.error(), server), ExitUsage);

    const bool accept = parser.isSet(acceptNew);
    auto isTarget = [&](const ssh::HostKeyInfo& i) {
        return i.host == settings->host && i.port == settings->port;
    };
    ssh::Connection conn(*settings);
    QEventLoop loop;
    QList<SeenKey> keys;
    Outcome outcome = Outcome::Pending;
    bool awaitingWrite = false; // the target's key was accepted: wait until it is written
    Error failure;
    auto decide = [&](Outcome o) {
        if (outcome != Outcome::Pending)
            return; // the first decision stands (a refused key is followed by `failed`)
        outcome = o;
        loop.quit();
    };
    QObject::connect(&conn, &ssh::Connection::hostKeyReceived, &loop, [&](const ssh::HostKeyInfo& info) {
        SeenKey k{info, !isTarget(info), Outcome::Unknown};
        switch (info.status) {
        case ssh::HostKeyInfo::Status::Matches:
            k.outcome = Outcome::Known;
            break;
        case ssh::HostKeyInfo::Status::Changed:
            k.outcome = Outcome::Changed;
            break;
        case ssh::HostKeyInfo::Status::Revoked:
            k.outcome = Outcome::Revoked;
            break;
        case ssh::HostKeyInfo::Status::Unknown:
            break;
        }
        keys << k;
        if (k.outcome == Outcome::Changed || k.outcome == Outcome::Revoked ||
            (!k.jump && k.outcome == Outcome::Known))
            decide(k.outcome);
    });
    QObject::connect(&conn, &ssh::Connection::hostKeyConfirmationRequested, &loop,
                     [&](const ssh::HostKeyInfo&) {
                         if (!accept) {
                             conn.rejectHostKey();
                             decide(Outcome::Unknown);
                             return;
                         }
                         keys.last().outcome = Outcome::Accepted;
                         awaitingWrite = !keys.last().jump;
                         conn.acceptHostKey(true);
                     });
    QObject::connect(&conn, &ssh::Connection::stateChanged, &loop, [&](ssh::ConnectionState s) {
        if (awaitingWrite &&
            (s == ssh::ConnectionState::Authenticating || s == ssh::ConnectionState::Connected))
            decide(Outcome::Accepted);
    });
    QObject::connect(&conn, &ssh::Connection::failed, &loop, [&](const Error& e) {
        failure = e;
        decide(Outcome::Failed);
    });
    conn.connectToHost();
    if (outcome == Outcome::Pending)
        loop.exec();

    if (outcome == Outcome::Failed && !keys.isEmpty() && keys.last().outcome == Outcome::Unknown)
        outcome = Outcome::Unknown; // a jump host's unknown key was refused on the way
    if (outcome == Outcome::Failed && keys.isEmpty())
        return CliContext::reportError(failure, connectionHint(failure, server), ExitSsh);
    if (outcome == Outcome::Failed) // e.g. the accepted key could not be written
        CliContext::reportError(failure, connectionHint(failure, server), ExitSsh);

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const SeenKey& k : std::as_const(keys))
            list.append(keyToJson(k));
        printJson(
            QJsonObject{{u"server"_s, profile.name}, {u"status"_s, outcomeName(outcome)}, {u"keys"_s, list}});
    } else {
        QString text;
        for (const SeenKey& k : std::as_const(keys)) {
            text += hostKeyLine(k.info) + (k.jump ? u"  [jump host]\n"_s : u"\n"_s);
            text += u"  "_s + statusText(k, settings->knownHostsWriteFile) + u'\n';
        }
        CliContext::print(text);
    }
    return exitFor(outcome);
}

} // namespace capataz::cli
