// capataz-cli logs end to end: the real binary (QProcess) with a profile for the test host's
// ops (passwordless sudo) whose project holds a .env with a secret and a compose file
// (docker-compose 1.29 behind the `docker compose` shim): a service's last lines (--service,
// --tail), a file (--file), --grep, --level, --json (one object per line, parsed), --follow
// through a cut connection until Ctrl-C; the .env's secret, printed by a service and written
// in the file, never appears in stdout or stderr; a bad --grep is a clear, translated usage
// error.
#include "CliRunner.h"
#include "TestHost.h"
#include "plan/SecretMask.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/integration/CMakeLists.txt)"
#endif

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDir = u"/opt/capataz-cli-logs-test"_s;
const QString kLog = kDir + u"/logs/app.log"_s;
const QByteArray kToken = "cl1-Vb6nQ2wE8rT4yU9iO3pA7";

const char* kCompose =
    "services:\n"
    "  counter:\n"
    "    image: IMAGE\n"
    "    command: [\"sh\", \"-c\", \"i=0; while [ $$i -lt 50 ]; do i=$$((i+1)); echo line $$i; "
    "done; exec sleep 3600\"]\n"
    "    stop_grace_period: 1s\n"
    "  leaker:\n"
    "    image: IMAGE\n"
    "    command: [\"sh\", \"-c\", \"echo \\\"token=$$API_TOKEN end\\\"; echo \\\"ERROR login "
    "failed with $$API_TOKEN\\\"; exec sleep 3600\"]\n"
    "    environment:\n"
    "      API_TOKEN: ${API_TOKEN}\n"
    "    stop_grace_period: 1s\n";

// The file: line 1..30, then lines of every level and the secret.
const char* kFileTail = "2026-12-05 10:00:01 DEBUG cache warm\n"
                        "2026-12-05 10:00:02 INFO started\n"
                        "2026-12-05 10:00:03 WARNING disk at 91%\n"
                        "2026-12-05 10:00:04 ERROR request failed\n"
                        "2026-12-05 10:00:05 CRITICAL out of memory\n"
                        "token=TOKEN end\n";
} // namespace

