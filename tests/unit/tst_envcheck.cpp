// EnvCheck: compose references, built-in rules, and no secret value in any finding.
#include "stack/DotenvParser.h"
#include "stack/EnvCheck.h"

#include <QTest>

using namespace capataz;
using namespace capataz::stack;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<EnvFinding> run(const QByteArray& env, const std::optional<QByteArray>& compose = {},
                      bool production = true)
{
    auto doc = parseDotenv(env);
    if (!doc)
        qFatal("bad env");
    EnvCheckOptions options;
    options.production = production;
    options.composeText = compose;
    return EnvCheck::check(*doc, options);
}

QStringList codesFor(const QList<EnvFinding>& findings, const QString& key)
{
    QStringList out;
    for (const EnvFinding& f : findings) {
        if (f.key == key)
            out.append(EnvFinding::severityName(f.severity) + u':' + f.code);
    }
    return out;
}

} // namespace

class TestEnvCheck : public QObject {
    Q_OBJECT
private slots:
    void composeReferences()
    {
        const QByteArray yaml = "services:\n"
                                "  app:\n"
                                "    image: \"app:${TAG:-latest}\"\n"
                                "    environment:\n"
                                "      - DB=${DB_PASSWORD}\n"
                                "      - A=$PLAIN and $$ESCAPED and $${ALSO_ESCAPED}\n"
                                "      - R=${REQ:?set it} ${REQ2?x} ${ALT:+y} ${NEST:-${INNER}}\n"
                                "    # command: ${COMMENTED}\n"
                                "    command: echo '#notcomment ${QUOTED}' # ${TRAILING}\n"_ba;
        const auto refs = EnvCheck::composeReferences(yaml);
        QStringList names;
        for (const auto& r : refs)
            names.append(r.name);
        QCOMPARE(names, (QStringList{u"TAG"_s, u"DB_PASSWORD"_s, u"PLAIN"_s, u"REQ"_s, u"REQ2"_s, u"ALT"_s,
                                     u"NEST"_s, u"INNER"_s, u"QUOTED"_s}));
        QCOMPARE(refs.at(0).form, EnvVariableUse::Form::Default);
        QVERIFY(refs.at(0).colon);
        QCOMPARE(refs.at(0).line, 3);
        QCOMPARE(refs.at(1).form, EnvVariableUse::Form::Plain);
        QCOMPARE(refs.at(3).form, EnvVariableUse::Form::Required);
        QVERIFY(refs.at(3).colon);
        QVERIFY(!refs.at(4).colon);
        QCOMPARE(refs.at(5).form, EnvVariableUse::Form::Alternate);
    }

