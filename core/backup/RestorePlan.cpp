#include "backup/RestorePlan.h"

#include "backup/BackupNaming.h"
#include "backup/BackupScripts.h"
#include "plan/CommandStep.h"

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

QString expectedCountsText(const Manifest& manifest)
{
    if (manifest.kind == u"postgres"_s) {
        QStringList lines;
        for (auto it = manifest.expect.rowCounts.cbegin(); it != manifest.expect.rowCounts.cend(); ++it)
            lines << it.key() + u'|' + QString::number(it.value());
        return lines.join(u'\n');
    }
    return u"files=%1\nbytes=%2"_s.arg(manifest.expect.fileCount).arg(manifest.expect.bytes);
}

QString confirmationWord(const Manifest& manifest)
{
    if (manifest.kind == u"volume"_s)
        return manifest.volume;
    if (manifest.kind == u"files"_s)
        return manifest.path;
    return manifest.database;
}

Result<plan::Plan> restorePlan(const Manifest& manifest, const BackupSource& live, const QString& dir,
                               const QDateTime& now)
{
    if (manifest.kind != u"postgres"_s && manifest.kind != u"volume"_s)
        return fail(ErrorCode::InvalidArgument,
                    u"restoring %1 backups is not supported yet (drills are)"_s.arg(manifest.kind));
    if (confirmationWord(manifest).isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    u"the manifest of %1 names no database or volume"_s.arg(manifest.name));
    BackupSource where = live;
    where.kind = manifest.kind;
    where.database = manifest.database;
    where.volume = manifest.volume;
    if (auto ok = where.validate(); !ok)
        return std::unexpected(ok.error());

    const QString safetyDir = dir + u"/safety"_s;
    const QString safetyStem = backupStem(now, where.kind, u"before_restore_"_s + where.label());
    const QString target = confirmationWord(manifest);

    plan::Plan p(
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Restore %1 from %2"), {target, manifest.name}));
    auto safety = std::make_shared<plan::CommandStep>(
        u"backup.restore.safety"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Make a safety backup of %1"), {target}),
        plan::Text(
            QT_TRANSLATE_NOOP("capataz::plan",
                              "Backs up the data as it is now into %1. If it fails, nothing is restored. "
                              "If the restore fails, this backup is put back."),
            {safetyDir}),
        scripts::create(where, safetyDir, safetyStem));
    safety->setApplyInput(scripts::secretInput(where));
    safety->setRollback(scripts::restore(where, safetyDir, {}, safetyStem));
    if (!where.password.isEmpty())
        safety->addSecret(where.password);
    p.add(safety);

    auto data = std::make_shared<plan::CommandStep>(
        u"backup.restore.data"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Restore %1 from %2"), {target, manifest.name}),
        plan::Text(QT_TRANSLATE_NOOP(
            "capataz::plan", "Replaces the data with the backup's, then checks it against the backup's "
                             "manifest (row counts, or files and bytes).")),
        scripts::restore(where, dir, manifest.name));
    data->setVerify(scripts::checkCounts(where, expectedCountsText(manifest)));
    if (!where.password.isEmpty())
        data->addSecret(where.password);
    p.add(data);
    return p;
}

} // namespace capataz::backup
