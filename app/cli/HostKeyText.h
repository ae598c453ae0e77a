#pragma once

#include "ssh/HostKeyInfo.h"

#include <QByteArrayView>
#include <QString>

namespace capataz::cli {

// The key size as ssh-keygen -l prints it (256 for ed25519 and nistp256, the modulus bits for
// RSA); 0 when the blob cannot be read.
[[nodiscard]] int hostKeyBits(QByteArrayView blob, const QString& type);

// "ED25519", "ECDSA", "RSA", "DSA"; the type itself for others.
[[nodiscard]] QString hostKeyTypeLabel(const QString& type);

// One line as `ssh-keygen -lf` prints it: "256 SHA256:... host (ED25519)", the host as
// known_hosts names it ("[host]:port" off port 22).
[[nodiscard]] QString hostKeyLine(const ssh::HostKeyInfo& info);

} // namespace capataz::cli
