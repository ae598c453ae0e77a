#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace capataz::setup {

// "key: value" fields of a JSON body, nested keys dotted ("checks.db.status: ok"), array
// items by index ("services[0].name: api"); an object's keys sorted (Qt's JSON objects keep no
// order), arrays in order. Empty when `body` is not a JSON
// object or array. At most `maxFields` fields (the rest is summarised in one last field).
using Fields = QList<QPair<QString, QString>>;
[[nodiscard]] Fields jsonFields(QByteArrayView body, int maxFields = 200);

// What verify found, as a sysadmin pastes it into a ticket: plain English text, no secrets
// (only URLs, statuses, the bodies' fields and port states). The verify steps fill it in as
// their checks run; VerifyPlan's last step prints it.
struct VerifyReport {
    struct Endpoint {
        QString via; // "tunnel" or "public"
        QString
            url; // "http://127.0.0.1:8000/health" (as the server sees it), "https://api.example.com/health"
        int status = 0;      // HTTP status; 0: no answer
        QString error;       // why there was no usable answer; empty on success
        Fields fields;       // the JSON body, flattened
        QString bodyExcerpt; // the start of a body that is not JSON
        [[nodiscard]] bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
    };
    struct Port {
        int port = 0;
        QString state;         // "open", "closed", "filtered"
        bool intended = false; // it should be open (22/80/443)
        [[nodiscard]] bool ok() const { return intended == (state == QStringLiteral("open")); }
    };

    QString server; // profile name and address
    QDateTime date; // UTC
    QList<Endpoint> endpoints;
    QList<Port> ports;
    QString portsHost;   // the address probed
    QString certificate; // one line about the public certificate; empty: not checked
    QStringList notes;   // things skipped and why

    // Every problem found, one sentence each (empty: all good).
    [[nodiscard]] QStringList problems() const;
    // The whole summary: server, date, endpoints with their fields, ports, certificate,
    // problems; ends with a newline.
    [[nodiscard]] QString toText() const;
};

} // namespace capataz::setup