class TestCliLogs : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;

    using Run = capataz::test::CliRun;

    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    QString home() const { return m_dir->filePath(u"home"_s); }

    void setUp(QProcess& p, const QString& lang = u"C.UTF-8"_s) const
    {
        p.setProcessEnvironment(capataz::test::cliEnvironment(home(), lang));
    }

    Run cli(const QStringList& args, const QString& lang = u"C.UTF-8"_s, int timeoutMs = 60000) const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(home(), lang), dataDir(), args, {},
                                     timeoutMs);
    }

    static QList<QByteArray> lines(const QByteArray& out)
    {
        QList<QByteArray> l = out.split('\n');
        if (!l.isEmpty() && l.last().isEmpty())
            l.removeLast();
        return l;
    }

    // Neither the secret nor a piece of it, anywhere the user could see.
    static void verifyNoSecret(const Run& r)
    {
        QVERIFY2(!r.out.contains(kToken) && !r.err.contains(kToken), show(r));
        QVERIFY2(!r.out.contains(kToken.left(10)) && !r.err.contains(kToken.left(10)), show(r));
    }

    // "SOURCE | text" of each line (the time in front dropped, checked to be an ISO UTC time).
    static QStringList texts(const Run& r)
    {
        static const QRegularExpression timed(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (.*)$"_s);
        QStringList out;
        for (const QByteArray& l : lines(r.out)) {
            const QString s = QString::fromUtf8(l);
            const auto m = timed.match(s);
            out << (m.hasMatch() ? m.captured(1) : s);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        if (th->value(u"TH_IMAGE"_s).isEmpty())
            QSKIP("the test host has no docker image (TH_IMAGE is empty)");
        QByteArray file;
        for (int i = 1; i <= 30; ++i)
            file += "line " + QByteArray::number(i) + '\n';
        file += QByteArray(kFileTail).replace("TOKEN", kToken);
        int rc = -1;
        th->inside(
            u"cd "_s + kDir + u" 2>/dev/null && docker compose down -t 1 >/dev/null 2>&1; rm -rf "_s + kDir +
                u"; mkdir -p "_s + kDir + u"/logs && cd "_s + kDir + u" && printf 'API_TOKEN="_s +
                QString::fromLatin1(kToken) +
                u"\\n' > .env && chmod 600 .env && cat > logs/app.log <<'EOF'\n"_s + QString::fromUtf8(file) +
                u"EOF\nchmod 600 logs/app.log && cat > docker-compose.yml <<'EOF'\n"_s +
                QString::fromLatin1(kCompose).replace(u"IMAGE"_s, th->value(u"TH_IMAGE"_s)) +
                u"EOF\ndocker compose up -d >/dev/null 2>&1 || exit 1\n"
                // Both services printed what they print (one compose call a round: each is slow).
                u"i=0; while [ $i -lt 60 ]; do i=$((i+1)); out=$(docker compose logs --no-color 2>&1); "
                u"case \"$out\" in *'line 50'*'ERROR login'*|*'ERROR login'*'line 50'*) exit 0;; esac; "
                u"sleep 0.5; done; exit 1"_s,
            &rc);
        QCOMPARE(rc, 0);
    }

    void cleanupTestCase()
    {
        if (th)
            th->inside(u"cd "_s + kDir + u" && docker compose down -t 1 >/dev/null 2>&1; cd / && rm -rf "_s +
                       kDir);
    }

    void init()
    {
        if (!th)
            return;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(home()));
        const Run r = cli({u"servers"_s, u"add"_s, u"ops"_s, u"--host"_s, th->host(), u"--port"_s,
                           QString::number(th->port()), u"--user"_s, u"ops"_s, u"--key"_s,
                           th->value(u"TH_KEY_OPS"_s), u"--known-hosts"_s, th->value(u"TH_KNOWN_HOSTS"_s),
                           u"--sudo"_s, u"sudo"_s, u"--project-dir"_s, kDir});
        QVERIFY2(r.exitCode == 0, show(r));
    }

    void cleanup() { m_dir.reset(); }

    void serviceTail()
    {
        const Run r = cli({u"logs"_s, u"ops"_s, u"--service"_s, u"counter"_s, u"--tail"_s, u"5"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(texts(r),
                 (QStringList{u"counter | line 46"_s, u"counter | line 47"_s, u"counter | line 48"_s,
                              u"counter | line 49"_s, u"counter | line 50"_s}));
        QVERIFY2(r.err.isEmpty(), show(r));
    }

    void fileTailGrepAndLevel()
    {
        const QString masked = u"token="_s + plan::SecretMask::mask() + u" end"_s;
        Run r = cli({u"logs"_s, u"ops"_s, u"--file"_s, kLog, u"--tail"_s, u"3"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(texts(r), (QStringList{kLog + u" | 2026-12-05 10:00:04 ERROR request failed"_s,
                                        kLog + u" | 2026-12-05 10:00:05 CRITICAL out of memory"_s,
                                        kLog + u" | "_s + masked}));
        verifyNoSecret(r);

        r = cli(
            {u"logs"_s, u"ops"_s, u"--file"_s, kLog, u"--tail"_s, u"all"_s, u"--grep"_s, u"^line [12]$"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(texts(r), (QStringList{kLog + u" | line 1"_s, kLog + u" | line 2"_s}));

        // A search for the secret's text finds nothing: the lines are masked before --grep.
        r = cli({u"logs"_s, u"ops"_s, u"--file"_s, kLog, u"--tail"_s, u"all"_s, u"--grep"_s,
                 QString::fromLatin1(kToken.left(8))});
        QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), show(r));
        verifyNoSecret(r);

        r = cli({u"logs"_s, u"ops"_s, u"--file"_s, kLog, u"--tail"_s, u"all"_s, u"--level"_s, u"warning"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(texts(r), (QStringList{kLog + u" | 2026-12-05 10:00:03 WARNING disk at 91%"_s,
                                        kLog + u" | 2026-12-05 10:00:04 ERROR request failed"_s,
                                        kLog + u" | 2026-12-05 10:00:05 CRITICAL out of memory"_s}));
    }

    void json()
    {
        Run r = cli({u"logs"_s, u"ops"_s, u"--file"_s, kLog, u"--tail"_s, u"all"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        verifyNoSecret(r);
        const QList<QByteArray> l = lines(r.out);
        QCOMPARE(l.size(), 36);
        QStringList messages, levels;
        for (const QByteArray& line : l) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line);
            const QJsonObject o = doc.object();
            QCOMPARE(o.keys(), (QStringList{u"fields"_s, u"level"_s, u"message"_s, u"source"_s, u"time"_s}));
            QVERIFY(o.value(u"time"_s).isNull()); // a file's lines carry no time of their own
            QCOMPARE(o.value(u"source"_s).toString(), kLog);
            QCOMPARE(o.value(u"fields"_s).toObject().value(u"channel"_s).toString(), u"stdout"_s);
            QCOMPARE(o.value(u"fields"_s).toObject().value(u"kind"_s).toString(), u"line"_s);
            messages << o.value(u"message"_s).toString();
            levels << o.value(u"level"_s).toString(u"-"_s);
        }
        QCOMPARE(messages.first(), u"line 1"_s);
        QCOMPARE(messages.at(29), u"line 30"_s);
        QCOMPARE(messages.last(), u"token="_s + plan::SecretMask::mask() + u" end"_s);
        QCOMPARE(levels.mid(30),
                 (QStringList{u"debug"_s, u"info"_s, u"warning"_s, u"error"_s, u"critical"_s, u"-"_s}));

        // A service's lines carry compose's time (UTC), the service as source.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        r = cli({u"logs"_s, u"ops"_s, u"--service"_s, u"counter"_s, u"--tail"_s, u"2"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(lines(r.out).size(), 2);
        for (const QByteArray& line : lines(r.out)) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(u"source"_s).toString(), u"counter"_s);
            const QDateTime t = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
            QVERIFY2(t.isValid() && t.timeSpec() == Qt::UTC, line);
            QVERIFY2(t.toMSecsSinceEpoch() > now - 3600 * 1000 && t.toMSecsSinceEpoch() <= now, line);
            QVERIFY(o.value(u"message"_s).toString().startsWith(u"line 4"_s) ||
                    o.value(u"message"_s).toString() == u"line 50"_s);
        }
    }

    // A line that is one JSON object (as the seeds' services log): --json gives its own message,
    // level, time and logger, and its other keys in "fields"; --level reads its level.
    void jsonLinesAsColumns()
    {
        const QString path = kDir + u"/logs/json.log"_s;
        int rc = -1;
        th->inside(u"printf '%s\\n' "
                   u"'{\"timestamp\":\"2026-12-05T10:00:00.250Z\",\"level\":\"ERROR\",\"logger\":\"api\","
                   u"\"message\":\"payment failed\",\"order\":42,\"user\":\"ana\"}' "
                   u"'{\"time\":\"2026-12-05T10:00:01Z\",\"levelname\":\"INFO\",\"msg\":\"ok\"}' > "_s +
                       path + u" && chmod 600 "_s + path,
                   &rc);
        QCOMPARE(rc, 0);
        Run r = cli({u"logs"_s, u"ops"_s, u"--file"_s, path, u"--tail"_s, u"all"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        const QList<QByteArray> l = lines(r.out);
        QCOMPARE(l.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(l[0]).object();
        QCOMPARE(first.value(u"message"_s).toString(), u"payment failed"_s);
        QCOMPARE(first.value(u"level"_s).toString(), u"error"_s);
        QCOMPARE(first.value(u"time"_s).toString(), u"2026-12-05T10:00:00.250Z"_s);
        const QJsonObject fields = first.value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"logger"_s).toString(), u"api"_s);
        QCOMPARE(fields.value(u"order"_s).toString(), u"42"_s);
        QCOMPARE(fields.value(u"user"_s).toString(), u"ana"_s);
        QCOMPARE(fields.value(u"channel"_s).toString(), u"stdout"_s);
        const QJsonObject second = QJsonDocument::fromJson(l[1]).object();
        QCOMPARE(second.value(u"message"_s).toString(), u"ok"_s);
        QCOMPARE(second.value(u"level"_s).toString(), u"info"_s);

        r = cli({u"logs"_s, u"ops"_s, u"--file"_s, path, u"--tail"_s, u"all"_s, u"--level"_s, u"error"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(lines(r.out).size(), 1);
        QVERIFY2(r.out.contains("payment failed"), show(r));
    }

    // Every service (the default), as text and as JSON: the leaker's secret is masked.
    void secretsNeverPrinted()
    {
        for (const bool asJson : {false, true}) {
            QStringList args{u"logs"_s, u"ops"_s, u"--tail"_s, u"all"_s};
            if (asJson)
                args << u"--json"_s;
            const Run r = cli(args);
            QVERIFY2(r.exitCode == 0, show(r));
            verifyNoSecret(r);
            QVERIFY2(r.out.contains("line 50"), show(r));
            const QString out = QString::fromUtf8(r.out);
            QVERIFY2(out.contains(u"token="_s + plan::SecretMask::mask() + u" end"_s), show(r));
            QVERIFY2(out.contains(u"ERROR login failed with "_s + plan::SecretMask::mask()), show(r));
        }
        // Filtered to the errors: the leaker's error line, masked.
        const Run r = cli({u"logs"_s, u"ops"_s, u"--tail"_s, u"all"_s, u"--level"_s, u"error"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(texts(r), QStringList{u"leaker | ERROR login failed with "_s + plan::SecretMask::mask()});
    }

    // --follow: lines appended to the file arrive, through a cut of the connection (a mark
    // line says so), each once; Ctrl-C ends it (exit 130); the secret never shows.
    void followFileThroughACut()
    {
        QProcess p;
        setUp(p);
        p.start(QStringLiteral(CAPATAZ_CLI_PATH), {u"--data-dir"_s, dataDir(), u"logs"_s, u"ops"_s,
                                                   u"--file"_s, kLog, u"--tail"_s, u"2"_s, u"--follow"_s});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        auto read = [&] {
            out += p.readAllStandardOutput();
            return out;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(read().contains("CRITICAL out of memory"), out, 30000);
        auto append = [&](int from, int to) {
            int rc = -1;
            th->inside(
                u"i=%1; while [ $i -le %2 ]; do echo \"line $i\"; i=$((i+1)); done >> "_s.arg(from).arg(to) +
                    kLog + u"; echo 'token="_s + QString::fromLatin1(kToken) + u" again' >> "_s + kLog,
                &rc);
            return rc;
        };
        QCOMPARE(append(31, 40), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(read().contains("line 40\n"), out, 30000);
        th->inside(u"pkill -KILL -f '^sshd: ops'"_s);
        QCOMPARE(append(41, 60), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(read().contains("line 60\n"), out, 30000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(20000));
        read();
        const Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, out,
                    p.readAllStandardError()};
        QCOMPARE(r.exitCode, 130);
        verifyNoSecret(r);
        QStringList numbered;
        int marks = 0;
        for (const QString& t : texts(r)) {
            if (t.startsWith(kLog + u" | line "_s))
                numbered << t.mid(kLog.size() + 3);
            marks += t.startsWith(u"-- Not reading from"_s) ? 1 : 0;
        }
        QStringList expected;
        for (int i = 31; i <= 60; ++i)
            expected << u"line %1"_s.arg(i);
        QCOMPARE(numbered, expected);
        QCOMPARE(marks, 1);
        QCOMPARE(QString::fromUtf8(r.out).count(u"token="_s + plan::SecretMask::mask() + u" again"_s), 2);
    }

    // A journal (files made by systemd-journal-remote, read with journalctl -D): --unit,
    // --json with journald's time and PRIORITY as level, --level, the secret masked; a
    // directory that is not absolute is refused.
    void journalUnit()
    {
        int rc = -1;
        th->inside(u"command -v journalctl && [ -x /lib/systemd/systemd-journal-remote ]"_s, &rc);
        if (rc != 0)
            QSKIP("journalctl or systemd-journal-remote is not installed (scripts/install-deps.sh --test)");
        const qint64 baseUs = (QDateTime::currentMSecsSinceEpoch() - 600'000) * 1000 + 7;
        struct Entry {
            const char* unit;
            int priority;
            QByteArray message;
        };
        const QList<Entry> entries{{"app.service", 3, "disk failed"},
                                   {"other.service", 3, "not this one"},
                                   {"app.service", 4, "slow request"},
                                   {"app.service", 6, "token=" + kToken + " end"}};
        QByteArray stream;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            stream += "__REALTIME_TIMESTAMP=" + QByteArray::number(baseUs + i * 1000) +
                      "\n__MONOTONIC_TIMESTAMP=" + QByteArray::number(i * 1000 + 1) +
                      "\n_BOOT_ID=0123456789abcdef0123456789abcdef\n_SYSTEMD_UNIT=" + entries.at(i).unit +
                      "\nPRIORITY=" + QByteArray::number(entries.at(i).priority) +
                      "\nMESSAGE=" + entries.at(i).message + "\n\n";
        }
        QFile f(th->value(u"TH_ROOTFS_TMP"_s) + u"/capataz-cli-logs.export"_s);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(stream) == stream.size());
        f.close();
        const QString journal = kDir + u"/journal"_s;
        th->inside(u"rm -rf "_s + journal + u" && mkdir -p "_s + journal +
                       u" && /lib/systemd/systemd-journal-remote --output="_s + journal +
                       u"/a.journal /tmp/capataz-cli-logs.export >/dev/null 2>&1; s=$?; rm -f "
                       u"/tmp/capataz-cli-logs.export; exit $s"_s,
                   &rc);
        QCOMPARE(rc, 0);

        Run r = cli({u"logs"_s, u"ops"_s, u"--journal-dir"_s, journal, u"--unit"_s, u"app.service"_s,
                     u"--tail"_s, u"all"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        verifyNoSecret(r);
        const QList<QByteArray> l = lines(r.out);
        QCOMPARE(l.size(), 3);
        const QStringList messages{u"disk failed"_s, u"slow request"_s,
                                   u"token="_s + plan::SecretMask::mask() + u" end"_s};
        const QStringList levels{u"error"_s, u"warning"_s, u"info"_s};
        const QList<int> at{0, 2, 3};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(l.at(i)).object();
            QCOMPARE(o.value(u"source"_s).toString(), u"app.service"_s);
            QCOMPARE(o.value(u"message"_s).toString(), messages.at(i));
            QCOMPARE(o.value(u"level"_s).toString(), levels.at(i));
            const QDateTime t = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs);
            QVERIFY2(t.isValid(), l.at(i));
            QCOMPARE(t.toMSecsSinceEpoch(), (baseUs + at.at(i) * 1000) / 1000);
        }
        r = cli({u"logs"_s, u"ops"_s, u"--journal-dir"_s, journal, u"--unit"_s, u"app.service"_s, u"--tail"_s,
                 u"all"_s, u"--level"_s, u"warning"_s});
        QVERIFY2(r.exitCode == 0, show(r));
        QCOMPARE(texts(r), (QStringList{u"app.service | disk failed"_s, u"app.service | slow request"_s}));

        r = cli({u"logs"_s, u"ops"_s, u"--journal-dir"_s, u"journal"_s, u"--unit"_s, u"app.service"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty() && r.err.contains("InvalidArgument") && r.err.contains("absolute"), show(r));
    }

    // A bad --grep: a usage error (exit 2) that says what is wrong, in the user's language.
    void badGrepIsAClearUsageError()
    {
        Run r = cli({u"logs"_s, u"ops"_s, u"--file"_s, kLog, u"--grep"_s, u"line (1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), show(r));
        QVERIFY2(r.err.contains("InvalidArgument") && r.err.contains("--grep") &&
                     r.err.contains("not a valid regular expression") && r.err.contains("line (1"),
                 show(r));
        r = cli({u"logs"_s, u"ops"_s, u"--file"_s, kLog, u"--grep"_s, u"line (1"_s}, u"es_ES.UTF-8"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no es una expresi\xc3\xb3n regular v\xc3\xa1lida") &&
                     r.err.contains("line (1"),
                 show(r));
        r = cli({u"logs"_s, u"ops"_s, u"--level"_s, u"loud"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--level"), show(r));
    }
};

QTEST_GUILESS_MAIN(TestCliLogs)
#include "tst_cli_logs.moc"
