#include "logs/FastSecretMask.h"

#include <algorithm>
#include <cstring>

namespace capataz::logs {

namespace {

constexpr qsizetype kGram = 4; // characters hashed together
constexpr qsizetype kMinForProbing = 6;

quint32 gramHash(const char16_t* c)
{
    quint64 v;
    std::memcpy(&v, c, sizeof v);                      // 4 UTF-16 units
    return quint32((v * 0x9E3779B97F4A7C15ull) >> 46); // 18 bits
}

} // namespace

FastSecretMask::FastSecretMask(plan::SecretMask mask)
    : m_mask(std::move(mask))
    , m_grams(std::make_shared<std::bitset<kGramBits>>())
{
    const QStringList& secrets = m_mask.secrets();
    if (secrets.isEmpty())
        return;
    m_minSize = secrets.last().size(); // longest first
    m_maxSize = secrets.first().size();
    for (const QString& s : secrets)
        for (qsizetype i = 0; i + kGram <= s.size(); ++i)
            m_grams->set(gramHash(reinterpret_cast<const char16_t*>(s.constData()) + i));
}

// Whether a secret occurs in `text` at a start from which it covers positions p to p + 3.
bool FastSecretMask::occursCovering(QStringView text, qsizetype p) const
{
    for (const QString& s : m_mask.secrets()) {
        const qsizetype first = std::max<qsizetype>(0, p + kGram - s.size());
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
    // An occurrence (length >= m) holds 4 neighbouring characters starting at each of m - 3
    // consecutive positions: one of them is a multiple of the step.
    const qsizetype step = m_minSize - (kGram - 1);
    const std::bitset<kGramBits>& grams = *m_grams;
    for (qsizetype p = step - 1; p + kGram <= text.size(); p += step)
        if (grams[gramHash(t + p)] && occursCovering(text, p))
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
