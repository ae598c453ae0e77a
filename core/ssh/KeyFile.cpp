#include "ssh/KeyFile.h"

#include <QFile>
#include <QtEndian>

namespace capataz::ssh {

namespace {
// Reads one SSH string (uint32 length + bytes) at `pos`.
std::optional<QByteArray> readString(const QByteArray& data, qsizetype& pos)
{
    if (pos + 4 > data.size())
        return std::nullopt;
    const quint32 len = qFromBigEndian<quint32>(data.constData() + pos);
    pos += 4;
    if (len > quint32(data.size() - pos))
        return std::nullopt;
    QByteArray s = data.mid(pos, qsizetype(len));
    pos += qsizetype(len);
    return s;
}

QByteArray pemBody(const QByteArray& text, const QByteArray& begin, const QByteArray& end)
{
    const qsizetype b = text.indexOf(begin);
    const qsizetype e = text.indexOf(end);
    if (b < 0 || e < 0 || e < b)
        return {};
    QByteArray body = text.mid(b + begin.size(), e - b - begin.size());
    return QByteArray::fromBase64(body.simplified().replace(' ', QByteArray()));
}
} // namespace

KeyFileInfo inspectKeyText(const QByteArray& text)
{
    KeyFileInfo info;
    if (text.contains("-----BEGIN OPENSSH PRIVATE KEY-----")) {
        info.format = KeyFileInfo::Format::OpenSsh;
        const QByteArray raw =
            pemBody(text, "-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----");
        static const QByteArray magic("openssh-key-v1", 15); // with its NUL
        if (!raw.startsWith(magic))
            return info;
        qsizetype pos = magic.size();
        const auto cipher = readString(raw, pos);
        const auto kdf = readString(raw, pos);
        const auto kdfOptions = readString(raw, pos);
        if (!cipher || !kdf || !kdfOptions || pos + 4 > raw.size())
            return info;
        info.encrypted = *cipher != "none";
        pos += 4; // number of keys
        if (auto pub = readString(raw, pos)) {
            qsizetype p2 = 0;
            if (auto type = readString(*pub, p2))
                info.type = QString::fromLatin1(*type);
        }
        return info;
    }
    if (text.contains("-----BEGIN RSA PRIVATE KEY-----")) {
        info.format = KeyFileInfo::Format::Pem;
        info.type = QStringLiteral("ssh-rsa");
        info.encrypted = text.contains("ENCRYPTED");
    } else if (text.contains("-----BEGIN EC PRIVATE KEY-----")) {
        info.format = KeyFileInfo::Format::Pem;
        info.type = QStringLiteral("ecdsa");
        info.encrypted = text.contains("ENCRYPTED");
    } else if (text.contains("-----BEGIN DSA PRIVATE KEY-----")) {
        info.format = KeyFileInfo::Format::Pem;
        info.type = QStringLiteral("ssh-dss");
        info.encrypted = text.contains("ENCRYPTED");
    } else if (text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        info.format = KeyFileInfo::Format::Pkcs8;
        info.encrypted = true;
    } else if (text.contains("-----BEGIN PRIVATE KEY-----")) {
        info.format = KeyFileInfo::Format::Pkcs8;
    }
    return info;
}

Result<KeyFileInfo> inspectKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::KeyFileUnreadable, QStringLiteral("%1: %2").arg(path, f.errorString()));
    const QByteArray text = f.read(64 * 1024);
    KeyFileInfo info = inspectKeyText(text);
    if (info.format == KeyFileInfo::Format::Unknown)
        return fail(ErrorCode::KeyFileUnreadable,
                    QStringLiteral("%1 is not a private key file OpenSSH or PEM can read").arg(path));
    return info;
}

} // namespace capataz::ssh
