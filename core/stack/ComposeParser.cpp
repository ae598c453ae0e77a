#include "stack/ComposeParser.h"

#include "stack/ComposeMerge.h"
#include "stack/ComposeVariables.h"
#include "stack/ComposeYaml.h"

#include <QHash>

#include <exception>

namespace capataz::stack {

namespace {

using yaml::lineOf;
using yaml::scalar;

class Reader {
public:
    explicit Reader(ComposeProject& project)
        : m_project(project)
    {}

    // Records every variable reference in the node's scalars (keys and values). An alias can
    // point back at one of its own ancestors (`x: &a {b: *a}`): yaml-cpp then hands out a
    // cyclic graph, so the walk stops at the text's own nesting bound instead of following it
    // until the stack runs out.
    void collectReferences(const YAML::Node& node, int depth = 0)
    {
        if (depth > yaml::maxNestingDepth) {
            m_cyclic = true;
            return;
        }
        if (!m_budget.spend())
            return;
        if (node.IsScalar()) {
            const QString text = scalar(node);
            if (text.contains(u'$'))
                m_project.references += scanVariableReferences(text, lineOf(node));
        } else if (node.IsSequence()) {
            for (const auto& child : node)
                collectReferences(child, depth + 1);
        } else if (node.IsMap()) {
            for (const auto& kv : node) {
                collectReferences(kv.first, depth + 1);
                collectReferences(kv.second, depth + 1);
            }
        }
    }

    // An alias refers to its own ancestor (see collectReferences).
    [[nodiscard]] bool cyclic() const { return m_cyclic; }

    [[nodiscard]] bool exhausted() const { return m_budget.exhausted(); }

    ComposeService readService(const QString& name, int line, const YAML::Node& written)
    {
        ComposeService s;
        s.name = name;
        s.line = line;
        const YAML::Node node = yaml::resolveMergeKeys(written);
        if (!node.IsMap())
            return s;
        for (const auto& kv : node) {
            const std::string tag = kv.second.Tag();
            if (tag == "!override" || tag == "!reset")
                s.replacedKeys.append(scalar(kv.first));
            if (tag == "!reset")
                s.resetKeys.append(scalar(kv.first));
        }
        s.image = scalar(yaml::child(node, "image"));
        s.containerName = scalar(yaml::child(node, "container_name"));
        if (const YAML::Node build = yaml::child(node, "build"); build.IsDefined() && !build.IsNull()) {
            s.hasBuild = true;
            s.buildContext = build.IsMap() ? scalar(yaml::child(build, "context")) : scalar(build);
            if (s.buildContext.isEmpty())
                s.buildContext = QStringLiteral(".");
        }
        for (const auto& p : items(yaml::child(node, "ports")))
            readPort(p, s.ports);
        readEnvironment(yaml::child(node, "environment"), s.environment);
        readEnvFiles(yaml::child(node, "env_file"), s.envFiles);
        for (const auto& v : items(yaml::child(node, "volumes")))
            readMount(v, s.volumes);
        keepLastPerKey(s.environment, [](const ComposeEnvEntry& e) { return e.name; });
        keepLastPerKey(s.volumes, [](const ComposeVolumeMount& m) { return m.target; });
        s.dependsOn = namesOf(yaml::child(node, "depends_on"));
        s.profiles = namesOf(yaml::child(node, "profiles"));
        s.networks = namesOf(yaml::child(node, "networks"));
        if (const YAML::Node hc = yaml::child(node, "healthcheck"); hc.IsMap()) {
            const bool disabled = scalar(yaml::child(hc, "disable")) == u"true" ||
                                  scalar(yaml::first(yaml::child(hc, "test"))) == u"NONE";
            s.healthcheck = disabled ? ComposeService::HealthDisabled : ComposeService::HealthDefined;
        }
        return s;
    }

    static QStringList namesOf(const YAML::Node& node)
    {
        QStringList out;
        if (node.IsSequence()) {
            for (const auto& item : node) {
                const QString n = scalar(item);
                if (!n.isEmpty())
                    out.append(n);
            }
        } else if (node.IsMap()) {
            for (const auto& kv : node) {
                const QString n = scalar(kv.first);
                if (!n.isEmpty())
                    out.append(n);
            }
        } else if (node.IsScalar() && !scalar(node).isEmpty()) {
            out.append(scalar(node));
        }
        out.removeDuplicates();
        return out;
    }

private:
    // A name written twice (environment) or a container path mounted twice (volumes): the
    // last one wins, at the place of the first, so that merging a file with itself is stable.
    template <typename T, typename KeyOf> static void keepLastPerKey(QList<T>& list, KeyOf keyOf)
    {
        QList<T> out;
        QHash<QString, qsizetype> at;
        for (const auto& item : std::as_const(list)) {
            const QString key = keyOf(item);
            if (const auto it = at.constFind(key); it != at.cend()) {
                out[*it] = item;
            } else {
                at.insert(key, out.size());
                out.append(item);
            }
        }
        list = out;
    }

