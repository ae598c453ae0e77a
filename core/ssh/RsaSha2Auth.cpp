#include "ssh/RsaSha2Auth.h"

#include <QByteArrayView>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace capataz::ssh {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
struct BnFree {
    void operator()(BIGNUM* p) const { BN_clear_free(p); }
};
struct BnCtxFree {
    void operator()(BN_CTX* p) const { BN_CTX_free(p); }
};
struct BioFree {
    void operator()(BIO* p) const { BIO_free(p); }
};
struct ParamBldFree {
    void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamFree {
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
using BnCtxPtr = std::unique_ptr<BN_CTX, BnCtxFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, ParamFree>;

constexpr qsizetype kMaxKeyFileSize = 1024 * 1024;
constexpr char kOpenSshBegin[] = "-----BEGIN OPENSSH PRIVATE KEY-----";
constexpr char kOpenSshEnd[] = "-----END OPENSSH PRIVATE KEY-----";
constexpr char kOpenSshMagic[] = "openssh-key-v1"; // followed by a NUL in the file

// Overwrites a buffer that held secret material. The array must not be shared (data() would
// detach and wipe only the copy); every buffer wiped here is owned by one object.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

class Wiper {
public:
    explicit Wiper(QByteArray& bytes)
        : m_bytes(bytes)
    {}
    ~Wiper() { wipe(m_bytes); }
    Wiper(const Wiper&) = delete;
    Wiper& operator=(const Wiper&) = delete;

private:
    QByteArray& m_bytes;
};

// The OpenSSL error queue as one line; empties the queue (this thread's) either way.
QString takeOpenSslErrors()
{
    QString out;
    for (unsigned long e = ERR_get_error(); e != 0; e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        if (!out.isEmpty())
            out += QStringLiteral("; ");
        out += QString::fromLatin1(buf);
    }
    return out;
}

// Reader for the SSH wire format (RFC 4251 section 5). Every getter returns nullopt/false
// past the end; nothing is copied.
class WireReader {
public:
    WireReader(const unsigned char* data, size_t len)
        : m_p(data)
        , m_left(len)
    {}
    explicit WireReader(QByteArrayView bytes)
        : WireReader(reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<size_t>(bytes.size()))
    {}

    std::optional<uint32_t> u32()
    {
        if (m_left < 4)
            return std::nullopt;
        const uint32_t v =
            (uint32_t{m_p[0]} << 24) | (uint32_t{m_p[1]} << 16) | (uint32_t{m_p[2]} << 8) | uint32_t{m_p[3]};
        m_p += 4;
        m_left -= 4;
        return v;
    }
    std::optional<uint8_t> u8()
    {
        if (m_left < 1)
            return std::nullopt;
        const uint8_t v = m_p[0];
        ++m_p;
        --m_left;
        return v;
    }
    std::optional<QByteArrayView> string()
    {
        const auto len = u32();
        if (!len || *len > m_left)
            return std::nullopt;
        const QByteArrayView v(m_p, static_cast<qsizetype>(*len));
        m_p += *len;
        m_left -= *len;
        return v;
    }
    std::optional<QByteArrayView> raw(size_t len)
    {
        if (len > m_left)
            return std::nullopt;
        const QByteArrayView v(m_p, static_cast<qsizetype>(len));
        m_p += len;
        m_left -= len;
        return v;
    }
    // A non-negative mpint as a BIGNUM (negative values are refused).
    BnPtr mpint()
    {
        const auto bytes = string();
        if (!bytes || (!bytes->isEmpty() && (static_cast<unsigned char>(bytes->front()) & 0x80) != 0))
            return nullptr;
        return BnPtr(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes->data()),
                               static_cast<int>(bytes->size()), nullptr));
    }
    [[nodiscard]] size_t left() const { return m_left; }
    [[nodiscard]] const unsigned char* pos() const { return m_p; }

private:
    const unsigned char* m_p;
    size_t m_left;
};

void putU32(QByteArray& out, uint32_t v)
{
    out.append(static_cast<char>((v >> 24) & 0xff));
    out.append(static_cast<char>((v >> 16) & 0xff));
    out.append(static_cast<char>((v >> 8) & 0xff));
    out.append(static_cast<char>(v & 0xff));
}

void putString(QByteArray& out, QByteArrayView s)
{
    putU32(out, static_cast<uint32_t>(s.size()));
    out.append(s);
}

