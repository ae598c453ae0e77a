#include "setup/VerifyReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {

QString scalarText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)) && qAbs(d) < 9e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 12);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        break;
    }
    return {};
}

void flatten(const QJsonValue& v, const QString& key, Fields& out, int maxFields, int depth)
{
    if (out.size() > maxFields)
        return;
    if (depth > 32) {
        out << qMakePair(key, u"(nested too deep)"_s);
        return;
    }
    auto add = [&](const QString& k, const QString& value) {
        if (out.size() == maxFields) {
            out << qMakePair(u"..."_s, u"more fields not shown"_s);
            return;
        }
        out << qMakePair(k, value);
    };
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            add(key, u"{}"_s);
        // QJsonObject iterates in key order; the body's own order is not kept by Qt.
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), key.isEmpty() ? it.key() : key + u'.' + it.key(), out, maxFields, depth + 1);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            add(key, u"[]"_s);
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), u"%1[%2]"_s.arg(key).arg(i), out, maxFields, depth + 1);
    } else {
        QString text = scalarText(v);
        text.replace(u'\n', u' ').replace(u'\r', u' ');
        add(key, text);
    }
}

} // namespace

Fields jsonFields(QByteArrayView body, int maxFields)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return {};
    Fields out;
    if (doc.isObject())
        flatten(doc.object(), {}, out, maxFields, 0);
    else
        flatten(doc.array(), {}, out, maxFields, 0);
    return out;
}

QStringList VerifyReport::problems() const
{
    QStringList out;
    for (const Endpoint& e : endpoints) {
        if (!e.error.isEmpty())
            out << u"%1 (%2): %3"_s.arg(e.url, e.via, e.error);
        else if (!e.ok())
            out << u"%1 (%2): HTTP status %3"_s.arg(e.url, e.via).arg(e.status);
    }
    for (const Port& p : ports) {
        if (p.ok())
            continue;
        if (p.intended)
            out << u"port %1 should be open from outside but is %2"_s.arg(p.port).arg(p.state);
        else
            out << u"port %1 is open from outside; it should be reachable only through nginx or SSH"_s.arg(
                p.port);
    }
    return out;
}

QString VerifyReport::toText() const
{
    QString t;
    t += u"Capataz verification of %1\n"_s.arg(server);
    t += u"Date: %1\n"_s.arg(date.toUTC().toString(Qt::ISODate));
    if (!endpoints.isEmpty()) {
        t += u"\nHealth endpoints:\n"_s;
        for (const Endpoint& e : endpoints) {
            QString status = e.error.isEmpty() ? u"HTTP %1"_s.arg(e.status) : u"FAILED: %1"_s.arg(e.error);
            if (e.error.isEmpty() && !e.ok())
                status += u" (not healthy)"_s;
            t += u"  [%1] %2 -> %3\n"_s.arg(e.via, e.url, status);
            for (const auto& [key, value] : e.fields)
                t += u"      %1: %2\n"_s.arg(key, value);
            if (e.fields.isEmpty() && !e.bodyExcerpt.isEmpty())
                t += u"      body: %1\n"_s.arg(e.bodyExcerpt);
        }
    }
    if (!ports.isEmpty()) {
        t += u"\nPorts of %1 seen from this computer:\n"_s.arg(portsHost);
        for (const Port& p : ports) {
            t += u"  %1/tcp %2 (%3)%4\n"_s.arg(p.port).arg(
                p.state, p.intended ? u"should be open"_s : u"should be closed"_s,
                p.ok() ? u""_s : u" <- PROBLEM"_s);
        }
    }
    if (!certificate.isEmpty())
        t += u"\nCertificate: %1\n"_s.arg(certificate);
    if (!notes.isEmpty()) {
        t += u"\nNotes:\n"_s;
        for (const QString& n : notes)
            t += u"  - "_s + n + u'\n';
    }
    const QStringList found = problems();
    if (found.isEmpty()) {
        t += u"\nResult: OK, no problems found.\n"_s;
    } else {
        t += u"\nResult: %1 problem(s):\n"_s.arg(found.size());
        for (const QString& p : found)
            t += u"  - "_s + p + u'\n';
    }
    return t;
}

} // namespace capataz::setup
