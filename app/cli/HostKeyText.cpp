#include "HostKeyText.h"

#include "ssh/HostKey.h"

#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

// Reads the SSH string (uint32 length + bytes) at `pos`; empty and pos = -1 when it does not fit.
QByteArrayView sshString(QByteArrayView blob, qsizetype& pos)
{
    if (pos < 0 || blob.size() - pos < 4) {
        pos = -1;
        return {};
    }
    const quint32 len = qFromBigEndian<quint32>(blob.data() + pos);
    if (quint64(len) > quint64(blob.size() - pos - 4)) {
        pos = -1;
        return {};
    }
    const QByteArrayView s = blob.sliced(pos + 4, qsizetype(len));
    pos += 4 + qsizetype(len);
    return s;
}

int mpintBits(QByteArrayView n)
{
    while (!n.isEmpty() && n.front() == '\0')
        n = n.sliced(1);
    if (n.isEmpty())
        return 0;
    int top = 0;
    for (auto b = quint8(n.front()); b; b >>= 1)
        ++top;
    return int(n.size() - 1) * 8 + top;
}

} // namespace

int hostKeyBits(QByteArrayView blob, const QString& type)
{
    if (type == u"ssh-ed25519")
        return 256;
    if (type == u"ssh-ed448")
        return 456;
    if (type == u"ecdsa-sha2-nistp256")
        return 256;
    if (type == u"ecdsa-sha2-nistp384")
        return 384;
    if (type == u"ecdsa-sha2-nistp521")
        return 521;
    qsizetype pos = 0;
    (void)sshString(blob, pos); // the type
    if (type == u"ssh-rsa") {
        (void)sshString(blob, pos); // e
        const QByteArrayView n = sshString(blob, pos);
        return pos < 0 ? 0 : mpintBits(n);
    }
    if (type == u"ssh-dss") {
        const QByteArrayView p = sshString(blob, pos);
        return pos < 0 ? 0 : mpintBits(p);
    }
    return 0;
}

QString hostKeyTypeLabel(const QString& type)
{
    if (type == u"ssh-ed25519")
        return u"ED25519"_s;
    if (type == u"ssh-ed448")
        return u"ED448"_s;
    if (type.startsWith(u"ecdsa-sha2-"))
        return u"ECDSA"_s;
    if (type == u"ssh-rsa")
        return u"RSA"_s;
    if (type == u"ssh-dss")
        return u"DSA"_s;
    return type;
}

QString hostKeyLine(const ssh::HostKeyInfo& info)
{
    const QByteArray blob = QByteArray::fromBase64(info.blobBase64.toLatin1());
    return QString::number(hostKeyBits(blob, info.keyType)) + u' ' + info.fingerprint + u' ' +
           ssh::hostKeyPatternName(info.host, info.port) + u" ("_s + hostKeyTypeLabel(info.keyType) + u')';
}

} // namespace capataz::cli
