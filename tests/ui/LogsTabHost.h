#pragma once
// A compose project on the test host whose service prints log lines of every kind the Logs tab
// shows: plain levels (INFO, WARNING, ERROR), JSON lines with extra fields, and a secret of the
// project's .env (which must never be shown). Used by tst_logstab and tst_screenshots.
#include "TestHost.h"

#include <QString>

namespace capataz::test {

inline const QString kLogsProjectDir = QStringLiteral("/opt/capataz-logs-ui");
inline const QString kLogsSecret = QStringLiteral("s3cr3t-Hq7vB2nK9wLx4T");

// Starts (again) the project; false when the host has no docker image.
inline bool startLogsProject(const TestHost& th)
{
    const QString image = th.value(QStringLiteral("TH_IMAGE"));
    if (image.isEmpty())
        return false;
    const QString compose =
        QStringLiteral(
            "services:\n"
            "  api:\n"
            "    image: IMAGE\n"
            "    stop_grace_period: 1s\n"
            "    environment:\n"
            "      API_TOKEN: ${API_TOKEN}\n"
            "    command:\n"
            "      - sh\n"
            "      - -c\n"
            "      - |\n"
            "        i=0\n"
            "        while :; do\n"
            "          i=$$((i+1))\n"
            "          echo \"INFO:     10.0.0.7:5123 - \\\"GET /api/animals/$$i HTTP/1.1\\\" 200 OK\"\n"
            "          if [ $$((i % 7)) = 0 ]; then echo \"WARNING:  slow query on animals ($$((i * 13 % "
            "900)) ms)\"; fi\n"
            "          if [ $$((i % 11)) = 0 ]; then echo \"ERROR:    request $$i failed: database "
            "timeout\"; fi\n"
            "          if [ $$((i % 5)) = 0 ]; then echo "
            "\"{\\\"timestamp\\\":\\\"2026-12-06T10:00:00Z\\\",\\\"level\\\":\\\"INFO\\\",\\\"logger\\\":"
            "\\\"weighing\\\",\\\"message\\\":\\\"estimation "
            "done\\\",\\\"breed\\\":\\\"angus\\\",\\\"kg\\\":$$((400 + i % 90))}\"; fi\n"
            "          if [ $$((i % 13)) = 0 ]; then echo \"INFO:     using token=$$API_TOKEN for the "
            "bank\"; fi\n"
            "          sleep 0.05\n"
            "        done\n"
            "  worker:\n"
            "    image: IMAGE\n"
            "    stop_grace_period: 1s\n"
            "    command: [\"sh\", \"-c\", \"i=0; while :; do i=$$((i+1)); echo \\\"1:M 06 Dec 2026 "
            "10:00:00.000 * job $$i "
            "done\\\"; sleep 0.3; done\"]\n")
            .replace(QStringLiteral("IMAGE"), image);
    const QString dir = kLogsProjectDir;
    int rc = -1;
    th.inside(QStringLiteral(
                  "cd %1 2>/dev/null && docker compose down -t 1 >/dev/null 2>&1; rm -rf %1; mkdir -p %1 && "
                  "cd %1 && printf 'API_TOKEN=%2\\n' > .env && chmod 600 .env && "
                  "cat > docker-compose.yml <<'EOF'\n%3EOF\ndocker compose up -d >/dev/null 2>&1")
                  .arg(dir, kLogsSecret, compose),
              &rc);
    return rc == 0;
}

inline void stopLogsProject(const TestHost& th)
{
    th.inside(QStringLiteral("cd %1 2>/dev/null && docker compose down -t 1 >/dev/null 2>&1; rm -rf %1")
                  .arg(kLogsProjectDir));
}

} // namespace capataz::test
