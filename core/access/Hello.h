#pragma once

#include "remote/Command.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace capataz::access {

// The account's own check, run with its own key: the dispatcher answers
// "capataz-access VERSION role=ROLE user=USER". The console asks it on connect
// (client::ServerSession), the CLI with `access PROFILE hello`.
[[nodiscard]] remote::Command helloCommand();
struct Hello {
    int version = 0;
    QString role; // "support" or "owner", as store::roleName() spells them
    QString user; // the account, e.g. "cpz-ana"
};
[[nodiscard]] std::optional<Hello> parseHello(const QByteArray& out);

} // namespace capataz::access
