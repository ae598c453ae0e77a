#include "setup/Answers.h"

#include <limits>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

AnswerMap::AnswerMap(QVariantMap values, QString path)
    : m_values(std::move(values))
    , m_path(std::move(path))
{}

QString AnswerMap::keyPath(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void AnswerMap::problem(const QString& key, const QString& message) const
{
    m_problems->append(keyPath(key) + u": "_s + message);
}

AnswerMap AnswerMap::section(const QString& key) const
{
    AnswerMap sub;
    sub.m_path = keyPath(key);
    sub.m_problems = m_problems;
    const QVariant v = m_values.value(key);
    if (!v.isValid() || v.isNull())
        return sub;
    if (v.typeId() != QMetaType::QVariantMap) {
        problem(key, u"expected a mapping (key: value lines)"_s);
        return sub;
    }
    sub.m_values = v.toMap();
    return sub;
}

QString AnswerMap::string(const QString& key, const QString& fallback) const
{
    const QVariant v = m_values.value(key);
    if (!v.isValid() || v.isNull())
        return fallback;
    if (v.typeId() != QMetaType::QString) {
        problem(key, u"expected a single value"_s);
        return fallback;
    }
    return v.toString();
}

QStringList AnswerMap::stringList(const QString& key, const QStringList& fallback) const
{
    const QVariant v = m_values.value(key);
    if (!v.isValid() || v.isNull())
        return fallback;
    if (v.typeId() == QMetaType::QString)
        return {v.toString()};
    if (v.typeId() == QMetaType::QStringList) // from a GUI page's widgets
        return v.toStringList();
    if (v.typeId() != QMetaType::QVariantList) {
        problem(key, u"expected a list"_s);
        return fallback;
    }
    QStringList out;
    const QVariantList list = v.toList();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].typeId() != QMetaType::QString) {
            problem(u"%1[%2]"_s.arg(key).arg(i), u"expected a single value"_s);
            continue;
        }
        out << list[i].toString();
    }
    return out;
}

QVariantMap AnswerMap::map(const QString& key) const
{
    const QVariant v = m_values.value(key);
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() != QMetaType::QVariantMap) {
        problem(key, u"expected a mapping (key: value lines)"_s);
        return {};
    }
    QVariantMap m = v.toMap();
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        if (it.value().isNull())
            continue;
        if (it.value().typeId() != QMetaType::QString)
            problem(key + u'.' + it.key(), u"expected a single value"_s);
    }
    return m;
}

bool AnswerMap::flag(const QString& key, bool fallback) const
{
    const QVariant v = m_values.value(key);
    if (!v.isValid() || v.isNull())
        return fallback;
    const QString s = v.toString().trimmed().toLower();
    if (s == u"true"_s || s == u"yes"_s || s == u"on"_s || s == u"1"_s)
        return true;
    if (s == u"false"_s || s == u"no"_s || s == u"off"_s || s == u"0"_s)
        return false;
    problem(key, u"expected true or false"_s);
    return fallback;
}

int AnswerMap::integer(const QString& key, int fallback, int min, int max) const
{
    const QVariant v = m_values.value(key);
    if (!v.isValid() || v.isNull())
        return fallback;
    bool ok = false;
    const qlonglong n = v.typeId() == QMetaType::QString ? v.toString().trimmed().toLongLong(&ok) : 0;
    if (!ok || n < min || n > max) {
        problem(key, u"expected a whole number from %1 to %2"_s.arg(min).arg(max));
        return fallback;
    }
    return static_cast<int>(n);
}

void AnswerMap::allowOnly(const QStringList& known) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!known.contains(it.key()))
            problem(it.key(), u"unknown key (known here: %1)"_s.arg(known.join(u", "_s)));
    }
}

VoidResult AnswerMap::result() const
{
    if (m_problems->isEmpty())
        return {};
    return fail(ErrorCode::InvalidArgument, m_problems->join(u'\n'));
}

} // namespace capataz::setup
