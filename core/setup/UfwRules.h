#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace capataz::setup {

// Reading what ufw prints, and the port rules Capataz writes ("22/tcp", "6000:6010/udp").

// A port rule in the form `ufw allow` takes: "PORT", "PORT/tcp", "PORT/udp" or
// "FIRST:LAST/tcp|udp" (ufw requires a protocol for ranges). A bare port gets "/tcp".
// std::nullopt for anything else (ports outside 1..65535, a range backwards, other words).
[[nodiscard]] std::optional<QString> normalizeUfwPortRule(QStringView text);

// The rules `ufw show added` lists, as written after "ufw " ("allow 22/tcp", "limit 22",
// "deny from 10.0.0.1"). "(None)" and the header give nothing.
[[nodiscard]] QStringList parseUfwShowAdded(QStringView text);

// Whether those rules let `rule` ("22/tcp") in from anywhere: "allow RULE" or "limit RULE",
// or the same port without a protocol ("allow 22" opens tcp and udp).
[[nodiscard]] bool ufwRulesAllow(const QStringList& addedRules, const QString& rule);
// True when an added rule lets TCP port `port` in from some sources only ("allow from
// 10.0.0.0/8 to any port 22 proto tcp"): an SSH restriction the sysadmin chose, which the
// firewall plan must keep rather than widen to "allow 22/tcp" from everywhere.
[[nodiscard]] bool ufwRulesAllowFromSomeSources(const QStringList& addedRules, int port);

// From `LC_ALL=C ufw status`: true for "Status: active", false for "Status: inactive",
// std::nullopt when it says neither (not ufw's output).
[[nodiscard]] std::optional<bool> parseUfwStatusActive(QStringView text);

} // namespace capataz::setup
