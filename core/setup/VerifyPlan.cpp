#include "setup/VerifyPlan.h"

#include "health/CertificateSummary.h"
#include "health/PortExposure.h"
#include "net/HttpsGet.h"
#include "net/PortProbe.h"
#include "setup/CheckedStep.h"
#include "ssh/Connection.h"
#include "ssh/HttpGet.h"

#include <QFile>
#include <QSslCertificate>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;
using plan::Preview;
using Report = std::shared_ptr<VerifyReport>;

namespace {

VerifyReport::Endpoint toEndpoint(const QString& via, const QString& url, const Result<net::HttpResponse>& r)
{
    VerifyReport::Endpoint e;
    e.via = via;
    e.url = url;
    if (!r) {
        e.error = r.error().toString();
        return e;
    }
    e.status = r->status;
    e.fields = jsonFields(r->body);
    if (e.fields.isEmpty() && !r->body.isEmpty()) {
        e.bodyExcerpt = QString::fromUtf8(r->body.left(200)).simplified();
        if (r->body.size() > 200)
            e.bodyExcerpt += u" ..."_s;
    }
    return e;
}

QString endpointText(const VerifyReport::Endpoint& e)
{
    QString t = u"%1 -> %2\n"_s.arg(e.url, e.error.isEmpty() ? u"HTTP %1"_s.arg(e.status) : e.error);
    for (const auto& [k, v] : e.fields)
        t += u"    %1: %2\n"_s.arg(k, v);
    if (e.fields.isEmpty() && !e.bodyExcerpt.isEmpty())
        t += u"    body: %1\n"_s.arg(e.bodyExcerpt);
    return t;
}

void dropEndpoints(VerifyReport& r, const QString& via)
{
    r.endpoints.removeIf([&](const VerifyReport::Endpoint& e) { return e.via == via; });
}

std::shared_ptr<plan::Step> tunnelStep(const VerifyAnswers& a, Report report)
{
    auto step = std::make_shared<CheckedStep>(
        u"verify.health-tunnel"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Ask the health endpoints through the SSH connection")),
        plan::Text(QT_TRANSLATE_NOOP(
            "capataz::plan", "GET on the server's own 127.0.0.1, as the services answer before nginx. "
                             "Changes nothing; what it finds goes into the summary.")),
        [endpoints = a.endpoints, timeoutMs = a.timeoutSeconds * 1000,
         report](const plan::StepContext& ctx, CheckedStep& self, plan::Step::CheckDone done) {
            dropEndpoints(*report, u"tunnel"_s);
            if (!ctx.connection)
                return done(fail(ErrorCode::Internal, u"verify needs a server connection"_s));
            if (endpoints.isEmpty()) {
                report->notes << u"no health endpoints known (the recipe has none; set verify.endpoints)"_s;
                self.note(report->notes.constLast());
                return done(true);
            }
            auto results = std::make_shared<QList<VerifyReport::Endpoint>>(endpoints.size());
            auto remaining = std::make_shared<qsizetype>(endpoints.size());
            for (qsizetype i = 0; i < endpoints.size(); ++i) {
                const auto& ep = endpoints[i];
                const QString url = u"http://127.0.0.1:%1%2"_s.arg(ep.port).arg(ep.path);
                auto* get = new ssh::HttpGet(*ctx.connection, u"127.0.0.1"_s, ep.port, ep.path, ctx.owner);
                get->setTimeout(timeoutMs);
                get->setMaxBytes(1024 * 1024);
                get->setCancelToken(ctx.cancel);
                QObject::connect(get, &ssh::HttpGet::finished, ctx.owner,
                                 [=, &self](const Result<net::HttpResponse>& r) {
                                     (*results)[i] = toEndpoint(u"tunnel"_s, url, r);
                                     get->deleteLater();
                                     if (--*remaining > 0)
                                         return;
                                     if (ctx.cancelled())
                                         return done(fail(ErrorCode::Cancelled, u"verify cancelled"_s));
                                     for (const auto& e : std::as_const(*results))
                                         self.note(endpointText(e));
                                     report->endpoints += *results;
                                     done(true);
                                 });
                get->start();
            }
        });
    for (const auto& ep : a.endpoints)
        step->addPreviewText(
            Preview::Phase::Check,
            u"GET http://127.0.0.1:%1%2 (through the SSH connection)"_s.arg(ep.port).arg(ep.path));
    return step;
}

QString certificateLine(const net::TlsCertificateFacts& c)
{
    return health::certificateSummary(c, QDateTime::currentDateTimeUtc());
}

std::shared_ptr<plan::Step> publicStep(const VerifyAnswers& a, Report report)
{
    auto step = std::make_shared<CheckedStep>(
        u"verify.health-public"_s,
        plan::Text(
            QT_TRANSLATE_NOOP("capataz::plan", "Ask the health endpoints through the public HTTPS name")),
        plan::Text(QT_TRANSLATE_NOOP(
            "capataz::plan", "GET https://NAME/... from this computer, checking the certificate, as a "
                             "visitor would. Changes nothing; what it finds goes into the summary.")),
        [a, report](const plan::StepContext& ctx, CheckedStep& self, plan::Step::CheckDone done) {
            dropEndpoints(*report, u"public"_s);
            report->certificate.clear();
            if (a.domain.isEmpty()) {
                report->notes
                    << u"no public name given (verify.domain or nginx.domain): public check skipped"_s;
                self.note(report->notes.constLast());
                return done(true);
            }
            if (a.publicPaths.isEmpty()) {
                report->notes << u"no public health path known (set verify.public_paths)"_s;
                self.note(report->notes.constLast());
                return done(true);
            }
            auto results = std::make_shared<QList<VerifyReport::Endpoint>>(a.publicPaths.size());
            auto remaining = std::make_shared<qsizetype>(a.publicPaths.size());
            for (qsizetype i = 0; i < a.publicPaths.size(); ++i) {
                const QString path = a.publicPaths[i];
                const QString url = u"https://%1%2%3"_s.arg(
                    a.domain, a.publicPort == 443 ? QString() : u":"_s + QString::number(a.publicPort), path);
                auto* get = new net::HttpsGet(a.domain, path, a.publicAddress, a.publicPort, ctx.owner);
                get->setTimeout(a.timeoutSeconds * 1000);
                get->setCancelToken(ctx.cancel);
                if (!a.caPem.isEmpty())
                    (void)get->addCaCertificates(a.caPem); // checked by fromAnswers
                QObject::connect(
                    get, &net::HttpsGet::finished, ctx.owner, [=, &self](const Result<net::HttpResponse>& r) {
                        (*results)[i] = toEndpoint(u"public"_s, url, r);
                        if (report->certificate.isEmpty() && !get->certificate().notAfter.isNull())
                            report->certificate = certificateLine(get->certificate());
                        get->deleteLater();
                        if (--*remaining > 0)
                            return;
                        if (ctx.cancelled())
                            return done(fail(ErrorCode::Cancelled, u"verify cancelled"_s));
                        for (const auto& e : std::as_const(*results))
                            self.note(endpointText(e));
                        if (!report->certificate.isEmpty())
                            self.note(u"certificate: "_s + report->certificate);
                        report->endpoints += *results;
                        done(true);
                    });
                get->start();
            }
        });
    for (const QString& path : a.publicPaths) {
        if (a.domain.isEmpty())
            break;
        step->addPreviewText(
            Preview::Phase::Check,
            u"GET https://%1%2 (from this computer%3)"_s.arg(
                a.publicPort == 443 ? a.domain : a.domain + u':' + QString::number(a.publicPort), path,
                a.publicAddress.isEmpty() ? QString() : u", connecting to "_s + a.publicAddress));
    }
    return step;
}

std::shared_ptr<plan::Step> portsStep(const VerifyAnswers& a, Report report)
{
    auto step = std::make_shared<CheckedStep>(
        u"verify.ports"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Check which ports are open from outside")),
        plan::Text(QT_TRANSLATE_NOOP(
            "capataz::plan", "A TCP connection from this computer to each port: SSH, 80 and 443 should "
                             "be open; databases, caches and application ports should not. Changes "
                             "nothing.")),
        [a, report](const plan::StepContext& ctx, CheckedStep& self, plan::Step::CheckDone done) {
            report->ports.clear();
            if (!ctx.connection)
                return done(fail(ErrorCode::Internal, u"verify needs a server connection"_s));
            QList<int> expected = a.expectedOpen;
            if (expected.isEmpty())
                expected = {ctx.connection->settings().port, 80, 443};
            QList<int> all = expected;
            for (int p : a.mustBeClosed) {
                if (!all.contains(p))
                    all << p;
            }
            const QString host = ctx.connection->settings().host;
            report->portsHost = host;
            auto* probe = new net::PortProbe(host, all, ctx.owner);
            probe->setTimeout(a.timeoutSeconds * 1000);
            probe->setConcurrency(16);
            probe->setCancelToken(ctx.cancel);
            QObject::connect(probe, &net::PortProbe::finished, ctx.owner,
                             [=, &self](const Result<QList<net::PortProbe::PortResult>>& results) {
                                 probe->deleteLater();
                                 if (!results)
                                     return done(std::unexpected(results.error()));
                                 for (const auto& r : *results) {
                                     VerifyReport::Port p{r.port, net::PortProbe::stateName(r.state),
                                                          expected.contains(r.port)};
                                     report->ports << p;
                                     self.note(u"%1/tcp %2%3"_s.arg(r.port).arg(
                                         p.state, p.ok() ? QString() : u" (problem)"_s));
                                 }
                                 done(true);
                             });
            probe->start();
        });
    QStringList closed;
    for (int p : a.mustBeClosed)
        closed << QString::number(p);
    step->addPreviewText(Preview::Phase::Check,
                         u"TCP connect from this computer to the server: expected open %1; expected closed %2"_s.arg(
                             a.expectedOpen.isEmpty() ? u"SSH port, 80, 443"_s : [&] {
                                 QStringList s;
                                 for (int p : a.expectedOpen)
                                     s << QString::number(p);
                                 return s.join(u", "_s);
                             }(),
                             closed.join(u", "_s)));
    return step;
}

std::shared_ptr<plan::Step> summaryStep(Report report)
{
    auto step = std::make_shared<CheckedStep>(
        u"verify.summary"_s, plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Summarise the verification")),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "Prints what the checks found, ready to paste into a ticket; fails when "
                                     "anything is wrong.")),
        [report](const plan::StepContext& ctx, CheckedStep& self, plan::Step::CheckDone done) {
            report->server = ctx.connection ? ctx.connection->settings().displayName() : u"(no server)"_s;
            report->date = QDateTime::currentDateTimeUtc();
            self.note(report->toText());
            const QStringList problems = report->problems();
            if (problems.isEmpty())
                return done(true);
            done(
                fail(ErrorCode::CheckFailed, u"verification found %1 problem(s):\n- %2"_s.arg(problems.size())
                                                 .arg(problems.join(u"\n- "_s))));
        });
    step->addPreviewText(Preview::Phase::Check, u"print the summary of the checks above"_s);
    return step;
}

} // namespace

