#include "ssh/RsaSha2Auth.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <cstdlib>
#include <memory>

using namespace capataz;
using namespace capataz::ssh;

namespace {

void putString(QByteArray& out, QByteArrayView s)
{
    const auto n = static_cast<quint32>(s.size());
    out.append(static_cast<char>((n >> 24) & 0xff));
    out.append(static_cast<char>((n >> 16) & 0xff));
    out.append(static_cast<char>((n >> 8) & 0xff));
    out.append(static_cast<char>(n & 0xff));
    out.append(s);
}

// Splits an SSH wire-format buffer into its length-prefixed strings.
QList<QByteArray> strings(const QByteArray& blob)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i + 4 <= blob.size()) {
        const auto* p = reinterpret_cast<const unsigned char*>(blob.constData() + i);
        const qsizetype n = (qsizetype{p[0]} << 24) | (qsizetype{p[1]} << 16) | (qsizetype{p[2]} << 8) | p[3];
        if (i + 4 + n > blob.size())
            return {};
        out.append(blob.mid(i + 4, n));
        i += 4 + n;
    }
    return i == blob.size() ? out : QList<QByteArray>{};
}

// What libssh2 1.10 hands the sign callback (RFC 4252 section 7).
QByteArray signedData(const QByteArray& algorithm, const QByteArray& blob)
{
    QByteArray d;
    putString(d, QByteArray(32, '\x5a')); // session id (a SHA-256 exchange hash in practice)
    d.append('\x32');                     // SSH_MSG_USERAUTH_REQUEST
    putString(d, "root");
    putString(d, "ssh-connection");
    putString(d, "publickey");
    d.append('\x01');
    putString(d, algorithm);
    putString(d, blob);
    return d;
}

struct PkeyFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

// An OpenSSL public key built from an "ssh-rsa" blob (e, n), independent of the code under test.
PkeyPtr publicKeyFromSshBlob(const QByteArray& sshRsaBlob)
{
    const auto parts = strings(sshRsaBlob);
    if (parts.size() != 3 || parts[0] != "ssh-rsa")
        return nullptr;
    BIGNUM* e = BN_bin2bn(reinterpret_cast<const unsigned char*>(parts[1].constData()),
                          static_cast<int>(parts[1].size()), nullptr);
    BIGNUM* n = BN_bin2bn(reinterpret_cast<const unsigned char*>(parts[2].constData()),
                          static_cast<int>(parts[2].size()), nullptr);
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e);
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_fromdata_init(ctx) != 1 || EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
        key = nullptr;
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(e);
    BN_free(n);
    return PkeyPtr(key);
}

