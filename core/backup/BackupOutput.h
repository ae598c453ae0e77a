#pragma once

#include "backup/BackupManifest.h"
#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace capataz::backup {

// "key=value" lines as the backup scripts print them (a key may repeat: tool=, count=).
struct ScriptOutput {
    QList<std::pair<QString, QString>> pairs;
    [[nodiscard]] QString value(const QString& key) const; // the last one, empty when absent
    [[nodiscard]] QStringList all(const QString& key) const;
    // count=TABLE|ROWS lines, files= and bytes=.
    [[nodiscard]] Expectation expectation() const;
};
[[nodiscard]] ScriptOutput parseScriptOutput(const QByteArray& out);

// The manifest of a backup create() printed (everything but project and source).
[[nodiscard]] Result<Manifest> manifestFromOutput(const ScriptOutput& out);

// What list() printed, as entries sorted newest first (partial files included).
[[nodiscard]] QList<BackupEntry> entriesFromListing(const QByteArray& out);

} // namespace capataz::backup