// SSH mpint body (without the length) of a non-negative BIGNUM.
QByteArray mpintBytes(const BIGNUM* bn)
{
    const int n = BN_num_bytes(bn);
    QByteArray out(n, Qt::Uninitialized);
    if (n > 0)
        BN_bn2bin(bn, reinterpret_cast<unsigned char*>(out.data()));
    if (!out.isEmpty() && (static_cast<unsigned char>(out.front()) & 0x80) != 0)
        out.prepend('\0');
    return out;
}

} // namespace

struct RsaKeyForSha2 {
    PkeyPtr pkey;
    QByteArray e; // mpint bodies
    QByteArray n;
    int bits = 0;
};

namespace {

bool signVerifySelfTest(EVP_PKEY* pkey)
{
    static constexpr unsigned char kMessage[] = "capataz rsa-sha2 self-test";
    MdCtxPtr signCtx(EVP_MD_CTX_new());
    size_t len = 0;
    if (!signCtx ||
        EVP_DigestSignInit_ex(signCtx.get(), nullptr, "SHA256", nullptr, nullptr, pkey, nullptr) != 1 ||
        EVP_DigestSign(signCtx.get(), nullptr, &len, kMessage, sizeof kMessage) != 1 || len == 0)
        return false;
    QByteArray sig(static_cast<qsizetype>(len), Qt::Uninitialized);
    auto* sigBytes = reinterpret_cast<unsigned char*>(sig.data());
    if (EVP_DigestSign(signCtx.get(), sigBytes, &len, kMessage, sizeof kMessage) != 1)
        return false;
    MdCtxPtr verifyCtx(EVP_MD_CTX_new());
    if (!verifyCtx ||
        EVP_DigestVerifyInit_ex(verifyCtx.get(), nullptr, "SHA256", nullptr, nullptr, pkey, nullptr) != 1)
        return false;
    return EVP_DigestVerify(verifyCtx.get(), sigBytes, len, kMessage, sizeof kMessage) == 1;
}

Result<std::shared_ptr<RsaKeyForSha2>> finishKey(PkeyPtr pkey, const QString& path)
{
    if (EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_RSA) {
        const char* type = EVP_PKEY_get0_type_name(pkey.get());
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("%1: not an RSA key (%2)")
                        .arg(path, type ? QString::fromLatin1(type) : QStringLiteral("unknown type")));
    }
    // Sign and verify once: a damaged file fails here, not later as an authentication failure
    // that looks like a server refusal. Whole load: about 17 ms for 3072 bits, 0.17 s for 8192.
    // (EVP_PKEY_pairwise_check tests p and q for primality: 0.2 s for 3072 bits, 12 s for 8192)
    if (!signVerifySelfTest(pkey.get()))
        return fail(ErrorCode::KeyFileUnreadable,
                    QStringLiteral("%1: damaged RSA key (signature self-test failed: %2)")
                        .arg(path, takeOpenSslErrors()));

    BIGNUM* n = nullptr;
    BIGNUM* e = nullptr;
    const bool ok = EVP_PKEY_get_bn_param(pkey.get(), OSSL_PKEY_PARAM_RSA_N, &n) == 1 &&
                    EVP_PKEY_get_bn_param(pkey.get(), OSSL_PKEY_PARAM_RSA_E, &e) == 1;
    const BnPtr nHolder(n);
    const BnPtr eHolder(e);
    if (!ok)
        return fail(ErrorCode::Internal,
                    QStringLiteral("%1: cannot read RSA public values (%2)").arg(path, takeOpenSslErrors()));

    auto key = std::make_shared<RsaKeyForSha2>();
    key->n = mpintBytes(n);
    key->e = mpintBytes(e);
    key->bits = EVP_PKEY_get_bits(pkey.get());
    key->pkey = std::move(pkey);
    return key;
}

