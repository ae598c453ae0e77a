// libFuzzer target for the ~/.ssh/config importer. Every included file is the input itself,
// so Include loops, depth and fan-out are exercised. Properties: never crashes or hangs; every
// imported host is a concrete alias with a host name and a valid port; a ProxyJump chain is kept
// whole ("a@b:22,c", as ssh -G prints it; the hops are checked when connecting), never "none".
#include "ssh/SshConfig.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using capataz::ssh::parseSshConfig;
using capataz::ssh::SshConfigParseOptions;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    SshConfigParseOptions opts;
    opts.homeDir = QStringLiteral("/home/fuzz");
    opts.localUser = QStringLiteral("fuzz");
    opts.configPath = QStringLiteral("/home/fuzz/.ssh/config");
    // Short file names exist (and hold the input); longer ones do not.
    opts.readFile = [&text](const QString& path) -> std::optional<QString> {
        if (path.section(u'/', -1).size() > 2)
            return std::nullopt;
        return text;
    };
    opts.glob = [](const QString& pattern) {
        const QString dir = pattern.section(u'/', 0, -2);
        return QStringList{dir + QStringLiteral("/a"), dir + QStringLiteral("/b"),
                           dir + QStringLiteral("/cc")};
    };

    const auto result = parseSshConfig(text, opts);
    for (const auto& h : result.hosts) {
        if (h.alias.isEmpty() || h.alias.startsWith(u'!') || h.alias.contains(u'*') || h.alias.contains(u'?'))
            std::abort();
        if (h.port < 0 || h.port > 65535 || h.line < 1)
            std::abort();
        // "none" means no jump host; a value never spans lines
        if (h.proxyJump.compare(u"none", Qt::CaseInsensitive) == 0 || h.proxyJump.contains(u'\n'))
            std::abort();
    }
    for (const auto& n : result.notes) {
        if (n.line < 0)
            std::abort();
    }
    return 0;
}
