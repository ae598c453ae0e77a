#pragma once

#include "remote/Command.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace capataz::setup {

// The TCP ports sshd really listens on, read on the server instead of assuming 22.
//
// `sshd -T` (as root) prints the effective configuration: "port N" lines and
// "listenaddress HOST:PORT" lines. The listen addresses win when there are any (a
// ListenAddress with its own port overrides Port). Sorted, without repeats.
[[nodiscard]] QList<int> parseSshdConfigPorts(QStringView sshdT);

// Listening TCP sockets owned by a process called `process`, from `ss -Htlnp` (or
// `ss -tlnp`, or `netstat -tlnp`) output as root: what the running daemon has open now.
// Sorted, without repeats.
[[nodiscard]] QList<int> parseListeningPorts(QStringView ssOutput, QStringView process = u"sshd");

// One command (run as root) that prints `sshd -T`, a marker line, then `ss -Htlnp` (or
// `netstat -tlnp` where ss is missing). Always exits 0; missing tools print nothing.
[[nodiscard]] remote::Command readSshdPortsCommand();

// The ports in the output of readSshdPortsCommand(): those sshd listens on now together with
// those its configuration names (they differ until sshd is restarted; both must stay open).
// Empty when neither part named a port.
[[nodiscard]] QList<int> sshdPortsFromOutput(QByteArrayView output);

} // namespace capataz::setup