// Builds an RSA EVP_PKEY from OpenSSH's private values (n, e, d, iqmp, p, q).
Result<PkeyPtr> rsaFromComponents(const BIGNUM* n, const BIGNUM* e, const BIGNUM* d, const BIGNUM* iqmp,
                                  const BIGNUM* p, const BIGNUM* q, const QString& path)
{
    const auto sslFail = [&path](const char* what) {
        return fail(ErrorCode::KeyFileUnreadable,
                    QStringLiteral("%1: %2 (%3)").arg(path, QString::fromLatin1(what), takeOpenSslErrors()));
    };
    // OpenSSH keeps no d mod (p-1) / d mod (q-1); OpenSSL wants all CRT values.
    BnCtxPtr bnCtx(BN_CTX_secure_new());
    BnPtr pm1(BN_dup(p));
    BnPtr qm1(BN_dup(q));
    BnPtr dmp1(BN_secure_new());
    BnPtr dmq1(BN_secure_new());
    if (!bnCtx || !pm1 || !qm1 || !dmp1 || !dmq1 || !BN_sub_word(pm1.get(), 1) ||
        !BN_sub_word(qm1.get(), 1) || BN_is_zero(pm1.get()) || BN_is_zero(qm1.get()) ||
        !BN_mod(dmp1.get(), d, pm1.get(), bnCtx.get()) || !BN_mod(dmq1.get(), d, qm1.get(), bnCtx.get()))
        return sslFail("invalid RSA values");
    BnPtr pq(BN_new());
    if (!pq || !BN_mul(pq.get(), p, q, bnCtx.get()) || BN_cmp(pq.get(), n) != 0)
        return fail(ErrorCode::KeyFileUnreadable, QStringLiteral("%1: damaged RSA key (n != p*q)").arg(path));

    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_D, d) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR1, p) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR2, q) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1, dmp1.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2, dmq1.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1, iqmp))
        return sslFail("cannot build RSA parameters");
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) != 1)
        return sslFail("cannot create RSA key");
    return PkeyPtr(raw);
}

// "openssh-key-v1" as written by ssh-keygen (PROTOCOL.key in OpenSSH's sources).
Result<std::shared_ptr<RsaKeyForSha2>> loadOpenSshFormat(const QByteArray& text, const QString& path)
{
    const auto corrupt = [&path](const QString& why) {
        return fail(ErrorCode::KeyFileUnreadable,
                    QStringLiteral("%1: damaged OpenSSH private key: %2").arg(path, why));
    };
    const qsizetype begin = text.indexOf(kOpenSshBegin);
    const qsizetype bodyStart = begin + static_cast<qsizetype>(sizeof kOpenSshBegin) - 1;
    const qsizetype end = text.indexOf(kOpenSshEnd, bodyStart);
    if (begin < 0 || end < 0)
        return corrupt(QStringLiteral("no END line"));
    QByteArray base64;
    base64.reserve(end - bodyStart);
    for (qsizetype i = bodyStart; i < end; ++i) {
        const char c = text.at(i);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            base64.append(c);
    }
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    QByteArray blob = std::move(decoded.decoded);
    wipe(base64);
    const Wiper blobWiper(blob);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return corrupt(QStringLiteral("bad base64"));

    WireReader r{QByteArrayView(blob)};
    const auto magic = r.raw(sizeof kOpenSshMagic); // includes the NUL
    if (!magic || std::memcmp(magic->data(), kOpenSshMagic, sizeof kOpenSshMagic) != 0)
        return corrupt(QStringLiteral("no openssh-key-v1 header"));
    const auto cipher = r.string();
    const auto kdf = r.string();
    const auto kdfOptions = r.string();
    const auto count = r.u32();
    const auto publicBlob = r.string();
    const auto privateSection = r.string();
    if (!cipher || !kdf || !kdfOptions || !count || !publicBlob || !privateSection)
        return corrupt(QStringLiteral("truncated"));
    if (*count != 1)
        return corrupt(QStringLiteral("%1 keys in one file").arg(*count));

    // The public half is never encrypted: refuse non-RSA keys before looking at encryption.
    WireReader pub(*publicBlob);
    const auto pubType = pub.string();
    if (!pubType)
        return corrupt(QStringLiteral("bad public key"));
    if (*pubType != QByteArrayView("ssh-rsa"))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("%1: not an RSA key (%2)").arg(path, QString::fromLatin1(*pubType)));
    const BnPtr pubE = pub.mpint();
    const BnPtr pubN = pub.mpint();
    if (!pubE || !pubN)
        return corrupt(QStringLiteral("bad public key"));

    if (*cipher != QByteArrayView("none") || *kdf != QByteArrayView("none"))
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: passphrase-protected OpenSSH-format RSA key (cipher %2, KDF %3) cannot be "
                           "used for rsa-sha2 signatures here; convert it to PEM with "
                           "\"ssh-keygen -p -m PEM -f %1\" or remove the passphrase")
                .arg(path, QString::fromLatin1(*cipher), QString::fromLatin1(*kdf)));

    WireReader priv(*privateSection);
    const auto check1 = priv.u32();
    const auto check2 = priv.u32();
    if (!check1 || !check2 || *check1 != *check2)
        return corrupt(QStringLiteral("check values differ"));
    const auto privType = priv.string();
    if (!privType || *privType != QByteArrayView("ssh-rsa"))
        return corrupt(QStringLiteral("private key type differs from the public key"));
    BnPtr n = priv.mpint();
    BnPtr e = priv.mpint();
    BnPtr d = priv.mpint();
    BnPtr iqmp = priv.mpint();
    BnPtr p = priv.mpint();
    BnPtr q = priv.mpint();
    const auto comment = priv.string();
    if (!n || !e || !d || !iqmp || !p || !q || !comment)
        return corrupt(QStringLiteral("truncated private section"));
    // Deterministic padding 1, 2, 3, ... up to the cipher block size.
    const unsigned char* pad = priv.pos();
    for (size_t i = 0; i < priv.left(); ++i) {
        if (pad[i] != static_cast<unsigned char>(i + 1))
            return corrupt(QStringLiteral("bad padding"));
    }
    if (BN_cmp(n.get(), pubN.get()) != 0 || BN_cmp(e.get(), pubE.get()) != 0)
        return corrupt(QStringLiteral("public and private halves differ"));

    auto pkey = rsaFromComponents(n.get(), e.get(), d.get(), iqmp.get(), p.get(), q.get(), path);
    if (!pkey)
        return std::unexpected(pkey.error());
    return finishKey(std::move(*pkey), path);
}

