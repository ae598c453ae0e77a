#include "stack/ComposeProject.h"

#include <QHash>
#include <QHostAddress>

namespace capataz::stack {

namespace {

int firstNumber(const QString& text)
{
    const QString head = text.section(u'-', 0, 0);
    bool ok = false;
    const int n = head.toInt(&ok);
    return ok && n > 0 && n <= 65535 ? n : 0;
}

QString bareHost(const QString& ip)
{
    if (ip.startsWith(u'[') && ip.endsWith(u']'))
        return ip.mid(1, ip.size() - 2);
    return ip;
}

} // namespace

bool ComposePort::bindsAllInterfaces() const
{
    if (!isPublished())
        return false;
    const QString host = bareHost(hostIp);
    return host.isEmpty() || host == u"0.0.0.0" || host == u"::";
}

bool ComposePort::isExposedBeyondLoopback() const
{
    if (!isPublished())
        return false;
    const QString host = bareHost(hostIp);
    if (host.isEmpty())
        return true;
    if (host == u"localhost")
        return false;
    QHostAddress address;
    if (!address.setAddress(host))
        return true; // a reference such as ${BIND_IP}: assume the worst
    return !address.isLoopback();
}

int ComposePort::publishedPort() const
{
    return firstNumber(published);
}

int ComposePort::targetPort() const
{
    return firstNumber(target);
}

QString ComposeService::imageRepository() const
{
    QString repo = image.section(u'@', 0, 0);
    const qsizetype slash = repo.lastIndexOf(u'/');
    const qsizetype colon = repo.lastIndexOf(u':');
    if (colon > slash)
        repo.truncate(colon);
    // Drop a registry host ("docker.io/", "ghcr.io/", "localhost:5000/").
    const qsizetype first = repo.indexOf(u'/');
    if (first > 0) {
        const QString head = repo.left(first);
        if (head.contains(u'.') || head.contains(u':') || head == u"localhost")
            repo = repo.mid(first + 1);
    }
    if (repo.startsWith(u"library/"))
        repo = repo.mid(8);
    return repo;
}

const ComposeService* ComposeProject::service(const QString& name) const
{
    for (const auto& s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QList<ComposeService> ComposeProject::servicesFor(const QStringList& activeProfiles) const
{
    const bool all = activeProfiles.contains(QStringLiteral("*"));
    QList<ComposeService> out;
    for (const auto& s : services) {
        bool on = s.profiles.isEmpty() || (all && !s.profiles.isEmpty());
        for (const auto& p : s.profiles)
            on = on || activeProfiles.contains(p);
        if (on)
            out.append(s);
    }
    return out;
}

QStringList ComposeProject::profiles() const
{
    QStringList out;
    for (const auto& s : services)
        out += s.profiles;
    out.removeDuplicates();
    out.sort();
    return out;
}

QList<ComposeVariableRef> ComposeProject::variableReferences() const
{
    QList<ComposeVariableRef> out;
    QHash<QString, qsizetype> index;
    for (const auto& r : references) {
        const auto it = index.constFind(r.name);
        if (it == index.cend()) {
            index.insert(r.name, out.size());
            out.append(r);
            continue;
        }
        ComposeVariableRef& seen = out[*it];
        if (seen.hasDefault && !r.hasDefault)
            seen.defaultValue.clear();
        seen.hasDefault = seen.hasDefault && r.hasDefault;
        seen.required = seen.required || r.required;
    }
    return out;
}

QList<ComposeServicePort> ComposeProject::exposedPorts(const QStringList& activeProfiles) const
{
    QList<ComposeServicePort> out;
    for (const auto& s : servicesFor(activeProfiles)) {
        for (const auto& p : s.ports) {
            if (p.isExposedBeyondLoopback())
                out.append({s.name, p});
        }
    }
    return out;
}

} // namespace capataz::stack
