#include "plan/SecretMask.h"

#include <algorithm>

namespace capataz::plan {

const QString& SecretMask::mask()
{
    static const QString m = QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022");
    return m;
}

void SecretMask::add(const QString& secret)
{
    if (secret.isEmpty() || m_secrets.contains(secret))
        return;
    const auto at = std::find_if(m_secrets.begin(), m_secrets.end(),
                                 [&](const QString& s) { return s.size() < secret.size(); });
    m_secrets.insert(at, secret);
}

void SecretMask::add(const SecretMask& other)
{
    for (const QString& s : other.m_secrets)
        add(s);
}

QString SecretMask::apply(QString text) const
{
    for (const QString& s : m_secrets)
        text.replace(s, mask());
    return text;
}

bool SecretMask::leaksInto(QStringView text) const
{
    return std::any_of(m_secrets.begin(), m_secrets.end(),
                       [&](const QString& s) { return text.contains(s); });
}

} // namespace capataz::plan
