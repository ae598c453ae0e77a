// detectLevel() on lines as the servers' programs write them: python logging, uvicorn,
// gunicorn, loguru, nginx (access and error), PostgreSQL, MongoDB, Redis, JSON and logfmt, and
// lines that only mention a level word in their message.
#include "logs/LogLevel.h"

#include <QTest>

using namespace capataz;
using namespace capataz::logs;

Q_DECLARE_METATYPE(capataz::logs::Level)

class TestLogLevel : public QObject {
    Q_OBJECT
private slots:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Level>("level");
        auto row = [](const char* name, const char* line, Level l) {
            QTest::newRow(name) << QByteArray(line) << l;
        };
        // plain words
        row("plain info", "INFO starting worker 3", Level::Info);
        row("plain debug", "DEBUG cache miss key=users:1", Level::Debug);
        row("plain warning", "WARNING disk 91% full", Level::Warning);
        row("plain warn", "2024-01-01T10:00:00Z WARN slow query 2.3s", Level::Warning);
        row("plain error", "ERROR connection refused", Level::Error);
        row("plain critical", "CRITICAL out of memory", Level::Critical);
        row("plain fatal", "FATAL cannot bind :80", Level::Critical);
        row("plain trace", "TRACE enter handler", Level::Trace);
        row("leftmost wins", "INFO: user asked for the ERROR page", Level::Info);
        // python logging
        row("python basicConfig", "ERROR:root:Traceback follows", Level::Error);
        row("python format", "2024-01-01 10:00:00,123 - app.db - WARNING - pool exhausted", Level::Warning);
        row("python django", "[2024-01-01 10:00:00,123] CRITICAL [django.request] boom", Level::Critical);
        // uvicorn / gunicorn
        row("uvicorn access", "INFO:     127.0.0.1:51234 - \"GET /health HTTP/1.1\" 200 OK", Level::Info);
        row("uvicorn error", "ERROR:    Exception in ASGI application", Level::Error);
        row("gunicorn info", "[2024-01-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0", Level::Info);
        row("gunicorn error", "[2024-01-01 10:00:00 +0000] [1] [ERROR] Worker (pid:8) was sent SIGKILL",
            Level::Error);
        row("gunicorn critical", "[2024-01-01 10:00:00 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:9)",
            Level::Critical);
        // loguru
        row("loguru warning", "2024-01-01 10:00:00.123 | WARNING  | app.main:run:12 - retrying",
            Level::Warning);
        row("loguru success", "2024-01-01 10:00:00.123 | DEBUG    | app.main:run:13 - ok", Level::Debug);
        // nginx access: the status decides
        row("nginx 200",
            "203.0.113.7 - - [01/Jan/2024:10:00:00 +0000] \"GET / HTTP/1.1\" 200 612 \"-\" \"curl/8.0\"",
            Level::Info);
        row("nginx 301",
            "203.0.113.7 - - [01/Jan/2024:10:00:00 +0000] \"GET /a HTTP/1.1\" 301 169 \"-\" \"-\"",
            Level::Info);
        row("nginx 404",
            "203.0.113.7 - - [01/Jan/2024:10:00:00 +0000] \"GET /ERROR HTTP/1.1\" 404 153 \"-\" \"x\"",
            Level::Warning);
        row("nginx 502",
            "10.0.0.1 - bob [01/Jan/2024:10:00:01 +0000] \"POST /api HTTP/2.0\" 502 157 \"-\" \"ua\"",
            Level::Error);
        // nginx error log
        row("nginx error",
            "2024/01/01 10:00:00 [error] 12#12: *1 connect() failed (111: Connection refused) while "
            "connecting",
            Level::Error);
        row("nginx warn", "2024/01/01 10:00:00 [warn] 1#1: conflicting server name \"a\" on 0.0.0.0:80",
            Level::Warning);
        row("nginx crit", "2024/01/01 10:00:00 [crit] 1#1: *3 SSL_do_handshake() failed", Level::Critical);
        row("nginx emerg", "2024/01/01 10:00:00 [emerg] 1#1: bind() to 0.0.0.0:80 failed", Level::Critical);
        row("nginx alert", "2024/01/01 10:00:00 [alert] 1#1: worker process 30 exited on signal 9",
            Level::Critical);
        row("nginx notice", "2024/01/01 10:00:00 [notice] 1#1: using the \"epoll\" event method",
            Level::Notice);
        // PostgreSQL
        row("pg log", "2024-01-01 10:00:00.000 UTC [1] LOG:  database system is ready to accept connections",
            Level::Info);
        row("pg error",
            "2024-01-01 10:00:00.000 UTC [77] ERROR:  relation \"users\" does not exist at character 15",
            Level::Error);
        row("pg fatal",
            "2024-01-01 10:00:00.000 UTC [78] FATAL:  password authentication failed for user \"app\"",
            Level::Critical);
        row("pg panic", "2024-01-01 10:00:00.000 UTC [1] PANIC:  could not write to file", Level::Critical);
        row("pg warning", "2024-01-01 10:00:00.000 UTC [5] WARNING:  there is no transaction in progress",
            Level::Warning);
        row("pg statement", "2024-01-01 10:00:00.000 UTC [77] STATEMENT:  SELECT * FROM users",
            Level::Unknown);
        row("LOG without colon", "LOG rotated", Level::Unknown);
        // MongoDB
        row("mongo I",
            "{\"t\":{\"$date\":\"2024-01-01T10:00:00.000+00:00\"},\"s\":\"I\",  \"c\":\"NETWORK\",  "
            "\"id\":23016, \"msg\":\"Waiting for connections\"}",
            Level::Info);
        row("mongo W",
            "{\"t\":{\"$date\":\"2024-01-01T10:00:00.000+00:00\"},\"s\":\"W\",  \"c\":\"CONTROL\", "
            "\"msg\":\"No TLS\"}",
            Level::Warning);
        row("mongo E",
            "{\"t\":{\"$date\":\"2024-01-01T10:00:00.000+00:00\"},\"s\":\"E\",  \"c\":\"STORAGE\", "
            "\"msg\":\"x\"}",
            Level::Error);
        row("mongo F",
            "{\"t\":{\"$date\":\"2024-01-01T10:00:00.000+00:00\"},\"s\":\"F\",  \"c\":\"-\", "
            "\"msg\":\"abort\"}",
            Level::Critical);
        row("mongo D1",
            "{\"t\":{\"$date\":\"2024-01-01T10:00:00.000+00:00\"},\"s\":\"D1\", \"c\":\"QUERY\", "
            "\"msg\":\"plan\"}",
            Level::Debug);
        // Redis
        row("redis notice", "1:M 01 Jan 2024 10:00:00.000 * Ready to accept connections tcp", Level::Notice);
        row("redis warning", "1:M 01 Jan 2024 10:00:00.000 # WARNING Memory overcommit must be enabled!",
            Level::Warning);
        row("redis verbose", "1:S 01 Jan 2024 10:00:00.000 - Accepted 172.18.0.3:40000", Level::Info);
        row("redis debug", "1:C 01 Jan 2024 10:00:00.000 . DB saved on disk", Level::Debug);
        // JSON lines
        row("json level",
            "{\"timestamp\":\"2024-01-01T10:00:00Z\",\"level\":\"error\",\"logger\":\"app\",\"message\":"
            "\"x\"}",
            Level::Error);
        row("json levelname", "{\"levelname\": \"WARNING\", \"name\": \"app\", \"message\": \"careful\"}",
            Level::Warning);
        row("json severity", "{\"severity\":\"CRITICAL\",\"message\":\"down\"}", Level::Critical);
        row("json pino number", "{\"level\":30,\"time\":1704103200000,\"msg\":\"listening\"}", Level::Info);
        row("json pino 50", "{\"level\":50,\"time\":1704103200000,\"msg\":\"failed\"}", Level::Error);
        row("json message mentions level", "{\"msg\":\"the \\\"level\\\" word\",\"level\":\"debug\"}",
            Level::Debug);
        row("json without level", "{\"msg\":\"ERROR in text is not a level here\"}", Level::Unknown);
        // logfmt
        row("logfmt", "time=2024-01-01T10:00:00Z level=warn msg=\"slow\"", Level::Warning);
        row("logfmt lvl", "ts=1 lvl=error caller=main.go:12", Level::Error);
        // nothing
        row("no level", "Listening on port 8000", Level::Unknown);
        row("lowercase word in message", "no error found, info cached", Level::Unknown);
        row("empty", "", Level::Unknown);
        row("non-ascii", "Ошибка: ERROR ñandú", Level::Error);
    }

    void detects()
    {
        QFETCH(QByteArray, line);
        QFETCH(Level, level);
        QCOMPARE(detectLevel(line), level);
    }

    void levelWordAnyCase()
    {
        QCOMPARE(levelFromWord("Warning"), Level::Warning);
        QCOMPARE(levelFromWord("eRr"), Level::Error);
        QCOMPARE(levelFromWord("verbose"), Level::Unknown);
        QCOMPARE(levelName(Level::Warning), QByteArrayView("WARN"));
    }

    void onlyTheStartIsScanned()
    {
        // A level word deep in a long message is not the line's level (and costs no time).
        const QByteArray line = QByteArray(300, 'a') + " ERROR";
        QCOMPARE(detectLevel(line), Level::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestLogLevel)
#include "tst_loglevel.moc"
