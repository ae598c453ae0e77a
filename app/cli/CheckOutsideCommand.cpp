#include "CheckOutsideCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "ProfileOutput.h"
#include "health/CertificateSummary.h"
#include "health/OutsideCheck.h"
#include "health/PublishedPorts.h"
#include "logs/ComposeLogSource.h"
#include "ssh/Connection.h"
#include "stack/RecipeLoader.h"
#include "store/RolePolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"check-outside"_s;
constexpr int ExitProblems = 3;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

std::optional<QList<int>> portList(const QStringList& values)
{
    QList<int> out;
    for (const QString& v : values)
        for (const QString& part : v.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int p = part.trimmed().toInt(&ok);
            if (!ok || p < 1 || p > 65535)
                return std::nullopt;
            out << p;
        }
    return out;
}

// The published ports through SSH (the profile's compose project); prints a warning and returns
// nothing when they cannot be read.
std::expected<QList<int>, int> readPublished(CliContext& ctx, const store::ServerProfile& profile,
                                             const store::ServerStore* store)
{
    auto conn =
        connectProfile(ctx, profile, store, {.needsSudoPassword = profile.sudo == remote::SudoMode::Password},
                       ssh::HostKeyPolicy::Strict);
    if (!conn)
        return std::unexpected(conn.error());
    const setup::SetupTarget target = logs::defaultComposeTarget(profile.projectDir, stack::builtinRecipes());
    QEventLoop loop;
    QObject owner;
    std::optional<Result<QList<int>>> got;
    health::readPublishedPorts(plan::StepContext{conn->get(), &owner, {}}, target.projectDir,
                               target.composeFiles, target.profiles, [&](Result<QList<int>> r) {
                                   got = std::move(r);
                                   loop.quit();
                               });
    if (!got)
        loop.exec();
    if (!*got) {
        CliContext::warn(
            tr("could not read the ports the compose project publishes (%1); only the usual ports "
               "are probed.")
                .arg(got->error().toString()));
        return QList<int>{};
    }
    return **got;
}

QJsonObject reportJson(const health::OutsideReport& r)
{
    QJsonArray ports;
    for (const health::ProbedPort& p : r.ports)
        ports.append(QJsonObject{{u"port"_s, p.port},
                                 {u"role"_s, health::portRoleName(p.role)},
                                 {u"intended_open"_s, health::isIntendedOpen(p.role)},
                                 {u"state"_s, net::PortProbe::stateName(p.state)}});
    QJsonArray findings;
    for (const health::OutsideFinding& f : r.findings)
        findings.append(QJsonObject{{u"code"_s, f.code()},
                                    {u"severity"_s, f.severity() == health::OutsideFinding::Severity::Problem
                                                        ? u"problem"_s
                                                        : u"warning"_s},
                                    {u"port"_s, f.port},
                                    {u"message"_s, f.sentence()},
                                    {u"why"_s, f.why()},
                                    {u"fix_step"_s, f.wizardStep()},
                                    {u"detail"_s, f.detail}});
    QJsonObject o{{u"address"_s, r.address},
                  {u"date"_s, r.date.toString(Qt::ISODate)},
                  {u"ports"_s, ports},
                  {u"findings"_s, findings}};
    if (r.tls)
        o.insert(u"certificate"_s,
                 QJsonObject{{u"verified"_s, r.tls->verified},
                             {u"subject"_s, r.tls->leaf.subjectCommonName},
                             {u"names"_s, QJsonArray::fromStringList(r.tls->leaf.subjectAltNames)},
                             {u"not_after"_s, r.tls->leaf.notAfter.toString(Qt::ISODate)},
                             {u"days_left"_s, r.tls->daysLeft},
                             {u"errors"_s, QJsonArray::fromStringList(r.tls->verificationErrors)}});
    else if (!r.tlsError.isEmpty())
        o.insert(u"certificate_error"_s, r.tlsError);
    if (r.http)
        o.insert(u"http"_s, QJsonObject{{u"status"_s, r.http->status},
                                        {u"location"_s, r.http->location},
                                        {u"redirects_to_https"_s, r.http->toHttps()}});
    else if (!r.httpError.isEmpty())
        o.insert(u"http_error"_s, r.httpError);
    return o;
}

void printText(const health::OutsideReport& r)
{
    QString t = tr("Seen from this computer: %1").arg(r.address) + u"\n\n"_s;
    QList<QStringList> rows;
    for (const health::ProbedPort& p : r.ports)
        rows << QStringList{QString::number(p.port), net::PortProbe::stateName(p.state),
                            health::isIntendedOpen(p.role) ? tr("should answer") : tr("should not answer"),
                            health::portRoleName(p.role)};
    t += formatTable({tr("PORT"), tr("STATE"), tr("EXPECTED"), tr("WHY PROBED")}, rows);
    if (r.tls)
        t += u'\n' + tr("Certificate: %1").arg(health::certificateSummary(r.tls->leaf, r.date)) + u'\n';
    if (r.http)
        t += tr("HTTP on port 80: %1 %2").arg(r.http->status).arg(r.http->location) + u'\n';
    if (r.findings.isEmpty()) {
        t += u'\n' + tr("Nothing wrong found.") + u'\n';
    } else {
        t += u'\n';
        for (const health::OutsideFinding& f : r.findings) {
            t += (f.severity() == health::OutsideFinding::Severity::Problem ? tr("Problem: %1")
                                                                            : tr("Warning: %1"))
                     .arg(f.sentence()) +
                 u'\n';
            t += u"  "_s + f.why() + u'\n';
            if (!f.wizardStep().isEmpty())
                t += u"  "_s +
                     tr("Fixed by the setup step \"%1\" (capataz-cli plan SERVER %1).").arg(f.wizardStep()) +
                     u'\n';
        }
    }
    CliContext::print(t);
}

} // namespace

int runCheckOutsideCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption name(u"name"_s, tr("The public name of the site, checked in the certificate."),
                                  u"NAME"_s);
    const QCommandLineOption allow(u"allow"_s,
                                   tr("A port allowed to be public besides SSH, 80 and 443 (repeat, or "
                                      "separate with commas)."),
                                   u"PORT"_s);
    const QCommandLineOption published(u"published"_s,
                                       tr("A port the compose project publishes (repeat, or separate "
                                          "with commas)."),
                                       u"PORT"_s);
    const QCommandLineOption readCompose(
        u"read-compose"_s, tr("Also read the ports the compose project publishes, through SSH."));
    const QCommandLineOption noWeb(u"no-web"_s, tr("Only the ports: no certificate and no redirect check."));
    const QCommandLineOption caFile(u"ca-file"_s, tr("Trust this CA (PEM) besides the system's."), u"PEM"_s);
    const QCommandLineOption timeout(u"timeout"_s, tr("Seconds to wait for each probe (default 4)."),
                                     u"SECONDS"_s);
    const QCommandLineOption json(u"json"_s,
                                  tr("Print JSON: {address, ports, certificate, http, findings}."));
    parser.addOptions({name, allow, published, readCompose, noWeb, caFile, timeout, json});
    parser.addPositionalArgument(u"SERVER"_s, tr("The server profile."), u"SERVER"_s);
    if (auto stop =
            ctx.parse(parser, args,
                      {kCommand,
                       u"SERVER [--name NAME] [--allow PORT]... [--published PORT]... [--read-compose] "
                       u"[--no-web] [--ca-file PEM] [--timeout SECONDS] [--json]"_s,
                       tr("Checks the server from this computer, as the internet sees it: which ports "
                          "answer compared with those that should (SSH, 80, 443 and the allowed ones), the "
                          "certificate on port 443, and whether HTTP sends visitors to HTTPS. Exit 3 when "
                          "a problem is found.")}))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return CliContext::usageError(tr("check-outside needs exactly one SERVER"), kCommand);
    health::OutsideTarget target;
    const auto allowed = portList(parser.values(allow));
    const auto publishedPorts = portList(parser.values(published));
    if (!allowed || !publishedPorts)
        return CliContext::usageError(tr("--allow and --published need TCP ports from 1 to 65535"), kCommand);
    target.allowed = *allowed;
    target.published = *publishedPorts;
    target.publicName = parser.value(name).trimmed();
    target.checkWeb = !parser.isSet(noWeb);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int s = parser.value(timeout).toInt(&ok);
        if (!ok || s < 1 || s > 300)
            return CliContext::usageError(tr("--timeout needs a whole number of seconds from 1 to 300"),
                                          kCommand);
        target.timeoutMs = s * 1000;
    }
    if (parser.isSet(caFile)) {
        auto ca = net::TlsProbe::loadCaCertificates(parser.value(caFile));
        if (!ca)
            return CliContext::reportError(
                ca.error(), tr("Give a PEM file with one or more CA certificates."), ExitUsage);
        target.extraCa = *ca;
    }

    auto found = findServer(ctx, parser.positionalArguments().first(), ExitFailure);
    if (!found)
        return found.error();
    auto& [store, profile] = *found;
    if (auto allowedRole = store::mayCheckFromOutside(profile); !allowedRole)
        return CliContext::reportError(allowedRole.error(),
                                       tr("Ask an administrator or support person of the server."),
                                       ExitRoleNotAllowed);
    target.address = profile.host;
    target.sshPort = profile.port;
    if (parser.isSet(readCompose)) {
        auto ports = readPublished(ctx, profile, store);
        if (!ports)
            return ports.error();
        for (int p : *ports)
            if (!target.published.contains(p))
                target.published << p;
    }

    health::OutsideCheck check(target);
    QEventLoop loop;
    std::optional<Result<health::OutsideReport>> got;
    QObject::connect(&check, &health::OutsideCheck::finished, &loop,
                     [&](const Result<health::OutsideReport>& r) {
                         got = r;
                         loop.quit();
                     });
    check.start();
    if (!got)
        loop.exec();
    if (!*got)
        return CliContext::reportError(got->error(), QString(), ExitFailure);
    if (parser.isSet(json))
        printJson(reportJson(**got));
    else
        printText(**got);
    return (*got)->hasProblems() ? ExitProblems : ExitOk;
}

} // namespace capataz::cli
