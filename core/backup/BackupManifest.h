#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace capataz::backup {

// What a restore must find: rows per table (PostgreSQL), documents per collection (MongoDB),
// regular files and their bytes (volumes, directories). -1: not measured.
struct Expectation {
    QMap<QString, qint64> rowCounts; // "schema.table" -> rows
    qint64 fileCount = -1;
    qint64 bytes = -1;
    bool operator==(const Expectation&) const = default;
};

// The JSON file beside a backup (<name>.manifest.json): what it holds, where it came from, how
// it was made and what a restore must find. Never holds a secret: credentials are named by
// their .env variable at most.
struct Manifest {
    int version = 1;
    QString name;        // the backup's file name
    QString kind;        // "postgres", "volume", "files", "mongodb"
    QString project;     // project label
    QString source;      // for people: "database shop on the host (127.0.0.1:5432) as app"
    QString database;    // postgres / mongodb
    QString service;     // compose service, empty on the host
    QString user;        // the database user (a name, never its password)
    QString volume;      // kind volume
    QString path;        // kind files, relative to the project directory
    QString compression; // "zstd", "gzip"
    QStringList tools;   // first lines of --version
    qint64 size = 0;
    QString sha256;
    QDateTime started;
    QDateTime ended;
    Expectation expect;
    bool operator==(const Manifest&) const = default;
};

[[nodiscard]] QByteArray manifestToJson(const Manifest& m);
[[nodiscard]] Result<Manifest> manifestFromJson(const QByteArray& json);

// The record of a restore drill (<name>.drill.json), kept on the server so that every computer
// sees the last verified restore.
struct DrillRecord {
    QString name; // the backup drilled
    QDateTime at;
    bool ok = false;
    qint64 durationMs = 0;
    QString detail; // what differed, or why it failed; empty when ok
    Expectation found;
    bool operator==(const DrillRecord&) const = default;
};

[[nodiscard]] QByteArray drillToJson(const DrillRecord& d);
[[nodiscard]] Result<DrillRecord> drillFromJson(const QByteArray& json);

// Differences between what a manifest expects and what a restore found, one line each
// ("public.orders: 120 rows expected, 80 found"); empty when they agree.
[[nodiscard]] QStringList compareExpectation(const Expectation& expected, const Expectation& found);

// One file of a server's backup directory, with its manifest and drill record when present.
struct BackupEntry {
    QString name;
    qint64 size = 0;
    QDateTime modified;
    bool partial = false; // "<name>.partial": a backup that never finished
    std::optional<Manifest> manifest;
    std::optional<DrillRecord> drill;
    QString manifestError; // the manifest exists but cannot be read
    [[nodiscard]] QString series() const;
    [[nodiscard]] QDateTime time() const; // from the name, else modified
    // Finished, with a readable manifest whose size matches the file.
    [[nodiscard]] bool isGood() const;
    [[nodiscard]] bool drillPassed() const { return drill && drill->ok; }
};

} // namespace capataz::backup