    static QList<YAML::Node> items(const YAML::Node& node)
    {
        QList<YAML::Node> out;
        if (node.IsSequence()) {
            for (const auto& item : node)
                out.append(item);
        }
        return out;
    }

    static void readPort(const YAML::Node& node, QList<ComposePort>& out)
    {
        ComposePort port;
        port.line = lineOf(node);
        port.protocol = QStringLiteral("tcp");
        if (node.IsMap()) {
            port.target = scalar(yaml::child(node, "target"));
            port.published = scalar(yaml::child(node, "published"));
            port.hostIp = scalar(yaml::child(node, "host_ip"));
            if (const QString proto = scalar(yaml::child(node, "protocol")); !proto.isEmpty())
                port.protocol = proto;
            if (port.target.isEmpty())
                return;
            out.append(port);
            return;
        }
        if (!node.IsScalar())
            return;
        QString text = scalar(node).trimmed();
        if (text.isEmpty())
            return;
        if (const qsizetype slash = text.lastIndexOf(u'/'); slash >= 0) {
            port.protocol = text.mid(slash + 1);
            text.truncate(slash);
        }
        // [HOST_IP:][PUBLISHED:]TARGET, where HOST_IP may be "[::1]" or a bare IPv6 address.
        if (text.startsWith(u'[')) {
            const qsizetype close = text.indexOf(u']');
            if (close < 0)
                return;
            port.hostIp = text.left(close + 1);
            text = text.mid(close + 1);
            if (text.startsWith(u':'))
                text = text.mid(1);
        }
        QStringList parts = splitOutsideBraces(text);
        if (parts.size() > 3) { // bare IPv6 host address: everything but the last two parts
            port.hostIp = parts.mid(0, parts.size() - 2).join(u':');
            parts = parts.mid(parts.size() - 2);
        }
        if (parts.size() == 3) {
            port.hostIp = parts[0];
            port.published = parts[1];
            port.target = parts[2];
        } else if (parts.size() == 2) {
            port.published = parts[0];
            port.target = parts[1];
        } else {
            port.target = parts.value(0);
        }
        if (port.target.isEmpty())
            return;
        out.append(port);
    }

    // Splits on ':' except inside ${...}, so "${HOST:-0.0.0.0}:80:80" stays three parts.
    static QStringList splitOutsideBraces(const QString& text)
    {
        QStringList parts;
        QString current;
        int depth = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'$' && i + 1 < text.size() && text[i + 1] == u'{') {
                ++depth;
                current += c;
                continue;
            }
            if (c == u'}' && depth > 0)
                --depth;
            if (c == u':' && depth == 0) {
                parts.append(current);
                current.clear();
                continue;
            }
            current += c;
        }
        parts.append(current);
        return parts;
    }

    static void readEnvironment(const YAML::Node& node, QList<ComposeEnvEntry>& out)
    {
        if (node.IsMap()) {
            for (const auto& kv : node) {
                ComposeEnvEntry e;
                e.name = scalar(kv.first);
                e.hasValue = kv.second.IsScalar();
                e.value = scalar(kv.second);
                e.line = lineOf(kv.first);
                if (!e.name.isEmpty())
                    out.append(e);
            }
        } else if (node.IsSequence()) {
            for (const auto& item : node) {
                const QString text = scalar(item);
                if (text.isEmpty())
                    continue;
                const qsizetype eq = text.indexOf(u'=');
                ComposeEnvEntry e;
                e.name = eq < 0 ? text : text.left(eq);
                e.hasValue = eq >= 0;
                e.value = eq < 0 ? QString() : text.mid(eq + 1);
                e.line = lineOf(item);
                out.append(e);
            }
        }
    }

    static void readEnvFiles(const YAML::Node& node, QStringList& out)
    {
        if (node.IsScalar()) {
            out.append(scalar(node));
            return;
        }
        for (const auto& item : items(node)) {
            const QString path = item.IsMap() ? scalar(yaml::child(item, "path")) : scalar(item);
            if (!path.isEmpty())
                out.append(path);
        }
    }

