#include "metrics/ScrapeTarget.h"

#include "stack/Recipe.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

QString ScrapeTarget::instance() const
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return h + u':' + QString::number(port);
}

QString ScrapeTarget::address() const
{
    return instance() + path;
}

ScrapeTarget nodeExporterTarget()
{
    ScrapeTarget t;
    t.port = kNodeExporterPort;
    t.job = u"node"_s;
    t.optional = true;
    return t;
}

Result<ScrapeTarget> parseScrapeTarget(QStringView text)
{
    static const QRegularExpression re(
        u"^(?:\\[([0-9A-Fa-f:.]+)\\]|([A-Za-z0-9._-]+)):(\\d{1,5})(/[!-~]*)?$"_s);
    const auto m = re.match(text.toString());
    const int port = m.hasMatch() ? m.captured(3).toInt() : 0;
    if (!m.hasMatch() || port < 1 || port > 65535)
        return fail(ErrorCode::InvalidArgument,
                    u"'%1' is not HOST:PORT/PATH (for example 127.0.0.1:8000/metrics)"_s.arg(text));
    ScrapeTarget t;
    t.host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    t.port = port;
    if (m.hasCaptured(4) && !m.captured(4).isEmpty())
        t.path = m.captured(4);
    t.job = t.instance();
    return t;
}

std::optional<ScrapeTarget> recipeTarget(const QString& projectDir, const QList<stack::Recipe>& recipes)
{
    auto clean = [](QString d) {
        d = d.trimmed();
        while (d.size() > 1 && d.endsWith(u'/'))
            d.chop(1);
        return d;
    };
    const QString dir = clean(projectDir);
    if (dir.isEmpty())
        return std::nullopt;
    for (const stack::Recipe& r : recipes) {
        if (clean(r.projectDir) != dir)
            continue;
        if (r.metrics.path.isEmpty() || r.metrics.port <= 0)
            return std::nullopt;
        ScrapeTarget t;
        t.port = r.metrics.port;
        t.path = r.metrics.path.startsWith(u'/') ? r.metrics.path : u'/' + r.metrics.path;
        t.job = u"service"_s;
        return t;
    }
    return std::nullopt;
}

QList<ScrapeTarget> defaultTargets(const QString& projectDir, const QList<stack::Recipe>& recipes)
{
    QList<ScrapeTarget> out;
    if (auto t = recipeTarget(projectDir, recipes))
        out << *t;
    out << nodeExporterTarget();
    return out;
}

} // namespace capataz::metrics