    void findings_data()
    {
        QTest::addColumn<QByteArray>("env");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("placeholder here") << "SECRET_KEY=your_secret_key_here\n"_ba << u"SECRET_KEY"_s
                                          << QStringList{u"error:placeholder"_s};
        QTest::newRow("changeme") << "DB_PASSWORD=changeme\n"_ba << u"DB_PASSWORD"_s
                                  << QStringList{u"error:placeholder"_s};
        QTest::newRow("minioadmin") << "MINIO_ROOT_USER=minioadmin\n"_ba << u"MINIO_ROOT_USER"_s
                                    << QStringList{u"error:placeholder"_s};
        QTest::newRow("admin123 in url") << "MONGODB_URL=mongodb://admin:admin123@db:27017\n"_ba
                                         << u"MONGODB_URL"_s << QStringList{u"error:placeholder"_s};
        QTest::newRow("angle") << "DB_PASSWORD=<strong_random_password>\n"_ba << u"DB_PASSWORD"_s
                               << QStringList{u"error:placeholder"_s};
        QTest::newRow("empty secret")
            << "REDIS_PASSWORD=\n"_ba << u"REDIS_PASSWORD"_s << QStringList{u"warning:empty-secret"_s};
        QTest::newRow("short secret")
            << "JWT_SECRET=abc123xyz\n"_ba << u"JWT_SECRET"_s << QStringList{u"warning:short-secret"_s};
        QTest::newRow("long secret") << "API_TOKEN=Zx8Kq2Lm9Vb4Nc7Rt5Yw\n"_ba << u"API_TOKEN"_s << none;
        QTest::newRow("not a secret: expire")
            << "ACCESS_TOKEN_EXPIRE_MINUTES=30\n"_ba << u"ACCESS_TOKEN_EXPIRE_MINUTES"_s << none;
        QTest::newRow("not a secret: max tokens") << "MAX_TOKENS=150\n"_ba << u"MAX_TOKENS"_s << none;
        QTest::newRow("debug True") << "DEBUG=True\n"_ba << u"DEBUG"_s
                                    << QStringList{u"warning:debug-enabled"_s};
        QTest::newRow("debug 1") << "APP_DEBUG=1\n"_ba << u"APP_DEBUG"_s
                                 << QStringList{u"warning:debug-enabled"_s};
        QTest::newRow("debug False") << "DEBUG=False\n"_ba << u"DEBUG"_s << none;
        QTest::newRow("cors *") << "CORS_ALLOWED_ORIGINS=*\n"_ba << u"CORS_ALLOWED_ORIGINS"_s
                                << QStringList{u"warning:cors-wildcard"_s};
        QTest::newRow("cors list *") << "CORS_ORIGINS=https://a.b, *\n"_ba << u"CORS_ORIGINS"_s
                                     << QStringList{u"warning:cors-wildcard"_s};
        QTest::newRow("cors ok") << "CORS_ORIGINS=https://app.tudominio.com\n"_ba << u"CORS_ORIGINS"_s
                                 << none;
        QTest::newRow("duplicate") << "A=1\nA=2\n"_ba << u"A"_s << QStringList{u"info:duplicate-key"_s};
        QTest::newRow("inherited") << "HOME_DIR\n"_ba << u"HOME_DIR"_s
                                   << QStringList{u"info:inherited-variable"_s};
    }
    void findings()
    {
        QFETCH(QByteArray, env);
        QFETCH(QString, key);
        QFETCH(QStringList, expected);
        QCOMPARE(codesFor(run(env), key), expected);
    }

    void development()
    {
        const auto f = run("DEBUG=true\nSECRET_KEY=changeme\n"_ba, std::nullopt, false);
        QCOMPARE(codesFor(f, u"DEBUG"_s), QStringList());
        QCOMPARE(codesFor(f, u"SECRET_KEY"_s), QStringList{u"warning:placeholder"_s});
        QVERIFY(!EnvCheck::hasError(f));
    }

    void compose()
    {
        const QByteArray yaml =
            "x: ${PRESENT} ${MISSING} ${OPTIONAL:-1} ${NEEDED:?x} ${EMPTY_REQ:?x} ${INHERIT}\n"
            "y: ${OPTIONAL}\n"_ba;
        const auto f = run("PRESENT=1\nEMPTY_REQ=\nINHERIT\n"_ba, yaml);
        QCOMPARE(codesFor(f, u"PRESENT"_s), QStringList());
        QCOMPARE(codesFor(f, u"MISSING"_s), QStringList{u"error:compose-variable-missing"_s});
        // Used once with a default and once without: the strict use decides.
        QCOMPARE(codesFor(f, u"OPTIONAL"_s), QStringList{u"error:compose-variable-missing"_s});
        QCOMPARE(codesFor(f, u"NEEDED"_s), QStringList{u"error:compose-variable-missing"_s});
        QCOMPARE(codesFor(f, u"EMPTY_REQ"_s), QStringList{u"error:compose-variable-empty"_s});
        QCOMPARE(codesFor(f, u"INHERIT"_s), QStringList{u"info:inherited-variable"_s});
        QVERIFY(EnvCheck::hasError(f));
        const auto g = run("A=1\n"_ba, "x: ${B:-2} ${C-3}\n"_ba);
        QCOMPARE(codesFor(g, u"B"_s), QStringList{u"info:compose-variable-default"_s});
        QCOMPARE(codesFor(g, u"C"_s), QStringList{u"info:compose-variable-default"_s});
        QVERIFY(!EnvCheck::hasError(g));
    }

