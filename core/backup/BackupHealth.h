#pragma once

#include "backup/BackupManifest.h"
#include "common/Text.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace capataz::backup {

// What a schedule promises: a new good backup of each series every `intervalSecs`, allowing
// `graceSecs` for the run itself.
struct SchedulePromise {
    qint64 intervalSecs = 24 * 3600;
    qint64 graceSecs = 3600;
};

// A problem nobody may miss, for one series of backups (kind + label).
struct BackupAlarm {
    enum class Kind {
        Late,   // no good backup within the promise (or none at all)
        Failed, // a run newer than the newest good backup did not finish or has no manifest
        Empty,  // the newest good backup holds nothing (no bytes, no tables, no files)
        Shrunk, // the newest good backup is less than half the size of the one before
    };
    Kind kind = Kind::Late;
    QString series;
    QString backup; // the backup concerned, empty when there is none
    Text sentence;  // for people, translated by the front end (context capataz::backup)
};

[[nodiscard]] QString alarmKindName(BackupAlarm::Kind kind); // "late", "failed", "empty", "shrunk"

// Compares the backups of a directory (any order) with the promise at `now`. `series`: the
// series that must exist (a schedule's targets); a series with no backup at all is Late.
// Pure: no clock, no I/O.
[[nodiscard]] QList<BackupAlarm> assessBackups(const QList<BackupEntry>& entries,
                                               const SchedulePromise& promise, const QDateTime& now,
                                               const QStringList& series = {});

// Retention: what may be deleted to keep, per series, the `keepCount` newest good backups and
// every backup younger than `keepDays`. Never the newest backup whose restore drill passed, and
// never the newest good one. Partial files older than a day are deleted too. Pure.
struct RetentionRule {
    int keepDays = 7;
    int keepCount = 7;
};
[[nodiscard]] QStringList retentionVictims(const QList<BackupEntry>& entries, const RetentionRule& rule,
                                           const QDateTime& now);

} // namespace capataz::backup
