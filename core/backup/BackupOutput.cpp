#include "backup/BackupOutput.h"

#include "backup/BackupNaming.h"

#include <QHash>

#include <algorithm>

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

QString ScriptOutput::value(const QString& key) const
{
    for (auto it = pairs.crbegin(); it != pairs.crend(); ++it)
        if (it->first == key)
            return it->second;
    return {};
}

QStringList ScriptOutput::all(const QString& key) const
{
    QStringList out;
    for (const auto& [k, v] : pairs)
        if (k == key)
            out << v;
    return out;
}

Expectation ScriptOutput::expectation() const
{
    Expectation e;
    for (const QString& c : all(u"count"_s)) {
        const qsizetype bar = c.lastIndexOf(u'|');
        if (bar > 0)
            e.rowCounts.insert(c.left(bar), c.mid(bar + 1).toLongLong());
    }
    bool ok = false;
    const qint64 files = value(u"files"_s).toLongLong(&ok);
    if (ok)
        e.fileCount = files;
    const qint64 bytes = value(u"bytes"_s).toLongLong(&ok);
    if (ok)
        e.bytes = bytes;
    return e;
}

ScriptOutput parseScriptOutput(const QByteArray& out)
{
    ScriptOutput o;
    for (const QByteArray& line : out.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        o.pairs.append({QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed()});
    }
    return o;
}

Result<Manifest> manifestFromOutput(const ScriptOutput& out)
{
    Manifest m;
    m.name = out.value(u"name"_s);
    m.compression = out.value(u"compression"_s);
    m.tools = out.all(u"tool"_s);
    bool ok = false;
    m.size = out.value(u"size"_s).toLongLong(&ok);
    m.sha256 = out.value(u"sha256"_s);
    m.started = QDateTime::fromString(out.value(u"started"_s), Qt::ISODate);
    m.ended = QDateTime::fromString(out.value(u"ended"_s), Qt::ISODate);
    m.expect = out.expectation();
    if (m.name.isEmpty() || !ok || m.sha256.size() != 64)
        return fail(ErrorCode::ParseError, u"the backup script did not report its file, size and SHA-256"_s);
    return m;
}

QList<BackupEntry> entriesFromListing(const QByteArray& out)
{
    QHash<QString, BackupEntry> files;
    QHash<QString, QByteArray> json;
    for (const QByteArray& line : out.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() == 4 && f[0] == "F") {
            BackupEntry e;
            e.name = QString::fromUtf8(f[1]);
            e.size = f[2].toLongLong();
            e.modified = QDateTime::fromSecsSinceEpoch(f[3].toLongLong(), Qt::UTC);
            if (e.name.endsWith(u".partial"_s)) {
                e.name.chop(8);
                e.partial = true;
            }
            if (!parseBackupName(e.name))
                continue;
            files.insert(e.partial ? e.name + u".partial"_s : e.name, e);
        } else if (f.size() == 3 && f[0] == "J") {
            json.insert(QString::fromUtf8(f[1]), QByteArray::fromBase64(f[2]));
        }
    }
    QList<BackupEntry> entries;
    for (BackupEntry e : std::as_const(files)) {
        if (!e.partial) {
            if (const auto it = json.constFind(manifestFileName(e.name)); it != json.cend()) {
                auto m = manifestFromJson(*it);
                if (m)
                    e.manifest = *m;
                else
                    e.manifestError = m.error().detail;
            }
            if (const auto it = json.constFind(drillFileName(e.name)); it != json.cend()) {
                if (auto d = drillFromJson(*it))
                    e.drill = *d;
            }
        }
        entries << e;
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry& a, const BackupEntry& b) {
        return a.time() != b.time() ? a.time() > b.time() : a.name > b.name;
    });
    return entries;
}

} // namespace capataz::backup
