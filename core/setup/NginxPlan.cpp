#include "setup/NginxPlan.h"

#include "plan/CommandStep.h"
#include "plan/FileWriteStep.h"
#include "setup/NginxSite.h"
#include "setup/NginxSiteStep.h"

#include <QFile>
#include <QFileInfo>

namespace capataz::setup {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxCustomSite = 1024 * 1024;

// The custom site file's content, or a problem recorded for `key`.
QByteArray readCustomSite(const QString& path, const AnswerMap& section, const QString& key)
{
    // A device or a pipe would block the (GUI) thread in open() or read(): regular files only.
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        section.problem(key, u"%1 is not a regular file"_s.arg(path));
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        section.problem(key, u"cannot read %1: %2"_s.arg(path, f.errorString()));
        return {};
    }
    // Bounded: the file may grow while it is read.
    const QByteArray content = f.read(kMaxCustomSite + 1);
    if (f.size() > kMaxCustomSite || content.size() > kMaxCustomSite) {
        section.problem(key, u"%1 is larger than 1 MiB: not an nginx site file"_s.arg(path));
        return {};
    }
    return content;
}

} // namespace

NginxAnswers NginxAnswers::defaults(const SetupTarget& target)
{
    const stack::RecipeNginx& n = target.recipe.nginx;
    NginxAnswers a;
    a.siteName = target.recipe.id.isEmpty() ? u"capataz-site"_s : target.recipe.id;
    a.upstreamPort = n.upstreamPort;
    a.clientMaxBodySize = n.clientMaxBodySize.isEmpty() ? u"10M"_s : n.clientMaxBodySize;
    a.connectTimeout = n.connectTimeout;
    a.sendTimeout = n.sendTimeout;
    a.readTimeout = n.readTimeout;
    a.websocket = n.websocket;
    a.healthLocation = n.healthLocation;
    a.healthUpstreamPath = n.healthUpstreamPath;
    return a;
}

NginxAnswers NginxAnswers::fromAnswers(const AnswerMap& section, const SetupTarget& target)
{
    section.allowOnly({u"site_name"_s, u"domain"_s, u"extra_domains"_s, u"upstream_port"_s,
                       u"client_max_body_size"_s, u"timeouts"_s, u"websocket"_s, u"health_location"_s,
                       u"custom_site_file"_s});
    NginxAnswers a = defaults(target);
    a.siteName = section.string(u"site_name"_s, a.siteName).trimmed();
    a.domain = section.string(u"domain"_s).trimmed().toLower();
    a.extraDomains.clear();
    for (const QString& d : section.stringList(u"extra_domains"_s))
        a.extraDomains << d.trimmed().toLower();
    a.upstreamPort =
        section.has(u"upstream_port"_s) ? section.port(u"upstream_port"_s, a.upstreamPort) : a.upstreamPort;
    a.clientMaxBodySize = section.string(u"client_max_body_size"_s, a.clientMaxBodySize).trimmed();
    if (section.has(u"timeouts"_s)) {
        const AnswerMap t = section.section(u"timeouts"_s);
        t.allowOnly({u"connect"_s, u"send"_s, u"read"_s});
        a.connectTimeout = t.integer(u"connect"_s, a.connectTimeout, 1, 86400);
        a.sendTimeout = t.integer(u"send"_s, a.sendTimeout, 1, 86400);
        a.readTimeout = t.integer(u"read"_s, a.readTimeout, 1, 86400);
    }
    a.websocket = section.flag(u"websocket"_s, a.websocket);
    // health_location: "/health", "" (none), or {path: /health, upstream_path: /api/v1/health}
    if (section.has(u"health_location"_s)) {
        if (section.values().value(u"health_location"_s).typeId() == QMetaType::QVariantMap) {
            const AnswerMap h = section.section(u"health_location"_s);
            h.allowOnly({u"path"_s, u"upstream_path"_s});
            a.healthLocation = h.string(u"path"_s).trimmed();
            a.healthUpstreamPath = h.string(u"upstream_path"_s).trimmed();
        } else {
            a.healthLocation = section.string(u"health_location"_s).trimmed();
            a.healthUpstreamPath.clear();
        }
    }
    a.customSiteFile = section.string(u"custom_site_file"_s).trimmed();
    const qsizetype problemsBefore = section.problems().size();
    if (!a.customSiteFile.isEmpty())
        a.customSiteContent = readCustomSite(a.customSiteFile, section, u"custom_site_file"_s);
    const bool unreadable = section.problems().size() > problemsBefore;
    // Value problems, each under its key in this section.
    for (const QString& p : validateNginxAnswers(a)) {
        const qsizetype colon = p.indexOf(u": "_s);
        const QString key = p.left(colon);
        if (key == u"custom_site_file" && unreadable)
            continue; // already said why it could not be read
        section.problem(key, p.mid(colon + 2));
    }
    return a;
}

