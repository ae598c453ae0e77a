#include "metrics/DefaultAlertRules.h"

#include "metrics/QueryLexer.h"
#include "stack/Recipe.h"

namespace capataz::metrics {

using namespace Qt::Literals::StringLiterals;

Result<AlertRule> recipeAlertRule(const stack::RecipeAlert& alert)
{
    AlertRule r;
    r.name = alert.name;
    r.expr = alert.expr;
    if (!alert.forDuration.isEmpty()) {
        const std::optional<qint64> d = parseDuration(alert.forDuration);
        if (!d)
            return fail(ErrorCode::InvalidArgument,
                        u"alert %1: for '%2'"_s.arg(alert.name, alert.forDuration));
        r.forMs = *d;
    }
    if (!alert.severity.isEmpty()) {
        const std::optional<AlertSeverity> s = parseAlertSeverity(alert.severity);
        if (!s)
            return fail(ErrorCode::InvalidArgument,
                        u"alert %1: severity '%2'"_s.arg(alert.name, alert.severity));
        r.severity = *s;
    }
    r.summaryEn = alert.summary.en;
    r.summaryEs = alert.summary.es;
    return r;
}

QList<AlertRule> nodeExporterAlertRules()
{
    // Filesystems that are not disks (memory, container layers, snaps) are left out.
    const QString notDisk = uR"(fstype!~"tmpfs|devtmpfs|overlay|squashfs|ramfs")"_s;
    auto rule = [](QString name, QString expr, qint64 forMs, AlertSeverity severity, const char* summary) {
        AlertRule r;
        r.name = std::move(name);
        r.expr = std::move(expr);
        r.forMs = forMs;
        r.severity = severity;
        r.summaryEn = QString::fromUtf8(summary);
        r.builtin = true;
        return r;
    };
    return {
        rule(u"NodeMemoryHigh"_s,
             u"(1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes) * 100 > 80"_s, 5 * 60'000,
             AlertSeverity::Warning,
             QT_TRANSLATE_NOOP("capataz::metrics", "Memory of the server {{ $value }} % used (over 80 %)")),
        rule(u"NodeDiskFull"_s,
             u"(1 - node_filesystem_avail_bytes{%1} / node_filesystem_size_bytes{%1}) * 100 > 90"_s.arg(
                 notDisk),
             5 * 60'000, AlertSeverity::Critical,
             QT_TRANSLATE_NOOP("capataz::metrics",
                               "Disk {{ $labels.mountpoint }} {{ $value }} % full (over 90 %)")),
        rule(u"TargetDown"_s, u"up == 0"_s, 2 * 60'000, AlertSeverity::Critical,
             QT_TRANSLATE_NOOP("capataz::metrics",
                               "{{ $labels.instance }} ({{ $labels.job }}) does not answer its /metrics")),
    };
}

QList<AlertRule> defaultAlertRules(const QString& projectDir, const QList<stack::Recipe>& recipes)
{
    auto clean = [](QString d) {
        d = d.trimmed();
        while (d.size() > 1 && d.endsWith(u'/'))
            d.chop(1);
        return d;
    };
    QList<AlertRule> out;
    const QString dir = clean(projectDir);
    for (const stack::Recipe& recipe : recipes) {
        if (dir.isEmpty() || clean(recipe.projectDir) != dir)
            continue;
        for (const stack::RecipeAlert& a : recipe.alerts)
            if (auto r = recipeAlertRule(a))
                out << *r;
        break;
    }
    // When the recipe watches its service's `up` itself, TargetDown leaves it to that rule (one
    // message, not two, for one thing down).
    const bool recipeWatchesUp =
        std::ranges::any_of(out, [](const AlertRule& r) { return r.expr.contains(u"up{"_s); });
    for (AlertRule r : nodeExporterAlertRules()) {
        if (std::ranges::any_of(out, [&](const AlertRule& o) { return o.name == r.name; }))
            continue;
        if (r.name == u"TargetDown"_s && recipeWatchesUp)
            r.expr = uR"(up{job!="service"} == 0)"_s;
        out << r;
    }
    return out;
}

} // namespace capataz::metrics
