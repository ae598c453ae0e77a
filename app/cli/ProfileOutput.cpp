#include "ProfileOutput.h"

#include "CliContext.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

QString profileAddress(const store::ServerProfile& profile)
{
    const QString host = profile.host.contains(u':') ? u'[' + profile.host + u']' : profile.host;
    return profile.user + u'@' + host + u':' + QString::number(profile.port);
}

QJsonObject profileToJson(const store::ServerProfile& profile)
{
    QJsonObject o{
        {u"name"_s, profile.name},
        {u"host"_s, profile.host},
        {u"port"_s, profile.port},
        {u"user"_s, profile.user},
        {u"auth"_s, store::authMethodName(profile.auth)},
        {u"keyPath"_s, profile.keyPath},
        {u"sudo"_s, remote::sudoModeName(profile.sudo)},
        {u"role"_s, store::roleName(profile.role)},
        {u"ownerReadsLogs"_s, profile.ownerReadsLogs},
        {u"prometheusUrl"_s, profile.prometheusUrl},
        {u"scrapeIntervalS"_s, profile.scrapeIntervalS},
        {u"jumpHost"_s, profile.jumpHost},
        {u"projectDir"_s, profile.projectDir},
        {u"knownHostsFile"_s, profile.knownHostsFile},
    };
    if (profile.created.isValid())
        o.insert(u"created"_s, profile.created.toUTC().toString(Qt::ISODate));
    if (profile.updated.isValid())
        o.insert(u"updated"_s, profile.updated.toUTC().toString(Qt::ISODate));
    return o;
}

QString formatTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths << h.size();
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], qMax<qsizetype>(1, row.at(c).size()));
    auto line = [&](const QStringList& cells, bool isHeader) -> QString {
        QString text;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            QString cell = c < cells.size() ? cells.at(c) : QString();
            if (cell.isEmpty() && !isHeader)
                cell = u"-"_s;
            text += c + 1 < widths.size() ? cell.leftJustified(widths.at(c) + 2) : cell;
        }
        return text + u'\n';
    };
    QString text = line(header, true);
    for (const QStringList& row : rows)
        text += line(row, false);
    return text;
}

void printJson(const QJsonObject& object)
{
    CliContext::writeOut(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace capataz::cli