bool verify(EVP_PKEY* pub, const char* digest, const QByteArray& data, const unsigned char* sig,
            size_t sigLen)
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    const bool ok =
        EVP_DigestVerifyInit_ex(ctx, &pctx, digest, nullptr, nullptr, pub, nullptr) == 1 &&
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1 &&
        EVP_DigestVerify(ctx, sig, sigLen, reinterpret_cast<const unsigned char*>(data.constData()),
                         static_cast<size_t>(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace

class TestRsaSha2Auth : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_keygen;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void keygen(const QStringList& args)
    {
        QProcess p;
        p.start(m_keygen, args);
        QVERIFY2(p.waitForFinished(60000), qPrintable(p.errorString()));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 p.readAllStandardError().constData());
    }

    // `ssh-keygen -y` of a private key: the reference public blob.
    QByteArray referenceBlob(const QString& key, const QString& passphrase = {})
    {
        QProcess p;
        QStringList args{QStringLiteral("-y"), QStringLiteral("-f"), key};
        if (!passphrase.isEmpty())
            args << QStringLiteral("-P") << passphrase;
        p.start(m_keygen, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        const QList<QByteArray> fields = p.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() < 2 || fields[0] != "ssh-rsa")
            return {};
        return QByteArray::fromBase64(fields[1]);
    }

private slots:
    void initTestCase()
    {
        m_keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (m_keygen.isEmpty())
            QSKIP("ssh-keygen not installed");
        QVERIFY(m_dir.isValid());
        const QString q = QStringLiteral("-q");
        const QString t = QStringLiteral("-t");
        const QString b = QStringLiteral("-b");
        const QString n = QStringLiteral("-N");
        const QString f = QStringLiteral("-f");
        const QString m = QStringLiteral("-m");
        const QString rsa = QStringLiteral("rsa");
        const QString bits = QStringLiteral("2048");
        const QString pem = QStringLiteral("PEM");
        keygen({q, t, rsa, b, QStringLiteral("3072"), n, QString(), f, path(QStringLiteral("rsa_openssh"))});
        keygen({q, t, rsa, b, bits, n, QString(), m, pem, f, path(QStringLiteral("rsa_pem"))});
        keygen({q, t, rsa, b, bits, n, QStringLiteral("correct horse"), m, pem, f,
                path(QStringLiteral("rsa_pem_pw"))});
        keygen({q, t, rsa, b, bits, n, QString(), m, QStringLiteral("PKCS8"), f,
                path(QStringLiteral("rsa_pkcs8"))});
        keygen({q, t, rsa, b, bits, n, QStringLiteral("correct horse"), m, QStringLiteral("PKCS8"), f,
                path(QStringLiteral("rsa_pkcs8_pw"))});
        keygen({q, t, rsa, b, bits, n, QStringLiteral("correct horse"), f,
                path(QStringLiteral("rsa_openssh_pw"))});
        keygen({q, t, QStringLiteral("ed25519"), n, QString(), f, path(QStringLiteral("ed25519"))});
        keygen({q, t, QStringLiteral("ed25519"), n, QStringLiteral("correct horse"), f,
                path(QStringLiteral("ed25519_pw"))});
        keygen({q, t, QStringLiteral("ecdsa"), n, QString(), m, pem, f, path(QStringLiteral("ecdsa_pem"))});

        // A damaged OpenSSH key: a few base64 characters in the middle changed.
        QFile in(path(QStringLiteral("rsa_openssh")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        const qsizetype mid = text.size() / 2;
        for (qsizetype i = mid; i < mid + 8; ++i) {
            if (text[i] != '\n')
                text[i] = text[i] == 'A' ? 'B' : 'A';
        }
        QFile out(path(QStringLiteral("rsa_openssh_damaged")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        QFile garbage(path(QStringLiteral("garbage")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a key\n");
    }

    void load_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addColumn<QString>("detailContains");
        const QString pw = QStringLiteral("correct horse");
        const QString none;
        QTest::newRow("openssh") << QStringLiteral("rsa_openssh") << none << ErrorCode::None << none;
        QTest::newRow("openssh, passphrase ignored")
            << QStringLiteral("rsa_openssh") << pw << ErrorCode::None << none;
        QTest::newRow("pem") << QStringLiteral("rsa_pem") << none << ErrorCode::None << none;
        QTest::newRow("pem encrypted") << QStringLiteral("rsa_pem_pw") << pw << ErrorCode::None << none;
        QTest::newRow("pem encrypted, no passphrase")
            << QStringLiteral("rsa_pem_pw") << none << ErrorCode::KeyPassphraseNeeded << none;
        QTest::newRow("pem encrypted, wrong passphrase")
            << QStringLiteral("rsa_pem_pw") << QStringLiteral("wrong horse") << ErrorCode::KeyPassphraseWrong
            << none;
        QTest::newRow("pkcs8") << QStringLiteral("rsa_pkcs8") << none << ErrorCode::None << none;
        QTest::newRow("pkcs8 encrypted") << QStringLiteral("rsa_pkcs8_pw") << pw << ErrorCode::None << none;
        QTest::newRow("pkcs8 encrypted, no passphrase")
            << QStringLiteral("rsa_pkcs8_pw") << none << ErrorCode::KeyPassphraseNeeded << none;
        QTest::newRow("pkcs8 encrypted, wrong passphrase")
            << QStringLiteral("rsa_pkcs8_pw") << QStringLiteral("wrong horse")
            << ErrorCode::KeyPassphraseWrong << none;
        QTest::newRow("openssh encrypted") << QStringLiteral("rsa_openssh_pw") << pw
                                           << ErrorCode::InvalidArgument << QStringLiteral("bcrypt");
        QTest::newRow("openssh encrypted, no passphrase")
            << QStringLiteral("rsa_openssh_pw") << none << ErrorCode::InvalidArgument
            << QStringLiteral("bcrypt");
        QTest::newRow("ed25519") << QStringLiteral("ed25519") << none << ErrorCode::InvalidArgument
                                 << QStringLiteral("ssh-ed25519");
        QTest::newRow("ed25519 encrypted") << QStringLiteral("ed25519_pw") << none
                                           << ErrorCode::InvalidArgument << QStringLiteral("not an RSA key");
        QTest::newRow("ecdsa pem") << QStringLiteral("ecdsa_pem") << none << ErrorCode::InvalidArgument
                                   << QStringLiteral("not an RSA key");
        QTest::newRow("public key file") << QStringLiteral("rsa_openssh.pub") << none
                                         << ErrorCode::KeyFileUnreadable << QStringLiteral("public key");
        QTest::newRow("damaged openssh") << QStringLiteral("rsa_openssh_damaged") << none
                                         << ErrorCode::KeyFileUnreadable << QStringLiteral("damaged");
        QTest::newRow("garbage") << QStringLiteral("garbage") << none << ErrorCode::KeyFileUnreadable << none;
        QTest::newRow("missing") << QStringLiteral("no-such-file") << none << ErrorCode::KeyFileUnreadable
                                 << none;
    }

    void load()
    {
        QFETCH(QString, file);
        QFETCH(QString, passphrase);
        QFETCH(ErrorCode, expected);
        QFETCH(QString, detailContains);
        const auto key = loadRsaKeyForSha2(path(file), passphrase);
        if (expected == ErrorCode::None) {
            QVERIFY2(key.has_value(), key ? "" : qPrintable(key.error().toString()));
            QVERIFY(*key);
            QVERIFY(rsaKeyBits(**key) >= 2048);
            return;
        }
        QVERIFY(!key.has_value());
        QCOMPARE(errorCodeName(key.error().code), errorCodeName(expected));
        QVERIFY2(key.error().detail.contains(detailContains), qPrintable(key.error().detail));
        QVERIFY2(key.error().detail.contains(path(file)), qPrintable(key.error().detail));
    }

    void blobMatchesSshKeygen_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("openssh") << QStringLiteral("rsa_openssh") << QString();
        QTest::newRow("pem") << QStringLiteral("rsa_pem") << QString();
        QTest::newRow("pem encrypted") << QStringLiteral("rsa_pem_pw") << QStringLiteral("correct horse");
        QTest::newRow("pkcs8 encrypted") << QStringLiteral("rsa_pkcs8_pw") << QStringLiteral("correct horse");
    }

    void blobMatchesSshKeygen()
    {
        QFETCH(QString, file);
        QFETCH(QString, passphrase);
        const QByteArray reference = referenceBlob(path(file), passphrase);
        QVERIFY(!reference.isEmpty());
        const auto key = loadRsaKeyForSha2(path(file), passphrase);
        QVERIFY2(key.has_value(), key ? "" : qPrintable(key.error().toString()));

        QCOMPARE(publicBlobSshRsa(**key), reference);
        const auto ref = strings(reference); // "ssh-rsa", e, n
        QCOMPARE(ref.size(), 3);
        for (int bits : {256, 512}) {
            const QByteArray blob = publicBlobForSha2(**key, bits);
            const auto parts = strings(blob);
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts[0], bits == 256 ? QByteArray("rsa-sha2-256") : QByteArray("rsa-sha2-512"));
            QCOMPARE(parts[1], ref[1]);                     // e
            QCOMPARE(parts[2], ref[2]);                     // n
            QCOMPARE(publicBlobForSha2(**key, bits), blob); // the same bytes every call
        }
        QVERIFY(publicBlobForSha2(**key, 1).isEmpty());
        QVERIFY(publicBlobForSha2(**key, 384).isEmpty());
    }

    void signatureVerifies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("bits");
        for (int bits : {256, 512}) {
            const QByteArray suffix = bits == 256 ? QByteArray(" sha256") : QByteArray(" sha512");
            QTest::newRow(QByteArray("openssh" + suffix).constData())
                << QStringLiteral("rsa_openssh") << QString() << bits;
            QTest::newRow(QByteArray("pem" + suffix).constData())
                << QStringLiteral("rsa_pem") << QString() << bits;
            QTest::newRow(QByteArray("pkcs8 encrypted" + suffix).constData())
                << QStringLiteral("rsa_pkcs8_pw") << QStringLiteral("correct horse") << bits;
        }
    }

    void signatureVerifies()
    {
        QFETCH(QString, file);
        QFETCH(QString, passphrase);
        QFETCH(int, bits);
        const QByteArray reference = referenceBlob(path(file), passphrase);
        const PkeyPtr pub = publicKeyFromSshBlob(reference);
        QVERIFY(pub);
        const auto key = loadRsaKeyForSha2(path(file), passphrase);
        QVERIFY2(key.has_value(), key ? "" : qPrintable(key.error().toString()));

        const QByteArray blob = publicBlobForSha2(**key, bits);
        const QByteArray algorithm = bits == 256 ? QByteArray("rsa-sha2-256") : QByteArray("rsa-sha2-512");
        const QByteArray data = signedData(algorithm, blob);
        void* abstract = key->get();
        const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
        const auto len = static_cast<size_t>(data.size());

        unsigned char* sig = nullptr;
        size_t sigLen = 0;
        QCOMPARE(signRsaSha2(nullptr, &sig, &sigLen, bytes, len, &abstract), 0);
        QVERIFY(sig);
        const std::unique_ptr<unsigned char, decltype(&std::free)> sigHolder(sig, &std::free);
        QCOMPARE(sigLen, static_cast<size_t>((rsaKeyBits(**key) + 7) / 8)); // RFC 8332: modulus length
        const char* digest = bits == 256 ? "SHA256" : "SHA512";
        const char* otherDigest = bits == 256 ? "SHA512" : "SHA256";
        QVERIFY(verify(pub.get(), digest, data, sig, sigLen));
        QVERIFY(!verify(pub.get(), otherDigest, data, sig, sigLen));
        QByteArray tampered = data;
        tampered[40] = static_cast<char>(tampered[40] ^ 1);
        QVERIFY(!verify(pub.get(), digest, tampered, sig, sigLen));

        // Called again (libssh2 retrying): same result, PKCS#1 v1.5 is deterministic.
        unsigned char* sig2 = nullptr;
        size_t sigLen2 = 0;
        QCOMPARE(signRsaSha2(nullptr, &sig2, &sigLen2, bytes, len, &abstract), 0);
        const std::unique_ptr<unsigned char, decltype(&std::free)> sig2Holder(sig2, &std::free);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(sig2), static_cast<qsizetype>(sigLen2)),
                 QByteArray(reinterpret_cast<const char*>(sig), static_cast<qsizetype>(sigLen)));
    }

    void signRefusesBadInput()
    {
        const auto key = loadRsaKeyForSha2(path(QStringLiteral("rsa_pem")), {});
        QVERIFY(key.has_value());
        void* abstract = key->get();
        unsigned char* sig = nullptr;
        size_t sigLen = 0;
        const auto call = [&](const QByteArray& data, void** abs) {
            return signRsaSha2(nullptr, &sig, &sigLen,
                               reinterpret_cast<const unsigned char*>(data.constData()),
                               static_cast<size_t>(data.size()), abs);
        };
        // ssh-rsa (SHA-1) is libssh2's own business, not this callback's.
        QCOMPARE(call(signedData("ssh-rsa", publicBlobSshRsa(**key)), &abstract), -1);
        QVERIFY(!sig);
        QCOMPARE(call(signedData("rsa-sha2-384", publicBlobSshRsa(**key)), &abstract), -1);
        QCOMPARE(call(QByteArray("\x00\x00\x00\x05short", 9), &abstract), -1);
        QCOMPARE(call(QByteArray(), &abstract), -1);
        QVERIFY(!sig);
        void* nothing = nullptr;
        sigLen = 1234;
        QCOMPARE(call(signedData("rsa-sha2-256", publicBlobForSha2(**key)), &nothing), -1);
        QCOMPARE(sigLen, size_t{0});
        QCOMPARE(call(signedData("rsa-sha2-256", publicBlobForSha2(**key)), nullptr), -1);
        QVERIFY(!sig);
    }
};

QTEST_GUILESS_MAIN(TestRsaSha2Auth)
#include "tst_rsasha2auth.moc"
