#include "ssh/HostKey.h"

#include <QCryptographicHash>

namespace capataz::ssh {

QString fingerprintSha256(QByteArrayView blob)
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString typeFromBlob(QByteArrayView blob)
{
    if (blob.size() < 4)
        return {};
    const auto byte = [&](qsizetype i) {
        return quint32(quint8(blob[i]));
    };
    const quint32 len = (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
    if (len == 0 || len > quint32(blob.size() - 4))
        return {};
    return QString::fromLatin1(blob.sliced(4, qsizetype(len)));
}

QString hostKeyPatternName(QStringView host, int port)
{
    const QString h = host.toString().toLower();
    if (port == 22 || port <= 0)
        return h;
    return QStringLiteral("[") + h + QStringLiteral("]:") + QString::number(port);
}

bool wildcardMatch(QStringView text, QStringView pattern, Qt::CaseSensitivity cs)
{
    // Greedy matching with a single backtrack point (the last '*'): O(text * pattern) worst case.
    const auto same = [cs](QChar a, QChar b) {
        return cs == Qt::CaseSensitive ? a == b : a.toCaseFolded() == b.toCaseFolded();
    };
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (p < pattern.size() && (pattern[p] == u'?' || same(pattern[p], text[t]))) {
            ++p;
            ++t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace capataz::ssh