    // Values written in the compose file itself (the cattle-weight guide's compose file sets
    // MONGO_INITDB_ROOT_PASSWORD=admin123 and MINIO_ROOT_PASSWORD=minioadmin inline): the .env
    // checks never saw them. Two files joined as EnvPlan joins them, each read on its own.
    void composeInlineEnvironment()
    {
        const QByteArray yaml = "services:\n"
                                "  mongodb:\n"
                                "    image: mongo:7\n"
                                "    environment:\n"
                                "      - MONGO_INITDB_ROOT_USERNAME=admin\n"
                                "      - MONGO_INITDB_ROOT_PASSWORD=admin123\n"
                                "  api:\n"
                                "    image: api\n"
                                "    environment:\n"
                                "      JWT_SECRET_KEY: ${JWT_SECRET_KEY}\n"
                                "      REDIS_PASSWORD: short-pw\n"
                                "      LOG_LEVEL: info\n"
                                "---\n"
                                "services:\n"
                                "  minio:\n"
                                "    image: minio/minio\n"
                                "    environment:\n"
                                "      MINIO_ROOT_PASSWORD: minioadmin\n"
                                "      MINIO_SECRET_KEY: Zq8-long-enough-written-in-clear\n"_ba;
        const auto f = run("JWT_SECRET_KEY=0123456789abcdef0123456789abcdef\n"_ba, yaml);
        QCOMPARE(codesFor(f, u"MONGO_INITDB_ROOT_PASSWORD"_s),
                 QStringList{u"error:compose-inline-placeholder"_s});
        QCOMPARE(codesFor(f, u"MINIO_ROOT_PASSWORD"_s), QStringList{u"error:compose-inline-placeholder"_s});
        QCOMPARE(codesFor(f, u"REDIS_PASSWORD"_s), QStringList{u"warning:compose-inline-short-secret"_s});
        QCOMPARE(codesFor(f, u"MINIO_SECRET_KEY"_s), QStringList{u"warning:compose-inline-secret"_s});
        // From the .env (checked there), not secret, or not a value: nothing.
        QCOMPARE(codesFor(f, u"JWT_SECRET_KEY"_s), QStringList());
        QCOMPARE(codesFor(f, u"MONGO_INITDB_ROOT_USERNAME"_s), QStringList());
        QCOMPARE(codesFor(f, u"LOG_LEVEL"_s), QStringList());
        for (const EnvFinding& x : f) {
            for (const QString& v : {u"admin123"_s, u"minioadmin"_s, u"short-pw"_s, u"Zq8-long"_s}) {
                QVERIFY2(!x.message.contains(v), qPrintable(x.message));
                QVERIFY2(!x.text.translated().contains(v), qPrintable(x.text.translated()));
            }
            QVERIFY2(x.text.source, qPrintable(x.code)); // every finding has a translatable sentence
        }
        for (const EnvFinding& x : f) {
            if (x.key == u"MONGO_INITDB_ROOT_PASSWORD"_s)
                QVERIFY2(x.text.translated().contains(u"service mongodb, line 6"_s),
                         qPrintable(x.text.translated()));
        }
        // In development a well-known default is a warning, not an error.
        QCOMPARE(codesFor(run("A=1\n"_ba, yaml, false), u"MINIO_ROOT_PASSWORD"_s),
                 QStringList{u"warning:compose-inline-placeholder"_s});
    }

