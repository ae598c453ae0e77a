#include "remote/ServerFacts.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace capataz::remote {

namespace {

// The facts script. POSIX sh (dash, bash, busybox ash). No `set -e`: every probe may fail and
// the script still prints the rest and exits 0. Every probe's stderr is silenced or captured
// into a value; stdin is /dev/null, so nothing reads what follows a sudo password. Values are
// printed by kv(), one "key=value" line per line of the value. Its only input is "$1", the
// project directory (may be empty).
const QString kScript = uR"SH(exec </dev/null
LC_ALL=C; export LC_ALL
PATH="${PATH:-/usr/bin:/bin}:/usr/local/sbin:/usr/sbin:/sbin:/snap/bin"; export PATH
proj=$1
has() { command -v "$1" >/dev/null 2>&1; }
lim() { if has timeout; then timeout 15 "$@"; else "$@"; fi; }
kv() { printf '%s\n' "$2" | while IFS= read -r l; do printf '%s=%s\n' "$1" "$l"; done; }
lastline() { l=; while IFS= read -r x; do l=$x; done; printf '%s\n' "$l"; }
echo capataz.facts=1
uid=$(id -u 2>/dev/null) || uid=
kv id.uid "$uid"
f=/etc/os-release; [ -r "$f" ] || f=/usr/lib/os-release
if [ -r "$f" ]; then
  while IFS='=' read -r k v; do
    case $k in ID|NAME|VERSION|VERSION_ID|PRETTY_NAME) kv "os.$k" "$v";; esac
  done 2>/dev/null <"$f"