struct PassphraseState {
    QByteArray utf8;
    bool asked = false;
};

int passphraseCallback(char* buf, int size, int /*rwflag*/, void* u)
{
    auto* state = static_cast<PassphraseState*>(u);
    state->asked = true;
    if (state->utf8.isEmpty() || size <= 0 || state->utf8.size() > size)
        return -1;
    std::memcpy(buf, state->utf8.constData(), static_cast<size_t>(state->utf8.size()));
    return static_cast<int>(state->utf8.size());
}

Result<std::shared_ptr<RsaKeyForSha2>> loadPem(const QByteArray& text, const QString& path,
                                               const QString& passphrase)
{
    PassphraseState state;
    state.utf8 = passphrase.toUtf8();
    const Wiper passWiper(state.utf8);

    ERR_clear_error();
    BioPtr bio(BIO_new_mem_buf(text.constData(), static_cast<int>(text.size())));
    if (!bio)
        return fail(ErrorCode::Internal, QStringLiteral("BIO_new_mem_buf failed"));
    PkeyPtr pkey(
        PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, &passphraseCallback, &state, nullptr, nullptr));
    if (!pkey) {
        const QString sslErrors = takeOpenSslErrors();
        if (state.asked && passphrase.isEmpty())
            return fail(ErrorCode::KeyPassphraseNeeded, QStringLiteral("%1: the key is encrypted").arg(path));
        if (state.asked)
            return fail(ErrorCode::KeyPassphraseWrong,
                        QStringLiteral("%1: cannot decrypt the key (%2)").arg(path, sslErrors));
        QString hint;
        if (text.startsWith("ssh-") || text.startsWith("ecdsa-"))
            hint = QStringLiteral(" (this is a public key: choose the private key file)");
        else if (text.startsWith("PuTTY-User-Key-File"))
            hint = QStringLiteral(" (PuTTY key: export it in OpenSSH format with PuTTYgen)");
        return fail(
            ErrorCode::KeyFileUnreadable,
            QStringLiteral("%1: not a private key file Capataz can read%2 (%3)").arg(path, hint, sslErrors));
    }
    return finishKey(std::move(pkey), path);
}

} // namespace

