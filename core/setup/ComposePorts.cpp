#include "setup/ComposePorts.h"

#include "stack/ComposeParser.h"

#include <QRegularExpression>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {

struct ImageKind {
    const char* needle; // in the image's last path component, lower case
    const char* what;
    bool data;
};

// The order matters where one name contains another (pgvector before vector).
constexpr ImageKind kImages[] = {
    {"postgres", "PostgreSQL", true},
    {"pgvector", "PostgreSQL", true},
    {"postgis", "PostgreSQL", true},
    {"timescaledb", "PostgreSQL", true},
    {"mongo", "MongoDB", true},
    {"redis", "Redis", true},
    {"valkey", "Redis", true},
    {"keydb", "Redis", true},
    {"mariadb", "MariaDB", true},
    {"mysql", "MySQL", true},
    {"percona", "MySQL", true},
    {"elasticsearch", "Elasticsearch", true},
    {"opensearch", "OpenSearch", true},
    {"qdrant", "Qdrant", true},
    {"ollama", "Ollama", true},
    {"minio", "MinIO", true},
    {"n8n", "n8n", true},
    {"mlflow", "MLflow", true},
    {"rabbitmq", "RabbitMQ", true},
    {"memcached", "Memcached", true},
    {"clickhouse", "ClickHouse", true},
    {"neo4j", "Neo4j", true},
    {"influxdb", "InfluxDB", true},
    {"couchdb", "CouchDB", true},
    {"cassandra", "Cassandra", true},
    {"mssql", "SQL Server", true},
    {"milvus", "Milvus", true},
    {"weaviate", "Weaviate", true},
    {"chroma", "Chroma", true},
    {"meilisearch", "Meilisearch", true},
    {"adminer", "Adminer", true},
    {"pgadmin", "pgAdmin", true},
    {"mongo-express", "mongo-express", true},
};

struct PortKind {
    int port;
    const char* what;
};

constexpr PortKind kPorts[] = {
    {5432, "PostgreSQL"},
    {3306, "MySQL"},
    {33060, "MySQL X protocol"},
    {27017, "MongoDB"},
    {27018, "MongoDB"},
    {27019, "MongoDB"},
    {6379, "Redis"},
    {9200, "Elasticsearch"},
    {9300, "Elasticsearch transport"},
    {6333, "Qdrant"},
    {6334, "Qdrant gRPC"},
    {11434, "Ollama"},
    {9000, "MinIO"},
    {9001, "MinIO console"},
    {5678, "n8n"},
    {5672, "RabbitMQ"},
    {15672, "RabbitMQ console"},
    {11211, "Memcached"},
    {8123, "ClickHouse"},
    {7474, "Neo4j"},
    {7687, "Neo4j"},
    {8086, "InfluxDB"},
    {5984, "CouchDB"},
    {9042, "Cassandra"},
    {1433, "SQL Server"},
    {19530, "Milvus"},
    {7700, "Meilisearch"},
};

QString lastComponent(const QString& imageRepository)
{
    return imageRepository.section(u'/', -1).toLower();
}

QString portText(const stack::ComposePort& p)
{
    QString s = p.published + u':' + p.target;
    if (!p.protocol.isEmpty() && p.protocol != u"tcp")
        s += u'/' + p.protocol;
    return s;
}

// The YAML double-quoted form of a port entry.
QString quoted(const QString& s)
{
    QString e = s;
    e.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + e + u'"';
}

// The line bound to 127.0.0.1, for short syntax written on the line; empty otherwise.
QString boundLine(const QString& line, const stack::ComposePort& p)
{
    const QString spec = p.published + u':' + p.target;
    const qsizetype dash = line.indexOf(u'-');
    if (dash < 0)
        return {};
    const QString host = p.hostIp;
    if (host.isEmpty()) {
        const qsizetype at = line.indexOf(spec, dash);
        if (at < 0)
            return {};
        return line.left(at) + u"127.0.0.1:"_s + line.mid(at);
    }
    const qsizetype at = line.indexOf(host + u':', dash);
    if (at < 0)
        return {};
    return line.left(at) + u"127.0.0.1"_s + line.mid(at + host.size());
}

} // namespace

PortGuess guessPort(const QString& imageRepository, int targetPort, int publishedPort)
{
    const QString name = lastComponent(imageRepository);
    if (!name.isEmpty()) {
        for (const ImageKind& k : kImages) {
            if (name.contains(QLatin1StringView(k.needle))) {
                QString what = QString::fromLatin1(k.what);
                if (what == u"MinIO" && targetPort == 9001)
                    what = u"MinIO console"_s;
                return {what, k.data};
            }
        }
    }
    for (int port : {targetPort, publishedPort}) {
        for (const PortKind& k : kPorts) {
            if (port == k.port)
                return {QString::fromLatin1(k.what), true};
        }
    }
    return {};
}

