// libFuzzer target for the known_hosts parser and matcher.
// Properties: parsing never crashes; warnings point at real lines; a line written by
// formatLine() for any host the input spells is read back and matches.
#include "ssh/KnownHosts.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using capataz::ssh::HostKey;
using capataz::ssh::KnownHosts;
using capataz::ssh::KnownHostsCheck;

namespace {

HostKey fixedKey()
{
    static const QByteArray blob =
        QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIArEwVAsJEJoxo5mGQSny/LcETp9WE9DhQ7QwiqwEs0v");
    return HostKey{QStringLiteral("ssh-ed25519"), blob};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const KnownHosts hosts = KnownHosts::parse(text, QStringLiteral("fuzz"));

    const qsizetype lines = text.count(u'\n') + 1;
    for (const auto& w : hosts.warnings()) {
        if (w.line < 1 || w.line > lines || w.file != QStringLiteral("fuzz"))
            std::abort();
    }

    // Ask about a host spelled by the input: its first field.
    const QString host = text.section(u'\n', 0, 0).section(u' ', 0, 0).left(200);
    const int port = size > 0 ? 1 + data[0] * 97 : 22;
    const HostKey key = fixedKey();
    const KnownHostsCheck check = hosts.check(host, port, key);
    if ((check.status == KnownHostsCheck::Unknown) != (check.line == 0))
        std::abort();
    (void)hosts.knownKeyTypes(host, port);
    (void)capataz::ssh::typeFromBlob(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));

    // What we write, we read back.
    for (bool hashed : {false, true}) {
        const QString line = KnownHosts::formatLine(host, port, key, hashed);
        if (line.isEmpty())
            continue;
        const KnownHosts written = KnownHosts::parse(line);
        if (!written.warnings().isEmpty() ||
            written.check(host, port, key).status != KnownHostsCheck::Matches)
            std::abort();
    }
    return 0;
}
