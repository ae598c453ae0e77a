// capataz-cli env check / env set / env show, end to end: the real binary on temporary files.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/unit/CMakeLists.txt)"
#endif

using namespace Qt::Literals::StringLiterals;

class TestCliEnv : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

    using Run = capataz::test::CliRun;

    Run cli(const QStringList& args) const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(m_dir->path()), m_dir->filePath(u"data"_s),
                                     args, {}, 30000);
    }
    QString file(const QString& name) const { return m_dir->filePath(name); }
    static void write(const QString& path, const QByteArray& data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static mode_t mode(const QString& path)
    {
        struct stat st {};
        ::stat(QFile::encodeName(path).constData(), &st);
        return st.st_mode & 07777;
    }
    QStringList backups() const
    {
        return QDir(m_dir->path()).entryList({u"*.capataz-*.bak"_s}, QDir::Files | QDir::Hidden);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void checkExitCodes()
    {
        write(file(u".env"_s), "DB_PASSWORD=Zx8Kq2Lm9Vb4Nc7Rt5Yw\nDEBUG=True\n");
        write(file(u"compose.yml"_s),
              "services:\n  db:\n    environment:\n      P: ${DB_PASSWORD}\n      Q: ${GONE}\n");
        Run r = cli({u"env"_s, u"check"_s, file(u".env"_s)});
        QVERIFY2(r.exitCode == 0, show(r));
        QVERIFY(r.out.contains("debug-enabled"));
        r = cli({u"env"_s, u"check"_s, file(u".env"_s), u"--compose"_s, file(u"compose.yml"_s), u"--json"_s});
        QVERIFY2(r.exitCode == 1, show(r));
        const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(u"findings"_s).toArray();
        QStringList codes;
        for (const auto& f : findings)
            codes.append(f.toObject().value(u"code"_s).toString());
        QVERIFY2(codes.contains(u"compose-variable-missing"_s), show(r));
        QVERIFY(!r.out.contains("Zx8Kq2Lm9Vb4Nc7Rt5Yw"));
        r = cli({u"env"_s, u"check"_s, file(u"missing.env"_s)});
        QVERIFY2(r.exitCode == 1, show(r));
        write(file(u"bad.env"_s), "A=1\nB=\"open\n");
        r = cli({u"env"_s, u"check"_s, file(u"bad.env"_s)});
        QVERIFY2(r.exitCode == 1 && r.err.contains("line 2"), show(r));
    }

    void checkAndSetWithARecipe()
    {
        // voice-biometrics (built in): SECRET_KEY is required, urlsafe32; JWT_SECRET_KEY hex32.
        const QString path = file(u".env"_s);
        write(path, "SECRET_KEY=changeme\n");
        Run r = cli({u"env"_s, u"check"_s, path, u"--recipe"_s, u"voice-biometrics"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 1, show(r));
        QStringList codes;
        for (const auto& f : QJsonDocument::fromJson(r.out).object().value(u"findings"_s).toArray())
            codes.append(f.toObject().value(u"code"_s).toString());
        QVERIFY2(codes.contains(u"recipe-required-missing"_s), show(r)); // e.g. JWT_SECRET_KEY
        QVERIFY2(!r.out.contains("changeme"), show(r));

        // --generate KEY takes the recipe's generator.
        r = cli({u"env"_s, u"set"_s, path, u"--recipe"_s, u"voice-biometrics"_s, u"--generate"_s,
                 u"JWT_SECRET_KEY"_s, u"--generate"_s, u"SECRET_KEY"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QVERIFY2(r.out.contains("generated JWT_SECRET_KEY (hex32)"), show(r));
        QVERIFY2(r.out.contains("generated SECRET_KEY (urlsafe32)"), show(r)); // "changeme" is a placeholder
        const QByteArray text = read(path);
        const qsizetype at = text.indexOf("JWT_SECRET_KEY=");
        QVERIFY(at >= 0);
        const QByteArray hex = text.mid(at + 15, 64);
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(QString::fromLatin1(hex)).hasMatch(), text);

        // A recipe that does not exist, or a key the recipe cannot generate: usage errors, no write.
        const QByteArray before = read(path);
        r = cli({u"env"_s, u"check"_s, path, u"--recipe"_s, u"no-such-recipe"_s});
        QVERIFY2(r.exitCode == 2 && r.err.contains("invoice-bot"), show(r)); // lists the built-in ones
        r = cli({u"env"_s, u"set"_s, path, u"--recipe"_s, u"voice-biometrics"_s, u"--generate"_s,
                 u"ENVIRONMENT"_s});
        QVERIFY2(r.exitCode == 2 && r.err.contains("ENVIRONMENT:KIND"), show(r));
        r = cli({u"env"_s, u"set"_s, path, u"--generate"_s, u"SECRET_KEY"_s});
        QVERIFY2(r.exitCode == 2, show(r));
        QCOMPARE(read(path), before);
    }

    void setCreatesWith0600AndNeverPrintsSecrets()
    {
        const QString path = file(u".env"_s);
        Run r = cli({u"env"_s, u"set"_s, path, u"A=hello world"_s, u"--generate"_s, u"SECRET_KEY:urlsafe32"_s,
                     u"--generate"_s, u"DB_PASSWORD:password:24"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(mode(path), mode_t(0600));
        const QByteArray text = read(path);
        QVERIFY(text.startsWith("A=\"hello world\"\nSECRET_KEY="));
        QVERIFY(r.out.contains("generated SECRET_KEY (urlsafe32)"));
        for (const QByteArray& line : text.split('\n')) {
            const QByteArray value = line.mid(line.indexOf('=') + 1);
            if (line.startsWith("SECRET_KEY") || line.startsWith("DB_PASSWORD"))
                QVERIFY2(!r.out.contains(value) && !r.err.contains(value), show(r));
        }
        QVERIFY(backups().isEmpty());
    }

    void setKeepsModeAndBackup()
    {
        const QString path = file(u".env"_s);
        const QByteArray original = "# keep me\r\nexport A='x' # c\r\nB=2";
        write(path, original);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        Run r = cli({u"env"_s, u"set"_s, path, u"A=y"_s, u"C=3"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(read(path), "# keep me\r\nexport A='y' # c\r\nB=2\r\nC=3\r\n"_ba);
        QCOMPARE(mode(path), mode_t(0640));
        const QStringList baks = backups();
        QCOMPARE(baks.size(), 1);
        QCOMPARE(read(file(baks.constFirst())), original);
    }

    void unchangedFileIsUntouched()
    {
        const QString path = file(u".env"_s);
        const QByteArray original = "A = 'same' # c\nSECRET_KEY=Zx8Kq2Lm9Vb4Nc7Rt5Yw\n";
        write(path, original);
        QFile f(path);
        const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        f.close();
        Run r = cli({u"env"_s, u"set"_s, path, u"A=same"_s, u"--generate"_s, u"SECRET_KEY:hex32"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains("unchanged") && r.out.contains("kept SECRET_KEY"),
                 show(r));
        QCOMPARE(read(path), original);
        QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), old.toSecsSinceEpoch());
        QVERIFY(backups().isEmpty());
    }

    // env check names the line of a value compose would refuse to interpolate.
    void checkRequiredVariable()
    {
        write(file(u".env"_s), "HOST=db\n# the URL\nURL=postgres://${DB_USER:?set DB_USER}@${HOST}/app\n");
        const Run r = cli({u"env"_s, u"check"_s, file(u".env"_s)});
        QVERIFY2(r.exitCode == 1, show(r));
        QVERIFY2(r.out.contains(QByteArray(file(u".env"_s).toUtf8() + ":3: error:")) &&
                     r.out.contains("DB_USER") && r.out.contains("[required-variable-missing]"),
                 show(r));
    }

    // env show: every variable as compose sees it, across files, with the environment first.
    void envShow()
    {
        write(file(u"base.env"_s),
              "HOST=localhost\nURL=\"http://${HOST}:${PORT:-80}\"\nDB_PASSWORD=Zx8Kq2Lm9Vb4Nc7Rt5Yw\n");
        write(file(u"override.env"_s), "HOST=prod.example.org\nURL2=${URL}/x\nLITERAL='${HOST}'\n");
        Run r = cli({u"env"_s, u"show"_s, file(u"base.env"_s), file(u"override.env"_s)});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(r.out, "HOST=prod.example.org\nURL=http://localhost:80\nDB_PASSWORD=Zx8Kq2Lm9Vb4Nc7Rt5Yw\n"
                        "URL2=http://localhost:80/x\nLITERAL=${HOST}\n"_ba);

        r = cli({u"env"_s, u"show"_s, file(u"base.env"_s), u"--mask-secrets"_s, u"--env"_s, u"PORT=8080"_s,
                 u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QVERIFY(!r.out.contains("Zx8Kq2Lm9Vb4Nc7Rt5Yw"));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"refused"_s).toBool(), false);
        QHash<QString, QString> values;
        for (const auto& v : o.value(u"variables"_s).toArray())
            values.insert(v[u"key"_s].toString(), v[u"value"_s].toString());
        QCOMPARE(values.value(u"URL"_s), u"http://localhost:8080"_s);
        QCOMPARE(values.value(u"DB_PASSWORD"_s), u"********"_s);

        // What compose refuses: exit 1, the file, line and variable on stderr.
        write(file(u"bad.env"_s), "A=1\nB=${MISSING?}\nC=${A\n");
        r = cli({u"env"_s, u"show"_s, file(u"bad.env"_s)});
        QVERIFY2(r.exitCode == 1, show(r));
        QVERIFY2(r.err.contains(
                     QByteArray(file(u"bad.env"_s).toUtf8() + ":2: error: B: required variable MISSING")) &&
                     r.err.contains(":3: error: C:") && r.err.contains("[invalid-interpolation]"),
                 show(r));
        r = cli({u"env"_s, u"show"_s, file(u"bad.env"_s), u"--env"_s, u"MISSING="_s});
        QVERIFY2(r.exitCode == 1 && !r.err.contains(":2:") && r.err.contains(":3:"), show(r));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList{u"env"_s};
        QTest::newRow("bad key") << QStringList{u"env"_s, u"set"_s, u"F"_s, u"A B=1"_s};
        QTest::newRow("bad kind") << QStringList{u"env"_s, u"set"_s, u"F"_s, u"--generate"_s, u"A:md5"_s};
        QTest::newRow("nothing") << QStringList{u"env"_s, u"set"_s, u"F"_s};
        QTest::newRow("show nothing") << QStringList{u"env"_s, u"show"_s};
        QTest::newRow("show bad --env") << QStringList{u"env"_s, u"show"_s, u"F"_s, u"--env"_s, u"=x"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 2, show(r));
        QVERIFY(!QFileInfo::exists(file(u"F"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliEnv)
#include "tst_cli_env.moc"