bool composeCanOverridePorts(remote::ServerFacts::ComposeKind kind, const QString& version)
{
    using Kind = remote::ServerFacts::ComposeKind;
    if (kind == Kind::Podman || kind == Kind::None)
        return false;
    static const QRegularExpression re(u"^v?(\\d+)\\.(\\d+)\\.(\\d+)"_s);
    const auto m = re.match(version.trimmed());
    if (!m.hasMatch())
        return false;
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    const int patch = m.captured(3).toInt();
    if (major != 2)
        return major > 2;
    return minor > 24 || (minor == 24 && patch >= 4);
}

QString PublicPort::label() const
{
    const QString proto = port.protocol.isEmpty() ? u"tcp"_s : port.protocol;
    return port.published + u'/' + proto;
}

QList<PublicPort> findPublicPorts(const stack::ComposeProject& merged, const QList<QByteArray>& files,
                                  const QStringList& profiles, const QList<int>& allowPublic)
{
    QList<stack::ComposeProject> each;
    for (const QByteArray& f : files) {
        auto p = stack::parseCompose(f);
        each.append(p ? *p : stack::ComposeProject());
    }
    QList<PublicPort> out;
    for (const stack::ComposeService& s : merged.servicesFor(profiles)) {
        for (const stack::ComposePort& port : s.ports) {
            if (!port.isExposedBeyondLoopback())
                continue;
            PublicPort p;
            p.service = s.name;
            p.image = s.image;
            p.port = port;
            p.number = port.publishedPort() ? port.publishedPort() : port.targetPort();
            p.guess = guessPort(s.imageRepository(), port.targetPort(), port.publishedPort());
            p.allInterfaces = port.bindsAllInterfaces();
            p.allowed = p.number > 0 && allowPublic.contains(p.number);
            for (qsizetype i = 0; i < each.size() && p.fileIndex < 0; ++i) {
                const stack::ComposeService* written = each[i].service(s.name);
                if (!written || !written->ports.contains(port))
                    continue;
                p.fileIndex = int(i);
                p.line = written->ports[written->ports.indexOf(port)].line;
                const QList<QByteArray> lines = files[i].split('\n');
                if (p.line > 0 && p.line <= lines.size()) {
                    p.lineText = QString::fromUtf8(lines[p.line - 1]);
                    if (p.lineText.endsWith(u'\r'))
                        p.lineText.chop(1);
                    p.suggestedText = boundLine(p.lineText, port);
                }
            }
            out.append(p);
        }
    }
    return out;
}

QByteArray portsOverrideYaml(const stack::ComposeProject& merged, const QList<PublicPort>& ports)
{
    QString yaml;
    for (const stack::ComposeService& s : merged.services) {
        bool any = false;
        for (const PublicPort& p : ports)
            any = any || (p.service == s.name && p.toBind());
        if (!any)
            continue;
        yaml += u"  %1:\n    ports: !override\n"_s.arg(s.name);
        for (const stack::ComposePort& port : s.ports) {
            bool bind = false;
            for (const PublicPort& p : ports)
                bind = bind || (p.service == s.name && p.port == port && p.toBind());
            QString entry;
            if (!port.isPublished())
                entry =
                    port.target +
                    (port.protocol.isEmpty() || port.protocol == u"tcp" ? QString() : u'/' + port.protocol);
            else if (bind)
                entry = u"127.0.0.1:"_s + portText(port);
            else
                entry = (port.hostIp.isEmpty() ? QString() : port.hostIp + u':') + portText(port);
            yaml += u"      - %1\n"_s.arg(quoted(entry));
        }
    }
    if (yaml.isEmpty())
        return {};
    return (u"# Written by Capataz (compose.ports): binds the ports below to 127.0.0.1 so that\n"
            u"# Docker does not publish them to the internet past ufw. Needs docker compose >= 2.24.4\n"
            u"# (!override replaces the service's ports instead of adding to them). Regenerated\n"
            u"# on every run of the compose plan; keep ports public with compose.allow_public_ports.\n"
            u"services:\n"_s +
            yaml)
        .toUtf8();
}

