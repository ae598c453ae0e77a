#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace capataz::backup {

// The sortable UTC timestamp of a backup's name: "20261206T231500Z".
[[nodiscard]] QString timestampText(const QDateTime& time);
[[nodiscard]] std::optional<QDateTime> parseTimestamp(QStringView text);

// A label for a name: letters, digits and '_' only (anything else becomes '_'), at most 64
// characters; "data" when nothing is left.
[[nodiscard]] QString nameLabel(const QString& text);

// "<timestamp>-<kind>-<label>": the stem of a backup's file name; the script that writes the
// backup appends the format and the compression (".dump.zst", ".tar.gz").
[[nodiscard]] QString backupStem(const QDateTime& time, const QString& kind, const QString& label);

// What a backup's file name says about it.
struct BackupName {
    QDateTime time;
    QString kind;
    QString label;
    QString extension; // "dump.zst", "tar.gz", "archive.gz"
    // Kind and label together: the backups of one thing, which a schedule makes one after another.
    [[nodiscard]] QString series() const { return kind + u'-' + label; }
};

// nullopt for a name Capataz did not make (manifests, drill records, partial files included).
[[nodiscard]] std::optional<BackupName> parseBackupName(const QString& fileName);

// The files beside a backup: its manifest and the record of its last restore drill.
[[nodiscard]] QString manifestFileName(const QString& backupFileName);
[[nodiscard]] QString drillFileName(const QString& backupFileName);

// Where a project's backups go on the server: /var/backups/capataz/<project>.
[[nodiscard]] QString defaultBackupDir(const QString& project);

// The project's name for backup directories: the last part of its directory, as a label.
[[nodiscard]] QString projectLabel(const QString& projectDir);

} // namespace capataz::backup
