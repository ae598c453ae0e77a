#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace capataz::access {

// Makes a new ed25519 key pair for an access account with this computer's ssh-keygen (OpenSSH's
// client package), without a passphrase: `path` (the private key, 0600) and `path`.pub. The
// person keeps it (ssh-keygen -p gives it a passphrase). Never overwrites: an existing file is
// an error. Asynchronous (the GUI does not wait); `done` gets the public key line, on
// `context`'s thread; nothing is called once `context` is gone.
void makeKeyPair(const QString& path, const QString& comment, QObject* context,
                 std::function<void(Result<QString>)> done);

// The first line of a public key file (.pub), refusing a private key given by mistake.
[[nodiscard]] Result<QString> readPublicKeyFile(const QString& path);

} // namespace capataz::access