QStringList NginxAnswers::allDomains() const
{
    QStringList all{domain};
    for (const QString& d : extraDomains) {
        if (!all.contains(d))
            all << d;
    }
    return all;
}

QString NginxAnswers::sitePath() const
{
    return u"/etc/nginx/sites-available/"_s + siteName;
}

QString NginxAnswers::enabledPath() const
{
    return u"/etc/nginx/sites-enabled/"_s + siteName;
}

QString NginxAnswers::certificatePath() const
{
    return u"/etc/letsencrypt/live/%1/fullchain.pem"_s.arg(domain);
}

QString NginxAnswers::keyPath() const
{
    return u"/etc/letsencrypt/live/%1/privkey.pem"_s.arg(domain);
}

QString nginxAcmeWebroot()
{
    return u"/var/www/letsencrypt"_s;
}

std::shared_ptr<plan::Step> makeNginxSiteStep(const NginxAnswers& answers, const SetupTarget&,
                                              const QString& stepId)
{
    return std::make_shared<NginxSiteStep>(stepId, answers);
}

Result<plan::Plan> buildNginxPlan(const NginxAnswers& answersIn, const SetupTarget& target)
{
    NginxAnswers answers = answersIn;
    if (!answers.customSiteFile.isEmpty() && answers.customSiteContent.isEmpty()) {
        const AnswerMap scratch;
        answers.customSiteContent = readCustomSite(answers.customSiteFile, scratch, u"custom_site_file"_s);
    }
    const QStringList problems = validateNginxAnswers(answers);
    if (!problems.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    u"The nginx answers have problems:\n"_s + problems.join(u'\n'));

    plan::Plan p(
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Nginx reverse proxy for %1"), {answers.domain}));

    auto webroot = std::make_shared<plan::CommandStep>(
        u"nginx.acme-webroot"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Create the Let's Encrypt challenge directory %1"),
                   {nginxAcmeWebroot()}),
        plan::Text(QT_TRANSLATE_NOOP(
            "capataz::plan", "nginx serves /.well-known/acme-challenge/ from this directory so a "
                             "certificate can be requested for the domain. An empty directory is left "
                             "in place on rollback.")),
        remote::Command({u"mkdir"_s, u"-p"_s, u"-m"_s, u"0755"_s, nginxAcmeWebroot()}).asRoot());
    webroot->setCheck(remote::Command({u"test"_s, u"-d"_s, nginxAcmeWebroot()}).asRoot());
    p.add(webroot);

    plan::FileWriteStep::Options rootFile;
    rootFile.asRoot = true;
    rootFile.newFileMode = 0644;
    p.add(std::make_shared<plan::FileWriteStep>(
        u"nginx.websocket-map"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Write the shared WebSocket settings %1"),
                   {nginxUpgradeMapPath()}),
        plan::Text(QT_TRANSLATE_NOOP(
            "capataz::plan", "Defines once, for every site Capataz writes, the Connection header used "
                             "when a browser upgrades a request to a WebSocket.")),
        nginxUpgradeMapPath(), renderNginxUpgradeMap(), rootFile));

    p.add(makeNginxSiteStep(answers, target, u"nginx.site"_s));
    return p;
}

} // namespace capataz::setup
