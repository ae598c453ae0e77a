#pragma once

#include <QMetaType>

namespace capataz::ssh {

// Where a Connection is, as Connection::stateChanged reports it.
enum class ConnectionState { Disconnected, Connecting, WaitingForHostKey, Authenticating, Connected, Failed };

} // namespace capataz::ssh

Q_DECLARE_METATYPE(capataz::ssh::ConnectionState)
