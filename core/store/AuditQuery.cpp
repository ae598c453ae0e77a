#include "store/AuditQuery.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace capataz::store {

using namespace Qt::Literals::StringLiterals;

QString auditOutcomeName(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Ok:
        return u"ok"_s;
    case AuditOutcome::Failed:
        return u"failed"_s;
    case AuditOutcome::Any:
        break;
    }
    return u"any"_s;
}

std::optional<AuditOutcome> auditOutcomeFromName(QStringView name)
{
    for (AuditOutcome o : {AuditOutcome::Any, AuditOutcome::Ok, AuditOutcome::Failed})
        if (name.compare(auditOutcomeName(o), Qt::CaseInsensitive) == 0)
            return o;
    return std::nullopt;
}

QStringList auditStatuses(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Ok:
        return {u"ok"_s, u"done"_s, u"applied"_s, u"skipped"_s, u"planned"_s};
    case AuditOutcome::Failed:
        return {u"failed"_s, u"rollback-failed"_s, u"cancelled"_s};
    case AuditOutcome::Any:
        break;
    }
    return {};
}

bool isFailedAuditStatus(QStringView status)
{
    for (const QString& s : auditStatuses(AuditOutcome::Failed))
        if (status == s)
            return true;
    return false;
}

Result<QDateTime> parseAuditSince(const QString& text, const QDateTime& now)
{
    const QString t = text.trimmed();
    static const QRegularExpression relative(u"^(\\d{1,6})\\s*([mhdw])$"_s);
    if (const auto m = relative.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 minutes = unit == u'm' ? n : unit == u'h' ? n * 60 : unit == u'd' ? n * 1440 : n * 10080;
        return now.addSecs(-minutes * 60);
    }
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::LocalTime);
    QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (at.isValid())
        return at;
    return fail(ErrorCode::InvalidArgument,
                u"'%1' is not a time: use 24h, 7d, 90m, 2w, a date such as 2026-03-01 or a date and "
                u"time such as 2026-03-01T12:00"_s.arg(text));
}

} // namespace capataz::store
