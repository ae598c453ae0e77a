#include "SecretGenerator.h"

#include <QByteArray>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace capataz::stack {

namespace {

QByteArray randomBytes(QRandomGenerator& rng, qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    qsizetype i = 0;
    while (i < count) {
        const quint32 word = rng.generate();
        for (int b = 0; b < 4 && i < count; ++b, ++i)
            out[i] = static_cast<char>((word >> (8 * b)) & 0xff);
    }
    return out;
}

// Uniform over the alphabet: bytes beyond the largest multiple of its size are drawn again.
QString password(QRandomGenerator& rng, int length)
{
    const auto size = static_cast<unsigned>(SecretGenerator::kPasswordAlphabet.size());
    const unsigned limit = 256 - 256 % size;
    QString out;
    out.reserve(length);
    while (out.size() < length) {
        const QByteArray chunk = randomBytes(rng, length);
        for (const char c : chunk) {
            const auto b = static_cast<unsigned char>(c);
            if (b < limit && out.size() < length)
                out.append(SecretGenerator::kPasswordAlphabet[b % size]);
        }
    }
    return out;
}

} // namespace

QString SecretSpec::name() const
{
    switch (kind) {
    case SecretKind::UrlSafe32:
        return u"urlsafe32"_s;
    case SecretKind::Hex32:
        return u"hex32"_s;
    case SecretKind::Base64_24:
        return u"base64-24"_s;
    case SecretKind::Password:
        return u"password:"_s + QString::number(length);
    }
    return {};
}

Result<SecretSpec> SecretGenerator::parseSpec(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"urlsafe32")
        return SecretSpec{SecretKind::UrlSafe32, 0};
    if (n == u"hex32")
        return SecretSpec{SecretKind::Hex32, 0};
    if (n == u"base64-24")
        return SecretSpec{SecretKind::Base64_24, 0};
    if (n.startsWith(u"password:")) {
        bool ok = false;
        const int length = QStringView(n).sliced(9).toInt(&ok);
        if (!ok || length < kMinPasswordLength || length > kMaxPasswordLength)
            return fail(ErrorCode::InvalidArgument,
                        u"password length must be a number from %1 to %2"_s.arg(kMinPasswordLength)
                            .arg(kMaxPasswordLength));
        return SecretSpec{SecretKind::Password, length};
    }
    return fail(ErrorCode::InvalidArgument,
                u"unknown secret kind '"_s + n + u"' (urlsafe32, hex32, base64-24, password:N)"_s);
}

QString SecretGenerator::generate(const SecretSpec& spec)
{
    return generate(spec, *QRandomGenerator::system());
}

QString SecretGenerator::generate(const SecretSpec& spec, QRandomGenerator& rng)
{
    switch (spec.kind) {
    case SecretKind::UrlSafe32:
        return QString::fromLatin1(
            randomBytes(rng, 32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    case SecretKind::Hex32:
        return QString::fromLatin1(randomBytes(rng, 32).toHex());
    case SecretKind::Base64_24:
        return QString::fromLatin1(randomBytes(rng, 24).toBase64());
    case SecretKind::Password:
        return password(rng, spec.length);
    }
    return {};
}

int SecretGenerator::expectedLength(const SecretSpec& spec)
{
    switch (spec.kind) {
    case SecretKind::UrlSafe32:
        return 43;
    case SecretKind::Hex32:
        return 64;
    case SecretKind::Base64_24:
        return 32;
    case SecretKind::Password:
        return spec.length;
    }
    return 0;
}

} // namespace capataz::stack