    static void readMount(const YAML::Node& node, QList<ComposeVolumeMount>& out)
    {
        ComposeVolumeMount m;
        m.line = lineOf(node);
        if (node.IsMap()) {
            const QString type = scalar(yaml::child(node, "type"));
            m.source = scalar(yaml::child(node, "source"));
            m.target = scalar(yaml::child(node, "target"));
            m.readOnly = scalar(yaml::child(node, "read_only")) == u"true";
            if (type == u"bind")
                m.kind = ComposeVolumeMount::Bind;
            else if (type == u"tmpfs")
                m.kind = ComposeVolumeMount::Tmpfs;
            else
                m.kind = m.source.isEmpty() ? ComposeVolumeMount::Anonymous : ComposeVolumeMount::Named;
        } else if (node.IsScalar()) {
            const QStringList parts = splitOutsideBraces(scalar(node));
            if (parts.size() == 1) {
                m.target = parts[0];
                m.kind = ComposeVolumeMount::Anonymous;
            } else {
                m.source = parts[0];
                m.target = parts[1];
                if (parts.size() > 2)
                    m.readOnly = parts[2].split(u',').contains(QStringLiteral("ro"));
                m.kind = isPath(m.source) ? ComposeVolumeMount::Bind : ComposeVolumeMount::Named;
            }
        } else {
            return;
        }
        if (!m.target.isEmpty())
            out.append(m);
    }

    // Compose's rule: a source starting with ".", "/" or "~" (or a ${VAR} standing for one)
    // is a host path; anything else names a volume.
    static bool isPath(const QString& source)
    {
        return source.startsWith(u'.') || source.startsWith(u'/') || source.startsWith(u'~') ||
               source.startsWith(u'$');
    }

    ComposeProject& m_project;
    yaml::VisitBudget m_budget;
    bool m_cyclic = false;
};

Result<ComposeProject> parseDocument(const YAML::Node& root)
{
    if (!root.IsMap())
        return fail(ErrorCode::ParseError, yaml::problem(lineOf(root), QStringLiteral("(top level)"),
                                                         QStringLiteral("a compose file is a mapping")));
    ComposeProject project;
    Reader reader(project);
    reader.collectReferences(root);
    if (reader.exhausted())
        return fail(ErrorCode::ParseError,
                    yaml::problem(1, QStringLiteral("(document)"),
                                  QStringLiteral("too many nodes (alias expansion?)")));
    if (reader.cyclic())
        return fail(
            ErrorCode::ParseError,
            yaml::problem(1, QStringLiteral("(document)"),
                          QStringLiteral("an alias refers to a node that contains it (*name inside &name)")));
    const YAML::Node services = yaml::child(root, "services");
    if (services.IsDefined() && !services.IsNull() && !services.IsMap())
        return fail(ErrorCode::ParseError,
                    yaml::problem(lineOf(services), QStringLiteral("services"),
                                  QStringLiteral("must be a mapping of service names")));
    if (services.IsMap()) {
        for (const auto& kv : services) {
            const QString name = scalar(kv.first);
            if (name.isEmpty())
                continue;
            if (project.service(name))
                return fail(ErrorCode::ParseError,
                            yaml::problem(lineOf(kv.first), QStringLiteral("services.") + name,
                                          QStringLiteral("service defined twice")));
            project.services.append(reader.readService(name, lineOf(kv.first), kv.second));
        }
    }
    project.volumes = Reader::namesOf(yaml::child(root, "volumes"));
    project.networks = Reader::namesOf(yaml::child(root, "networks"));
    return project;
}

} // namespace

Result<ComposeProject> parseCompose(QByteArrayView yaml)
{
    auto root = yaml::loadDocument(yaml);
    if (!root)
        return std::unexpected(root.error());
    try {
        return parseDocument(*root);
    } catch (const std::exception& e) {
        return fail(ErrorCode::ParseError, QString::fromLocal8Bit(e.what()));
    }
}

Result<ComposeProject> parseComposeFiles(const QList<QByteArray>& files)
{
    ComposeProject merged;
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto project = parseCompose(files[i]);
        if (!project) {
            Error e = project.error();
            e.detail = QStringLiteral("file %1: %2").arg(i + 1).arg(e.detail);
            return std::unexpected(e);
        }
        merged = i == 0 ? *project : mergeCompose(merged, *project);
    }
    return merged;
}

} // namespace capataz::stack
