// SecretGenerator: the seeds' secret formats, alphabets, uniqueness, byte distribution.
#include "stack/SecretGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <array>

using namespace capataz;
using namespace capataz::stack;
using namespace Qt::Literals::StringLiterals;

class TestSecretGenerator : public QObject {
    Q_OBJECT
private slots:
    void parseSpec_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("length");
        QTest::newRow("urlsafe32") << u"urlsafe32"_s << true << int(SecretKind::UrlSafe32) << 0;
        QTest::newRow("hex32") << u"hex32"_s << true << int(SecretKind::Hex32) << 0;
        QTest::newRow("base64-24") << u"base64-24"_s << true << int(SecretKind::Base64_24) << 0;
        QTest::newRow("password:24") << u"password:24"_s << true << int(SecretKind::Password) << 24;
        QTest::newRow("password too short") << u"password:4"_s << false << 0 << 0;
        QTest::newRow("password no number") << u"password:x"_s << false << 0 << 0;
        QTest::newRow("unknown") << u"md5"_s << false << 0 << 0;
    }
    void parseSpec()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(int, length);
        const auto spec = SecretGenerator::parseSpec(name);
        QCOMPARE(spec.has_value(), ok);
        if (!ok) {
            QCOMPARE(spec.error().code, ErrorCode::InvalidArgument);
            return;
        }
        QCOMPARE(int(spec->kind), kind);
        QCOMPARE(spec->length, length);
        QCOMPARE(spec->name(), name);
    }

    void format_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("urlsafe32") << u"urlsafe32"_s << 43 << u"^[A-Za-z0-9_-]{43}$"_s;
        QTest::newRow("hex32") << u"hex32"_s << 64 << u"^[0-9a-f]{64}$"_s;
        QTest::newRow("base64-24") << u"base64-24"_s << 32 << u"^[A-Za-z0-9+/]{32}$"_s;
        QTest::newRow("password:20") << u"password:20"_s << 20
                                     << u"^[ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789]{20}$"_s;
    }
    void format()
    {
        QFETCH(QString, name);
        QFETCH(int, length);
        QFETCH(QString, pattern);
        const SecretSpec spec = *SecretGenerator::parseSpec(name);
        QCOMPARE(SecretGenerator::expectedLength(spec), length);
        const QRegularExpression re(pattern);
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString s = SecretGenerator::generate(spec);
            QCOMPARE(s.size(), length);
            QVERIFY2(re.match(s).hasMatch(), qPrintable(name));
            seen.insert(s);
        }
        QCOMPARE(seen.size(), 1000);
    }

    // Hex digits of 2000 hex32 secrets: 128000 draws over 16 symbols. Chi-square with 15 degrees of
    // freedom stays under 50 except with probability ~1e-5; a stuck or biased generator fails.
    void hexDistribution()
    {
        std::array<qint64, 16> counts{};
        qint64 total = 0;
        for (int i = 0; i < 2000; ++i) {
            for (const QChar c : SecretGenerator::generate({SecretKind::Hex32, 0})) {
                const int d = c.isDigit() ? c.unicode() - u'0' : c.unicode() - u'a' + 10;
                ++counts[size_t(d)];
                ++total;
            }
        }
        const double expected = double(total) / 16.0;
        double chi = 0;
        for (const qint64 n : counts)
            chi += (double(n) - expected) * (double(n) - expected) / expected;
        QVERIFY2(chi < 50.0, qPrintable(QString::number(chi)));
    }

    void passwordDistribution()
    {
        const QStringView alphabet = SecretGenerator::kPasswordAlphabet;
        QHash<QChar, qint64> counts;
        qint64 total = 0;
        for (int i = 0; i < 500; ++i) {
            for (const QChar c : SecretGenerator::generate({SecretKind::Password, 128})) {
                ++counts[c];
                ++total;
            }
        }
        QCOMPARE(counts.size(), alphabet.size());
        const double expected = double(total) / double(alphabet.size());
        double chi = 0;
        for (const QChar c : alphabet)
            chi += (double(counts.value(c)) - expected) * (double(counts.value(c)) - expected) / expected;
        // 55 degrees of freedom: mean 55, > 110 has probability ~1e-5.
        QVERIFY2(chi < 110.0, qPrintable(QString::number(chi)));
    }

    void alphabetHasNoLookAlikes()
    {
        for (const QChar c : u"0O1lIo'\"$`\\ #"_s)
            QVERIFY(!SecretGenerator::kPasswordAlphabet.contains(c));
    }
};

QTEST_GUILESS_MAIN(TestSecretGenerator)
#include "tst_secretgenerator.moc"
