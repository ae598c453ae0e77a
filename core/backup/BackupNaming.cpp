#include "backup/BackupNaming.h"

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype kMaxLabel = 64;
const QString kStampFormat = u"yyyyMMdd'T'HHmmss'Z'"_s;

bool isLabelChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}
} // namespace

QString timestampText(const QDateTime& time)
{
    return time.toUTC().toString(kStampFormat);
}

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    if (text.size() != 16 || text.at(8) != u'T' || text.at(15) != u'Z')
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text.toString(), kStampFormat);
    if (!t.isValid())
        return std::nullopt;
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString nameLabel(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (out.size() >= kMaxLabel)
            break;
        out += isLabelChar(c) ? c : u'_';
    }
    return out.isEmpty() ? u"data"_s : out;
}

QString backupStem(const QDateTime& time, const QString& kind, const QString& label)
{
    return timestampText(time) + u'-' + nameLabel(kind) + u'-' + nameLabel(label);
}

std::optional<BackupName> parseBackupName(const QString& fileName)
{
    if (fileName.contains(u".json"_s) || fileName.contains(u".partial"_s))
        return std::nullopt;
    const qsizetype dash1 = fileName.indexOf(u'-');
    if (dash1 != 16)
        return std::nullopt;
    const auto time = parseTimestamp(QStringView(fileName).first(16));
    if (!time)
        return std::nullopt;
    const qsizetype dash2 = fileName.indexOf(u'-', dash1 + 1);
    const qsizetype dot = fileName.indexOf(u'.', dash1 + 1);
    if (dash2 < 0 || dot < 0 || dot < dash2)
        return std::nullopt;
    BackupName n;
    n.time = *time;
    n.kind = fileName.mid(dash1 + 1, dash2 - dash1 - 1);
    n.label = fileName.mid(dash2 + 1, dot - dash2 - 1);
    n.extension = fileName.mid(dot + 1);
    if (n.kind.isEmpty() || n.label.isEmpty() || n.extension.isEmpty() || nameLabel(n.kind) != n.kind ||
        nameLabel(n.label) != n.label)
        return std::nullopt;
    return n;
}

QString manifestFileName(const QString& backupFileName)
{
    return backupFileName + u".manifest.json"_s;
}

QString drillFileName(const QString& backupFileName)
{
    return backupFileName + u".drill.json"_s;
}

QString defaultBackupDir(const QString& project)
{
    return u"/var/backups/capataz/"_s + nameLabel(project);
}

QString projectLabel(const QString& projectDir)
{
    QString d = projectDir;
    while (d.endsWith(u'/'))
        d.chop(1);
    return nameLabel(d.mid(d.lastIndexOf(u'/') + 1));
}

} // namespace capataz::backup
