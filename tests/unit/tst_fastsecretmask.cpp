// FastSecretMask masks exactly what plan::SecretMask masks: on random text made of the secrets'
// own characters (so near misses abound), with secrets that overlap, contain each other, are
// short or long, and with non-ASCII characters.
#include "logs/FastSecretMask.h"

#include <QRandomGenerator>
#include <QTest>

using namespace capataz;
using namespace capataz::logs;
using namespace Qt::Literals::StringLiterals;

class TestFastSecretMask : public QObject {
    Q_OBJECT
private slots:
    void sameAsSecretMask_data()
    {
        QTest::addColumn<QStringList>("secrets");
        QTest::newRow("long tokens") << QStringList{u"abcabcabcdab"_s, u"bcdabcdaaa"_s, u"ddddcbabcd"_s};
        QTest::newRow("one inside another") << QStringList{u"abcdabcd"_s, u"cdab"_s, u"abcdabcdabcd"_s};
        QTest::newRow("short ones") << QStringList{u"ab"_s, u"c"_s, u"dab"_s};
        QTest::newRow("min four") << QStringList{u"abca"_s, u"dddd"_s};
        QTest::newRow("non-ascii") << QStringList{u"añb€c🚀"_s, u"€c🚀a"_s};
        // From 6 characters on, the sampled probe (the others go through SecretMask's search).
        QTest::newRow("probe, one inside another")
            << QStringList{u"abcdabcd"_s, u"cdabcd"_s, u"abcdabcdabcd"_s};
        QTest::newRow("probe, shortest 6") << QStringList{u"abcabd"_s, u"dcbadcbadcbaab"_s};
        QTest::newRow("probe, non-ascii") << QStringList{u"añb€c🚀añ"_s, u"€c🚀a€c🚀a"_s};
    }

    void sameAsSecretMask()
    {
        QFETCH(QStringList, secrets);
        plan::SecretMask mask;
        QString alphabet;
        for (const QString& s : secrets) {
            mask.add(s);
            for (QChar c : s)
                if (!alphabet.contains(c))
                    alphabet += c;
        }
        alphabet += u" x"_s;
        const FastSecretMask fast(mask);
        QRandomGenerator rng(7);
        int masked = 0;
        for (int i = 0; i < 20'000; ++i) {
            QString text;
            const int n = int(rng.bounded(60));
            for (int k = 0; k < n; ++k) {
                if (rng.bounded(30) == 0)
                    text += secrets[int(rng.bounded(secrets.size()))];
                else
                    text += alphabet[int(rng.bounded(alphabet.size()))];
            }
            const QString expected = mask.apply(text);
            QCOMPARE(fast.apply(text), expected);
            QCOMPARE(fast.containsSecret(text), mask.leaksInto(text));
            masked += expected != text ? 1 : 0;
        }
        QVERIFY(masked > 1000); // the test did see secrets
    }

    void empty()
    {
        const FastSecretMask none{plan::SecretMask()};
        QCOMPARE(none.apply(u"anything"_s), u"anything"_s);
        QVERIFY(!none.containsSecret(u"anything"_s));
    }
};

QTEST_GUILESS_MAIN(TestFastSecretMask)
#include "tst_fastsecretmask.moc"