QList<int> defaultClosedPorts()
{
    return health::commonlyLeakedPorts(); // the same list the checks from outside probe
}

namespace {

QList<int> readPorts(const AnswerMap& section, const QString& key, const QList<int>& fallback)
{
    if (!section.has(key))
        return fallback;
    QList<int> out;
    const QStringList items = section.stringList(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        bool ok = false;
        const int p = items[i].trimmed().toInt(&ok);
        if (!ok || p < 1 || p > 65535)
            section.problem(u"%1[%2]"_s.arg(key).arg(i), u"expected a TCP port from 1 to 65535"_s);
        else if (!out.contains(p))
            out << p;
    }
    return out;
}

} // namespace

VerifyAnswers VerifyAnswers::fromAnswers(const AnswerMap& section, const SetupTarget& target)
{
    VerifyAnswers a;
    section.allowOnly({u"endpoints"_s, u"domain"_s, u"public_paths"_s, u"public_address"_s, u"public_port"_s,
                       u"ca_file"_s, u"expected_open"_s, u"must_be_closed"_s, u"timeout_seconds"_s});
    const QVariant endpoints = section.values().value(u"endpoints"_s);
    if (endpoints.isValid() && !endpoints.isNull()) {
        if (endpoints.typeId() != QMetaType::QVariantList) {
            section.problem(u"endpoints"_s, u"expected a list of {path, port}"_s);
        } else {
            const QVariantList list = endpoints.toList();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString key = u"endpoints[%1]"_s.arg(i);
                if (list[i].typeId() != QMetaType::QVariantMap) {
                    section.problem(key, u"expected a mapping with path and port"_s);
                    continue;
                }
                const AnswerMap item(list[i].toMap(), key);
                item.allowOnly({u"path"_s, u"port"_s});
                Endpoint e{item.string(u"path"_s), item.port(u"port"_s, 0)};
                if (!item.has(u"port"_s))
                    item.problem(u"port"_s, u"missing: the port on the server's 127.0.0.1"_s);
                if (!e.path.startsWith(u'/'))
                    item.problem(u"path"_s, u"must start with /"_s);
                for (const QString& p : item.problems()) {
                    const qsizetype colon = p.indexOf(u": "_s);
                    section.problem(p.left(colon), p.mid(colon + 2));
                }
                a.endpoints << e;
            }
        }
    } else {
        for (const auto& h : target.recipe.health)
            a.endpoints << Endpoint{h.path, h.port};
    }
    a.domain = section.string(u"domain"_s).trimmed();
    if (a.domain.contains(u'/') || a.domain.contains(u' ') || a.domain.contains(u':'))
        section.problem(u"domain"_s, u"a host name such as api.example.com (no scheme, port or path)"_s);
    QStringList defaultPaths;
    if (!target.recipe.nginx.healthLocation.isEmpty())
        defaultPaths << target.recipe.nginx.healthLocation;
    else
        for (const auto& e : std::as_const(a.endpoints))
            if (!defaultPaths.contains(e.path))
                defaultPaths << e.path;
    a.publicPaths = section.stringList(u"public_paths"_s, defaultPaths);
    for (qsizetype i = 0; i < a.publicPaths.size(); ++i)
        if (!a.publicPaths[i].startsWith(u'/'))
            section.problem(u"public_paths[%1]"_s.arg(i), u"must start with /"_s);
    a.publicAddress = section.string(u"public_address"_s).trimmed();
    a.publicPort = section.port(u"public_port"_s, 443);
    a.caFile = section.string(u"ca_file"_s).trimmed();
    if (!a.caFile.isEmpty()) {
        QFile f(a.caFile);
        if (!f.open(QIODevice::ReadOnly)) {
            section.problem(u"ca_file"_s, u"cannot read %1: %2"_s.arg(a.caFile, f.errorString()));
        } else {
            a.caPem = f.read(1024 * 1024);
            if (QSslCertificate::fromData(a.caPem, QSsl::Pem).isEmpty())
                section.problem(u"ca_file"_s, u"%1 holds no PEM certificate"_s.arg(a.caFile));
        }
    }
    a.expectedOpen = readPorts(section, u"expected_open"_s, {});
    QList<int> closed = defaultClosedPorts();
    for (const auto& e : std::as_const(a.endpoints))
        if (e.port > 0 && !closed.contains(e.port))
            closed << e.port;
    a.mustBeClosed = readPorts(section, u"must_be_closed"_s, closed);
    a.timeoutSeconds = section.integer(u"timeout_seconds"_s, 10, 1, 300);
    return a;
}

Result<plan::Plan> buildVerifyPlan(const VerifyAnswers& answers, const SetupTarget& target,
                                   std::shared_ptr<VerifyReport> report)
{
    Q_UNUSED(target);
    if (!report)
        report = std::make_shared<VerifyReport>();
    plan::Plan p(plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Verify the deployment")));
    p.add(tunnelStep(answers, report))
        .add(publicStep(answers, report))
        .add(portsStep(answers, report))
        .add(summaryStep(report));
    return p;
}

} // namespace capataz::setup
