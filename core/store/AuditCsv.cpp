#include "store/AuditCsv.h"

#include <QIODevice>

namespace capataz::store::auditcsv {

using namespace Qt::Literals::StringLiterals;

QStringList header()
{
    return {u"id"_s,     u"at"_s,     u"user"_s,        u"server"_s,    u"plan"_s,  u"step"_s,
            u"action"_s, u"status"_s, u"duration_ms"_s, u"exit_code"_s, u"detail"_s};
}

QString cell(const QString& text)
{
    QString t = text;
    if (!t.isEmpty()) {
        const QChar first = t.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            t.prepend(u'\'');
    }
    const bool quote = t.contains(u',') || t.contains(u'"') || t.contains(u'\n') || t.contains(u'\r');
    if (!quote)
        return t;
    t.replace(u"\""_s, u"\"\""_s);
    return u'"' + t + u'"';
}

QString record(const AuditEntry& e)
{
    const QStringList fields{
        QString::number(e.id),
        auditTimeText(e.at),
        cell(e.user),
        cell(e.server),
        cell(e.plan),
        cell(e.step),
        cell(e.action),
        cell(e.status),
        e.durationMs >= 0 ? QString::number(e.durationMs) : QString(),
        [&] {
            const int exit = auditExitCode(e.detail);
            return exit >= 0 ? QString::number(exit) : QString();
        }(),
        cell(e.detail),
    };
    return fields.join(u',') + u"\r\n"_s;
}

Result<qint64> write(const AuditLog& log, const AuditFilter& filter, QIODevice& out,
                     const CancelToken& cancel)
{
    auto writeText = [&out](const QString& text) {
        return out.write(text.toUtf8()) >= 0;
    };
    if (!writeText(header().join(u',') + u"\r\n"_s))
        return fail(ErrorCode::LocalFileError, u"cannot write the CSV file: "_s + out.errorString());
    bool ok = true;
    QString buffer;
    auto rows = log.forEach(
        filter,
        [&](const AuditEntry& e) {
            buffer += record(e);
            if (buffer.size() > 64 * 1024) {
                ok = writeText(buffer);
                buffer.clear();
            }
            return ok;
        },
        cancel);
    if (!rows)
        return rows;
    if (ok && !buffer.isEmpty())
        ok = writeText(buffer);
    if (!ok)
        return fail(ErrorCode::LocalFileError, u"cannot write the CSV file: "_s + out.errorString());
    return *rows;
}

} // namespace capataz::store::auditcsv
