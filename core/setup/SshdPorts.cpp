#include "setup/SshdPorts.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QStringView kMarker = u"@@capataz-listening@@";

// "0.0.0.0:22", "[::]:22", "*:22", "127.0.0.1%lo:22" -> 22; 0 when there is no port.
int portOfAddress(QStringView address)
{
    const qsizetype colon = address.lastIndexOf(u':');
    if (colon < 0)
        return 0;
    bool ok = false;
    const int port = address.mid(colon + 1).toInt(&ok);
    return ok && port >= 1 && port <= 65535 ? port : 0;
}

QList<int> sortedUnique(QList<int> ports)
{
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    return ports;
}

} // namespace

QList<int> parseSshdConfigPorts(QStringView sshdT)
{
    QList<int> ports;
    QList<int> listen;
    for (QStringView line : sshdT.split(u'\n')) {
        line = line.trimmed();
        const qsizetype space = line.indexOf(u' ');
        if (space <= 0)
            continue;
        const QStringView key = line.left(space);
        const QStringView value = line.mid(space + 1).trimmed();
        if (key.compare(u"port", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const int p = value.toInt(&ok);
            if (ok && p >= 1 && p <= 65535)
                ports.append(p);
        } else if (key.compare(u"listenaddress", Qt::CaseInsensitive) == 0) {
            // "listenaddress 0.0.0.0:22", "[::]:22"; an optional " rdomain X" follows.
            const QStringView address =
                value.left(value.indexOf(u' ') < 0 ? value.size() : value.indexOf(u' '));
            if (const int p = portOfAddress(address))
                listen.append(p);
        }
    }
    return sortedUnique(listen.isEmpty() ? ports : listen);
}

QList<int> parseListeningPorts(QStringView ssOutput, QStringView process)
{
    // ss: users:(("sshd",pid=51,fd=4)); netstat: "51/sshd" (possibly "51/sshd: /usr/sbin").
    const QString ssOwner = u"(\""_s + process + u"\","_s;
    const QRegularExpression netstatOwner(u"(^|\\s)\\d+/"_s + QRegularExpression::escape(process) +
                                          u"(:|\\s|$)"_s);
    QList<int> ports;
    for (QStringView line : ssOutput.split(u'\n')) {
        if (!line.contains(ssOwner) && !netstatOwner.match(line).hasMatch())
            continue;
        const QList<QStringView> fields = line.split(u' ', Qt::SkipEmptyParts);
        // ss -H: State Recv-Q Send-Q Local Peer Process; ss with header and netstat -tlnp
        // have the local address as the fourth field too (netstat: Proto Recv-Q Send-Q Local).
        if (fields.size() < 5)
            continue;
        const bool listening = fields[0] == u"LISTEN" || fields.contains(u"LISTEN");
        if (!listening)
            continue;
        if (const int p = portOfAddress(fields[3]))
            ports.append(p);
    }
    return sortedUnique(ports);
}

remote::Command readSshdPortsCommand()
{
    static const QString script = uR"SH(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH LC_ALL=C
sshd -T 2>/dev/null
echo "$1"
ss -Htlnp 2>/dev/null || ss -tlnp 2>/dev/null || netstat -tlnp 2>/dev/null
exit 0)SH"_s;
    return remote::Command::script(script, {kMarker.toString()}).asRoot();
}

QList<int> sshdPortsFromOutput(QByteArrayView output)
{
    const QString text = QString::fromUtf8(output);
    const qsizetype marker = text.indexOf(kMarker);
    const QStringView config = marker < 0 ? QStringView(text) : QStringView(text).left(marker);
    const QStringView listening = marker < 0 ? QStringView() : QStringView(text).mid(marker + kMarker.size());
    QList<int> ports = parseSshdConfigPorts(config);
    ports += parseListeningPorts(listening);
    return sortedUnique(ports);
}

} // namespace capataz::setup
