#include "setup/UfwRules.h"

#include <QRegularExpression>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

std::optional<QString> normalizeUfwPortRule(QStringView text)
{
    static const QRegularExpression re(u"^(\\d{1,5})(?::(\\d{1,5}))?(?:/(tcp|udp))?$"_s);
    const QString t = text.trimmed().toString().toLower();
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int first = m.captured(1).toInt();
    const bool range = m.hasCaptured(2);
    const int last = range ? m.captured(2).toInt() : first;
    QString protocol = m.captured(3);
    if (first < 1 || first > 65535 || last < first || last > 65535)
        return std::nullopt;
    if (range && protocol.isEmpty())
        return std::nullopt; // ufw: "Must specify 'tcp' or 'udp' with multiple ports"
    if (protocol.isEmpty())
        protocol = u"tcp"_s;
    return range ? u"%1:%2/%3"_s.arg(first).arg(last).arg(protocol) : u"%1/%2"_s.arg(first).arg(protocol);
}

QStringList parseUfwShowAdded(QStringView text)
{
    QStringList rules;
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(u"ufw "))
            rules.append(line.mid(4).trimmed().toString());
    }
    return rules;
}

bool ufwRulesAllow(const QStringList& addedRules, const QString& rule)
{
    const qsizetype slash = rule.indexOf(u'/');
    const QString portOnly = slash < 0 ? rule : rule.left(slash);
    // "allow 22" is only the same as "allow 22/tcp" for single ports (ranges need a protocol).
    const bool single = !portOnly.contains(u':');
    for (const QString& added : addedRules) {
        QString r = added;
        // "allow in 22/tcp" is what "allow 22/tcp" means.
        r.replace(u"allow in "_s, u"allow "_s).replace(u"limit in "_s, u"limit "_s);
        for (const QString& verb : {u"allow "_s, u"limit "_s}) {
            if (!r.startsWith(verb))
                continue;
            const QString what = r.mid(verb.size());
            if (what == rule || (single && what == portOnly))
                return true;
        }
    }
    return false;
}

bool ufwRulesAllowFromSomeSources(const QStringList& addedRules, int port)
{
    // ufw prints these as "allow [in] [on IF] from SRC [port SP] to DST port P [proto tcp]".
    static const QRegularExpression re(
        uR"(^(?:allow|limit)(?: in)?(?: on \S+)? from \S+(?: port \S+)? to \S+ port (\S+)(?: proto (\S+))?(?: comment .*)?$)"_s);
    for (const QString& added : addedRules) {
        const auto m = re.match(added);
        if (!m.hasMatch())
            continue;
        const QString proto = m.captured(2);
        if (!proto.isEmpty() && proto != u"tcp"_s)
            continue;
        for (const QString& p : m.captured(1).split(u',')) {
            const qsizetype colon = p.indexOf(u':');
            bool ok1 = false;
            bool ok2 = false;
            const int lo = (colon < 0 ? p : p.left(colon)).toInt(&ok1);
            const int hi = colon < 0 ? lo : p.mid(colon + 1).toInt(&ok2);
            if (ok1 && (colon < 0 || ok2) && lo <= port && port <= hi)
                return true;
        }
    }
    return false;
}

std::optional<bool> parseUfwStatusActive(QStringView text)
{
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (line == u"Status: active")
            return true;
        if (line == u"Status: inactive")
            return false;
    }
    return std::nullopt;
}

} // namespace capataz::setup