Result<std::shared_ptr<RsaKeyForSha2>> loadRsaKeyForSha2(const QString& privateKeyPath,
                                                         const QString& passphrase)
{
    QFile file(privateKeyPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::KeyFileUnreadable,
                    QStringLiteral("%1: %2").arg(privateKeyPath, file.errorString()));
    if (file.size() > kMaxKeyFileSize)
        return fail(ErrorCode::KeyFileUnreadable,
                    QStringLiteral("%1: too large for a key file").arg(privateKeyPath));
    QByteArray text = file.read(kMaxKeyFileSize + 1);
    const Wiper textWiper(text);
    if (text.size() > kMaxKeyFileSize)
        return fail(ErrorCode::KeyFileUnreadable,
                    QStringLiteral("%1: too large for a key file").arg(privateKeyPath));
    if (text.isEmpty())
        return fail(ErrorCode::KeyFileUnreadable,
                    QStringLiteral("%1: empty file%2")
                        .arg(privateKeyPath, file.error() == QFileDevice::NoError
                                                 ? QString()
                                                 : QStringLiteral(" (") + file.errorString() + u')'));

    if (text.contains(kOpenSshBegin))
        return loadOpenSshFormat(text, privateKeyPath);
    return loadPem(text, privateKeyPath, passphrase);
}

QByteArray publicBlobForSha2(const RsaKeyForSha2& key, int bits)
{
    QByteArray name;
    if (bits == 256)
        name = QByteArrayLiteral("rsa-sha2-256");
    else if (bits == 512)
        name = QByteArrayLiteral("rsa-sha2-512");
    else
        return {};
    QByteArray out;
    out.reserve(12 + name.size() + key.e.size() + key.n.size());
    putString(out, name);
    putString(out, key.e);
    putString(out, key.n);
    return out;
}

QByteArray publicBlobSshRsa(const RsaKeyForSha2& key)
{
    QByteArray out;
    putString(out, "ssh-rsa");
    putString(out, key.e);
    putString(out, key.n);
    return out;
}

int rsaKeyBits(const RsaKeyForSha2& key)
{
    return key.bits;
}

int signRsaSha2(LIBSSH2_SESSION* /*session*/, unsigned char** sig, size_t* sigLen, const unsigned char* data,
                size_t dataLen, void** abstract)
{
    if (!sig || !sigLen)
        return -1;
    *sig = nullptr;
    *sigLen = 0;
    if (!abstract || !*abstract || !data)
        return -1;
    const auto* key = static_cast<const RsaKeyForSha2*>(*abstract);
    if (!key->pkey)
        return -1;

    // RFC 4252 section 7: string session id, byte SSH_MSG_USERAUTH_REQUEST, string user,
    // string service, string method ("publickey"), boolean TRUE, string algorithm, ...
    WireReader r(data, dataLen);
    const auto sessionId = r.string();
    const auto msg = r.u8();
    const auto user = r.string();
    const auto service = r.string();
    const auto method = r.string();
    const auto haveSig = r.u8();
    const auto algorithm = r.string();
    if (!sessionId || !msg || *msg != 50 || !user || !service || !method || !haveSig || !algorithm)
        return -1;
    const char* digest = nullptr;
    if (*algorithm == QByteArrayView("rsa-sha2-256"))
        digest = "SHA256";
    else if (*algorithm == QByteArrayView("rsa-sha2-512"))
        digest = "SHA512";
    else
        return -1;

    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr; // owned by ctx
    size_t len = 0;
    if (!ctx ||
        EVP_DigestSignInit_ex(ctx.get(), &pctx, digest, nullptr, nullptr, key->pkey.get(), nullptr) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &len, data, dataLen) != 1 || len == 0) {
        ERR_clear_error();
        return -1;
    }
    // malloc(): libssh2 1.10 releases it with LIBSSH2_FREE, free() with the default allocator.
    auto* out = static_cast<unsigned char*>(std::malloc(len));
    if (!out)
        return -1;
    if (EVP_DigestSign(ctx.get(), out, &len, data, dataLen) != 1) {
        std::free(out);
        ERR_clear_error();
        return -1;
    }
    // RFC 8332: the signature blob is exactly as long as the modulus (OpenSSL already pads).
    const auto modLen = static_cast<size_t>(EVP_PKEY_get_size(key->pkey.get()));
    if (len < modLen) {
        auto* padded = static_cast<unsigned char*>(std::malloc(modLen));
        if (!padded) {
            std::free(out);
            return -1;
        }
        std::memset(padded, 0, modLen - len);
        std::memcpy(padded + (modLen - len), out, len);
        std::free(out);
        out = padded;
        len = modLen;
    }
    *sig = out;
    *sigLen = len;
    return 0;
}

} // namespace capataz::ssh
