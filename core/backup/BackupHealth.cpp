#include "backup/BackupHealth.h"

#include <QHash>

#include <algorithm>

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

namespace {

// Newest first.
QHash<QString, QList<const BackupEntry*>> bySeries(const QList<BackupEntry>& entries)
{
    QHash<QString, QList<const BackupEntry*>> out;
    for (const BackupEntry& e : entries)
        out[e.series()].append(&e);
    for (auto& list : out)
        std::sort(list.begin(), list.end(), [](const BackupEntry* a, const BackupEntry* b) {
            return a->time() != b->time() ? a->time() > b->time() : a->name > b->name;
        });
    return out;
}

bool holdsNothing(const BackupEntry& e)
{
    if (e.size == 0)
        return true;
    const Expectation& x = e.manifest->expect;
    if (e.manifest->kind == u"postgres"_s)
        return x.rowCounts.isEmpty();
    return x.fileCount == 0;
}

} // namespace

QString alarmKindName(BackupAlarm::Kind kind)
{
    switch (kind) {
    case BackupAlarm::Kind::Late:
        return u"late"_s;
    case BackupAlarm::Kind::Failed:
        return u"failed"_s;
    case BackupAlarm::Kind::Empty:
        return u"empty"_s;
    case BackupAlarm::Kind::Shrunk:
        return u"shrunk"_s;
    }
    return u"late"_s;
}

QList<BackupAlarm> assessBackups(const QList<BackupEntry>& entries, const SchedulePromise& promise,
                                 const QDateTime& now, const QStringList& series)
{
    auto groups = bySeries(entries);
    for (const QString& s : series)
        if (!groups.contains(s))
            groups.insert(s, {});
    QStringList names = groups.keys();
    std::sort(names.begin(), names.end());
    QList<BackupAlarm> alarms;
    for (const QString& s : names) {
        const QList<const BackupEntry*>& list = groups.value(s);
        QList<const BackupEntry*> good;
        for (const BackupEntry* e : list)
            if (e->isGood())
                good << e;
        if (good.isEmpty()) {
            alarms << BackupAlarm{
                BackupAlarm::Kind::Late,
                s,
                {},
                Text(QT_TRANSLATE_NOOP("capataz::backup", "%1 has no good backup at all."), {s})};
        } else {
            const qint64 age = good.first()->time().secsTo(now);
            if (age > promise.intervalSecs + promise.graceSecs)
                alarms << BackupAlarm{
                    BackupAlarm::Kind::Late, s, good.first()->name,
                    Text(QT_TRANSLATE_NOOP("capataz::backup",
                                           "The newest good backup of %1 is %2 hours old; the schedule "
                                           "promises one every %3 hours."),
                         {s, QString::number(age / 3600), QString::number(promise.intervalSecs / 3600)})};
        }
        // A run newer than the newest good backup that left no good backup behind.
        for (const BackupEntry* e : list) {
            if (!good.isEmpty() && e->time() <= good.first()->time())
                break;
            if (!e->isGood()) {
                alarms << BackupAlarm{
                    BackupAlarm::Kind::Failed, s, e->name,
                    Text(QT_TRANSLATE_NOOP("capataz::backup",
                                           "The backup %1 did not finish or has no valid manifest."),
                         {e->name})};
                break;
            }
        }
        if (good.isEmpty())
            continue;
        if (holdsNothing(*good.first()))
            alarms << BackupAlarm{BackupAlarm::Kind::Empty, s, good.first()->name,
                                  Text(QT_TRANSLATE_NOOP("capataz::backup", "The backup %1 holds nothing."),
                                       {good.first()->name})};
        if (good.size() > 1 && good.first()->size * 2 < good.at(1)->size)
            alarms << BackupAlarm{
                BackupAlarm::Kind::Shrunk, s, good.first()->name,
                Text(QT_TRANSLATE_NOOP("capataz::backup",
                                       "The backup %1 is less than half the size of the one before it (%2 "
                                       "bytes, before %3 bytes)."),
                     {good.first()->name, QString::number(good.first()->size),
                      QString::number(good.at(1)->size)})};
    }
    return alarms;
}

QStringList retentionVictims(const QList<BackupEntry>& entries, const RetentionRule& rule,
                             const QDateTime& now)
{
    QStringList victims;
    const auto groups = bySeries(entries);
    for (const QList<const BackupEntry*>& list : groups) {
        const BackupEntry* newestGood = nullptr;
        const BackupEntry* newestDrilled = nullptr;
        for (const BackupEntry* e : list) {
            if (!newestGood && e->isGood())
                newestGood = e;
            if (!newestDrilled && e->isGood() && e->drillPassed())
                newestDrilled = e;
        }
        int goodKept = 0;
        for (const BackupEntry* e : list) {
            const qint64 ageSecs = e->time().secsTo(now);
            if (e->partial) {
                if (ageSecs > 24 * 3600)
                    victims << e->name + u".partial"_s;
                continue;
            }
            const bool young = ageSecs <= qint64(rule.keepDays) * 24 * 3600;
            const bool counted = e->isGood() && goodKept < rule.keepCount;
            if (counted)
                ++goodKept;
            if (e == newestGood || e == newestDrilled || counted || young)
                continue;
            victims << e->name;
        }
    }
    std::sort(victims.begin(), victims.end());
    return victims;
}

} // namespace capataz::backup
