#pragma once

#include "common/Error.h"
#include "stack/Recipe.h"

#include <QString>
#include <QStringList>

namespace capataz::stack {
class DotenvDocument;
}

namespace capataz::backup {

// One thing to back up, resolved: the recipe's target with the .env's names turned into values.
// `password` is the only secret: it goes to the remote script's stdin, never into argv, a
// manifest, a preview or a log.
struct BackupSource {
    QString kind; // "postgres", "volume", "files", "mongodb"
    QString project;
    QString projectDir;
    QStringList composeArgs; // "-f", "a.yml", "--profile", "x": for a compose service
    QString service;         // empty: on the host (PostgreSQL) / not used (volume, files)
    QString database;
    QString volume;
    QString path; // kind files: relative to projectDir
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString user;
    QString password;
    QString image = QStringLiteral("busybox:latest"); // runs tar for volumes
    QString compression;                              // empty: zstd if the server has it, else gzip

    [[nodiscard]] QString label() const;    // what the name says: database, volume or path
    [[nodiscard]] QString describe() const; // for people and manifests; never the password
    // InvalidArgument when something needed is missing or unsafe (a path with "..", an absolute
    // path, a volume or image name starting with '-').
    [[nodiscard]] VoidResult validate() const;
};

// The source a recipe target names, with the .env values (null: no .env). `databaseEnv`
// wins over `database`; a user or password variable named but missing in the .env is an
// InvalidArgument that names the variable (never a value).
[[nodiscard]] Result<BackupSource> resolveSource(const stack::RecipeBackupTarget& target,
                                                 const stack::DotenvDocument* env, const QString& projectDir,
                                                 const QStringList& composeArgs);

// True for the kinds Capataz can back up today (postgres, volume, files, mongodb).
[[nodiscard]] bool isSupportedKind(const QString& kind);

} // namespace capataz::backup
