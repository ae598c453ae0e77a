#include "metrics/AlertRuleFile.h"

#include "metrics/QueryLexer.h"
#include "metrics/QueryParser.h"
#include "store/DataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace capataz::metrics {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::metrics", text);
}

// "5m", "90s", "1h30m": the shortest way Prometheus would write it.
QString durationText(qint64 ms)
{
    if (ms % 3'600'000 == 0 && ms > 0)
        return u"%1h"_s.arg(ms / 3'600'000);
    if (ms % 60'000 == 0 && ms > 0)
        return u"%1m"_s.arg(ms / 60'000);
    if (ms % 1000 == 0)
        return u"%1s"_s.arg(ms / 1000);
    return u"%1ms"_s.arg(ms);
}

std::unexpected<Error> badRule(int index, const QString& name, const QString& why)
{
    const QString which =
        name.isEmpty() ? tr("rule %1").arg(index + 1) : tr("rule %1 (%2)").arg(index + 1).arg(name);
    return fail(ErrorCode::ParseError, which + u": "_s + why);
}

} // namespace

QString alertRulesFile(qint64 serverId)
{
    const QString dir = store::dataDirectory();
    if (serverId <= 0 || dir.isEmpty())
        return {};
    return QDir(dir).filePath(u"alerts/server-%1.json"_s.arg(serverId));
}

Result<QList<AlertRule>> parseAlertRules(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            ErrorCode::ParseError,
            tr("not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"version"_s).toInt() != 1 || !root.value(u"rules"_s).isArray())
        return fail(ErrorCode::ParseError, tr("not an alert rules file (version 1 with a list of rules)"));
    QList<AlertRule> out;
    QSet<QString> names;
    const QJsonArray rules = root.value(u"rules"_s).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules[i].toObject();
        AlertRule r;
        r.name = o.value(u"name"_s).toString().trimmed();
        if (r.name.isEmpty())
            return badRule(i, {}, tr("it has no name"));
        if (names.contains(r.name))
            return badRule(i, r.name, tr("another rule has the same name"));
        names.insert(r.name);
        r.expr = o.value(u"expr"_s).toString();
        if (auto q = parseQuery(r.expr); !q)
            return badRule(i, r.name, tr("the expression cannot be read: %1").arg(q.error().describe()));
        if (o.contains(u"comparison"_s)) {
            r.comparison = parseAlertComparison(o.value(u"comparison"_s).toString());
            if (!r.comparison || !o.value(u"threshold"_s).isDouble())
                return badRule(i, r.name,
                               tr("a comparison needs one of > >= < <= == != and a number as threshold"));
            r.threshold = o.value(u"threshold"_s).toDouble();
        }
        if (const QString f = o.value(u"for"_s).toString(); !f.isEmpty()) {
            const std::optional<qint64> d = parseDuration(f);
            if (!d)
                return badRule(i, r.name, tr("'%1' is not a duration such as 30s, 5m or 1h").arg(f));
            r.forMs = *d;
        }
        if (const QString s = o.value(u"severity"_s).toString(); !s.isEmpty()) {
            const std::optional<AlertSeverity> severity = parseAlertSeverity(s);
            if (!severity)
                return badRule(i, r.name,
                               tr("the severity must be info, warning or critical, not '%1'").arg(s));
            r.severity = *severity;
        }
        const QJsonObject summary = o.value(u"summary"_s).toObject();
        r.summaryEn = summary.value(u"en"_s).toString();
        r.summaryEs = summary.value(u"es"_s).toString();
        r.builtin = o.value(u"builtin"_s).toBool();
        r.enabled = o.value(u"enabled"_s).toBool(true);
        out << r;
    }
    return out;
}

QByteArray alertRulesJson(const QList<AlertRule>& rules)
{
    QJsonArray array;
    for (const AlertRule& r : rules) {
        QJsonObject o{
            {u"name"_s, r.name}, {u"expr"_s, r.expr}, {u"severity"_s, alertSeverityName(r.severity)}};
        if (r.comparison) {
            o.insert(u"comparison"_s, alertComparisonText(*r.comparison));
            o.insert(u"threshold"_s, r.threshold);
        }
        if (r.forMs > 0)
            o.insert(u"for"_s, durationText(r.forMs));
        QJsonObject summary;
        if (!r.summaryEn.isEmpty())
            summary.insert(u"en"_s, r.summaryEn);
        if (!r.summaryEs.isEmpty())
            summary.insert(u"es"_s, r.summaryEs);
        o.insert(u"summary"_s, summary);
        if (!r.enabled)
            o.insert(u"enabled"_s, false);
        if (r.builtin)
            o.insert(u"builtin"_s, true);
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"rules"_s, array}}).toJson(QJsonDocument::Indented);
}

Result<QList<AlertRule>> loadAlertRules(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::LocalFileError, path + u": "_s + file.errorString());
    auto rules = parseAlertRules(file.readAll());
    if (!rules)
        return fail(ErrorCode::ParseError, path + u": "_s + rules.error().detail);
    return rules;
}

VoidResult saveAlertRules(const QString& path, const QList<AlertRule>& rules)
{
    const QByteArray json = alertRulesJson(rules);
    if (auto check = parseAlertRules(json); !check)
        return std::unexpected(check.error());
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::LocalFileError, tr("%1: the folder cannot be created").arg(path));
    if (QFile::exists(path)) {
        const QString backup = path + u".bak"_s;
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            return fail(ErrorCode::LocalFileError, tr("%1: the previous version cannot be kept").arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(ErrorCode::LocalFileError, path + u": "_s + file.errorString());
    return {};
}

} // namespace capataz::metrics
