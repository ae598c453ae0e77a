#pragma once

#include <QMetaType>
#include <QString>

namespace capataz::ssh {

// What the UI shows when a server presents its host key.
struct HostKeyInfo {
    enum class Status { Unknown, Matches, Changed, Revoked };
    QString host; // as the profile names it
    int port = 22;
    QString keyType;     // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
    QString fingerprint; // "SHA256:..." exactly as OpenSSH prints it
    Status status = Status::Unknown;
    QString knownFile; // for Matches/Changed: the file and line of the entry
    int knownLine = 0;
    QString blobBase64; // the public key, to remember it
};

} // namespace capataz::ssh

Q_DECLARE_METATYPE(capataz::ssh::HostKeyInfo)
