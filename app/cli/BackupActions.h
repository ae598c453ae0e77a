#pragma once

#include "backup/BackupSource.h"
#include "plan/StepContext.h"
#include "stack/Recipe.h"

#include <QString>
#include <QStringList>

namespace capataz::store {
class AuditLog;
}

namespace capataz::cli {

// What `backup` knows once it is connected: where the backups are, the project, what the
// command line asked for.
struct BackupRun {
    plan::StepContext ctx;
    QString server;
    QString dir;
    QString projectDir;
    QString envFile;
    QStringList composeArgs;
    QString image;
    QString compression;
    QList<stack::RecipeBackupTarget> targets; // create: what to back up
    QString name;                             // verify, download, drill, restore
    QString localDir;                         // download
    QString confirm;                          // restore
    double everyHours = 24;                   // list: the schedule's promise
    int hour = 2;                             // schedule --at HH:MM
    int minute = 0;
    int keepDays = 7;
    int keepCount = 7;
    bool remove = false; // schedule --remove
    bool json = false;
    store::AuditLog* audit = nullptr;
};

int backupCreate(const BackupRun& run);
int backupList(const BackupRun& run);
int backupVerify(const BackupRun& run);
int backupDownload(const BackupRun& run);
int backupDrill(const BackupRun& run);
int backupRestore(const BackupRun& run);
int backupSchedule(const BackupRun& run);
int backupUpload(const BackupRun& run); // run.name: the local copy's path
// verify --local FILE: the copy on this computer against the manifest beside it.
int backupVerifyLocal(const QString& file, bool json);

} // namespace capataz::cli
