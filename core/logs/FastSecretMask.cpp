#include "logs/FastSecretMask.h"

#include <algorithm>

namespace capataz::logs {

namespace {

constexpr qsizetype kMinForProbing = 4;

quint16 pairHash(char16_t a, char16_t b)
{
    return quint16(quint32(a) * 40503u ^ quint32(b));
}

} // namespace

FastSecretMask::FastSecretMask(plan::SecretMask mask)
    : m_mask(std::move(mask))
    , m_pairs(std::make_shared<std::bitset<65536>>())
{
    const QStringList& secrets = m_mask.secrets();
    if (secrets.isEmpty())
        return;
    m_minSize = secrets.last().size(); // longest first
    m_maxSize = secrets.first().size();
    for (const QString& s : secrets)
        for (qsizetype i = 0; i + 1 < s.size(); ++i)
            m_pairs->set(pairHash(s[i].unicode(), s[i + 1].unicode()));
}

// Whether a secret occurs in `text` at a start from which it covers position p (and p + 1).
bool FastSecretMask::occursCovering(QStringView text, qsizetype p) const
{
    for (const QString& s : m_mask.secrets()) {
        const qsizetype first = std::max<qsizetype>(0, p + 1 - (s.size() - 1));
        const qsizetype last = std::min(p, text.size() - s.size());
        for (qsizetype start = first; start <= last; ++start)
            if (text[start] == s[0] && text.sliced(start, s.size()) == s)
                return true;
    }
    return false;
}

bool FastSecretMask::containsSecret(QStringView text) const
{
    if (m_maxSize == 0 || text.size() < m_minSize)
        return false;
    if (m_minSize < kMinForProbing)
        return m_mask.leaksInto(text);
    const char16_t* t = text.utf16();
    const qsizetype step = m_minSize - 1;
    const std::bitset<65536>& pairs = *m_pairs;
    for (qsizetype p = step - 1; p + 1 < text.size(); p += step)
        if (pairs[pairHash(t[p], t[p + 1])] && occursCovering(text, p))
            return true;
    return false;
}

QString FastSecretMask::apply(QString text) const
{
    if (!containsSecret(text))
        return text;
    return m_mask.apply(std::move(text));
}

} // namespace capataz::logs
