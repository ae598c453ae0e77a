#pragma once

#include "common/Error.h"

#include <QString>

namespace capataz::ssh {

// What a private key file is, read without decrypting it: enough to ask for a passphrase
// before trying, and to explain an RSA refusal precisely.
struct KeyFileInfo {
    enum class Format { OpenSsh, Pem, Pkcs8, Unknown };
    Format format = Format::Unknown;
    QString type; // "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", ... ; empty when the file does not say
    bool encrypted = false;
    [[nodiscard]] bool isRsa() const { return type == u"ssh-rsa"; }
};

[[nodiscard]] Result<KeyFileInfo> inspectKeyFile(const QString& path);
[[nodiscard]] KeyFileInfo inspectKeyText(const QByteArray& text);

} // namespace capataz::ssh
