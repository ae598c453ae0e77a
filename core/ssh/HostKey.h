#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace capataz::ssh {

// A server's public host key as it travels in the SSH protocol.
struct HostKey {
    QString type;    // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ...
    QByteArray blob; // raw SSH wire-format public key (what known_hosts holds in base64)

    [[nodiscard]] bool operator==(const HostKey& other) const = default;
};

// Exactly what `ssh-keygen -lf` and ssh print: "SHA256:" + unpadded base64 of sha256(blob).
[[nodiscard]] QString fingerprintSha256(QByteArrayView blob);

// The key type named by the blob's first SSH string ("ssh-ed25519"); empty when the blob is
// too short or the length field does not fit.
[[nodiscard]] QString typeFromBlob(QByteArrayView blob);

// The name known_hosts uses for a host: "host" for port 22 (and for port 0, "default"),
// "[host]:port" otherwise. The host is lower-cased, as ssh does before it looks keys up.
[[nodiscard]] QString hostKeyPatternName(QStringView host, int port);

// OpenSSH's match_pattern(): `*` matches any run of characters, `?` exactly one, everything
// else itself. Shared by known_hosts and ssh_config. Linear in practice (no backtracking
// blow-up on hostile patterns).
[[nodiscard]] bool wildcardMatch(QStringView text, QStringView pattern,
                                 Qt::CaseSensitivity cs = Qt::CaseSensitive);

} // namespace capataz::ssh
