#pragma once

#include "store/ServerProfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace capataz::cli {

// "user@host:port" ("[::1]" for IPv6 hosts), as listings show a profile's address.
[[nodiscard]] QString profileAddress(const store::ServerProfile& profile);

// The stable --json form of a profile: name, host, port, user, auth, keyPath, sudo, role,
// jumpHost, projectDir, knownHostsFile (strings, empty when unset; port a number) and, once
// stored, created/updated (ISO 8601, UTC).
[[nodiscard]] QJsonObject profileToJson(const store::ServerProfile& profile);

// Left-aligned columns separated by two spaces; empty cells show "-".
[[nodiscard]] QString formatTable(const QStringList& header, const QList<QStringList>& rows);

// Indented JSON and a newline on stdout.
void printJson(const QJsonObject& object);

} // namespace capataz::cli