fi
kv kernel "$(uname -r 2>/dev/null)"
h=$(hostname 2>/dev/null) || h=
[ -n "$h" ] || h=$(uname -n 2>/dev/null)
kv hostname "$h"
if read -r l 2>/dev/null </proc/uptime; then kv uptime "$l"; fi
kv disk.root "$(df -Pk / 2>/dev/null | lastline)"
if [ -n "$proj" ]; then
  kv disk.project.path "$proj"
  case $proj in /*) ;; *) proj=./$proj;; esac
  if [ -e "$proj" ]; then kv disk.project "$(df -Pk "$proj" 2>/dev/null | lastline)"; else kv disk.project.missing 1; fi
fi
if [ -r /proc/meminfo ]; then
  while read -r k v u; do
    case $k in MemTotal:|MemFree:|MemAvailable:|Buffers:|Cached:|SwapTotal:|SwapFree:) kv "mem.${k%:}" "$v";; esac
  done 2>/dev/null </proc/meminfo
fi
n=$(nproc 2>/dev/null) || n=
[ -n "$n" ] || n=$(getconf _NPROCESSORS_ONLN 2>/dev/null) || n=
[ -n "$n" ] || n=$(grep -c '^processor' /proc/cpuinfo 2>/dev/null) || n=
kv cpus "$n"
if read -r l 2>/dev/null </proc/loadavg; then kv load "$l"; fi
c=
if has docker; then
  kv docker.client "$(lim docker --version 2>/dev/null)"
  v=$(lim docker version --format '{{.Server.Version}}' 2>/dev/null) || v=
  kv docker.server "$v"
  c=$(lim docker compose version --short 2>/dev/null) || c=
  [ -z "$c" ] || kv compose.plugin "$c"
fi
if [ -z "$c" ] && has docker-compose; then
  c=$(lim docker-compose version --short 2>/dev/null) || c=
  [ -n "$c" ] || c=$(lim docker-compose --version 2>/dev/null) || c=
  kv compose.standalone "$c"; c=${c:-?}
fi
if [ -z "$c" ] && has podman-compose; then
  kv compose.podman "$(lim podman-compose version 2>/dev/null)"
fi
if [ -d /run/systemd/system ]; then kv systemd 1; else kv systemd 0; fi
if ! has ufw; then kv ufw missing
elif [ "$uid" != 0 ]; then kv ufw notroot
else kv ufw status; kv ufw.out "$(lim ufw status 2>&1)"
fi
if has nginx; then
  kv nginx.v "$(lim nginx -v 2>&1)"
  r=0
  for pf in /run/nginx.pid /var/run/nginx.pid; do
    p=
    if read -r p 2>/dev/null <"$pf" && [ -n "$p" ] && [ -d "/proc/$p" ]; then r=1; break; fi
  done
  if [ $r = 0 ] && has pgrep && pgrep -x -P 1 nginx >/dev/null 2>&1; then r=1; fi
  kv nginx.running $r
fi
echo capataz.end=1
exit 0
)SH"_s;

using Values = QHash<QString, QStringList>;

// os-release values are shell words: "quoted", 'quoted' or bare.
QString unquote(QString v)
{
    if (v.size() >= 2 && v.startsWith(u'"') && v.endsWith(u'"')) {
        v = v.mid(1, v.size() - 2);
        QString out;
        out.reserve(v.size());
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (v[i] == u'\\' && i + 1 < v.size() && QStringView(u"\"\\$`").contains(v[i + 1]))
                ++i;
            out += v[i];
        }
        return out;
    }
    if (v.size() >= 2 && v.startsWith(u'\'') && v.endsWith(u'\''))
        return v.mid(1, v.size() - 2);
    return v;
}

// The first version-looking word: "Docker version 24.0.5, build ced0996" -> "24.0.5".
QString versionIn(const QString& text)
{
    static const QRegularExpression re(uR"((?:^|[\s/:])v?(\d+(?:\.\d+)+[^\s,;)]*))"_s);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

class Reader {
public:
    Reader(const Values& values, QStringList& warnings)
        : m_values(values)
        , m_warnings(warnings)
    {}

    [[nodiscard]] bool has(const QString& key) const { return m_values.contains(key); }
    [[nodiscard]] QString text(const QString& key) const
    {
        const QStringList v = m_values.value(key);
        return v.isEmpty() ? QString() : v.front().trimmed();
    }
    [[nodiscard]] QStringList lines(const QString& key) const { return m_values.value(key); }

    // A non-negative integer times `scale`; -1 (and a warning unless empty) when unreadable.
    qint64 number(const QString& key, const QString& value, qint64 scale = 1)
    {
        if (value.isEmpty())
            return -1;
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0 || n > std::numeric_limits<qint64>::max() / scale) {
            m_warnings << u"%1: not a number: %2"_s.arg(key, value.left(80));
            return -1;
        }
        return n * scale;
    }
    qint64 number(const QString& key, qint64 scale = 1) { return number(key, text(key), scale); }

    double decimal(const QString& key, const QString& value)
    {
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok || d < 0) {
            m_warnings << u"%1: not a number: %2"_s.arg(key, value.left(80));
            return -1;
        }
        return d;
    }

    void warn(const QString& w) { m_warnings << w; }

private:
    const Values& m_values;
    QStringList& m_warnings;
};

struct DfLine {
    qint64 total = -1, used = -1, avail = -1;
    QString mountPoint;
};

// A `df -Pk` line: FS BLOCKS USED AVAIL CAPACITY MOUNTPOINT, where the file system's name and
// the mount point may contain spaces: the capacity ("19%" or "-") preceded by three numbers
// anchors it.
DfLine parseDf(Reader& r, const QString& key)
{
    DfLine d;
    const QString line = r.text(key);
    if (line.isEmpty()) {
        r.warn(u"%1: no df output"_s.arg(key));
        return d;
    }
    static const QRegularExpression ws(u"\\s+"_s);
    static const QRegularExpression capacity(u"^(\\d+%|-)$"_s);
    const QStringList t = line.split(ws, Qt::SkipEmptyParts);
    for (qsizetype i = 3; i < t.size(); ++i) {
        bool a = false, b = false, c = false;
        t[i - 3].toLongLong(&a);
        t[i - 2].toLongLong(&b);
        t[i - 1].toLongLong(&c);
        if (a && b && c && capacity.match(t[i]).hasMatch()) {
            d.total = r.number(key, t[i - 3], 1024);
            d.used = r.number(key, t[i - 2], 1024);
            d.avail = r.number(key, t[i - 1], 1024);
            d.mountPoint = t.mid(i + 1).join(u' ');
            return d;
        }
    }
    r.warn(u"%1: not a df line: %2"_s.arg(key, line.left(120)));
    return d;
}

void readSystem(Reader& r, ServerFacts& f)
{
    f.isRoot = r.text(u"id.uid"_s) == u"0";
    f.osId = unquote(r.text(u"os.ID"_s));
    f.osName = unquote(r.text(u"os.NAME"_s));
    f.osVersion = unquote(r.text(u"os.VERSION_ID"_s));
    if (f.osVersion.isEmpty())
        f.osVersion = unquote(r.text(u"os.VERSION"_s));
    f.osPrettyName = unquote(r.text(u"os.PRETTY_NAME"_s));
    if (f.osPrettyName.isEmpty())
        f.osPrettyName = QStringList{f.osName, f.osVersion}.join(u' ').trimmed();
    if (f.osName.isEmpty() && f.osPrettyName.isEmpty())
        r.warn(u"os-release: not found"_s);
    f.kernel = r.text(u"kernel"_s);
    f.hostname = r.text(u"hostname"_s);

    if (const QString up = r.text(u"uptime"_s); !up.isEmpty()) {
        const QString first = up.section(u' ', 0, 0);
        f.uptimeSeconds = r.number(u"uptime"_s, first.section(u'.', 0, 0));
    }
    if (r.has(u"cpus"_s))
        f.cpuCount = int(std::min<qint64>(r.number(u"cpus"_s), std::numeric_limits<int>::max()));
    if (const QString load = r.text(u"load"_s); !load.isEmpty()) {
        const QStringList parts = load.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() >= 3) {
            f.load1 = r.decimal(u"load"_s, parts[0]);
            f.load5 = r.decimal(u"load"_s, parts[1]);
            f.load15 = r.decimal(u"load"_s, parts[2]);
        } else {
            r.warn(u"load: not a loadavg line: %1"_s.arg(load.left(80)));
        }
    }
}

void readResources(Reader& r, ServerFacts& f)
{
    if (r.has(u"disk.root"_s)) {
        const DfLine root = parseDf(r, u"disk.root"_s);
        f.diskTotalBytes = root.total;
        f.diskUsedBytes = root.used;
        f.diskAvailBytes = root.avail;
    }
    f.diskProjectPath = r.text(u"disk.project.path"_s);
    if (r.has(u"disk.project"_s)) {
        const DfLine p = parseDf(r, u"disk.project"_s);
        f.diskProjectTotalBytes = p.total;
        f.diskProjectUsedBytes = p.used;
        f.diskProjectAvailBytes = p.avail;
        f.diskProjectMountPoint = p.mountPoint;
    } else if (r.has(u"disk.project.missing"_s)) {
        r.warn(u"project directory: not found"_s);
    }

    f.memTotalBytes = r.number(u"mem.MemTotal"_s, 1024);
    f.memAvailableBytes = r.number(u"mem.MemAvailable"_s, 1024);
    if (f.memAvailableBytes < 0 && r.has(u"mem.MemFree"_s)) {
        // Kernels before 3.14 have no MemAvailable: free + buffers + page cache comes close.
        const qint64 free = r.number(u"mem.MemFree"_s, 1024);
        const qint64 buffers = r.number(u"mem.Buffers"_s, 1024);
        const qint64 cached = r.number(u"mem.Cached"_s, 1024);
        if (free >= 0)
            f.memAvailableBytes = free + std::max<qint64>(buffers, 0) + std::max<qint64>(cached, 0);
    }
    f.swapTotal = r.number(u"mem.SwapTotal"_s, 1024);
    f.swapFree = r.number(u"mem.SwapFree"_s, 1024);
}

void readContainers(Reader& r, ServerFacts& f)
{
    f.dockerInstalled = r.has(u"docker.client"_s);
    if (const QString server = r.text(u"docker.server"_s); !server.isEmpty()) {
        f.dockerServerReachable = true;
        f.dockerVersion = server;
    } else if (f.dockerInstalled) {
        f.dockerVersion = versionIn(r.text(u"docker.client"_s));
        r.warn(u"docker: the daemon did not answer this user; showing the client's version"_s);
    }

    if (r.has(u"compose.plugin"_s)) {
        f.compose = ServerFacts::ComposeKind::V2Plugin;
        f.composeVersion = r.text(u"compose.plugin"_s);
        if (f.composeVersion.startsWith(u'v'))
            f.composeVersion.remove(0, 1);
    } else if (r.has(u"compose.standalone"_s)) {
        f.compose = ServerFacts::ComposeKind::V1Standalone;
        const QString out = r.text(u"compose.standalone"_s);
        f.composeVersion = versionIn(u' ' + out);
        if (f.composeVersion.isEmpty())
            r.warn(u"docker-compose: no version: %1"_s.arg(out.left(80)));
    } else if (r.has(u"compose.podman"_s)) {
        f.compose = ServerFacts::ComposeKind::Podman;
        static const QRegularExpression re(uR"(podman-compose version:?\s*v?(\S+))"_s);
        for (const QString& line : r.lines(u"compose.podman"_s)) {
            if (const auto m = re.match(line); m.hasMatch()) {
                f.composeVersion = m.captured(1);
                break;
            }
        }
        if (f.composeVersion.isEmpty())
            f.composeVersion = versionIn(u' ' + r.text(u"compose.podman"_s));
    }
}

void readUfw(Reader& r, ServerFacts& f)
{
    const QString ufw = r.text(u"ufw"_s);
    if (ufw == u"missing") {
        f.ufw = ServerFacts::UfwState::NotInstalled;
        return;
    }
    f.ufw = ServerFacts::UfwState::Unknown;
    if (ufw != u"status")
        return; // "notroot", or an old/partial output
    const QStringList out = r.lines(u"ufw.out"_s);
    bool inRules = false;
    for (const QString& raw : out) {
        const QString line = raw.trimmed();
        if (line.startsWith(u"Status:")) {
            const QString state = line.mid(7).trimmed();
            if (state == u"active")
                f.ufw = ServerFacts::UfwState::Active;
            else if (state == u"inactive")
                f.ufw = ServerFacts::UfwState::Inactive;
        } else if (line.startsWith(u"--")) {
            inRules = true;
        } else if (inRules && !line.isEmpty()) {
            f.ufwRules << line.simplified();
        }
    }
    if (f.ufw == ServerFacts::UfwState::Unknown)
        r.warn(u"ufw status: %1"_s.arg(out.value(0).left(120)));
    if (f.ufw != ServerFacts::UfwState::Active)
        f.ufwRules.clear();
}

void readServices(Reader& r, ServerFacts& f)
{
    f.systemd = r.text(u"systemd"_s) == u"1";
    readUfw(r, f);
    f.nginxInstalled = r.has(u"nginx.v"_s);
    if (f.nginxInstalled) {
        const QString v = r.text(u"nginx.v"_s); // "nginx version: nginx/1.22.1"
        static const QRegularExpression re(uR"(version:\s*\S*?/(\S+))"_s);
        if (const auto m = re.match(v); m.hasMatch())
            f.nginxVersion = m.captured(1);
        else
            f.nginxVersion = versionIn(u' ' + v);
        f.nginxRunning = r.text(u"nginx.running"_s) == u"1";
    }
}

double fraction(qint64 part, qint64 whole)
{
    return part >= 0 && whole > 0 ? std::clamp(double(part) / double(whole), 0.0, 1.0) : -1.0;
}

} // namespace

double ServerFacts::diskUsedFraction() const
{
    return diskUsedBytes < 0 || diskAvailBytes < 0 ? -1.0
                                                   : fraction(diskUsedBytes, diskUsedBytes + diskAvailBytes);
}

double ServerFacts::diskProjectUsedFraction() const
{
    return diskProjectUsedBytes < 0 || diskProjectAvailBytes < 0
               ? -1.0
               : fraction(diskProjectUsedBytes, diskProjectUsedBytes + diskProjectAvailBytes);
}

double ServerFacts::memAvailableFraction() const
{
    return fraction(memAvailableBytes, memTotalBytes);
}

QString composeKindName(ServerFacts::ComposeKind kind)
{
    switch (kind) {
    case ServerFacts::ComposeKind::None:
        return u"none"_s;
    case ServerFacts::ComposeKind::V2Plugin:
        return u"v2-plugin"_s;
    case ServerFacts::ComposeKind::V1Standalone:
        return u"v1-standalone"_s;
    case ServerFacts::ComposeKind::Podman:
        return u"podman"_s;
    }
    return u"none"_s;
}

QString ufwStateName(ServerFacts::UfwState state)
{
    switch (state) {
    case ServerFacts::UfwState::NotInstalled:
        return u"not-installed"_s;
    case ServerFacts::UfwState::Inactive:
        return u"inactive"_s;
    case ServerFacts::UfwState::Active:
        return u"active"_s;
    case ServerFacts::UfwState::Unknown:
        return u"unknown"_s;
    }
    return u"unknown"_s;
}

Command factsCommand(bool asRoot, const QString& projectDir)
{
    return std::move(Command::script(kScript, {projectDir}).asRoot(asRoot).request(QStringLiteral("facts")));
}

Result<ServerFacts> parseServerFacts(QByteArrayView output)
{
    static const QRegularExpression keyRe(u"^[A-Za-z][A-Za-z0-9_.]*$"_s);
    Values values;
    for (QByteArrayView line : QByteArray::fromRawData(output.data(), output.size()).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QString key = QString::fromLatin1(line.first(eq));
        if (!keyRe.match(key).hasMatch())
            continue;
        values[key] << QString::fromUtf8(line.sliced(eq + 1));
    }
    if (!values.contains(u"capataz.facts"_s))
        return fail(ErrorCode::ParseError, u"not the output of the facts script (no capataz.facts line)"_s);

    ServerFacts f;
    Reader r(values, f.warnings);
    if (!values.contains(u"capataz.end"_s))
        r.warn(u"the output ended early (no capataz.end line)"_s);
    readSystem(r, f);
    readResources(r, f);
    readContainers(r, f);
    readServices(r, f);
    return f;
}

} // namespace capataz::remote