    // What compose would refuse when it interpolates the values, on the line that says it.
    void interpolation_data()
    {
        QTest::addColumn<QByteArray>("env");
        QTest::addColumn<QStringList>("expected"); // "line:severity:code:key"
        QTest::newRow("required, unset") << "A=1\nURL=http://${HOST:?set HOST first}/x\n"_ba
                                         << QStringList{u"2:error:required-variable-missing:URL"_s};
        QTest::newRow("required without colon, unset")
            << "URL=${HOST?}\n"_ba << QStringList{u"1:error:required-variable-missing:URL"_s};
        QTest::newRow("required, empty")
            << "HOST=\nURL=${HOST:?}\n"_ba << QStringList{u"2:error:required-variable-missing:URL"_s};
        QTest::newRow("required without colon, empty is fine") << "HOST=\nURL=${HOST?}\n"_ba << QStringList();
        QTest::newRow("required, set above") << "HOST=h\nURL=\"${HOST:?}\"\n"_ba << QStringList();
        QTest::newRow("required in a default")
            << "\n\nA=${B:-${C:?no C}}\n"_ba << QStringList{u"3:error:required-variable-missing:A"_s};
        QTest::newRow("unused default is not checked") << "B=1\nA=${B:-${C:?no C}}\n"_ba << QStringList();
        QTest::newRow("single quotes are literal") << "A='${B:?x}'\n"_ba << QStringList();
        QTest::newRow("escaped dollar") << "A=\"\\${B:?x}\"\nC=$${B:?x}\n"_ba << QStringList();
        QTest::newRow("unterminated")
            << "A=1\nB=x${A\n"_ba << QStringList{u"2:error:invalid-interpolation:B"_s};
        QTest::newRow("bad operator") << "B=${A:x}\n"_ba << QStringList{u"1:error:invalid-interpolation:B"_s};
        QTest::newRow("not set") << "B=${A}\n"_ba << QStringList{u"1:warning:variable-not-set:B"_s};
        QTest::newRow("multi-line value, error on its first line")
            << "X=1\nB=\"one\ntwo ${A:?}\"\n"_ba << QStringList{u"2:error:required-variable-missing:B"_s};
    }
    void interpolation()
    {
        QFETCH(QByteArray, env);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const EnvFinding& f : run(env)) {
            if (f.code == u"required-variable-missing" || f.code == u"invalid-interpolation" ||
                f.code == u"variable-not-set")
                got << u"%1:%2:%3:%4"_s.arg(f.line).arg(EnvFinding::severityName(f.severity), f.code, f.key);
        }
        QCOMPARE(got, expected);
        QCOMPARE(EnvCheck::hasError(run(env)), expected.join(u' ').contains(u":error:"_s));
    }

    // The environment compose runs in can satisfy a required variable.
    void interpolationEnvironment()
    {
        auto doc = parseDotenv("URL=${HOST:?}\n"_ba);
        QVERIFY(doc);
        EnvCheckOptions options;
        QVERIFY(EnvCheck::hasError(EnvCheck::check(*doc, options)));
        options.environment.insert(u"HOST"_s, u"h"_s);
        QVERIFY(!EnvCheck::hasError(EnvCheck::check(*doc, options)));
    }

    // No finding may quote a value: placeholders, short secrets, every rule.
    void neverLeaksValues_data()
    {
        QTest::addColumn<QByteArray>("env");
        QTest::addColumn<QString>("secret");
        QTest::newRow("short") << "DB_PASSWORD=s3cr3tXY\n"_ba << u"s3cr3tXY"_s;
        QTest::newRow("placeholder") << "SECRET_KEY=your_very_private_here\n"_ba
                                     << u"your_very_private_here"_s;
        QTest::newRow("url") << "MONGODB_URL=mongodb://u:admin123Qz@h\n"_ba << u"admin123Qz"_s;
        QTest::newRow("debug") << "DEBUG=TruE\n"_ba << u"TruE"_s;
        QTest::newRow("cors") << "CORS_ORIGINS=*,https://hidden.example\n"_ba << u"hidden.example"_s;
        QTest::newRow("duplicate") << "API_KEY=first-Secret-Value\nAPI_KEY=second-Secret-Value\n"_ba
                                   << u"first-Secret-Value"_s;
        QTest::newRow("required empty") << "TOKEN=ab\n"_ba << u"ab!"_s;
    }
    void neverLeaksValues()
    {
        QFETCH(QByteArray, env);
        QFETCH(QString, secret);
        const auto f = run(env, "x: ${DB_PASSWORD:?x} ${SECRET_KEY} ${MONGODB_URL} ${TOKEN:?x}\n"_ba);
        QVERIFY(!f.isEmpty());
        for (const EnvFinding& x : f) {
            QVERIFY2(!x.message.contains(secret, Qt::CaseInsensitive), qPrintable(x.message));
            QVERIFY(!x.key.contains(secret));
            QVERIFY(!x.code.contains(secret));
        }
    }
};

QTEST_GUILESS_MAIN(TestEnvCheck)
#include "tst_envcheck.moc"