Text describePublicPort(const PublicPort& p, const QString& fileName)
{
    const QString where = p.line > 0 ? u"%1:%2"_s.arg(fileName).arg(p.line) : fileName;
    if (p.allowed)
        return Text(QT_TRANSLATE_NOOP("capataz::plan",
                                      "Port %1 of service %2 (%3) is reachable from the internet: kept "
                                      "public because compose.allow_public_ports lists it."),
                    {p.label(), p.service, where});
    if (!p.allInterfaces)
        return Text(QT_TRANSLATE_NOOP("capataz::plan",
                                      "Port %1 of service %2 (%3) is published on the address %4, which "
                                      "other machines can reach; Docker publishes it past ufw. Capataz "
                                      "leaves an address you chose as it is."),
                    {p.label(), p.service, where, p.port.hostIp});
    if (p.guess.dataService)
        return Text(QT_TRANSLATE_NOOP("capataz::plan",
                                      "Port %1 of service %2 (%3) is probably %4 and is published on every "
                                      "interface. Docker's firewall rules come before ufw's, so it is "
                                      "reachable from the internet even with ufw enabled: a database or "
                                      "data service must not be."),
                    {p.label(), p.service, where, p.guess.what});
    return Text(QT_TRANSLATE_NOOP("capataz::plan",
                                  "Port %1 of service %2 (%3) is an application port published on every "
                                  "interface. Docker's firewall rules come before ufw's, so it is reachable "
                                  "from the internet even with ufw enabled; usually it belongs behind nginx, "
                                  "bound to 127.0.0.1."),
                {p.label(), p.service, where});
}

Text suggestLineChange(const PublicPort& p, const QString& fileName)
{
    if (!p.suggestedText.isEmpty())
        return Text(QT_TRANSLATE_NOOP("capataz::plan", "change line %1 of %2 from `%3` to `%4`"),
                    {QString::number(p.line), fileName, p.lineText.trimmed(), p.suggestedText.trimmed()});
    if (p.line > 0)
        return Text(
            QT_TRANSLATE_NOOP("capataz::plan", "add `host_ip: 127.0.0.1` to the port at line %1 of %2"),
            {QString::number(p.line), fileName});
    return Text(QT_TRANSLATE_NOOP("capataz::plan", "bind port %1 of service %2 to 127.0.0.1 in %3"),
                {p.label(), p.service, fileName});
}

PortsVerdict judgePorts(const QList<PublicPort>& ports, const QStringList& composeFiles,
                        const QString& overrideFile, const QString& composeVersion, bool canOverride,
                        const ComposePortsOptions& options)
{
    PortsVerdict v;
    const bool writeOverride = canOverride && options.bindLocally;
    for (const PublicPort& p : ports) {
        const QString file = composeFiles.value(p.fileIndex, composeFiles.value(0));
        v.notes.append(describePublicPort(p, file));
        if (!p.toBind())
            continue;
        if (writeOverride) {
            v.writeOverride = true;
            v.notes.append(
                Text(QT_TRANSLATE_NOOP("capataz::plan", "Fixed by %1: bound to 127.0.0.1."), {overrideFile}));
            continue;
        }
        const Text why = !options.bindLocally
                             ? Text(QT_TRANSLATE_NOOP("capataz::plan",
                                                      "compose.bind_ports_locally is false, so no override "
                                                      "file is written."))
                             : Text(QT_TRANSLATE_NOOP("capataz::plan",
                                                      "This compose version (%1) cannot replace ports with "
                                                      "an override file (that needs docker compose 2.24.4 or "
                                                      "later), so only the compose file can fix it."),
                                    {composeVersion});
        const Text change = suggestLineChange(p, file);
        if (p.guess.dataService && options.production)
            v.blocking.append(Text(QT_TRANSLATE_NOOP("capataz::plan",
                                                     "Port %1 of service %2 (%3) would be reachable from the "
                                                     "internet, and in production a data service must not "
                                                     "be. %4 Either %5, or add %6 to "
                                                     "compose.allow_public_ports to keep it public on "
                                                     "purpose."),
                                   {p.label(), p.service, p.guess.what, why.translated(), change.translated(),
                                    QString::number(p.number)}));
        else
            v.notes.append(Text(QT_TRANSLATE_NOOP("capataz::plan", "%1 To bind it to 127.0.0.1: %2."),
                                {why.translated(), change.translated()}));
    }
    if (v.writeOverride)
        v.notes.append(
            Text(QT_TRANSLATE_NOOP("capataz::plan",
                                   "When you run docker compose by hand, add -f %1 after your compose "
                                   "files, or the ports are published on every interface again."),
                 {overrideFile}));
    return v;
}

} // namespace capataz::setup
