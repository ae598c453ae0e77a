#include "backup/BackupManifest.h"

#include "backup/BackupNaming.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

namespace {

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject expectationJson(const Expectation& e)
{
    QJsonObject o;
    if (!e.rowCounts.isEmpty() || (e.fileCount < 0 && e.bytes < 0)) {
        QJsonObject rows;
        for (auto it = e.rowCounts.cbegin(); it != e.rowCounts.cend(); ++it)
            rows.insert(it.key(), double(it.value()));
        o.insert(u"row_counts"_s, rows);
    }
    if (e.fileCount >= 0)
        o.insert(u"file_count"_s, double(e.fileCount));
    if (e.bytes >= 0)
        o.insert(u"bytes"_s, double(e.bytes));
    return o;
}

Expectation expectationFrom(const QJsonObject& o)
{
    Expectation e;
    const QJsonObject rows = o.value(u"row_counts"_s).toObject();
    for (auto it = rows.begin(); it != rows.end(); ++it)
        e.rowCounts.insert(it.key(), qint64(it.value().toDouble()));
    e.fileCount = o.contains(u"file_count"_s) ? qint64(o.value(u"file_count"_s).toDouble()) : -1;
    e.bytes = o.contains(u"bytes"_s) ? qint64(o.value(u"bytes"_s).toDouble()) : -1;
    return e;
}

Result<QJsonObject> parseObject(const QByteArray& json, const QString& what)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::ParseError, u"%1 is not a JSON object: %2"_s.arg(what, err.errorString()));
    return doc.object();
}

} // namespace

QByteArray manifestToJson(const Manifest& m)
{
    QJsonObject o{{u"capataz_backup"_s, m.version},
                  {u"name"_s, m.name},
                  {u"kind"_s, m.kind},
                  {u"project"_s, m.project},
                  {u"source"_s, m.source},
                  {u"compression"_s, m.compression},
                  {u"tools"_s, QJsonArray::fromStringList(m.tools)},
                  {u"size"_s, double(m.size)},
                  {u"sha256"_s, m.sha256},
                  {u"started"_s, isoTime(m.started)},
                  {u"ended"_s, isoTime(m.ended)},
                  {u"expect"_s, expectationJson(m.expect)}};
    if (!m.database.isEmpty())
        o.insert(u"database"_s, m.database);
    if (!m.service.isEmpty())
        o.insert(u"service"_s, m.service);
    if (!m.user.isEmpty())
        o.insert(u"user"_s, m.user);
    if (!m.volume.isEmpty())
        o.insert(u"volume"_s, m.volume);
    if (!m.path.isEmpty())
        o.insert(u"path"_s, m.path);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Manifest> manifestFromJson(const QByteArray& json)
{
    auto parsed = parseObject(json, u"the manifest"_s);
    if (!parsed)
        return std::unexpected(parsed.error());
    const QJsonObject& o = *parsed;
    Manifest m;
    m.version = o.value(u"capataz_backup"_s).toInt(0);
    if (m.version != 1)
        return fail(ErrorCode::ParseError, u"not a Capataz backup manifest (capataz_backup: 1 missing)"_s);
    m.name = o.value(u"name"_s).toString();
    m.kind = o.value(u"kind"_s).toString();
    m.project = o.value(u"project"_s).toString();
    m.source = o.value(u"source"_s).toString();
    m.database = o.value(u"database"_s).toString();
    m.service = o.value(u"service"_s).toString();
    m.user = o.value(u"user"_s).toString();
    m.volume = o.value(u"volume"_s).toString();
    m.path = o.value(u"path"_s).toString();
    m.compression = o.value(u"compression"_s).toString();
    for (const QJsonValue& t : o.value(u"tools"_s).toArray())
        m.tools << t.toString();
    m.size = qint64(o.value(u"size"_s).toDouble(-1));
    m.sha256 = o.value(u"sha256"_s).toString();
    m.started = fromIso(o.value(u"started"_s));
    m.ended = fromIso(o.value(u"ended"_s));
    m.expect = expectationFrom(o.value(u"expect"_s).toObject());
    if (m.name.isEmpty() || m.kind.isEmpty() || m.size < 0 || m.sha256.size() != 64)
        return fail(ErrorCode::ParseError, u"the manifest lacks its name, kind, size or SHA-256"_s);
    return m;
}

QByteArray drillToJson(const DrillRecord& d)
{
    const QJsonObject o{{u"capataz_drill"_s, 1},
                        {u"name"_s, d.name},
                        {u"at"_s, isoTime(d.at)},
                        {u"ok"_s, d.ok},
                        {u"duration_ms"_s, double(d.durationMs)},
                        {u"detail"_s, d.detail},
                        {u"found"_s, expectationJson(d.found)}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<DrillRecord> drillFromJson(const QByteArray& json)
{
    auto parsed = parseObject(json, u"the drill record"_s);
    if (!parsed)
        return std::unexpected(parsed.error());
    const QJsonObject& o = *parsed;
    if (o.value(u"capataz_drill"_s).toInt(0) != 1)
        return fail(ErrorCode::ParseError, u"not a Capataz drill record"_s);
    DrillRecord d;
    d.name = o.value(u"name"_s).toString();
    d.at = fromIso(o.value(u"at"_s));
    d.ok = o.value(u"ok"_s).toBool(false);
    d.durationMs = qint64(o.value(u"duration_ms"_s).toDouble());
    d.detail = o.value(u"detail"_s).toString();
    d.found = expectationFrom(o.value(u"found"_s).toObject());
    return d;
}

QStringList compareExpectation(const Expectation& expected, const Expectation& found)
{
    QStringList diffs;
    for (auto it = expected.rowCounts.cbegin(); it != expected.rowCounts.cend(); ++it) {
        if (!found.rowCounts.contains(it.key()))
            diffs << u"%1: %2 rows expected, table missing"_s.arg(it.key()).arg(it.value());
        else if (found.rowCounts.value(it.key()) != it.value())
            diffs << u"%1: %2 rows expected, %3 found"_s.arg(it.key())
                         .arg(it.value())
                         .arg(found.rowCounts.value(it.key()));
    }
    for (auto it = found.rowCounts.cbegin(); it != found.rowCounts.cend(); ++it) {
        if (!expected.rowCounts.contains(it.key()))
            diffs << u"%1: a table the backup did not have (%2 rows)"_s.arg(it.key()).arg(it.value());
    }
    if (expected.fileCount >= 0 && found.fileCount != expected.fileCount)
        diffs << u"%1 files expected, %2 found"_s.arg(expected.fileCount).arg(found.fileCount);
    if (expected.bytes >= 0 && found.bytes != expected.bytes)
        diffs << u"%1 bytes expected, %2 found"_s.arg(expected.bytes).arg(found.bytes);
    return diffs;
}

QString BackupEntry::series() const
{
    const auto n = parseBackupName(name);
    return n ? n->series() : name;
}

QDateTime BackupEntry::time() const
{
    const auto n = parseBackupName(name);
    return n ? n->time : modified;
}

bool BackupEntry::isGood() const
{
    return !partial && manifest && manifest->size == size && manifestError.isEmpty();
}

} // namespace capataz::backup
