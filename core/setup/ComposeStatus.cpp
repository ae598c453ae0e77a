#include "setup/ComposeStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kRestartsBeforeFailure = 3;

// State.StartedAt: "2026-12-06T23:10:01.123456789Z"; "0001-01-01T00:00:00Z" for never.
QDateTime startedAt(const QJsonObject& state)
{
    QString s = state.value(u"StartedAt"_s).toString();
    if (s.isEmpty() || s.startsWith(u"0001-"_s))
        return {};
    // Qt reads at most milliseconds: cut docker's nanoseconds.
    if (const qsizetype dot = s.indexOf(u'.'); dot > 0) {
        qsizetype end = dot + 1;
        while (end < s.size() && s[end].isDigit())
            ++end;
        s = s.left(dot + 1) + s.mid(dot + 1, std::min<qsizetype>(3, end - dot - 1)) + s.mid(end);
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}
} // namespace

bool ContainerState::isReady() const
{
    return isRunning() && (!hasHealthcheck() || health == u"healthy");
}

bool ContainerState::hasFailed() const
{
    if (status == u"exited" || status == u"dead" || health == u"unhealthy")
        return true;
    return status == u"restarting" && restartCount >= kRestartsBeforeFailure;
}

QString ContainerState::describe() const
{
    if (containerId.isEmpty())
        return u"%1: no container"_s.arg(service);
    QString s = u"%1: %2"_s.arg(service, status);
    if (status == u"exited" || status == u"dead")
        s += u" (code %1)"_s.arg(exitCode);
    if (hasHealthcheck())
        s += u", "_s + health;
    if (restartCount > 0)
        s += u", restarted %1 times"_s.arg(restartCount);
    return s;
}

ComposeStatus::Overall ComposeStatus::overall() const
{
    if (!failedServices().isEmpty())
        return Overall::Failed;
    if (containers.isEmpty() || !waitingServices().isEmpty())
        return Overall::Waiting;
    return Overall::Ready;
}

QStringList ComposeStatus::failedServices() const
{
    QStringList out;
    for (const ContainerState& c : containers) {
        if (c.hasFailed() && !out.contains(c.service))
            out << c.service;
    }
    return out;
}

QStringList ComposeStatus::waitingServices() const
{
    // A service with one failed container (of several) counts as failed, not as waiting.
    const QStringList failed = failedServices();
    QStringList out;
    for (const ContainerState& c : containers) {
        if (!c.isReady() && !c.hasFailed() && !out.contains(c.service) && !failed.contains(c.service))
            out << c.service;
    }
    return out;
}

QString ComposeStatus::describe() const
{
    QStringList lines;
    for (const ContainerState& c : containers)
        lines << c.describe();
    return lines.join(u'\n');
}

Result<ComposeStatus> ComposeStatus::parseLines(QByteArrayView text)
{
    ComposeStatus s;
    int lineNo = 0;
    for (const QByteArray& raw : text.toByteArray().split('\n')) {
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        auto bad = [lineNo] {
            return fail(ErrorCode::ParseError,
                        u"container state line %1 is not SERVICE|ID|RESTARTS|STATE-JSON"_s.arg(lineNo));
        };
        // The JSON comes last: it may hold '|' (State.Error).
        QList<QByteArray> f;
        qsizetype pos = 0;
        for (int i = 0; i < 3; ++i) {
            const qsizetype bar = line.indexOf('|', pos);
            if (bar < 0)
                return bad();
            f << line.sliced(pos, bar - pos);
            pos = bar + 1;
        }
        f << line.sliced(pos);
        ContainerState c;
        c.service = QString::fromUtf8(f[0]);
        c.containerId = QString::fromUtf8(f[1]);
        if (c.service.isEmpty())
            return bad();
        if (c.containerId.isEmpty()) {
            if (!f[2].isEmpty() || !f[3].isEmpty())
                return bad();
            c.status = u"missing"_s;
            s.containers.append(c);
            continue;
        }
        bool ok = false;
        c.restartCount = f[2].toInt(&ok);
        const QJsonDocument state = QJsonDocument::fromJson(f[3]);
        if (!ok || !state.isObject())
            return bad();
        const QJsonObject o = state.object();
        c.status = o.value(u"Status"_s).toString();
        c.health = o.value(u"Health"_s).toObject().value(u"Status"_s).toString();
        c.exitCode = o.value(u"ExitCode"_s).toInt();
        c.startedAt = startedAt(o);
        if (c.status.isEmpty())
            return bad();
        s.containers.append(c);
    }
    return s;
}

Result<ComposeStatus> ComposeStatus::parseInspectJson(QByteArrayView json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray())
        return fail(ErrorCode::ParseError,
                    u"docker inspect output is not a JSON array: %1"_s.arg(err.errorString()));
    ComposeStatus s;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QJsonObject state = o.value(u"State"_s).toObject();
        ContainerState c;
        c.service = o.value(u"Config"_s)
                        .toObject()
                        .value(u"Labels"_s)
                        .toObject()
                        .value(u"com.docker.compose.service"_s)
                        .toString();
        c.containerId = o.value(u"Id"_s).toString();
        c.status = state.value(u"Status"_s).toString();
        c.health = state.value(u"Health"_s).toObject().value(u"Status"_s).toString();
        c.exitCode = state.value(u"ExitCode"_s).toInt();
        c.startedAt = startedAt(state);
        c.restartCount = o.value(u"RestartCount"_s).toInt();
        if (c.containerId.isEmpty() || c.status.isEmpty())
            return fail(ErrorCode::ParseError,
                        u"docker inspect output: a container without Id or State.Status"_s);
        if (c.service.isEmpty())
            c.service = o.value(u"Name"_s).toString().remove(0, 1);
        s.containers.append(c);
    }
    return s;
}

QString composeStatusScript()
{
    // "$@" is the compose invocation. `config --hash '*'` lists "SERVICE HASH" for what the
    // active profiles start (docker compose v2 and docker-compose 1.29 alike; 1.29's
    // `config --services` ignores profiles); `ps -a -q` the project's containers, stopped ones
    // too (v2 lists only running ones without -a); one-off `run` containers are left out.
    // Two compose calls in all: docker-compose 1.29 takes about a second to start.
    return uR"SH(hashes=$("$@" config --hash '*' </dev/null) || exit 2
ids=$("$@" ps -a -q </dev/null 2>/dev/null) || ids=
states=
if [ -n "$ids" ]; then
  states=$(docker inspect -f '{{index .Config.Labels "com.docker.compose.oneoff"}}|{{index .Config.Labels "com.docker.compose.service"}}|{{.Id}}|{{.RestartCount}}|{{json .State}}' $ids) || exit 2
  states=$(printf '%s\n' "$states" | grep -v '^True|' | cut -d'|' -f2-)
fi
for s in $(printf '%s\n' "$hashes" | cut -d' ' -f1); do
  found=$(printf '%s\n' "$states" | awk -F'|' -v s="$s" '$1 == s')
  if [ -n "$found" ]; then printf '%s\n' "$found"; else printf '%s|||\n' "$s"; fi
done
)SH"_s;
}

} // namespace capataz::setup
